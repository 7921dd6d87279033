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
_SUCCESSION_VERB = compiled(r"(?=[srt])\b(?:succeed|replac|t(?:akes?|ook|aking)[ \t]+over[ \t]+from)")
_SUCCEEDS = compiled(rf"(?:(?P<pronoun>\b(?:He|She|he|she))|{TITLE}?(?P<subject>{FULLNAME}|{WORD}))[ \t]+"
                       rf"(?:(?:will|is[ \t]+to)[ \t]+)?(?:succeeds?|succeeded|replaces?|replaced|"
                       rf"(?:takes?|took)[ \t]+over[ \t]+from)[ \t]+{TITLE}?(?P<name>{FULLNAME})(?![\w-])")


# 'He was succeeded by Ms A', 'Mr B has been replaced by A': A holds B's post
_SUCCEEDED_BY = compiled(rf"(?:(?P<pronoun>\b(?:He|She|he|she))|{TITLE}?(?P<subject>{FULLNAME}|{WORD}))[ \t]+"
                         rf"(?:was|has[ \t]+been|will[ \t]+be|is[ \t]+to[ \t]+be)[ \t]+(?:succeeded|replaced)[ \t]+by"
                         rf"[ \t]+{TITLE}?(?P<name>{FULLNAME})(?![\w-])")
# a post, then the one its holder succeeds: ', succeeding Ms B', ', replacing Mr B', ', taking over from B'
_SUCCEEDING_AFTER = compiled(rf"[ \t]*,[ \t]*(?:succeeding|replacing|taking[ \t]+over[ \t]+from)[ \t]+{TITLE}?"
                             rf"(?P<name>{FULLNAME})(?![\w-]|['’]s\b)")  # (not 'replacing Karl Stein's plan')


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
    """'Ms A ... She succeeds Mr B', 'A was appointed Head of X, succeeding Mr B': B held A's post before
    her (not on the document's date); 'Mr B ... He was succeeded by Ms A': A holds B's post. 'She' is the
    one person the sentence before names; the one succeeded must hold one post in the document."""
    out = []
    text = ctx.text
    verbs = [m.start() for m in _SUCCESSION_VERB.finditer(text)]  # a cheap test first: few texts have one
    for sentence in ctx.sentences if verbs else ():
        if not any(sentence.start <= v < sentence.end for v in verbs):
            continue
        found = [(m, False) for m in _SUCCEEDS.finditer(text, sentence.start, sentence.end)]
        found += [(m, True) for m in _SUCCEEDED_BY.finditer(text, sentence.start, sentence.end)]
        for m, passive in found:
            if m.group("pronoun"):
                previous = ctx.previous_sentence(sentence)
                subject = _only_person(people, previous) if previous else None
            else:
                at = people.person_at(m.start("subject"), m.end("subject"))
                subject = at.name if at else None
            name = m.group("name")
            post = _one_post(facts, subject)
            if post is None or not people.is_name(name, m.start("name")) or name == subject:
                continue
            role, organisation, attested = post[0], post[1], ctx.doc_date if passive else None
            out.append(Fact(PersonRole(name, role, (ctx.gaz.label(role) if passive else f"former {ctx.gaz.label(role)}"),
                                       organisation, attested),
                            [Span(sentence.start, sentence.end)], "person_role.succeeded", 0.8, ctx.part_at(sentence.start)))
    # 'NAME was appointed Head of X, succeeding Ms B': B held the post named right before
    for f in facts if verbs else ():
        m = _SUCCEEDING_AFTER.match(text, f.evidence[0].end)
        if m and f.record.attested is not None and people.is_name(m.group("name"), m.start("name")):
            out.append(Fact(PersonRole(m.group("name"), f.record.role, f"former {ctx.gaz.label(f.record.role)}",
                                       f.record.organisation, None),
                            [Span(f.evidence[0].start, m.end())], "person_role.succeeded", 0.8, f.part))
    return out


def _one_post(facts: list[Fact], person: str | None) -> tuple[str, str | None] | None:
    """The one post a person holds on the document's date, as the facts found give it."""
    posts = {(f.record.role, f.record.organisation) for f in facts if f.record.person == person and f.record.attested}
    return posts.pop() if len(posts) == 1 else None


def _only_person(people: People, sentence: Sentence) -> str | None:
    """The one person a sentence names (by full name or by a known surname), if only one."""
    text = people.ctx.text
    named = {people.by_surname.get(m.group().split()[-1], m.group())
             for m in re.finditer(FULLNAME, text[sentence.start:sentence.end])
             if people.is_name(m.group(), sentence.start + m.start())}
    named |= {people.by_surname[w] for w in re.findall(WORD, text[sentence.start:sentence.end]) if w in people.by_surname}
    return named.pop() if len(named) == 1 else None
