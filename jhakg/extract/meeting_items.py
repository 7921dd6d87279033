"""Meetings told as the items of a calendar or a diary: a line with the item's date (a mark before it,
maybe its place after a bar or a dash: '> 7 and 8 July 2008 - Cannes'; or a day as a diary's heading,
'MONDAY 16 NOVEMBER, BRUSSELS') over the line that names the meeting, and the short lines that go on
with the item; an event page's 'Start date:' over its 'End date:'; two weekdays in a row for one meeting."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..kinds import Span
from ..regexes import compiled
from .context import Context, ResolvedDate, Sentence
from .dates import DateExpr
from .meeting_words import MeetingDraft, meeting_dates, pick_date

# a calendar item's first line: a mark, its date, and maybe ' | ' and its place
ITEM_MARK = compiled(r"[ \t]*(?:[▸►•·▪*>›»][ \t]*)?")
ITEM_PLACE = compiled(r"(?:[ \t]*[|–—]|[ \t]+-)[ \t]*[^|\n]{1,80}")  # ('> 7 and 8 July 2008 - Cannes (Palais des Festivals)')
WEEKDAY = compiled(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
DATE_LABEL = compiled(r"[ \t]*(?:Dates?|When|Start[ \t]+date)[ \t]*:")  # an event page's labelled date line
_END_LABEL = compiled(r"[ \t]*End[ \t]+date[ \t]*:")  # ('Start date: 17/11/2020' over 'End date: 19/11/2020')


def to_end_date(ctx: Context, skip: list[Span], date: ResolvedDate, k: int) -> tuple[ResolvedDate, int]:
    """A date on an event page's 'Start date:' line (sentence ``k``) runs to the date of the 'End date:' line
    right under it (and the item's block to that line: its index is returned)."""
    sentences = ctx.sentences
    last = sentences[k + 1] if k + 1 < len(sentences) and DATE_LABEL.match(ctx.text, sentences[k].start) else None
    end = pick_date(meeting_dates(ctx, last, skip), last.start, ctx.text) \
        if last is not None and _END_LABEL.match(ctx.text, last.start) else None
    if end is None or not date.start.to_date() or not end.end.to_date() or end.end.to_date() < date.start.to_date():
        return date, k
    return ResolvedDate(DateExpr(date.span, date.start, end.end, date.expr.pattern), date.start, end.end), k + 1


def item_place(ctx: Context, draft: MeetingDraft, date: ResolvedDate) -> None:
    """A calendar item's place, after its date and a bar or a dash: '▸ 23–24 January 2020 | Zagreb, National
    Library', '> 7 and 8 July 2008 - Cannes (Palais des Festivals)'."""
    item = ITEM_PLACE.match(ctx.text, date.span.end)
    cities = ctx.matches_in(item.start(), item.end(), {"city"}) if item else []
    line_end = ctx.text.find("\n", date.span.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    if not cities and city_after(ctx, date.span.end, line_end):
        cities = ctx.matches_in(date.span.end, line_end, {"city"})
        if cities:  # a diary's heading: 'MONDAY 16 NOVEMBER, BRUSSELS'
            draft.place, draft.place_span = cities[0].entity, Span(cities[0].start, cities[0].end)
            return
    if cities and re.fullmatch(r"[ \t]*[|–—][ \t]*|[ \t]+-[ \t]+", ctx.text[item.start():cities[0].start]):
        draft.place, draft.place_span = cities[0].entity, Span(cities[0].start, cities[0].end)


def under_item_line(ctx: Context, i: int) -> bool:
    """Whether sentence ``i`` opens the line right under a calendar item's date line: a mark, the date, and
    maybe a dash and the place ('> 7 and 8 July 2008 - Cannes (Palais des Festivals)')."""
    here = ctx.sentences[i]
    if not i or ctx.text.rfind("\n", 0, here.start) + 1 != here.start:
        return False
    prev = ctx.sentences[i - 1]
    dates = ctx.dates_in(prev.start, prev.end)
    lead = ITEM_MARK.match(ctx.text, prev.start)
    if not dates or dates[0].span.start != lead.end() or "\n" in ctx.text[prev.end:here.start].replace("\n", "", 1):
        return False
    if not lead.group().strip():
        # (or a diary's day as a heading: a comma and its city after it, or its day of the week)
        start, end = dates[0].span.start, dates[0].span.end
        return city_after(ctx, end, prev.end) and (
            bool(ctx.text[end:prev.end].strip()) or WEEKDAY.match(ctx.text[start:start + 10].title()) is not None)
    return dates[0].span.end >= prev.end - 1 or bool(ITEM_PLACE.fullmatch(ctx.text, dates[0].span.end, prev.end))


def city_after(ctx: Context, start: int, end: int) -> bool:
    """Whether the line goes on after ``start`` with nothing, or with a comma and one city only: a
    diary's heading ('MONDAY 16 NOVEMBER, BRUSSELS' over the day's meeting)."""
    text = ctx.text
    if not text[start:end].strip():
        return True
    comma = re.match(r",[ \t]*", text[start:end])
    cities = ctx.matches_in(start, end, {"city"})
    return bool(comma) and len(cities) == 1 and cities[0].start == start + comma.end() and not text[cities[0].end:end].strip()


def lines_after(ctx: Context, k: int, end: int, ends_item: Callable[[int, Sentence], bool]) -> int:
    """Where the lines that go on with an item after sentence ``k`` end (three at most): before
    one with a day or month of its own (or that opens with a year), or one ``ends_item`` (given
    the end so far) says is no part of it."""
    for more in ctx.sentences[k + 1:k + 4]:
        # (a year inside a line is none: 'Organiser: FRA, chair of the network in 2011')
        lead = ITEM_MARK.match(ctx.text, more.start).end()
        if any(d.start.month is not None or d.span.start == lead for d in ctx.dates_in(more.start, more.end)) \
                or ends_item(end, more):
            break
        end = more.end
    return end


def item_dateline(ctx: Context, sentence: Sentence) -> bool:
    """Whether a line that is only a date is an item's own date on a page of several items, each a
    heading, its date line, then its text ('MANAGEMENT BOARD: FIRST MEETING OF THE YEAR' / '19 February 2016' /
    'The Management Board met in Tallinn on 9 and 10 February ...', as a newsletter gives them): the day the
    item was written, not the day of a meeting its heading names."""
    def between(k: int) -> bool:  # a heading above (a line of its own, no stop at its end), prose below
        above, below = ctx.sentences[k - 1], ctx.sentences[k + 1]
        return _whole_line(ctx, above) and ctx.text[above.end - 1] not in ".!?" \
            and all(d.expr.pattern in ("year", "years") for d in ctx.dates_in(above.start, above.end)) \
            and below.start == ctx.sentences[k].end + 1 and below.end - below.start >= 100
    i = ctx.sentence_index(sentence.start)
    if not (date_alone(ctx, sentence) and 0 < i < len(ctx.sentences) - 1 and between(i)):
        return False
    return sum(1 for k in range(1, len(ctx.sentences) - 1) if date_alone(ctx, ctx.sentences[k]) and between(k)) >= 2


def date_alone(ctx: Context, s: Sentence) -> bool:
    """Whether a sentence is a line that is only a date ('14 March 2011')."""
    dates = ctx.dates_in(s.start, s.end)
    return bool(dates) and dates[0].span.start == s.start and dates[0].span.end >= s.end - 1 and _whole_line(ctx, s)


def _whole_line(ctx: Context, s: Sentence) -> bool:
    return (s.start == 0 or ctx.text[s.start - 1] == "\n") and ctx.text[s.end:s.end + 1] in ("", "\n")


def with_next_day(text: str, date: ResolvedDate, candidates: list[ResolvedDate]) -> ResolvedDate:
    """Two weekdays in a row, one for each part of the meeting: 'home affairs ministers met on
    Thursday and justice ministers on Friday' is one meeting over both days."""
    def weekday(d: ResolvedDate) -> bool:  # a weekday named ('Friday'), not 'today' and 'tomorrow'
        return d.expr.pattern == "relative-day" and d.start == d.end and bool(d.start.to_date()) and \
            WEEKDAY.match(text, d.span.start) is not None

    if not weekday(date):
        return date
    day = date.start.to_date()
    for other in candidates:
        if not weekday(other):
            continue
        if other.start.to_date() - day == dt.timedelta(days=1) and other.span.start > date.span.end:
            return ResolvedDate(DateExpr(date.span, date.start, other.end, "relative-day"), date.start, other.end)
        if day - other.start.to_date() == dt.timedelta(days=1) and other.span.end < date.span.start:
            return ResolvedDate(DateExpr(date.span, other.start, date.end, "relative-day"), other.start, date.end)
    return date
