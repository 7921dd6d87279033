"""The words of meetings: what makes a sentence about a meeting (a meeting noun, a verb
of meeting or of signing an agreement), who chairs or hosts it, what is not a place, which
of a sentence's dates can be a meeting's, the meeting's kind in the text's words, and the
draft a meeting is read into (`MeetingDraft`, which meetings and meeting_places both fill)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..kinds import PartialDate, Span
from ..regexes import compiled
from .context import Context, ResolvedDate, Sentence
from .dates import VIEWED_ON, DateExpr

# Council configurations and other meeting nouns ("JHA Council", "informal meeting",
# "High Level Meeting", "ministerial conference", "hearing", "visit").
_CONFIG = r"(?:(?:Justice|Home|Foreign|General|Economic|Interior)\s+(?:and\s+Home\s+)?(?:Affairs\s+)?|JHA\s+|Special\s+European\s+|European\s+|Informal\s+|Extraordinary\s+)"
MEETING_NOUN = compiled(
    rf"(?i:\b{_CONFIG}+Council\b(?!\s+(?:of\s+the\s+European\s+Union|of\s+the\s+EU|conclusions|decision|regulation|recommendation|position|presidency)))"
    # ('the Council of 25 October', not a legal act's 'of the European Parliament and of the Council of 25 October')
    r"|\bCouncil\s+(?:meeting|session)\b|(?<!\sand\sof\s)\bthe\s+Council\s+of\s+(?=\d)"
    r"|(?i:\b(?:meeting|meetings|conference|summit|workshop|seminar|hearing|forum|gathering|"
    r"round[- ]?table|videoconference|video[- ]conference|session|visit|symposium|plenary|ceremony|webinar|trilogue|"
    # a day of meeting people (not a day observed: 'the European Day against Trafficking')
    r"(?:information|info|open|industry|stakeholder|careers?|recruitment)\s+days?)\b"
    # (not a venue's name: 'in the Congress Innsbruck', 'the Congress Centre')
    r"|\bcongress\b(?!\s+(?-i:[A-Z])|\s+(?:cent(?:re|er)|hall|palace)\b))"
    # a Council working party, which meets on its days ('presented to the Horizontal Working Party on Drugs on 14
    # November')
    r"|\bWorking\s+Party\b"
    # days of talks ('ended two days of talks in Luxembourg'; not 'talks' alone: 'peace talks', 'talks on the budget')
    r"|(?i:\b(?:one|two|three|four|[1-4])[ -]days?\s+of\s+(?:[\w-]+\s+)?talks\b)")
# a meal the ministers share, where the sentence names no other meeting ('hosted a working breakfast with', 'a
# ministerial dinner on the eve of the Council'; not 'Over lunch, ministers discussed the informal meeting')
MEAL = compiled(r"(?i)\b(?:breakfast|lunch|luncheon|dinner)\b")
MEAL_WORDS = ("breakfast", "lunch", "dinner")
MEETING_VERB = compiled(
    r"(?i:\b(?:met|meet|meets|gathered|gather|gathers|convened|convene|convenes|visited|visits|"
    r"took place|take place|takes place|will take place|was held|were held|is held|will be held|"
    r"is hosting|hosted|hosts|will host|are meeting|is meeting|brought\s+together|(?:will\s+)?bring(?:s|ing)?\s+together|(?:held|hold|holds|holding)\s+(?:(?!and\b|or\b)[\w-]+\s+)?talks|"
    r"(?:is|are|was|were)\s+visiting)\b)"
    # 'will be in Ankara for talks with the minister': a trip for talks
    r"|(?i:\b(?:is|are|was|were|will\s+be)\s+in\s+)(?=[A-Z])[\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?i:\s+for\s+talks\b)"
    # 'had come to Frontex headquarters for talks': a visit to a body's building
    # (a body's name, capitalised, or 'the agency's' between: not 'came to the conclusion that the seat')
    r"|\b(?:came|come|comes|travelled|traveled)\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*\s+|agency['’]s\s+){0,3}?"
    r"(?:headquarters|premises|seat)\b"
    # 'welcomed the President ... to its headquarters', '... at its headquarters in The Hague': a visit
    r"|(?i:\bwelcom(?:ed|es|ing)\b(?=[^.;]{0,120}?\b(?:to|at)\s+(?:its|their|the|our)\s+(?:new\s+)?(?:headquarters|premises|offices|seat)\b))"
    # a committee debating on its day: 'On Monday, the Civil Liberties Committee debated the priorities'
    r"|\bCommittee\s+(?i:debated|discussed|held\s+(?:an?\s+)?(?:debate|exchange\s+of\s+views|discussion))\b"
    # 'welcomed the heads of the agencies in Valletta': hosting a group is a meeting
    r"|(?i:\bwelcom(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+)?(?:(?!of\b|on\b)[\w'’-]+\s+){0,4}?(?:heads|delegates|participants|ministers|"
    r"counterparts|representatives|delegations|members)\b)"
    # 'received the Agency's first Executive Director in Brussels to discuss the handover': receiving someone for talks
    r"|(?i:\breceived\b(?=[^.;]{0,120}?\b(?:to\s+discuss|for\s+(?:talks|a\s+(?:meeting|briefing|discussion|working\s+lunch)))\b))")
# an invitation to a city is a meeting there: 'has invited the heads of the agencies to Riga on 4 May'
# ('has invited the ministers to Riga', 'welcomes the heads of the nine agencies to Tallinn', 'will welcome the
# heads to its headquarters in Warsaw')
INVITED_TO = compiled(r"(?i:\b(?:invit|welcom)(?:ed|es|ing|e)\b)[^.;:]{0,80}?\bto\s+"
                      r"(?:(?:its|their|our)\s+(?:headquarters|premises|seat)\s+in\s+)?(?=[A-Z])")
INVITED_TO_WORDS = ("invit", "welcom")
# the words, lower-cased, one of which each match of the pattern holds: a sentence without any of
# them is spared the pattern (Context.holds_any)
MEETING_NOUN_WORDS = ("council", "meeting", "conference", "summit", "workshop", "seminar", "hearing", "forum",
                      "gathering", "round", "video", "session", "visit", "symposium", "congress", "plenary", "ceremony", "webinar",
                      "party", "talks", "trilogue", "day")
MEETING_VERB_WORDS = ("met", "meet", "gather", "conven", "visit", "place", "held", "host", "brought", "bring", "welcom", "came",
                      "come", "travel", "received", "hold", "talks", "debated", "discussed")
SIGNING_WORDS = ("sign", "conclud")
# the parties to an agreement signing or concluding it: they met to do so ('Frontex and CEPOL
# signed a working arrangement', 'concluded a cooperation plan with')
_AGREEMENT = (r"(?:agreement|arrangement|memorandum(?:\s+of\s+understanding)?|cooperation\s+plan|declaration|"
              r"letter\s+of\s+intent|exchange\s+of\s+letters)s?")
SIGNING = compiled(rf"(?i)\b(?:sign(?:ed|s|ing)?|conclud(?:ed|es|ing))\b(?P<what>[^.;]{{0,60}}?\b{_AGREEMENT})\b"
                     rf"|\b(?P<what2>{_AGREEMENT}|document)\b[^.;]{{0,60}}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+"
                     rf"(?:signed|concluded)\b")
# a sentence that refers back to the meeting just named: opening with 'The meeting', 'It',
# or naming 'the meeting' as an object ('..., which hosted the meeting in Copenhagen')
ANAPHOR = compiled(r"^(?:The|This|That|Our)\s+(?:[\w-]+\s+){0,3}?(?:meeting|event|conference|session|Council|"
                     r"gathering|visit|hearing|forum|summit|workshop|seminar|ceremony)\b|^(?:It|Ministers|Participants)\b|"
                     # 'Interior and justice ministers met in Luxembourg for two days' (with no day of its own)
                     r"^(?:[\w-]+\s+){1,3}?(?:ministers|participants|delegates|delegations)\s+(?:met|gathered|convened)\b|"
                     r"^(?:Chaired|Hosted|Organised|Organized|Opened|Co-chaired)\s+by\b|"
                     r"^(?:Meeting|Event)\s+(?:information|details)\s*:|"
                     r"\b(?:hosted|hosts|chaired|chairs|organised|opened|opens|closed|closes)\s+the\s+(?:meeting|event|conference|plenary)\b")
# 'The Council today adopted', 'the Council (of the EU) approved today', 'Today, the Council adopted' (the
# one named group that matched is where 'today' is)
_OF_THE_EU = r"(?:\s+of\s+the\s+(?:EU|European\s+Union))?"
_DECIDED = r"(?:adopted|approved|agreed|reached|endorsed|confirmed|decided)\b"
COUNCIL_TODAY = compiled(rf"\b(?P<lead>[Tt]oday),?\s+the\s+Council{_OF_THE_EU}\s+{_DECIDED}"
                           rf"|\b[Tt]he\s+Council{_OF_THE_EU}\s+(?:(?P<today>today)\s+{_DECIDED}|{_DECIDED}\s+(?P<after>today)\b)")
HOST = compiled(r"(?i)\b(?:hosted|organised|organized|convened|co-hosted)(?:\s+(?:this\s+year|jointly|together))?\s+by\b"
                  r"|\bat the invitation of\b"  # ('hosted this year by X')
                  r"|(?m:^)[ \t]*(?:organi[sz]ers?|hosts?|hosted\s+by)[ \t]*:")  # a calendar item's label line: 'Organiser: X'
CHAIR = compiled(r"(?i)\b(?:chaired|presided(?:\s+over)?)\s+by\b|\bunder the (?:chairmanship|chair|presidency) of\b"
                   r"|(?m:^)[ \t]*(?:chair|chaired\s+by|chairs?)[ \t]*:")
# the host as the subject: 'CEPOL hosted at its headquarters in Budapest the meeting', 'X hosted
# today its 5th board meeting'
HOST_SUBJECT = compiled(r"(?i)\b(?:is hosting|hosts|hosted|will (?:jointly |also )?(?:co-)?host|jointly host|co-hosted|welcomed|welcomes|is organising|organised|organized|"
                          r"brought\s+together|(?:will\s+)?bring(?:s|ing)?\s+together)"
                          r"(?:\s+(?:today|yesterday|also|in\s+[A-Z][\w-]+|at\s+its\s+(?:headquarters|premises|seat)(?:\s+in\s+[\w-]+)?))*\s+"
                          r"(?:a|an|the|its|their)\b")
# the host or chair in a relative clause on the meeting: '..., which EASO hosted by videoconference on 24 November'
WHICH_BEFORE_ACTOR = compiled(r"(?i),\s*which\s+(?:the\s+)?$")
# ('..., which FRA will host in Vienna on 15 November', 'which the Agency for Fundamental Rights (FRA) hosts')
ACTOR_VERB = compiled(r"(?i)(?:\s*\([^()\n]{1,15}\))?\s+(?:(?:also|jointly|will|is\s+to|is|are)\s+)*"
                        r"(?P<verb>hosted|hosts|host|hosting|co-hosted|co-hosts|co-host|organised|organized|organises|organizes|"
                        r"organise|organize|convened|convenes|chaired|chairs|chair|presided\s+over|presides\s+over)\b")
# an agency's own event: 'for EIGE's conference on gender and security'
OWN_EVENT = compiled(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:conference|seminar|workshop|forum|symposium|round-?table|"
                       r"annual\s+meeting)\b")
# the visited are the hosts: 'ministers visited Eurojust', 'visited Europol's headquarters'
VISITED = compiled(r"(?i)\bvisit(?:ed|s|ing)?\s+(?=\S)")
# the chair as the subject: 'The Minister of the Interior chaired an informal meeting' (or who opened it, where
# no chair is named: 'NAME, POST, opens the meeting on Tuesday morning')
CHAIR_SUBJECT = compiled(r"(?i)\b(?:chaired|chairs|will\s+chair|presided\s+over|presides\s+over)\s+(?:a|an|the|its|their)\b"
                           r"|\b(?P<opened>opened|opens|will\s+open)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:meeting|seminar|conference|session|forum|workshop|event)\b")
# who opened a meeting, where no chair is named: 'The seminar was opened on Wednesday at Tampere Hall by Minister
# NAME', 'will be opened by the state secretary, NAME'
OPENED_BY = compiled(r"(?i)\b(?:was|were|is|will\s+be)\s+(?:officially\s+)?opened\b[^.;:]{0,60}?\s+by\b")
# a verb of appearing before a committee, then the committee: 'presented X to the', 'report to'
APPEAR_BEFORE = compiled(r"(?i)\b(?:present(?:s|ed|ing)?|brief(?:s|ed|ing)?|report(?:s|ed|ing)?|"
                           r"appear(?:s|ed|ing)?|inform(?:s|ed|ing)?|outlin(?:e|es|ed|ing)|explain(?:s|ed|ing)?)\b"
                           r"[^.;:]{0,160}?\b(?:to|before)\s+(?:the\s+)?(?:European\s+Parliament['’]s\s+)?$"
                           # or the committee as the object: 'told the Civil Liberties Committee', 'briefed the LIBE committee'
                           r"|\b(?:told|tells?|telling|brief(?:s|ed|ing)?|address(?:es|ed|ing)?|updat(?:e|es|ed|ing))\s+"
                           r"(?:the\s+)?(?:European\s+Parliament['’]s\s+)?(?:members\s+of\s+the\s+)?$")
HEARD = compiled(r"(?i)^[^.;]{0,60}?\b(?:heard|questioned|held\s+(?:a|an)\s+(?:\w+\s+)?hearing\s+(?:with|of))\b")
UNDER_DEMONYM = compiled(r"(?i)\bunder\s+the\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:Council\s+)?(?:chairmanship|presidency|chair)\b")


# an act, a process or a group named after a city is not a place ('the Dublin Regulation', 'the
# Prüm Decisions', 'the Rabat Process', 'the Budapest Convention')
NAMED_AFTER_CITY = compiled(r"['’]?s?\s+(?:Regulation|Convention|Decisions?|Directive|Agreement|Protocol|Declaration|"
                               r"Programme|Process|Treaty|Code|Group|System|Rules|Criteria|Agenda|Format|Principles)s?\b")


# verbs whose date is the date of something other than a meeting
NON_EVENT = compiled(
    r"(?i)\b(?:replac\w*|tak(?:e|es|en|ing)\s+over|took\s+over|tak(?:e|es|en|ing)\s+office|took\s+office|"
    r"tak(?:e|es|en|ing)\s+up|took\s+up|"
    r"clos\w*|start\w*|enter\w*|appl(?:y|ies|ied)|adopt\w*|publish\w*|sign\w*|appoint\w*|expir\w*|"
    r"launch\w*|present\w*|issu\w*|agreed|reach\w*|came\s+into|come\s+into|elect\w*|nominat\w*|"
    r"deadline|due|submit\w*|decid\w*|extend\w*|until|effective|begin\w*|began|proposed|reported|"
    r"announced|opened\s+for|in\s+force|operational|go(?:es)?\s+live|went\s+live|hand\w*\s+over|"
    r"tak(?:e|es|ing)\s+on|took\s+on|conclud\w*|ends|ended)\b")
# a relative clause of the meeting noun whose verb is the meeting's own: 'the Roundtable that
# began here on 3 May', 'the meeting of the Board, which convened in the new premises on 3-4 May'
# (after a complement only a verb of meeting: in 'the Council of the presidency, which started
# on 1 July' it is the presidency that started)
_AUX = r"(?:which|that)\s+(?:(?:has|have|had|was|were|is|are|will|formally|officially|also|first)\s+)*"
_MEET = r"(?:convened?|convenes|met|meets|took\s+place|takes\s+place|held|gathered)\b[^,;.()]{0,60}$"
_BEGIN = r"(?:beg[au]n|begins|start(?:ed|s)|open(?:ed|s))\b[^,;.()]{0,60}$"
_AFTER_NOUN = rf"(?:\s*,?\s+{_AUX}(?:{_MEET}|{_BEGIN})|\s+(?:of|on)\s+[^,;.()]{{0,60}}?\s*,?\s+{_AUX}{_MEET})"
_NOUN_CLAUSE = compiled(rf"(?i)^{_AFTER_NOUN}")
_MEETING_CLAUSE = compiled(rf"(?i)\b(?:meeting|conference|summit|workshop|seminar|forum|round[- ]?table|session|"
                             rf"symposium|congress|council){_AFTER_NOUN}")
# the meeting, as the subject, ending on the date: 'The informal meeting of justice and home affairs
# ministers ended this afternoon', 'The conference closed on 4 May'
MEETING_ENDS = compiled(r"(?i)(?:The|This|Today['’]s|Yesterday['’]s)\s[^,;.]{0,120}?\b(?:meeting|conference|council|session|"
                           r"summit|forum|seminar|workshop)\b[^,;.]{0,100}?\b(?:ended|ends|closed|closes|concluded|concludes)"
                           r"\s+(?:on\s+)?$")
# a sentence about the meeting named before, going on to a later day: 'The meeting continues tomorrow with the justice ministers'
MEETING_CONTINUES = compiled(r"(?i)\b(?:continues|continued|resumes|resumed|goes\s+on|went\s+on|(?:runs|lasts)\s+until)\b")
# and going back to its first day: 'The meeting opened on Tuesday afternoon with a closed session'
MEETING_OPENED = compiled(r"(?i)\b(?:opened|began|started|kicked\s+off)\b")
_CLAUSE_START = compiled(r"(?:[,;]|\bwhich\b|\bwho\b|\bthat\b|\band\b|\bwhile\b|\bwhen\b|\bafter\b|\bbefore\b|\bsince\b)")


def _clause_before(text: str, start: int, at: int) -> str:
    """The clause leading up to a date: from the last comma/relative pronoun before it."""
    chunk = text[start:at]
    cuts = [m.end() for m in _CLAUSE_START.finditer(chunk)]
    return chunk[cuts[-1]:] if cuts else chunk


# the date of a change to the page: 'UPDATE 2 November 2020:', 'Last modified: 3 May 2024'
_CHANGED = compiled(r"(?i)\b(?:update[ds]?|(?:last\s+)?(?:modified|updated|reviewed|revised|corrected|edited)|"
                    r"last\s+(?:review|revision|change|modification))(?:\s+on)?\s*:?\s*$")  # ('Last review: 21 October 2022')
MEETING_DAYS = 14  # a meeting lasts days, not weeks: a longer span is a term or a period


def other_meetings(text: str, sentence: Sentence) -> dict[str, bool]:
    """What a sentence says of a meeting named before it (a MeetingDraft's flags): about that one
    ('The meeting ...'), its later or first day ('continues tomorrow', 'opened on Tuesday')."""
    refers_back = ANAPHOR.search(text[sentence.start:sentence.end]) is not None  # (its "^" is the sentence's start)
    return {"refers_back": refers_back,
            "continues": refers_back and MEETING_CONTINUES.search(text, sentence.start, sentence.end) is not None,
            "opened": refers_back and MEETING_OPENED.search(text, sentence.start, sentence.end) is not None}


def own_words(ctx: Context, sentence: Sentence, skip: list[Span]) -> int:
    """Where a sentence's own words begin: past a dateline that opens it ('Innsbruck, 13.07.2018 - The ...')."""
    at = max([sentence.start] + [s.end for s in skip if sentence.start <= s.start < sentence.end and
                                 not ctx.text[sentence.start:s.start].strip()])
    return _DATELINE_TAIL.match(ctx.text, at).end()


_DATELINE_TAIL = compiled(r"[\s,:–—-]*")


# an event page's field ('Start date: | 17/11/2020'): no start of something else
_START_LABEL = compiled(r"(?i)[ \t]*start[ \t]+date[ \t]*:[ \t|]*")
# the day a term opens or closes, in a relative clause on it: 'the Hungarian Presidency of the Council, which
# starts on 1 July', 'its mandate, which ends on 31 May'
_TERM_STARTS = compiled(r"(?i)\b(?:presidency|term|mandate|chairmanship|semester|programme)\b[^,.;]{0,50},\s*which\s+"
                          r"(?:(?:will|formally|officially)\s+)*(?:starts?|begins?|began|started|ends?|ended|opens?|closes?|runs?)"
                          r"\s+(?:on\s+|from\s+)?$")


# the day a step before a meeting opens or closes: 'Media accreditation for the informal meeting opens on',
# 'Registration for the conference closes on'
_PROCESS_OPENS = compiled(r"(?i)\b(?:accreditation|registration|applications?|enrol?ments?|nominations?|submissions?|"
                            r"call\s+for\s+[\w-]+)\b[^,;.]{0,100}?\b(?:opens?|opened|closes?|closed|ends?|ended|starts?|started|"
                            r"(?:is|are|will\s+be)\s+open(?:\s+until)?)\s+(?:on\s+)?$")

# the day of what comes before or after the meeting: 'The meeting was preceded on Tuesday by a dinner'
_PRECEDED = compiled(r"(?i)\b(?:was|were|is|are|be|been)\s+(?:preceded|followed)\b[^,;.]{0,60}$")


def meeting_dates(ctx: Context, sentence: Sentence, skip: list[Span], appearance: bool = False) -> list[ResolvedDate]:
    """Dates in a sentence that can be a meeting's: not a year or period, not a deadline
    ('until', 'by'), not the date of another event ('replaced EASO on 19 January'), not a
    dateline. In an appearance before a committee ('presented ... to COSI on 12 December')
    the presenting is the meeting."""
    out = []
    found = ctx.dates_in(sentence.start, sentence.end)
    for k, d in enumerate(found):
        if d.expr.pattern in ("year", "years", "half", "month_range"):
            continue  # a year or a term, not a meeting's day
        if d.expr.pattern == "relative-day" and k + 1 < len(found) and \
                re.fullmatch(r"\s*(?:,|and)\s*", ctx.text[d.span.end:found[k + 1].span.start]) and \
                found[k + 1].start.to_date() and found[k + 1].end.to_date() and \
                found[k + 1].start.to_date() <= (d.start.to_date() or dt.date.min) <= found[k + 1].end.to_date():
            continue  # 'on Wednesday and Thursday, 24 and 25 March 2021': a day the dates after it give again
        first, last = d.start.to_date(), d.end.to_date()
        if first and last and (last - first).days > MEETING_DAYS:
            continue  # 'which holds the presidency from 1 July to 31 December 2024': a term
        if any(s.start <= d.span.start < s.end for s in skip) or _in_dateline(ctx, sentence, d):
            continue
        if VIEWED_ON.search(ctx.text, max(0, d.span.start - 30), d.span.start):
            continue  # a site's banner with the day it was viewed ('Today is: Thursday, 28 March 2013')
        before = ctx.text[max(sentence.start, d.span.start - 12):d.span.start]
        if re.search(r"(?i)\b(?:until|by|before|after|since|deadline)\s+$", before):
            continue
        if _TERM_STARTS.search(ctx.text, max(sentence.start, d.span.start - 90), d.span.start):
            continue  # 'the priorities of the Hungarian Presidency of the Council, which starts on 1 July': a term's start
        if _CHANGED.search(ctx.text, max(sentence.start, d.span.start - 30), d.span.start):
            continue  # 'UPDATE 2 November 2020: an earlier version gave the wrong date for the Council'
        clause = _clause_before(ctx.text, sentence.start, d.span.start)
        if _PROCESS_OPENS.search(clause) or _PRECEDED.search(clause):
            continue  # 'Accreditation for the informal meeting in Nicosia opens on 5 January': the accreditation's day
            # ('The meeting was preceded on Tuesday evening by a dinner': the dinner's)
        if d.start == d.end and re.search(r"(?i)\bfrom\s+$", before) and not (
                MEETING_NOUN.search(clause) or MEETING_VERB.search(clause)):
            continue  # 'From 1 January 2014 the chair passes to eu-LISA, which will host ...': a term's start; so in
            # 'The Council, meeting in Brussels, decided that checks will be lifted from 1 January' (the clause's)
        # the clause runs on past the date: 'is being marked today by a conference in Lisbon'
        rest = re.match(r"[^,;.]*", ctx.text[d.span.end:sentence.end]).group(0)
        with_date = clause + ctx.text[d.span.start:d.span.end] + rest
        if not appearance and NON_EVENT.search(clause) and not _START_LABEL.fullmatch(clause) and not (MEETING_VERB.search(with_date)
                                                                or MEETING_ENDS.match(ctx.text, own_words(ctx, sentence, skip), d.span.start)
                                                                or MEETING_NOUN.search(with_date)
                                                                or SIGNING.search(with_date)
                                                                or _MEETING_CLAUSE.search(ctx.text, max(sentence.start, d.span.start - 160),
                                                                                          d.span.start)):
            continue
        out.append(d)
    return _continued(ctx, out)


# a sentence that opens with a dateline: its city, a comma, the date (short tokens: numbers, capitalised
# words, abbreviations such as 'm.' and 'd.'), then a dash ('Vilnius, 2018 m. lapkričio 16 d. – The heads met ...')
_DATELINE_HEAD = compiled(r"[ \t(]*$")
_DATELINE_MID = compiled(r",[ \t]*(?:(?:\d[\w.]*|[A-Z][\w.]*|[a-z]{1,2}\.)[ \t]+){0,3}")
_DATELINE_END = compiled(r"[ \t]*(?:[a-z]{1,2}\.[ \t]*)?(?:[–—]|-[ \t])")


def _in_dateline(ctx: Context, sentence: Sentence, d: ResolvedDate) -> bool:
    """The date of a dateline that opens the sentence, which the page's dateline reader did not
    take as one (a date in another language): the day of the release, not of a meeting."""
    if not _DATELINE_END.match(ctx.text, d.span.end):
        return False
    return any(_DATELINE_HEAD.fullmatch(ctx.text, sentence.start, c.start) and _DATELINE_MID.fullmatch(ctx.text, c.end, d.span.start)
               for c in ctx.matches_in(sentence.start, d.span.start, {"city"}))


# 'met today and will continue tomorrow', 'opened today ... and closes tomorrow'
_CONTINUES = compiled(r"(?i)\b(?:continu\w*|clos\w*|ends?|ending|conclud\w*|resum\w*)\b")


def _continued(ctx: Context, dates: list[ResolvedDate]) -> list[ResolvedDate]:
    """A day and the next one that a verb of going on joins ('opened today and continues
    tomorrow') are one meeting's two days."""
    out: list[ResolvedDate] = []
    for d in dates:
        last = out[-1] if out else None
        if last is not None and last.expr.pattern == d.expr.pattern == "relative-day" and \
                last.end.to_date() and d.start.to_date() and (d.start.to_date() - last.end.to_date()).days == 1 and \
                d.span.start - last.span.end < 100 and _CONTINUES.search(ctx.text, last.span.end, d.span.start):
            out[-1] = ResolvedDate(DateExpr(Span(last.span.start, d.span.end), last.start, d.end, "relative-day"),
                                   last.start, d.end)
            continue
        out.append(d)
    return out


_ANOTHER_THAT = compiled(r"\band\s+that\b")


# the pronoun of a relative clause the meeting's verb opens: '..., which met in Vilnius in the spring'
_RELATIVE_BEFORE = compiled(r"(?i),\s*(?:which|who)\s+(?:(?:have|has|had|also|first|then|last)\s+)*$")


def in_its_clause(candidates: list[ResolvedDate], text: str, anchor: int) -> list[ResolvedDate]:
    """The dates a meeting's verb in a relative clause may have: not a day told from the page's
    ('today') in the main clause before it ('We will discuss today the paper of our contact
    points, which met in Vilnius in the spring')."""
    relative = _RELATIVE_BEFORE.search(text, max(0, anchor - 40), anchor)
    return [d for d in candidates if not (relative and d.expr.pattern == "relative-day" and d.span.end <= relative.start())]


def pick_date(candidates: list[ResolvedDate], anchor: int, text: str, anchor_end: int | None = None) -> ResolvedDate | None:
    """The date nearest the meeting word, preferring one that follows 'on'/'from', and
    above all one that completes the meeting word ('the European Council of 22-23 June')."""
    best = None
    # 'concluded today a two-day meeting ... held on 29 and 30 January': the range that holds the day
    ranges = [r for r in candidates if r.start != r.end and r.start.to_date() and r.end.to_date()]
    candidates = [d for d in candidates if not (d.start == d.end and d.start.to_date() and any(
        r.start.to_date() <= d.start.to_date() <= r.end.to_date() for r in ranges))]
    for d in candidates:
        if _ANOTHER_THAT.search(text, min(d.span.end, anchor), max(d.span.start, anchor)):
            continue  # 'informed Members that the regulation was signed on DATE and that the hearing ...': another clause's
        before = text[max(0, d.span.start - 12):d.span.start]
        distance = abs(d.span.start - anchor)
        if anchor_end is not None and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[anchor_end:d.span.start]):
            distance -= 1000
        elif anchor_end is not None and anchor_end <= d.span.start and _NOUN_CLAUSE.match(text[anchor_end:d.span.start]):
            distance -= 500  # 'the meeting of the Board, which convened on 3-4 May'
        if re.search(r"(?i)\b(?:on|from)\s+$|^\W*$|,\s*$|\bToday,\s*$", before):
            distance -= 40
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else None


