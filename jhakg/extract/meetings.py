"""Meetings: a sentence (or heading line) that names a meeting — a meeting noun or a
verb of meeting — and a date. Place, chair or host, participants and topics come from
the same sentence and from the sentences that refer back to it ('The meeting will be
chaired by ...'). A meeting whose day the text does not settle is kept with its stated
precision (month or year) or, with no year at all, left out."""

from __future__ import annotations

import re

from ..kinds import Fact, PartialDate, Span
from ..kinds.meeting import Meeting
from ..namespaces import JHA
from ..regexes import compiled
from .context import Context, ResolvedDate, Sentence
from .meeting_actors import fill
from .meeting_items import (
    DATE_LABEL,
    ITEM_MARK,
    ITEM_PLACE,
    city_after,
    date_alone,
    item_dateline,
    item_place,
    lines_after,
    to_end_date,
    under_item_line,
    with_next_day,
)
from .meeting_lists import day_and_city_draft, news_item, online, opens_with_date
from .meeting_lists import listed as listed_item
from .meeting_merges import continuations, ended, merge, next_day
from .meeting_places import (
    dateline_of_its_days,
    dateline_place,
    is_line,
    place_near,
    venue_after,
    venue_line,
)
from .meeting_words import (
    ANAPHOR,
    APPEAR_BEFORE,
    COUNCIL_TODAY,
    HEARD,
    INVITED_TO,
    INVITED_TO_WORDS,
    MEAL,
    MEAL_WORDS,
    MEETING_ENDS,
    MEETING_NOUN,
    MEETING_NOUN_WORDS,
    MEETING_VERB,
    MEETING_VERB_WORDS,
    REMOTE,
    SIGNING,
    SIGNING_WORDS,
    MeetingDraft,
    called_off,
    days_of,
    in_its_clause,
    kind_words,
    meeting_dates,
    noun_start,
    other_meetings,
    own_words,
    pick_date,
    remote_date,
)
from .people import People

BROUGHT = compiled(r"(?i)(?:brought|(?:will\s+)?bring(?:s|ing)?)\s+together")
# days of one verb, each its own meeting: 'on 25 March and on 6 July', 'on 4 June and again on 1 December'
_AND_ON = compiled(r"\s*,?\s*(?:and|then)\s+(?:again\s+|also\s+|once\s+more\s+|later\s+)?on\s+(?:the\s+)?")


# the body that met, named again after its meeting with an apposition: 'The Board, chaired by NAME, approved ...'
# (not 'The Board is chaired by NAME': who chairs it, not who chaired that meeting)
_THE_BOARD = compiled(r"(?:The|Its)\s+(?:Management\s+|Executive\s+)?Board\s*,")
# 'no' before a meeting noun ('No meetings.', 'no formal meeting is planned'): no meeting
_NO_BEFORE = compiled(r"(?i)(?<![\w-])no[ \t]+(?:[\w-]+[ \t]+)?$")


