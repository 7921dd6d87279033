"""What every extractor needs to know about one document: its sentences, the gazetteer
matches, the dates, the document's own date and its parts."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..documents import Document
from ..kinds import PartialDate, Span
from ..reference.gazetteer import Gazetteer, Match
from ..regexes import ABBREVIATED_ADDRESS, any_word, compiled
from .dates import (
    DAY_AFTER,
    DAY_AFTER_DELTA,
    FUTURE,
    LAST_WEEKDAY,
    ON_WEEKDAY,
    PAST_VERB,
    TODAY,
    VIEWED_ON,
    WEEKDAYS,
    DateExpr,
    find_dates,
    relative_years,
    resolve,
    tense_of,
)

# A sentence ends at . ! ? followed by space and a capital/quote/bracket, or at a line end.
_ABBREV = compiled(rf"(?:\b(?:{ABBREVIATED_ADDRESS}|h\.\s?c|No|nr|n|Reg|Art|para|e\.g|i\.e|cf|etc|vs|St|Jr|approx|incl)\.|\b[A-Z]\.)$")
_URL = compiled(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
_SAME_YEAR = compiled(r"(?i)\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|this)\s+year|(?:of|during|throughout)\s+the\s+year)\b")
_SENT_END = compiled(r"[.!?](?:[\"”’)]+)?\s+(?=[\"“‘(\[]?(?:[A-Z0-9]|[a-z]+-[A-Z]))")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class ResolvedDate:
    expr: DateExpr
    start: PartialDate
    end: PartialDate

    @property
    def span(self) -> Span:
        return self.expr.span


# a heading over other pages' headlines at the end of a page
_OTHER_PAGES = compiled(r"(?im)^[ \t]*(?:related(?:\s+(?:news|articles|content|stories|press\s+releases|items|activities|events|"
                          r"documents|publications|links|pages|speeches|statements|interviews|videos|posts|meetings))?|see\s+also|"
                          r"more\s+news|latest\s+news|other\s+news|read\s+(?:also|more)|you\s+may\s+also\s+"
                          r"(?:like|be\s+interested\s+in))[ \t]*:?[ \t]*$")
# the verb a yes-or-no question opens with, maybe after its label ('Q: Does ...')
_YES_NO = compiled(r"\s*(?:Q\s*:\s*)?(?:Does|Do|Did|Is|Are|Was|Were|Will|Would|Can|Could|Has|Have|Had|Should|Shall|May|"
                     r"Might|Must)\b")
_PROSE = compiled(r"[a-z,]\s+\w+[^\n]{60,}[.!?]")  # a line of sentences
# a list item's bullet ('- ', '• ', '* '), and a heading or lead-in over a list ('Network calendar 2026',
# 'Upcoming events', 'the programme is as follows:'): a short line with no full stop, or a line ending in a colon
BULLET = compiled(r"[ \t]*[-•*·–—][ \t]+")
_LIST_HEAD = compiled(r"[^\n]{1,80}(?<![.!?])[ \t]*$|[^\n]*:[ \t]*$")
_HEAD_YEAR = compiled(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
# a timeline's entry: a line that opens with its year and a dash or colon
_ENTRY = compiled(r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?P<y>(?:19|20)\d\d)[ \t]*(?:[–—:]|-(?!\d))[ \t]+[^\n]*")
# the year an entry is about, restated: 'In the same year', 'that year'
_ENTRY_SAME_YEAR = compiled(r"(?i)\b(?:(?:in\s+)?the\s+same\s+year|that\s+year|later\s+(?:in\s+)?(?:the|that)\s+year)\b")


# 'was' and 'were' tell the past too: 'The meeting, on Thursday and Friday, was the first ...'
_WAS = compiled(r"\b(?:was|were)\b")
# 'the day before the heads' meeting': a day told from a meeting the text has named
_NAMED_EVENT = compiled(r"\s+(?:the|their|its)\s+(?P<what>(?:[\w’'-]+\s+){1,3}?)"
                          r"(?P<noun>meeting|conference|summit|Council|session|forum|seminar|workshop)\b")

_BANNER_DAY = compiled(r"(?i)(?P<colon>(?:\s+is)?\s*[:|]\s*)(?:\w+day,?\s*)?")
_DAY_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1, "the day before yesterday": -2, "the day after tomorrow": 2}


def _days(span: Span, first: dt.date, last: dt.date) -> ResolvedDate:
    """A relative expression ('today', 'last Tuesday', 'on Thursday and Friday', 'the
    following day') resolved to the days it means."""
    start, end = (PartialDate(d.year, d.month, d.day) for d in (first, last))
    return ResolvedDate(DateExpr(span, start, end, "relative-day"), start, end)


def _through(first: dt.date, day2: str | None) -> dt.date:
    """The last day of 'Thursday and Friday' from its first: the next such weekday (or the first
    day itself when there is no second)."""
    return first + dt.timedelta(days=(WEEKDAYS.index(day2) - first.weekday()) % 7) if day2 else first


class Context:
    def __init__(self, doc: Document, gazetteer: Gazetteer, doc_date: dt.date | None,
                 exprs: list[DateExpr] | None = None, today: dt.date | None = None):
        self.doc = doc
        self.text = doc.text
        self.gaz = gazetteer
        self.doc_date = doc_date
        self.today = today  # the day of the head's dateline, where it differs from the page's date
        self.exprs = find_dates(doc.text) if exprs is None else exprs  # the text's date expressions

    # -- structure

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The text's sentences, up to a block of other pages' headlines at its end ('Related
        news', 'See also'): what those state is theirs, not this page's. A listing of news
        items is all other pages' headlines, and is kept whole."""
        end = len(self.text)
        if not self.doc.parts:
            for m in _OTHER_PAGES.finditer(self.text):
                if _PROSE.search(self.text, 0, m.start()):  # after the page's own text, never its title
                    end = m.start()
                    break
        out = []
        pos = 0
        for line in self.text[:end].split("\n"):
            start = pos
            cursor = 0
            for m in _SENT_END.finditer(line):
                head = line[cursor:m.start() + 1]
                if _ABBREV.search(head):
                    continue
                out.append(Sentence(start + cursor, start + m.start() + len(m.group(0).rstrip())))
                cursor = m.end()
            if line[cursor:].strip():
                out.append(Sentence(start + cursor, start + len(line.rstrip())))
            pos += len(line) + 1
        return out

    def asks(self, sentence: Sentence) -> bool:
        """Whether a sentence is a yes-or-no question ('Does the EUAA run Eurodac?'), which states
        no fact; a question on something it takes as known ('How do SIS and VIS, the systems
        eu-LISA runs, fit with ETIAS?') still tells it."""
        chunk = self.text[sentence.start:sentence.end]
        return chunk.rstrip().endswith("?") and _YES_NO.match(chunk) is not None

    @cached_property
    def site_agency(self) -> tuple[str, ...] | None:
        """The agency whose site a page is, which its own text calls 'the Agency' or 'our': the one agency
        the site's line names ('EUDA - European Union Drugs Agency'), the first of the page's first three
        lines to name any, when that line is short and names only one."""
        for line in list(re.finditer(r"[^\n]*\S[^\n]*", self.text[:600]))[:3]:
            named = {a.entities for a in self.matches_in(line.start(), line.end(), {"agency"})}
            if named:
                return named.pop() if len(named) == 1 and len(line.group()) <= 160 else None
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence:
        return self.sentences[self.sentence_index(offset)]

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence before, if it is in the same document part."""
        i = self.sentence_index(sentence.start)
        if i == 0 or self.part_at(self.sentences[i - 1].start) != self.part_at(sentence.start):
            return None
        return self.sentences[i - 1]

    def named_before(self, at: int, kinds: set[str], within: int) -> tuple[Sentence, list[Match]] | None:
        """The nearest of the ``within`` sentences before the one at ``at``, in its document
        part, that names something of these kinds, with what it names."""
        i = self.sentence_index(at)
        part = self.part_at(at)
        for sentence in reversed(self.sentences[max(0, i - within):i]):
            if self.part_at(sentence.start) != part:
                break
            named = self.matches_in(sentence.start, sentence.end, kinds)
            if named:
                return sentence, named
        return None

    def list_heading(self, offset: int) -> Span | None:
        """The heading or lead-in line over the bulleted list item at ``offset``: the first line
        above it, past blank lines and the list's other items, that is no item itself."""
        text = self.text
        line_start = text.rfind("\n", 0, offset) + 1
        if not BULLET.match(text, line_start):
            return None
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if line.strip() and not BULLET.match(line):
                return Span(start, end) if _LIST_HEAD.fullmatch(line) else None
            end = start - 1
        return None

    @cached_property
    def _entries(self) -> list[tuple[int, int, int]]:
        """A timeline's entries, lines that open with a year and a dash ('2012 – The Management
        Board meets for the first time, in Brussels on 22–23 March'): (start, end, year)."""
        return [(m.start(), m.end(), int(m.group("y"))) for m in _ENTRY.finditer(self.text)]

    def entry_year(self, offset: int) -> int | None:
        """The year of the timeline entry ``offset`` is in, if it is in one."""
        return next((y for a, b, y in self._entries if a <= offset < b), None)

    def _heading_year(self, offset: int) -> int | None:
        """The one year a list's heading states ('Network calendar 2026'), which dates the
        list's yearless items."""
        head = self.list_heading(offset)
        years = {int(y) for y in _HEAD_YEAR.findall(self.text, head.start, head.end)} if head is not None else set()
        return years.pop() if len(years) == 1 else None

    def part_at(self, offset: int) -> int:
        for part in self.doc.parts:
            if part.start <= offset < part.end:
                return part.index
        return 0

    # -- cheap tests before costly patterns

    @cached_property
    def _lower(self) -> str | None:
        """The text lower-cased, where that keeps every character in its place and leaves no
        letter that a case-insensitive pattern reads as another ('ı' as 'i', 'ſ' as 's'): then
        a word in any case in the text is the lower-case word at the same offset here."""
        lower = self.text.lower()
        return lower if len(lower) == len(self.text) and "ı" not in lower and "ſ" not in lower else None

    def holds_any(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """Whether text[start:end] holds one of these lower-case words, in any case (True when
        the text cannot tell): a test that spares a costly pattern every stretch of text that
        lacks all the words each of its matches holds."""
        lower = self._lower  # (one search for all the words, not one a word)
        return lower is None or any_word(words)(lower, start, end) is not None

    # -- matches and dates

    @cached_property
    def urls(self) -> list[Span]:
        """The web addresses: looked for only on the lines that hold a '/' or 'www.', which every
        address does (and none runs over a line's end)."""
        text = self.text
        lines = set()
        for mark in ("/", "www."):
            at = text.find(mark)
            while at >= 0:
                start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
                lines.add((start, len(text) if end < 0 else end))
                at = text.find(mark, len(text) if end < 0 else end)
        return [Span(m.start(), m.end()) for start, end in sorted(lines) for m in _URL.finditer(text, start, end)]

    @cached_property
    def matches(self) -> list[Match]:
        """Gazetteer matches outside web addresses ('.../anti-trafficking/eu-policy')."""
        urls = self.urls
        if not urls:
            return self.gaz.find(self.text)
        starts = [u.start for u in urls]
        return [m for m in self.gaz.find(self.text)
                if not ((i := bisect.bisect_right(starts, m.start) - 1) >= 0 and m.start < urls[i].end)]

    @cached_property
    def _match_starts(self) -> list[int]:
        return [m.start for m in self.matches]

    def matches_in(self, start: int, end: int, kinds: set[str] | None = None) -> list[Match]:
        matches = self.matches
        i = bisect.bisect_left(self._match_starts, start)
        out = []
        while i < len(matches) and matches[i].start < end:
            m = matches[i]
            if m.end <= end and (kinds is None or m.kind in kinds):
                out.append(m)
            i += 1
        return out

    @cached_property
    def dates(self) -> list[ResolvedDate]:
        out = []
        tenses: dict[Sentence, str | None] = {}  # a sentence's tense, read once for all its dates
        for expr in self.exprs:
            sentence = self.sentence_at(expr.span.start)
            chunk = self.text[sentence.start:sentence.end]
            if sentence not in tenses:
                tenses[sentence] = tense_of(chunk)
            tense = tenses[sentence]
            # a yearless day or span within one year takes the year of the timeline entry it is in ('2012 – The
            # Board meets for the first time, in Brussels on 22–23 March'), else of its list's heading ('- 12-13
            # November: ...' under 'Calendar 2026')
            one_year = expr.start.year is None and expr.start.month and not (
                expr.is_range and (expr.start.month, expr.start.day or 1) > (expr.end.month or 12, expr.end.day or 31))
            given_year = (self.entry_year(expr.span.start) or self._heading_year(expr.span.start)) if one_year else None
            if given_year:
                start = PartialDate(given_year, expr.start.month, expr.start.day)
                end = PartialDate(given_year, expr.end.month, expr.end.day)
            elif self.doc_date and expr.start.year is None and _SAME_YEAR.search(chunk):
                # 'Earlier in the year, ... on 15 February': the document's own year
                start = PartialDate(self.doc_date.year, expr.start.month, expr.start.day)
                end = PartialDate(self.doc_date.year, expr.end.month, expr.end.day)
            else:
                start, end = resolve(expr, self.doc_date or self._last_full_date(expr.span.start), tense)
            out.append(ResolvedDate(expr, start, end))
        # 'today', 'tomorrow', 'yesterday' in a dated release, or in a listing item under its date
        taken = [(d.span.start, d.span.end) for d in out]
        for m in TODAY.finditer(self.text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            bracket = re.match(r"\s*\(\s*", self.text[m.end():m.end() + 6])
            if bracket and any(a == m.end() + bracket.end() for a, _ in taken):
                continue  # 'today (5-6 December)': the days in brackets say which
            if (banner := _BANNER_DAY.match(self.text, m.end())) and any(a in (banner.end("colon"), banner.end()) for a, _ in taken):
                continue  # 'Today is: Thursday, 28 March 2013': a site's banner with the day it was viewed (from its colon)
            # ('today' under 'The Hague, 25 November 2021' on a page dated the 26th: the dateline's day)
            base = self.today if self.today and not self.doc.parts else self.date_at(m.start())
            if base:
                first = _DAY_OFFSETS.get(" ".join(m.group("rel").lower().split()), 0)  # 'this morning', 'tonight': today
                last = _DAY_OFFSETS[m.group("rel2").lower()] if m.group("rel2") else first
                if last < first:
                    continue  # 'tomorrow and today': no span
                out.append(_days(Span(m.start(), m.end()), base + dt.timedelta(days=first),
                                 base + dt.timedelta(days=last)))
        # 'last Tuesday' in a dated page: the latest Tuesday before its date
        weekdays = any(day in self.text for day in WEEKDAYS)  # (which both patterns below need)
        for m in LAST_WEEKDAY.finditer(self.text) if weekdays else ():
            base = self.date_at(m.start())
            if base is None or any(a <= m.start() < b for a, b in taken):
                continue
            back = (base.weekday() - WEEKDAYS.index(m.group("day"))) % 7 or 7
            first = base - dt.timedelta(days=back)
            last = _through(first, m.group("day2"))
            if m.group("day2") and last >= base:
                continue  # 'last Friday and Monday' across the page's date: not settled
            out.append(_days(Span(m.start(), m.end()), first, last))
        # 'on Thursday and Friday' told in the past: the latest such days up to the page's date; '... last week': that week's
        for m in ON_WEEKDAY.finditer(self.text) if weekdays else ():
            base = self.date_at(m.start())
            if base is None or any(a <= m.start("day") < b for a, b in taken):
                continue
            this_week = m.group("this_week") or m.group("this")
            if m.group("this") and WEEKDAYS.index(m.group("day")) < base.weekday():
                continue  # 'this Monday' on a Wednesday: the one past, or the next? not settled
            if m.group("next"):  # 'next Tuesday' on a Friday; on a Monday, tomorrow or a week on? not settled
                first = base + dt.timedelta(days=(WEEKDAYS.index(m.group("day")) - base.weekday()) % 7 or 7)
                if first.weekday() > base.weekday():
                    continue
            elif this_week or m.group("last_week") or m.group("next_week"):
                monday = base - dt.timedelta(days=base.weekday() + (7 if m.group("last_week") else 0 if this_week else -7))
                first = monday + dt.timedelta(days=WEEKDAYS.index(m.group("day")))
            elif (week := self._week_told(out, m)) is not None:
                # 'on Thursday next week, followed by ... on Friday': a later day of the week just told
                first = week + dt.timedelta(days=(WEEKDAYS.index(m.group("day")) - week.weekday()) % 7)
            else:
                sentence = self.sentence_at(m.start())
                chunk = self.text[sentence.start:sentence.end]
                # not a participle: 'chaired by the minister', 'the session is held on Thursday' say no past
                past = any(not re.match(r"\s+by\b", chunk[v.end():]) and not re.search(r"\b(?:is|are|be)\s+$", chunk[:v.start()])
                           for v in PAST_VERB.finditer(chunk)) or bool(_WAS.search(chunk))
                future = bool(FUTURE.search(chunk))
                if past and future:  # the weekday's own clause's: 'met in Riga on Tuesday at the invitation of X, which will ...'
                    own = chunk[:m.start() - sentence.start].rsplit(",", 1)[-1].rsplit(";", 1)[-1]
                    past, future = bool(PAST_VERB.search(own) or _WAS.search(own)), bool(FUTURE.search(own))
                if past == future:
                    continue  # a tense that does not say which Thursday
                ahead = (WEEKDAYS.index(m.group("day")) - base.weekday()) % 7
                if future and ahead == 0:
                    continue  # 'will meet on Friday' on a Friday: today, or a week on
                # 'met on Thursday': the latest Thursday up to the page's day; 'will open ... on Friday': the next one
                first = base + dt.timedelta(days=ahead) if future else \
                    base - dt.timedelta(days=(base.weekday() - WEEKDAYS.index(m.group("day"))) % 7)
            last = _through(first, m.group("day2"))
            if m.group("day2") and (last > base or (m.group("last_week") and last.weekday() < first.weekday())) and \
                    first <= base:
                continue  # across the page's date: not settled
            out.append(_days(Span(m.start("day"), m.end()), first, last))
        out.sort(key=lambda d: d.span.start)
        # 'the following day', 'the day before': from the last day the same or the previous
        # sentence states
        for m in DAY_AFTER.finditer(self.text):
            sentence = self.sentence_at(m.start())
            previous = self.previous_sentence(sentence)
            since = previous.start if previous else sentence.start
            delta = DAY_AFTER_DELTA[(m.group("rel") or m.group("rel2")).lower()]
            if any(re.fullmatch(r"\s*,\s*", self.text[d.span.end:m.start()]) for d in out if d.span.end <= m.start()):
                continue  # 'On Tuesday, the day before her visit, ...': the day just told, told again
            named = _NAMED_EVENT.match(self.text, m.end()) if m.group("rel2") else None
            if named:
                # 'the day before the heads' meeting': from the day of the meeting the text named so, not
                # from the last date it stated
                base = self._day_of_event(named, sentence, out, delta)
                if base:
                    day = base + dt.timedelta(days=delta)
                    out.append(_days(Span(m.start(), m.end()), day, day))
                continue
            base = next(((d.start if delta < 0 else d.end).to_date() for d in reversed(out)
                         if since <= d.span.start and d.span.end <= m.start() and d.end.to_date()), None)
            if base:
                day = base + dt.timedelta(days=delta)
                out.append(_days(Span(m.start(), m.end()), day, day))
        out.sort(key=lambda d: d.span.start)
        return out

    def _week_told(self, dates: list[ResolvedDate], m: re.Match[str]) -> dt.date | None:
        """The day of 'on Thursday next week' (or 'last week') told earlier in the sentence of a
        weekday that follows it with no week of its own ('..., followed by ... on Friday')."""
        sentence = self.sentence_at(m.start())
        for d in reversed(dates):
            if sentence.start <= d.span.start and d.span.end <= m.start() and d.expr.pattern == "relative-day" and \
                    re.search(r"(?i)\b(?:next|last)\s+week\s*$", self.text[d.span.start:d.span.end]):
                return d.end.to_date()
        return None

    def _day_of_event(self, named: re.Match[str], sentence: Sentence, dates: list[ResolvedDate],
                      delta: int) -> dt.date | None:
        """The day of the event 'the heads' meeting' names: that of the nearest sentence before
        that names it with the same words ('the annual meeting of the heads ... yesterday')."""
        words = [w for w in re.findall(r"[A-Za-z]{3,}", named.group("what")) if w.lower() not in ("the", "and")]
        noun = named.group("noun")
        for earlier in reversed(self.sentences[:self.sentence_index(sentence.start)]):
            chunk = self.text[earlier.start:earlier.end]
            if not re.search(rf"(?i)\b{noun}", chunk) or not all(
                    re.search(rf"(?i)\b{re.escape(w.rstrip('s'))}", chunk) for w in words):
                continue
            found = [d for d in dates if earlier.start <= d.span.start and d.span.end <= earlier.end and d.end.to_date()]
            if len(found) == 1:
                return (found[0].start if delta < 0 else found[0].end).to_date()
            return None
        return None

    def date_at(self, offset: int) -> dt.date | None:
        """The date a passage is read at: the document's, else (in a listing) the last full
        date its item states before it."""
        return self.doc_date or (self._last_full_date(offset) if self.doc.parts else None)

    def stated_date_near(self, offset: int) -> dt.date | None:
        """For placing a term in a calendar when the document has no date of its own: the
        last full date the text states before an offset, else the first one after it."""
        before = [d for start, d in self._full_dates if start < offset]
        if before:
            return before[-1]
        return self._full_dates[0][1] if self._full_dates else None

    def _last_full_date(self, offset: int) -> dt.date | None:
        """Without a document date, a yearless date is read against the last full date
        stated before it in the same part ('On 2 July 2024 ... took place on 2 July')."""
        part = self.part_at(offset)
        last = None
        for start, date in self._full_dates:
            if start >= offset:
                break
            if self.part_at(start) == part:
                last = date
        return last

    @cached_property
    def _full_dates(self) -> list[tuple[int, dt.date]]:
        """The full dates the text states, but a banner's day of viewing ('Today: 14 March 2026')."""
        return [(e.span.start, e.start.to_date()) for e in self.exprs if e.start.to_date()
                and not VIEWED_ON.search(self.text, max(0, e.span.start - 30), e.span.start)]

    @cached_property
    def _date_starts(self) -> list[int]:
        return [d.expr.span.start for d in self.dates]  # (the dates are in the order of their starts)

    def dates_in(self, start: int, end: int) -> list[ResolvedDate]:
        dates, starts = self.dates, self._date_starts
        out = []
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            if dates[i].expr.span.end <= end:
                out.append(dates[i])
        return out

    @cached_property
    def relative_years(self) -> list[tuple[Span, int]]:
        """'this year', 'next year' from the page's date; 'In the same year' in a timeline's entry,
        the entry's (not the page's: 'this year' there is still the page's)."""
        out = relative_years(self.text, self.doc_date)
        for a, b, year in self._entries:
            out += [(Span(m.start(), m.end()), year) for m in _ENTRY_SAME_YEAR.finditer(self.text, a, b)]
        return sorted(out, key=lambda x: x[0].start)

    def years_in(self, start: int, end: int) -> list[tuple[Span, int]]:
        """Single years stated in a span: explicit years, years of full dates, and
        'this/next year' when the document date is known. Periods ('2022-2025') and
        regulation numbers are not years."""
        out: list[tuple[Span, int]] = []
        for d in self.dates_in(start, end):
            if d.expr.pattern == "years":
                continue
            if d.start.year is not None and d.start.year == d.end.year:
                out.append((d.span, d.start.year))
        out.extend((span, year) for span, year in self.relative_years
                   if start <= span.start and span.end <= end)
        return sorted(out, key=lambda x: x[0].start)
