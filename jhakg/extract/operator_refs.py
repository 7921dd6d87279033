"""The systems a stretch of text names or refers back to: a system named ('SIS II'), or a
reference standing for the system(s) named before ('the system', 'its operational management',
'these systems', 'all four components', 'Both will ...'), or for a list after it ('the
systems they connect: SIS, VIS and Eurodac'); and the bulleted lists of systems an agency runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import Context
from .operator_words import (
    BOTH,
    BOTH_AFTER,
    COUNTED,
    COUNTED_WORDS,
    NUMBERS,
    OPERATE_VERB,
    ORDINAL_COUNT,
    PLURAL,
    PLURAL_WORDS,
    SINGULAR,
)


@dataclass(frozen=True)
class Ref:
    start: int
    end: int
    entities: tuple[str, ...]


_OF_SYSTEM = compiled(r"\s+of\s+(?:the\s+)?")
# a verb whose object is other systems than those its sentence names before: 'SYS and SYS will connect the systems'
_CONNECTS = compiled(r"(?i)\b(?:connect|interconnect|link|join\s+up|bring\s+together|complement|replace)(?:s|ed|ing)?\s+$")


def references(ctx: Context, start: int, end: int) -> list[Ref]:
    """System mentions in a span, and the references back to systems named before."""
    refs = [Ref(m.start, m.end, (m.entity,)) for m in ctx.matches_in(start, end, {"system"})]
    text = ctx.text
    for pattern, plural in ((SINGULAR, False), (PLURAL, True)):
        for m in pattern.finditer(text, start, end) if not plural or ctx.holds_any(start, end, PLURAL_WORDS) else ():
            if any(r.start <= m.start() < r.end for r in refs):
                continue
            of = _OF_SYSTEM.match(text, m.end())
            if of and any(x.start == of.end() for x in ctx.matches_in(of.end(), end, {"system"})):
                continue  # 'the central systems of SIS, VIS and Eurodac': the systems named right after, no reference
            here = [r for r in refs if r.end <= m.start() and r.entities]
            if plural and _CONNECTS.search(text, max(start, m.start() - 40), m.start()):
                here = []  # 'the four components will connect the systems the Agency runs': other systems than theirs
            named = (_listed_after(ctx, m.end(), end) if plural else ()) or _named_before(ctx, m.start(), plural, here)
            number = re.search(r"(?i)\b(two|three|four|five|six|seven|[2-9])\b", m.group()) if plural else None
            if number and len(named) != (NUMBERS.get(number.group(1).lower()) or int(number.group(1))):
                # 'all four components' after a bulleted list of four: that list
                count = NUMBERS.get(number.group(1).lower()) or int(number.group(1))
                # a count the systems named before do not give settles none ('all four components' after six)
                named = _bulleted_before(ctx, m.start(), count) or _named_over_sentences(ctx, m.start(), count)
                if not named:  # 'through four components: A, B, C and D. ... the four interoperability components'
                    closing = _last_list_before(ctx, m.start(), 3)
                    named = closing if len(closing) == count else ()
            if named or number:
                # unsettled, 'all four components' still stands in a list: 'will operate all four components,
                # together with SYS and SYS'
                refs.append(Ref(m.start(), m.end(), named))
    # 'Both will be hosted by eu-LISA': a sentence opening with 'Both', for the two systems the sentence before names
    both = BOTH.match(text, start)
    if both and ctx.sentence_at(both.start("ref")).start <= start:
        found = ctx.named_before(both.start("ref"), {"system"}, 1)
        named = tuple(dict.fromkeys(x.entity for x in found[1])) if found else ()
        if len(named) == 2:
            refs.append(Ref(both.start("ref"), both.end("ref"), named))
    # 'The Schengen Information System is the most used database. It is managed by eu-LISA': 'It' opening a
    # passive of running stands for the system the sentence before opens with, as its subject
    it = _IT_RUN.match(text, start) if text[start:start + 4].lstrip().startswith("It") else None
    previous = ctx.previous_sentence(ctx.sentence_at(start)) if it and ctx.sentence_at(start).start == start else None
    opening = _OPENS_WITH_SYSTEM.match(text, previous.start, previous.end) if previous else None
    if opening:
        first = ctx.matches_in(opening.start("sys"), opening.end("sys"), {"system"})
        if first and (first[0].start, first[-1].end) == opening.span("sys"):  # the whole subject ('the SIS Regulation': none)
            refs.append(Ref(it.start("ref"), it.end("ref"), (first[0].entity,)))
    # 'The reform adds the ESP and the CIR. They will be built and run by eu-LISA': 'They' opening a passive of
    # running stands for the systems the sentence before names, two or more
    they = _THEY_RUN.match(text, start) if text[start:start + 6].lstrip().startswith("They") else None
    previous = ctx.previous_sentence(ctx.sentence_at(start)) if they and ctx.sentence_at(start).start == start else None
    named = tuple(dict.fromkeys(m.entity for m in ctx.matches_in(previous.start, previous.end, {"system"}))) if previous else ()
    if len(named) >= 2:
        refs.append(Ref(they.start("ref"), they.end("ref"), named))
    # 'SIS - Schengen Information System' over 'Operated by eu-LISA since May 2013.': a factsheet's entry opening
    # with the participle stands for the one system the heading line above it names
    if _RUN_BY.match(text, start) and ctx.sentence_at(start).start == start:
        above = ctx.previous_sentence(ctx.sentence_at(start))
        if above is not None and "\n" in text[above.end:start] and above.end - above.start <= 80 and \
                text[above.end - 1] not in ".!?:":
            named = tuple(dict.fromkeys(m.entity for m in ctx.matches_in(above.start, above.end, {"system"})))
            if len(named) == 1:
                refs.append(Ref(start, start, named))
    # 'eu-LISA built the EES and ETIAS and will run both': the two its sentence names before it, else the
    # two the list closing the sentence before names
    for m in BOTH_AFTER.finditer(text, start, end) if ctx.holds_any(start, end, ("both",)) else ():
        named = _apposed_to_earlier(ctx, m.start("ref"), 2, after_comma=False) or _last_list_before(ctx, m.start("ref"))
        if len(named) == 2:
            refs.append(Ref(m.start("ref"), m.end("ref"), named))
    for m in COUNTED.finditer(text, start, end) if ctx.holds_any(start, end, COUNTED_WORDS) else ():
        if any(r.start <= m.start() < r.end for r in refs):
            continue
        word = (m.group("n") or m.group("bare")).lower()
        count = NUMBERS.get(word) or int(word)
        named = _listed_after(ctx, m.end(), end) if m.group("n") else (
            _apposed_to_earlier(ctx, m.start(), count) or _last_list_before(ctx, m.start()))
        if len(named) != count and m.group("bare"):
            named = _listed_earlier_in_sentence(ctx, m.start())
        if len(named) != count and m.group("bare"):
            named = _bulleted_before(ctx, m.start(), count)  # ('All four will be developed' under a list of four)
        if len(named) == count:
            refs.append(Ref(m.start(), m.end(), named))
    # 'SIS, VIS and Eurodac - and ... the EES, ETIAS and ECRIS-TCN. The first three are run by': of the systems the
    # sentence before names, more than that count, the first (or last) ones
    for m in ORDINAL_COUNT.finditer(text, start, end) if ctx.holds_any(start, end, ("first", "last")) else ():
        count = NUMBERS.get(m.group("n")) or int(m.group("n"))
        before = _sentences_before(ctx, m.start(), 1)
        named = before[0] if before else ()
        if len(named) > count:
            refs.append(Ref(m.start(), m.end(), named[:count] if m.group("which") == "first" else named[-count:]))
    return sorted(refs, key=lambda r: r.start)


_RUN_BY = compiled(r"(?:(?:Built|Developed|Designed)\s+and\s+(?:operated|managed|run|hosted)|Operated|Managed|Run|Hosted)"
                     r"\s+(?:centrally\s+)?by\b")
_IT_RUN = compiled(r"\s*(?P<ref>It)\s+(?:is|was|will\s+be|has\s+been|remains)\s+(?:(?:now|also|still|centrally|"
                     r"jointly|technically)\s+)*(?:managed|operated|run|hosted|kept\s+running)\b")
_THEY_RUN = compiled(r"\s*(?P<ref>They)\s+(?:are|were|will\s+be|have\s+been)\s+(?:(?:now|also|still|centrally|jointly|technically)\s+)*"
                     r"(?:(?:built|developed|designed)\s+and\s+(?:(?:then|later)\s+)?)?(?:managed|operated|run|hosted)\b")
# a sentence opening with a system as its subject: 'The Schengen Information System is ...', 'SIS II has ...'
_OPENS_WITH_SYSTEM = compiled(r"\s*(?:[Tt]he\s+)?(?:(?:second[\s-]generation|new|central|renewed)\s+)?"
                                r"(?P<sys>[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,4}(?:\s+II)?)\s+(?:is|was|are|were|has|have|will|remains)\b")


def _apposed_to_earlier(ctx: Context, at: int, count: int, after_comma: bool = True) -> tuple[str, ...]:
    """'query SIS and Eurodac, and will soon use the EES – all three operated by': a count set
    after a dash or comma (``after_comma``) stands for the systems its sentence named before it,
    when they are exactly that many."""
    sentence = ctx.sentence_at(at)
    if after_comma and not re.search(r"(?:[,–—]|\s-)\s*$", ctx.text[sentence.start:at]):
        return ()
    named = tuple(dict.fromkeys(m.entity for m in ctx.matches_in(sentence.start, at, {"system"})))
    return named if len(named) == count else ()


def _named_over_sentences(ctx: Context, at: int, count: int) -> tuple[str, ...]:
    """'All four components are run by eu-LISA' after two sentences naming two each: the
    systems of the nearest sentences before (in the same part, five at most: a bulleted item is
    a sentence), when whole sentences give exactly ``count`` of them; else those of the one
    sentence of the three nearest that names that many ('adds four components: SYS, SYS, SYS
    and SYS. They will link SYS, ... and SYS. eu-LISA will run all four components')."""
    each = _sentences_before(ctx, at, 5)
    named: list[str] = []
    for own in each:
        named = list(dict.fromkeys(list(own) + named))
        if len(named) >= count:
            break
    if len(named) == count:
        return tuple(named)
    exact = [own for own in each[:3] if len(own) == count]
    return exact[0] if len(exact) == 1 else ()


def _sentences_before(ctx: Context, at: int, within: int) -> list[tuple[str, ...]]:
    """The systems each of the ``within`` sentences before the one at ``at`` names, nearest first, in
    the same part."""
    i = ctx.sentence_index(at)
    part = ctx.part_at(at)
    out = []
    for sentence in reversed(ctx.sentences[max(0, i - within):i]):
        if ctx.part_at(sentence.start) != part:
            break
        out.append(tuple(dict.fromkeys(m.entity for m in ctx.matches_in(sentence.start, sentence.end, {"system"}))))
    return out


def _last_list_before(ctx: Context, at: int, within: int = 1) -> tuple[str, ...]:
    """The systems of the list that closes the nearest sentence before (in the same part) that
    names systems: 'through four components: a European Search Portal, ... and a
    Multiple-Identity Detector.'"""
    found = ctx.named_before(at, {"system"}, within)
    if found is None:
        return ()
    sentence, named = found
    if not re.fullmatch(r"[\s).]*", ctx.text[named[-1].end:sentence.end]):
        return ()
    return _list_ending(ctx, named)


def _listed_earlier_in_sentence(ctx: Context, at: int) -> tuple[str, ...]:
    """'is building the EES, ETIAS and ECRIS-TCN, and the Agency will operate all three': the systems of
    the last list the sentence names before ``at``."""
    named = ctx.matches_in(ctx.sentence_at(at).start, at, {"system"})
    return _list_ending(ctx, named) if named else ()


def _list_ending(ctx: Context, named: list) -> tuple[str, ...]:
    """The systems of the list the last of ``named`` closes ('SYS, SYS and SYS')."""
    listed = [named[-1]]
    for m in reversed(named[:-1]):
        if m.entity == listed[0].entity and re.fullmatch(r"\s*\(\s*", ctx.text[m.end:listed[0].start]):
            listed[0] = m  # a name and its acronym in brackets: 'a multiple-identity detector (MID)'
            continue
        if not re.fullmatch(r"\)?(?:\s*\([^)]*\))?\s*(?:,|,?\s+and)\s+(?:(?:the|an?)\s+)?", ctx.text[m.end:listed[0].start]):
            break
        listed.insert(0, m)
    return tuple(dict.fromkeys(x.entity for x in listed))


_BULLET = compiled(r"[ \t]*[•·▪*–—-][ \t]+")
_LIST_REACH = 1000


def _bulleted_before(ctx: Context, at: int, count: int) -> tuple[str, ...]:
    """The systems the bulleted list nearest before names, one at the head of each item ('• a
    European Search Portal (ESP), allowing ...'; an item may go on over lines in lower case), when the
    list has ``count`` items; text up to ``_LIST_REACH`` characters long may stand between ('The
    components will connect SIS, VIS and Eurodac. ... will run the four components')."""
    text = ctx.text
    items: list[Match] = []
    end = text.rfind("\n", 0, at)
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
        elif items and not line[:1].islower():
            break  # (a line in lower case goes on with the item above it)
        elif not items and at - end > _LIST_REACH:
            return ()
        end = start - 1
    return tuple(dict.fromkeys(x.entity for x in items)) if len(items) == count else ()


# the agency, then a colon before a bulleted list of the systems: 'eu-LISA will be responsible for the
# operational management of:', 'The agency operates:'
RUNS_LIST_BELOW = compiled(rf"(?i)(?:\s*,\s*[^,;.:]{{1,60}},)?\s+(?:(?:also|currently|already|now|will|be|is|are|has|have|"
                              rf"been|remains?)\s+)*(?:responsible\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:running|operation|"
                              rf"management)\s+of|{OPERATE_VERB})"
                              # 'ensured the operational management of the three systems it runs for the Member States:'
                              # ('is responsible for the operational management of three large-scale IT systems:')
                              rf"(?:\s+(?:(?:the|its|all)\s+)?(?:(?P<n>two|three|four|five|six|seven|[2-9])\s+)?(?:[\w-]+\s+){{0,3}}?"
                              rf"(?:systems|components)\b[^:\n.;]{{0,60}})?\s*:[ \t]*\n")

# or a heading over the list, with no colon: 'What eu-LISA runs today', 'Systems the agency manages'
RUNS_HEADING = compiled(rf"(?i)\s+(?:(?:also|currently|already|now|still)\s+)*{OPERATE_VERB}(?:\s+(?:today|now|at\s+present))?[ \t]*\n")
HEADING_OPENS = compiled(r"(?i)(?:^|\n)[ \t]*(?:what|(?:the\s+)?systems)\s+(?:the\s+)?$")


def bulleted_after(ctx: Context, at: int) -> list[Match]:
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
    after it, after a dash for those named one after the other; so does a plural before 'are'
    ('the systems eu-LISA runs today are SIS, VIS and Eurodac'), and one closing its sentence
    before another that lists them ('... three systems. These are SIS, VIS and Eurodac.')."""
    text = ctx.text
    m = re.match(r"[^.;:,–—]{0,40}?(?::|\s[–—-]|\s+are(?=\s))\s*", text[at:end])
    if m:
        return _list_from(ctx, at + m.end(), end, colon=m.group().rstrip()[-1] == ":")
    i = ctx.sentence_index(at) + 1
    if re.fullmatch(r"[^.;:,–—]{0,80}?\.\s*", text[at:end]) and i < len(ctx.sentences):
        following = ctx.sentences[i]
        these = _THESE_ARE.match(text, following.start, following.end)
        if these and following.start >= end and ctx.part_at(following.start) == ctx.part_at(at):
            return _list_from(ctx, these.end(), following.end, colon=False)
    return ()


# a sentence that lists what the sentence before announced: 'These are', 'They are'
_THESE_ARE = compiled(r"\s*(?:These|They|Those)\s+are\s+")


def _list_from(ctx: Context, start: int, end: int, colon: bool) -> tuple[str, ...]:
    """The systems a list from ``start`` names: all of the rest after a colon, else those named
    one after the other."""
    listed = ctx.matches_in(start, end, {"system"})
    # (components described by an article: 'four components: a European search portal (ESP), a ...')
    if not listed or not re.fullmatch(r"(?:(?:the|an?)\s+)?(?:(?:second[\s-]generation|new|future|current|renewed|recast|central)\s+)?",
                                      ctx.text[start:listed[0].start]):
        return ()
    run = [listed[0]]
    for x in listed[1:] if not colon else ():
        # a name and its acronym in brackets: 'the Visa Information System (VIS)'
        if x.entity == run[-1].entity and re.fullmatch(r"\s*\(\s*", ctx.text[run[-1].end:x.start]):
            close = re.match(r"\s*\)", ctx.text[x.end:x.end + 4])
            run[-1] = Match(run[-1].start, x.end + (close.end() if close else 0), run[-1].kind, run[-1].entities)
            continue
        if not re.fullmatch(r"(?:\s*\([^)]*\))?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?"
                            r"(?:(?:future|new|current|existing|renewed)\s+)?", ctx.text[run[-1].end:x.start]):
            break
        run.append(x)
    return tuple(dict.fromkeys(x.entity for x in (run if not colon else listed)))


def _named_before(ctx: Context, at: int, plural: bool, here: list[Ref]) -> tuple[str, ...]:
    """The system named last before a reference ('the system') in its own sentence, else the one system
    of the last sentence that names systems (of several, none), or every system of that sentence
    ('these systems'), within the same part and three sentences."""
    if here:
        return here[-1].entities if not plural else tuple(e for r in here for e in r.entities)
    found = ctx.named_before(at, {"system"}, 3)
    if found is not None:
        named = [m.entity for m in found[1]]
        # ('the system' after a sentence naming several: which one is not settled)
        return tuple(dict.fromkeys(named)) if plural else (named[-1],) if len(set(named)) == 1 else ()
    part = ctx.part_at(at)
    # further back, 'the system' is the one system the part has named, if it named only one
    start = next((p.start for p in ctx.doc.parts if p.index == part), 0)
    named = {m.entity for m in ctx.matches_in(start, at, {"system"})}
    return tuple(named) if len(named) == 1 and not plural else ()



def masked(ctx: Context, refs: list[Ref], start: int, end: int) -> str:
    """The text of a span with each system reference in it written 'SYS'."""
    out, at = [], start
    for r in refs:
        if start <= r.start and r.end <= end:
            out += [ctx.text[at:r.start], "SYS"]
            at = r.end
    return "".join(out) + ctx.text[at:end]

