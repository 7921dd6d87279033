"""The words of the network's chairs, the network named by its members ('the contact group of
JHA agencies'), and the years a clause gives them: which year a word
of chairing governs, a year that dates something else, the year of a handover 'on 1
January' that states none, and agencies paired with years ('A and B ... in 2018 and 2019
respectively', 'X (2019)')."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..kinds import Span
from ..regexes import compiled
from .context import Context, Sentence
from .dates import RELATIVE, tense_of

CHAIR_WORDS = compiled(
    r"(?i)\b(?:chair(?:s|ed|ing|manship|person)?|presiden(?:cy|cies|t)|presid(?:es|ed|ing)|"
    r"hand(?:s|ed|ing)?\s+over|handover|took\s+over|take(?:s|n)?\s+over|taking\s+over|"
    r"steer(?:s|ed|ing)?|(?:lead(?:s|ing)?|led)\s+the\s+(?:(?:JHA|EU|justice|and|home|affairs|agencies['’]?)\s+){0,6}network|"
    r"hosted\s+the\s+(?:JHA\s+)?network|rotating|(?:pass|hand)(?:s|es|ed|ing)?\s+(?:on\s+)?the\s+baton|"
    # the helm of the network, not of an agency ('took the helm of CEPOL': its director)
    r"helm(?!\s+of\b(?!\s+the\s+(?:[\w'’-]+\s+){0,6}?network))|"
    # 'concluded its second term at the head of the JHA Agencies' Network'
    r"at\s+the\s+head\s+of\s+the\s+(?:[\w'’-]+\s+){0,6}?network|"
    # 'has coordinated the network of EU justice and home affairs agencies', 'to coordinate the JHA agencies' network'
    # 'coordinates the agencies' contact group' (the network's older name)
    r"coordinat(?:es|ed|ing|e)\s+the\s+(?:[\w'’-]+\s+){0,6}?(?:network|contact\s+group)|"
    # the passive: 'the contact group of JHA agencies, which is led in 2011 by CEPOL', 'the cooperation of the
    # agencies, which is coordinated this year by EIGE', the network itself the subject (not 'the delegation was led by')
    r"(?:(?<=network)|(?<=group)|(?<=agencies)|(?<=which)|(?<=JHAAN))\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+"
    r"(?:(?:currently|now|also|jointly)\s+)?(?:led|coordinated)"
    r"(?=\s+(?:(?:in|for|during|throughout)\s+(?:19|20)\d\d\s+|this\s+year\s+)?by\b)|"
    # 'which coordinates the cooperation between the agencies in 2010'
    r"coordinat(?:es|ed|ing|e)\s+the\s+cooperation\s+(?:between|among)\s+the\s+(?:[\w'’-]+\s+){0,3}?agencies|"
    # the network the object of a relative clause: 'the JHA agencies' network, which CEPOL coordinates in 2019'
    # (its word of chairing the verb: 'cue')
    r"network(?:\s*\([^()]{1,15}\))?\s*,\s*which\s+(?:[\w'’-]+\s+){1,6}?(?P<cue>coordinat(?:es|ed)))\b")
# the words, lower-cased, one of which each match of the pattern before holds: a sentence without
# any of them is spared the pattern (Context.holds_any)
CHAIR_WORDS_WORDS = ("chair", "presid", "over", "steer", "network", "helm", "rotating", "contact", "cooperation", "baton",
                     "led", "coordinated")
HANDOVER = compiled(r"(?i)\bhand(?:s|ed|ing)?\s+over\b|\bhandover\b|"
                      r"\b(?:pass|hand)(?:s|es|ed|ing)?\s+(?:on\s+)?the\s+(?:baton|chair|chairmanship|presidency)\b"
                      r"|\bpass(?:es|ed|ing)?\s+(?=from\b|to\b)")  # 'passes from A to B', 'a role it passes to B'
# what is handed over, when it is not the chair: 'and I will hand over my own binder'
HANDED_OTHER = compiled(r"(?i)(?<=over)\s+(?:the|its|their|our|my|his|her|a|an)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:chair|chairmanship|"
                          r"chairing|presidency|network|baton|helm|reins|role|lead|leadership|coordination)\b)")
# 'took over the chair ... and will hand it over to B', 'and passes it on to B': 'it' the chair the sentence took
HANDOVER_IT = compiled(r"(?i)\b(?:pass|hand)(?:s|es|ed|ing)?\s+it\s+(?:over\s+|on\s+)?(?=to\b)")
CHAIR_TAKEN = compiled(r"(?i)\b(?:took|take[sn]?|taking|holds?|held|assum(?:es|ed|ing)?)\s+(?:over\s+)?the\s+"
                         r"(?:network['’]s\s+)?(?:chair|chairmanship|presidency)\b")

# 'whose agency (currently) chairs the network': the agency of the person the sentence names before it
WHOSE_AGENCY = compiled(r"(?i)\bwhose\s+agency\s+(?:(?:also|currently|now|still)\s+)?(?:will\s+|has\s+)?$")
# an agency described, then a clause on it: 'FRA, the Vienna-based body that coordinates the network for 2014'
# (or the relative clause right after it: 'at the invitation of CEPOL, which holds the presidency of the Network this year')
DESCRIBED_THAT = compiled(r"(?i)\s*,\s+(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:body|agency|institute|office|centre|college)\s+)?"
                            r"(?:that|which)\s+(?:(?:now|currently|also)\s+)?(?:(?:holds|held|took|takes|assumed|assumes)\s+"
                            r"(?:over\s+)?(?:the\s+)?)?")
# the chair passed from one agency on to another: 'eu-LISA ... will pass the baton to the EMCDDA next year'
_PASSED_TO = compiled(r"(?i)\b(?:pass|hand)(?:s|es|ed|ing)?\s+(?:on\s+)?the\s+(?:baton|chair|chairmanship|presidency)\s+"
                        r"(?:on\s+|over\s+)?to\s+(?:the\s+)?$")


# chairing the meetings of the heads of the agencies (the network's older form), before what the text calls its members
_CHAIRS_HEADS = compiled(r"(?i)\b(?:chair(?:s|ed|ing)?|presid(?:es|ed|ing)\s+over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?meetings?\s+of\s+"
                          r"(?:the\s+)?heads\s+of\s+(?:the\s+)?$")


def members_network(ctx: Context, sentence: Sentence) -> bool:
    """'their network meetings of Justice and Home Affairs agencies': the word 'network'
    (or 'contact group') near what the text calls the network's members, in a sentence that
    names no other network."""
    jha, networks = ctx.gaz.jha_network, ctx.gaz.networks
    members = [m for m in ctx.matches_in(sentence.start, sentence.end, {"members"}) if m.entity == jha]
    if any(m.entity in networks and m.entity != jha
           for m in ctx.matches_in(sentence.start, sentence.end, {"organisation"})):
        return False
    # the network's older name: 'the contact group of JHA agencies', 'the agencies' contact group'
    words = [m.start() for m in re.finditer(r"(?i)\bnetwork|\bcontact\s+group\b", ctx.text[sentence.start:sentence.end])
             ] if members else []
    # 'the agencies' contact group' anywhere in a sentence that names the members
    theirs = re.search(r"(?i)\bthe\s+agencies['’]\s+(?:network|contact\s+group)\b|\bcoordinat\w*\s+the\s+cooperation\s+"
                       r"(?:between|among)\s+the\s+agencies\b", ctx.text[sentence.start:sentence.end]
                       ) if ctx.holds_any(sentence.start, sentence.end, ("agencies",)) else None
    if any(theirs or any(abs(sentence.start + w - m.start) < 80 for w in words) for m in members):
        return True
    # 'the meeting of the heads of the JHA agencies, which Europol chairs this year'
    if any(re.match(r"\s*,\s+which\s+[^,;.]{1,40}?\bchair(?:s|ed)?\b", ctx.text[m.end:sentence.end]) for m in members):
        return True
    # chairing the heads' meetings, the network's older form: 'CEPOL chairs the meetings of the heads of the justice and home
    # affairs agencies in 2013', 'FRA, which chairs the meetings of the heads of the JHA agencies this year'
    if any(_CHAIRS_HEADS.search(ctx.text, max(sentence.start, m.start - 80), m.start) for m in members):
        return True
    # 'the cooperation of JHA agencies, which is coordinated in 2013 by EIGE', '... is led by EIGE' (the agencies'
    # cooperation, not an operation of theirs)
    if any(re.search(r"(?i)\bcooperation\s+(?:of|between|among)\s+(?:the\s+)?$", ctx.text[max(0, m.start - 40):m.start])
           and re.match(r"(?:\s*,\s+which)?\s+(?:is|was)\s+(?:\w+\s+)?(?:coordinated|led)\s+(?:\S+\s+){0,2}by\b",
                        ctx.text[m.end:sentence.end]) for m in members):
        return True
    # 'the agencies' contact group' right after a sentence that names the members ('the heads of the
    # justice and home affairs agencies met ... . Eurojust has coordinated the agencies' contact group')
    previous = ctx.previous_sentence(sentence) if theirs else None
    return previous is not None and any(m.entity == jha
                                        for m in ctx.matches_in(previous.start, previous.end, {"members"}))


def passed_between_agencies(ctx: Context, agencies: list[tuple[int, int, str]]) -> bool:
    """Whether a sentence has an agency pass the baton (the chair, the presidency) on to another
    agency: in a text that names the network, its chair, though the sentence does not name it."""
    return any(_PASSED_TO.search(ctx.text, max(first[1], later[0] - 60), later[0])
               for n, first in enumerate(agencies) for later in agencies[n + 1:] if later[2] != first[2])


OTHER_EVENT = compiled(r"(?i)\b(?:founded|established|set\s+up|created|launched|adopted|since|"
                         # 'EASO, which started operating in 2011, chairs the network': the agency's own start
                         r"(?:started|began|commenced)\s+(?:operating|operations|(?:its\s+)?(?:work|activities))|"
                         r"became\s+operational)\s+(?:in\s+)?$")
# a participle before the clause's subject: '(In 2020,) taking over from A, B chaired ...', 'Succeeding A, B ...'
FRONTED_TAKEOVER = compiled(r"(?i)\s*(?:in\s+(?:19|20)\d\d\s*,?\s*)?(?:succeeding|(?:taking|having\s+taken)\s+over"
                              r"(?:\s+(?:the\s+)?(?:chair(?:manship)?|presidency|helm))?\s+from)\s+(?:the\s+)?"
                              r"[^,;.:]{1,80}?\s*,\s*(?:the\s+)?")
# an ordinal chairmanship after earlier ones: 'the second in the agency's history, after 2011', 'its third,
# after 2012 and 2016'
NTH_AFTER = compiled(r"(?i)\b(?:the|its)\s+(?:second|third|fourth|fifth)\b(?:\s+(?:one|time|term|chairmanship))?"
                       r"(?:\s+in\s+(?:the\s+agency['’]s|its)\s+history)?\s*,?\s+after\s+(?P<y>(?:19|20)\d\d)"
                       r"(?:\s+and\s+(?P<y2>(?:19|20)\d\d))?\b")
# 'from A to B' after a word of handing over: A gives, B receives
FROM_TO = compiled(r"(?i)^\s*(?:[^.;]{0,40}?\s)?from\s+(?:the\s+)?$")
# ('takes the baton from A', 'took the helm from A')
TAKEOVER = compiled(r"(?i)\b(?:took|take[sn]?|taking)\s+(?:over\b|the\s+(?:baton|helm)\s+(?=from\b))|\bsucceed(?:s|ed|ing)?\b")
# what is taken over, when it is not the chair: 'take over the operational management of', 'took over the tasks of'
OTHER_TAKEN_OVER = compiled(r"(?i)\s+(?:the|its|their)\s+(?!(?:network['’]s\s+)?(?:chair|chairmanship|chairing|presidency|rotating|baton|helm|"
                              r"network|role|reins|lead|leadership|coordination)\b)(?:[\w-]+\s+){0,3}?(?:management|operation|running|"
                              r"tasks|responsibility|responsibilities|hosting|development|systems?|database)\b")
NETWORK_ANAPHOR = compiled(r"(?i)\b(?:the|this)\s+(?:JHA\s+|inter-?agency\s+)?network(?:['’]s)?\b|"
                             r"\btheir\s+(?:cooperation\s+)?network\b|\bits\s+(?:year-long\s+)?(?:presidency|chair)\b|"
                             r"\bthe\s+(?:network\s+)?(?:chair|chairmanship)\b|"
                             # the network's trio of chairs (not a Council presidencies' trio): 'the three agencies in the
                             # trio', 'a trio of agencies'
                             r"\bagencies\s+(?:in|of)\s+the\s+trio\b|\btrio\s+of\s+(?:JHA\s+)?agencies\b")
NETWORK_ANAPHOR_WORDS = ("network", "presidency", "chair", "contact", "trio")
# the present: 'is currently chaired by', 'X chairs', 'X presents the JHAAN presidency's priorities'
NOW = compiled(r"(?i)\b(?:(?P<adverb>currently|now|at\s+present|presently|"
                 r"in\s+its\s+year\s+(?:as\s+(?:the\s+)?(?:network['’]s\s+)?chair|at\s+the\s+helm))|"
                 r"chairs|holds|presides|leads|steers|presents|(?:is|are)\s+(?:chairing|holding|presiding|leading|steering))\b")
# an agency's own board: 'the Management Board met under the chairmanship of Professor X'
BOARD = compiled(r"(?i)\b(?:management|governing|executive|administrative)\s+board\b")
# 'the EUAA, the network's chair in 2024,', 'Frontex, chair of the JHA agencies' network for 2019': after the agency
# (or its year as chair, after it: "after Europol's year at the helm in 2024", "X's term as chair in 2019")
APPOSED_CHAIR = compiled(r"(?i)(?:\s*,\s+(?:the\s+)?(?:network['’]s\s+(?:chair|presidency)|(?:chair|presidency)\s+of\s+the\s+"
                           r"(?:[\w'’-]+\s+){0,5}?network)|['’]s?\s+(?:year|term|turn)\s+(?:at\s+the\s+helm|in\s+the\s+chair|"
                           r"as\s+(?:the\s+)?(?:network['’]s\s+)?chair)"
                           # 'B as the incoming chair for 2023'
                           r"|\s+as\s+(?:the\s+)?(?:(?:incoming|outgoing|next|new)\s+)?(?:network['’]s\s+)?chair)"
                           r"\s+(?:in|for)\s+(?P<y>(?:19|20)\d\d)\b")
WHICH_NOW = compiled(r"(?i)\s*,\s*(?:which|who)\s+(?:currently|now|at\s+present)\s+(?:chairs|holds|leads|presides)\b")
# an agency named as the object of a preposition, not as a clause's subject
OBJECT_OF = compiled(r"(?i)\b(?:from|to|by|of|with|after|before|than|succeeding|following)\s+(?:the\s+)?$")
INCOMING_OUTGOING = compiled(r"(?i)\b(?P<first>incoming|outgoing)\s+and\s+(?P<second>incoming|outgoing)\s+"
                               r"(?:presidenc(?:y|ies)|chairs?|chairmanships?)\b")


def governed_year(text: str, clause: Sentence, years: list[tuple[Span, int]]) -> int | None:
    """Of several years, the one a word of chairing governs: 'has chaired the network of nine
    agencies throughout 2023' beside 'replaced EASO in January 2022'."""
    found = {y for cue in CHAIR_WORDS.finditer(text, clause.start, clause.end) for span, y in years
             if span.start >= cue.end() and re.fullmatch(
                 r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|throughout|during|for)\s+(?:the\s+(?:whole\s+)?year\s+)?",
                 text[cue.end():span.start])}
    return found.pop() if len(found) == 1 else None


