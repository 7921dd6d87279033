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

OPERATE_VERB = (r"(?:operat(?:es|ed|ing|e)|manag(?:es|ed|ing|e)|runs|ran|running|run|hosts|hosted|look(?:s|ed|ing)?\s+after|"
                r"(?:(?:is|are|was|were|been|be)\s+(?:also\s+|now\s+|still\s+)?)?in\s+charge\s+of)")
# building a system and running it: 'develops and operates', 'is building and will operate'
_BUILDS_AND = r"(?:(?:develop|build|design)\w*\s+and\s+(?:(?:will|also|then|later|is|be)\s+)*)?"
# 'operated by', 'run centrally by', 'built, and will be operated, by'
_BY = re.compile(r"(?i)\b(?:(?:operationally\s+)?(?:operated|managed|run|hosted|overseen)(?:\s+(?:centrally|jointly|directly))?,?\s+by|"
                 r"entrusted\s+to)\s*(?:the\s+)?$")
# the system itself under the agency's management: 'SYS will remain under the operational management of the EU
# agency', 'the SYS system – now under the responsibility of'
_UNDER = re.compile(r"(?i)^(?:\s+(?:system|database|platform))?\s*[,–—-]?\s*(?:(?:will|would|is|are|was|were|has|have|been|be|"
                    r"remains?|remained|stays?|stayed|comes?|came|now|still|also|already|then)\s+)*under\s+the\s+"
                    r"(?:(?:day-to-day|operational|technical)\s+)?(?:management|responsibility)\s+of(?:\s+the)?(?:\s+EU)?"
                    r"(?:\s+agency)?\s*$")
# the handing over of a system to the agency: 'the planned handover of the SYS system to'
_HANDOVER_OF = re.compile(r"(?i)\b(?:hand-?over|handing\s+over|transfer)\s+of\s+(?:the\s+)?$")
_HANDOVER_TO = re.compile(r"(?i)^(?:\s+(?:system|platform))?\s+to\s+(?:the\s+)?$")
# the system the subject of two predicates, the second saying who runs it: 'SYS has been developed
# by eu-LISA together with the Commission, and is now operated by'
_AND_IS = re.compile(r"(?i)^\s+(?:has\s+been|have\s+been|was|were|is|are)\s+[\w-]+\s+by\s+[^.;:]{1,100}?,?\s+and\s+"
                     r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|currently|also|still)\s+)?"
                     r"(?:(?:operationally\s+)?(?:operated|managed|run|hosted))\s+by\s*$")
# the running of a system, as a noun: 'the (day-to-day | operational | technical) management of'
_RUNNING = (r"(?:the\s+)?(?:(?:development|design|preparation|building)\s*,?\s+and\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:running|operation|management|hosting)\s+of\s+")
# systems not yet running: 'the management of the future SYS, SYS and SYS'
_FUTURE = r"(?:(?:the\s+)?(?:future|new|planned)\s+)?"
# 'responsible for the day-to-day running of', 'responsible for its operational management'
# systems already listed: 'SIS, VIS and', 'all four components, together with'
_SYS_LIST = r"(?:(?:the\s+)?SYS(?:\s*\([^)]*\))?\s*(?:,\s*|and(?:\s*,\s*(?:in|from|by)\s+\d{4}\s*,)?\s+(?:of\s+)?|,\s*and\s+|,?\s*(?:together|along)\s+with\s+|,?\s*as\s+well\s+as\s+))*"
_RESPONSIBLE = re.compile(rf"(?i)\bresponsible\s+for\s+(?:(?:(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:running|operation|management)"
                          rf"\s+of|(?:[\w-]+ing\s+and\s+)?(?:running|operating|managing))\s+"
                          rf"{_SYS_LIST}(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
                          # the system itself: 'is responsible for SYS', 'for the four components:'
                          rf"|{_SYS_LIST}(?:the\s+)?)$")
# words between the verb and the system ('manages the central part of SIS'), never a new verb
# ('manages SIS and is building ETIAS')
_FILLER = (r"(?:(?!(?:is|are|was|were|will|would|must|should|shall|can|could|may|has|have|had|being|building|develop\w*|"
           r"prepar\w*|to|and|but)\b)"
           r"[\w/-]+\s+){0,6}?")
