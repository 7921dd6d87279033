"""Posts a text states through a relation rather than beside the name: a board 'chaired by'
someone, a unit 'led by' someone, 'NAME, who heads ...', 'His deputy, NAME', 'the heads of
Europol (A), FRA (B) and EIGE (C)'; and a shorter form of a full name found ('Minister Iriarte
Soler' after 'Carmen Iriarte Soler', 'Mr Lacroix' after 'Bernard Lacroix'); and the names listed after a post in
the plural ('both directors, Mr A of Europol and Mr B of CEPOL'). Read by ``People.roles``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import Context
from .person_names import (
    APPOINTED_LIST,
    APPOINTED_LIST_WORDS,
    BOARD_MET_CHAIRED,
    BODY_BY_KIND,
    BODY_END,
    CHAIRED_BOARD,
    CHAIRED_BODY,
    FULLNAME,
    HAS_LED,
    HEADED_UNIT,
    LED_UNIT,
    LISTED_ONE,
    NAME_LIST,
    PARTICLE,
    TITLE,
    WHO_HEADS,
    WORD,
    PersonMention,
    RolePhrase,
)


class People(Protocol):
    """What these readers need of a document's people (``people.People``): its context, the test
    of a name, the reference role a label names and the post a role's match opens."""

    ctx: Context

    def is_name(self, name: str, start: int, city_first_ok: bool = False) -> bool: ...

    def role_named(self, label: str) -> str | None: ...

    def role_phrase(self, match: Match) -> RolePhrase: ...


Post = tuple[PersonMention, RolePhrase]
# the heads of bodies listed, each with a name in brackets: 'The heads of Europol (A), EASO, soon to be
# the EUAA (B), and FRA (Dr C)'
_OF = compiled(r"[ \t]+of[ \t]+")
_BRACKETED_NAME = compiled(rf"(?:,[^,()\n]{{1,40}})?[ \t]*\([ \t]*{TITLE}?(?P<name>{FULLNAME})[ \t]*\)")
_NEXT_ITEM = compiled(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]+)")
# what ends the body after 'who heads': a time ('since 2018', 'for six years') or another clause
_TIME_AFTER = compiled(r"[ \t]+(?:for|since|until|from|between|and[ \t]+(?:whose|who|has|is|was))\b")
# 'His deputy, Dr B,' (of the person named before with a post)
_DEPUTY = compiled(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?P<deputy>deputy)[ \t]*,[ \t]*{TITLE}?(?P<name>{FULLNAME})"
                     rf"(?=[ \t]*,|\.(?:\s|$))")

# what every match of a pattern that reads the whole text holds ('chaired by ', 'who led '), looked for
# first: a text without it is spared the pattern
CUES = {
    CHAIRED_BOARD: compiled(r"chaired[ \t]+by[ \t]"),
    BOARD_MET_CHAIRED: compiled(r"\b(?:chaired[ \t]+by|chair(?:manship)?[ \t]+of|in[ \t]+the[ \t]+chair)\b"),
    LED_UNIT: compiled(r"(?:led|headed)[ \t]+by[ \t]"),
    WHO_HEADS: compiled(r"\b(?:heads|leads|directs|chairs)[ \t]"),
    HAS_LED: compiled(r"(?:who|has|had)[ \t]+(?:(?:has|had)[ \t]+)?(?:led|headed|directed|chaired)[ \t]"),
}


def board_chairs(people: People) -> list[Post]:
    """'The Management Board of eu-LISA, chaired by Dr A': A chairs that board; so does B in 'FRA's
    Management Board met on Monday ... under the chairmanship of B'."""
    ctx, out = people.ctx, []
    for m in CHAIRED_BOARD.finditer(ctx.text) if CUES[CHAIRED_BOARD].search(ctx.text) else ():
        out += _board_chair(people, m, m.start("name"))
    # a board's meeting, chaired by someone: its chair ('with NAME in the chair' only so closed)
    for m in BOARD_MET_CHAIRED.finditer(ctx.text) if CUES[BOARD_MET_CHAIRED].search(ctx.text) else ():
        if m.group("via") != "with" or m.group("chair"):
            # the body is the board's: an agency just before it ('FRA's Management Board') or after its 'of'
            out += _board_chair(people, m, m.end("of") if m.group("of") else m.end("board"))
    return out