class MeetingFinder:
    def __init__(self, ctx: Context, people: People, skip: list[Span] | None = None):
        self.ctx = ctx
        self.people = people
        self.skip = skip or []  # spans that are not meeting dates (datelines)
        self._triggers: dict[Sentence, tuple[re.Match[str], bool] | None] = {}

    def _council_today(self, sentence: Sentence) -> list[MeetingDraft]:
        """'Brussels, 4 March 2024 - The Council today adopted ...': the Council met that day, in
        the city its dateline names (a page date with no city does not say it met: acts are
        also adopted in writing)."""
        ctx = self.ctx
        m = COUNCIL_TODAY.search(ctx.text, sentence.start, sentence.end)
        if m is None:
            return []
        date = next((d for d in ctx.dates_in(sentence.start, sentence.end)
                     if d.expr.pattern == "relative-day" and d.span.start == m.start(m.lastgroup)), None)
        if date is None or date.start.to_date() != ctx.doc_date:
            return []
        draft = MeetingDraft(date.start, date.end, date.span, sentence, ctx.part_at(sentence.start), "Council meeting",
                             evidence=[Span(sentence.start, sentence.end)], rule="meeting.council-today", confidence=0.7,
                             council=True)
        dateline_place(self.ctx, self.skip, draft, date)
        return [draft] if draft.place else []  # only under a dateline that names where

    def _trigger(self, sentence: Sentence) -> tuple[re.Match[str], bool] | None:
        """The word that makes a sentence about a meeting: a meeting noun (True), else a verb
        of meeting or of signing an agreement (False); once a sentence (a sentence is also
        read as the one after a meeting's)."""
        if sentence not in self._triggers:
            self._triggers[sentence] = self._find_trigger(sentence)
        return self._triggers[sentence]

    def _find_trigger(self, sentence: Sentence) -> tuple[re.Match[str], bool] | None:
        ctx, start, end = self.ctx, sentence.start, sentence.end
        chunk = ctx.text[start:end]
        noun = MEETING_NOUN.search(chunk) if ctx.holds_any(start, end, MEETING_NOUN_WORDS) else None
        while noun and _NO_BEFORE.search(chunk, 0, noun.start()):  # 'No meetings.': none
            noun = MEETING_NOUN.search(chunk, noun.end())
        noun = noun or (MEAL.search(chunk) if ctx.holds_any(start, end, MEAL_WORDS) else None)
        if noun:
            return noun, True
        listed = listed_item(self.ctx, sentence)
        if listed:
            return listed, True
        verb = MEETING_VERB.search(chunk) if ctx.holds_any(start, end, MEETING_VERB_WORDS) else None
        if verb and re.match(r"(?i)(?:took|take|takes|will take) place|(?:was|were|is|will be) held", verb.group(0)):
            return None  # 'the action day took place': something happened, not necessarily a meeting
        if not verb and ctx.holds_any(start, end, SIGNING_WORDS):
            verb = SIGNING.search(chunk)
        if not verb:
            invited = INVITED_TO.search(chunk) if ctx.holds_any(start, end, INVITED_TO_WORDS) else None
            at = sentence.start + invited.end() if invited else 0
            if invited and any(c.start == at for c in self.ctx.matches_in(at, min(end, at + 40), {"city"})):
                verb = invited  # 'has invited the ministers to Riga on 4 May', 'welcomes the heads to Tallinn'
        return (verb, False) if verb else None

    def _appearance(self, sentence: Sentence) -> str | None:
        """An appearance before a committee, which is a meeting of that committee: 'presented
        the priorities to the LIBE committee', 'will report to COSI', 'The Committee on Civil
        Liberties ... heard the candidate'. Returns the meeting's kind."""
        ctx, text = self.ctx, self.ctx.text
        for m in ctx.matches_in(sentence.start, sentence.end, {"organisation"}):
            entity = ctx.gaz.entities.get(m.entity)
            if entity is None or str(JHA.Committee) not in entity.types:
                continue
            name = ctx.gaz.notation(m.entity) or text[m.start:m.end]
            before = text[sentence.start:m.start]
            if APPEAR_BEFORE.search(before):
                return f"{name} meeting"
            if HEARD.match(text[m.end:sentence.end]):
                return f"{name} hearing"
        return None

    def drafts(self) -> list[MeetingDraft]:
        ctx = self.ctx
        out: list[MeetingDraft] = []
        sentences = ctx.sentences
        for i, sentence in enumerate(sentences):
            occasion_remote = None
            found = self._trigger(sentence)
            if not found:
                item = day_and_city_draft(ctx, self.people, sentence)
                if item:
                    out.append(item)
                    continue
                kind = self._appearance(sentence)
                if kind:
                    out += self._appearance_drafts(sentence, kind)
                out += self._council_today(sentence)
                continue
            if news_item(ctx, sentence):
                continue  # another page's headline under the day it was put up
            trigger, is_noun = found
            candidates = in_its_clause(meeting_dates(ctx, sentence, self.skip), ctx.text, sentence.start + trigger.start())
            scope = sentence
            dated: list[tuple[ResolvedDate, Sentence]] = []
            if len(candidates) > 1 and self._parallel(candidates, sentence):
                # 'Council meetings on 7-8 October in Luxembourg and 9-10 December in Brussels'
                dated = [(d, sentence) for d in candidates]
            else:
                date = pick_date(candidates, sentence.start + trigger.start(), ctx.text, sentence.start + trigger.end())
                date = with_next_day(ctx.text, date, candidates) if date is not None else None
                # a heading-like line ('Justice and Home Affairs Council'), not a sentence
                # (or a calendar item's description under its date line, opening with the meeting's name: '> 24-25 July
                # 2008 - Brussels' over 'Justice and Home Affairs Council, in the Justus Lipsius building.')
                # (a verb of meeting too under a diary's heading: 'MONDAY 16 NOVEMBER, BRUSSELS' over 'The
                # Committee meets in ...')
                under = date is None and (is_noun or not SIGNING.match(trigger.group(0))) and \
                    trigger.start() < (60 if is_noun else 100) and under_item_line(self.ctx, i)
                if date is None and ((is_noun and is_line(self.ctx, sentence) and ctx.text[sentence.end - 1] not in ".!?")
                                     or under):
                    date, scope = self._date_around(i, under)
                # a speech's occasion over its place and day, though that line is the page's dateline: 'Opening speech
                # by NAME, POST, at the annual meeting of the Heads of the JHA Agencies' over 'Tallinn, 8 November 2016'
                if date is None and is_noun and is_line(self.ctx, sentence, 200) and ctx.text[sentence.end - 1] not in ".!?" \
                        and _OCCASION.match(ctx.text, sentence.start, sentence.start + trigger.start()) and self._over_city_and_day(i):
                    nxt = sentences[i + 1]
                    date, scope = ctx.dates_in(nxt.start, nxt.end)[0], Sentence(sentence.start, nxt.end)
                    # (held at a distance where the speech says so: 'Instead we meet by video-conference')
                    bounds = next(((p.start, p.end) for p in ctx.doc.parts if p.start <= sentence.start < p.end), (0, len(ctx.text)))
                    occasion_remote = next((m for m in REMOTE.finditer(ctx.text, *bounds) if not opens_with_date(
                        ctx, ctx.text.rfind("\n", 0, m.start()) + 1, m.start())), None)  # (not a listed item's: '26/01 Reception (online)')
                if date is not None:
                    dated = [(date, scope)]
            kind = kind_words(ctx, trigger, sentence.start, sentence) if is_noun else self._verb_kind(sentence, trigger)
            for date, scope in dated:
                start, end = self._year_of_noun(date, sentence, trigger) if is_noun else (date.start, date.end)
                if is_noun:  # 'the two-day meeting, which opened yesterday'
                    start, end = days_of(ctx.text, sentence.start, sentence.start + noun_start(trigger), date.span, start, end)
                if start.year is None or (not is_noun and (SIGNING.match(trigger.group(0)) or BROUGHT.match(trigger.group(0)))
                                          and start.precision != "day") or called_off(ctx.text, scope, date.span):
                    continue  # a signing is a meeting on its day ('In July 2023, the EU concluded ...' is not), and
                    # so is bringing people together ('the project brought together experts in 2019' is not)
                draft = MeetingDraft(start, end, date.span, scope, ctx.part_at(sentence.start), kind,
                                     evidence=[Span(scope.start, scope.end)],
                                     remote=remote_date(ctx.text, scope.start, date.span) or online(self.ctx, sentence, kind)
                                     or occasion_remote is not None,
                                     ends_only=start == end and MEETING_ENDS.match(ctx.text, own_words(ctx, sentence, self.skip),
                                                                                   date.span.start) is not None,
                                     **other_meetings(ctx.text, sentence))
                window = self._segment(date, dated, scope) if len(dated) > 1 else scope
                if len(dated) > 1 and ";" in ctx.text[scope.start:scope.end] and (own_trigger := self._trigger(window)):
                    # a clause of its own between semicolons: its own words say what and whether at a distance
                    draft.kind = kind_words(ctx, own_trigger[0], window.start, window) if own_trigger[1] else \
                        self._verb_kind(window, own_trigger[0])
                    draft.remote = remote_date(ctx.text, window.start, date.span) or online(self.ctx, window, draft.kind)
                # one of several meetings in a sentence is the Council's unless its own part names another meeting
                # ('after the Council of 12 June in Luxembourg and after the Board, meeting in Riga on 24 June')
                own = ctx.text[window.start:window.end]
                draft.council = _COUNCIL_MEETING.search(kind) is not None and (
                    len(dated) == 1 or _COUNCIL_MEETING.search(own) is not None or not MEETING_NOUN.search(own))
                if out and len(dated) > 1 and out[-1].sentence == scope and out[-1].remote and \
                        _AND_ON.fullmatch(ctx.text, out[-1].date_span.end, date.span.start):
                    draft.remote = True  # 'online on 9 June and on 22 September'
                if len(dated) > 1:
                    place_near(self.ctx, draft, date, window)
                fill(self.ctx, self.people, draft, window)
                # the sentences that follow and refer back to this meeting ('The meeting was
                # chaired by ...', 'The agreement was signed in Vienna') add place, chair, host
                signing = not is_noun and SIGNING.match(trigger.group(0)) is not None
                for follow in sentences[i + 1:i + 6] if len(dated) == 1 else ():
                    chunk = ctx.text[follow.start:follow.end]
                    if ctx.part_at(follow.start) != draft.part or (
                            self._trigger(follow) and meeting_dates(ctx, follow, self.skip)):
                        break  # another part, or another meeting
                    if (ANAPHOR.search(chunk) or (signing and SIGNING.search(chunk)) or _THE_BOARD.match(chunk)) and \
                            fill(self.ctx, self.people, draft, follow):
                        draft.evidence.append(Span(follow.start, follow.end))
                if len(dated) == 1 and draft.refers_back and draft.place is None and not draft.remote:
                    self._told_before(draft, scope)
                if draft.place is None and not draft.remote and (date.expr.pattern == "relative-day" or "here" in ctx.text[
                        sentence.start:sentence.end]):
                    dateline_place(self.ctx, self.skip, draft, date)
                if draft.place is None and not draft.remote and (date.span.end <= sentence.start or re.match(
                        r"[ \t]*\|", ctx.text[date.span.end:date.span.end + 4])):
                    item_place(self.ctx, draft, date)  # the date on a line over the meeting's, or a bar after it
                if draft.place is None and not draft.remote:
                    venue_line(self.ctx, draft)
                if draft.place is None and not draft.remote:
                    venue_after(self.ctx, draft)
                if draft.place is None and not draft.remote:
                    dateline_of_its_days(self.ctx, draft)
                last = out[-1] if out and len(dated) > 1 else None
                if last is not None and last.sentence == draft.sentence and draft.place is None and last.place and \
                        re.search(r"(?i)\bsame\s+(?:venue|place|location)\b", own):
                    draft.place, draft.place_span = last.place, last.place_span  # '...; will meet at the same venue tomorrow'
                if last is not None and last.sentence == draft.sentence and last.place and last.place == draft.place and (
                        next_day(last, draft) or next_day(draft, last)):
                    # 'welcomed the ministers today; ... will meet at the same venue tomorrow': one meeting's two days
                    last.start, last.end = (draft.start, last.end) if next_day(draft, last) else (last.start, draft.end)
                    continue
                out.append(draft)
        # merge mentions of one meeting, join second days, then merge what now falls inside; a meeting
        # known only by the day it ended lends that day's place to one whose days the text gives
        return [d for d in ended(merge(continuations(merge(out)))) if not d.ends_only]

    def _told_before(self, draft: MeetingDraft, sentence: Sentence) -> None:
        """'The heads of the agencies met in Vilnius. The annual meeting on Thursday ...': a
        sentence that opens on the meeting refers back to the one before it in its paragraph,
        which tells where (and at whose invitation) when it gives no day of its own."""
        prev = self.ctx.previous_sentence(sentence)
        if prev is None or "\n" in self.ctx.text[prev.end:sentence.start] or meeting_dates(self.ctx, prev, self.skip):
            return
        if fill(self.ctx, self.people, draft, prev):
            draft.evidence.insert(0, Span(prev.start, prev.end))

    def _appearance_drafts(self, sentence: Sentence, kind: str) -> list[MeetingDraft]:
        date = pick_date(meeting_dates(self.ctx, sentence, self.skip, appearance=True), sentence.start, self.ctx.text)
        if date is None or date.start.year is None:
            return []
        draft = MeetingDraft(date.start, date.end, date.span, sentence, self.ctx.part_at(sentence.start), kind,
                             evidence=[Span(sentence.start, sentence.end)], rule="meeting.appearance", confidence=0.75)
        fill(self.ctx, self.people, draft, sentence)
        return [draft]

    def _parallel(self, dates: list[ResolvedDate], sentence: Sentence) -> bool:
        """Several meetings in one sentence: each date with its own place, or each date
        after its own meeting word ('at the Council of 7 December 2017 and at the Council
        of 14 September 2017')."""
        days = [(d.start.to_date(), d.end.to_date()) for d in dates]
        if any(a[0] and b[0] and a[1] and b[1] and a[0] <= b[1] and b[0] <= a[1] for k, a in enumerate(days) for b in days[k + 1:]):
            return False  # days that overlap are one meeting's: 'today closed the meeting ..., held on 20 and 21 November'
        segments = [self._segment(d, [(x, sentence) for x in dates], sentence) for d in dates]
        if all(self.ctx.matches_in(seg.start, seg.end, {"city"}) for seg in segments):
            return True
        text = self.ctx.text
        # 'met in The Hague on 4 February, in Strasbourg on 17-18 June and online on 23 September' (each date
        # with its city or held at a distance, or joined to the one before: '... online on 9 June and on 22 September')
        if any(self.ctx.matches_in(seg.start, seg.end, {"city"}) for seg in segments) and all(
                self.ctx.matches_in(seg.start, seg.end, {"city"}) or remote_date(text, seg.start, d.span)
                or (k and _AND_ON.fullmatch(text, dates[k - 1].span.end, d.span.start))
                for k, (seg, d) in enumerate(zip(segments, dates, strict=True))):
            return True
        if all(d.start == d.end and d.start.precision == "day" for d in dates) and all(
                _AND_ON.fullmatch(text, a.span.end, b.span.start) for a, b in zip(dates, dates[1:], strict=False)):
            return True  # 'met by videoconference on 4 June and again on 1 December'
        if all(MEETING_NOUN.search(text[seg.start:d.span.end]) for seg, d in zip(segments, dates, strict=True)):
            return True
        # each date in a clause of its own between semicolons, each clause with a meeting's word: 'On 14 October the
        # Board met online, chaired by A; on 20 October B visited Frontex in Warsaw; and on 9-10 November CEPOL hosted ...'
        return all(";" in text[a.span.end:b.span.start] for a, b in zip(dates, dates[1:], strict=False)) and all(
            MEETING_NOUN.search(text[seg.start:seg.end]) or MEETING_VERB.search(text[seg.start:seg.end]) for seg in segments)

    def _segment(self, date: ResolvedDate, dated: list, scope: Sentence) -> Sentence:
        """The part of a sentence that belongs to one of its dates: from the end of the
        previous date to the start of the next, within the date's clause where semicolons
        part them ('On 14 October the Board met online, chaired by A; on 20 October B visited ...')."""
        spans = sorted(d.span.start for d, _ in dated)
        ends = sorted(d.span.end for d, _ in dated)
        i = spans.index(date.span.start)
        start = ends[i - 1] if i > 0 else scope.start
        end = spans[i + 1] if i + 1 < len(spans) else scope.end
        text = self.ctx.text
        start = max(start, text.rfind(";", start, date.span.start) + 1)
        cut = text.find(";", date.span.end, end)
        return Sentence(start, cut if cut >= 0 else end)

    def _date_around(self, i: int, under: bool = False) -> tuple[ResolvedDate | None, Sentence]:
        """A meeting named on a short line takes its date from the short lines that follow
        it (a 'Meeting information' block: number, place, date) or from a bare date line
        just before it (a day's programme under a date heading)."""
        ctx, sentences = self.ctx, self.ctx.sentences
        here = sentences[i]
        # (under an item's date line, the date above: the short line below is the next item's; so too right under a
        # date alone on its line, a diary's day over its item, when a blank line parts it from the lines below)
        above = sentences[i - 1] if i else None
        under = under or (above is not None and ctx.text[above.end:here.start].count("\n") == 1 and "\n\n" in ctx.text[
            here.end:here.end + 3] and date_alone(ctx, above))
        for k, nxt in enumerate(sentences[i + 1:i + 4] if not under else (), start=i + 1):
            if not is_line(self.ctx, nxt, 80) or news_item(ctx, nxt) or ITEM_MARK.match(ctx.text, nxt.start).group().strip() \
                    or item_dateline(ctx, nxt):
                break  # (nor the next item of a calendar: '▸ 2 April 2026 | Brussels')
            date = pick_date(meeting_dates(ctx, nxt, self.skip), nxt.start, ctx.text)
            if date is not None:
                date, k = to_end_date(ctx, self.skip, date, k)
                # the block goes on with the time and the venue ('8:15', 'The Egmont Palace, Brussels')
                return date, Sentence(here.start, lines_after(self.ctx, k, sentences[k].end, self._no_short_line))
        # an event page's head: its title, a subtitle, share lines, then 'Date: 5-6 November 2015'
        for k, nxt in enumerate(sentences[i + 1:i + 8] if not under else (), start=i + 1):
            if not is_line(self.ctx, nxt, 120):
                break
            if DATE_LABEL.match(ctx.text, nxt.start) and (date := pick_date(meeting_dates(ctx, nxt, self.skip), nxt.start, ctx.text)):
                date, k = to_end_date(ctx, self.skip, date, k)
                return date, Sentence(here.start, lines_after(self.ctx, k, sentences[k].end, self._no_short_line))
        for prev in reversed(sentences[max(0, i - 3):i]):
            if not is_line(self.ctx, prev, 80):
                break
            dates = ctx.dates_in(prev.start, prev.end)
            # not the page's own date line over its headline ('26 January 2022' over 'First meeting of the Board')
            if dates and any(s.start <= dates[0].span.start < s.end for s in self.skip):
                break
            if dates and dates[0].span.start == prev.start and dates[0].span.end >= prev.end - 1:
                # and the item's short lines after it ('Nicosia, Cyprus', 'Organiser: eu-LISA') up to a blank line
                end = lines_after(self.ctx, i, here.end, lambda end, more: (
                    "\n\n" in ctx.text[end:more.start] or self._no_short_line(end, more)))
                return dates[0], Sentence(prev.start, end)
            # a calendar's item: '▸ 23–24 January 2020 | Zagreb' over the meeting's line, and the item's lines
            # after it ('Chaired by ...') up to a blank line
            lead = ITEM_MARK.match(ctx.text, prev.start)
            if dates and dates[0].span.start == lead.end() and (
                    ITEM_PLACE.fullmatch(ctx.text, dates[0].span.end, prev.end)
                    or (lead.group().strip() and dates[0].span.end >= prev.end - 1)
                    or city_after(self.ctx, dates[0].span.end, prev.end)):
                end = lines_after(self.ctx, i, here.end, lambda end, more: (
                    "\n\n" in ctx.text[end:more.start] or self._trigger(more) is not None))
                return dates[0], Sentence(prev.start, end)
        return None, here

    def _over_city_and_day(self, i: int) -> bool:
        """Whether the line after sentence ``i`` is only a city and a day ('Tallinn, 8 November 2016')."""
        ctx = self.ctx
        if i + 1 >= len(ctx.sentences):
            return False
        nxt = ctx.sentences[i + 1]
        cities, dates = ctx.matches_in(nxt.start, nxt.end, {"city"}), ctx.dates_in(nxt.start, nxt.end)
        return is_line(ctx, nxt, 60) and bool(cities) and cities[0].start == nxt.start and bool(dates) and \
            re.fullmatch(r",?[ \t]*", ctx.text[cities[0].end:dates[0].span.start]) is not None and dates[0].span.end >= nxt.end - 1

    def _no_short_line(self, end: int, more: Sentence) -> bool:
        """A sentence that is no short line of a block: a long one, or one that ends as prose does."""
        return not is_line(self.ctx, more, 80) or self.ctx.text[more.end - 1] in ".!?"

    def _year_of_noun(self, date: ResolvedDate, sentence: Sentence, trigger: re.Match[str]) -> tuple[PartialDate, PartialDate]:
        """A yearless date of a meeting whose noun carries its year: 'held its first 2023
        meeting on 12 January'."""
        if date.start.year is not None:
            return date.start, date.end
        m = re.search(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+)?$", self.ctx.text[sentence.start:sentence.start + trigger.start()])
        if not m:
            return date.start, date.end
        year = int(m.group(1))
        return (PartialDate(year, date.start.month, date.start.day), PartialDate(year, date.end.month, date.end.day))

    def _verb_kind(self, sentence: Sentence, trigger: re.Match[str]) -> str:
        signing = SIGNING.match(trigger.group(0))
        if signing:
            what = re.sub(r"\s+", " ", signing.group("what") or "the " + signing.group("what2")).strip()
            return "Signing of " + what
        if trigger.group(0).lower().startswith("welcom"):
            return "Visit"
        part = self.ctx.part_at(sentence.start)
        for p in self.ctx.doc.parts:
            if p.index == part:
                m = MEETING_NOUN.search(p.title)
                if m:
                    return _kind_words_plain(p.title, m)
        chunk = self.ctx.text[sentence.start:sentence.end]
        if re.search(r"(?i)\bvisit", chunk):
            return "Visit"
        # 'to meet the directors of the nine EU agencies' / 'the members of the group met'
        m = re.search(r"(?i)\bmeet\s+((?:the|their|its)\s+[^,.;:—()]{3,80}?)(?=\s+(?:in|on|at|to|for|and|—)\b|[,.;:—(]|$)", chunk)
        if m:
            return "Meeting with " + m.group(1)
        # 'brought together the agencies' liaison officers at its headquarters'
        m = re.search(r"(?i)\b(?:brought|bring(?:s|ing)?)\s+together\s+((?:the|their|its)\s+[^,.;:—()]{3,80}?)(?=\s+(?:in|on|at|to|for|and|—)\b|[,.;:—(]|$)",
                      chunk)
        if m:
            return "Meeting of " + m.group(1)
        m = re.search(r"((?:the|The)\s+[^,.;:—()]{3,80}?)\s+(?:met|meets|gathered|gathers|convened|convenes)\b", chunk)
        if m:
            return "Meeting of " + m.group(1)[0].lower() + m.group(1)[1:]
        return "Meeting"