# more systems run with the first: 'has run SIS since 2013 alongside the VIS and'
_ALONGSIDE = rf"(?:(?:alongside|together\s+with|along\s+with|as\s+well\s+as)\s+{_SYS_LIST}(?:the\s+)?)?"
# the agency first, then how it comes to run the system, at the end of the words between:
# 'taking over the operational management of', 'the agency charged with developing and
# operating', 'will assume responsibility for the running of'
_TAKES_ON = re.compile(
    rf"(?i)\b(?:(?:take[sn]?|took|taking)\s+(?:over|on)(?:\s+from\s+(?:the\s+)?[^,.;:]{{1,50}}?(?=\s+the\s))?"
    # 'took over responsibility for the operational management of'
    rf"(?:\s+(?:the\s+)?responsibility\s+for)?|"
    rf"assum(?:e|es|ed|ing)(?:\s+(?:the\s+)?responsibility\s+for)?)\s+"
    rf"{_RUNNING}{_FUTURE}{_SYS_LIST}(?:the\s+)?{_FILLER}$"
    rf"|\b(?:charged|entrusted|tasked)\s+with\s+(?:[\w-]+ing\s+and\s+)?(?:operating|managing|running)\s+"
    rf"{_SYS_LIST}(?:the\s+)?{_FILLER}$"
    # 'would give eu-LISA responsibility for the development and operational management of SYS'
    rf"|^\s+(?:the\s+)?responsibility\s+for\s+{_RUNNING}{_FUTURE}{_SYS_LIST}(?:the\s+)?{_FILLER}$"
    # '... is preparing ETIAS, while continuing to run SIS'
    rf"|\bcontinu(?:e|es|ed|ing)\s+to\s+{OPERATE_VERB}\s+{_SYS_LIST}(?:the\s+)?{_FILLER}$"
    # '... develop SYS in parallel with running SYS', '... while running SYS'
    rf"|\b(?:in\s+parallel\s+with|while|besides|on\s+top\s+of)\s+(?:also\s+)?(?:running|operating|managing)\s+"
    rf"{_SYS_LIST}(?:the\s+)?{_FILLER}$")
# the system itself taken over (not 'its' management): 'will become operational in December and take over SYS'
_TAKES_OVER_SYSTEM = re.compile(rf"(?i)\b(?:take[sn]?|took|taking)\s+over\s+{_SYS_LIST}(?:the\s+)?$")
# the system first, the agency last: 'responsibility for running SIS will shift to eu-LISA',
# 'the operational management of Eurodac was entrusted to the agency'
_SHIFTS_TO = re.compile(r"(?i)^[^.;:]{0,60}?\b(?:shift(?:s|ed)?|pass(?:es|ed)?|mov(?:e|es|ed)|(?:be|been|was|were|is)\s+"
                        r"(?:transferred|entrusted|handed(?:\s+over)?|given))\s+(?:over\s+)?to\s+(?:the\s+)?$")
# 'its operational management will likewise rest with', 'its running passes to'
_ITS_RUNNING_TO = re.compile(r"(?i)^\s+(?:(?:day-to-day|operational|technical)\s+)?(?:management|operation|running)\s+"
                             r"(?:[^.;:,]{0,40}?\s)?(?:(?:rests?|rested|lies?|lay)\s+with|(?:shift(?:s|ed)?|pass(?:es|ed)?|"
                             r"mov(?:e|es|ed)|(?:be|been|was|were|is)\s+(?:transferred|entrusted|handed(?:\s+over)?|given))"
                             r"\s+(?:over\s+)?to)\s+(?:the\s+)?$")
# systems running at the agency's site: 'SIS and VIS, both of which already run in eu-LISA's data centre'
_RUN_AT = re.compile(r"(?i)^(?:\s*\([^)]*\))?(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?SYS(?:\s*\([^)]*\))?)*\s*,\s*"
                     r"(?:(?:both|all|each)\s+of\s+)?which\s+(?:(?:already|now|still|also|will)\s+)*"
                     r"(?:run|runs|(?:is|are|be)\s+(?:run|hosted|operated))\s+(?:in|at|from|on)\s+(?:the\s+)?$")