# ('after B's presidency in 2025', 'after B in 2025', 'after B's own year at the helm in 2025')
_TERM_OF = compiled(r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}?(?:chairmanship|chair|presidency|year|term)(?:\s+at\s+the\s+helm)?\s+(?:in\s+)?"
                      r"|\s+in\s+")


def predecessors_years(text: str, clause: Sentence, agencies: list[tuple[int, int, str]],
                       years: list[tuple[Span, int]]) -> list[tuple[Span, int]]:
    """The years of another agency's term the chair came after ('chaired in 2026 by A after B's
    presidency in 2025'): not the chair's."""
    return [(span, y) for span, y in years for start, end, _ in agencies
            if _TERM_OF.fullmatch(text, end, span.start) and re.search(r"(?i)\bafter\s+(?:the\s+)?$", text[max(clause.start, start - 12):start])]


def other_event(text: str, span: Span, clause: Sentence) -> bool:
    """A year that dates something else ('founded in 2004', 'a member since 2010'); not
    'Since 1 January 2017 X coordinates the network' or 'has held it since January 2017', the
    day or month a chair's term opens."""
    m = OTHER_EVENT.search(text, max(clause.start, span.start - 30), span.start)
    if m and re.match(r"(?i)since\b", m.group()) and re.match(r"(?i)(?:1(?:st)?\s+)?January\b", text[span.start:span.end]):
        return False
    # a year before the noun it dates, after a determiner: 'the network's 2025 joint report', 'its 2019 work
    # programme' (not 'its 2019 chairmanship')
    return m is not None or bool(re.fullmatch(r"(?:19|20)\d\d", text[span.start:span.end])
                                 and _DETERMINER_BEFORE.search(text, max(clause.start, span.start - 12), span.start)
                                 and _NOUN_AFTER.match(text, span.end))