def _kind_words_plain(title: str, m: re.Match[str]) -> str:
    right = re.match(r"(\s+(?:of|on)\s+(?:the\s+)?(?:[A-Z0-9][\w’'()-]*\s*|and\s+|of\s+|the\s+)+)", title[m.end():])
    kind = m.group(0) + (right.group(1).rstrip() if right else "")
    return kind[:1].upper() + kind[1:]


# a meeting of the Council of the EU, which its presidency chairs (not the European Council, nor the Council of Europe)
_COUNCIL_MEETING = compiled(r"(?i)^(?!.*\bEuropean\s+Council\b)(?!.*\bCouncil\s+of\s+Europe\b).*\bCouncil\b")


# a speech's occasion: 'Opening speech by NAME, POST, at the', 'Keynote address at the', 'Remarks of NAME to the'
_OCCASION = compiled(r"(?i)[^\n]*\b(?:speech|address|remarks|keynote|statement|intervention|presentation)\b[^\n]*\b(?:at|to|before)\s+")
_PRESIDENCY = compiled(r"(?i)\bpresiden(?:cy|cies)\b")


def _presidency_chair(ctx: Context, draft: MeetingDraft) -> None:
    """A Council meeting the text names no chair or host of, in a page that names the member
    state holding the Council's presidency on its day (the reference data's rotation) and a
    presidency, is chaired by that member state."""
    day = draft.start.to_date()
    if draft.chair or draft.host or day is None or not draft.council:
        return
    term = ctx.gaz.council_term_on(day)
    if term is not None and _PRESIDENCY.search(ctx.text) and any(
            m.entity == term.member_state for m in ctx.matches_in(0, len(ctx.text), {"country", "demonym"})):
        draft.chair, draft.chair_kind = term.member_state, "country"


def extract_meetings(ctx: Context, people: People, skip: list[Span] | None = None) -> list[Fact]:
    drafts = MeetingFinder(ctx, people, skip).drafts()
    facts = []
    for d in drafts:
        _presidency_chair(ctx, d)
        facts.append(Fact(Meeting(d.start, d.end, d.place, d.kind, d.chair, d.chair_kind, d.host, d.host_kind,
                                  sorted(d.participants), sorted(d.topics)),
                          d.evidence, d.rule, d.confidence if d.start.precision == "day" else 0.6, d.part))
    return facts
