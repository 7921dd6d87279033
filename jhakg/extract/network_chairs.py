"""Network presidencies: a sentence about the JHA Agencies' Network (named, or 'the
network' in a document that names it) with a word of chairing (chair, presidency, hand
over, take over, steer...), a JHA agency and a year. Who holds which year: 'X hands over to
Y [for 2018]' (X the year before Y), 'Y took over from X on 1 January 2019', 'the 2019
Chair, X', or one agency with one year. Another network (the EU Agencies Network of all
agencies) is not the JHA network, and a Council presidency is not the network's."""

from __future__ import annotations

import datetime as dt
import re

from ..kinds import Fact, Span
from ..kinds.network_presidency import NetworkPresidency
from .context import Context, Sentence
from .council_terms import DEMONYM_PRESIDENCY
from .network_lists import agencies_in, dedupe, inline_rows, row_of, rows_facts, succession
from .network_words import (
    APPOSED_CHAIR,
    BOARD,
    CHAIR_TAKEN,
    CHAIR_WORDS,
    CHAIR_WORDS_WORDS,
    DESCRIBED_THAT,
    FROM_TO,
    FRONTED_TAKEOVER,
    HANDED_OTHER,
    HANDOVER,
    HANDOVER_IT,
    INCOMING_OUTGOING,
    JOINED_AFTER_WHICH,
    NETWORK_ANAPHOR,
    NETWORK_ANAPHOR_WORDS,
    NTH_AFTER,
    OBJECT_OF,
    OTHER_TAKEN_OVER,
    TAKEOVER,
    WHICH_VERB,
    WHOSE_AGENCY,
    YEAR_WRITTEN,
    chairing_now,
    first_of_january,
    governed_year,
    members_network,
    other_event,
    paired_to,
    paired_years,
    passed_between_agencies,
    predecessors_years,
    since_month_year,
    year_in_which,
    years_again,
)