_DETERMINER_BEFORE = compiled(r"(?:['’]s|\b(?:the|its|their|our|this|that))\s+$")
_NOUN_AFTER = compiled(r"\s+(?!(?:chair|chairs|chairmanship|chairing|chairpersonship|presidency|presiding|term|rotation|"
                         r"helm|baton|turn)\b)[a-z][\w-]*\b(?!\s+(?:chair|chairmanship|presidency)\b)")


_SINCE_MONTH = compiled(r"(?i)since\s+(?:the\s+month\s+of\s+)?(?P<m>[a-z]+)\.?")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}


def since_month_year(ctx: Context, span: Span) -> int | None:
    """The year of 'since January' with no year stated: the latest such month up to the
    document's date ('has chaired the network since January', in a November page: this year's
    January), since a term that began then is told in the past."""
    m = _SINCE_MONTH.fullmatch(ctx.text, span.start, span.end)
    month = _MONTHS.get(m.group("m").lower()) if m else None
    if month is None or ctx.doc_date is None:
        return None
    return ctx.doc_date.year if month <= ctx.doc_date.month else ctx.doc_date.year - 1


def first_of_january(ctx: Context, clause: Sentence, verb: re.Match[str]) -> int | None:
    """The year of a handover 'on 1 January' that states no year, told by the document's
    date and the verb's tense: 'a role it passes to B on 1 January' in a December release is
    next year's; 'B took over on 1 January' in a February one, this year's. A page with no
    date of its own is read at the last full date it states before ('Heads of JHA agencies
    meeting | Lisbon, 15-16.11.2018' over 'X took over the chair in January')."""
    chunk = ctx.text[clause.start:clause.end]
    # 'on 1 January', 'In January the chair of the network will pass to B'
    day = re.search(r"(?i)(?:\b(?:on\s+)?1(?:st)?|\bin)\s+January\b(?!\s*,?\s*(?:19|20)\d\d)", chunk)
    today = ctx.doc_date or ctx.stated_date_near(clause.start)
    if not day or today is None:
        return None
    past = re.match(r"(?i)(?:took|handed|passed|succeeded)\b", verb.group().strip()) is not None
    return today.year if past or (today.month, today.day) == (1, 1) else today.year + 1


