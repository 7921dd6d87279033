"""Posts a page's layout ties to a name rather than a sentence: a name on its own line over
its post, as the heads of Council press releases print them, or under it, as agendas do; a
post, words up to a colon and the name ('Rapporteur on the visa file: NAME'); a post in a
table's cell under or beside the cell that is a name (a list of participants saved as text, its
delegation's country on a line over its rows), or heading a table's column of names; and the
body on the line under a name and post. Read by ``People.roles``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..regexes import compiled
from .person_names import FULLNAME, NAME_LINE, TITLE, PersonMention, RolePhrase
from .posts_by_relation import People

# after a post that opens its line, its words up to a colon and a name: ' on the visa file: NAME'
# (the name may be in the next cell: 'Executive Director (non-voting): | Dr NAME')
# (or the post alone before its colon: 'Chair: NAME (S&D, SE). The meeting ...')
_LABEL_REST = compiled(rf"(?:(?:[ \t]+|[ \t]*,[ \t]*)[^:\n]{{1,60}}?)?(?P<colon>:)[ \t]*(?:\|[ \t]*)?{TITLE}?(?P<name>{FULLNAME})(?![\w-])")


def name_above(people: People, phrase: RolePhrase) -> PersonMention | None:
    """A post opening its line under a line that is a name ('Alfredo PÉREZ RUBALCABA' /
    'Minister for the Interior'), as the heads of Council press releases print them; or
    alone in a table's cell under the cell that is a name."""
    text = people.ctx.text
    line_start = text.rfind("\n", 0, phrase.start) + 1
    if text.startswith("|", line_start + len(text[line_start:phrase.start]) - len(text[line_start:phrase.start].lstrip())):
        return name_in_cell_above(people, phrase, line_start)
    line_end = text.find("\n", phrase.end)
    rest = text[phrase.end:len(text) if line_end < 0 else line_end].strip()
    # (the post may go on with its body after a comma: 'Senior Researcher, Institute of X')
    # (or with the body's acronym in brackets: 'Director, European Monitoring Centre ... (EMCDDA)')
    # (or with a note and the card's other cells: 'Head of Department (ad interim) | Tallinn')
    # (or with its portfolio: 'Vice-President of the European Commission responsible for Justice, Freedom and Security')
    if text[line_start:phrase.start].strip() or (rest and not rest.startswith(",") and not re.fullmatch(
            r"\([A-Za-z-]{2,12}\)|(?:\([^()\n]{1,30}\)[ \t]*)?(?:\|[^|\n]*)+|responsible\s+for\s+[^|\n]{1,100}"
            # (or with the day it began: 'Executive Director of Europol since 1 May 2018')
            r"|\(?(?:since|from)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\)?", rest)) or line_start == 0:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    m = NAME_LINE.search(above)
    if not m or len(above) > 60 or " " in above[:m.start()].strip():
        return None
    s = above_start + m.start(1)
    return PersonMention(s, s + len(m.group(1)), m.group(1)) if people.is_name(m.group(1), s) else None


# a row of a list of participants: the name's cell, then the post's ('Mr Stefaan VAN DE WALLE | Minister for Justice')
# (the post's own capitalised words may come first: 'Federal Minister of the Interior')
# (a note in brackets after the name: 'Ms Anna NOWAK (Poland) | Chairperson of the Management Board')
_NAME_CELL = compiled(rf"[ \t]*{TITLE}?(?P<name>{FULLNAME})(?:[ \t]*\([^()|\n]{{1,30}}\))?[ \t]*\|[ \t]*(?:[A-Z][a-z]+[ \t]+){{0,2}}")
_HEADING = compiled(r"[ \t]*(?P<label>[^|:\n]{2,40}?)[ \t]*:[ \t]*")  # 'Belgium:', over the rows of its delegation


