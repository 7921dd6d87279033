"""The facts of people's posts: one per person and post, attested on the document's date
unless the text calls the post former or future, and the post a successor's predecessor held
('She succeeds Mr NAME'). The people and their posts are found by `people.People`."""

from __future__ import annotations

import datetime as dt
import re

from ..kinds import Fact, Span
from ..kinds.person_role import PersonRole
from ..regexes import compiled
from .context import Context, Sentence
from .people import People
from .person_names import (
    DESIGNATE,
    FULLNAME,
    TITLE,
    WORD,
)

# a post held before: 'Morten Kjaerum, former Director of FRA', 'the previous FRA Director'
_FORMER = compiled(r"(?i)\b(?:former|previous|past)[ \t]+$")
_DESIGNATE = compiled(rf"(?i){DESIGNATE}")  # a post not yet taken up
_FUTURE = compiled(r"\bwho[ \t]+will[ \t]+be[ \t]+(?:the[ \t]+)?$")
# a post held in the past, said with a copula: 'NAME was the Chair of', 'NAME, who had been Director of'
_WAS = compiled(r"\b(?:was|were|had[ \t]+been)[ \t]+(?:(?:the|an?|its|their)[ \t]+)?(?:[\w-]+['’]s[ \t]+)?$")
# 'She succeeds Mr NAME', 'Ms A will take over from NAME', 'A replaced NAME'
_SUCCESSION_VERB = compiled(r"(?=[srt])\b(?:succeed|replace|t(?:akes?|ook)[ \t]+over[ \t]+from)")
_SUCCEEDS = compiled(rf"(?:(?P<pronoun>\b(?:He|She|he|she))|{TITLE}?(?P<subject>{FULLNAME}|{WORD}))[ \t]+"
                       rf"(?:(?:will|is[ \t]+to)[ \t]+)?(?:succeeds?|succeeded|replaces?|replaced|"
                       rf"(?:takes?|took)[ \t]+over[ \t]+from)[ \t]+{TITLE}?(?P<name>{FULLNAME})(?![\w-])")


def extract_roles(ctx: Context, people: People, part_dates: dict[int, dt.date] | None = None) -> list[Fact]:
    """A fact per person and role; the role is attested on the document's date (or, in a
    listing, on the date of the item that names it), unless the text calls it a former one;
    and a successor's post held before by the one they succeed."""
    facts = []
    text = ctx.text
    for person, phrase in people.roles:
        span = Span(min(person.start, phrase.start), max(person.end, phrase.end))
        part = ctx.part_at(span.start)
        role_text, attested = phrase.wording or text[phrase.start:phrase.end], ctx.doc_date or (part_dates or {}).get(part)
        former = _FORMER.search(text, max(0, phrase.start - 20), phrase.start)
        if former:
            role_text, attested = text[former.start():phrase.end], None  # held before, not on the day
        elif role_text.startswith("former ") or _WAS.search(text, max(0, phrase.start - 30), phrase.start):
            attested = None  # 'NAME, who led this agency': the wording says so; 'NAME was the Chair of'

        elif _FUTURE.search(text, max(0, phrase.start - 30), phrase.start) or _DESIGNATE.search(role_text):
            attested = None  # 'NAME, who will be Commissioner for ...', 'the Director-designate': held after the day
        facts.append(Fact(PersonRole(person.name, phrase.role, role_text, phrase.organisation, attested),
                          [span], "person_role.apposition", 0.9, part))
    return facts + _predecessors(ctx, people, facts)


def _predecessors(ctx: Context, people: People, facts: list[Fact]) -> list[Fact]:
    """'Ms A ... She succeeds Mr B': B held A's post before her (not on the document's date).
    'She' is the one person the sentence before names; A must hold one post in the document."""
    out = []
    text = ctx.text
    verbs = [m.start() for m in _SUCCESSION_VERB.finditer(text)]  # a cheap test first: few texts have one
    for sentence in ctx.sentences if verbs else ():
        if not any(sentence.start <= v < sentence.end for v in verbs):
            continue
        for m in _SUCCEEDS.finditer(text, sentence.start, sentence.end):
            if m.group("pronoun"):
                previous = ctx.previous_sentence(sentence)
                subject = _only_person(people, previous) if previous else None
            else:
                found = people.person_at(m.start("subject"), m.end("subject"))
                subject = found.name if found else None
            posts = {(f.record.role, f.record.organisation) for f in facts
                     if f.record.person == subject and f.record.attested is not None}
            name = m.group("name")
            if len(posts) != 1 or not people.is_name(name, m.start("name")) or name == subject:
                continue
            role, organisation = posts.pop()
            out.append(Fact(PersonRole(name, role, f"former {ctx.gaz.label(role)}", organisation, None),
                            [Span(sentence.start, sentence.end)], "person_role.succeeded", 0.8, ctx.part_at(sentence.start)))
    return out


def _only_person(people: People, sentence: Sentence) -> str | None:
    """The one person a sentence names (by full name or by a known surname), if only one."""
    text = people.ctx.text
    named = {people.by_surname.get(m.group().split()[-1], m.group())
             for m in re.finditer(FULLNAME, text[sentence.start:sentence.end])
             if people.is_name(m.group(), sentence.start + m.start())}
    named |= {people.by_surname[w] for w in re.findall(WORD, text[sentence.start:sentence.end]) if w in people.by_surname}
    return named.pop() if len(named) == 1 else None
