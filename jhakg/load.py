"""Documents in: read files and the catalog, clean the text, split news listings.

The *stored text* of a document is the cleaned text this module produces: markdown
markup and site furniture removed, white space normalised. Every offset in the graph
(evidence selectors, document parts) points into this stored text, which the graph
keeps beside the document (``schema:text``), so a quote can always be checked.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

CATALOG_NAME = "catalog.csv"
# the commonest English words: a third of English prose, next to none of other languages
ENGLISH = frozenset("the of and to in a is for on with by that as at will be are was from this its an which "
                    "has have it were their been".split())
CATALOG_COLUMNS = ("file", "title", "publisher", "published", "language", "source_url", "kind")
MAX_BYTES = 10 * 1024 * 1024  # a press release is a few kB; 10 MB is surely not one


@dataclass(frozen=True)
class Part:
    """One item of a document that holds several (a news listing)."""

    index: int
    start: int
    end: int
    title: str


@dataclass
class Document:
    doc_id: str  # file stem, used in IRIs
    file_name: str
    text: str  # stored (cleaned) text
    sha256: str
    media_type: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None  # from the catalog; the text may state it too
    language: str | None = None
    source_url: str | None = None
    kind: str | None = None
    parts: list[Part] = field(default_factory=list)
    emphasis: list[tuple[int, int]] = field(default_factory=list)  # bold/italic spans


@dataclass(frozen=True)
class CatalogRow:
    file: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None
    source_url: str | None
    kind: str | None


@dataclass
class Skipped:
    file: str
    reason: str


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
    from .htmltext import html_main_text

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


# ----------------------------------------------------------------------------- cleaning

# Lines that are web-site furniture, not content (matched against the stripped line).
FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"skip to (the )?(main )?content",
        r".{0,80}\blogo",
        r"[a-z]{2}\s+(english|fran[cç]ais|deutsch|espa[nñ]ol|italiano|polski|nederlands)",
        r"(we use|this (web)?site uses|accept( all)?|reject( all)?|manage) cookies.*",
        r"(accept|decline|i agree|ok, got it)",
        r"(share|share this page|print|print this page|back|back to top|top|menu|search|close)",
        r"(cookie|privacy) (policy|notice|settings)",
        # what content management systems print around an article: a status box, an
        # events calendar's navigation, a comment form, an image's alternative text
        r"status message|active context:.*|loading events|«?\s*all events|(•\s*)?this event has passed\.?",
        r"leave a (reply|comment)|your email address will not be published.*|required fields are marked.*",
        r"image for .*|photo\s*(©|:|credit).{0,80}",
    )
]
# a cookie notice, however long: it speaks of cookies and of our site, your browser or consent
_COOKIES = re.compile(r"(?i)^(?=.*\bcookies?\b)(?=.*\b(?:(?:our|this)\s+(?:web)?site|your\s+(?:browser|device|consent)|"
                      r"you\s+(?:agree|accept|consent)|(?:accept|reject)\s+(?:all\s+)?cookies)\b)")

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_SUP = re.compile(r"<sup>\s*(.*?)\s*</sup>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_EMPH = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_STRAY_STAR = re.compile(r"(?<![\w*])\*+(?![\w*])|(?<=\w)\*+(?=\s|$)")
_ESCAPE = re.compile(r"\\+([_*\[\]()#.!\\-])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def _is_furniture(line: str) -> bool:
    s = line.strip()
    return bool(s) and ((len(s) <= 120 and any(p.fullmatch(s) for p in FURNITURE))
                        or (len(s) <= 800 and bool(_COOKIES.search(s))))


def _clean_line(line: str) -> tuple[str, list[tuple[int, int]]]:
    """Markdown/HTML markup out of one line; returns text and emphasis spans in it."""
    line = _HEADING.sub("", line)
    line = _SUP.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _EMPH.finditer(line):
        before = line[pos:m.start()]
        out.append(before)
        length += len(before)
        inner = m.group(2)
        spans.append((length, length + len(inner)))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    # stray asterisks and escapes change lengths: apply them span-aware by re-locating
    cleaned = _ESCAPE.sub(r"\1", _STRAY_STAR.sub("", text))
    if cleaned != text:
        spans = _relocate(text, cleaned, spans)
        text = cleaned
    collapsed = _SPACES.sub(" ", text).strip()
    if collapsed != text:
        spans = _relocate(text, collapsed, spans)
    return collapsed, spans


def _relocate(old: str, new: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Find each span's text again in the new string, in order."""
    result = []
    cursor = 0
    for start, end in spans:
        piece = _SPACES.sub(" ", _ESCAPE.sub(r"\1", _STRAY_STAR.sub("", old[start:end]))).strip()
        if not piece:
            continue
        i = new.find(piece, cursor)
        if i >= 0:
            result.append((i, i + len(piece)))
            cursor = i + len(piece)
    return result


@dataclass
class Cleaned:
    text: str
    emphasis: list[tuple[int, int]]
    chunks: list[tuple[int, int]]  # spans between separator lines