def name_cell_before(people: People, phrase: RolePhrase) -> tuple[RolePhrase, PersonMention | None]:
    """'Mr Stefaan VAN DE WALLE | Minister for Justice': a post opening the second cell of a
    row whose first cell is a name, as a Council's list of participants saved as text prints
    them; the post's body, if it has none, the one country or body that heads its delegation
    ('Belgium:' on a line of its own over its rows)."""
    text = people.ctx.text
    line_start = text.rfind("\n", 0, phrase.start) + 1
    m = _NAME_CELL.fullmatch(text, line_start, phrase.start)
    if not m or not people.is_name(m.group("name"), m.start("name")):
        return phrase, None
    person = PersonMention(m.start("name"), m.end("name"), m.group("name"))
    at = line_start
    while phrase.organisation is None and at > 0:  # up the delegation's rows, to its heading
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1]
        if not line.strip():
            break
        heading = _HEADING.fullmatch(line)
        if heading:
            bodies = people.ctx.matches_in(above + heading.start("label"), above + heading.end("label"),
                                           {"country", "agency", "organisation"})
            if len(bodies) == 1 and (bodies[0].start - above, bodies[0].end - above) == heading.span("label"):
                phrase = replace(phrase, organisation=bodies[0].entity)
            break
        at = above
    return phrase, person


def name_in_cell_above(people: People, phrase: RolePhrase, line_start: int) -> PersonMention | None:
    """'|              | Minister of the Interior |' under '| Estonia      | Mr Kristjan LEPIK |': a
    post alone in its cell (but for its body after a comma) under a cell of the same column that
    is a name, as a table of participants saved as text prints them."""
    text = people.ctx.text
    line_end = text.find("\n", phrase.end)
    line_end = len(text) if line_end < 0 else line_end
    column = text.count("|", line_start, phrase.start)
    cell_start = text.rfind("|", line_start, phrase.start) + 1
    cell_end = text.find("|", phrase.end, line_end)
    cell_end = line_end if cell_end < 0 else cell_end
    # (the post's own capitalised words may come first: 'First Deputy Minister of the Interior')
    if not re.fullmatch(r"[ \t]*(?:[A-Z][\w-]*[ \t]+){0,3}", text[cell_start:phrase.start]) or \
            text[phrase.end:cell_end].strip()[:1] not in ("", ",") or line_start == 0:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    cells = text[above_start:line_start - 1].split("|")
    if len(cells) <= column:
        return None
    at = above_start + sum(len(c) + 1 for c in cells[:column])
    m = re.fullmatch(rf"[ \t]*{TITLE}?({FULLNAME})[ \t]*", cells[column])
    if not m:
        return None
    s = at + m.start(1)
    return PersonMention(s, s + len(m.group(1)), m.group(1)) if people.is_name(m.group(1), s) else None


def label_line(people: People, phrase: RolePhrase) -> tuple[RolePhrase, PersonMention | None]:
    """A line that opens with a post and its words up to a colon, then a name ('Rapporteur on the
    visa file: NAME'), as agendas and programmes print them; the post is the words before the colon."""
    text = people.ctx.text
    line_start = text.rfind("\n", 0, phrase.start) + 1
    line_end = text.find("\n", phrase.end)
    line_end = len(text) if line_end < 0 else line_end
    m = _LABEL_REST.match(text, phrase.end, line_end)
    if text[line_start:phrase.start].strip() or not m or people.ctx.matches_in(phrase.end, m.start("colon"), {"role"}):
        return phrase, None
    s = m.start("name")
    if not people.is_name(m.group("name"), s):
        return phrase, None
    return replace(phrase, end=m.start("colon")), PersonMention(s, m.end("name"), m.group("name"))


def name_below(people: People, phrase: RolePhrase) -> PersonMention | None:
    """A post ending its line over a line that is a name and nothing else, as agendas print
    them ('4. Hearing of the Director-designate of FRA' / 'Anna DE VRIES')."""
    text = people.ctx.text
    line_end = text.find("\n", phrase.end)
    if line_end < 0 or not re.fullmatch(r"[ \t]*(?:\([^()\n]*\))?[ \t]*", text[phrase.end:line_end]):
        return None
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1:len(text) if below_end < 0 else below_end]
    m = re.fullmatch(rf"[ \t]*{TITLE}?({FULLNAME})[ \t]*", below)
    if not m:
        return None
    s = line_end + 1 + m.start(1)
    return PersonMention(s, s + len(m.group(1)), m.group(1)) if people.is_name(m.group(1), s) else None