# a meeting of so many days ('the two-day meeting', 'their 3-day conference'), and the verb that says
# whether the day given is its first ('which opened yesterday') or its last ('concluded ... on Friday')
_DAYS_LONG = compiled(r"(?i)\b(?P<n>two|three|four|five|[2-5])[- ]days?\s+(?:[\w'’-]+\s+){0,3}$")
_DAY_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}
_OPENS_ENDS = compiled(r"(?i)\b(?:(?P<first>opened|opens|began|begins|started|starts|kicked\s+off)|"
                         r"(?P<last>ended|ends|closed|closes|concluded|concludes|wrapped\s+up))\b")


def days_of(text: str, start: int, noun: int, date: Span, first: PartialDate, last: PartialDate) -> tuple[PartialDate, PartialDate]:
    """A day of a meeting of so many days ('the two-day meeting, which opened yesterday', 'concluded
    their two-day informal meeting on Friday', 'today concluded a two-day meeting'): its days, from
    the verb of opening or ending nearest the day; with no such verb the day says nothing of the
    others and stays as it is."""
    long = _DAYS_LONG.search(text, max(start, noun - 60), noun)
    day = first.to_date() if first == last else None
    if long is None or day is None:
        return first, last
    # (or the day before the verb: 'ministers today concluded a two-day informal meeting')
    before = date.start < noun
    verb = next(reversed(list(_OPENS_ENDS.finditer(text, date.end if before else start, noun if before else date.start))), None)
    if verb is None or re.search(r"[.;]", text[date.end:verb.start()] if before else text[verb.end():date.start]):
        return first, last
    n = int(long.group("n")) if long.group("n").isdigit() else _DAY_COUNT[long.group("n").lower()]
    shift = dt.timedelta(days=n - 1)
    other = day + shift if verb.group("first") else day - shift
    a, b = sorted((day, other))
    return PartialDate(a.year, a.month, a.day), PartialDate(b.year, b.month, b.day)


