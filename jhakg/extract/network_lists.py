"""The network's chairs given as lists: lines of years and agencies under a line about the
chair ('2016 - Eurojust' one a line, or '2019 Eurojust | 2020 CEPOL' on one line), and
successions told in sentences that follow a sentence about the chair."""

from __future__ import annotations

import re

from ..kinds import Fact, Span
from ..kinds.network_presidency import NetworkPresidency
from ..regexes import compiled
from .context import Context, Sentence
from .network_words import paired_to, paired_years
from .operator_agencies import we_agency

# a sentence that tells who came after whom: 'FRA opened the series in 2010 and CEPOL followed in 2011', 'X took
# over in 2012, followed by Y in 2013', 'A and B chaired in 2015 and 2016 respectively'
SUCCESSION = compiled(r"(?i)\b(?:follow(?:s|ed|ing)?|succeed(?:s|ed|ing)?|(?:took|take[sn]?)\s+over|chair(?:s|ed)?|led|"
                        r"held|open(?:s|ed)?\s+the\s+(?:series|round|rotation|cycle)|(?:began|begins|started|starts)\s+"
                        r"with|then|next)\b")
# a year of the agency's own: 'Frontex was founded in 2004 and CEPOL followed in 2005'
AGENCY_EVENT = compiled(r"(?i)\b(?:founded|established|set\s+up|created|launched|joined|moved|opened\s+its|became|"
                          r"renamed|(?:started|began)\s+(?:work|operating|operations))\b")


# (or held 'it', the chair the sentence before tells of: 'The chairmanship rotates each year. EIGE last held it in 2018')
_FOLLOWS_IN = compiled(r"(?i)\b(?:follow(?:s|ed)?|(?:will|is\s+to|is\s+due\s+to)\s+follow|(?:held|chaired|led)\s+it)\s+in\s+(?:19|20)\d\d\b")


# 'we' and 'us' as the subject or object of a verb of chairing in an agency head's words: 'We took over the chair from
# EIGE', 'in 2020 Frontex will take over from us'
_WE_US = compiled(r"\b(?P<ref>[Ww]e|us)\b")


def agencies_in(ctx: Context, sentence: Sentence) -> list[tuple[int, int, str]]:
    """The agencies a span names, as (start, end, agency), a name and its abbreviation right
    after it ('EU drugs agency (EMCDDA)') as one; and 'we' or 'us' in a speech or an interview's
    answers, for the agency whose head speaks."""
    out: list[tuple[int, int, str]] = []
    matches = ctx.matches_in(sentence.start, sentence.end, {"agency"})
    if ctx.holds_any(sentence.start, sentence.end, ("we", "us")) and _WE_US.search(ctx.text, sentence.start, sentence.end):
        matches = sorted(matches + we_agency(ctx, sentence, _WE_US), key=lambda m: m.start)
    for m in matches:
        if out and out[-1][2] == m.entity and m.start - out[-1][1] < 4:
            out[-1] = (out[-1][0], m.end, m.entity)
            continue
        out.append((m.start, m.end, m.entity))
    return out


# a note in brackets after a row's agency: '2027 - EUAA (foreseen)', '2026 - EUDA (incoming)', or on its name
# ('2024 – EUDA (EMCDDA until 1 July 2024)', the bracket's name read with the agency's)
_NOTE = (r"\((?:incoming|outgoing|current|foreseen|planned|provisional|expected|tbc|to\s+be\s+confirmed)\)"
         r"|\s+(?:until|till|up\s+to|since|from|before)\s+[^()\n]{1,30}\)")
# a table's row: more cells after the agency's, none naming an agency ('2014 | FRA | Vienna (incoming)')
_ROW_END = compiled(rf"[\s).]*(?:{_NOTE}[\s.]*)?(?:\|[^|\n]*)*", re.I)