def paired_to(text: str, agencies: list[tuple[int, int, str]], years: list[tuple[Span, int]],
              relative: bool = False) -> list[tuple[str, int]]:
    """Each agency with the year that follows it, when only words or a bracket stand between
    ('Europol took over in 2019', 'CEPOL (2021)'); with ``relative``, only a bracket or a
    relative clause about the agency ('FRA, which led the network in 2015')."""
    # (after an apposition too: 'from A, the Tallinn-based agency that runs SIS, VIS and Eurodac, which chaired ...')
    words = (r"\s*\(\s*|\)?\s*,\s*(?:the\s+[^;()\d]{1,120}?,\s*)?(?:which|who|that)(?:\s+[\w'’-]+){0,8}?\s+"
             r"(?:in|for|during|throughout)\s+(?:the\s+(?:[\w-]+\s+)?year\s+)?"
             if relative else r"\s*\(\s*|,?(?:\s+[\w'’-]+){0,16}?\s+(?:in|for|during|throughout)\s+")
    pairs = []
    for _, end, agency in agencies:
        for span, year in years:
            between = text[end:span.start]
            # (a relative year needs no preposition: 'EASO, which held the chair last year')
            told = words if relative or not RELATIVE.match(text, span.start) else r",?(?:\s+[\w'’-]+){0,16}?\s+"
            if span.start >= end and not any(end <= a[0] < span.start for a in agencies) and \
                    re.fullmatch(told, between) and not re.search(r"\d", between):
                pairs.append((agency, year))
                break
    return pairs