def noun_start(trigger: re.Match[str]) -> int:
    """Where a meeting noun's match has its noun: 'talks' in 'two days of informal talks', whose
    count before it says how many days (``days_of``) and is no part of its kind."""
    return trigger.end() - len("talks") if trigger.group().lower().endswith("talks") else trigger.start()


def kind_words(ctx: Context, trigger: re.Match[str], offset: int, sentence: Sentence) -> str:
    """The meeting's kind in the text's words: the noun with its modifiers and an
    'of the ...' complement, e.g. 'informal meeting', 'High Level Meeting of the EU-CELAC
    Coordination and Cooperation Mechanism on Drugs'."""
    text = ctx.text
    s, e = offset + noun_start(trigger), offset + trigger.end()
    left = re.search(r"((?:\b[A-Za-z][\w’'-]*\s+){0,4})$", text[sentence.start:s])
    words = (left.group(1) if left else "").split()
    keep = []
    for w in reversed(words):
        if w.lower() in {"the", "a", "an", "at", "their", "its", "on", "in", "of", "to", "for",
                         "during", "and", "was", "is", "will", "be", "by", "with", "this", "that",
                         "his", "her", "our", "my", "your", "paid", "made"}:  # ('paid his first visit': a 'first visit')
            break
        keep.insert(0, w)
    # the complement stops at a date: 'the European Council of 22-23 June' is a 'European Council'
    until = next((d.span.start for d in ctx.dates_in(e, sentence.end)), sentence.end)
    right = re.match(r"(\s+(?:of|on)\s+(?:the\s+)?(?:[A-Z0-9][\w’'()-]*\s*|and\s+|on\s+|of\s+|for\s+|the\s+)+)", text[e:until])
    # (without the small words it may end on: 'the annual meeting of the heads' is no 'Annual meeting of the')
    tail = re.sub(r"(?:\s+(?:of|on|and|for|the))+\s*$", "", right.group(1)) if right else ""
    if re.fullmatch(r"(?i)the\s+council\s+of\s+", text[s:e]):
        return "Council meeting"
    kind = " ".join([*keep, text[s:e]]) + tail
    kind = re.sub(r"\s+", " ", kind).strip(" ,")
    return kind[:1].upper() + kind[1:] if kind else "Meeting"

