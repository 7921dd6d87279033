"""Who the text says operates an information system: 'eu-LISA, which manages SIS', 'SIS,
operated by eu-LISA', 'eu-LISA is responsible for the day-to-day running of SIS II'. A
system may be referred back to ('The system is operated by eu-LISA', 'its operational
management', 'these systems'): the reference stands for the system(s) the same part
named last, in the sentence before or the section's heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..kinds import Fact, Span
from ..kinds.system_operated_by import SystemOperator
from ..reference.gazetteer import Match
from .context import Context, Sentence
from .operator_words import (
    AGENCY_SITE,
    AGENCY_VERB,
    ALONGSIDE,
    AND_IS,
    AS_IT_DOES,
    BOTH,
    BUILDS,
    BUILDS_AND,
    BUILT_BY,
    BY,
    COUNTED,
    COUNTED_WORDS,
    FILLER,
    HANDOVER_OF,
    HANDOVER_TO,
    ITS_RUNNING_TO,
    NUMBERS,
    OPERATE_VERB,
    PART_OF_NAME,
    PLURAL,
    PLURAL_WORDS,
    RESPONSIBILITY_FOR,
    RESPONSIBLE,
    RESPONSIBLE_FOR_ITS,
    RUN_AT,
    SHIFTS_TO,
    SINGULAR,
    SYS_LIST,
    TAKES_ON,
    TAKES_OVER_SYSTEM,
    TASK_COLON,
    THEN_RUNS_THEM,
    UNDER,
    WHICH_AGENCY,
    WHICH_RUNS_IT,
)


@dataclass(frozen=True)
class Ref:
    start: int
    end: int
    entities: tuple[str, ...]


def _references(ctx: Context, start: int, end: int) -> list[Ref]:
    """System mentions in a span, and the references back to systems named before."""
    refs = [Ref(m.start, m.end, (m.entity,)) for m in ctx.matches_in(start, end, {"system"})]
    text = ctx.text
    for pattern, plural in ((SINGULAR, False), (PLURAL, True)):
        for m in pattern.finditer(text, start, end) if not plural or ctx.holds_any(start, end, PLURAL_WORDS) else ():
            if any(r.start <= m.start() < r.end for r in refs):
                continue
            named = (_listed_after(ctx, m.end(), end) if plural else ()) or \
                _named_before(ctx, m.start(), plural, [r for r in refs if r.end <= m.start()])
            number = re.search(r"(?i)\b(two|three|four|five|six|seven|[2-9])\b", m.group()) if plural else None
            if number and len(named) != (NUMBERS.get(number.group(1).lower()) or int(number.group(1))):
                # 'all four components' after a bulleted list of four: that list
                count = NUMBERS.get(number.group(1).lower()) or int(number.group(1))
                named = _bulleted_before(ctx, m.start(), count) or _named_over_sentences(ctx, m.start(), count) or named
            if named:
                refs.append(Ref(m.start(), m.end(), named))
    # 'Both will be hosted by eu-LISA': a sentence opening with 'Both', for the two systems the sentence before names
    both = BOTH.match(text, start)
    if both and ctx.sentence_at(both.start("ref")).start <= start:
        found = ctx.named_before(both.start("ref"), {"system"}, 1)
        named = tuple(dict.fromkeys(x.entity for x in found[1])) if found else ()
        if len(named) == 2:
            refs.append(Ref(both.start("ref"), both.end("ref"), named))
    for m in COUNTED.finditer(text, start, end) if ctx.holds_any(start, end, COUNTED_WORDS) else ():
        if any(r.start <= m.start() < r.end for r in refs):
            continue
        word = (m.group("n") or m.group("bare")).lower()
        count = NUMBERS.get(word) or int(word)
        named = _listed_after(ctx, m.end(), end) if m.group("n") else _last_list_before(ctx, m.start())
        if len(named) == count:
            refs.append(Ref(m.start(), m.end(), named))
    return sorted(refs, key=lambda r: r.start)


def _named_over_sentences(ctx: Context, at: int, count: int) -> tuple[str, ...]:
    """'All four components are run by eu-LISA' after two sentences naming two each: the
    systems of the nearest sentences before (in the same part, three at most), when whole
    sentences give exactly ``count`` of them."""
    i = ctx.sentence_index(at)
    part = ctx.part_at(at)
    named: list[str] = []
    for sentence in reversed(ctx.sentences[max(0, i - 3):i]):
        if ctx.part_at(sentence.start) != part:
            break
        named = list(dict.fromkeys([m.entity for m in ctx.matches_in(sentence.start, sentence.end, {"system"})] + named))
        if len(named) >= count:
            break
    return tuple(named) if len(named) == count else ()


def _last_list_before(ctx: Context, at: int) -> tuple[str, ...]:
    """The systems of the list that closes the nearest sentence before (in the same part) that
    names systems: 'through four components: a European Search Portal, ... and a
    Multiple-Identity Detector.'"""
    found = ctx.named_before(at, {"system"}, 1)
    if found is None:
        return ()
    sentence, named = found
    if not re.fullmatch(r"[\s).]*", ctx.text[named[-1].end:sentence.end]):
        return ()
    listed = [named[-1]]
    for m in reversed(named[:-1]):
        if not re.fullmatch(r"(?:\s*\([^)]*\))?\s*(?:,|,?\s+and)\s+(?:(?:the|an?)\s+)?", ctx.text[m.end:listed[0].start]):
            break
        listed.insert(0, m)
    return tuple(dict.fromkeys(x.entity for x in listed))


