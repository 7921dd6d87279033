"""Meetings listed as events: the items of a list under a heading or lead-in of events
('Upcoming events', 'Network calendar 2026', 'Diary', 'the webinar programme:'), bulleted or
not, each opening with its date and named by the words that follow it."""

from __future__ import annotations

import re

from ..kinds import Span
from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import BULLET, Context, ResolvedDate, Sentence
from .datelines import RELATED_WORDS
from .meeting_actors import fill
from .meeting_places import is_line
from .meeting_words import MEETING_NOUN, NON_EVENT, REMOTE, MeetingDraft, kind_words
from .people import People

# a list under a heading or lead-in of events ('Upcoming events', 'Network calendar 2026', 'Diary', 'the
# webinar programme:'): each item that opens with its date is a meeting, named by the words that follow
EVENTS_HEAD = compiled(r"(?i)\b(?:events?|calendar|diary|webinars?|coming\s+up|upcoming|forthcoming)\b")
# a diary's line that opens with its date, bulleted or not: '12 May – ...', 'Mon 22 – Tue 23 March: ...'
_LINE_HEAD = compiled(r"[ \t]*(?:[-•*·–—][ \t]+)?")
_ITEM_SEP = compiled(r"[ \t]*(?:[:–—-][ \t]*|[ \t]+)")
_ITEM_WORDS = compiled(r"[A-Za-z][^,(\n]*?(?=\s*(?:[,(]|$))")
WEBINAR = compiled(r"(?i)\bwebinars?\b")
# a heading over other pages' headlines, each line opening with the date it was put up ('Recent news',
# 'Previous news', 'Further press releases', 'More from the Presidency', 'Related articles', 'Other announcements',
# 'More photo galleries')
NEWS_HEAD = compiled(r"(?i)\b(?:news|press\s+releases?|articles|stories|announcements|more\s+from|(?:photo\s+|video\s+)?galleries|"
                       r"albums|related|see\s+also|read\s+(?:also|more))\b")  # ('Related' alone over the items)
_MEETINGS_HEAD = compiled(r"(?i)\bmeetings?\b")  # 'Further JHA meetings of the Presidency': a diary


def events_heading(ctx: Context, sentence: Sentence) -> Span | None:
    head = ctx.list_heading(sentence.start) if BULLET.match(ctx.text, sentence.start) else diary_heading(ctx, sentence)
    return head if head and EVENTS_HEAD.search(ctx.text, head.start, head.end) else None


def diary_heading(ctx: Context, sentence: Sentence) -> Span | None:
    """The heading over a line of a diary that has no bullets ('COMING UP' over 'Friday 26
    March: ...'): the first line above it, past blank lines and the diary's other lines (each
    opening with its date), that opens with no date and is short."""
    text = ctx.text
    if not is_line(ctx, sentence, 200) or not opens_with_date(ctx, sentence.start, sentence.end):
        return None
    end = sentence.start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not opens_with_date(ctx, start, end):
            return Span(start, end) if len(line) <= 80 and line.rstrip()[-1:] not in ".!?" else None
        end = start - 1
    return None


_RELATED_LABEL = compiled(rf"(?i)[ \t]*(?:{RELATED_WORDS})[ \t]*:[ \t]*\S")


def news_item(ctx: Context, sentence: Sentence) -> bool:
    """A line of a block of other pages' headlines, each opening with its date ('08.03.2023 Minister
    meets Frontex in Warsaw' under 'More from the Presidency'): the date is the day the item was put
    up, not a meeting's, and what the headline tells is that page's, not this one's."""
    text = ctx.text
    line = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.start)
    end = len(text) if end < 0 else end
    if _RELATED_LABEL.match(text, line):
        return True  # 'Related: 4 December 2008 - 2908th Council meeting, Brussels': another page, labelled so on its line
    dates = ctx.dates_in(line, end)
    if opens_with_date(ctx, line, end):
        if not re.match(r"[ \t]*[:–—|-]?[ \t]*[A-Z0-9]", text[dates[0].span.end:end]):
            return False  # a date alone on its line (a news archive's item under its date), or no headline after it
    elif not (dates and BULLET.match(text, line) and _DATE_LAST.fullmatch(text, dates[-1].span.end, end)
              and _DASH_BEFORE.search(text, line, dates[-1].span.start)):
        return False  # (or a bulleted headline that ends with its date: '* Annual report presented to the Council - 15/04/2010')
    head = ctx.list_heading(line) if BULLET.match(text, line) else diary_heading(ctx, Sentence(line, end))
    return head is not None and bool(NEWS_HEAD.search(text, head.start, head.end)) and \
        not EVENTS_HEAD.search(text, head.start, head.end) and not _MEETINGS_HEAD.search(text, head.start, head.end)


