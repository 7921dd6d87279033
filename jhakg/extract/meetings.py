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
from .context import BULLET, Context, ResolvedDate, Sentence
from .meeting_merges import continuations, ended, merge, next_day
from .meeting_places import (
    capital,
    dateline_place,
    is_line,
    place_near,
    seat,
    stated_as_place,
    venue_after,
    venue_line,
)
from .meeting_words import (
    ANAPHOR,
    APPEAR_BEFORE,
    CAPITAL,
    CHAIR,
    CHAIR_SUBJECT,
    COUNCIL_TODAY,
    HEARD,
    HOST,
    HOST_SUBJECT,
    INVITED_TO,
    MEETING_ENDS,
    MEETING_NOUN,
    MEETING_NOUN_WORDS,
    MEETING_VERB,
    MEETING_VERB_WORDS,
    NON_EVENT,
    REMOTE,
    SIGNING,
    SIGNING_WORDS,
    UNDER_DEMONYM,
    VISITED,
    MeetingDraft,
    days_of,
    kind_words,
    meeting_dates,
    own_words,
    pick_date,
    remote_date,
)
from .people import People

BROUGHT = re.compile(r"(?i)brought\s+together")
# a list under a heading or lead-in of events ('Upcoming events', 'Network calendar 2026', 'Diary', 'the
# webinar programme:'): each item that opens with its date is a meeting, named by the words that follow
EVENTS_HEAD = re.compile(r"(?i)\b(?:events?|calendar|diary|webinars?|coming\s+up|upcoming|forthcoming)\b")
# a diary's line that opens with its date, bulleted or not: '12 May – ...', 'Mon 22 – Tue 23 March: ...'
_LINE_HEAD = re.compile(r"[ \t]*(?:[-•*·–—][ \t]+)?")
_ITEM_SEP = re.compile(r"[ \t]*(?:[:–—-][ \t]*|[ \t]+)")
_ITEM_WORDS = re.compile(r"[A-Za-z][^,(\n]*?(?=\s*(?:[,(]|$))")
WEBINAR = re.compile(r"(?i)\bwebinars?\b")
# days of one verb, each its own meeting: 'on 25 March and on 6 July', 'on 4 June and again on 1 December'
_AND_ON = re.compile(r"\s*,?\s*(?:and|then)\s+(?:again\s+|also\s+|once\s+more\s+|later\s+)?on\s+(?:the\s+)?")


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
                     if d.expr.pattern == "relative-day" and d.span.start == m.start("today")), None)
        if date is None or date.start.to_date() != ctx.doc_date:
            return []
        draft = MeetingDraft(date.start, date.end, date.span, sentence, ctx.part_at(sentence.start), "Council meeting",
                             evidence=[Span(sentence.start, sentence.end)], rule="meeting.council-today", confidence=0.7)
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
        if noun:
            return noun, True
        listed = self._listed(sentence)
        if listed:
            return listed, True
        verb = MEETING_VERB.search(chunk) if ctx.holds_any(start, end, MEETING_VERB_WORDS) else None
        if verb and re.match(r"(?i)(?:took|take|takes|will take) place|(?:was|were|is|will be) held", verb.group(0)):
            return None  # 'the action day took place': something happened, not necessarily a meeting
        if not verb and ctx.holds_any(start, end, SIGNING_WORDS):
            verb = SIGNING.search(chunk)
        if not verb:
            invited = INVITED_TO.search(chunk)
            if invited and self.ctx.matches_in(sentence.start + invited.end(), sentence.start + invited.end() + 40, {"city"}) \
                    and self.ctx.matches_in(sentence.start + invited.end(), sentence.end, {"city"})[0].start == \
                    sentence.start + invited.end():
                verb = invited  # 'has invited the ministers to Riga on 4 May'
        return (verb, False) if verb else None

    def _events_heading(self, sentence: Sentence) -> Span | None:
        head = self.ctx.list_heading(sentence.start) if BULLET.match(self.ctx.text, sentence.start) else self._diary_heading(sentence)
        return head if head and EVENTS_HEAD.search(self.ctx.text, head.start, head.end) else None

    def _diary_heading(self, sentence: Sentence) -> Span | None:
        """The heading over a line of a diary that has no bullets ('COMING UP' over 'Friday 26
        March: ...'): the first line above it, past blank lines and the diary's other lines (each
        opening with its date), that opens with no date and is short."""
        text = self.ctx.text
        if not is_line(self.ctx, sentence, 200) or not self._opens_with_date(sentence.start, sentence.end):
            return None
        end = sentence.start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if line.strip() and not self._opens_with_date(start, end):
                return Span(start, end) if len(line) <= 80 and line.rstrip()[-1:] not in ".!?" else None
            end = start - 1
        return None

    def _opens_with_date(self, start: int, end: int) -> bool:
        dates = self.ctx.dates_in(start, end)
        return bool(dates) and dates[0].span.start == _LINE_HEAD.match(self.ctx.text, start).end()

    def _listed(self, sentence: Sentence) -> re.Match[str] | None:
        """An item of a list of events that opens with its date: '- 6 May: Advisory Group, Tallinn'
        under 'Upcoming events'. The match is the item's words, its kind."""
        ctx, text = self.ctx, self.ctx.text
        bullet = BULLET.match(text, sentence.start)
        dates = ctx.dates_in(sentence.start, sentence.end)
        if not dates or dates[0].span.start != (bullet.end() if bullet else sentence.start) or self._events_heading(sentence) is None:
            return None
        chunk = text[sentence.start:sentence.end]
        sep = _ITEM_SEP.match(chunk, dates[0].span.end - sentence.start)
        words = _ITEM_WORDS.match(chunk, sep.end()) if sep else None
        if words is None or NON_EVENT.search(words.group(0)):
            return None
        return words

    def _online(self, sentence: Sentence, kind: str) -> bool:
        """A webinar, or an item of a list of webinars or that says 'online', has no city."""
        if WEBINAR.search(kind):
            return True
        head = self._events_heading(sentence)
        return head is not None and bool(WEBINAR.search(self.ctx.text, head.start, head.end)
                                         or REMOTE.search(self.ctx.text, sentence.start, sentence.end))

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
            found = self._trigger(sentence)
            if not found:
                kind = self._appearance(sentence)
                if kind:
                    out += self._appearance_drafts(sentence, kind)
                out += self._council_today(sentence)
                continue
            trigger, is_noun = found
            candidates = meeting_dates(ctx, sentence, self.skip)
            scope = sentence
            dated: list[tuple[ResolvedDate, Sentence]] = []
            if len(candidates) > 1 and self._parallel(candidates, sentence):
                # 'Council meetings on 7-8 October in Luxembourg and 9-10 December in Brussels'
                dated = [(d, sentence) for d in candidates]
            else:
                date = pick_date(candidates, sentence.start + trigger.start(), ctx.text, sentence.start + trigger.end())
                # a heading-like line ('Justice and Home Affairs Council'), not a sentence
                if date is None and is_noun and is_line(self.ctx, sentence) and ctx.text[sentence.end - 1] not in ".!?":
                    date, scope = self._date_around(i)
                if date is not None:
                    dated = [(date, scope)]
            kind = kind_words(ctx, trigger, sentence.start, sentence) if is_noun else self._verb_kind(sentence, trigger)
            for date, scope in dated:
                start, end = self._year_of_noun(date, sentence, trigger) if is_noun else (date.start, date.end)
                if is_noun:  # 'the two-day meeting, which opened yesterday'
                    start, end = days_of(ctx.text, sentence.start, sentence.start + trigger.start(), date.span, start, end)
                if start.year is None or (not is_noun and (SIGNING.match(trigger.group(0)) or BROUGHT.match(trigger.group(0)))
                                          and start.precision != "day"):
                    continue  # a signing is a meeting on its day ('In July 2023, the EU concluded ...' is not), and
                    # so is bringing people together ('the project brought together experts in 2019' is not)
                draft = MeetingDraft(start, end, date.span, scope, ctx.part_at(sentence.start), kind,
                                     evidence=[Span(scope.start, scope.end)],
                                     remote=remote_date(ctx.text, scope.start, date.span) or self._online(sentence, kind),
                                     ends_only=start == end and MEETING_ENDS.match(ctx.text, own_words(ctx, sentence, self.skip),
                                                                                   date.span.start) is not None,
                                     refers_back=ANAPHOR.search(ctx.text[sentence.start:sentence.end]) is not None)
                window = self._segment(date, dated, scope) if len(dated) > 1 else scope
                if len(dated) > 1:
                    place_near(self.ctx, draft, date, window)
                self._fill(draft, window)
                # the sentences that follow and refer back to this meeting ('The meeting was
                # chaired by ...', 'The agreement was signed in Vienna') add place, chair, host
                signing = not is_noun and SIGNING.match(trigger.group(0)) is not None
                for follow in sentences[i + 1:i + 6] if len(dated) == 1 else ():
                    chunk = ctx.text[follow.start:follow.end]
                    if ctx.part_at(follow.start) != draft.part or (
                            self._trigger(follow) and meeting_dates(ctx, follow, self.skip)):
                        break  # another part, or another meeting
                    if (ANAPHOR.search(chunk) or (signing and SIGNING.search(chunk))) and self._fill(draft, follow):
                        draft.evidence.append(Span(follow.start, follow.end))
                if draft.place is None and not draft.remote and date.expr.pattern == "relative-day":
                    dateline_place(self.ctx, self.skip, draft, date)
                if draft.place is None and not draft.remote:
                    venue_line(self.ctx, draft)
                if draft.place is None and not draft.remote:
                    venue_after(self.ctx, draft)
                last = out[-1] if out and len(dated) > 1 else None
                if last is not None and last.sentence == draft.sentence and last.place and last.place == draft.place and (
                        next_day(last, draft) or next_day(draft, last)):
                    # 'welcomed the ministers today; ... will meet at the same venue tomorrow': one meeting's two days
                    last.start, last.end = (draft.start, last.end) if next_day(draft, last) else (last.start, draft.end)
                    continue
                out.append(draft)
        # merge mentions of one meeting, join second days, then merge what now falls inside; a meeting
        # known only by the day it ended lends that day's place to one whose days the text gives
        return [d for d in ended(merge(continuations(merge(out)))) if not d.ends_only]

    def _appearance_drafts(self, sentence: Sentence, kind: str) -> list[MeetingDraft]:
        date = pick_date(meeting_dates(self.ctx, sentence, self.skip, appearance=True), sentence.start, self.ctx.text)
        if date is None or date.start.year is None:
            return []
        draft = MeetingDraft(date.start, date.end, date.span, sentence, self.ctx.part_at(sentence.start), kind,
                             evidence=[Span(sentence.start, sentence.end)], rule="meeting.appearance", confidence=0.75)
        self._fill(draft, sentence)
        return [draft]

    def _parallel(self, dates: list[ResolvedDate], sentence: Sentence) -> bool:
        """Several meetings in one sentence: each date with its own place, or each date
        after its own meeting word ('at the Council of 7 December 2017 and at the Council
        of 14 September 2017')."""
        segments = [self._segment(d, [(x, sentence) for x in dates], sentence) for d in dates]
        if all(self.ctx.matches_in(seg.start, seg.end, {"city"}) for seg in segments):
            return True
        text = self.ctx.text
        if all(d.start == d.end and d.start.precision == "day" for d in dates) and all(
                _AND_ON.fullmatch(text, a.span.end, b.span.start) for a, b in zip(dates, dates[1:], strict=False)):
            return True  # 'met by videoconference on 4 June and again on 1 December'
        return all(MEETING_NOUN.search(text[seg.start:d.span.end]) for seg, d in zip(segments, dates, strict=True))

    @staticmethod
    def _segment(date: ResolvedDate, dated: list, scope: Sentence) -> Sentence:
        """The part of a sentence that belongs to one of its dates: from the end of the
        previous date to the start of the next."""
        spans = sorted(d.span.start for d, _ in dated)
        ends = sorted(d.span.end for d, _ in dated)
        i = spans.index(date.span.start)
        start = ends[i - 1] if i > 0 else scope.start
        end = spans[i + 1] if i + 1 < len(spans) else scope.end
        return Sentence(start, end)

    def _date_around(self, i: int) -> tuple[ResolvedDate | None, Sentence]:
        """A meeting named on a short line takes its date from the short lines that follow
        it (a 'Meeting information' block: number, place, date) or from a bare date line
        just before it (a day's programme under a date heading)."""
        ctx, sentences = self.ctx, self.ctx.sentences
        here = sentences[i]
        for k, nxt in enumerate(sentences[i + 1:i + 4], start=i + 1):
            if not is_line(self.ctx, nxt, 80):
                break
            date = pick_date(meeting_dates(ctx, nxt, self.skip), nxt.start, ctx.text)
            if date is not None:
                # the block goes on with the time and the venue ('8:15', 'The Egmont Palace, Brussels')
                block = nxt
                for more in sentences[k + 1:k + 4]:
                    if not is_line(self.ctx, more, 80) or ctx.text[more.end - 1] in ".!?" or ctx.dates_in(more.start, more.end):
                        break
                    block = more
                return date, Sentence(here.start, block.end)
        for prev in reversed(sentences[max(0, i - 3):i]):
            if not is_line(self.ctx, prev, 80):
                break
            dates = ctx.dates_in(prev.start, prev.end)
            # not the page's own date line over its headline ('26 January 2022' over 'First meeting of the Board')
            if dates and any(s.start <= dates[0].span.start < s.end for s in self.skip):
                break
            if dates and dates[0].span.start == prev.start and dates[0].span.end >= prev.end - 1:
                return dates[0], Sentence(prev.start, here.end)
        return None, here

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
        m = re.search(r"(?i)\bbrought\s+together\s+((?:the|their|its)\s+[^,.;:—()]{3,80}?)(?=\s+(?:in|on|at|to|for|and|—)\b|[,.;:—(]|$)",
                      chunk)
        if m:
            return "Meeting of " + m.group(1)
        m = re.search(r"((?:the|The)\s+[^,.;:—()]{3,80}?)\s+(?:met|gathered|convened)\b", chunk)
        if m:
            return "Meeting of " + m.group(1)[0].lower() + m.group(1)[1:]
        return "Meeting"

    def _fill(self, draft: MeetingDraft, sentence: Sentence) -> bool:
        """Read place, chair, host, participants, topics from one sentence."""
        ctx, text = self.ctx, self.ctx.text
        changed = False
        chunk = text[sentence.start:sentence.end]
        if draft.place is None and not draft.remote:
            place = next((m for m in ctx.matches_in(sentence.start, sentence.end, {"city"})
                          if stated_as_place(ctx, m, sentence)), None)
            named = CAPITAL.search(ctx.text, sentence.start, sentence.end)
            if place is not None and named and named.start() < place.start and capital(ctx, draft, sentence):
                changed = True  # 'ended in the Latvian capital, three weeks after the attacks in Paris'
            elif place is not None:
                draft.place, draft.place_span = place.entity, Span(place.start, place.end)
                changed = True
            else:
                changed = capital(ctx, draft, sentence) or changed
        for pattern, slot in ((CHAIR, "chair"), (HOST, "host")):
            for m in pattern.finditer(chunk):
                if self._about_other(sentence.start, sentence.start + m.start()):
                    continue
                who = self._actor_at(sentence.start + m.end(), sentence.end)
                if who and getattr(draft, slot) is None:
                    setattr(draft, slot, who[0])
                    setattr(draft, slot + "_kind", who[1])
                    changed = True
        m = UNDER_DEMONYM.search(chunk)
        if m and draft.chair is None:
            found = ctx.matches_in(sentence.start + m.start("who"), sentence.start + m.end("who"), {"demonym", "country"})
            if found:
                draft.chair, draft.chair_kind = found[0].entity, "country"
                changed = True
        m = HOST_SUBJECT.search(chunk)
        if m and draft.host is None:
            # the subject, not a body its relative clause names ('Eurojust, which chaired the network in 2012, hosted')
            aside = [(sentence.start + r.start(), sentence.start + r.end())
                     for r in re.finditer(r",\s*(?:which|who)\b[^,;]*,", chunk[:m.start()])]
            subject = [x for x in ctx.matches_in(sentence.start, sentence.start + m.start(), {"agency", "organisation", "country"})
                       if not any(a <= x.start < b for a, b in aside)]
            if subject:
                draft.host, draft.host_kind = subject[-1].entity, subject[-1].kind
                changed = True
        m = VISITED.search(chunk)
        if m and draft.host is None:
            visited = ctx.matches_in(sentence.start + m.end(), sentence.start + m.end() + 60, {"agency"})
            if visited and visited[0].start == sentence.start + m.end():
                draft.host, draft.host_kind = visited[0].entity, "agency"
                changed = True
        m = CHAIR_SUBJECT.search(chunk)
        if m and draft.chair is None:
            who = self._subject_actor(sentence.start, sentence.start + m.start())
            if who:
                draft.chair, draft.chair_kind = who
                changed = True
        if draft.place is None and not draft.remote and seat(ctx, draft, sentence):
            changed = True
        for x in ctx.matches_in(sentence.start, sentence.end, {"agency", "organisation", "country"}):
            if x.entity not in (draft.chair, draft.host):
                draft.participants.add(x.entity)
        for person, _ in self.people.roles:
            if sentence.start <= person.start < sentence.end and person.name not in (draft.chair, draft.host):
                draft.participants.add("person:" + person.name)
        for x in ctx.matches_in(sentence.start, sentence.end, {"priority", "system"}):
            draft.topics.add(x.entity)
        return changed

    def _about_other(self, sentence_start: int, at: int) -> bool:
        """'... the Network (JHAAN), which is being chaired by X': the relative clause is
        about the organisation before 'which', not about the meeting."""
        before = self.ctx.text[sentence_start:at]
        m = re.search(r"(?:\([^)]*\))?,\s*(?:which|that|who)\b[^,]*$", before)
        if not m:
            return False
        antecedent_end = sentence_start + m.start()
        return any(x.end >= antecedent_end - 1 for x in self.ctx.matches_in(
            max(sentence_start, antecedent_end - 80), antecedent_end + 1, {"organisation", "agency", "country"}))

    def _subject_actor(self, start: int, verb: int) -> tuple[str, str] | None:
        """Who does what the verb says: the person, or the one holder of the post, named last
        before it in its clause ('The Minister of the Interior chaired ...')."""
        clause = self.ctx.text[start:verb]
        cut = max((m.end() for m in re.finditer(r"[,;:]\s|\b(?:which|who)\s", clause)), default=0)
        for person, _ in reversed(self.people.roles):
            if start + cut <= person.start < verb:
                return person.name, "person"
        for m in reversed(self.ctx.matches_in(start + cut, verb, {"role", "agency", "country"})):
            if m.kind != "role":
                return m.entity, m.kind
            # the one holder of that post, or of a post the subject's title begins with
            # ('Minister Tomasz X' is 'the Minister of the Interior and Administration')
            text = self.ctx.text
            title = text[m.start:verb].lower()
            holders = {p.name for p, phrase in self.people.roles if phrase.role == m.entity} or {
                p.name for p, phrase in self.people.roles
                if title.startswith(text[phrase.start:phrase.end].lower().split(" of ")[0])}
            if len(holders) == 1:
                return holders.pop(), "person"
        return None

    def _actor_at(self, start: int, end: int) -> tuple[str, str] | None:
        ctx = self.ctx
        window_end = min(end, start + 90)
        person = self.people.person_at(start, window_end)
        if person:
            return person.name, "person"
        for m in ctx.matches_in(start, window_end, {"agency", "organisation", "country", "demonym", "role"}):
            gap = ctx.text[start:m.start]
            if not re.fullmatch(r"[\s,]*(?:the\s+)?(?:[\w-]+\s+){0,3}", gap):
                break
            if m.kind == "role":
                # 'chaired by the Estonian Minister of the Interior, Andres Anvelt'
                for person, phrase in self.people.roles:
                    if phrase.start <= m.start < phrase.end or abs(phrase.start - m.start) < 15:
                        return person.name, "person"
                continue
            kind = "country" if m.kind == "demonym" else m.kind
            return m.entity, kind
        return None


def _kind_words_plain(title: str, m: re.Match[str]) -> str:
    right = re.match(r"(\s+(?:of|on)\s+(?:the\s+)?(?:[A-Z0-9][\w’'()-]*\s*|and\s+|of\s+|the\s+)+)", title[m.end():])
    kind = m.group(0) + (right.group(1).rstrip() if right else "")
    return kind[:1].upper() + kind[1:]


def extract_meetings(ctx: Context, people: People, skip: list[Span] | None = None) -> list[Fact]:
    drafts = MeetingFinder(ctx, people, skip).drafts()
    facts = []
    for d in drafts:
        facts.append(Fact(Meeting(d.start, d.end, d.place, d.kind, d.chair, d.chair_kind, d.host, d.host_kind,
                                  sorted(d.participants), sorted(d.topics)),
                          d.evidence, d.rule, d.confidence if d.start.precision == "day" else 0.6, d.part))
    return facts