def row_of(ctx: Context, sentence: Sentence) -> tuple[str, int] | None:
    """A line that is only a year and an agency ('2015 - European Asylum Support Office (EASO)'),
    or a table's row that opens with them ('2014 | FRA | Vienna')."""
    chunk = ctx.text[sentence.start:sentence.end]
    m = re.match(r"\s*\|?\s*(?P<y>(?:19|20)\d\d)\s*(?:[–—:|-]\s*|\s)(?:the\s+)?", chunk)
    agencies = agencies_in(ctx, sentence)
    if not m or len({a[2] for a in agencies}) != 1 or agencies[0][0] != sentence.start + m.end() or \
            not _ROW_END.fullmatch(ctx.text, agencies[-1][1], sentence.end):
        return None
    return agencies[0][2], int(m.group("y"))


def inline_rows(ctx: Context, sentence: Sentence) -> list[tuple[str, int]]:
    """A line of years and agencies and nothing else, the pairs set apart by bars or
    semicolons ('2010 Eurojust | 2011 CEPOL | 2012 Europol'): each agency with its year."""
    chunk = ctx.text[sentence.start:sentence.end]
    starts = {a[0]: a for a in agencies_in(ctx, sentence)}
    out, at = [], 0
    for m in re.finditer(r"\s*(?P<y>(?:19|20)\d\d)\s*(?:[–—:-]\s*|\s)(?:the\s+)?", chunk):
        agency = starts.get(sentence.start + m.end())
        if m.start() != at or agency is None:
            return []
        sep = re.match(r"[\s).]*(?:[|;·•]|$)", chunk[agency[1] - sentence.start:])
        if not sep:
            return []
        out.append((agency[2], int(m.group("y"))))
        at = agency[1] - sentence.start + sep.end()
    return out if at >= len(chunk.rstrip()) and len(out) >= 2 else []


def rows_facts(ctx: Context, rows: list[tuple[Sentence, str, int]]) -> list[Fact]:
    """Lines of years and agencies under a line about the network's chair ('The chair rotates
    among the agencies:', 'Network chairs, recent years'): each agency chaired in its year,
    when there are two lines or more and no year twice."""
    if len(rows) < 2 or len({y for _, _, y in rows}) != len(rows):
        return []
    return [Fact(NetworkPresidency(agency, year), [Span(s.start, s.end)], "network_presidency.rows", 0.85,
                 ctx.part_at(s.start)) for s, agency, year in rows]


def succession(ctx: Context, sentence: Sentence) -> list[Fact]:
    """A sentence right after one about the network's chair (or after another such sentence)
    that only pairs agencies with years in a succession ('FRA opened the series in 2010 and
    CEPOL followed in 2011'; 'Europol and EASO chaired in 2015 and 2016 respectively, Frontex
    in 2017'): each agency chaired in its year, when every agency and every year is paired."""
    chunk = ctx.text[sentence.start:sentence.end]
    if not SUCCESSION.search(chunk) or AGENCY_EVENT.search(chunk):
        return []
    agencies = agencies_in(ctx, sentence)
    years = ctx.years_in(sentence.start, sentence.end)
    pairs = paired_years(ctx.text, sentence, agencies, years)
    # (one agency following in its year is a succession too: 'The Fundamental Rights Agency will follow in 2013')
    follows = _FOLLOWS_IN.search(chunk) is not None and len(agencies) == len(years) == 1
    pairs = pairs or (paired_to(ctx.text, agencies, years) if follows else [])
    if len(pairs) < (1 if follows else 2) or {a for a, _ in pairs} != {a[2] for a in agencies} or {y for _, y in pairs} != {y for _, y in years}:
        return []
    return [Fact(NetworkPresidency(agency, year), [Span(sentence.start, sentence.end)], "network_presidency.succession",
                 0.8, ctx.part_at(sentence.start)) for agency, year in pairs]


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact for each agency and year in a part, with the evidence of all that state it."""
    seen: dict[tuple, Fact] = {}
    for f in facts:
        key = (f.part, f.record.agency, f.record.year)
        if key in seen:
            seen[key].evidence.extend(e for e in f.evidence if e not in seen[key].evidence)
        else:
            seen[key] = f
    return list(seen.values())