# a meeting held at a distance has no place ('met by videoconference', 'an online meeting')
_REMOTE_WORDS = (r"\b(?:video[- ]?conferenc\w*|video\s+call|teleconferenc\w*|online|virtual(?:ly)?|remotely|"
                 r"by\s+video)\b")
REMOTE = compiled("(?i)" + _REMOTE_WORDS)

# a place, then the remote words: a hybrid meeting ('in Vienna and online', 'in person and online'; not a list's
# last item, 'in Strasbourg on 17 June, and online on 23 September')
_HYBRID = compiled(r"(?:\b(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\b(?:in\s+person|on[\s-]site|physically))"
                   r"\s+(?:and|or|&)\s+$")
# a meeting's date said to be a remote one: 'met online on 7 March', 'a meeting held by videoconference on 31
# January' (the words right before the date), '... on 15 June by videoconference' (right after it)
def remote_date(text: str, start: int, date: Span) -> bool:
    # (not a hybrid one: 'in Vienna and online on 10-11 June')
    before = [m for m in REMOTE.finditer(text, max(start, date.start - 40), date.start)
              if re.fullmatch(r"\s*(?:on|from)?\s*(?:the\s+)?", text[m.end():date.start])
              and not _HYBRID.search(text, max(start, m.start() - 40), m.start())]
    return bool(before) or re.match(r"(?i)\s*,?\s*(?:(?:held\s+)?(?:by|via)\s+|in\s+an?\s+|as\s+an?\s+)?" + _REMOTE_WORDS,
                                    text[date.end:date.end + 40]) is not None


