"""Who the text says operates an information system."""

from __future__ import annotations

import re

from .context import Context
from .model import Fact, Span

OPERATE_VERB = r"(?:operat(?:es|ed|ing)|manag(?:es|ed|ing)|runs|ran|running|hosts|hosted|is responsible for)"
_BY = re.compile(r"(?i)\b(?:operationally\s+)?(?:operated|managed|run|hosted)\s+by\s*$")


def extract_operators(ctx: Context) -> list[Fact]:
    """'eu-LISA, which manages SIS', 'SIS, operated by eu-LISA', 'eu-LISA operates Eurodac'."""
    facts = []
    seen = set()
    for sentence in ctx.sentences:
        systems = ctx.matches_in(sentence.start, sentence.end, {"system"})
        agencies = ctx.matches_in(sentence.start, sentence.end, {"agency"})
        if not systems or not agencies:
            continue
        for agency in agencies:
            for system in systems:
                if agency.end <= system.start:
                    gap = ctx.text[agency.end:system.start]
                    for other in reversed([x for x in systems if agency.end <= x.start and x.end <= system.start]):
                        gap = gap[:other.start - agency.end] + "SYS" + gap[other.end - agency.end:]
                    # 'eu-LISA, which manages the Schengen Information System, the Visa Information System and EURODAC'
                    ok = re.fullmatch(rf"(?i)(?:['’]s)?,?\s+(?:which\s+|that\s+|who\s+)?(?:also\s+|currently\s+|already\s+)?"
                                      rf"{OPERATE_VERB}\s+(?:(?:the\s+)?SYS(?:\s*\([^)]*\))?\s*(?:,\s*|and\s+|,\s*and\s+))*"
                                      rf"(?:the\s+)?(?:[\w/-]+\s+){{0,6}}?", gap)
                else:
                    gap = ctx.text[system.end:agency.start]
                    ok = _BY.search(gap) and len(gap) < 60 and "." not in gap
                if ok and (system.entity, agency.entity) not in seen:
                    seen.add((system.entity, agency.entity))
                    span = Span(min(agency.start, system.start), max(agency.end, system.end))
                    facts.append(Fact("system_operated_by", {"system": system.entity, "agency": agency.entity},
                                      [span], "system_operated_by.verb", 0.85, ctx.part_at(span.start)))
    return facts
