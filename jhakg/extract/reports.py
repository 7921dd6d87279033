"""Reports and legal acts a document names.

Reports: 'launch a new EMCDDA–Europol report: Drugs and the darknet: ...', 'the report
entitled "..."', 'published its annual report ...'. The title is the emphasised or
quoted text right after the word 'report' (or the colon after it); the agencies named
just before 'report' are its authors. Legal acts: 'Regulation (EU) 2018/1726',
'Directive (EU) 2016/681', 'Council Decision 2005/681/JHA'.
"""

from __future__ import annotations

import re

from ..kinds import Fact, Span
from ..kinds.legal_act import LegalAct
from ..kinds.report import Report
from ..regexes import compiled
from .context import Context

REPORT = compiled(r"(?i)\breport\b")
TITLE_AFTER = compiled(r"^\s*(?::|,?\s*(?:entitled|titled|called))\s*[\"“‘']?")
LEGAL_ACT = compiled(  # opening with a lookahead on its first letter, which the engine tests first
    r"(?=[CIDFR])\b(?P<kind>(?:Council\s+|Commission\s+)?(?:Implementing\s+|Delegated\s+|Framework\s+)?"
    r"(?:Regulation|Directive|Decision))\s+(?:\((?:EU|EC|EEC)\)\s+)?(?:No\.?\s+)?"
    r"(?P<number>(?:\d{4}/\d{1,4}|\d{1,4}/\d{4})(?:/JHA)?)")


def _title(ctx: Context, start: int, limit: int) -> Span | None:
    """An emphasised or quoted title starting at ``start`` (after optional ':'/'entitled')."""
    m = TITLE_AFTER.match(ctx.text[start:limit])
    if not m:
        return None
    at = start + m.end()
    for a, b in ctx.doc.emphasis:
        if a - at in range(0, 3) and b <= limit + 200:
            return Span(a, b)
    quoted = re.match(r"[\"“‘']([^\"”’']{5,200})[\"”’']", ctx.text[at - 1:limit + 200])
    if quoted:
        return Span(at - 1 + quoted.start(1), at - 1 + quoted.end(1))
    return None


def extract_reports(ctx: Context, meetings: list[Fact]) -> list[Fact]:
    facts = []
    for sentence in ctx.sentences:
        chunk = ctx.text[sentence.start:sentence.end]
        for m in REPORT.finditer(chunk) if ctx.holds_any(sentence.start, sentence.end, ("report",)) else ():
            end = sentence.start + m.end()
            title = _title(ctx, end, min(len(ctx.text), end + 300))
            if title is None:
                continue
            # the authors are the agencies in the noun phrase before 'report': 'a new EMCDDA–Europol report'
            report_at = sentence.start + m.start()
            determiners = list(re.finditer(r"(?i)\b(?:a|an|the|its|their|new|joint)\b",
                                           ctx.text[sentence.start:report_at]))
            np_start = sentence.start + determiners[-1].end() if determiners else report_at
            authors = [x.entity for x in ctx.matches_in(np_start, report_at, {"agency"})]
            launched = [f for f in meetings
                        if f.evidence and f.part == ctx.part_at(end)
                        and any(d.start.to_date() and d.start == f.record.start
                                for d in ctx.dates_in(sentence.start, sentence.end))]
            facts.append(Fact(Report(" ".join(ctx.text[title.start:title.end].split()), sorted(set(authors)),
                                     launched[0] if launched else None),
                              [Span(sentence.start, sentence.end)], "report.titled", 0.8, ctx.part_at(end)))
    return facts


def extract_legal_acts(ctx: Context) -> list[Fact]:
    facts, seen = [], set()
    for m in LEGAL_ACT.finditer(ctx.text):
        kind = " ".join(m.group("kind").split())
        number = m.group("number")
        part = ctx.part_at(m.start())
        if (part, kind, number) in seen:
            continue
        seen.add((part, kind, number))
        facts.append(Fact(LegalAct(kind, number),
                          [Span(m.start(), m.end())], "legal_act.number", 0.95, part))
    return facts