_BULLET = re.compile(r"[ \t]*[•·▪*–—-][ \t]+")


def _bulleted_before(ctx: Context, at: int, count: int) -> tuple[str, ...]:
    """The systems a bulleted list just before names, one at the head of each item ('• a European
    Search Portal (ESP), allowing ...'), when the list has ``count`` items; a blank line or one
    line of text may stand between."""
    text = ctx.text
    line_start = text.rfind("\n", 0, at) + 1
    items: list[Match] = []
    skipped = 0
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        bullet = _BULLET.match(line)
        if bullet:
            first = ctx.matches_in(start, end, {"system"})
            head = first and re.fullmatch(r"(?:(?:the|an?)\s+)?", text[start + bullet.end():first[0].start])
            if not head:
                return ()
            items.insert(0, first[0])
        elif items:
            break
        elif line.strip():
            skipped += 1
            if skipped > 1:
                return ()
        end = start - 1
    return tuple(dict.fromkeys(x.entity for x in items)) if len(items) == count else ()


# the agency, then a colon before a bulleted list of the systems: 'eu-LISA will be responsible for the
# operational management of:', 'The agency operates:'
_RUNS_LIST_BELOW = re.compile(rf"(?i)(?:\s*,\s*[^,;.:]{{1,60}},)?\s+(?:(?:also|currently|already|now|will|be|is|are|has|have|"
                              rf"been|remains?)\s+)*(?:responsible\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:running|operation|"
                              rf"management)\s+of|{OPERATE_VERB})\s*:[ \t]*\n")


def _bulleted_after(ctx: Context, at: int) -> list[Match]:
    """The systems a bulleted list from ``at`` names, one at the head of each item ('- the Visa
    Information System (VIS)'), and the one a last line joined by 'and' names ('and, from its
    launch next year, ETIAS'); none when an item does not open with a system."""
    text = ctx.text
    items: list[Match] = []
    start = at
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        bullet = _BULLET.match(line)
        first = ctx.matches_in(start, end, {"system"})
        if bullet:
            if not first or not re.fullmatch(r"(?:(?:the|an?)\s+)?", text[start + bullet.end():first[0].start]):
                return []
            items.append(first[0])
        elif items and first and re.fullmatch(r"\s*and\s*(?:,\s*[^,;.:]{1,60},\s*|\s)(?:the\s+)?", text[start:first[0].start]):
            items.append(first[0])
            break
        else:
            break
        start = end + 1
    return items


