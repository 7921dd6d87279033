"""The agency a sentence refers to without naming it: 'it' or 'the agency' standing for the
agency an earlier sentence is about, 'the agency' for one named before, and an agency named by
its seat ('the Tallinn agency', 'the agency in Tallinn')."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import Context, Sentence
from .operator_words import BUILDS_AND, BUILT_BY_AGENCY, BY, OPERATE_VERB

# 'it manages SIS II', 'the agency also operates Eurodac', 'The agency, which has run SIS': the agency the
# previous sentence is about
AGENCY_PRONOUN = compiled(rf"(?i)\b(?P<ref>it|the\s+(?:new\s+)?agency)(?:\s*,\s*which|\s+that|\s*,\s*(?:with|based\s+in)\s+[^,;.]{{1,60}},)?"
                             rf"\s+(?:(?:also|already|now|still|currently|today|will|has|have|had|been)\s+)*"
                             rf"{BUILDS_AND}(?:{OPERATE_VERB}|taken\s+over|took\s+over|takes\s+over|"
                             # 'It is also responsible for the operational management of'
                             # (or 'it has also been responsible for')
                             rf"(?:(?<=been\s)|(?:is|are|will\s+be|remains?)\s+|(?<=will\s)(?:also\s+|now\s+)?be\s+)(?:also\s+|now\s+)?"
                             rf"responsible\s+for)\b")
# a sentence opening with 'The agency' or 'It', standing for the agency an earlier one opens with
AGENCY_PRONOUN_WORDS = ("operat", "manag", "run", "ran", "host", "charge", "over", "look", "responsib")
_OPENS_WITH_REFERENCE = compiled(r"(?i)\s*(?:it|the\s+(?:new\s+|same\s+)?agency)\b(?!['’])")


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
                    or re.fullmatch(r"[A-Z][^,.;:]{0,30},\s+(?:the\s+)?", before)
                    # a speaker pointing at it: 'Think of eu-LISA in Tallinn.', 'Take Frontex.'
                    or re.fullmatch(r"(?:Think\s+of|Take|Consider|Look\s+at)\s+(?:the\s+)?", before)):
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


def _agent_of_running(ctx: Context, sentence: Sentence) -> Match | None:
    """The one agency a sentence names, when it names it as the one that runs or builds a system ('The
    ETIAS Central System will be developed and managed by eu-LISA, the EU Agency for large-scale IT
    systems.'): the agency the next sentence's 'it' or 'the agency' stands for ('It already runs SIS II')."""
    named = ctx.matches_in(sentence.start, sentence.end, {"agency", "organisation"})
    if len({x.entities for x in named}) != 1 or named[0].kind != "agency" \
            or not ctx.matches_in(sentence.start, named[0].start, {"system"}):
        return None
    before = max(sentence.start, named[0].start - 40)
    return named[0] if (BY.search(ctx.text, before, named[0].start)
                        or BUILT_BY_AGENCY.search(ctx.text, before, named[0].start)) else None


def pronoun_agency(ctx: Context, sentence: Sentence, depth: int = 2) -> Match | None:
    """The agency a sentence refers to as 'it' or 'the agency': the agency the previous
    sentence of the same part opens with, else the agency the previous sentence, naming no
    body, refers to the same way ('eu-LISA began work in 2012. It manages VIS. It will also run
    the EES'), else (for 'the agency') the one agency the nearest sentence before that names
    agencies names."""
    m = AGENCY_PRONOUN.search(ctx.text, sentence.start, sentence.end) \
        if ctx.holds_any(sentence.start, sentence.end, AGENCY_PRONOUN_WORDS) else None
    previous = ctx.previous_sentence(sentence) if m else None
    if previous is None:
        return None
    opening = _opening_agency(ctx, previous)
    if opening is None and depth > 0 and not ctx.matches_in(previous.start, previous.end, {"agency", "organisation"}):
        opening = pronoun_agency(ctx, previous, depth - 1)
    if opening is None:
        opening = _agent_of_running(ctx, previous)
    if opening is not None:
        return Match(m.start("ref"), m.end("ref"), "agency", opening.entities)
    if m.group("ref").lower() == "it":
        return None  # 'it' may be any body the sentence before opens with; 'the agency' is an agency
    named = _agencies_before(ctx, sentence)
    return Match(m.start("ref"), m.end("ref"), "agency", named.pop()) if len(named) == 1 else None


def agency_names_before(ctx: Context, sentence: Sentence) -> list[Match]:
    """The agencies named by the nearest sentence before that names any, of the three before
    in the same part (the nearest antecedent: in 'Eurojust welcomed ... . The meeting was
    attended by the director of eu-LISA. The new agency has taken over ...' it is eu-LISA)."""
    found = ctx.named_before(sentence.start, {"agency"}, 3)
    return found[1] if found else []


def _agencies_before(ctx: Context, sentence: Sentence) -> set[tuple[str, ...]]:
    named = {x.entities for x in agency_names_before(ctx, sentence)}
    if named:
        return named
    # further back, 'the agency' is the one agency the part has named, if it named only one
    part = ctx.part_at(sentence.start)
    start = next((p.start for p in ctx.doc.parts if p.index == part), 0)
    return {x.entities for x in ctx.matches_in(start, sentence.start, {"agency"})}


# 'by the agency', 'the agency will develop and run': 'the agency' standing for an agency named before
THE_AGENCY = compiled(r"(?i)\b(?P<ref>(?:the|this)\s+(?:new\s+|same\s+|latter\s+)?agency|(?P<own>his|her|whose)\s+agency)\b(?!['’]|\s+for\b)")


# 'the Tallinn agency', 'the Warsaw-based agency', 'the agency in Tallinn', 'the agency headquartered in Vilnius'
_CITY_AGENCY_BEFORE = compiled(r"(?i)\bthe\s+(?:(?:EU|European)\s+)?agency\s+(?:(?:based|headquartered|located|seated)\s+)?in\s+$")
_CITY_AGENCY_AFTER = compiled(r"(?i)(?:-based)?\s+agency\b(?!['’])")


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


# a page given as the words of an agency's head: 'Opening address by NAME, Executive Director of', 'Keynote speech
# by NAME, Director of the'
# (or an author's byline opening its line: 'By NAME, Director of FRA | DATE', over a blog post)
_SPOKEN_FOR = compiled(r"(?im)(?:\b(?:speech|address|remarks|keynote|statement)\s+(?:\w+\s+)?|^[ \t]*)by\s+[^,\n]{3,60},\s+"
                         r"(?:the\s+)?(?:(?:acting|interim)\s+)?(?:executive\s+)?director\s+of\s+(?:the\s+)?$")
# a speech's label line: 'Speaker: NAME, FRA Director', 'Speaker: NAME, Executive Director of AGENCY'
_SPEAKER_LABEL = compiled(r"(?im)^[ \t]*speaker[ \t]*:[ \t]*[^,\n]{3,60},[ \t]+(?:the[ \t]+)?"
                            r"(?P<of>(?:(?:acting|interim)[ \t]+)?(?:executive[ \t]+)?director[ \t]+of[ \t]+(?:the[ \t]+)?)?$")
# 'we run ...', 'we are also responsible for ...', 'we keep ...' in such a page's own words
_WE = compiled(rf"\b(?P<ref>[Ww]e)\s+(?:(?:also|already|now|still|currently|today|will|have|has|had|been|are)\s+)*"
                 rf"(?:{BUILDS_AND}{OPERATE_VERB}|responsible\s+for|keep|host|(?:took|take|taken)\s+over)\b")
SPEAKER_HEAD = 900  # the head of a page, where a speech says whose it is


# an interview's page, with the head of one agency: '... took up her duties as Executive Director of eu-LISA ...
# We spoke to her'; its answers are the lines that open with the speaker's name or initials ('SVK: We operate')
_INTERVIEW = compiled(r"(?i)\binterview(?:ed)?\b")
_HEAD_OF = compiled(r"(?i)\b(?:(?:executive\s+)?director|head|president|chair(?:person)?)\s+of\s+(?:the\s+)?$")
_HEAD_AFTER = compiled(r"\s+(?:Executive\s+Director|Director|Head|President|Chair(?:person)?)\b")  # 'the EMCDDA Director'
# an answer's line, opening with its speaker: 'A:', 'SVK:', 'Anna Berg:', 'Oostveen-Lacerda:'
_ANSWER = compiled(r"\s*(?:A|[A-Z]{2,4}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*:\s")


@lru_cache(maxsize=4)  # (asked for each sentence that says 'we' or 'us'; the page's head answers it once)
def _speaker_agency(ctx: Context) -> tuple[tuple[str, ...] | None, bool]:
    """The agency whose head a page gives the words of: the one agency named right after 'speech by NAME,
    Executive Director of' (or a byline 'By NAME, Director of', a label 'Speaker: NAME, FRA Director') in the
    page's head; else, on an interview's page, the one agency whose head
    the page's head names (and True: only its answers are that head's words)."""
    head = ctx.matches_in(0, min(len(ctx.text), SPEAKER_HEAD), {"agency"})
    found = {x.entities for x in head if _SPOKEN_FOR.search(ctx.text, max(0, x.start - 160), x.start)
             or ((label := _SPEAKER_LABEL.search(ctx.text, max(0, x.start - 160), x.start))
                 and (label.group("of") or _HEAD_AFTER.match(ctx.text, x.end)))}
    if len(found) == 1:
        return found.pop(), False
    if found or not _INTERVIEW.search(ctx.text, 0, SPEAKER_HEAD):
        return None, False
    found = {x.entities for x in head if _HEAD_OF.search(ctx.text, max(0, x.start - 40), x.start)
             or _HEAD_AFTER.match(ctx.text, x.end)}
    return (found.pop(), True) if len(found) == 1 else (None, False)


def we_agency(ctx: Context, sentence: Sentence, we: re.Pattern[str] = _WE) -> list[Match]:
    """'we' (as ``we`` finds it, its group 'ref') in the words of an agency's head, outside quotation marks:
    that agency ('Since last year we are also responsible for e-CODEX', in a speech by its Executive Director;
    'SVK: We operate the Schengen Information System', an answer in an interview with it)."""
    found = list(we.finditer(ctx.text, sentence.start, sentence.end))
    if not found:
        return []
    agency, interview = _speaker_agency(ctx)
    line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
    if agency is None or (interview and (not _ANSWER.match(ctx.text, line_start)
                                         or re.match(r"\s*(?:Q|Question)\s*:", ctx.text[line_start:]))):
        return []  # (in an interview, only the answers are the head's words)
    # (not in a quotation: 'we' may be anyone)
    return [Match(m.start("ref"), m.end("ref"), "agency", agency) for m in found
            if len(re.findall(r"[\"“”]", ctx.text[line_start:m.start()])) % 2 == 0]


# an agency named as an object: after a preposition or 'and', up to four words between ('to the police and Europol')
# (not after 'by', the agent of a passive: 'The system is run by eu-LISA. The same agency ...')
_AFTER_PREPOSITION = compiled(r"(?i)\b(?:to|for|with|from|of|on|at|and|or)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$")


def _named_only_as_objects(ctx: Context, sentence: Sentence) -> bool:
    """Whether every agency the nearest sentence before that names agencies names stands after a preposition
    or an 'and' (an object, not a subject)."""
    found = ctx.named_before(sentence.start, {"agency"}, 3)
    return bool(found) and all(_AFTER_PREPOSITION.search(ctx.text, max(found[0].start, x.start - 60), x.start)
                               for x in found[1])


def agencies_referred_to(ctx: Context, sentence: Sentence) -> list[Match]:
    """'... will be overseen by the new agency', '... the systems the agency will develop and run':
    the one agency the sentence names before it ('developed by eu-LISA ..., and is now operated by
    the agency'), else the one agency the nearest sentence before that names agencies names; and
    an agency named by its seat ('the Tallinn agency')."""
    out = _agencies_by_seat(ctx, sentence) if ctx.holds_any(sentence.start, sentence.end, ("agency",)) else []
    out += we_agency(ctx, sentence) if ctx.holds_any(sentence.start, sentence.end, ("we",)) else []
    seat_spans = [(m.start, m.end) for m in out]
    for m in THE_AGENCY.finditer(ctx.text, sentence.start, sentence.end) if ctx.holds_any(
            sentence.start, sentence.end, ("agency",)) else ():
        if any(a <= m.start() < b for a, b in seat_spans):
            continue
        named = in_sentence = {x.entities for x in ctx.matches_in(sentence.start, m.start(), {"agency"})}
        if not named and not m.group("own"):  # ('his agency': the one the sentence names before it, as its head's)
            named = _agencies_before(ctx, sentence)
            # on an agency's own page, an agency the sentence before names only as the object of a preposition or
            # in a list after one is no antecedent of 'the agency' ('... opening the database to national police
            # and Europol. The agency is entrusted with ...' on eu-LISA's page): the page's agency is
            if len(named) == 1 and (own := ctx.site_agency) and named != {own} and \
                    re.fullmatch(r"(?i)the\s+agency", m.group("ref")) and _named_only_as_objects(ctx, sentence):
                named = {own}
        if len(named) != 1 and (m.group("ref").endswith("Agency") or (named and not in_sentence)) and \
                (own := ctx.site_agency):
            # 'the Agency', with its capital, on an agency's page: that agency; and 'the agency' after a sentence
            # naming several ('Frontex and Europol joined a panel. The agency also runs SIS'), on its own page
            named = {own}
        if len(named) == 1:
            out.append(Match(m.start("ref"), m.end("ref"), "agency", named.pop()))
    return out

