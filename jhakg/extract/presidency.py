"""Presidencies.

Network presidency: a sentence about the JHA Agencies' Network (named, or 'the
network' in a document that names it) with a word of chairing (chair, presidency,
hand over, take over, steer...), a JHA agency and a year. Who holds which year:
'X hands over to Y [for 2018]' (X the year before Y), 'Y took over from X on 1 January
2019', 'the 2019 Chair, X', or one agency with one year. Another network (the EU
Agencies Network of all agencies) is not the JHA network.

Council presidency: '<Demonym> presidency' or 'presidency of <member state>', placed in
the reference calendar by the date of the sentence or of the document; and the
presidency in whose term a dated Council meeting falls.
"""

from __future__ import annotations

import re

from .context import Context, Sentence
from .model import Fact, Span

CHAIR_WORDS = re.compile(
    r"(?i)\b(?:chair(?:s|ed|ing|manship|person)?|presiden(?:cy|t)|presid(?:es|ed|ing)|"
    r"hand(?:s|ed|ing)?\s+over|handover|took\s+over|take(?:s|n)?\s+over|taking\s+over|"
    r"steer(?:s|ed|ing)?|lead(?:s|ing)?\s+the\s+network|led\s+the\s+network|"
    r"hosted\s+the\s+(?:JHA\s+)?network|helm|rotating)\b")
HANDOVER = re.compile(r"(?i)\bhand(?:s|ed|ing)?\s+over\b|\bhandover\b|\bpass(?:es|ed|ing)?\s+(?:on\s+)?the\s+(?:baton|chair|presidency)\b")
TAKEOVER = re.compile(r"(?i)\b(?:took|take[sn]?|taking)\s+over\b|\bsucceed(?:s|ed|ing)?\b")
FROM_TO = re.compile(r"(?i)\b(?P<prep>to|from)\s+(?:the\s+)?$")
NETWORK_ANAPHOR = re.compile(r"(?i)\bthe\s+(?:JHA\s+)?network\b|\bits\s+(?:year-long\s+)?(?:presidency|chair)\b")
DEMONYM_PRESIDENCY = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+)\s+(?:EU\s+|Council\s+)?(?:[Pp]residency|[Pp]resident)(?!\s+of\s+the\s+(?:European\s+)?Commission)(?:\s+of\s+the\s+Council(?:\s+of\s+the\s+(?:European\s+Union|EU))?)?"
    r"|\b[Pp]residency\s+of\s+(?P<of>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
PRIORITY_OF = re.compile(r"(?i)\bpriorit(?:y|ies)\s+of\s+the\s+(?P<who>[A-Z][\w’'-]+)\s+presidency\b"
                         r"|\b(?P<who2>[A-Z][\w’'-]+)\s+presidency['’]?s?\s+(?:top\s+|main\s+|key\s+)?priorit")