def _board_chair(people: People, m: re.Match[str], body_end: int) -> list[Post]:
    """The chair of the board a match names (groups 'board' and 'name'), in the last agency named
    from just before the board up to ``body_end``."""
    s, name = m.start("name"), m.group("name")
    role = people.role_named(f"Chair of the {m.group('board')}")
    if role is None or not people.is_name(name, s):
        return []
    agencies = people.ctx.matches_in(max(0, m.start() - 30), body_end, {"agency"})
    org = agencies[-1].entity if agencies else None
    return [(PersonMention(s, s + len(name), name),
             RolePhrase(m.start("board"), m.end("board"), role, org, f"chair of the {m.group('board')}"))]


def unit_heads(people: People) -> list[Post]:
    """'eu-LISA's Justice Sector, led by A': A heads that unit (of the agency just before it)."""
    ctx, out = people.ctx, []
    for m in LED_UNIT.finditer(ctx.text) if CUES[LED_UNIT].search(ctx.text) else ():
        s, name = m.start("name"), m.group("name")
        role = people.role_named("Head")
        if role is None or not people.is_name(name, s):
            continue
        agencies = ctx.matches_in(max(0, m.start() - 40), m.start(), {"agency"})
        unit_start = ctx.text.rfind(" ", 0, max(0, m.start() - 1)) + 1  # with the word before: 'Justice Sector'
        out.append((PersonMention(s, s + len(name), name),
                    RolePhrase(unit_start, m.end("unit"), role, agencies[-1].entity if agencies else None,
                               f"head of the {ctx.text[unit_start:m.end('unit')]}")))
    return out


def who_heads(people: People) -> list[Post]:
    """'NAME, who heads the European Asylum Support Office in Valletta': the head of a body
    the reference data names, or of a unit, department, centre or office; 'NAME, who chairs
    FRA's Management Board': the chair of a board or committee."""
    ctx, out = people.ctx, []
    for m in _near_verbs(ctx.text):
        post = _head_of(people, m, m.group("verb"), m.group("what"))
        if post is not None:  # (a surname alone is the full name the text gives: 'Ms NAME chairs the Board')
            out.append((surname_in_full(people, post[0]), replace(post[1], start=m.start("verb"), end=m.end("what"))))
    return out


def _near_verbs(text: str) -> list[re.Match]:
    """``WHO_HEADS``'s matches, looked for only around its verbs (a name and its clause before one, what it heads
    after it): the pattern tries every capital, which costs where the text holds no such verb."""
    out: dict[tuple[int, int], re.Match] = {}
    for verb in CUES[WHO_HEADS].finditer(text):
        # (from the start of the line: a name is never entered halfway)
        for m in WHO_HEADS.finditer(text, text.rfind("\n", 0, max(0, verb.start() - 240)) + 1, min(len(text), verb.end() + 240)):
            if m.start("verb") == verb.start():
                out.setdefault(m.span(), m)
    return [out[k] for k in sorted(out)]


def led_bodies(people: People, found: list[Post]) -> list[Post]:
    """'NAME has led eu-LISA since 2018': its head; 'NAME, who led this agency for six years',
    'NAME, who had chaired the Board': its former head or chair. Only for people with no post
    found otherwise ('NAME, President of Eurojust, who has led the agency since ...')."""
    ctx, out = people.ctx, []
    named = {p.name for p, _ in found}
    for m in HAS_LED.finditer(ctx.text) if CUES[HAS_LED].search(ctx.text) else ():
        verb, what = m.group("verb") or m.group("verb2"), m.group("what")
        if re.search(r"[ \t]as[ \t]", what) or m.group("name") in named:
            continue  # 'NAME, who led the College as Director': the post after 'as' is read as such
        what = _TIME_AFTER.split(what, maxsplit=1)[0]  # 'eu-LISA since 2018' -> 'eu-LISA'
        post = _head_of(people, m, verb, what)
        if post is None:
            continue
        kind = "chair" if "chair" in verb else "head"
        wording = f"{kind} of {what.strip()}" if verb.startswith("has") else f"former {kind} of {what.strip()}"
        start = m.start("verb") if m.group("verb") else m.start("verb2")
        out.append((post[0], replace(post[1], start=start, end=m.start("what") + len(what), wording=wording)))
    return out


