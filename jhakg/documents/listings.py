"""News listings: a page of several items, each a headline and its text, split into
parts that keep their own dates."""

from __future__ import annotations

import re

from .cleaning import Cleaned
from .model import Part

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
