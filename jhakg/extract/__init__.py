"""The mappers: turn one document into facts with evidence. Every rule is generic; the
names it knows come from the reference data (``Gazetteer``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..documents import Document
from ..kinds import Fact, PartialDate, Span
from ..reference.gazetteer import Gazetteer
from .context import Context
from .council_terms import CouncilTerms
from .datelines import banner_lines, dateline, head_dateline_days, menu_lines
from .dates import find_dates
from .meetings import extract_meetings
from .mentions import extract_mentions
from .network_chairs import NetworkChairs
from .operators import extract_operators
from .people import People
from .priorities import extract_priorities
from .published import extract_published
from .reports import extract_legal_acts, extract_reports
from .roles import extract_roles

__all__ = ["Extraction", "Fact", "PartialDate", "Span", "extract"]


@dataclass
class Extraction:
    doc: Document
    doc_date: dt.date | None  # the date the document is read at: catalog, else dateline
    facts: list[Fact]
    part_dates: dict[int, dt.date]
    warnings: list[str]


def extract(doc: Document, gazetteer: Gazetteer) -> Extraction:
    warnings: list[str] = []
    exprs = find_dates(doc.text)  # once: the dateline, the context and every rule read them
    published = extract_published(doc, exprs)
    stated = published[0].record.date if published else None
    if doc.published and stated and doc.published != stated:
        warnings.append(f"{doc.file_name}: catalog date {doc.published} differs from the "
                        f"dateline {stated}; both are kept")
    doc_date = doc.published or stated
    # 'today' is the dateline's day ('The Hague, 25 November 2021' under a page date of the 26th), a day or
    # three from the page's
    days = head_dateline_days(doc, exprs) if doc_date else []
    today = days[0][0] if days and doc_date and 0 < abs((days[0][0] - doc_date).days) <= 3 else None
    ctx = Context(doc, gazetteer, doc_date, exprs, today)
    part_dates = _part_dates(doc, ctx)
    people = People(ctx)
    facts: list[Fact] = list(published)
    facts += extract_mentions(ctx)
    skip = [f.evidence[0] for f in published]  # datelines: no meeting's date, and where 'today' is
    # (the head's datelines of the page's day, then of the day 'today' is)
    for day in (stated, today):
        skip += [span for seen, span in days if day and seen == day and span not in skip]
    skip += menu_lines(doc) + banner_lines(doc, exprs)
    meetings = extract_meetings(ctx, people, skip)
    facts += meetings
    facts += NetworkChairs(ctx).network()
    facts += CouncilTerms(ctx).council(meetings)
    facts += extract_roles(ctx, people, part_dates)
    facts += extract_priorities(ctx, people)
    facts += extract_operators(ctx)
    facts += extract_reports(ctx, meetings)
    facts += extract_legal_acts(ctx)
    return Extraction(doc, doc_date, facts, part_dates, warnings)


def _part_dates(doc: Document, ctx: Context) -> dict[int, dt.date]:
    """Each listing item's own date: its dateline, else the first full date it states."""
    dates = {}
    for part in doc.parts:
        found = dateline(doc, part.start, part.end, ctx.exprs)
        if found:
            dates[part.index] = found[0]
            continue
        first = next((d for d in ctx.dates_in(part.start, part.end) if d.start.to_date() and not d.expr.is_range), None)
        if first:
            dates[part.index] = first.start.to_date()
    return dates