_AGENCY_SITE = re.compile(r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}?(?:data\s+cent(?:re|er)s?|sites?|premises|servers|infrastructure)\b")
_RESPONSIBILITY_FOR = re.compile(r"(?i)\b(?:responsibility\s+for\s+(?:the\s+)?(?:running|operating|managing|operation|"
                                 r"management)(?:\s+of)?|(?:[\w-]+\s+){0,2}?(?:running|operation|management)\s+of)"
                                 rf"\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}{_SYS_LIST}(?:the\s+)?$")
# the agency's task, then what it is: 'the agency's core business: the operational management of SYS'
_TASK_COLON = re.compile(rf"(?i)(?:^['’]s|\bthe\s+agency['’]s|\bits)\s+(?:[\w-]+\s+){{0,2}}?(?:business|tasks?|mission|job|"
                         rf"role|remit|mandate)\s*[:–—]\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:running|operation|management|hosting)"
                         rf"\s+of\s+{_SYS_LIST}(?:the\s+)?$")
# 'e-CODEX, which eu-LISA manages': the system first, the agency in a relative clause
_WHICH_AGENCY = re.compile(r"(?i)^\s*,\s*which\s+$")
# 'which eu-LISA manages', 'which eu-LISA will develop and run', 'which eu-LISA is developing and will operate'
_AGENCY_VERB = re.compile(rf"(?i)^\s+(?:(?:also|currently|already|now|still|will|is|are|has|have|been)\s+)*"
                          rf"{_BUILDS_AND}(?:{OPERATE_VERB})\b")
# '... for its operational management', '... which will also ensure its technical management'
_RESPONSIBLE_FOR_ITS = re.compile(r"(?i)\b(?:responsible\s+for|ensur(?:e|es|ed|ing))\s+$")
# the system first, built by the agency, which runs it: 'The central system has been developed by eu-LISA,
# which will operate it'
_BUILT_BY = re.compile(r"(?i)^(?:\s+(?:information\s+)?system)?(?:\s+itself)?\s+(?:has\s+been|have\s+been|was|were|is|are|will\s+be|"
                       r"is\s+being)\s+(?:[\w-]+\s+){1,3}?by\s+(?:the\s+)?$")
_WHICH_RUNS_IT = re.compile(rf"(?i)^(?:\s*,\s*(?:the|an?)\s+[^,;.()]{{1,60}}?)?\s*,\s*which\s+"
                            rf"(?:(?:will|also|now|then|later|is|be)\s+)*(?:{OPERATE_VERB}\s+(?:it|them)\b|"
                            rf"(?:ensur\w*|be\s+responsible\s+for|take\s+care\s+of)\s+(?:its|their)\s+(?:[\w-]+\s+)?"
                            rf"(?:management|operation|running)\b)")
# the agency building the systems and then running them: 'eu-LISA, which is developing both systems and
# will be responsible for running them'
_BUILDS = re.compile(rf"(?i)(?:\s*,\s*(?:the|an?)\s+[^;.:()]{{1,120}}?,)?,?\s+(?:which\s+|that\s+)?"
                     rf"(?:(?:is|are|will|has|have|been|be|also|now|currently)\s+)*"
                     # 'will be in charge of developing SYS and of its technical management'
                     rf"(?:(?:in\s+charge\s+of|responsible\s+for)\s+)?(?:develop|build|design)\w*\s+{_SYS_LIST}(?:the\s+)?")
_THEN_RUNS_THEM = re.compile(rf"(?i)^(?:\s*\([^)]*\))?(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?SYS(?:\s*\([^)]*\))?)*,?\s+and\s+"
                             rf"(?:(?:will|is|also|then|later)\s+)*(?:be\s+responsible\s+for\s+(?:running|operating|managing)|"
                             rf"{OPERATE_VERB})\s+(?:it|them)\b"
                             # '... and of its technical management', '... and ensure their operational management' ('its' is
                             # a reference, written SYS)
                             rf"|^(?:\s*\([^)]*\))?,?\s+and\s+(?:of\s+|for\s+|ensur\w*\s+)(?:its|their|SYS)\s+(?:[\w-]+\s+)?"
                             rf"(?:management|operation|running)\b")
# a system referred back to: 'the system', 'the upgraded system', 'these systems', 'its'
_SINGULAR = re.compile(r"(?i)\b(?:the|this)\s+(?:(?:central|technical|upgraded|renewed|new|same|whole)\s+)?(?:system|database)\b"
                       r"|\bits(?=\s+(?:\w+\s+)?(?:management|operation|running|development)\b)")