def _listed_after(ctx: Context, at: int, end: int) -> tuple[str, ...]:
    """'the systems they connect: SIS, VIS and Eurodac', 'the systems run by eu-LISA – SIS, VIS
    and the future EES –': a plural announcing the list after its colon stands for the systems
    after it, after a dash for those named one after the other."""
    m = re.match(r"[^.;:,–—]{0,40}?(?::|\s[–—-])\s*", ctx.text[at:end])
    if not m:
        return ()
    listed = ctx.matches_in(at + m.end(), end, {"system"})
    if not listed or not re.fullmatch(r"(?:the\s+)?", ctx.text[at + m.end():listed[0].start]):
        return ()
    run = [listed[0]]
    for x in listed[1:] if m.group().rstrip()[-1] != ":" else ():
        if not re.fullmatch(r"(?:\s*\([^)]*\))?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?"
                            r"(?:(?:future|new|current|existing|renewed)\s+)?", ctx.text[run[-1].end:x.start]):
            break
        run.append(x)
    return tuple(dict.fromkeys(x.entity for x in (run if m.group().rstrip()[-1] != ":" else listed)))


def _named_before(ctx: Context, at: int, plural: bool, here: list[Ref]) -> tuple[str, ...]:
    """The system named last before a reference ('the system'), or every system of the last
    sentence that names systems ('these systems'), within the same part and three sentences."""
    if here:
        return here[-1].entities if not plural else tuple(e for r in here for e in r.entities)
    found = ctx.named_before(at, {"system"}, 3)
    if found is not None:
        named = [m.entity for m in found[1]]
        return tuple(dict.fromkeys(named)) if plural else (named[-1],)
    part = ctx.part_at(at)
    # further back, 'the system' is the one system the part has named, if it named only one
    start = next((p.start for p in ctx.doc.parts if p.index == part), 0)
    named = {m.entity for m in ctx.matches_in(start, at, {"system"})}
    return tuple(named) if len(named) == 1 and not plural else ()


# 'it manages SIS II', 'the agency also operates Eurodac', 'The agency, which has run SIS': the agency the
# previous sentence is about
_AGENCY_PRONOUN = re.compile(rf"(?i)\b(?P<ref>it|the\s+(?:new\s+)?agency)(?:\s*,\s*which|\s+that|\s*,\s*(?:with|based\s+in)\s+[^,;.]{{1,60}},)?"
                             rf"\s+(?:(?:also|already|now|still|currently|today|will|has|have|had|been)\s+)*"
                             rf"{BUILDS_AND}(?:{OPERATE_VERB}|taken\s+over|took\s+over|takes\s+over|"
                             # 'It is also responsible for the operational management of'
                             rf"(?:is|are|will\s+be|remains?)\s+(?:also\s+|now\s+)?responsible\s+for)\b")
# a sentence opening with 'The agency' or 'It', standing for the agency an earlier one opens with
_AGENCY_PRONOUN_WORDS = ("operat", "manag", "run", "ran", "host", "charge", "over", "look", "responsib")
_OPENS_WITH_REFERENCE = re.compile(r"(?i)\s*(?:it|the\s+(?:new\s+|same\s+)?agency)\b(?!['’])")


def _opening_agency(ctx: Context, sentence: Sentence, depth: int = 3) -> Match | None:
    """The agency a sentence opens with: named ('eu-LISA started ...', 'Five years ago today,
    eu-LISA ...'), or, when it opens with 'The agency' or 'It', the agency the sentence before
    opens with ('eu-LISA was set up in 2011. The agency runs Eurodac. It also ...'), else the one
    agency the nearest sentence before that names agencies names. A sentence opening with 'It'
    settles none ('It gives the agency a mandate': 'it' is the regulation)."""
    opening = [x for x in ctx.matches_in(sentence.start, sentence.end, {"agency"}) if x.start < sentence.start + 40]
    before = ctx.text[sentence.start:opening[0].start] if opening else ""
    if opening and len(opening) > 1 and re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", ctx.text[opening[0].end:opening[1].start]):
        return None  # 'Europol and eu-LISA signed a plan. The agency ...': which of the two is not settled
    if opening and (before.strip(" \t\"'‘“(").lower() in ("", "the")
                    or re.fullmatch(r"[A-Z][^,.;:]{0,30},\s+(?:the\s+)?", before)):
        return opening[0]
    ref = _OPENS_WITH_REFERENCE.match(ctx.text, sentence.start) if not opening and depth > 0 else None
    if ref is None:
        return None
    if re.fullmatch(r"(?i)\s*it", ref.group()):
        return None  # 'It gives the agency a mandate': 'it' may be any body, and is no link in the chain
    previous = ctx.previous_sentence(sentence)
    found = _opening_agency(ctx, previous, depth - 1) if previous is not None else None
    if found is None:
        # 'The agency continues to manage SIS': the one agency the nearest sentence before that names agencies names
        named = _agencies_before(ctx, sentence)
        found = Match(ref.start(), ref.end(), "agency", named.pop()) if len(named) == 1 else None
    return found


