"""Council presidencies: '<Demonym> presidency' or 'presidency of <member state>', placed in
the reference calendar by the date of the sentence or of the document (or, for a term the
calendar does not hold, as the text states it in full); and the presidency in whose term a
dated Council meeting falls.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..kinds import Fact, PartialDate, Span
from ..kinds.council_presidency import CouncilPresidency
from ..namespaces import DEFAULT
from ..reference.gazetteer import CouncilTerm, Match
from ..regexes import compiled
from .context import Context, Sentence

DEMONYM_PRESIDENCY = compiled(
    r"\b(?P<who>[A-Z][\w’'-]+)\s+(?:EU\s+|Council\s+){0,2}(?:[Pp]residency|[Pp]resident)(?!\s+of\s+the\s+(?:European\s+)?Commission)(?:\s+of\s+the\s+Council(?:\s+of\s+the\s+(?:European\s+Union|EU))?)?"
    r"|\b[Pp]residency\s+of\s+(?P<of>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# 'the Belgian and Hungarian presidencies', 'the French, Czech and Swedish presidencies'
DEMONYMS_PRESIDENCIES = compiled(r"\b(?P<list>[A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)*\s*,?\s+and\s+[A-Z][\w’'-]+)\s+[Pp]residencies\b")
# a member state named as holding, taking over, handing over or following a Council presidency
_HANDOVER = r"(?:took|take|takes|taking|taken)\s+over|hand(?:s|ed|ing)?\s+over|follow(?:s|ed|ing)?|succeed(?:s|ed|ing)?"
# 'the presidency', 'the rotating presidency', 'the Council presidency', 'the EU Council Presidency'
# (not the presidency of another body: 'the presidency of the Management Board')
_THE_PRESIDENCY = (r"the\s+(?:rotating\s+)?(?:EU\s+)?(?:Council\s+)?presidency"
                   r"(?!\s+of\s+(?!the\s+(?:EU\b|European\s+Union\b|(?:EU\s+)?Council\b(?!\s+of\s+Europe))))")
# (or presiding over the Council, chairing it: 'Belgium presides over the Council of the EU', 'will chair the
# Council of the EU for six months'; not the Council of Europe, nor one of its meetings or bodies)
_THE_COUNCIL = (r"the\s+(?:EU\s+)?Council\b(?:\s+of\s+the\s+(?:EU|European\s+Union)\b)?(?!\s+of\s+Europe)"
                r"(?!\s*['’]s)(?!\s+(?:meeting|working|conclusions|session|configuration|formation|debate))")
_PRESIDES = rf"(?:presid(?:es|ed|ing)\s+over|chair(?:s|ed|ing)?)\s+{_THE_COUNCIL}"
STATE_BEFORE = compiled(rf"(?i)\b(?:(?:{_HANDOVER})\b[^.;]{{0,80}}?\b(?:from|to|by)|(?:followed|succeeded)\s+by"
                          # the presidency or the Council as the subject of a passive: 'The Presidency of the Council
                          # is held by', 'the Council was chaired by'
                          rf"|\b(?:presidency|{_THE_COUNCIL})(?:\s+of\s+the\s+(?:EU\s+)?Council)?(?:\s+of\s+the\s+(?:EU|European\s+Union))?"
                          # (or its participle: 'The Council Presidency held by Luxembourg from 1 July')
                          rf"\s+(?:(?:is|was|will\s+be|has\s+been)\s+)?(?:held|chaired)\s+by)\s+(?:the\s+)?$")
STATE_AFTER = compiled(rf"(?i)^(?:\s*,\s*which)?\s+(?:(?:today|now|then|currently|also|still)\s+)?(?:(?:will\s+)?(?:{_HANDOVER})\b|"
                         rf"(?:holds|held|will\s+hold|is\s+holding|has\s+held|assumed|assumes|will\s+assume|has\s+assumed)\s+"
                         rf"{_THE_PRESIDENCY}|(?:will\s+|is\s+)?{_PRESIDES}|(?:presented|presents|will\s+present|outlined)\s+the\s+"
                         rf"(?:priorities|programme)\s+of\s+its\s+(?:\w+\s+)?presidency)")
# a member state named before ', whose country holds the presidency', ', the country holding the presidency'
WHOSE_COUNTRY = compiled(r"(?i),\s*(?:whose\s+country|the\s+country)\s+(?:(?:today|now|then|currently|also)\s+)?"
                           r"(?:holds|held|holding|will\s+hold|is\s+holding|took\s+over|takes\s+over|has\s+taken\s+over|"
                           rf"will\s+take\s+over)\s+{_THE_PRESIDENCY}\b")
# ... or before 'the Council Presidency, which his country holds': the minister's country, named before
# (or with the relative pronoun left out: 'the Council presidency his country holds from July')
HIS_COUNTRY = compiled(r"(?i)\bpresidency(?:\s+of\s+the\s+(?:EU\s+)?Council)?(?:\s*,\s*which|\s+(?:which|that))?\s+(?:his|her|their)\s+country\s+"
                         r"(?:(?:now|currently|also)\s+)?(?:holds|held|will\s+hold|is\s+holding)\b")
# a member state's months at the head of the Council: 'during Sweden's six months in charge of the Council'
STATE_TERM = compiled(r"(?i)^['’]s\s+(?:six\s+months|half-year|term|turn|semester)\s+(?:in\s+charge\s+of|at\s+the\s+helm\s+of|"
                        rf"chairing|presiding\s+over)\s+{_THE_COUNCIL}")
# a member state named as the holder after the presidency: 'the presidency of the Council, which Italy holds
# from July', 'the presidency that Slovenia holds'
WHICH_STATE = compiled(r"(?i)\bpresidency(?:\s+of\s+the\s+(?:EU\s+)?Council(?:\s+of\s+the\s+(?:European\s+Union|EU))?)?"
                         r"\s*,?\s+(?:which|that)\s+$")
STATE_HOLDS = compiled(r"(?i)^\s+(?:(?:now|currently|then)\s+)?(?:holds|held|will\s+hold|is\s+holding|has\s+held)\b")
# a passage about Council presidencies: the word, or a trio's ('a trio completed by Bulgaria (January-June 2018)')
PASSAGE = compiled(rf"(?i)\bpresiden(?:cy|cies)\b|\btrio\b|\b{_PRESIDES}|\bin\s+charge\s+of\s+{_THE_COUNCIL}|\b{_THE_COUNCIL}\s+(?:is|was|will\s+be|has\s+been)\s+chaired\s+by")
# between a member state and its months on a list's line: dot leaders, a colon or a dash ('Italy ...... July - December
# 2014', 'Latvia: January - June 2015')
_TERM_LEADER = compiled(r"[ \t]*(?:\.{2,}|…+|[:–—-])?[ \t]*")
# the trio's members and their order: 'for six months each: A, B and C, respectively', '..., in that order'
TRIO_ORDER = compiled(r"(?i)\b(?:respectively|in\s+that\s+order|six\s+months\s+each)\b")
# the word, lower-cased, each match of the patterns above and below holds (Context.holds_any)
PRESIDENCY_WORDS = ("presiden",)
PASSAGE_WORDS = ("presid", "trio", "chair", "charge")
PRIORITY_OF = compiled(r"(?i)\bpriorit(?:y|ies)\s+of\s+the\s+(?P<who>[A-Z][\w’'-]+)\s+presidency\b"
                         r"|\b(?P<who2>[A-Z][\w’'-]+)\s+presidency['’]?s?\s+(?:top\s+|main\s+|key\s+)?priorit")


class CouncilTerms:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def council(self, meeting_facts: list[Fact]) -> list[Fact]:
        ctx = self.ctx
        facts: dict[tuple[int, str], Fact] = {}
        for sentence in ctx.sentences:
            when = None
            named = list(self._named_presidencies(sentence))
            for state, span, rule, own in named:
                # the term nearest a date the text states (terms of one member state are ~13 years apart)
                when = when or (self._sentence_date(sentence) or ctx.date_at(sentence.start)
                                or ctx.stated_date_near(sentence.start))
                if (own or when) is None:
                    continue
                term = ctx.gaz.council_term_of(state.entity, own or when)
                stated = term is None
                if stated:
                    # (a term said apart is the state's between the other states named: 'the Latvian Presidency,
                    # which ends on 30 June, and the Luxembourg Presidency, which runs from 1 July until ...')
                    others = [x[0] for x in named if x[0].entity != state.entity and x[2].endswith("demonym")]
                    term = self._stated_term(state, sentence, around=(
                        max([x.end for x in others if x.end <= state.start], default=sentence.start),
                        min([x.start for x in others if x.start >= state.end], default=sentence.end)))
                    below = self._date_line_after(sentence) if term is None else None
                    term = term or (self._stated_term(state, below, near=False) if below else None)
                if term is None:
                    continue
                key = (ctx.part_at(state.start), term.iri)
                if key in facts:
                    facts[key].evidence.append(span)
                    continue
                facts[key] = Fact(CouncilPresidency(term.iri, state.entity, term.start, term.end, stated=stated),
                                  [span], rule + (".stated" if stated else ""),
                                  0.9 if rule.endswith("demonym") else 0.8, key[0])
        for f in meeting_facts:
            day = f.record.start.to_date() if f.record.start else None
            if day is None or not re.search(r"(?i)\bcouncil\b", f.record.kind) or re.search(r"(?i)european council", f.record.kind):
                continue
            term = ctx.gaz.council_term_on(day)
            if term is None:
                continue
            f.record.held_under.append(term.iri)
            key = (f.part, term.iri)
            if key not in facts:
                facts[key] = Fact(CouncilPresidency(term.iri, term.member_state, term.start, term.end),
                                  [f.evidence[0]], "council_presidency.meeting-date", 0.8, f.part)
        self._priorities(facts)
        return list(facts.values())

    def _named_presidencies(self, sentence: Sentence):
        """(member state match, evidence span, rule) for each Council presidency a sentence
        names: 'the Belgian presidency', 'the presidency of Portugal', 'the Belgian and
        Hungarian presidencies', 'took over the presidency from Poland', 'will be followed by
        Cyprus', 'Austria presented the priorities of its presidency'."""
        ctx, text = self.ctx, self.ctx.text
        chunk = text[sentence.start:sentence.end]
        named = ctx.holds_any(sentence.start, sentence.end, PRESIDENCY_WORDS)
        for m in DEMONYM_PRESIDENCY.finditer(chunk) if named else ():
            group = "who" if m.group("who") else "of"
            s, e = sentence.start + m.start(group), sentence.start + m.end(group)
            # 'the Netherlands Presidency': the country's name with its article, before the word (or its
            # possessive: 'the Netherlands' Presidency')
            states = ctx.matches_in(s, e, {"demonym", "country"}) or [
                x for x in ctx.matches_in(max(sentence.start, s - 4), e, {"country"})
                if re.fullmatch(r"(?:['’]s?)?", text[x.end:e]) and text[x.start:s].strip().lower() == "the"]
            if states:
                yield states[0], Span(sentence.start + m.start(), sentence.start + m.end()), "council_presidency.demonym", None
        for m in DEMONYMS_PRESIDENCIES.finditer(chunk) if named else ():
            span = Span(sentence.start + m.start(), sentence.start + m.end())
            for state in ctx.matches_in(sentence.start + m.start("list"), sentence.start + m.end("list"), {"demonym"}):
                yield state, span, "council_presidency.demonym", None
        for m in [*WHOSE_COUNTRY.finditer(chunk), *(HIS_COUNTRY.finditer(chunk) if named else ())]:
            states = ctx.matches_in(sentence.start, sentence.start + m.start(), {"demonym", "country"})
            if states and sentence.start + m.start() - states[-1].end < 80:
                yield states[-1], Span(states[-1].start, sentence.start + m.end()), "council_presidency.whose-country", None
        yield from self._trio(sentence)
        yield from self._term_line(sentence)
        # a handover is about the Council presidency when it or the sentence before says so
        # ('Belgium holds the presidency ... It takes over from Spain')
        before = ctx.previous_sentence(sentence)
        if not (ctx.holds_any(sentence.start, sentence.end, PASSAGE_WORDS)
                or (before and ctx.holds_any(before.start, before.end, PASSAGE_WORDS))):
            return
        context = chunk + (" " + text[before.start:before.end] if before else "")
        if not PASSAGE.search(context):
            return
        for state in ctx.matches_in(sentence.start, sentence.end, {"country"}):
            ahead, behind = text[sentence.start:state.start], text[state.end:sentence.end]
            if STATE_BEFORE.search(ahead) or STATE_AFTER.match(behind) or STATE_TERM.match(behind) or \
                    (WHICH_STATE.search(ahead) and STATE_HOLDS.match(behind)):
                yield state, Span(sentence.start, sentence.end), "council_presidency.handover", None
                continue
            # a list of terms: 'Sweden (January–June 2023), Spain (July–December 2023)'
            term = re.match(r"\s*\(\s*", text[state.end:sentence.end])
            dated = ctx.dates_in(state.end, sentence.end)
            if term and dated and dated[0].span.start == state.end + term.end() and \
                    re.match(r"\s*\)", text[dated[0].span.end:sentence.end]) and self._day_of(dated[0]):
                yield state, Span(state.start, dated[0].span.end + 1), "council_presidency.listed", self._day_of(dated[0])

    def _trio(self, sentence: Sentence):
        """A trio's terms, in the order the text gives its members, over the months it states:
        'The three countries hold the presidency between July 2020 and December 2021 for six
        months each: A, B and C, respectively'; 'A, B and C form the trio. They hold the presidency
        from January 2025 to June 2026, in that order' (the members named by the sentence before)."""
        ctx, text = self.ctx, self.ctx.text
        chunk = text[sentence.start:sentence.end]
        if not ctx.holds_any(sentence.start, sentence.end, PRESIDENCY_WORDS) or \
                not re.search(r"(?i)\bpresidenc(?:y|ies)\b", chunk) or not TRIO_ORDER.search(chunk):
            return
        dated = [d for d in ctx.dates_in(sentence.start, sentence.end) if d.start.year and d.start.month]
        if not dated:
            return
        first, last = dated[0].start, dated[-1].end
        if last.year is None or last.month is None:
            return
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        states = list({x.entity: x for x in ctx.matches_in(sentence.start, sentence.end, {"country"})}.values())
        before = ctx.previous_sentence(sentence)
        if not states and before is not None and re.match(r"(?i)\s*(?:they|the\s+(?:three|trio['’]s)\s+)", chunk):
            states = list({x.entity: x for x in ctx.matches_in(before.start, before.end, {"country"})}.values())
        if len(states) != 3 or months != 18 or first.month not in (1, 7):
            return
        for k, state in enumerate(states):
            month = first.month + 6 * k
            day = dt.date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
            yield state, Span(sentence.start, sentence.end), "council_presidency.trio", day

    def _term_line(self, sentence: Sentence):
        """A line of a list of terms under a heading about presidencies, each a member state and its months
        ('Presidency trio' over 'Italy ............ July - December 2014'): the state's term then."""
        ctx, text = self.ctx, self.ctx.text
        line_start = text.rfind("\n", 0, sentence.start) + 1
        above = max(text.rfind("\n\n", 0, line_start), line_start - 400, 0)  # the block's lines above
        if not ctx.holds_any(above, line_start, PASSAGE_WORDS):
            return  # (a test that spares the rest every line under no word of the presidency)
        line_end = text.find("\n", sentence.start)
        line_end = len(text) if line_end < 0 else line_end
        states = ctx.matches_in(line_start, line_end, {"country"})
        if len(states) != 1 or text[line_start:states[0].start].strip() or line_end - line_start > 80:
            return
        state = states[0]
        dated = ctx.dates_in(state.end, line_end)
        if len(dated) != 1 or not dated[0].expr.is_range or text[dated[0].span.end:line_end].strip() or \
                not _TERM_LEADER.fullmatch(text, state.end, dated[0].span.start) or self._day_of(dated[0]) is None:
            return
        # the block's lines above, up to a blank line: one says 'presidency' or 'trio'
        if not PASSAGE.search(text, above, line_start):
            return
        yield state, Span(state.start, dated[0].span.end), "council_presidency.listed", self._day_of(dated[0])

    def _date_line_after(self, sentence: Sentence) -> Sentence | None:
        """The sentence after, when it is a line holding dates and nothing else (a presidency's
        banner: 'Latvian Presidency of the Council of the European Union' over '1 January - 30 June 2015')."""
        ctx = self.ctx
        i = ctx.sentence_index(sentence.start)
        if i + 1 >= len(ctx.sentences) or "\n" not in ctx.text[sentence.end:ctx.sentences[i + 1].start + 1]:
            return None
        after = ctx.sentences[i + 1]
        rest, at = [], after.start
        for d in ctx.dates_in(after.start, after.end):
            rest.append(ctx.text[at:d.span.start])
            at = d.span.end
        rest.append(ctx.text[at:after.end])
        return after if at > after.start and re.fullmatch(r"[\s.,|()–—-]*", "".join(rest)) else None

    def _stated_term(self, state: Match, sentence: Sentence, near: bool = True,
                     around: tuple[int, int] | None = None) -> CouncilTerm | None:
        """A term the calendar does not hold, when the sentence states it in full: a half-year
        from its first day to its last ('from 1 January to 30 June 2015', 'January–June 2015'),
        in a half-year the calendar gives no other member state; of several, the one nearest
        after the member state's name, else before it ('Latvia (January–June 2015) and Luxembourg
        (July–December 2015)')."""
        ctx = self.ctx
        if ctx.gaz.council is None:
            return None
        halves = []
        for d in ctx.dates_in(sentence.start, sentence.end):
            start, end = (self._day_of(d), _last_day_of(d.end)) if d.expr.is_range else (None, None)
            if start is None or end is None or start.year != end.year:
                continue
            half = {((1, 1), (6, 30)): 1, ((7, 1), (12, 31)): 2}.get(((start.month, start.day), (end.month, end.day)))
            if half is not None and ctx.gaz.council_term_on(start) is None:
                # (a period after the name before one before it: 'the Polish Presidency, which runs from July to
                # December 2011', not the first half the clause before gave another state)
                distance = (d.span.start - state.end if d.span.start >= state.end else 1000 + state.start - d.span.end) \
                    if near else 0
                halves.append((distance, start, end, half))
        if not halves:
            opened, closed, taken = self._since_until(Sentence(*around) if around else sentence)
            if taken and closed is None and (opened.month, opened.day) in ((1, 1), (7, 1)):
                # 'Poland, which takes over the Council presidency on 1 July 2011': a term opening on the first
                # day of a half-year is that half-year
                closed = dt.date(opened.year, opened.month + 5, 30 if opened.month == 1 else 31)
            half = {((1, 1), (6, 30)): 1, ((7, 1), (12, 31)): 2}.get(((opened.month, opened.day), (closed.month, closed.day))) \
                if opened and closed and opened.year == closed.year else None
            if half is not None and ctx.gaz.council_term_on(opened) is None:
                halves.append((0, opened, closed, half))
        if not halves:
            return None
        _, start, end, half = min(halves)
        return CouncilTerm(DEFAULT.node("presidency", "council", f"{start.year}-h{half}"), state.entity, start, end)

    def _since_until(self, sentence: Sentence) -> tuple[dt.date | None, dt.date | None, bool]:
        """A term's first and last days said apart: 'which has led the Council since January and whose term
        ends on 30 June 2011', 'which since 1 July – and until the end of December – has put …'; and
        whether the first was a taking over ('takes over the Council presidency on 1 July 2011')."""
        ctx, text = self.ctx, self.ctx.text
        opened = closed = None
        taken = False
        for d in ctx.dates_in(sentence.start, sentence.end):
            # (the date's words may hold it: 'since January', 'end of December')
            lead = text[max(sentence.start, d.span.start - 16):d.span.start] + re.sub(r"\d.*", "", text[d.span.start:d.span.end])
            if d.expr.is_range or d.start.year is None or d.start.month is None:
                if opened is not None and d.start.year and not d.expr.is_range and _TO_YEAR_END.search(
                        text, max(sentence.start, d.span.start - 30), d.span.start):
                    closed = dt.date(d.start.year, 12, 31)  # 'from 1 July until the end of 2015'
                continue
            took_over = d.start.day == 1 and _ON.search(text, max(sentence.start, d.span.start - 90), d.span.start)
            if opened is None and (_SINCE.search(lead) or took_over) and d.start.day in (None, 1):
                opened, taken = dt.date(d.start.year, d.start.month, 1), bool(took_over)
            elif opened is not None and _UNTIL.search(lead):
                closed = _last_day_of(d.start) if d.start.day is None else d.start.to_date()
        return opened, closed, taken

    def _sentence_date(self, sentence: Sentence):
        for d in self.ctx.dates_in(sentence.start, sentence.end):
            if self._day_of(d):
                return self._day_of(d)
        return None

    @staticmethod
    def _day_of(d):
        """A day to place a term by: the date's own, or the first of its month ('January–June 2023')."""
        if d.start.to_date():
            return d.start.to_date()
        if d.start.year and d.start.month:
            return dt.date(d.start.year, d.start.month, 1)
        return None

    def _priorities(self, facts: dict[tuple[int, str], Fact]) -> None:
        """'X – a priority of the Belgian presidency': the presidency's own priorities."""
        ctx = self.ctx
        by_state = {f.record.member_state: f for f in facts.values()}
        for sentence in ctx.sentences:
            chunk = ctx.text[sentence.start:sentence.end]
            m = PRIORITY_OF.search(chunk) if ctx.holds_any(sentence.start, sentence.end, PRESIDENCY_WORDS) else None
            if not m:
                continue
            group = "who" if m.group("who") else "who2"
            states = ctx.matches_in(sentence.start + m.start(group), sentence.start + m.end(group), {"demonym", "country"})
            if not states or states[0].entity not in by_state:
                continue
            fact = by_state[states[0].entity]
            for p in ctx.matches_in(sentence.start, sentence.end, {"priority"}):
                if p.entity not in fact.record.priorities:
                    fact.record.priorities.append(p.entity)
                    fact.evidence.append(Span(sentence.start, sentence.end))


_ON = compiled(r"(?i)\b(?:takes?|took|taking|will\s+take)\s+over\b[^.;:]{0,60}?\bon\s+$")
_SINCE = compiled(r"(?i)\b(?:since|from)\s+(?:the\s+)?(?:[A-Za-z]+\s*)?$")
_TO_YEAR_END = compiled(r"(?i)\b(?:until|till|to|through)\s+the\s+end\s+of\s+$")
_UNTIL = compiled(r"(?i)\b(?:until|till|to|through|ends?\s+on|ending(?:\s+on)?)\s+(?:the\s+)?(?:end\s+of\s+)?(?:[A-Za-z]+\s*)?$")


def _last_day_of(day: PartialDate) -> dt.date | None:
    """The date, or the last day of its month ('January–June 2015' ends on 30 June)."""
    if day.year is None or day.month is None:
        return None
    return day.to_date() or dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
