"""What a document is once read: its stored text, its parts, its catalog row, or why it was
skipped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