def _pronoun_agency(ctx: Context, sentence: Sentence) -> Match | None:
    """The agency a sentence refers to as 'it' or 'the agency': the agency the previous
    sentence of the same part opens with, else (for 'the agency') the one agency the nearest
    sentence before that names agencies names."""
    m = _AGENCY_PRONOUN.search(ctx.text, sentence.start, sentence.end) \
        if ctx.holds_any(sentence.start, sentence.end, _AGENCY_PRONOUN_WORDS) else None
    previous = ctx.previous_sentence(sentence) if m else None
    if previous is None:
        return None
    opening = _opening_agency(ctx, previous)
    if opening is not None:
        return Match(m.start("ref"), m.end("ref"), "agency", opening.entities)
    if m.group("ref").lower() == "it":
        return None  # 'it' may be any body the sentence before opens with; 'the agency' is an agency
    named = _agencies_before(ctx, sentence)
    return Match(m.start("ref"), m.end("ref"), "agency", named.pop()) if len(named) == 1 else None


def _agency_names_before(ctx: Context, sentence: Sentence) -> list[Match]:
    """The agencies named by the nearest sentence before that names any, of the three before
    in the same part (the nearest antecedent: in 'Eurojust welcomed ... . The meeting was
    attended by the director of eu-LISA. The new agency has taken over ...' it is eu-LISA)."""
    found = ctx.named_before(sentence.start, {"agency"}, 3)
    return found[1] if found else []


def _agencies_before(ctx: Context, sentence: Sentence) -> set[tuple[str, ...]]:
    named = {x.entities for x in _agency_names_before(ctx, sentence)}
    if named:
        return named
    # further back, 'the agency' is the one agency the part has named, if it named only one
    part = ctx.part_at(sentence.start)
    start = next((p.start for p in ctx.doc.parts if p.index == part), 0)
    return {x.entities for x in ctx.matches_in(start, sentence.start, {"agency"})}


# 'by the agency', 'the agency will develop and run': 'the agency' standing for an agency named before
_THE_AGENCY = re.compile(r"(?i)\b(?P<ref>the\s+(?:new\s+|same\s+|latter\s+)?agency)\b(?!['’]|\s+for\b)")


# 'the Tallinn agency', 'the Warsaw-based agency', 'the agency in Tallinn', 'the agency headquartered in Vilnius'
_CITY_AGENCY_BEFORE = re.compile(r"(?i)\bthe\s+(?:(?:EU|European)\s+)?agency\s+(?:(?:based|headquartered|located|seated)\s+)?in\s+$")
_CITY_AGENCY_AFTER = re.compile(r"(?i)(?:-based)?\s+agency\b(?!['’])")


def _agencies_by_seat(ctx: Context, sentence: Sentence) -> list[Match]:
    """An agency named by the city of its seat ('the Tallinn agency', 'the agency in Tallinn'):
    the one agency the reference data seats there (in the document's year, where a seat has a
    start), none where two share the city ('the agency in The Hague')."""
    out = []
    year = ctx.doc_date.year if ctx.doc_date else None
    for place in ctx.matches_in(sentence.start, sentence.end, {"city"}):
        before = _CITY_AGENCY_BEFORE.search(ctx.text, max(sentence.start, place.start - 60), place.start)
        after = None if before else _CITY_AGENCY_AFTER.match(ctx.text, place.end)
        if not before and not (after and re.search(r"(?i)\bthe\s+$", ctx.text[max(sentence.start, place.start - 4):place.start])):
            continue
        seated = sorted(agency for agency, (city, since, _) in ctx.gaz.seats.items()
                        if city in place.entities and (since is None or year is None or since <= year))
        if len(seated) == 1:
            start = before.start() if before else place.start - 4
            out.append(Match(start, place.end if before else after.end(), "agency", (seated[0],)))
    return out