def paired_years(text: str, clause: Sentence, agencies: list[tuple[int, int, str]],
                 years: list[tuple[Span, int]]) -> list[tuple[str, int]]:
    """Agencies and years given in pairs: 'A and B will chair the network in 2018 and 2019
    respectively', 'X took over in 2019, followed by Y in 2020 and Z in 2021', 'X (2019)'."""
    distinct = list(dict.fromkeys(a[2] for a in agencies))
    values = [y for _, y in years]
    respectively = re.search(r"(?i)\brespectively\b", text[clause.start:clause.end]) is not None
    # 'eu-LISA and the EUAA led the network in 2023 and 2024': years joined in a row, each later than the one before
    joined = len(values) >= 2 and all(a < b for a, b in zip(values, values[1:], strict=False)) and all(
        re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[a[0].end:b[0].start])
        for a, b in zip(years, years[1:], strict=False))
    if (respectively or joined) and len(values) >= 2:
        if respectively and len(distinct) == len(values):
            return list(zip(distinct, values, strict=True))
        # 'after CEPOL's virtual year, Frontex and Eurojust chair the network in 2021 and 2022
        # respectively': the agencies joined right before the years
        tail = [a for a in agencies if a[1] <= years[0][0].start][-len(values):]
        if len(tail) == len(values) == len({a[2] for a in tail}) and all(
                re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", text[a[1]:b[0]])
                for a, b in zip(tail, tail[1:], strict=False)):
            return [(a[2], y) for a, y in zip(tail, values, strict=True)]
    pairs = paired_to(text, agencies, years)
    pairs += [pair for pair in a_year_later(text, agencies, years, dict(pairs)) if pair not in pairs]
    return pairs if len(pairs) >= 2 and len({y for _, y in pairs}) == len(pairs) else []