# a meeting that did not take place on its day: 'the meeting planned for 26 March could not take place', 'was
# cancelled', 'has been postponed' (not the day it was moved to: 'postponed to 9 June', 'will take place instead on')
_CALLED_OFF = compiled(r"(?i)\b(?:could\s+not|did\s+not|cannot|will\s+not)\s+take\s+place\b|\b(?:was|were|has(?:\s+also)?\s+been|"
                       r"have(?:\s+also)?\s+been|had\s+to\s+be|is|are)\s+(?:(?:also|now|therefore)\s+)?(?:cancell?ed|called\s+off|postponed)\b")
_MOVED_TO = compiled(r"(?i)\b(?:postponed|moved|rescheduled|put\s+back|instead)\s+(?:\w+\s+){0,3}?(?:to|until|for|on)\s+(?:the\s+)?$"
                     r"|\b(?:will\s+)?(?:now|instead)\s+take(?:s)?\s+place\s+(?:on\s+)?$")


def called_off(text: str, scope: Sentence, date: Span) -> bool:
    """The meeting of this date did not or will not take place there: its sentence says it was called off, and the
    date is not the one it was moved to."""
    return _CALLED_OFF.search(text, scope.start, scope.end) is not None and \
        not _MOVED_TO.search(text, max(scope.start, date.start - 60), date.start)


