"""The publication date a document states in its dateline.

Datelines: 'Brussels, 4 March 2024' or 'LISBON, 23.11.2017' at the start of a line,
'(23.11.2017, LISBON)', 'Published on 3 May 2023', 'Press release | 3 May 2023', a date
alone on the line under 'Press Release'. Only
the first lines of a document (or of a listing item) are searched: a date deep in the
text is an event, not a dateline.
"""

from __future__ import annotations

import datetime as dt
import re

from ..load import Document
from .dates import find_dates
from .model import Fact, Span

HEAD_CHARS = 700
_PLACE = r"[A-Z][A-Za-zÀ-ÿ'’.\- ]{1,40}"
# (prefix before the date on its line, suffix after it) shapes of a dateline
SHAPES = [
    (re.compile(r"^\(\s*$"), re.compile(rf"^,\s*{_PLACE}\)")),  # (23.11.2017, LISBON)
    (re.compile(rf"^\(?{_PLACE},\s*$"), re.compile(r"^\)?(?=\s*$|\s*[|–-]\s|\s*\))")),  # Brussels, 4 March 2024
    (re.compile(r"(?i)(?:^|[|–-]\s*)(?:published|publication date|date of publication|press releases?|news|"
                r"news article|last updated)(?:\s+on)?\s*[:|–-]?\s*$"), re.compile(r"^")),  # Published on 3 May 2023
    # 'Press Releases | LIBE | 24-01-2024 - 18:05': the kind of page, a section, then the date
    (re.compile(r"(?i)^\s*(?:press\s+releases?|news(?:\s+release)?)\s*[|–-][^|\n]{1,40}[|–-]\s*$"), re.compile(r"^")),
]
# a line holding only the date, under a line that says what the page is ('Press Release' / '19 October 2023')
_KIND_LINE = re.compile(r"(?i)^\s*(?:press\s+releases?|news(?:\s+release)?|published|statement)\s*[:.]?\s*$")


def dateline(doc: Document, start: int = 0, end: int | None = None) -> tuple[dt.date, Span] | None:
    """The first dateline in the head of the text (or of a part), with its span."""
    text = doc.text
    end = min(end if end is not None else len(text), start + HEAD_CHARS)
    for expr in find_dates(text[start:end]):
        date = expr.start.to_date()
        if date is None or expr.is_range:
            continue
        s, e = start + expr.span.start, start + expr.span.end
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        prefix, suffix = text[line_start:s], text[e:line_end]
        for before, after in SHAPES:
            tail = after.match(suffix)
            if before.search(prefix) and tail:
                return date, Span(line_start, e + tail.end())
        if not prefix.strip() and not suffix.strip() and line_start > 0:
            previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
            if _KIND_LINE.match(previous):
                return date, Span(line_start, line_end)
    return None


def extract_published(doc: Document) -> list[Fact]:
    found = dateline(doc)
    if found is None:
        return []
    date, span = found
    return [Fact("published", {"date": date}, [span], "published.dateline", 0.95)]
