"""The publication date of a release: the date its head gives (``datelines``), else, for a page
whose head gives none, its own date below its text: a labelled line ('Page published: DATE',
'Press release | DATE | 18:05') or a sign-off that is a place and a date ('Lisbon - 06.12.2013')."""

from __future__ import annotations

import datetime as dt

from ..documents import Document
from ..kinds import Fact, Span
from ..kinds.published import Published
from ..regexes import compiled
from .datelines import HEAD_CHARS, PLACE, Ahead, Line, dateline, full_date, line_dates
from .dates import DateExpr, find_dates


def _foot_lines(doc: Document, exprs: list[DateExpr], fits) -> list[tuple[dt.date, Span]]:
    """The lines below a page's head that hold a full date and fit (``fits(before, after)``,
    the line's text before and after the date), with that date."""
    text = doc.text
    found = []
    for expr in exprs:
        date = full_date(expr)
        if date is None or expr.span.start < HEAD_CHARS:
            continue
        line_start = text.rfind("\n", 0, expr.span.start) + 1
        line_end = text.find("\n", expr.span.end)
        line_end = len(text) if line_end < 0 else line_end
        if fits(text[line_start:expr.span.start], text[expr.span.end:line_end]):
            found.append((date, Span(line_start, line_end)))
    return found


def _allowed(doc: Document, exprs: list[DateExpr], found: tuple[dt.date, Span]) -> tuple[dt.date, Span] | None:
    return found if Ahead.of(doc.text, 0, len(doc.text), exprs).allows(found[0]) else None


_SIGNED_OFF = compiled(rf"[ \t]*(?:[A-Z][\w&’'.-]*(?:[ \t]+[A-Z][\w&’'.-]*){{0,4}},[ \t]*)?{PLACE}[ \t]*(?:,|[–—-])[ \t]*")


def _foot_dateline(doc: Document, exprs: list[DateExpr]) -> tuple[dt.date, Span] | None:
    """A page whose head gives no date, signed off below its text with a line that is only a
    place and a date ('Lisbon - 06.12.2013'), maybe after the body that signs it ('CEPOL Secretariat,
    Bramshill, 2009-09-18'): the one such line of the page, after its head."""
    found = _foot_lines(doc, exprs, lambda before, after: _SIGNED_OFF.fullmatch(before) is not None and not after.strip())
    return _allowed(doc, exprs, found[0]) if len(found) == 1 else None


# a line below the text that gives the page's own date: 'Page published: DATE', 'Published on Monday DATE',
# 'Document published: DATE', 'Date of publication: DATE' (a time may follow)
# a notice's numbered line of its sending: 'VI.5) Date of dispatch of this notice: DATE'
# (the label may follow its own translation: 'Objavljeno / Published: 4. 3. 2008')
_FOOT_LABEL = compiled(r"(?i)^[ \t]*(?:[IVX]{1,4}(?:\.\d{1,2}){0,3}\)[ \t]*)?(?:[^\W\d_]+[ \t]*/[ \t]*)?"
                         r"(?:(?:page|document|article|news|item|first)[ \t]+)?"
                         r"(?:published(?:[ \t]+on)?|posted(?:[ \t]+on)?|publication[ \t]+date|date[ \t]+of[ \t]+publication|"
                         r"date[ \t]+published|date[ \t]+of[ \t]+dispatch(?:[ \t]+of[ \t]+this[ \t]+notice)?|"
                         # (a release's kind and its date at the foot: 'Press release | 20 October 2023 | 18:05')
                         r"press[ \t]+release)"
                         r"[ \t]*[:|]?[ \t]*$")
# a line that may be such a line: one with a digit after a word of the label
_FOOT_LINE = compiled(r"(?im)^[^\n]*?(?:published|posted|publication|dispatch|press[ \t]+release)[^\n]*?\d[^\n]*$")
_FOOT_AFTER = compiled(r"^[ \t]*(?:[-–,|]?[ \t]*\d{1,2}[:.h]\d\d)?[ \t]*$")
_LABEL_ALONE = compiled(r"(?im)^[^\n\d]*?(?:published|posted|publication|dispatch)[^\n\d]*$")
_NEXT_LINE = compiled(r"\n(?:[ \t]*\n)?([^\n]+)")  # (after one blank line at most)


def _foot_label(doc: Document, exprs: list[DateExpr]) -> tuple[dt.date, Span] | None:
    """A page whose head gives no date, with a labelled line of its own date below its text
    ('Page published: 19 October 2023'): the one date such lines give, after the head. A line
    of a change or a view ('Last updated: DATE') is no such line."""
    found: dict[dt.date, Span] = {}
    text = doc.text
    # (or a label on a line of its own over the date alone, as a side box has them: 'Publication date' / '3 June 2021')
    for m in _LABEL_ALONE.finditer(text, HEAD_CHARS):
        nxt = _NEXT_LINE.match(text, m.end())
        line = Line(nxt.start(1), nxt.end(1), nxt.group(1)) if nxt and _FOOT_LABEL.match(m.group()) else None
        dates = line_dates(line, exprs) if line else []
        if len(dates) == 1 and (date := full_date(dates[0])) is not None and not line.text[:dates[0].span.start].strip() \
                and _FOOT_AFTER.match(line.text[dates[0].span.end:]):
            found.setdefault(date, Span(m.start(), line.end))
    for m in _FOOT_LINE.finditer(text):
        line = Line(m.start(), m.end(), m.group())
        for expr in line_dates(line, exprs):  # (a head line's forms too: 'Published: 4. 3. 2008')
            date = full_date(expr)
            if date is not None and line.start + expr.span.start >= HEAD_CHARS and \
                    _FOOT_LABEL.match(line.text[:expr.span.start]) and _FOOT_AFTER.match(line.text[expr.span.end:]):
                found.setdefault(date, Span(line.start, line.end))
    return _allowed(doc, exprs, next(iter(found.items()))) if len(found) == 1 else None


def extract_published(doc: Document, exprs: list[DateExpr] | None = None) -> list[Fact]:
    """The release's publication date; a news listing's own head ends where its first
    item (with the item's own date) begins; a page with none in its head and no items may
    give it on a labelled line below its text, or be signed off with one."""
    exprs = find_dates(doc.text) if exprs is None else exprs
    found = dateline(doc, 0, doc.parts[0].start if doc.parts else None, exprs)
    if found is None and not doc.parts:
        found = _foot_label(doc, exprs) or _foot_dateline(doc, exprs)
    if found is None:
        return []
    date, span = found
    return [Fact(Published(date), [span], "published.dateline", 0.95)]