_DATE_LAST = compiled(r"[ \t)\]]*")
_DASH_BEFORE = compiled(r"\S[ \t]+[–—|-][ \t]*[(\[]?$|\([ \t]*$")


def opens_with_date(ctx: Context, start: int, end: int) -> bool:
    dates = ctx.dates_in(start, end)
    return bool(dates) and dates[0].span.start == _LINE_HEAD.match(ctx.text, start).end()


def listed(ctx: Context, sentence: Sentence) -> re.Match[str] | None:
    """An item of a list of events that opens with its date: '- 6 May: Advisory Group, Tallinn'
    under 'Upcoming events'. The match is the item's words, its kind."""
    text = ctx.text
    bullet = BULLET.match(text, sentence.start)
    dates = ctx.dates_in(sentence.start, sentence.end)
    if not dates or dates[0].span.start != (bullet.end() if bullet else sentence.start) or events_heading(ctx, sentence) is None:
        return None
    chunk = text[sentence.start:sentence.end]
    sep = _ITEM_SEP.match(chunk, dates[0].span.end - sentence.start)
    words = _ITEM_WORDS.match(chunk, sep.end()) if sep else None
    if words is None or NON_EVENT.search(words.group(0)):
        return None
    return words


def online(ctx: Context, sentence: Sentence, kind: str) -> bool:
    """A webinar, or an item of a list of webinars or that says 'online', has no city."""
    if WEBINAR.search(kind):
        return True
    head = events_heading(ctx, sentence)
    return head is not None and bool(WEBINAR.search(ctx.text, head.start, head.end)
                                     or REMOTE.search(ctx.text, sentence.start, sentence.end))


# what may follow an item's city: a note in brackets ('15 June 2016, Strasbourg (with a visit to the centre)')
_AFTER_CITY = compiled(r"[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*[.;,]?[ \t]*")


def day_and_city(ctx: Context, sentence: Sentence) -> tuple[ResolvedDate, Match, Span] | None:
    """An item of a list under a lead-in that tells of meetings ('The Board held four ordinary
    meetings in 2016:'), that is only a day and a city ('- 11-12 October 2016, Tallinn'): the
    day, the city and the lead-in."""
    text = ctx.text
    bullet = BULLET.match(text, sentence.start)
    head = ctx.list_heading(sentence.start) if bullet else None
    # (a lead-in ending with its colon, or a heading in capitals: 'NEXT MEETINGS')
    if head is None or not (text[head.start:head.end].rstrip().endswith(":") or text[head.start:head.end].strip().isupper()) \
            or not MEETING_NOUN.search(text, head.start, head.end):
        return None
    dates = ctx.dates_in(sentence.start, sentence.end)
    if len(dates) != 1 or dates[0].span.start != bullet.end():
        return None
    cities = ctx.matches_in(dates[0].span.end, sentence.end, {"city"})
    if len(cities) != 1 or not re.fullmatch(r"[ \t]*[,:–—-]?[ \t]*", text[dates[0].span.end:cities[0].start]) or \
            not _AFTER_CITY.fullmatch(text, cities[0].end, sentence.end):
        return None
    return dates[0], cities[0], head


def day_and_city_draft(ctx: Context, people: People, sentence: Sentence) -> MeetingDraft | None:
    """The meeting of such an item, named and chaired as its lead-in says."""
    item = day_and_city(ctx, sentence)
    if item is None:
        return None
    date, city, head = item
    lead = Sentence(head.start, head.end)
    draft = MeetingDraft(date.start, date.end, date.span, sentence, ctx.part_at(sentence.start),
                         kind_words(ctx, MEETING_NOUN.search(ctx.text, head.start, head.end), 0, lead), place=city.entity,
                         place_span=Span(city.start, city.end), evidence=[Span(sentence.start, sentence.end), head],
                         rule="meeting.listed", confidence=0.75)
    fill(ctx, people, draft, lead)
    return draft
