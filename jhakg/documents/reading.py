"""Reading one document: its bytes, decoded, its main text, cleaned, split if a listing.

The *stored text* of a document is the cleaned text this module produces: markdown
markup and site furniture removed, white space normalised. Every offset in the graph
(evidence selectors, document parts) points into this stored text, which the graph
keeps beside the document (``schema:text``), so a quote can always be checked.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from .cleaning import clean
from .listings import split_listing
from .model import CatalogRow, Document

ENGLISH = frozenset("the of and to in a is for on with by that as at will be are was from this its an which "
                    "has have it were their been".split())
MAX_BYTES = 10 * 1024 * 1024  # a press release is a few kB; 10 MB is surely not one

# ----------------------------------------------------------------------------- reading


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"is {size // (1024 * 1024)} MB, larger than the "
                                   f"{MAX_BYTES // (1024 * 1024)} MB a press release can be")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError(path, "is empty")
    if b"\x00" in data:
        raise InputError(path, "is binary (contains NUL bytes), not a text document")
    return data


def decode(path: Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 text (invalid byte at offset {exc.start})") from exc
    return text


def _plain_text(path: Path, data: bytes) -> str:
    return decode(path, data)


def _html_text(path: Path, data: bytes) -> str:
    from .html import html_main_text

    return html_main_text(path, decode(path, data))


# file suffix -> (media type, converter to raw text). Markdown and plain text share the
# cleaner below: scraped "plain text" often carries markdown emphasis too.
LOADERS: dict[str, tuple[str, Callable[[Path, bytes], str]]] = {
    ".txt": ("text/plain", _plain_text),
    ".md": ("text/markdown", _plain_text),
    ".markdown": ("text/markdown", _plain_text),
    ".html": ("text/html", _html_text),
    ".htm": ("text/html", _html_text),
}


# ----------------------------------------------------------------------------- documents


def load_document(path: Path, row: CatalogRow | None = None) -> Document:
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        raise InputError(path, f"unsupported file type {suffix!r} (known: {', '.join(LOADERS)})")
    return document_from_bytes(path, read_bytes(path), row)


def check_bytes(path: Path, data: bytes) -> bytes:
    """What ``read_bytes`` checks, for bytes read elsewhere (another machine of a cluster)."""
    if len(data) > MAX_BYTES:
        raise InputError(path, f"is {len(data) // (1024 * 1024)} MB, larger than the "
                               f"{MAX_BYTES // (1024 * 1024)} MB a press release can be")
    if not data.strip():
        raise InputError(path, "is empty")
    if b"\x00" in data:
        raise InputError(path, "is binary (contains NUL bytes), not a text document")
    return data


def document_from_bytes(path: Path, data: bytes, row: CatalogRow | None = None) -> Document:
    """A document from its file's name (``path``) and bytes: decoded, its main text cleaned,
    split into parts if it is a listing, with its catalog row."""
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        raise InputError(path, f"unsupported file type {suffix!r} (known: {', '.join(LOADERS)})")
    media_type, convert = LOADERS[suffix]
    check_bytes(path, data)
    cleaned = clean(convert(path, data))
    words = re.findall(r"[^\W\d_]{2,}", cleaned.text.lower())
    if len(words) < 5:
        raise InputError(path, "has no recognisable text content")
    if len(words) >= 40 and sum(w in ENGLISH for w in words) / len(words) < 0.1:
        raise InputError(path, "does not read as English (jhakg's rules read English releases)")
    declared = bool(row and row.kind == "listing")
    doc = Document(
        doc_id=path.stem,
        file_name=path.name,
        text=cleaned.text,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        emphasis=cleaned.emphasis,
        parts=split_listing(cleaned, declared),
    )
    if row:
        doc.title, doc.publisher, doc.published = row.title, row.publisher, row.published
        doc.language, doc.source_url, doc.kind = row.language, row.source_url, row.kind
    return doc
