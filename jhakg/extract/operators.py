"""Who the text says operates an information system: 'eu-LISA, which manages SIS', 'SIS,
operated by eu-LISA', 'eu-LISA is responsible for the day-to-day running of SIS II'. A
system may be referred back to ('The system is operated by eu-LISA', 'its operational
management', 'these systems'): the reference stands for the system(s) the same part
named last, in the sentence before or the section's heading (operator_refs.py); an agency
may be referred to as 'it', 'the agency' or by its seat (operator_agencies.py)."""

from __future__ import annotations

import re

from ..kinds import Fact, Span
from ..kinds.system_operated_by import SystemOperator
from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import Context, Sentence
from .operator_agencies import agencies_referred_to, agency_names_before, pronoun_agency
from .operator_refs import (
    HEADING_OPENS,
    RUNS_HEADING,
    RUNS_LIST_BELOW,
    Ref,
    bulleted_after,
    masked,
    references,
)
from .operator_roles import operators_by_role
from .operator_tables import operators_in_tables
from .operator_words import (
    AGENCY_RESPONSIBLE,
    AGENCY_SITE,
    AGENCY_VERB,
    AGENCYS_JOB,
    AGENCYS_REMIT,
    ALONGSIDE,
    AND_ALSO_RUNS,
    AND_IS,
    AND_RUN_THERE,
    ANOTHER_SYSTEM,
    APPOSED,
    APPOSED_GAP,
    AS_IT_DOES,
    BUILDS,
    BUILDS_AND,
    BUILT_BY,
    BUILT_BY_AGENCY,
    BUILT_THEN_RUNS_ITS,
    BY,
    CARRIED_OUT_BY,
    ENTRUSTED,
    ENTRUSTED_WITH,
    ENTRUSTS,
    EVENT_NOUNS,
    FALLS_UNDER,
    FILLER,
    HANDED_OVER_TO,
    HANDOVER_OF,
    HANDOVER_TO,
    HOSTS_ALONGSIDE,
    IS_ITS_JOB,
    IT_AFTER_SEMICOLON,
    IT_RUNS,
    ITS_RUNNING_TO,
    KEEPS,
    KEPT_RUNNING,
    MOVES_FROM,
    NUMBERS,
    OBJECT_RELATIVE,
    OPERATE_VERB,
    OVER_AFTER,
    PART_OF_NAME,
    REMIT_COLON,
    RESPONSIBILITY_FOR,
    RESPONSIBLE,
    RESPONSIBLE_FOR_ITS,
    RUN_AT,
    RUNNING,
    RUNNING_IT,
    RUNS_TOGETHER,
    SHIFTS_TO,
    SINGLED_OUT,
    SYS_LIST,
    TAKES_ON,
    TAKES_OVER_SYSTEM,
    TAKES_SYSTEM,
    TASK_COLON,
    TASK_MOVES,
    TASK_STATED,
    THEN_RUNS_THEM,
    TOGETHER_WITH,
    UNDER,
    WHICH_AGENCY,
    WHICH_RUNS_IT,
)

# 'SIS, VIS and Eurodac, which the Agency runs around the clock', 'the sBMS, which it has run since'
_WHICH_BEFORE = compiled(r"(?i)(?:,|\s[–—-])\s*which\s+(?:the\s+)?$|,?\s+and\s+which\s+(?:the\s+)?$")
# the system's unit, not the system: 'ETIAS, whose Central Unit will be hosted by Frontex'
_WHOSE_UNIT = compiled(r"(?i)\s*,\s*whose\s+(?:[\w-]+\s+){0,2}?(?:unit|office|team|centre|center)\b")
# another agency listed with it: 'Frontex, ... and eu-LISA'
_LISTED_AFTER = compiled(r"(?i)(?:,|\band)\s+(?:the\s+)?$")
_BELIEF = compiled(r"(?i)\b(?:think|thinks|thought|believe|believes|believed|imagine|imagines)\b")
_FOR_WHICH_BEFORE = compiled(r"(?i),\s*for\s+which\s+(?:the\s+)?$")
# a passive said not to hold: 'the system is not run by the agency', '... but neither system is run by it'
_SINGULAR_APPOSITION = compiled(r"(?i)\s*,\s*(?:the|an?)\s+(?:[\w-]+\s+){0,4}?(?:database|system|platform|tool|register)\b(?!s)"
                                r"[^,;.]*")  # (up to the agency: the verb is the apposition's own)