# a city named by its country: 'in the Maltese capital', 'to the Lithuanian capital'
CAPITAL = compiled(r"\b(?:in|to|at)\s+(?P<phrase>the\s+(?P<who>[A-Z][\w’'-]+)\s+capital)\b(?!\s+(?:markets?|flows?|city\s+of))")


# a meeting as it is read, before it becomes a fact: what the sentences have said of it so far
@dataclass
class MeetingDraft:
    start: PartialDate
    end: PartialDate
    date_span: Span
    sentence: Sentence
    part: int
    kind: str
    place: str | None = None
    place_span: Span | None = None
    chair: str | None = None  # IRI or person name
    chair_kind: str | None = None  # agency / country / person / organisation
    host: str | None = None
    host_kind: str | None = None
    role_span: Span | None = None
    participants: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    evidence: list[Span] = field(default_factory=list)
    rule: str = "meeting.sentence"
    confidence: float = 0.85
    remote: bool = False  # held at a distance ('met online on 7 March'): no city is its place
    ends_only: bool = False  # 'the meeting ended today': its last day, not the day it began
    refers_back: bool = False  # its sentence opens with 'The meeting', 'It', 'Chaired by': about the meeting named before
    council: bool = False  # a meeting of the Council of the EU, named in its own words (which its presidency chairs)
    continues: bool = False  # 'The meeting continues tomorrow': a later day of the meeting named before
    opened: bool = False  # 'The meeting opened on Tuesday': the first day of the meeting named before