def clean(raw: str) -> Cleaned:
    """Clean raw document text. Lines holding only white space (but not empty) are the
    item separators scraped listings use; they become chunk boundaries."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[str] = []
    emphasis: list[tuple[int, int]] = []
    boundaries: list[int] = []
    offset = 0
    blank_run = 0
    for raw_line in raw.split("\n"):
        if raw_line and not raw_line.strip():
            boundaries.append(offset)
        if _is_furniture(raw_line):
            continue
        text, spans = _clean_line(raw_line)
        if not text:
            blank_run += 1
            continue
        if lines:
            sep = "\n\n" if blank_run else "\n"
            offset += len(sep)
            lines.append(sep)
        blank_run = 0
        emphasis.extend((offset + s, offset + e) for s, e in spans)
        lines.append(text)
        offset += len(text)
    full = "".join(lines)
    cuts = sorted({b for b in boundaries if 0 < b < len(full)})
    edges = [0, *cuts, len(full)]
    chunks = []
    for a, b in zip(edges, edges[1:], strict=False):
        while a < b and full[a] == "\n":
            a += 1
        while b > a and full[b - 1] == "\n":
            b -= 1
        if a < b:
            chunks.append((a, b))
    return Cleaned(full, emphasis, chunks)


# ----------------------------------------------------------------------------- listings

_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def _is_paragraph(line: str) -> bool:
    return len(line) > 120 or (len(line) > 40 and bool(_SENTENCE_END.search(line)))


# a line that is only a date, as news archives print above or below an item's headline
_DATE_LINE = re.compile(r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)(?:\s+\d{4})?\s*$|^\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s*$")


def _item_start(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a listing item starts inside a chunk: at its title, the last short line before
    its first paragraph, or at the date line printed right above that title ('28 November
    2017' / headline / text). None when the chunk has no title + paragraph shape."""
    pos = start
    title_at: tuple[int, str] | None = None
    date_at: int | None = None  # a date line directly above the current title line
    previous: tuple[int, str] | None = None
    for line in text[start:end].split("\n"):
        if line:
            if _is_paragraph(line):
                if title_at and date_at is not None:
                    return date_at, title_at[1]
                return title_at
            if _DATE_LINE.match(line):
                if not (title_at and previous == title_at):  # a date below its headline stays with it
                    date_at, title_at = pos, None
            else:
                date_at = date_at if previous and _DATE_LINE.match(previous[1]) else None
                title_at = (pos, line)
            previous = (pos, line)
        else:
            date_at, previous = None, None
        pos += len(line) + 1
    return None


def split_listing(cleaned: Cleaned, declared_listing: bool) -> list[Part]:
    """A news listing is a page of several items, each a title line and its text.
    It is recognised from the separator lines between items (at least three items,
    each shaped as title + paragraph), or declared in the catalog (kind=listing)."""
    items = []
    for start, end in cleaned.chunks:
        found = _item_start(cleaned.text, start, end)
        if found is None:
            if declared_listing:
                continue
            return []
        items.append((found[0], end, found[1]))
    if len(items) < (2 if declared_listing else 3):
        return []
    return [Part(i + 1, s, e, title) for i, (s, e, title) in enumerate(items)]


# ----------------------------------------------------------------------------- catalog


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_catalog(folder: Path) -> dict[str, CatalogRow]:
    """Read ``catalog.csv`` of a folder (optional). Rows naming a missing file, bad dates,
    unknown columns: InputError naming the catalog, the row and the cause."""
    path = folder / CATALOG_NAME
    if not path.exists():
        return {}
    text = decode(path, read_bytes(path))
    reader = csv.DictReader(text.splitlines())
    header = tuple(reader.fieldnames or ())
    unknown = [c for c in header if c not in CATALOG_COLUMNS]
    if "file" not in header or unknown:
        raise InputError(path, f"header must be some of {', '.join(CATALOG_COLUMNS)} with 'file'"
                               f" (found: {', '.join(header) or 'nothing'})")
    rows: dict[str, CatalogRow] = {}
    for n, row in enumerate(reader, start=2):
        name = _opt(row.get("file"))
        if not name:
            raise InputError(path, f"line {n}: empty 'file'")
        if not (folder / name).is_file():
            raise InputError(path, f"line {n}: names missing file {name!r}")
        published = _opt(row.get("published"))
        try:
            date = dt.date.fromisoformat(published) if published else None
        except ValueError:
            raise InputError(path, f"line {n}: published {published!r} is not a YYYY-MM-DD date") from None
        rows[name] = CatalogRow(name, _opt(row.get("title")), _opt(row.get("publisher")), date,
                                _opt(row.get("language")), _opt(row.get("source_url")),
                                _opt(row.get("kind")))
    return rows


# ----------------------------------------------------------------------------- documents


def load_document(path: Path, row: CatalogRow | None = None) -> Document:
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        raise InputError(path, f"unsupported file type {suffix!r} (known: {', '.join(LOADERS)})")
    media_type, convert = LOADERS[suffix]
    data = read_bytes(path)
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


def document_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(folder, "is not a folder")
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in LOADERS and not p.name.startswith("."))


def load_folder(folder: Path, strict: bool = True) -> tuple[list[Document], list[Skipped]]:
    """All documents of a folder, in file-name order. With ``strict`` the first bad
    document raises; otherwise bad documents are skipped and reported."""
    catalog = read_catalog(folder)
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for path in document_files(folder):
        try:
            docs.append(load_document(path, catalog.get(path.name)))
        except InputError as exc:
            if strict:
                raise
            skipped.append(Skipped(path.name, exc.cause))
    if not docs and not skipped:
        raise InputError(folder, f"holds no documents ({', '.join(LOADERS)})")
    return docs, skipped


def load_files(paths: Iterable[Path]) -> list[Document]:
    docs = []
    for path in paths:
        catalog = read_catalog(path.parent) if (path.parent / CATALOG_NAME).exists() else {}
        docs.append(load_document(path, catalog.get(path.name)))
    return docs