# a body said to be represented by someone: 'Iceland was represented by NAME', 'The Fundamental Rights Agency,
# which takes part in the Board's work as an observer, was represented by NAME'
_REPRESENTED_BY = compiled(rf"\b(?:was|were|is|are|will[ \t]+be|has[ \t]+been)[ \t]+represented[ \t]+by[ \t]+{TITLE}?"
                             rf"(?P<name>{FULLNAME})(?![\w-])")
# the subject before it, up to a relative clause on it; a body the reference data knows or a name in capitals
_SUBJECT = compiled(r"[ \t]*(?P<subject>(?:[Tt]he[ \t]+)?[A-Z][^,;:()]{1,100}?)(?:[ \t]*\([^()]*\))?(?:[ \t]*,[ \t]*(?:which|who)\b.*)?[ \t]*$")


def representatives(people: People, found: list[Post]) -> list[Post]:
    """'Iceland was represented by NAME': NAME is the representative of the body the clause opens
    with (its organisation, when the reference data knows it: a member state, also as a
    presidency's, an agency, a body), past a relative clause on it; not 'He was represented by ...'.
    Only for people with no post found otherwise."""
    ctx, text, out = people.ctx, people.ctx.text, []
    named = {p.name for p, _ in found}
    role = people.role_named("representative") if "represented by" in text else None
    for m in _REPRESENTED_BY.finditer(text) if role else ():
        s, name = m.start("name"), m.group("name")
        sentence = ctx.sentence_at(m.start())
        start = max(sentence.start, text.rfind(";", sentence.start, m.start()) + 1)
        subject = _SUBJECT.fullmatch(text, start, m.start())
        if subject is None or re.match(r"(?:He|She|It|They|This|That)\b", subject.group("subject")) or name in named or \
                not people.is_name(name, s):
            continue
        bodies = ctx.matches_in(subject.start("subject"), subject.end("subject"), {"agency", "organisation", "country", "demonym"})
        wording = re.sub(r"^The(?=[ \t])", "the", subject.group("subject"))
        out.append((PersonMention(s, s + len(name), name),
                    RolePhrase(subject.start("subject"), m.end("name"), role, bodies[0].entity if bodies else None,
                               f"representative of {wording}")))
    return out