class NetworkChairs:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.networks = ctx.gaz.networks
        self.jha_network = ctx.gaz.jha_network
        self._pending: list[tuple[Sentence, str, str]] = []  # handovers whose year the sentence does not give
        self._chaired: dict[int, set[str]] = {}  # the agencies each sentence (by its start) gives a year of chairing
        # named; or, in a text about the JHA agencies that names no other network, 'the network'
        names_other = any(m.entity in self.networks and m.entity != self.jha_network for m in ctx.matches)
        self.doc_names_network = any(m.entity == self.jha_network and m.kind == "organisation" for m in ctx.matches) or (
            not names_other and any(m.entity == self.jha_network and m.kind == "members" for m in ctx.matches))

    def network(self) -> list[Fact]:
        ctx = self.ctx
        facts: list[Fact] = []
        pairs: list[Sentence] = []  # sentences about the network that may name incoming and outgoing chairs
        current: list[tuple[Sentence, str]] = []  # 'the network is currently chaired by X': no year stated
        previous_about_network = False
        chain = False  # the sentence before spoke of the network's chair, or told a succession of chairs
        heading_about_chairs = False  # the last line that is no 'YEAR - AGENCY' line speaks of the network's chair
        rows: list[tuple[Sentence, str, int]] = []
        for sentence in ctx.sentences:
            chunk = ctx.text[sentence.start:sentence.end]
            row = row_of(ctx, sentence) if heading_about_chairs else None
            if row:
                rows.append((sentence, *row))
                continue
            inline = inline_rows(ctx, sentence) if heading_about_chairs else []
            if inline:
                rows.extend((sentence, *r) for r in inline)
                continue
            facts.extend(rows_facts(ctx, rows))
            rows = []
            nets = [m for m in ctx.matches_in(sentence.start, sentence.end, {"organisation"})
                    if m.entity in self.networks]
            named = any(m.entity == self.jha_network for m in nets) or members_network(ctx, sentence)
            about_network = named or bool(self.doc_names_network and ctx.holds_any(
                sentence.start, sentence.end, NETWORK_ANAPHOR_WORDS) and NETWORK_ANAPHOR.search(chunk)) or bool(
                self.doc_names_network and passed_between_agencies(ctx, self._agencies(sentence)))
            other_network = bool(nets) and not any(m.entity == self.jha_network for m in nets)
            chair_words = ctx.holds_any(sentence.start, sentence.end, CHAIR_WORDS_WORDS) and \
                CHAIR_WORDS.search(chunk) is not None
            # a Council presidency, which only a sentence with a word of chairing needs to know of
            council = chair_words and bool(DEMONYM_PRESIDENCY.search(chunk) or
                                           re.search(r"(?i)presidency\s+of\s+the\s+council", chunk))
            # (a question states no chair: 'Did Europol chair the network in 2020?')
            about_chairs = chair_words and not other_network and (named or not (council or BOARD.search(chunk))) and (
                about_network or (previous_about_network and self.doc_names_network)) and not ctx.asks(sentence)
            if about_chairs:
                found = self._assign(sentence)
                facts.extend(found)
                self._chaired[sentence.start] = {f.record.agency for f in found}
                if not found:
                    current.extend(chairing_now(self.ctx, sentence, self._agencies(sentence)))
            elif chain and self.doc_names_network and not other_network and not council:
                found = succession(ctx, sentence)  # after a sentence about the chair: 'X opened the series in Y, ...'
                facts.extend(found)
                about_chairs = bool(found)
            chain = about_chairs
            previous_about_network = about_network and not other_network
            # (or a table's head in a text that names the network: 'Year | Chairing agency | Seat', 'Year – Chairing agency')
            heading_about_chairs = chair_words and not other_network and not council and (
                about_network or (self.doc_names_network and re.search(r"(?i)\bnetwork\b|^\s*\|?\s*year\s*[|–—:-]", chunk) is not None))
            if about_network and not other_network:
                pairs.append(sentence)
        facts.extend(rows_facts(ctx, rows))
        # with every year the text settles known, wherever it says it
        facts.extend(f for sentence in pairs for f in self._incoming_outgoing(sentence, list(facts)))
        facts.extend(f for sentence, agency in current for f in self._current_year(sentence, agency, list(facts)))
        facts.extend(self._settled_handovers(list(facts)))
        return dedupe(facts)

    def _settled_handovers(self, known: list[Fact]) -> list[Fact]:
        """'FRA hands over network chair to EMCDDA', with no year: when the part settles one of
        the two agencies' years elsewhere ('The EMCDDA, which will chair the network in 2015'),
        the other's is the year before or after."""
        out = []
        for clause, giver, receiver in self._pending:
            part = self.ctx.part_at(clause.start)
            for have, want, step in ((receiver, giver, -1), (giver, receiver, 1)):
                years = {f.record.year for f in known if f.part == part and f.record.agency == have}
                if len(years) == 1:
                    out.append(Fact(NetworkPresidency(want, years.pop() + step), [Span(clause.start, clause.end)],
                                    "network_presidency.handover-settled", 0.75, part))
                    break
        return out

    def _current_year(self, sentence: Sentence, agency: str, known: list[Fact]) -> list[Fact]:
        """The year of the agency chairing now: the year before the one the next sentences give
        another agency as the next chair ('EIGE will chair the network in 2018'), else the
        year of the document's date."""
        ctx = self.ctx
        part = ctx.part_at(sentence.start)
        i = ctx.sentence_index(sentence.start)
        later = [s for s in ctx.sentences[i + 1:i + 3] if ctx.part_at(s.start) == part]
        nxt = [f for f in known if f.part == part and f.record.agency != agency
               and any(s.start <= f.evidence[0].start < s.end and re.search(r"(?i)\bwill\b", ctx.text[s.start:s.end])
                       for s in later)]
        years = {f.record.year - 1 for f in nxt}
        if len(years) == 1:
            return [Fact(NetworkPresidency(agency, years.pop()),
                         [Span(sentence.start, sentence.end)], "network_presidency.current-before-next", 0.8, part)]
        line = ctx.text.rfind("\n", 0, sentence.start)  # (a timeline's entry under its year: '2017' / 'EIGE chairs ...')
        above = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", ctx.text[ctx.text.rfind("\n", 0, max(line, 0)) + 1:max(line, 0)])
        when = dt.date(int(above.group(1)), 1, 1) if above and line > 0 else ctx.date_at(sentence.start)
        if when is None:
            return []
        return [Fact(NetworkPresidency(agency, when.year),
                     [Span(sentence.start, sentence.end)], "network_presidency.current", 0.8, part)]

    def _incoming_outgoing(self, sentence: Sentence, known: list[Fact]) -> list[Fact]:
        """'the incoming and outgoing presidencies of the network, Frontex and eu-LISA': when
        the text settles one agency's year elsewhere in the part, the other's is the next or
        the previous one."""
        ctx = self.ctx
        m = INCOMING_OUTGOING.search(ctx.text, sentence.start, sentence.end)
        if not m:
            return []
        after = list(dict.fromkeys(a[2] for a in self._agencies(sentence) if a[0] >= m.end()))[:2]
        if len(after) != 2:
            return []
        roles = dict(zip((m.group("first").lower(), m.group("second").lower()), after, strict=True))
        part = ctx.part_at(sentence.start)
        out = []
        for have, want, step in (("outgoing", "incoming", 1), ("incoming", "outgoing", -1)):
            years = {f.record.year for f in known if f.part == part and f.record.agency == roles[have]}
            if len(years) == 1:
                out.append(Fact(NetworkPresidency(roles[want], years.pop() + step),
                                [Span(sentence.start, sentence.end)], "network_presidency.incoming-outgoing", 0.75, part))
        return out

    def _agencies(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        return agencies_in(self.ctx, sentence)

    def _subject(self, sentence: Sentence) -> str | None:
        """The agency a sentence is about: its first agency before any word of chairing, or,
        for 'It'/'Its' at the start, the first agency of the previous sentence."""
        ctx = self.ctx
        chunk = ctx.text[sentence.start:sentence.end]
        first_cue = CHAIR_WORDS.search(chunk)
        limit = sentence.start + (first_cue.start() if first_cue else len(chunk))
        agencies = [a for a in self._agencies(sentence) if a[0] < limit]
        if agencies and not re.match(r"(?i)(?:it|its)\b", chunk):
            return agencies[0][2]
        i = ctx.sentence_index(sentence.start)
        for prev in reversed(ctx.sentences[max(0, i - 2):i]):
            found = self._agencies(prev)
            if found:
                return found[0][2]
        return agencies[0][2] if agencies else None

    def _assign(self, sentence: Sentence) -> list[Fact]:
        ctx, text = self.ctx, self.ctx.text
        span = Span(sentence.start, sentence.end)
        part = ctx.part_at(sentence.start)

        def fact(agency: str, year: int, rule: str, confidence: float) -> Fact:
            return Fact(NetworkPresidency(agency, year), [span], rule, confidence, part)

        chunk = text[sentence.start:sentence.end]
        agencies = self._agencies(sentence)
        if not agencies and not re.search(r"(?i)\b(?:it|its)\b|^\s*the\s+agency\b", chunk):
            return []
        # 'the 2019 Chair, X' / 'X, the 2019 chair'
        out = []
        for m in re.finditer(r"(?i)\b(?P<y>(?:19|20)\d\d)\s+(?:chair|chairmanship|presidency|presiding agency)\b", chunk):
            near = [a for a in agencies if abs(a[0] - (sentence.start + m.start())) < 40]
            if near:
                out.append(fact(near[0][2], int(m.group("y")), "network_presidency.year-chair", 0.9))
        apposed = [(start, agency, int(m.group("y"))) for start, end, agency in agencies if (m := APPOSED_CHAIR.match(text, end))]
        out += [fact(agency, year, "network_presidency.apposition", 0.85) for _, agency, year in apposed]
        if apposed:
            # what the sentence says before the apposition, of other agencies and years ('the network, chaired by A in
            # 2021, which took over from B, the network's chair in 2020, ...')
            head = Sentence(sentence.start, apposed[0][0])
            out += [f for f in self._clause_facts(head, self._subject(sentence), fact)
                    if f.record.agency not in {a for _, a, _ in apposed} and f.record.year not in {y for _, _, y in apposed}]
        # "X's 2020 chairmanship - the second in the agency's history, after 2011": X held the earlier year too
        again = NTH_AFTER.search(chunk) if len({f.record.agency for f in out}) == 1 else None
        if again:
            out += [fact(out[0].record.agency, int(y), "network_presidency.again", 0.85)
                    for y in (again.group("y"), again.group("y2")) if y]
        if out:
            return out
        # a list of years and agencies: 'Recent chairs: 2019 – Frontex; 2020 – Europol; 2021 – CEPOL'
        starts = {a[0]: a[2] for a in agencies}
        listed = [(starts[sentence.start + m.end()], int(m.group("y")))
                  for m in re.finditer(r"\b(?P<y>(?:19|20)\d\d)\s*[–—:-]\s*(?:the\s+)?", chunk)
                  if sentence.start + m.end() in starts]
        if len(listed) >= 2 and len({y for _, y in listed}) == len(listed):
            return [fact(agency, year, "network_presidency.listed", 0.85) for agency, year in listed]
        subject = self._subject(sentence)
        for clause in self._clauses(sentence):
            out.extend(self._clause_facts(clause, subject, fact))
            # the clause's subject, for a clause after it without one: not an agency after a preposition ('The agency
            # takes over from A, ..., and will hand over to B': not A), and after a fact, only an agency the clause
            # opens with ('A chaired the network last year; B holds the chair in 2022 and will pass it on to C')
            found = [a for a in self._agencies(clause) if a[0] < clause.start + 40
                     and not OBJECT_OF.search(text, clause.start, a[0])]
            if found and (not out or re.fullmatch(r"[\s;,]*(?:and\s+)?(?:the\s+)?", text[clause.start:found[0][0]])):
                subject = found[0][2]
        return out

    def _clauses(self, sentence: Sentence) -> list[Sentence]:
        chunk = self.ctx.text[sentence.start:sentence.end]
        # (a clause opening with its year starts after its 'and': '..., and in 2020 Frontex will take over from us')
        cuts = [m.end() if m.group("year") else m.start() for m in re.finditer(
            r";|,?\s+and\s+(?=(?:it\s+)?(?:will|would|then|later)?\s*(?:hand|take|took|pass|chair|hold|held))"
            # (a second thing said: '..., and announced that B would take over the chair in January')
            r"|,?\s+and\s+(?=(?:announced|said|added|noted|recalled|confirmed|explained)\s+that\b)"
            r"|,?\s+and\s+(?P<year>)(?=in\s+(?:19|20)\d\d\s*,?\s+\S+\s+(?:will\s+)?(?:hand|take|pass|chair|hold))", chunk)]
        edges = [0, *cuts, len(chunk)]
        return [Sentence(sentence.start + a, sentence.start + b) for a, b in zip(edges, edges[1:], strict=False) if b > a]

    def _clause_facts(self, clause: Sentence, subject: str | None, fact) -> list[Fact]:
        ctx, text = self.ctx, self.ctx.text
        chunk = text[clause.start:clause.end]
        agencies = self._agencies(clause)
        # a year that dates something else: 'Frontex, founded in 2004, took over the chair'
        years = [(span, since_month_year(ctx, span) or y) for span, y in ctx.years_in(clause.start, clause.end)
                 if not other_event(text, span, clause)]
        handover, takeover = HANDOVER.search(chunk), TAKEOVER.search(chunk)
        if not handover and (it := HANDOVER_IT.search(chunk)) and CHAIR_TAKEN.search(
                text, ctx.sentence_at(clause.start).start, clause.start + it.start()):
            handover = it  # 'X took over the chair ... and will hand it over to B'
        end_of_year = re.search(r"(?i)\bend\s+of\s+(?:the\s+year|december|(?P<y>(?:19|20)\d\d))", chunk)
        paired = paired_years(text, clause, agencies, years)
        if paired:
            listed = [fact(agency, year, "network_presidency.listed", 0.85) for agency, year in paired]
            # 'B takes the baton from A, which steered the network ... – after C in 2019 and D a year later', 'C chairs
            # the network this year, after A in 2016 and B in 2017': the takeover or chair before the pairs is read on its own
            first = min(a[0] for a in agencies if a[2] in {agency for agency, _ in paired})
            verb = TAKEOVER.search(text, clause.start, first) or HANDOVER.search(text, clause.start, first)
            chair = CHAIR_WORDS.search(text, clause.start, first) if any(
                a[0] < first and a[2] not in {x for x, _ in paired} for a in agencies) else None
            if (verb and not any(a[2] in {x for x, _ in paired} for a in agencies if a[0] < verb.start())) or chair:
                before = self._clause_facts(Sentence(clause.start, first), subject, fact)
                # 'B took over the chair from A, which chaired it in 2016, ...': B's is the year after A's
                taker = [a for a in agencies if a[0] < verb.start()] if verb is not None and verb.re is TAKEOVER else []
                given = dict(paired).get(next(a[2] for a in agencies if a[0] == first))
                if not before and taker and given and re.search(r"(?i)\bfrom\s+(?:the\s+)?$", text[verb.end():first]):
                    before = [fact(taker[-1][2], given + 1, "network_presidency.takeover", 0.8)]
                return before + listed
            return listed
        if len({a[2] for a in agencies}) == 1 and (both := years_again(text, clause, years, ctx.date_at(clause.start))):
            return [fact(agencies[0][2], both[0], "network_presidency.single", 0.9),
                    fact(agencies[0][2], both[1], "network_presidency.again", 0.85)]
        if handover and HANDED_OTHER.match(chunk, handover.end()):
            handover = None  # 'takes over the chair for 2021, and I will hand over my own binder': not the chair
        if handover and re.match(r"(?i)handover\s+of\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:chair|chairmanship|presidency|network|baton|helm)\b)", chunk[handover.start():]):
            return []  # 'the planned handover of the e-CODEX system to eu-LISA': not of the chair
        if takeover and not handover and OTHER_TAKEN_OVER.match(chunk, takeover.end()):
            return []  # 'will take over the operational management of VIS from the Commission': not the chair
        if handover or takeover:
            verb = (handover or takeover)
            at = clause.start + verb.start()
            before = [a for a in agencies if a[0] < at]
            if not handover and before and re.search(r"(?i)\bby\s+(?:the\s+)?$", text[max(0, before[-1][0] - 8):before[-1][0]]) \
                    and not WHICH_VERB.fullmatch(text, before[-1][1], at):
                # the agent of a passive before the verb does not take over: '..., which was chaired by A in 2019, and
                # prepared to take over the Presidency for 2020'. The passive is read on its own; the one taking over
                # is the agency the sentence opens with, when the verb joins its predicate after the relative clause
                # ('B contributed to the Network, which was chaired by A in 2019, and prepared to take over ...')
                out = self._clause_facts(Sentence(clause.start, at), subject, fact)
                opening = agencies[0] if re.fullmatch(r"\s*(?:the\s+)?", text[clause.start:agencies[0][0]]) else None
                joined = JOINED_AFTER_WHICH.search(text, clause.start, at)
                ahead = [y for span, y in years if span.start > at]
                if opening and opening[2] != before[-1][2] and joined and joined.end() == at and len(set(ahead)) == 1:
                    out.append(fact(opening[2], ahead[0], "network_presidency.takeover", 0.8))
                return out
            after = [a for a in agencies if a[0] > at]
            # no agency before the verb: the subject only when a pronoun or a joined clause stands for it
            # ('It hands over to B', '..., and will hand over to B'), not 'Ms X handed over the chair to B'
            # or 'the handover of the chair to B', which do not say who hands over
            lead = text[clause.start:at]
            # (nor the noun of a heading: 'HANDOVER TO B FOR 2024')
            actor = before[-1][2] if before else subject if (
                re.search(r"(?i)\b(?:it|the\s+agency)\b", lead)
                or re.fullmatch(r"(?i)[\s,;]*(?:and\s+)?(?:(?:will|would|then|later|also)\s+)*", lead)
                and not re.match(r"(?i)handover\b", verb.group())) else None
            other = after[0][2] if after else None
            if not handover and re.search(r"(?i)\b(?:be|been|being|is|are|was|were)\s+$", chunk[:verb.start()]) and \
                    re.match(r"\s+by\b", chunk[verb.end():]):
                actor, other = other, None  # the passive: 'in 2011 it will be taken over by B' ('it' the task): B takes over
            fronted = not before and len(after) >= 2 and FRONTED_TAKEOVER.fullmatch(
                text, clause.start, after[1][0]) and re.fullmatch(r"\s*,\s*", text[after[0][1]:after[1][0]])
            if fronted:
                # 'Taking over from A, B chaired the network in 2020': the clause's subject after the participle
                actor, other = after[1][2], after[0][2]
            if len(after) >= 2 and FROM_TO.match(text[at + len(verb.group()):after[0][0]]) and \
                    re.fullmatch(r"\s+to\s+(?:the\s+)?", text[after[0][1]:after[1][0]]):
                giver, receiver = after[0][2], after[1][2]  # 'the chair passes from A to B'
            elif handover:
                giver, receiver = actor, other
            else:
                # 'took over from A', 'has taken over the chair, succeeding A', 'succeeded A', '..., following A, which held it'
                giver = other if re.match(r"(?i)succeed", verb.group()) or re.search(
                    r"(?i)\b(?:from|succeed(?:s|ed|ing)?)\b", chunk[verb.end():]) or (
                    after and re.search(r"(?i),\s+following\s+(?:the\s+)?$", text[at:after[0][0]])) else None
                receiver = actor
                if receiver is None:  # 'whose agency took over from A': no agency said to take the chair (but A's
                    # year, a relative clause's: 'The agency takes over from A, which led the network in 2022')
                    return [fact(giver, y, "network_presidency.relative", 0.85)
                            for agency, y in paired_to(text, agencies, years, relative=True) if agency == giver]
                if receiver == giver and before and after and \
                        text[before[-1][0]:before[-1][1]].lower() != text[after[0][0]:after[0][1]].lower():
                    return []  # 'the EUAA, which took over from EASO in January': one agency under its new name
            year_of_receiver = None
            # the year a relative clause gives the one handing over: 'taking over from FRA, which
            # led the network in 2015' (not 'will take over the network from Frontex in 2026')
            giver_years = [y for agency, y in paired_to(text, agencies, years, relative=True) if agency == giver]
            new_year = first_of_january(self.ctx, clause, verb)
            # 'took over the chair on 1 January 2021 from A, which led it in 2020': the day's year ('At the start of
            # 2023 we passed the chairmanship on to B', 'in early 2023')
            dated_january = re.search(r"(?i)\b(?:1(?:st)?\s+January|(?:at\s+the\s+)?(?:start|beginning)\s+of|early)\s+"
                                      r"(?P<y>(?:19|20)\d\d)\b", chunk)
            # 'In 2024 the chair will pass to B', 'In 2027 the chair passes to B': a year alone, ahead, is the one
            # the receiver's term opens
            year_ahead = re.match(r"(?i)\s*in\s+(?P<y>(?:19|20)\d\d)\b(?![^,]*\b(?:end|close)\b)", chunk)
            if giver and giver != receiver and giver_years:
                year_of_receiver = giver_years[0] + 1
            elif dated_january:
                year_of_receiver = int(dated_january.group("y"))
            elif year_ahead and handover and (re.search(r"(?i)\bwill\b", chunk[:verb.start()])
                                              or re.match(r"(?i)(?:pass|hand)(?:s|es)\b", verb.group())) and (
                    ctx.doc_date is None or int(year_ahead.group("y")) > ctx.doc_date.year):
                year_of_receiver = int(year_ahead.group("y"))
            elif new_year and takeover and len(stated := {y for span, y in years if YEAR_WRITTEN.search(text, span.start, span.end)}) == 1:
                # 'chaired throughout 2023 by B, which took over from A on 1 January': the year written, not the
                # page's for the day without one
                year_of_receiver = stated.pop()
            elif new_year:
                year_of_receiver = new_year
            elif years:
                first_january = re.search(r"(?i)\b1\s+January\b", chunk)
                # (of several, the one the chair's word governs: not 'following a decision by A's board in 2023')
                year = (not handover and len({y for _, y in years}) > 1 and governed_year(text, clause, years)) or years[-1][1]
                year_of_receiver = year if (first_january or takeover or years[-1][0].start > at) else year + 1
            elif takeover and ctx.doc_date and re.search(r"(?i)\b(?:start|beginning)\s+of\s+(?:the|this)\s+year\b", chunk) \
                    and re.match(r"(?i)(?:took|succeeded)\b", verb.group()):
                # 'X took over the chair from Y at the start of the year', told in the page's year
                year_of_receiver = ctx.doc_date.year
            elif takeover and (within := year_in_which(ctx, clause, agencies)) and within[0] == receiver:
                year_of_receiver = within[1]  # 'ended the year in which X chaired the network, taking over from A'
            elif end_of_year and handover:
                base = int(end_of_year.group("y")) if end_of_year.group("y") else (ctx.doc_date.year if ctx.doc_date else None)
                year_of_receiver = base + 1 if base else None
            if year_of_receiver is None:
                if giver and receiver and giver != receiver:
                    self._pending.append((clause, giver, receiver))  # 'A hands over the chair to B', 'B took over from A'
                return []
            out = []
            if receiver:
                out.append(fact(receiver, year_of_receiver, "network_presidency.handover", 0.85))
            if giver and giver != receiver:
                out.append(fact(giver, year_of_receiver - 1, "network_presidency.handover", 0.8))
            return out
        if not CHAIR_WORDS.search(chunk):
            return []
        gone = predecessors_years(text, clause, agencies, years)  # 'after B's presidency in 2025': B's
        distinct_years = list(dict.fromkeys(y for span, y in years if (span, y) not in gone))
        if len(distinct_years) > 1:
            governed = governed_year(text, clause, years)
            distinct_years = [governed] if governed else distinct_years
        if not distinct_years and (within := year_in_which(ctx, clause, agencies)):
            return self._with_predecessor(clause, agencies, fact(*within, "network_presidency.year-in-which", 0.8), fact)
        if len(distinct_years) != 1:
            return []
        year = distinct_years[0]
        year_at = min(span.start for span, y in years if y == year) - clause.start
        cue = ([c for c in CHAIR_WORDS.finditer(chunk) if c.start() < year_at] or [CHAIR_WORDS.search(chunk)])[-1]
        at = clause.start + (cue.start("cue") if cue.group("cue") else cue.start())
        # 'The Director of the EUDA, NAME, whose agency chairs the network in 2025': the one agency named before it
        if whose := WHOSE_AGENCY.search(text, max(clause.start, at - 40), at):
            before = {a[2] for a in self._agencies(ctx.sentence_at(clause.start)) if a[1] <= whose.start()}
            return [fact(before.pop(), year, "network_presidency.whose", 0.8)] if len(before) == 1 else []
        distinct = list(dict.fromkeys(a[2] for a in agencies))
        if len(distinct) == 1 and not re.search(r"(?i)\b(?:which|that)\s+it\b", chunk):
            return [fact(distinct[0], year, "network_presidency.single", 0.9)]  # (one agency: no predecessor)
        # the agency closest to the word of chairing ('which Europol chairs this year', 'chaired in 2022 by the EU Agency
        # for Fundamental Rights', 'which it chaired in 2018'); of several, the last before the year (not 'The Chair of
        # the eu-LISA Board met FRA, which coordinates the network for 2014')
        pronoun = re.search(r"(?i)\b(?:which|that)\s+it\s+(?:has\s+|had\s+|will\s+)?$", text[max(clause.start, at - 25):at])
        if pronoun and subject:
            return self._with_predecessor(clause, agencies, fact(subject, year, "network_presidency.pronoun", 0.8), fact)
        passive = re.search(r"(?i)(?:chaired|coordinated|led)\b[^,.;]{0,30}?\bby\b", chunk)
        if passive:
            after = [a for a in agencies if a[0] >= clause.start + passive.end()]
            if after:
                return self._with_predecessor(clause, agencies, fact(after[0][2], year, "network_presidency.passive", 0.85),
                                              fact)
        if not agencies:
            # 'The agency, which manages SYS, chairs the network this year': the one agency the
            # sentence before names
            if re.match(r"(?i)\s*the\s+agency\b", chunk) and clause.start == ctx.sentence_at(clause.start).start:
                i = ctx.sentence_index(clause.start)
                before = {a[2] for a in self._agencies(ctx.sentences[i - 1])} if i else set()
                if len(before) != 1 and re.match(r"\s*The\s+Agency\b", chunk) and (own := ctx.site_agency):
                    before = {own[0]}  # 'The Agency', with its capital, on an agency's page: that agency
                if len(before) == 1:
                    return [fact(before.pop(), year, "network_presidency.the-agency", 0.8)]
            # 'It last chaired the network in 2011', 'The agency had chaired it once before, in 2014': the subject
            # of the sentence before, which that sentence made the chair
            i = ctx.sentence_index(clause.start)
            if re.match(r"(?i)\s*(?:it|the\s+agency)\b", chunk) and clause.start == ctx.sentences[i].start and i and \
                    subject in self._chaired.get(ctx.sentences[i - 1].start, ()):
                return [fact(subject, year, "network_presidency.pronoun", 0.8)]
            return []
        for a in agencies:
            # a year set inside a list, before the one agency it is about: 'previous chairs included A, B and, in
            # 2014, C'; an agency described, the clause on it ('FRA, the Vienna-based body that coordinates the network')
            if re.search(rf"(?:,|\band)\s*,?\s*in\s+{year}\s*,\s*(?:the\s+)?$", text[max(clause.start, a[0] - 24):a[0]]) or (
                    a[1] <= at and DESCRIBED_THAT.fullmatch(text, a[1], at)):
                return [fact(a[2], year, "network_presidency.listed-year", 0.8)]
        nearest = min(agencies, key=lambda a: min(abs(a[1] - at), abs(a[0] - (clause.start + cue.end()))))
        if min(abs(nearest[1] - at), abs(nearest[0] - (clause.start + cue.end()))) > 12:
            return []
        return self._with_predecessor(clause, agencies, fact(nearest[2], year, "network_presidency.nearest", 0.8), fact)

    def _with_predecessor(self, clause: Sentence, agencies: list[tuple[int, int, str]], main: Fact, fact) -> list[Fact]:
        """The chair and, when the clause says it came after another agency's term ('X chaired
        the network in 2015 after FRA's chairmanship last year', 'in 2021, after CEPOL steered it
        through ...'), that agency in the year before."""
        text, agency, year = self.ctx.text, main.record.agency, main.record.year
        for start, end, other in agencies:
            if other == agency or not re.search(r"(?i)\bafter\s+(?:the\s+)?$", text[max(clause.start, start - 12):start]):
                continue
            if not re.match(r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}?(?:chairmanship|chair|presidency|year|term)\b|"
                            r"\s+(?:had\s+|has\s+)?(?:chaired|steered|led|coordinated|presided)\b|\s+in\s+(?:19|20)\d\d\b",
                            text[end:clause.end]):
                continue
            own = [y for _, y in self.ctx.years_in(end, min(clause.end, end + 60))]
            if all(y == year - 1 for y in own):
                return [main, fact(other, year - 1, "network_presidency.after", 0.8)]
        return [main]