_THEN = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_YEAR_LATER = compiled(r"(?i)\s+(?:(?:a|one)\s+year\s+later|the\s+(?:year\s+after|following\s+year))\b")


def a_year_later(text: str, agencies: list[tuple[int, int, str]], years: list[tuple[Span, int]],
                 paired: dict[str, int]) -> list[tuple[str, int]]:
    """'after Eurojust in 2019 and Frontex a year later': the agency after a year given to another
    (``paired``: each agency with the year that follows it), a year later."""
    out = []
    for span, year in years:
        before = [a for a in agencies if a[1] <= span.start]
        then = _THEN.match(text, span.end)
        after = next((a for a in agencies if then and a[0] == then.end()), None)
        if before and paired.get(before[-1][2]) == year and after and _YEAR_LATER.match(text, after[1]):
            out.append((after[2], year + 1))
    return out


def year_in_which(ctx: Context, clause: Sentence, agencies: list[tuple[int, int, str]]) -> tuple[str, int] | None:
    """'concluded the year in which Eurojust chairs the network': the agency, in the page's
    year (none where the year is ahead or behind: 'will', 'next', 'last')."""
    if ctx.doc_date is None:
        return None
    m = re.search(r"(?i)\b(?:the|a)\s+year\s+(?:in|during)\s+which\s+(?P<rest>[^.;]*)", ctx.text[clause.start:clause.end])
    if not m or re.search(r"(?i)\b(?:will|would|next|last|previous|former)\b", m.group("rest")):
        return None
    inside = [a for a in agencies if a[0] >= clause.start + m.start("rest")]
    if inside and CHAIR_WORDS.search(ctx.text[inside[0][1]:clause.start + m.end()]):
        return inside[0][2], ctx.doc_date.year
    return None