def _agencies_referred_to(ctx: Context, sentence: Sentence) -> list[Match]:
    """'... will be overseen by the new agency', '... the systems the agency will develop and run':
    the one agency the sentence names before it ('developed by eu-LISA ..., and is now operated by
    the agency'), else the one agency the nearest sentence before that names agencies names; and
    an agency named by its seat ('the Tallinn agency')."""
    out = _agencies_by_seat(ctx, sentence) if ctx.holds_any(sentence.start, sentence.end, ("agency",)) else []
    seat_spans = [(m.start, m.end) for m in out]
    for m in _THE_AGENCY.finditer(ctx.text, sentence.start, sentence.end) if ctx.holds_any(
            sentence.start, sentence.end, ("agency",)) else ():
        if any(a <= m.start() < b for a, b in seat_spans):
            continue
        named = {x.entities for x in ctx.matches_in(sentence.start, m.start(), {"agency"})} or _agencies_before(ctx, sentence)
        if len(named) == 1:
            out.append(Match(m.start("ref"), m.end("ref"), "agency", named.pop()))
    return out


# 'SIS, VIS and Eurodac, which the Agency runs around the clock', 'the sBMS, which it has run since'
_WHICH_BEFORE = re.compile(r"(?i)(?:,|\s[–—-])\s*which\s+(?:the\s+)?$")
_WHICH_IT_RUNS = re.compile(rf"(?i)(?:,|\s[–—-])\s*which\s+(?:it|the\s+agency)\s+(?:(?:also|now|currently|already|still|"
                            rf"will|is|are|has|have|had|been)\s+)*{BUILDS_AND}{OPERATE_VERB}\b"
                            # 'SYS, for which the Agency will be responsible'
                            rf"|,\s*for\s+which\s+(?:it|the\s+agency)\s+(?:(?:is|are|will\s+be|has\s+been|also|now|already)\s+)+responsible\b")


