"""Reading one document: its bytes, decoded, its main text, cleaned, split if a listing.

The *stored text* of a document is the cleaned text this module produces: markdown
markup and site furniture removed, white space normalised. Every offset in the graph
(evidence selectors, document parts) points into this stored text, which the graph
keeps beside the document (``schema:text``), so a quote can always be checked.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..namespaces import segment
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
    return check_bytes(path, data)


# byte-order marks, UTF-32 before UTF-16 (whose little-endian mark begins UTF-32's)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# an HTML page's own declaration of its encoding, in its first bytes
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""",
                       re.IGNORECASE)


def _bom(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def decode(path: Path, data: bytes, declared: str | None = None) -> str:
    """The text of a file: by its byte-order mark if it has one, else by the encoding its
    page declares (``declared``), else as UTF-8, which a file without either must be."""
    codec = _bom(data) or declared or "utf-8"
    try:
        text = data.decode(codec)
    except LookupError as exc:
        raise InputError(path, f"declares an encoding Python does not know ({codec!r})") from exc
    except UnicodeDecodeError as exc:
        what = "UTF-8" if codec == "utf-8" else codec
        raise InputError(path, f"is not {what} text (invalid byte at offset {exc.start}); without a byte-order "
                               "mark or a declared charset a document must be UTF-8") from exc
    if "\x00" in text:
        raise InputError(path, "is binary (contains NUL characters), not a text document")
    return text


def _plain_text(path: Path, data: bytes) -> str:
    return decode(path, data)


def _html_text(path: Path, data: bytes) -> str:
    from .html import html_main_text

    declared = None if _bom(data) else _DECLARED.search(data[:4096])
    codec = (declared.group(1) or declared.group(2)).decode("ascii").lower() if declared else None
    return html_main_text(path, decode(path, data, None if codec in (None, "utf-8", "utf8") else codec))


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
    if b"\x00" in data and not _bom(data):  # UTF-16 and UTF-32 hold NULs; they are read by their mark
        head = data[:4096]
        halves = sorted((head[0::2].count(0), head[1::2].count(0)))
        if halves[1] > 0.8 * (len(head) // 2) and halves[0] < 0.2 * (len(head) // 2):  # every other byte NUL
            raise InputError(path, "looks like UTF-16 or UTF-32 text without a byte-order mark; "
                                   "save it as UTF-8 (or with a byte-order mark)")
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
        doc_id=segment(path.stem),  # the stem as it can stand in an IRI
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