YEAR_WRITTEN = compiled(r"\b(?:19|20)\d\d\b")
# the agent of a passive is the subject of the verb of its own relative clause: '... chaired throughout 2023 by
# EIGE, which took over from CEPOL'
WHICH_VERB = compiled(r"(?i)(?:\s*\([^)]*\)|\))?\s*,\s*(?:which|who)\s+(?:(?:has|had|also|then)\s+)?")
# a verb joined to the sentence's predicate after a relative clause on something else: ', which was chaired
# by A in 2019, and prepared to' (before 'take over')
JOINED_AFTER_WHICH = compiled(r"(?i),\s*which\s+[^,;.]{1,80},\s*and\s+(?:(?:then|later|also|already)\s+)?"
                                 r"(?:(?:prepared|prepares|was\s+preparing|is\s+preparing|got\s+ready|is\s+ready|was\s+ready|"
                                 r"plans?|planned|is\s+set|was\s+set|is\s+due|was\s+due)\s+to\s+)?(?:will\s+)?")


# an earlier term of the same chair: 'for the second time since 2010, X has held the chair, this time in 2019', 'its
# second time at the helm after 2011'
_AGAIN_AFTER = compiled(r"(?i)\b(?:for\s+the|its|the)\s+(?:second|third|fourth|fifth)\s+time(?:\s+at\s+the\s+helm|"
                          r"\s+in\s+the\s+chair)?\s*,?\s+(?:after|since)\s+(?P<y>(?:19|20)\d\d)\b")
# a verb of chairing in the present: the year of the page ('X is chairing the network for the second time')
_CHAIRS_NOW = compiled(r"(?i)\b(?:chairs|holds|presides|leads|heads|(?:is|are)\s+(?:now\s+|currently\s+)?(?:chairing|holding|"
                         r"presiding|leading|heading|at\s+the\s+helm))\b")
# two terms joined under one verb: 'chaired the network in 2013 and again in 2022'
_AND_AGAIN = compiled(r"(?i)\b(?:in|for)\s+(?P<y1>(?:19|20)\d\d)\s*,?\s+and\s+(?:again|once\s+more|later)\s+(?:in|for)\s+"
                        r"(?P<y2>(?:19|20)\d\d)\b")


def years_again(text: str, clause: Sentence, years: list[tuple[Span, int]], today: dt.date | None = None) -> tuple[int, int] | None:
    """The two years a clause gives one chair, the term it tells of and an earlier or later one: 'X chairs
    the network in 2025 for the second time after 2016', 'X chaired the network in 2013 and again in 2022'; with
    no other year, a verb in the present tells of the year of ``today`` ('X is chairing the network for the second
    time after 2014')."""
    again = _AGAIN_AFTER.search(text, clause.start, clause.end)
    if again:
        rest = {y for span, y in years if span.start != again.start("y")}
        if not rest and today is not None and _CHAIRS_NOW.search(text, clause.start, again.start()):
            return today.year, int(again.group("y"))
        return (rest.pop(), int(again.group("y"))) if len(rest) == 1 else None
    both = _AND_AGAIN.search(text, clause.start, clause.end)
    if both and {y for _, y in years} == {int(both.group("y1")), int(both.group("y2"))}:
        return int(both.group("y1")), int(both.group("y2"))
    return None


def chairing_now(ctx: Context, sentence: Sentence, named: list[tuple[int, int, str]]) -> list[tuple[Sentence, str]]:
    """An agency said to chair the network now, with no year: 'The network is currently
    chaired by X', 'X presents the JHAAN presidency's priorities' (a sentence not in the past)."""
    chunk = ctx.text[sentence.start:sentence.end]
    # of several, the one a relative clause of now is about: 'while the EMCDDA, which currently chairs the network, spoke'
    agencies = [a[2] for a in named if WHICH_NOW.match(ctx.text, a[1])][:1] or list(dict.fromkeys(a[2] for a in named))
    now = NOW.search(chunk)
    # a past verb beside an adverb of now is the sentence's other news: 'The network, currently chaired by X, met in Y'
    if len(agencies) != 1 or ctx.years_in(sentence.start, sentence.end) or not now \
            or (tense_of(chunk) == "past" and not now.group("adverb")) \
            or re.search(r"(?i)\b(?:will|shall|next|incoming|outgoing|former|previous|hand|took|take|taking)\b", chunk):
        return []
    if not now.group("adverb") and re.search(r"(?i)\b\w+ed\b", chunk):
        return []  # a present verb beside a past one ('presented ... its year at the helm')
    return [(sentence, agencies[0])]
