"""Policy priorities a document addresses, and who the text says operates a system."""

from __future__ import annotations

import re

from .context import Context
from .model import Fact, Span
from .roles import People

OPERATE_VERB = r"(?:operat(?:es|ed|ing)|manag(?:es|ed|ing)|runs|ran|running|hosts|hosted|is responsible for)"
_BY = re.compile(r"(?i)\b(?:operationally\s+)?(?:operated|managed|run|hosted)\s+by\s*$")


# words by which a text presents a topic as a priority or as what a meeting is about
PRIORITY_CUE = re.compile(
    r"(?i)\b(?:priorit\w*|focus\w*|key\s+(?:issue|topic|theme|area)s?|main\s+(?:issue|topic|theme)s?|agenda|"
    r"discuss\w*|debat\w*|exchange[ds]?\s+(?:of\s+)?views|topics?|themes?|fight(?:ing)?\s+against|"
    r"combat\w*|tackl\w*|address\w*|counter(?:ing|ed|s)?\b|work(?:ed|ing|s)?\s+on|dedicated\s+to|devoted\s+to|"
    r"conclusions\s+on|strateg\w*|action\s+plan|roadmap|step(?:ped|ping)?\s+up|strengthen\w*|"
    r"improv\w*|enhanc\w*|prevent\w*|protect\w*|disrupt\w*)")


def _presented(ctx: Context, start: int) -> bool:
    """A topic counts as a priority in a sentence with a priority cue, in a heading, or in a
    list whose lead-in line has a cue."""
    sentence = ctx.sentence_at(start)
    chunk = ctx.text[sentence.start:sentence.end]
    if PRIORITY_CUE.search(chunk):
        return True
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]
    if len(line) < 80 and not line.rstrip().endswith("."):
        return True  # a heading or list item naming the topic
    return False


def extract_priorities(ctx: Context, people: People) -> list[Fact]:
    """Policy priorities the text presents as such, once per part; words inside a
    person's title ('State Secretary for Asylum and Migration') are a portfolio, not a topic."""
    titles = [(phrase.start, phrase.end) for _, phrase in people.roles]
    best: dict[tuple[int, str], Span] = {}
    for m in ctx.matches:
        if m.kind != "priority" or any(a <= m.start < b for a, b in titles) or not _presented(ctx, m.start):
            continue
        key = (ctx.part_at(m.start), m.entity)
        # the evidence is the most specific wording ('trafficking in human beings', not 'anti-trafficking')
        if key not in best or m.end - m.start > best[key].end - best[key].start:
            best[key] = Span(m.start, m.end)
    return [Fact("priority", {"priority": entity}, [span], "priority.gazetteer", 0.8, part)
            for (part, entity), span in sorted(best.items(), key=lambda kv: kv[1].start)]


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