class PresidencyFinder:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        network_iris = [e.iri for e in ctx.gaz.entities.values() if f"{_jha()}Network" in e.types]
        self.networks = set(network_iris)
        self.jha_network = self._jha_network()
        self.doc_names_network = any(m.entity == self.jha_network for m in ctx.matches)

    def _jha_network(self) -> str | None:
        """The network whose members are the JHA agencies (from the reference data)."""
        from rdflib import URIRef

        from ..namespaces import JHA

        g = self.ctx.gaz.graph
        counts: dict[str, int] = {}
        for _, net in g.subject_objects(JHA.memberOfNetwork):
            counts[str(net)] = counts.get(str(net), 0) + 1
        if not counts:
            return None
        best = max(sorted(counts), key=lambda k: counts[k])
        return str(URIRef(best))

    # -- network presidency

    def network(self) -> list[Fact]:
        ctx = self.ctx
        facts: list[Fact] = []
        for sentence in ctx.sentences:
            chunk = ctx.text[sentence.start:sentence.end]
            if not CHAIR_WORDS.search(chunk):
                continue
            nets = [m for m in ctx.matches_in(sentence.start, sentence.end, {"organisation"})
                    if m.entity in self.networks]
            if any(m.entity != self.jha_network for m in nets) and not any(m.entity == self.jha_network for m in nets):
                continue  # another network (e.g. of all EU agencies)
            if not nets and not (self.doc_names_network and NETWORK_ANAPHOR.search(chunk)):
                continue
            facts.extend(self._assign(sentence))
        return self._dedupe(facts)

    def _agencies(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for m in self.ctx.matches_in(sentence.start, sentence.end, {"agency"}):
            if out and out[-1][2] == m.entity and m.start - out[-1][1] < 4:
                out[-1] = (out[-1][0], m.end, m.entity)  # 'EU drugs agency (EMCDDA)'
                continue
            out.append((m.start, m.end, m.entity))
        # 'the EU drugs agency (EMCDDA)': a name with its acronym in brackets is one mention
        merged: list[tuple[int, int, str]] = []
        for a in out:
            if merged and merged[-1][2] == a[2] and re.fullmatch(r"\s*\(\s*", self.ctx.text[merged[-1][1]:a[0]]):
                merged[-1] = (merged[-1][0], a[1], a[2])
            else:
                merged.append(a)
        return merged

    def _assign(self, sentence: Sentence) -> list[Fact]:
        ctx, text = self.ctx, self.ctx.text
        agencies = self._agencies(sentence)
        years = ctx.years_in(sentence.start, sentence.end)
        distinct_agencies = list(dict.fromkeys(a[2] for a in agencies))
        distinct_years = list(dict.fromkeys(y for _, y in years))
        if not distinct_agencies or not distinct_years:
            return []
        span = Span(sentence.start, sentence.end)
        chunk = text[sentence.start:sentence.end]

        def fact(agency: str, year: int, rule: str, confidence: float) -> Fact:
            return Fact("network_presidency", {"agency": agency, "year": year}, [span],
                        rule, confidence, ctx.part_at(sentence.start))

        # 'the 2019 Chair, X' / 'X, the 2019 chair'
        out = []
        for m in re.finditer(r"(?i)\b(?P<y>(?:19|20)\d\d)\s+(?:chair|presidency|presiding agency)\b", chunk):
            near = [a for a in agencies if abs(a[0] - (sentence.start + m.start())) < 40]
            if near:
                out.append(fact(near[0][2], int(m.group("y")), "network_presidency.year-chair", 0.9))
        if out:
            return out
        if len(distinct_agencies) == 2 and (HANDOVER.search(chunk) or TAKEOVER.search(chunk)):
            return self._pair(sentence, agencies, years, fact)
        if len(distinct_agencies) == 1 and len(distinct_years) == 1:
            return [fact(distinct_agencies[0], distinct_years[0], "network_presidency.single", 0.9)]
        if len(distinct_agencies) == len(distinct_years) and len(distinct_agencies) > 1:
            # parallel lists 'X (2019), Y (2020)': each agency with the year nearest after it
            paired = []
            for (_, a_end, agency) in agencies:
                after = [(span_.start - a_end, y) for span_, y in years if span_.start >= a_end]
                if after:
                    paired.append(fact(agency, min(after)[1], "network_presidency.list", 0.75))
            if len({f.data["agency"] for f in paired}) == len(paired) == len(distinct_agencies):
                return paired
        return []

    def _pair(self, sentence, agencies, years, fact) -> list[Fact]:
        """Outgoing and incoming holder: 'X hands over to Y', 'Y took over from X'."""
        text = self.ctx.text
        outgoing = incoming = None
        for a_start, _, agency in agencies:
            prep = FROM_TO.search(text[max(sentence.start, a_start - 40):a_start].rstrip() + " ")
            lead = text[max(sentence.start, a_start - 40):a_start]
            if re.search(r"(?i)\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", lead) and HANDOVER.search(text[sentence.start:a_start]):
                incoming = incoming or agency
            elif re.search(r"(?i)\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", lead) and TAKEOVER.search(text[sentence.start:a_start]):
                outgoing = outgoing or agency
            del prep
        names = list(dict.fromkeys(a[2] for a in agencies))
        if incoming and not outgoing:
            outgoing = next(a for a in names if a != incoming)
        elif outgoing and not incoming:
            incoming = next(a for a in names if a != outgoing)
        if not (incoming and outgoing):
            return []
        distinct = sorted({y for _, y in years})
        if len(distinct) == 2 and distinct[1] == distinct[0] + 1:
            return [fact(outgoing, distinct[0], "network_presidency.handover", 0.9),
                    fact(incoming, distinct[1], "network_presidency.handover", 0.9)]
        if len(distinct) == 1:
            year = distinct[0]
            # the year stated belongs to the incoming holder when it follows it
            inc_pos = min(a[0] for a in agencies if a[2] == incoming)
            year_pos = years[0][0].start
            if year_pos > inc_pos or re.search(r"(?i)\b1\s+January\b", text[sentence.start:sentence.end]):
                return [fact(incoming, year, "network_presidency.handover", 0.85),
                        fact(outgoing, year - 1, "network_presidency.handover", 0.8)]
            return [fact(outgoing, year, "network_presidency.handover", 0.85),
                    fact(incoming, year + 1, "network_presidency.handover", 0.8)]
        return []

    @staticmethod
    def _dedupe(facts: list[Fact]) -> list[Fact]:
        seen: dict[tuple, Fact] = {}
        for f in facts:
            key = (f.part, f.data["agency"], f.data["year"])
            if key in seen:
                seen[key].evidence.extend(e for e in f.evidence if e not in seen[key].evidence)
            else:
                seen[key] = f
        return list(seen.values())

    # -- Council presidency

    def council(self, meeting_facts: list[Fact]) -> list[Fact]:
        ctx = self.ctx
        facts: dict[tuple[int, str], Fact] = {}
        for sentence in ctx.sentences:
            chunk = ctx.text[sentence.start:sentence.end]
            for m in DEMONYM_PRESIDENCY.finditer(chunk):
                group = "who" if m.group("who") else "of"
                s, e = sentence.start + m.start(group), sentence.start + m.end(group)
                states = [x for x in ctx.matches_in(s, e, {"demonym", "country"})]
                if not states:
                    continue
                member_state = states[0].entity
                when = self._sentence_date(sentence) or ctx.doc_date
                if when is None:
                    continue
                term = ctx.gaz.council_term_of(member_state, when)
                if term is None:
                    continue
                key = (ctx.part_at(s), term.iri)
                span = Span(sentence.start + m.start(), sentence.start + m.end())
                if key in facts:
                    facts[key].evidence.append(span)
                    continue
                facts[key] = Fact("council_presidency", {"presidency": term.iri, "member_state": member_state,
                                                         "start": term.start, "end": term.end, "priorities": []},
                                  [span], "council_presidency.demonym", 0.9, key[0])
        for f in meeting_facts:
            day = f.data["start"].to_date() if f.data["start"] else None
            if day is None or not re.search(r"(?i)\bcouncil\b", f.data["kind"]) or re.search(r"(?i)european council", f.data["kind"]):
                continue
            term = ctx.gaz.council_term_on(day)
            if term is None:
                continue
            f.links.setdefault("heldUnder", []).append(term.iri)
            key = (f.part, term.iri)
            if key not in facts:
                facts[key] = Fact("council_presidency", {"presidency": term.iri, "member_state": term.member_state,
                                                         "start": term.start, "end": term.end, "priorities": []},
                                  [f.evidence[0]], "council_presidency.meeting-date", 0.8, f.part)
        self._priorities(facts)
        return list(facts.values())

    def _sentence_date(self, sentence: Sentence):
        for d in self.ctx.dates_in(sentence.start, sentence.end):
            if d.start.to_date():
                return d.start.to_date()
        return None

    def _priorities(self, facts: dict[tuple[int, str], Fact]) -> None:
        """'X – a priority of the Belgian presidency': the presidency's own priorities."""
        ctx = self.ctx
        by_state = {f.data["member_state"]: f for f in facts.values()}
        for sentence in ctx.sentences:
            chunk = ctx.text[sentence.start:sentence.end]
            m = PRIORITY_OF.search(chunk)
            if not m:
                continue
            group = "who" if m.group("who") else "who2"
            states = ctx.matches_in(sentence.start + m.start(group), sentence.start + m.end(group), {"demonym", "country"})
            if not states or states[0].entity not in by_state:
                continue
            fact = by_state[states[0].entity]
            for p in ctx.matches_in(sentence.start, sentence.end, {"priority"}):
                if p.entity not in fact.data["priorities"]:
                    fact.data["priorities"].append(p.entity)
                    fact.evidence.append(Span(sentence.start, sentence.end))


def _jha() -> str:
    from ..namespaces import JHA

    return str(JHA)