_NOT_BEFORE_BY = compiled(r"(?i)\b(?:not|never|neither|nor|no\s+longer)\b")
_NEITHER_BEFORE = compiled(r"(?i)\b(?:neither|nor|none\s+of(?:\s+the(?:m|se|ir)?)?)\s+(?:[\w-]+\s+)?$")
# the first of two relative clauses on a system: 'Eurodac, which will store more data, and which eu-LISA will manage'
_FIRST_WHICH = compiled(r"(?i)(?:,|\s[–—-])\s*which\b[^;.]*$")
_WHICH_IT_RUNS = compiled(rf"(?i)(?:,|\s[–—-])\s*which\s+(?:it|the\s+agency)\s+(?:(?:also|now|currently|already|still|"
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
        # ('e-CODEX, for which eu-LISA has been responsible since July 2023')
        which = _FOR_WHICH_BEFORE.search(text, max(sentence.start, agency.start - 16), agency.start)
        if which and AGENCY_RESPONSIBLE.match(text[agency.end:sentence.end]):
            clauses.append((which, agency))
    for m, named_agency in sorted(clauses, key=lambda c: c[0].start()):
        end = m.start()
        if re.match(r"(?i),?\s+and\s+which", m.group()):
            first = _FIRST_WHICH.search(text, sentence.start, end)
            if first is None:
                continue
            end = first.start()  # the system the first clause is about
        refs = [r for r in references(ctx, sentence.start, end) if r.end <= end]
        listed: list[Ref] = []
        for ref in reversed(refs):  # the systems right before the comma, and the list they close
            gap = text[ref.end:end]
            if listed and ref.entities == listed[0].entities and re.fullmatch(r"\s*\(", gap):
                listed[0] = ref  # a long name and its acronym in brackets: 'the Entry/Exit System (EES) and ...'
                end = ref.start
                continue
            # the system last before the clause may have an appositive: 'SYS, the central system for ..., which'
            # or close the bracket it stands in: 'the register of convictions (ECRIS-TCN), which'
            if not re.fullmatch(r"(?:\s*\([^)]*\)|\))?(?:\s*,\s*(?:the|an?)\s+[^,;.()]{1,120})?" if not listed
                                else r"\)?\s*(?:,|,?\s+and)\s+(?:the\s+)?", gap):
                break
            listed.insert(0, ref)
            end = ref.start
        if not listed:
            continue
        earlier = [r for r in refs if r.end <= listed[0].start]
        if earlier and _LIST_GOES_ON.fullmatch(text, earlier[-1].end, listed[0].start):
            listed = listed[-1:]  # a longer list than the one read ('SYS, SYS, the future SYS and SYS, which'): its last
        if not text[m.start():m.end()].lstrip().startswith(","):
            listed = listed[-1:]  # '... and the EES - which the agency has run since October -': the last one
        if named_agency:
            out.append((named_agency, listed, Span(listed[0].start, named_agency.end)))
            continue
        # (or the one 'The Agency' or 'It' before them stands for: 'eu-LISA runs SIS. The Agency is also building SYS and
        # SYS, which it will run')
        pronoun = pronoun_agency(ctx, sentence)
        before = ctx.matches_in(sentence.start, listed[0].start, {"agency"}) or (
            [pronoun] if pronoun is not None else agency_names_before(ctx, sentence))
        agencies = {x.entities for x in before}
        if len(agencies) == 1:
            out.append((before[-1], listed, Span(listed[0].start, m.end())))
    return out


_SUBJECT = compiled(r"(?i)(?:\s+(?:system|database|platform))?(?:\s+(?:on|of|for)\s+[^,;.()]{1,80}?)?\s+(?:will|is|are|was|were|has|have|had|can|must|should|shall|"
                      r"would|could|may)\b")


def _runs_it(ctx: Context, sentence: Sentence, agencies: list[Match]) -> list[tuple[Match, list[Ref], Span]]:
    """'the EES will register ... crossings; eu-LISA builds it and will run it', '... put in place by the
    Agency, which will also be in charge of it': 'it' is the one system the sentence names before."""
    out = []
    for agency in agencies:
        m = IT_RUNS.match(ctx.text, agency.end, sentence.end) if ctx.holds_any(agency.end, sentence.end, ("it",)) else None
        refs = references(ctx, sentence.start, agency.start) if m else []
        # (the system the subject of its clause: not 'SIS data was used in the operation, and Europol managed it')
        if refs and len({ref.entities for ref in refs}) == 1 and _SUBJECT.match(ctx.text, refs[-1].end):
            out.append((agency, refs[-1:], Span(refs[-1].start, m.end())))
    return out


def _task_handed_over(ctx: Context, sentence: Sentence) -> list[tuple[Match, list[Ref], Span]]:
    """'X is responsible for the operational management of SYS. This task will be handed over in
    December to AGENCY': the systems of the task the sentence before states, to the agency."""
    text = ctx.text
    moves = TASK_MOVES.match(text, sentence.start, sentence.end)
    agency = next((a for a in ctx.matches_in(sentence.start, sentence.end, {"agency"}) if moves and a.start == moves.end()), None)
    i = ctx.sentence_index(sentence.start)
    if agency is None or i == 0 or ctx.part_at(ctx.sentences[i - 1].start) != ctx.part_at(sentence.start):
        return []
    before = ctx.sentences[i - 1]
    stated = list(TASK_STATED.finditer(text, before.start, before.end))
    if len(stated) != 1:
        return []
    listed: list[Ref] = []
    at = stated[0].end()
    for m in ctx.matches_in(at, before.end, {"system"}):
        if not (_LIST_JOINT.fullmatch(text, at, m.start) if listed else re.fullmatch(r"(?:[\w-]+\s+){0,2}", text[at:m.start])):
            break
        listed.append(Ref(m.start, m.end, (m.entity,)))
        at = m.end
    return [(agency, listed, Span(listed[0].start, agency.end))] if listed else []


# what joins the systems of a list: a comma, 'and', 'as well as', after a note in brackets or a relative clause
# ('Eurodac, together with SIS II and VIS, is managed by')
_LIST_JOINT = compiled(r"(?i)(?:\s*\([^()]{1,60}\))?(?:\s*,\s*which\s+[^,;.()]{1,80}?(?=,))?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|"
                         r",\s+(?:together|along)\s+with)"
                         r"\s+(?:(?:both|also|for|to)\s+)?(?:the\s+)?")  # ("Responsibility for the VIS and for Eurodac", "access to SIS and to the VIS")
# a name and its comma just before: the apposition that follows is that name's
_AFTER_AGENCY = compiled(r"[\w)’'-]\s*,\s*$")
# a system named as what something is done with or in: 'checks against SIS', 'alerts in SIS'
_QUALIFIED = compiled(r"(?i)(?<=\s)(?:second[\s-]generation|upgraded|renewed|recast)\s+$")
# those the agency built a system with, not what they run: 'developed the EES together with the Commission and the
# member states and is responsible for its operational management'
_TOGETHER_WITH = compiled(r"(?i)\b(?:together|jointly)\s+with\s+[^.;:]{0,80}$")
# a gathering on a system, not the system: 'host a meeting of the SYS coordinators', 'a workshop on SYS'
_EVENT_ON = compiled(rf"(?i)\b{EVENT_NOUNS}\s+(?:of|on|about|for)\s+(?:the\s+)?$")
_OBJECT_OF = compiled(r"(?i)\b(?:against|in|on|into|with|to|from|for|by|through|via|using)\s+(?:the\s+)?$")
# a sentence opening with the agency, or with a clause on it: 'Since the agency began work in 2012 it has managed'
_SINCE = compiled(r"(?i)\s*(?:since|when|after|once|now\s+that)\s+$")
_IT = compiled(r"(?i)\bit\b")
# what stands before an 'it' that restates the subject: a comma or 'and', 'just as', a verb of telling ('explained how')
_CLAUSE_BEFORE_IT = compiled(r"(?:,|,?\s+(?:and|but))\s+$|,\s+just\s+as\s+$"
                             r"|\b(?:explained|explains|described|describes|showed|shows|outlined|outlines|set\s+out|sets\s+out)\s+how\s+$")


def _after_it(ctx: Context, sentence: Sentence, agency: Match, gap: str) -> str:
    """The words after an 'it' that restates the agency the sentence opens with: 'Since the agency
    began work in 2012 it has managed', 'The agency runs SIS, and it will operate', '..., just as it
    keeps', 'The agency explained how it keeps'; else the words as they are (no other body named before the 'it')."""
    lead = ctx.text[sentence.start:agency.start]
    since = _SINCE.fullmatch(lead)
    # (or opens the clause after 'and': 'The EES started in October and eu-LISA now runs its central system, just as it
    # keeps ...')
    if not since and not re.fullmatch(r"\s*|[^,;.:]{1,80}?\s+and\s+", lead):
        return gap
    for m in reversed(list(_IT.finditer(gap))):
        before = gap[:m.start()]
        if (re.fullmatch(r"[^,;.:]{1,80}?(?:,\s*|\s+)", before) if since else
                _CLAUSE_BEFORE_IT.search(before) and not re.search(r"[.;:]", before)):
            if not ctx.matches_in(agency.end, agency.end + m.start(), {"agency", "organisation", "country"}):
                return gap[m.end():]
        break
    return gap


# what someone says an agency should do, not what it does: 'propose that eu-LISA should also take over e-CODEX'
_SHOULD = compiled(r"(?i)\s+should\b")
# a list going on before the part read: ', the future ' (not ', in addition to ')
_LIST_GOES_ON = compiled(r"\)?\s*,\s*(?:the\s+)?(?:(?!(?:in|to|with|for|of|from|by|as|and|or|but|which|that|while|including|"
                         r"besides|alongside|plus)\b)[\w-]+\s+)?")
# an apposition after an agency, up to its closing comma: ', the EU agency for large-scale IT systems,'
_APPOSITION_OPENS = r"\s*,\s*(?:the|an?)\s+[^;.:(),]{1,120}"
_APPOSITION, _OPENS_APPOSITION = compiled(_APPOSITION_OPENS + ","), compiled(_APPOSITION_OPENS)
_CLOSES_APPOSITION = compiled(r"[^,;.:()]{0,60},")
# (or its relative clause, after an apposition or not: 'A, which works with B, manages SYS', 'A, the EU agency in
# Tallinn, which works with B and C, manages SYS')
_OPENS_ASIDE = compiled(r"\s*,\s*(?:(?:the|an?)\s+[^;.:(),]{1,120}?\s*,\s*)?(?:which|who|that)\s+[^;.:(),]{1,120}")


def _in_apposition(ctx: Context, agency: Match, agencies: list[Match]) -> bool:
    """Whether an agency is named inside the apposition of another before it ('A, the partner of B, will ...'), or
    inside its relative clause on no system ('A, which works with B, manages ...'; not 'A, which will run SYS
    together with B, ...', where B runs it too)."""
    text = ctx.text
    return any(other.end <= agency.start and _CLOSES_APPOSITION.match(text, agency.end) and (
        _OPENS_APPOSITION.fullmatch(text, other.end, agency.start) or (
            _OPENS_ASIDE.fullmatch(text, other.end, agency.start)
            and not ctx.matches_in(other.end, agency.start, {"system"}))) for other in agencies)


def _past_apposition(text: str, at: int) -> int:
    """Where the words after an agency go on, past an apposition that describes it ('eu-LISA, the EU agency for
    large-scale IT systems, ...')."""
    m = _APPOSITION.match(text, at)
    return m.end() if m else at


def extract_operators(ctx: Context) -> list[Fact]:
    facts = []
    seen = set()
    text = ctx.text
    for sentence in ctx.sentences:
        if ctx.asks(sentence) or _BELIEF.search(text, sentence.start, sentence.end):  # 'Does the EUAA run Eurodac?'
            continue  # ('Many people think Frontex runs ETIAS': what some believe, not what the text states)
        agencies = ctx.matches_in(sentence.start, sentence.end, {"agency"})
        if not agencies:
            pronoun = pronoun_agency(ctx, sentence)
            agencies = [pronoun] if pronoun else []
        # 'developed by eu-LISA ..., and is now operated by the agency'
        agencies = sorted(agencies + [x for x in agencies_referred_to(ctx, sentence)
                                      if not any(a.start <= x.start < a.end for a in agencies)], key=lambda x: x.start)
        if not agencies:
            continue
        refs = references(ctx, sentence.start, sentence.end)
        for agency in agencies:
            if _in_apposition(ctx, agency, agencies):
                continue  # 'eu-LISA, the partner of Frontex, will run ETIAS': eu-LISA's, not Frontex's
            linked: list[Ref] = []  # the systems the agency, named before them, runs
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
                    gap = gap[restated.end():] if restated else _after_it(ctx, sentence, agency, gap)
                    gap = _QUALIFIED.sub("", gap)  # the system's own qualifier: 'take over the second generation SIS'
                    gap = gap[1:] if gap.startswith(")") else gap  # the acronym in brackets after the long name: '... (eu-LISA) will'
                    if ENTRUSTS.search(text, max(sentence.start, agency.start - 20), agency.start):
                        gap = ENTRUSTED_WITH.sub(r"\1entrusted ", gap)  # 'entrusts eu-LISA with': 'eu-LISA entrusted with'
                    # another body between them takes the system, unless it is the one handing over
                    # ('has taken over from the European Commission the operational management of')
                    others = [x for x in ctx.matches_in(agency.end, ref.start, {"agency", "organisation", "country"})
                              if not re.search(r"(?i)\bover\s+from\s+(?:the\s+)?$", text[agency.end:x.start])]
                    ok = ((TAKES_ON.search(gap) or ((TAKES_OVER_SYSTEM.search(gap) or (
                        TAKES_SYSTEM.search(gap) and OVER_AFTER.match(text, ref.end, sentence.end)))
                        and ctx.matches_in(ref.start, ref.end, {"system"})))
                          and not re.search(r"[.;:]", gap) and len(gap) < 160 and not others) or \
                        re.fullmatch(rf"(?i)(?:['’]s|\s*\))?(?:\s*,\s*(?:which|who|with|based\s+in|in(?=\s+(?-i:[A-Z])))\s+(?:[^,;.]|,\s*(?:the\s+)?SYS\b){{1,80}},)?"
                                      rf"(?:\s*,\s*[\"“][^\"”]{{1,60}}[\"”]\s*,)?"
                                      rf"(?:\s*,\s*(?:the|an?|our|its)\s+(?:[\w'’-]+\s+){{0,3}}?agency(?:\s+(?:for|in|based\s+in)\s+[^,;.:]{{1,60}}?)?"
                                      # ('eu-LISA, the EU agency in Tallinn that already manages SYS, SYS and SYS, will develop and run')
                                      rf"(?:\s+(?:that|which)\s+[^;.:]{{1,120}}?(?=,\s+(?:will|is|has|also|already|now|currently)\b))?)?,?\s+"
                                      rf"(?:which\s+|that\s+|who\s+)?(?:(?:also|currently|already|still|now|today|will|be|been|"
                                      rf"has|have|had|is|are|remains?|stays?|to)\s+)*{BUILDS_AND}{OPERATE_VERB}(?:\s+and\s+\w+ed)?{ENTRUSTED}(?:\s*[:,–—]\s*|\s+)"
                                      rf"(?:{RUNNING})?(?:both\s+|{SINGLED_OUT})?{SYS_LIST}(?:the\s+)?{FILLER}{ALONGSIDE}", gap) or (
                        # 'eu-LISA, which is developing both systems and will be responsible for running them'
                        (TASK_COLON.search(gap) or REMIT_COLON.match(gap)) and not others and len(gap) < 160) or (
                        AS_IT_DOES.match(gap) and not others) or (
                        HOSTS_ALONGSIDE.fullmatch(gap) and not others and any(
                            r.end <= agency.start and WHICH_AGENCY.match(text[r.end:agency.start]) for r in refs)) or (
                        BUILDS.fullmatch(gap) and not others
                        and THEN_RUNS_THEM.match(masked(ctx, refs, ref.end, sentence.end))) or (
                        # 'eu-LISA develops ETIAS and will be responsible for its technical management'
                        (RESPONSIBLE.search(gap) or (RESPONSIBLE_FOR_ITS.search(gap)
                                                      and text[ref.start:ref.end].lower() == "its"))
                        and not re.search(r"[.;:]", gap) and len(gap) < 160
                        # (a body its apposition names is no other: 'eu-LISA, the EU agency for ..., with')
                        and not [x for x in ctx.matches_in(_past_apposition(text, agency.end), ref.start,
                                                           {"agency", "organisation", "country"})
                                 if not _TOGETHER_WITH.search(text, agency.end, x.start)]) or (
                        BUILT_THEN_RUNS_ITS.fullmatch(gap) and text[ref.start:ref.end].lower().startswith("its ")
                        and all(x.entities == agency.entities for x in others)) or (  # (its long name in apposition)
                        # 'the agency that keeps SIS, VIS and Eurodac running'
                        KEEPS.match(gap) and KEPT_RUNNING.match(masked(ctx, refs, ref.end, sentence.end))) or (
                        # '... runs the central EES and will run the central ETIAS system'
                        any(AND_ALSO_RUNS.match(masked(ctx, refs, r.end, ref.start)) for r in linked))
                    ok = ok and not _EVENT_ON.search(gap)  # 'will host a meeting of the EES national coordinators'
                    # (not one of several agencies listed before the verb: 'Frontex, FRA and eu-LISA, which runs SYS')
                    ok = ok and not any(_LISTED_AFTER.search(text, max(agency.end, x.start - 8), x.start)
                                        for x in others if x.kind == "agency" and x.entities != agency.entities)
                else:
                    gap = text[ref.end:agency.start]
                    base = max(sentence.start, ref.start - 160)
                    lead = text[base:ref.start]
                    for other in reversed([x for x in refs if x.end <= ref.start and x.start >= base]):
                        at = other.start - base  # the later ones first, so the earlier offsets hold
                        lead = lead[:at] + "SYS" + lead[at + other.end - other.start:]
                    # 'SYS, the secure channel for ..., is managed by'
                    # 'the fingerprint database for asylum seekers, in service since 2003, is also run by'
                    # ('the SYS system, the secure channel ..., has been', 'the Entry/Exit System (EES), which ..., is';
                    # an aside as long as a release's: 'ECRIS-TCN, which will allow judges ... on a non-EU national, will be')
                    core = re.sub(r"(?i)^(?:\s+(?:information\s+)?(?:system|database|platform)\b)?(?:\s*\([^()]*\)|\))?(?:\s*,\s*(?:the|an?)\s+[^,;.()]{1,160}?|(?:\s+for\s+[^,;.()]{1,60}?)?\s*,\s*[^,;.()]{1,160}?),"
                                  r"(?=\s+(?:is|are|was|were|has|have|will)\b)", "", gap)
                    # what the system is for, before its verb: 'the system for the secure exchange of ... will be operated by'
                    core = re.sub(r"^\s+(?:for|of)\s+[^,;.()]{1,100}?(?=\s+(?:is|are|was|were|has|have|will)\b)", "", core)
                    # the system itself: 'the SYS Information System itself is being developed and will be operated by', 'the SYS Central System'
                    core = re.sub(r"(?i)^\s+(?:(?:central\s+)?(?:information\s+)?(?:system|database|platform)(?:\s+itself)?|itself)\b", "", core)
                    # its central system: 'Eurodac, the EU asylum fingerprint database whose central system is operated by'
                    core = re.sub(r"(?i)^\s*,\s*(?:the|an?)\s+[^,;.()]{1,100}?\s+whose\s+(?:central\s+|technical\s+)?"
                                  r"(?:system|database|part)(?=\s+(?:is|are|was|were|has|have|will)\b)", "", core)
                    # other systems between it and the passive: the passive is the first's too only when they
                    # are its list ('SIS, which went live in April, and VIS are both managed by'; not 'SIS helps
                    # the police, and VIS is managed by'), read after the last of them
                    # (systems named, not words that refer back, nor the one before again: 'SIS II (SIS)', 'Eurodac, the
                    # fingerprint system ..., is operated by')
                    between = []
                    for x in refs:
                        if ref.end <= x.start and x.end <= agency.start and ctx.matches_in(x.start, x.end, {"system"}) \
                                and x.entities != (between[-1] if between else ref).entities:
                            between.append(x)
                    listed = all(_LIST_JOINT.fullmatch(text, a.end, b.start) for a, b in zip([ref, *between], between, strict=False))
                    if between:
                        # (an apposition in the singular with the verb in it is the last one's alone: 'SIS and
                        # Eurodac, the fingerprint database run by'; not 'SIS and Eurodac, the fingerprint database
                        # of asylum applicants, move to')
                        core = text[between[-1].end:agency.start] if listed else ""
                        core = "" if _SINGULAR_APPOSITION.fullmatch(core) else core
                    by = BY.search(core)
                    ok = (by and (by.start() < 45 or AND_IS.match(core)) and not re.search(r"[.;]", core)
                          and not _NOT_BEFORE_BY.search(core, 0, by.start()) and not _NEITHER_BEFORE.search(lead)) or (
                        # 'Checks in SIS are the responsibility of Frontex': the system, not what is done with it
                        # (of a list too: 'SIS, VIS and Eurodac remain in the hands of')
                        (UNDER.match(gap) or (between and core and UNDER.match(core))) and not _OBJECT_OF.search(lead)) or (
                        FALLS_UNDER.match(gap) and AGENCYS_REMIT.match(text, agency.end) and not _OBJECT_OF.search(lead)) or (
                        ANOTHER_SYSTEM.match(gap) and AGENCY_VERB.match(text[agency.end:sentence.end])) or (HANDOVER_TO.match(masked(ctx, refs, ref.end, agency.start)) and HANDOVER_OF.search(lead)) or (
                        BUILT_BY.match(gap) and WHICH_RUNS_IT.match(text[agency.end:sentence.end])) or (
                        (built := BUILT_BY_AGENCY.search(core)) and built.start() < 45 and not re.search(r"[.;]", core)
                        and AND_RUN_THERE.match(text, agency.end, sentence.end)) or (
                        TOGETHER_WITH.match(gap) and RUNS_TOGETHER.search(lead) and not _NOT_BEFORE_BY.search(lead)) or (
                        # 'running SIS, VIS and Eurodac is eu-LISA's job'
                        RUNNING_IT.search(lead) and IS_ITS_JOB.match(masked(ctx, refs, ref.end, agency.start))
                        and AGENCYS_JOB.match(text, agency.end)) or (
                        WHICH_AGENCY.match(gap) and AGENCY_VERB.match(text[agency.end:sentence.end])) or (
                        # 'the three systems eu-LISA operates today' (a reference to systems: a system's name right
                        # before an agency's is no object clause without 'that' or 'which')
                        OBJECT_RELATIVE.match(gap) and AGENCY_VERB.match(text[agency.end:sentence.end])
                        and (not ctx.matches_in(ref.start, ref.end, {"system"}) or re.search(r"(?i)\b(?:that|which)\b", gap))) or (
                        # 'SIS II, which ..., will be handed over to the same agency'; 'the system; it is kept running by'
                        (HANDED_OVER_TO.match(core) or IT_AFTER_SEMICOLON.match(gap)) and not ctx.matches_in(
                            ref.end, agency.start, {"agency", "organisation", "country"})) or (
                        ITS_RUNNING_TO.match(gap) and text[ref.start:ref.end].lower() == "its"
                        and not ctx.matches_in(ref.end, agency.start, {"agency", "organisation", "country"})) or (
                        RUN_AT.match(masked(ctx, refs, ref.end, agency.start)) and AGENCY_SITE.match(text, agency.end)) or (
                        (SHIFTS_TO.match(gap) or SHIFTS_TO.match(core) or CARRIED_OUT_BY.match(gap)) and RESPONSIBILITY_FOR.search(lead)
                        # (but the body it moves from: 'passes from the Commission to eu-LISA')
                        and not [x for x in ctx.matches_in(ref.end, agency.start, {"agency", "organisation", "country"})
                                 if not MOVES_FROM.search(text, max(ref.end, x.start - 10), x.start)]) or (
                        # 'The agency in charge of SYS, eu-LISA, ...'
                        (apposed := APPOSED.search(lead)) and APPOSED_GAP.match(masked(ctx, refs, ref.end, agency.start))
                        # (not the apposition of an agency named before it: 'Together with eu-LISA, the agency that
                        # operates SIS, CEPOL delivered ...')
                        and not _AFTER_AGENCY.search(ctx.text, max(sentence.start, base + apposed.start() - 40),
                                                     base + apposed.start()))
                if ok and agency.end <= ref.start and _SHOULD.match(text, agency.end):
                    ok = False  # 'propose that eu-LISA should also take over e-CODEX'
                if ok and ctx.matches_in(ref.start, ref.end, {"system"}) and (
                        PART_OF_NAME.match(text, ref.end) or _WHOSE_UNIT.match(text, ref.end)):
                    ok = False  # 'Frontex hosts the ETIAS Central Unit', 'ETIAS, whose Central Unit ...': the unit
                if ok and agency.end <= ref.start:
                    linked.append(ref)
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
        if ctx.asks(sentence):
            continue
        agencies = ctx.matches_in(sentence.start, sentence.end, {"agency"})
        pronoun = None if agencies else pronoun_agency(ctx, sentence)
        for agency in agencies or ([pronoun] if pronoun else []):
            below = RUNS_LIST_BELOW.match(text, agency.end) or (RUNS_HEADING.match(text, agency.end) if HEADING_OPENS.search(
                text, max(0, agency.start - 20), agency.start) else None)
            if not below or ctx.matches_in(agency.end, below.end(), {"agency", "organisation", "country", "system"}):
                continue
            items = bulleted_after(ctx, below.end())
            count = below.groupdict().get("n")
            if count and len({x.entity for x in items}) != (NUMBERS.get(count.lower()) or int(count)):
                continue  # 'the three systems it runs:' over a list of two or four
            for item in items:
                if (item.entity, agency.entity) not in seen:
                    seen.add((item.entity, agency.entity))
                    facts.append(Fact(SystemOperator(item.entity, agency.entity), [Span(agency.start, item.end)],
                                      "system_operated_by.listed-below", 0.8, ctx.part_at(agency.start)))
        found = _run_by_the_agency_it_names(ctx, sentence) + _task_handed_over(ctx, sentence)
        nearby = agencies or ([pronoun] if pronoun else []) or agencies_referred_to(ctx, sentence)
        for agency, refs, span in found + _runs_it(ctx, sentence, nearby):
            for system in (e for ref in refs for e in ref.entities):
                if (system, agency.entity) not in seen:
                    seen.add((system, agency.entity))
                    facts.append(Fact(SystemOperator(system, agency.entity), [span],
                                      "system_operated_by.which-it-runs", 0.75, ctx.part_at(span.start)))
    for fact in operators_in_tables(ctx) + operators_by_role(ctx):
        if (fact.record.system, fact.record.agency) not in seen:
            seen.add((fact.record.system, fact.record.agency))
            facts.append(fact)
    return facts
