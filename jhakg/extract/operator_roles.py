"""Who runs a system, said with a noun for the agency's part or with the agency inside a
description of the systems: 'eu-LISA is the operational manager of SIS', 'the custodian of
the VIS is eu-LISA', 'responsibility for the VIS lies with eu-LISA', 'the systems managed by
eu-LISA, such as SIS and VIS', 'the VIS is one of the three systems eu-LISA runs', 'the EES
has joined SIS and VIS among the systems operated by eu-LISA', 'SIS is maintained by eu-LISA'.

Each sentence is read with its agencies and its named systems written as numbered marks, so
that a phrasing is one pattern over the marks and the words between them."""

from __future__ import annotations

import re

from ..kinds import Fact, Span
from ..kinds.system_operated_by import SystemOperator
from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import Context

_A = r"(?:the\s+)?⟦A\d+⟧"
_S = r"⟦S\d+⟧"
# a system as a list writes it: 'the central SIS', 'the Visa Information System (VIS)', 'the EES system'
_ITEM = (rf"(?:the\s+)?(?:(?:central|new|renewed|recast|upgraded|second[\s-]generation)\s+)?{_S}"
         rf"(?:\s*\({_S}\))?(?:\s+(?:systems?|databases?|platforms?))?")
_LIST = rf"(?P<systems>{_ITEM}(?:(?:\s*,\s*|,?\s+and\s+|,?\s+as\s+well\s+as\s+){_ITEM})*)"
_AUX = (r"(?:(?:is|are|was|were|has|have|had|been|be|will|would|remains?|remained|also|now|still|already|currently|"
        r"today|officially|formally|became|becomes?|continues?\s+to)\s+)*")
# the agency's part, as a noun: 'the (operational) manager', 'the custodian', 'the operator'
_PART = (r"(?:the|its)\s+(?:(?:day-to-day|operational|technical|sole|central|system)\s+)*"
         r"(?:manager|operator|custodian|administrator|keeper)")
_COPULA = r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be|remains|remained)\s+"
_RUNS = r"(?:operates|manages|runs|hosts|administers|maintains)"
_RUN_BY = r"(?:operated|managed|run|hosted|administered|maintained|looked\s+after)\s+(?:(?:centrally|technically|operationally)\s+)?by\s+"
_SYSTEMS = r"(?:[\w-]+\s+){0,3}?(?:systems|databases|platforms)"

PHRASINGS = [compiled(p, re.IGNORECASE) for p in (
    # 'eu-LISA is the operational manager of SIS', 'eu-LISA acts as the operator for Eurodac',
    # 'eu-LISA, the custodian of the VIS, ...'
    rf"{_A}(?:\s*,\s*|\s+{_AUX}(?:(?:acts?|acted|acting|serves?|served|serving)\s+as\s+)?){_PART}\s+(?:of|for)\s+{_LIST}",
    # 'The operational manager of the EES is eu-LISA'
    rf"\b{_PART}\s+(?:of|for)\s+{_LIST}\s*,?\s+{_COPULA}(?:(?:now|still|also)\s+)?{_A}",
    # 'SIS is maintained by eu-LISA' (the other verbs of the passive are read with the rest of the operators)
    rf"{_LIST}\s+{_AUX}(?:maintained|administered|looked\s+after)\s+(?:(?:centrally|technically)\s+)?by\s+{_A}",
    # 'Responsibility for the day-to-day operation of the VIS lies with eu-LISA'
    rf"\bresponsibility\s+for\s+(?:the\s+)?(?:(?:(?:day-to-day|operational|technical)\s+)?(?:operation|management|running)\s+of\s+)?"
    rf"{_LIST}\s+{_AUX}(?:lies|lie|lay|rests?|rested|sits?|sat)\s+with\s+{_A}",
    # 'the large-scale systems operated by eu-LISA, such as SIS and VIS'; '... the systems eu-LISA runs: SIS, VIS'
    rf"\b{_SYSTEMS}\s+(?:(?:that|which)\s+)?(?:{_A}\s+(?:(?:now|currently|already|also)\s+)?{_RUNS}|{_AUX}{_RUN_BY}{_A})"
    rf"(?:\s*,\s*|\s+)(?:such\s+as|including|namely|like)\s+{_LIST}",
    # 'The VIS is one of the three systems that eu-LISA operates'
    rf"{_LIST}\s+{_AUX}(?:one|each|all|both|two|three|four|five|six)\s+of\s+the\s+{_SYSTEMS}\s+(?:(?:that|which)\s+)?"
    rf"(?:{_A}\s+(?:(?:now|currently|already|also)\s+)?{_RUNS}|{_AUX}{_RUN_BY}{_A})",
    # 'the EES has joined SIS, VIS and Eurodac among the systems operated by eu-LISA'
    rf"(?P<first>{_ITEM})\s+(?:(?:has|have|now|also|recently)\s+)*(?:joins|joined)\s+{_LIST}\s+(?:among|as\s+one\s+of|in)\s+"
    rf"the\s+{_SYSTEMS}\s+(?:(?:that|which)\s+)?(?:{_A}\s+(?:(?:now|currently|already|also)\s+)?{_RUNS}|{_AUX}{_RUN_BY}{_A})",
    # "eu-LISA's portfolio now includes the EES"
    rf"{_A}['’]s?\s+(?:(?:IT|systems?)\s+)?portfolio\s+(?:(?:now|also|already)\s+)*(?:includes?|included|covers?|covered|"
    rf"comprises?|comprised)\s+{_LIST}",
)]
# the words, lower-cased, one of which each phrasing's every match holds (its part, its passive's verb, 'responsibility',
# its plural of systems, 'join', 'portfolio'): a sentence without any of them is spared the phrasings
PHRASING_WORDS = ("manager", "operator", "custodian", "administrator", "keeper", "maintained", "administered", "looked",
                  "responsibility", "systems", "databases", "platforms", "join", "portfolio")