def body_below(people: People, phrase: RolePhrase) -> RolePhrase:
    """The body on the line under a name and post ('Kadri Lepik' / 'Head of Press' / 'eu-LISA'):
    the post's organisation, when that line is the body's name and nothing else."""
    text = people.ctx.text
    below_start = text.find("\n", phrase.end) + 1
    if not below_start:
        return phrase
    below_end = text.find("\n", below_start)
    below_end = len(text) if below_end < 0 else below_end
    line = text[below_start:below_end]
    bodies = people.ctx.matches_in(below_start, below_end, {"agency", "organisation"})
    if len(bodies) == 1 and text[bodies[0].start:bodies[0].end] == line.strip():
        return replace(phrase, organisation=bodies[0].entity)
    return phrase


def names_in_column(people: People, phrase: RolePhrase) -> list[tuple[PersonMention, RolePhrase]]:
    """A post heading a table's column ('Unit | Head of Unit | Site', 'MEMBER STATE | MEMBER |
    ALTERNATE MEMBER'), its own words maybe before it: the name in that column of each row under
    it with as many cells, up to a blank line or a row of another shape."""
    text = people.ctx.text
    line_start = text.rfind("\n", 0, phrase.start) + 1
    line_end = text.find("\n", phrase.end)
    line_end = len(text) if line_end < 0 else line_end
    cells = text[line_start:line_end].split("|")
    column = text.count("|", line_start, phrase.start)
    if len(cells) < 2:
        return []
    cell_start = line_start + sum(len(c) + 1 for c in cells[:column])
    cell_end = cell_start + len(cells[column])
    if not re.fullmatch(r"[ \t]*(?:[A-Za-z][\w-]*[ \t]+){0,2}", text[cell_start:phrase.start]) or text[phrase.end:cell_end].strip():
        return []
    post = replace(phrase, start=cell_start + len(cells[column]) - len(cells[column].lstrip()),
                   wording=cells[column].strip())
    out = []
    at = line_end + 1
    while 0 < at < len(text) and text[at] != "\n":
        row_end = text.find("\n", at)
        row_end = len(text) if row_end < 0 else row_end
        row = text[at:row_end].split("|")
        if len(row) != len(cells):
            break
        if not row[1 if text.startswith("|", at) else 0].strip():
            return []  # a row going on from the one above ('|  | Minister of …'): its posts are under its names
        start = at + sum(len(c) + 1 for c in row[:column])
        # (a note may follow the name: 'Kalev Saar (acting)')
        m = re.fullmatch(rf"[ \t]*{TITLE}?({FULLNAME})[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*)?", row[column])
        if m and people.is_name(m.group(1), start + m.start(1)):
            out.append((PersonMention(start + m.start(1), start + m.end(1), m.group(1)), post))
        at = row_end + 1
    return out


# a political group and a country's code in brackets ('(EPP, DE)'), and the name that ends right before it
_GROUP_BRACKET = compiled(r"\([^()\n]{2,12},[ \t]*[A-Z]{2}\)")
_NAME_ENDING = compiled(rf"{TITLE}?(?P<name>{FULLNAME})[ \t]*$")


@cache
def _group_bracket(groups: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True))
    return compiled(rf"\((?P<group>{names})[ \t]*,[ \t]*(?P<cc>[A-Z]{{2}})\)")


def group_members(people: People, found: list[tuple[PersonMention, RolePhrase]]) -> list[tuple[PersonMention, RolePhrase]]:
    """A name with a parliament's political group and the member's country in brackets after it
    ('drafted by NAME (EPP, DE)', a list of shadow rapporteurs 'A (S&D, IT), B (Renew, FR) and C
    (ECR, PL)'): a member of that parliament, where the text gives the name no other post. The
    brackets are found first (few texts have any), then the name that ends before each."""
    ctx = people.ctx
    text = ctx.text
    groups = ctx.gaz.political_groups
    if not groups or not _GROUP_BRACKET.search(text):
        return []
    mep = people.role_named("Member of the European Parliament")
    if mep is None:
        return []
    posted = {person.name for person, _ in found}
    out = []
    for m in _group_bracket(tuple(groups)).finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        named = _NAME_ENDING.search(text, max(line_start, m.start() - 120), m.start())
        if named is None:
            continue
        name, start = named.group("name"), named.start("name")
        if name in posted or not people.is_name(name, start):
            continue
        posted.add(name)
        phrase = RolePhrase(m.start(), m.end(), mep, groups[m.group("group")],
                            wording=f"MEP ({m.group('group')}, {m.group('cc')})")
        out.append((PersonMention(start, named.end("name"), name), phrase))
    return out