_PLURAL = re.compile(r"(?i)\b(?:these|those|the|all|both|two|three|four|five|six|seven|[2-9])\s+(?:(?:\w+|\d+)\s+)?(?:systems|components)\b")
_BOTH = re.compile(r"\s*(?P<ref>Both)\s+(?=(?:will|are|were|have|had|can|could|would|should|must|shall|already|now|"
                   r"also|still)\b)")
# the words, lower-cased, one of which each match of a pattern holds: a stretch of text without
# any of them is spared the pattern (Context.holds_any)
_PLURAL_WORDS = ("systems", "components")
_COUNTED_WORDS = ("systems", "components", "all", "both")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# a count of systems: 'all three of the large-scale IT systems entrusted to it: SYS, SYS and SYS' (the list
# after the colon), 'All four will be developed' (the last four systems listed before)
_COUNTED = re.compile(r"(?i)\b(?:all\s+)?(?P<n>two|three|four|five|six|seven|[2-9])\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:systems|components)\b|\b(?:all|both)\s+(?P<bare>two|three|four|five|six|seven|[2-9])\b"
                      r"(?!\s+(?:of\b|[\w-]+\s+(?:[\w-]+\s+)?(?:systems|components)\b))")
# a system's name as the first word of another thing's: 'the ETIAS Central Unit', 'the VIS Regulation'
_PART_OF_NAME = re.compile(r"(?i)\s+(?:(?:central|national)\s+)?(?:units?|regulations?|bureau[sx]?|division|office|watch-?lists?|"
                           r"team|(?:advisory\s+)?group|committee|proposals?|programme\s+board)\b")


@dataclass(frozen=True)
class Ref:
    start: int
    end: int
    entities: tuple[str, ...]


def _references(ctx: Context, start: int, end: int) -> list[Ref]:
    """System mentions in a span, and the references back to systems named before."""
    refs = [Ref(m.start, m.end, (m.entity,)) for m in ctx.matches_in(start, end, {"system"})]
    text = ctx.text
    for pattern, plural in ((_SINGULAR, False), (_PLURAL, True)):
        for m in pattern.finditer(text, start, end) if not plural or ctx.holds_any(start, end, _PLURAL_WORDS) else ():
            if any(r.start <= m.start() < r.end for r in refs):
                continue
            named = (_listed_after(ctx, m.end(), end) if plural else ()) or \
                _named_before(ctx, m.start(), plural, [r for r in refs if r.end <= m.start()])
            number = re.search(r"(?i)\b(two|three|four|five|six|seven|[2-9])\b", m.group()) if plural else None
            if number and len(named) != (_NUMBERS.get(number.group(1).lower()) or int(number.group(1))):
                # 'all four components' after a bulleted list of four: that list
                count = _NUMBERS.get(number.group(1).lower()) or int(number.group(1))
                named = _bulleted_before(ctx, m.start(), count) or _named_over_sentences(ctx, m.start(), count) or named
            if named:
                refs.append(Ref(m.start(), m.end(), named))
    # 'Both will be hosted by eu-LISA': a sentence opening with 'Both', for the two systems the sentence before names
    both = _BOTH.match(text, start)
    if both and ctx.sentence_at(both.start("ref")).start <= start:
        found = ctx.named_before(both.start("ref"), {"system"}, 1)
        named = tuple(dict.fromkeys(x.entity for x in found[1])) if found else ()
        if len(named) == 2:
            refs.append(Ref(both.start("ref"), both.end("ref"), named))
    for m in _COUNTED.finditer(text, start, end) if ctx.holds_any(start, end, _COUNTED_WORDS) else ():
        if any(r.start <= m.start() < r.end for r in refs):
            continue
        word = (m.group("n") or m.group("bare")).lower()
        count = _NUMBERS.get(word) or int(word)
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
                             rf"{_BUILDS_AND}(?:{OPERATE_VERB}|taken\s+over|took\s+over|takes\s+over|"
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