# the one whose predecessor someone was: 'Brekke-Hovland took office in April; his predecessor, NAME, ...'
_PREDECESSOR = compiled(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+predecessor[ \t]*,[ \t]*{TITLE}?(?P<name>{FULLNAME})(?=[ \t]*,|\.)")


def predecessors(people: People, found: list[Post]) -> list[Post]:
    """'NAME, who took office in 2021, thanked his predecessor, NAME2': NAME2 held NAME's post
    before (its former holder, in its organisation), when the sentence opens with NAME (or the
    surname of one person whose post is found) or names one such person before; only for people
    with no post found otherwise."""
    ctx, text, out = people.ctx, people.ctx.text, []
    for m in _PREDECESSOR.finditer(text) if "predecessor" in text else ():
        s, name = m.start("name"), m.group("name")
        sentence = ctx.sentence_at(m.start())
        opening = re.match(rf"[ \t]*{TITLE}?({FULLNAME}|{WORD})", text[sentence.start:m.start()])
        holders = [(p, phrase) for p, phrase in found if opening and (
            p.name == opening.group(1) or p.name.endswith(" " + opening.group(1)))] or [
            (p, phrase) for p, phrase in found if sentence.start <= p.start < m.start()][-1:]
        if len({(p.name, phrase.role, phrase.organisation) for p, phrase in holders}) != 1 or not people.is_name(name, s) \
                or holders[0][0].name == name or any(p.name == name for p, _ in found):
            continue
        own = holders[0][1]
        wording = own.wording or text[own.start:own.end]
        out.append((PersonMention(s, s + len(name), name),
                    RolePhrase(m.start(), m.end("name"), own.role, own.organisation, f"former {wording} (predecessor)")))
    return out


# a successor's clause before the post of the one succeeded: 'NAME took office on 1 June, taking over from the acting
# Director, NAME2', 'NAME, who replaces the outgoing Executive Director'
_SUCCEEDING = compiled(r"\b(?:taking[ \t]+over[ \t]+from|succeeding|replacing|(?:who[ \t]+)?(?:succeeds|succeeded|replaces|replaced|"
                         r"takes[ \t]+over[ \t]+from|took[ \t]+over[ \t]+from))[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?"
                         r"(?:(?:acting|interim|outgoing|former|previous|retiring)[ \t]+)?$")


def successors(people: People, found: list[Post]) -> list[Post]:
    """The person a sentence opens with takes over the post of the one it says they succeed:
    'NAME took office on 1 June, taking over from the acting Director, NAME2' (only for a
    person with no post found otherwise)."""
    ctx, text, out = people.ctx, people.ctx.text, []
    for person, phrase in found:
        sentence = ctx.sentence_at(phrase.start)
        if not _SUCCEEDING.search(text, max(sentence.start, phrase.start - 50), phrase.start):
            continue
        opening = re.match(rf"[ \t]*{TITLE}?({FULLNAME})", text[sentence.start:phrase.start])
        if not opening:
            continue
        s, name = sentence.start + opening.start(1), opening.group(1)
        if name == person.name or not people.is_name(name, s) or any(p.name == name for p, _ in found + out):
            continue
        # (the post itself, not how the one succeeded held it: 'the interim Executive Director')
        held = re.match(r"(?i)(?:acting|interim|outgoing|former|previous|retiring)[ \t]+", text[phrase.start:phrase.end])
        out.append((PersonMention(s, s + len(name), name), replace(phrase, start=phrase.start + held.end()) if held else phrase))
    return out


def _head_of(people: People, m: re.Match, verb: str, what: str) -> Post | None:
    """The head or chair a 'heads/chairs/has led ...' clause makes its subject, if what follows names a
    body the reference data knows, a body by its kind ('this agency'), a unit or a board."""
    ctx = people.ctx
    s, name = m.start("name"), m.group("name")
    bodies = ctx.matches_in(m.start("what"), m.start("what") + len(what), {"agency", "organisation"})
    chaired = CHAIRED_BODY.search(what) if "chair" in verb else None
    if "chair" in verb and not chaired:
        return None
    if not (bodies or chaired or HEADED_UNIT.search(what) or BODY_BY_KIND.match(what)) or not people.is_name(name, s):
        return None
    role = people.role_named(f"Chair of the {chaired.group()}" if chaired else "Head")
    if role is None:
        return None
    agencies = [b for b in bodies if b.kind == "agency"]
    org = agencies[-1].entity if agencies else bodies[-1].entity if bodies else None
    return PersonMention(s, s + len(name), name), RolePhrase(m.start("what"), m.start("what") + len(what), role, org)


def deputies(people: People, found: list[Post]) -> list[Post]:
    """'NAME, Executive Director of eu-LISA, ... . His deputy, B, said ...': B holds the deputy's
    post (where the reference data has one) in the same body (none where the text names none:
    'NAME, the agency's Executive Director', for a deputy's post the reference data names), the
    person before being the one the sentence or the one before names last with a post."""
    ctx, out = people.ctx, []
    for m in _DEPUTY.finditer(ctx.text) if "deputy" in ctx.text else ():
        s, name = m.start("name"), m.group("name")
        sentence = ctx.sentence_at(m.start())
        previous = ctx.previous_sentence(sentence)
        since = previous.start if previous is not None else sentence.start
        before = [r for p, r in found if since <= p.start < m.start()]
        # or a post right before 'and his deputy', named or not: 'received by the Executive Director and his deputy, B'
        posts = ctx.matches_in(sentence.start, m.start(), {"role"})
        chief = people.role_phrase(posts[-1]) if posts and not posts[-1].plural else None
        if chief is not None and re.fullmatch(r"[ \t]+and[ \t]+", ctx.text[chief.end:m.start()]):
            before.append(chief)
        if not before or not people.is_name(name, s):
            continue
        chief = before[-1]
        label = ctx.gaz.label(chief.role)
        role = people.role_named(f"Deputy {label}")
        # (with no body, only a deputy's post the reference data names as such: not 'deputy Minister of Justice')
        if role is not None and role != chief.role and (chief.organisation or ctx.gaz.label(role) == f"Deputy {label}"):
            out.append((PersonMention(s, s + len(name), name),
                        RolePhrase(m.start(), m.end("deputy"), role, chief.organisation, f"deputy {label}")))
    return out


def heads_of_listed(people: People, match: Match) -> list[Post]:
    """'the heads of Europol (A), FRA (B) and EIGE (C)': each holds the post (in the
    singular) in the agency or body before their name."""
    ctx, text, out = people.ctx, people.ctx.text, []
    at = _OF.match(text, match.end)
    singular = text[match.start:match.end].removesuffix("s")  # 'heads' -> 'head'
    while at is not None:
        body = next(iter(ctx.matches_in(at.end(), at.end() + 40, {"agency", "organisation"})), None)
        if body is None or not re.fullmatch(r"(?:the[ \t]+)?", text[at.end():body.start]):
            break
        named = _BRACKETED_NAME.match(text, body.end)
        if named is None:
            break
        s, name = named.start("name"), named.group("name")
        if people.is_name(name, s):
            out.append((PersonMention(s, s + len(name), name),
                        RolePhrase(match.start, match.end, match.entity, body.entity, singular)))
        at = _NEXT_ITEM.match(text, named.end())
    return out


def full_names(found: list[Post]) -> list[Post]:
    """A name that ends the full name of one other person found ('Minister Iriarte Soler' after
    'Carmen Iriarte Soler, Minister for Equality') is theirs."""
    names = {p.name for p, _ in found}
    out = []
    for person, phrase in found:
        longer = {n for n in names if n.endswith(" " + person.name)}
        if len(longer) == 1:
            person = replace(person, name=longer.pop())
        out.append((person, phrase))
    return out


def listed_after(people: People, phrase: RolePhrase) -> list[Post]:
    """The people a post in the plural names: 'the two Vice-Presidents, Ms A and Mr B';
    each in the body named after them, if one is: 'both directors, Mr A of Europol and Mr B of CEPOL'."""
    text = people.ctx.text
    line_end = text.find("\n", phrase.end)
    m = NAME_LIST.match(text[phrase.end:len(text) if line_end < 0 else line_end])
    if not m:
        return []
    out = []
    group = "list" if m.group("list") else "semi"
    for one in LISTED_ONE.finditer(m.group(group)):
        s = phrase.end + m.start(group) + one.start(1)
        if not people.is_name(one.group(1), s, city_first_ok=True):  # (a list of names after a post: 'and Sofia X')
            continue
        own = phrase
        if one.group("of"):
            at = phrase.end + m.start(group) + one.start("of")
            bodies = people.ctx.matches_in(at, at + len(one.group("of")), {"agency", "organisation", "country"})
            if bodies and bodies[0].start == at and bodies[0].end == at + len(one.group("of")):
                own = replace(phrase, organisation=bodies[0].entity)
        out.append((PersonMention(s, s + len(one.group(1)), one.group(1)), own))
    return out


def appointed_before(people: People, phrase: RolePhrase) -> list[Post]:
    """The people named before the post in the plural they are appointed to: 'The Management
    Board of Frontex elected A and B as Vice-Chairs' (each in the one agency the sentence names
    before them, when the post names none)."""
    ctx, text = people.ctx, people.ctx.text
    line_start = max(text.rfind("\n", 0, phrase.start) + 1, phrase.start - 400)
    m = APPOINTED_LIST.search(text, line_start, phrase.start) if text.find(" and ", line_start, phrase.start) >= 0 and \
        ctx.holds_any(line_start, phrase.start, APPOINTED_LIST_WORDS) else None
    if not m:
        return []
    group = "list" if m.group("list") else "passive"
    agencies = {x.entity for x in ctx.matches_in(ctx.sentence_at(m.start()).start, m.start(group), {"agency"})}
    own = replace(phrase, organisation=agencies.pop()) if phrase.organisation is None and len(agencies) == 1 else phrase
    out = []
    for one in LISTED_ONE.finditer(m.group(group)):
        s = m.start(group) + one.start(1)
        if people.is_name(one.group(1), s):
            out.append((PersonMention(s, s + len(one.group(1)), one.group(1)), own))
    return out


# a directory's line under a heading in the plural: 'NAME – Operations Directorate', '- European Cybercrime
# Centre (EC3): NAME', 'NAME'
_BELOW_NAME_UNIT = compiled(rf"[ \t]*(?:[-•*][ \t]+)?{TITLE}?(?P<name>{FULLNAME})(?:[ \t]+[–—-][ \t]+(?P<unit>[A-Z][^\n:;]{{1,80}}?))?[ \t]*$")
_BELOW_UNIT_NAME = compiled(rf"[ \t]*(?:[-•*][ \t]+)?(?P<unit>[A-Z][^\n:;]{{1,80}}?)[ \t]*:[ \t]*{TITLE}?(?P<name>{FULLNAME})[ \t]*$")


def listed_below(people: People, phrase: RolePhrase) -> list[Post]:
    """A post in the plural as a heading, alone on its line ('Deputy Executive Directors',
    'Heads of Department and Centres'), over a directory: one person a line, up to a blank
    line, each with the unit the line gives ('NAME – Operations Directorate', '- European
    Cybercrime Centre (EC3): NAME'); a line that ends with a colon heads a group of them."""
    ctx, text = people.ctx, people.ctx.text
    line_start = text.rfind("\n", 0, phrase.start) + 1
    line_end = text.find("\n", phrase.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:phrase.start].strip() or not re.fullmatch(r"[ \t]*(?:and[ \t]+[A-Z][\w -]{0,40})?", text[phrase.end:line_end]):
        return []
    label = ctx.gaz.label(phrase.role)
    out = []
    at = line_end + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        start, line, at = at, text[at:end], end + 1
        if not line.strip():
            break
        if line.rstrip().endswith(":"):
            continue  # a group's heading ('Operations Directorate:')
        m = _BELOW_UNIT_NAME.fullmatch(line) or _BELOW_NAME_UNIT.fullmatch(line)
        s = start + m.start("name") if m else start
        if m is None or not people.is_name(m.group("name"), s):
            break  # a line of another kind ends the directory
        unit = m.group("unit")
        wording = (f"{label} of {unit}" if label.lower() == "head" else f"{label}, {unit}") if unit else label
        out.append((PersonMention(s, s + len(m.group("name")), m.group("name")),
                    RolePhrase(phrase.start, phrase.end, phrase.role, phrase.organisation, wording)))
    return out


_FIRST_NAMES_BEFORE = compiled(rf"(?<![\w-])({WORD}(?:[ \t]+{WORD})?)[ \t]+((?:{PARTICLE}[ \t]+)*)$")


def surname_in_full(people: People, person: PersonMention) -> PersonMention:
    """A surname alone ('Mr Lacroix, who chaired the Board') is the one full name the text
    gives elsewhere that ends with it ('Bernard Lacroix'; in capitals or not: 'Dear Mr ZELENKA' and
    'Morten Zelenka'); with none, or two, it stays as written."""
    if " " in person.name:
        return person
    full: dict[str, str] = {}  # the full names, by their letters in lower case: the first as written
    text = people.ctx.text
    # (the surname found in any case, then the first names before it: one small pattern a name, not a large one)
    for m in re.finditer(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", text, re.IGNORECASE):
        before = _FIRST_NAMES_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        # the first names, without a word before them that is none ('Today Bernard Lacroix', nor the last word
        # of a portfolio: 'of the Interior, Building and Community Reinhold Achterberg')
        for at in sorted({before.start(1), before.end(1) - len(before.group(1).split()[-1])}):
            name = text[at:m.end()]
            if people.is_name(name, at) and name.split()[0].lower() not in BODY_END:
                full.setdefault(name.casefold(), name)
                break
    return replace(person, name=next(iter(full.values()))) if len(full) == 1 else person