def _run_by_the_agency_it_names(ctx: Context, sentence: Sentence) -> list[tuple[Match, list[Ref], Span]]:
    """Systems listed before ', which it runs' / ', which the Agency manages': run by the one
    agency the sentence names before them, else the sentences before it in the same part."""
    out = []
    text = ctx.text
    clauses: list[tuple[re.Match[str], Match | None]] = [(m, None) for m in _WHICH_IT_RUNS.finditer(
        text, sentence.start, sentence.end)] if ctx.holds_any(sentence.start, sentence.end, ("which",)) else []
    # 'the ESP, the sBMS and the CIR, which eu-LISA will develop and run': the agency named in the clause
    for agency in ctx.matches_in(sentence.start, sentence.end, {"agency"}):
        which = _WHICH_BEFORE.search(text, max(sentence.start, agency.start - 12), agency.start)
        if which and AGENCY_VERB.match(text[agency.end:sentence.end]):
            clauses.append((which, agency))
    for m, named_agency in sorted(clauses, key=lambda c: c[0].start()):
        refs = [r for r in _references(ctx, sentence.start, m.start()) if r.end <= m.start()]
        listed: list[Ref] = []
        end = m.start()
        for ref in reversed(refs):  # the systems right before the comma, and the list they close
            gap = text[ref.end:end]
            # the system last before the clause may have an appositive: 'SYS, the central system for ..., which'
            # or close the bracket it stands in: 'the register of convictions (ECRIS-TCN), which'
            if not re.fullmatch(r"(?:\s*\([^)]*\)|\))?(?:\s*,\s*(?:the|an?)\s+[^,;.()]{1,120})?" if not listed
                                else r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", gap):
                break
            listed.insert(0, ref)
            end = ref.start
        if not listed:
            continue
        if not text[m.start():m.end()].lstrip().startswith(","):
            listed = listed[-1:]  # '... and the EES - which the agency has run since October -': the last one
        if named_agency:
            out.append((named_agency, listed, Span(listed[0].start, named_agency.end)))
            continue
        before = ctx.matches_in(sentence.start, listed[0].start, {"agency"}) or _agency_names_before(ctx, sentence)
        agencies = {x.entities for x in before}
        if len(agencies) == 1:
            out.append((before[-1], listed, Span(listed[0].start, m.end())))
    return out


def _masked(ctx: Context, refs: list[Ref], start: int, end: int) -> str:
    """The text of a span with each system reference in it written 'SYS'."""
    out, at = [], start
    for r in refs:
        if start <= r.start and r.end <= end:
            out += [ctx.text[at:r.start], "SYS"]
            at = r.end
    return "".join(out) + ctx.text[at:end]


def extract_operators(ctx: Context) -> list[Fact]:
    facts = []
    seen = set()
    text = ctx.text
    for sentence in ctx.sentences:
        agencies = ctx.matches_in(sentence.start, sentence.end, {"agency"})
        if not agencies:
            pronoun = _pronoun_agency(ctx, sentence)
            agencies = [pronoun] if pronoun else []
        # 'developed by eu-LISA ..., and is now operated by the agency'
        agencies = sorted(agencies + [x for x in _agencies_referred_to(ctx, sentence)
                                      if not any(a.start <= x.start < a.end for a in agencies)], key=lambda x: x.start)
        if not agencies:
            continue
        refs = _references(ctx, sentence.start, sentence.end)
        for agency in agencies:
            for ref in refs:
                if agency.end <= ref.start:
                    gap = text[agency.end:ref.start]
                    for other in reversed([x for x in refs if agency.end <= x.start and x.end <= ref.start]):
                        gap = gap[:other.start - agency.end] + "SYS" + gap[other.end - agency.end:]
                    # 'eu-LISA, which manages the Schengen Information System, the Visa Information System and
                    # EURODAC'; 'eu-LISA, which started on 1 December, already manages VIS'
                    # 'eu-LISA, the agency which already manages SIS'
                    # 'X will lead eu-LISA ...: the agency is preparing ...': the agency restated
                    restated = re.search(r"(?i):\s+(?:the\s+agency|it)\b(?=[^:]*$)", gap)
                    if restated:
                        gap = gap[restated.end():]
                    # another body between them takes the system, unless it is the one handing over
                    # ('has taken over from the European Commission the operational management of')
                    others = [x for x in ctx.matches_in(agency.end, ref.start, {"agency", "organisation", "country"})
                              if not re.search(r"(?i)\bover\s+from\s+(?:the\s+)?$", text[agency.end:x.start])]
                    ok = ((TAKES_ON.search(gap) or (TAKES_OVER_SYSTEM.search(gap) and ctx.matches_in(ref.start, ref.end, {"system"})))
                          and not re.search(r"[.;:]", gap) and len(gap) < 160 and not others) or \
                        re.fullmatch(rf"(?i)(?:['’]s|\s*\))?(?:\s*,\s*(?:which|who|with|based\s+in)\s+(?:[^,;.]|,\s*SYS\b){{1,80}},)?"
                                      rf"(?:\s*,\s*[\"“][^\"”]{{1,60}}[\"”]\s*,)?"
                                      rf"(?:\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?agency(?:\s+for\s+[^,;.:]{{1,60}}?)?)?,?\s+"
                                      rf"(?:which\s+|that\s+|who\s+)?(?:(?:also|currently|already|still|now|today|will|be|been|"
                                      rf"has|have|had|is|are|remains?|stays?)\s+)*{BUILDS_AND}{OPERATE_VERB}(?:\s+and\s+\w+ed)?(?:\s*[:–—]\s*|\s+)"
                                      rf"{SYS_LIST}(?:the\s+)?{FILLER}{ALONGSIDE}", gap) or (
                        # 'eu-LISA, which is developing both systems and will be responsible for running them'
                        TASK_COLON.search(gap) and not others and len(gap) < 160) or (
                        AS_IT_DOES.match(gap) and not others) or (
                        BUILDS.fullmatch(gap) and not others
                        and THEN_RUNS_THEM.match(_masked(ctx, refs, ref.end, sentence.end))) or (
                        # 'eu-LISA develops ETIAS and will be responsible for its technical management'
                        (RESPONSIBLE.search(gap) or (RESPONSIBLE_FOR_ITS.search(gap)
                                                      and text[ref.start:ref.end].lower() == "its"))
                        and not re.search(r"[.;:]", gap) and len(gap) < 120
                        and not ctx.matches_in(agency.end, ref.start, {"agency", "organisation", "country"}))
                else:
                    gap = text[ref.end:agency.start]
                    base = max(sentence.start, ref.start - 160)
                    lead = text[base:ref.start]
                    for other in reversed([x for x in refs if x.end <= ref.start and x.start >= base]):
                        at = other.start - base  # the later ones first, so the earlier offsets hold
                        lead = lead[:at] + "SYS" + lead[at + other.end - other.start:]
                    # 'SYS, the secure channel for ..., is managed by'
                    core = re.sub(r"^\s*,\s*(?:the|an?)\s+[^,;.()]{1,100}?,(?=\s+(?:is|are|was|were|has|have|will)\b)", "", gap)
                    ok = (BY.search(core) and (BY.search(core).start() < 45 or AND_IS.match(core)) and not re.search(r"[.;]", core)) or (
                        UNDER.match(gap)) or (HANDOVER_TO.match(gap) and HANDOVER_OF.search(text, max(sentence.start, ref.start - 30), ref.start)) or (
                        BUILT_BY.match(gap) and WHICH_RUNS_IT.match(text[agency.end:sentence.end])) or (
                        WHICH_AGENCY.match(gap) and AGENCY_VERB.match(text[agency.end:sentence.end])) or (
                        ITS_RUNNING_TO.match(gap) and text[ref.start:ref.end].lower() == "its"
                        and not ctx.matches_in(ref.end, agency.start, {"agency", "organisation", "country"})) or (
                        RUN_AT.match(_masked(ctx, refs, ref.end, agency.start)) and AGENCY_SITE.match(text, agency.end)) or (
                        SHIFTS_TO.match(gap) and RESPONSIBILITY_FOR.search(lead)
                        and not ctx.matches_in(ref.end, agency.start, {"agency", "organisation", "country"}))
                if ok and ctx.matches_in(ref.start, ref.end, {"system"}) and PART_OF_NAME.match(text, ref.end):
                    ok = False  # 'Frontex hosts the ETIAS Central Unit': the unit, not the system
                for system in ref.entities if ok else ():
                    if (system, agency.entity) in seen:
                        continue
                    seen.add((system, agency.entity))
                    span = Span(min(agency.start, ref.start), max(agency.end, ref.end))
                    rule = "system_operated_by.verb" if ctx.matches_in(ref.start, ref.end, {"system"}) \
                        else "system_operated_by.reference"
                    facts.append(Fact(SystemOperator(system, agency.entity),
                                      [span], rule, 0.85 if rule.endswith("verb") else 0.7, ctx.part_at(span.start)))
    for sentence in ctx.sentences:
        agencies = ctx.matches_in(sentence.start, sentence.end, {"agency"})
        pronoun = None if agencies else _pronoun_agency(ctx, sentence)
        for agency in agencies or ([pronoun] if pronoun else []):
            below = _RUNS_LIST_BELOW.match(text, agency.end)
            if not below or ctx.matches_in(agency.end, below.end(), {"agency", "organisation", "country", "system"}):
                continue
            for item in _bulleted_after(ctx, below.end()):
                if (item.entity, agency.entity) not in seen:
                    seen.add((item.entity, agency.entity))
                    facts.append(Fact(SystemOperator(item.entity, agency.entity), [Span(agency.start, item.end)],
                                      "system_operated_by.listed-below", 0.8, ctx.part_at(agency.start)))
        for agency, refs, span in _run_by_the_agency_it_names(ctx, sentence):
            for system in (e for ref in refs for e in ref.entities):
                if (system, agency.entity) not in seen:
                    seen.add((system, agency.entity))
                    facts.append(Fact(SystemOperator(system, agency.entity), [span],
                                      "system_operated_by.which-it-runs", 0.75, ctx.part_at(span.start)))
    return facts