def _agencies_referred_to(ctx: Context, sentence: Sentence) -> list[Match]:
    """'... will be overseen by the new agency', '... the systems the agency will develop and run':
    the one agency the sentence names before it ('developed by eu-LISA ..., and is now operated by
    the agency'), else the one agency the nearest sentence before that names agencies names."""
    out = []
    for m in _THE_AGENCY.finditer(ctx.text, sentence.start, sentence.end) if ctx.holds_any(
            sentence.start, sentence.end, ("agency",)) else ():
        named = {x.entities for x in ctx.matches_in(sentence.start, m.start(), {"agency"})} or _agencies_before(ctx, sentence)
        if len(named) == 1:
            out.append(Match(m.start("ref"), m.end("ref"), "agency", named.pop()))
    return out


# 'SIS, VIS and Eurodac, which the Agency runs around the clock', 'the sBMS, which it has run since'
_WHICH_BEFORE = re.compile(r"(?i)(?:,|\s[–—-])\s*which\s+(?:the\s+)?$")
_WHICH_IT_RUNS = re.compile(rf"(?i)(?:,|\s[–—-])\s*which\s+(?:it|the\s+agency)\s+(?:(?:also|now|currently|already|still|"
                            rf"will|is|are|has|have|had|been)\s+)*{_BUILDS_AND}{OPERATE_VERB}\b"
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
        if which and _AGENCY_VERB.match(text[agency.end:sentence.end]):
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
                    ok = ((_TAKES_ON.search(gap) or (_TAKES_OVER_SYSTEM.search(gap) and ctx.matches_in(ref.start, ref.end, {"system"})))
                          and not re.search(r"[.;:]", gap) and len(gap) < 160 and not others) or \
                        re.fullmatch(rf"(?i)(?:['’]s|\s*\))?(?:\s*,\s*(?:which|who|with|based\s+in)\s+(?:[^,;.]|,\s*SYS\b){{1,80}},)?"
                                      rf"(?:\s*,\s*[\"“][^\"”]{{1,60}}[\"”]\s*,)?"
                                      rf"(?:\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?agency(?:\s+for\s+[^,;.:]{{1,60}}?)?)?,?\s+"
                                      rf"(?:which\s+|that\s+|who\s+)?(?:(?:also|currently|already|still|now|today|will|be|been|"
                                      rf"has|have|had|is|are|remains?|stays?)\s+)*{_BUILDS_AND}{OPERATE_VERB}(?:\s+and\s+\w+ed)?(?:\s*[:–—]\s*|\s+)"
                                      rf"{_SYS_LIST}(?:the\s+)?{_FILLER}{_ALONGSIDE}", gap) or (
                        # 'eu-LISA, which is developing both systems and will be responsible for running them'
                        _TASK_COLON.search(gap) and not others and len(gap) < 160) or (
                        _BUILDS.fullmatch(gap) and not others
                        and _THEN_RUNS_THEM.match(_masked(ctx, refs, ref.end, sentence.end))) or (
                        # 'eu-LISA develops ETIAS and will be responsible for its technical management'
                        (_RESPONSIBLE.search(gap) or (_RESPONSIBLE_FOR_ITS.search(gap)
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
                    ok = (_BY.search(core) and (_BY.search(core).start() < 45 or _AND_IS.match(core)) and not re.search(r"[.;]", core)) or (
                        _UNDER.match(gap)) or (_HANDOVER_TO.match(gap) and _HANDOVER_OF.search(text, max(sentence.start, ref.start - 30), ref.start)) or (
                        _BUILT_BY.match(gap) and _WHICH_RUNS_IT.match(text[agency.end:sentence.end])) or (
                        _WHICH_AGENCY.match(gap) and _AGENCY_VERB.match(text[agency.end:sentence.end])) or (
                        _ITS_RUNNING_TO.match(gap) and text[ref.start:ref.end].lower() == "its"
                        and not ctx.matches_in(ref.end, agency.start, {"agency", "organisation", "country"})) or (
                        _RUN_AT.match(_masked(ctx, refs, ref.end, agency.start)) and _AGENCY_SITE.match(text, agency.end)) or (
                        _SHIFTS_TO.match(gap) and _RESPONSIBILITY_FOR.search(lead)
                        and not ctx.matches_in(ref.end, agency.start, {"agency", "organisation", "country"}))
                if ok and ctx.matches_in(ref.start, ref.end, {"system"}) and _PART_OF_NAME.match(text, ref.end):
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