_MARK = compiled(r"⟦([AS])(\d+)⟧")
# a list that opens the phrasing is its subject, not what something is done in or with: 'alerts in SIS are maintained by'
_OPENS_WITH_LIST = compiled(rf"(?i){_ITEM}")
_OBJECT_OF = compiled(r"(?i)\b(?:against|in|on|into|with|to|from|for|by|through|via|using|of)\s+$")
# a named system that is only part of a longer name: 'the ETIAS Central Unit'
_PART_OF_NAME = compiled(r"\s+(?:Central\s+Unit|National\s+Unit|Unit|Office|Team|Centre|Center)\b")


def _masked(ctx: Context, start: int, end: int) -> tuple[str, list[Match], list[Match]]:
    """The sentence with each agency written '⟦A<i>⟧' and each system '⟦S<i>⟧', and the matches."""
    agencies, systems, out, at = [], [], [], start
    for m in ctx.matches_in(start, end, {"agency", "system"}):
        if m.start < at:
            continue
        if m.kind == "agency":
            out += [ctx.text[at:m.start], f"⟦A{len(agencies)}⟧"]
            agencies.append(m)
        else:
            if _PART_OF_NAME.match(ctx.text, m.end):
                continue
            out += [ctx.text[at:m.start], f"⟦S{len(systems)}⟧"]
            systems.append(m)
        at = m.end
    return "".join(out) + ctx.text[at:end], agencies, systems


def operators_by_role(ctx: Context) -> list[Fact]:
    """The operators these phrasings state, one fact per system and agency, in text order."""
    facts, seen = [], set()
    for sentence in ctx.sentences:
        if not ctx.holds_any(sentence.start, sentence.end, PHRASING_WORDS):
            continue
        if ctx.asks(sentence):
            continue
        masked, agencies, systems = _masked(ctx, sentence.start, sentence.end)
        if not agencies or not systems:
            continue
        for pattern in PHRASINGS:
            for m in pattern.finditer(masked):
                marks = _MARK.findall(m.group())
                named_agencies = {int(i) for kind, i in marks if kind == "A"}
                if len(named_agencies) != 1:
                    continue  # (one agency in the phrasing, by its construction)
                if _OPENS_WITH_LIST.match(m.group()) and _OBJECT_OF.search(masked, 0, m.start()):
                    continue
                agency = agencies[named_agencies.pop()]
                named = m.group("systems") + " " + (m.groupdict().get("first") or "")
                for index in sorted({int(i) for kind, i in _MARK.findall(named) if kind == "S"}):
                    system = systems[index]
                    for iri in system.entities:
                        if (iri, agency.entity) in seen:
                            continue
                        seen.add((iri, agency.entity))
                        span = Span(min(agency.start, system.start), max(agency.end, system.end))
                        facts.append(Fact(SystemOperator(iri, agency.entity), [span], "system_operated_by.role", 0.8,
                                          ctx.part_at(span.start)))
    return facts
