"""Posts paired with names by 'respectively': 'A, B and C, respectively Chair of X, head of
unit at Y and National Member for Z', and 'The National Members for Belgium, Latvia and
Slovenia - respectively A, B and C'. Read by ``People.roles``."""

from __future__ import annotations

import re
from dataclasses import replace

from ..reference.gazetteer import Match
from ..regexes import compiled
from .person_names import FULLNAME, TITLE, PersonMention, RolePhrase
from .posts_by_relation import People, Post

# 'A, B and C, respectively Director of X, head of unit at Y and National Member for Z': each name
# holds the post in its place
_RESPECTIVELY = compiled(r"[ \t]*(?:,|[–—-])\s*respectively\s+")
_NAMED = compiled(rf"{TITLE}?(?P<name>{FULLNAME})(?![\w-])")
_BETWEEN_NAMES = compiled(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
_IN_ITEM = r"(?:[^.;()\n–—]|\.(?!\s)|\n(?![ \t]*\n))*?"  # the rest of a listed post: no sentence's end, no aside
_NEXT_POST = compiled(rf"{_IN_ITEM}(?:[ \t]*,\s*(?:and\s+)?|\s+and\s+)")
_ITEM_END = compiled(rf"{_IN_ITEM}(?=\.(?:\s|$)|[;()–—]|\n[ \t]*\n|[ \t]-[ \t]|$)")


def respectively(people: People) -> list[Post]:
    """'Speakers included A, B and C, respectively Chair of X, head of unit at Y and National
    Member for Z': as many names as posts, each post opening with a post the reference data
    names; a post's body is the one agency or organisation its item names, if it names no other."""
    text, out = people.ctx.text, []
    for cue in _RESPECTIVELY.finditer(text) if "respectively" in text else ():
        names = _names_ending(people, max(text.rfind("\n\n", 0, cue.start()), cue.start() - 300), cue.start())
        if names:
            posts = _posts_from(people, cue.end(), len(names))
        else:
            names = _names_from(people, cue.end())
            posts = _posts_before(people, cue.start(), len(names)) if names else []
        if len(posts) == len(names):
            out += list(zip(names, posts, strict=True))
    return out


def _names_from(people: People, start: int) -> list[PersonMention]:
    """The names of a list 'A, B and C' that opens at ``start`` (none when no such list does)."""
    text, chain, joints = people.ctx.text, [], [""]  # joints[i]: the words before the i-th name
    at = start
    while (m := _NAMED.match(text, at)) and people.is_name(m.group("name"), m.start("name")):
        chain.append(PersonMention(m.start("name"), m.end("name"), m.group("name")))
        joint = _BETWEEN_NAMES.match(text, m.end())
        if joint is None:
            break
        joints.append(joint.group())
        at = joint.end()
    return chain if len(chain) >= 2 and re.search(r"\band\b", joints[len(chain) - 1]) else []


# the places of a post in the plural listed after it: 'for Belgium, Latvia and Slovenia'
_FOR_PLACES = compiled(r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?")


def _posts_before(people: People, end: int, count: int) -> list[RolePhrase]:
    """'The National Members for Belgium, Latvia and Slovenia - respectively A, B and C': the post
    in the plural just before ``end``, for each place it lists, as many as the names after."""
    ctx, text = people.ctx, people.ctx.text
    plural = [m for m in ctx.matches_in(max(0, end - 200), end, {"role"}) if m.plural]
    at = _FOR_PLACES.match(text, plural[-1].end) if plural else None
    places = ctx.matches_in(at.end(), end, {"country", "city", "agency", "organisation"}) if at else []
    if len(places) != count or places[0].start != at.end() or text[places[-1].end:end].strip() or not all(
            _BETWEEN_NAMES.fullmatch(text[a.end:b.start]) for a, b in zip(places, places[1:], strict=False)):
        return []
    role = plural[-1]
    singular = text[role.start:role.end].removesuffix("s")  # 'National Members' -> 'National Member'
    body = people.role_phrase(role).organisation
    return [RolePhrase(role.start, role.end, role.entity, body, f"{singular} for {text[p.start:p.end]}") for p in places]


def _names_ending(people: People, start: int, end: int) -> list[PersonMention]:
    """The names of a list 'A, B and C' that ends at ``end`` (none when no such list does)."""
    text = people.ctx.text
    chain: list[PersonMention] = []
    at, last_joint = end, ""  # where the name after starts (with its title), the words before the last name
    for m in reversed(list(_NAMED.finditer(text, max(0, start), end))):
        gap = text[m.end():at]
        if (chain and not _BETWEEN_NAMES.fullmatch(gap)) or (not chain and gap.strip()):
            break
        if not people.is_name(m.group("name"), m.start("name")):
            return []
        last_joint = gap if len(chain) == 1 else last_joint
        chain.insert(0, PersonMention(m.start("name"), m.end("name"), m.group("name")))
        at = m.start()
    return chain if re.search(r"\band\b", last_joint) else []


def _posts_from(people: People, start: int, count: int) -> list[RolePhrase]:
    """The ``count`` posts listed from ``start``, each opening with a post the reference data names."""
    ctx = people.ctx
    found: list[tuple[Match, RolePhrase]] = []  # each listed post's match and its phrase
    for role in ctx.matches_in(start, start + 160 * count, {"role"}):
        if not found and role.start != start:
            return []  # the list opens with a post
        if found and not _NEXT_POST.fullmatch(ctx.text, found[-1][1].end, role.start):
            continue
        found.append((role, people.role_phrase(role)))
        if len(found) == count:
            break
    ends = [m.start for m, _ in found[1:]] + [_ITEM_END.match(ctx.text, found[-1][1].end).end()] if found else []
    return [_with_body(people, role, phrase, end) for (role, phrase), end in zip(found, ends, strict=True)]


def _with_body(people: People, role: Match, phrase: RolePhrase, end: int) -> RolePhrase:
    """A listed post, with the body its item names ('head of unit at EASO') if the post has none."""
    if phrase.organisation is None:
        bodies = {m.entity for m in people.ctx.matches_in(role.end, end, {"agency", "organisation"})}
        if len(bodies) == 1:
            phrase = replace(phrase, organisation=bodies.pop())
    return phrase
