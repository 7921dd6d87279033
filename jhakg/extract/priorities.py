"""Policy priorities: the topics a text itself presents as priorities, as the focus of a
meeting, programme or network year, or as an item on an agenda, in the text's own words.

A topic is read only inside a *frame*, a phrase by which the text says so:
- a priority statement: 'priorities include A and B', 'A remains its priority', 'made A a
  top priority', 'listed A among its priorities', 'A, a priority of the presidency';
- a focus: 'focused on A', 'puts the spotlight on A', 'the agenda includes A';
- a list under a lead-in that is one of these ('the presidency will concentrate on:');
- weaker: 'ministers discussed A', 'took stock of A', 'sessions covered A', and the agenda
  headings of a Council outcome ('Counter-terrorism') over a section that names no topic.

The frame's object is cut at the end of its clause and split into items ('A, B and C',
'A, including B'); each item is a noun phrase as written ('the fight against terrorism
and radicalisation'). An item from a weak frame must name one of the reference topics of
``reference/priorities.ttl``; so must an item with a name of an agency, system, place or
person in it (that is a subject, not a topic). A topic named in passing ('at the external
borders', 'Commissioner for Migration') is not a priority. Each fact's rule says which
kind of frame it was read in: priority.statement, .focus, .list, .discussed, .heading.
"""

from __future__ import annotations

import re

from ..kinds import Fact, Span
from ..kinds.priority import Priority
from ..regexes import compiled
from .context import Context
from .people import People
from .priority_wording import (
    AFTER,
    AROUND,
    AROUND_ENDS,
    AROUND_VERBS,
    BULLET,
    COMMENT,
    CUES,
    FIGHT,
    FIGHT_END,
    FINITE,
    FRAME_PATTERNS,
    HEDGE,
    HEDGE_WORDS,
    INTENT,
    LEAD_CUE,
    MAX_WORDS,
    NOT_TOPIC,
    PREPOSITION,
    PRIO_HEADING,
    SUBJECT_START,
    Item,
    dates_only,
    fold_space,
    object_end,
    split_items,
    trim,
)


class Frames:
    """The framed topic phrases of one document."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.lines: list[tuple[int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            self.lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        # the cues the text holds anywhere, and the frames they may begin: a sentence need only be
        # looked at for those (a sentence's cues are among its text's)
        lower = self.text.lower()
        self.cues = {cue for cue in CUES if cue in lower}
        self.frames = [frame for frame in FRAME_PATTERNS if not self.cues.isdisjoint(frame[2])]

    def items(self) -> list[Item]:
        out: list[Item] = []
        for sentence in self.ctx.sentences:
            out += self._in_sentence(sentence.start, sentence.end)
        out += self._lists()
        headings = self._headings()
        # a heading over a section that states its own topics is a category ('Migration'),
        # not an agenda item
        for item, section_end in headings:
            if not any(item.end < x.start < section_end and self._concepts(x) for x in out):
                out.append(item)
        return out

    def _concepts(self, item: Item) -> bool:
        return any(m.kind == "priority" for m in self.ctx.matches_in(item.start, item.end))

    def _in_sentence(self, s: int, e: int) -> list[Item]:
        text = self.text
        lower = text[s:e].lower()
        out: list[Item] = []
        if self.ctx.holds_any(s, e, HEDGE_WORDS) and HEDGE.search(text, s, e):
            return out  # 'Other topics, such as X, may also be discussed': not stated as a priority
        present = {cue for cue in self.cues if cue in lower}
        for strength, pattern, cues in self.frames:
            if present.isdisjoint(cues):
                continue
            for m in pattern.finditer(text, s, e):
                begin = m.end()
                # 'concentrated on three things: A, B and C': the things are after the colon (but
                # what a chair only means to focus on is no statement: 'intends to focus its year on')
                lead = re.match(r"[^.:;!?]{1,40}:\s*", text[begin:e])
                if lead and NOT_TOPIC.match(fold_space(text[begin:begin + lead.end()].rstrip(": \t"))) \
                        and not INTENT.search(text, max(s, m.start() - 30), m.start() + 1):
                    begin += lead.end()
                listed = text[m.start():begin].rstrip().endswith(":")
                if begin < e:
                    out += split_items(text, begin, object_end(text, begin, e, strength, listed), strength)
        for m in FIGHT.finditer(text, s, e) if ("fight" in lower or "struggle" in lower) else ():
            end = object_end(text, m.end() + 14, e, 2)
            cut = FIGHT_END.search(text, m.end() + 14, end)
            # the fight's own object is a topic; what the list adds must name a reference topic
            # ('the fight against smuggling and the seating plan')
            items = split_items(text, m.end(), cut.start() if cut else end, 2)
            out += items[:1] + [Item(x.start, x.end, 1, "focus") for x in items[1:]]
        around = self.ctx.holds_any(s, e, AROUND_VERBS) and self.ctx.holds_any(s, e, AROUND_ENDS)
        for m in AROUND.finditer(text, s, e) if around else ():
            out += split_items(text, m.start("object"), m.end("object"), 3)
        for m in AFTER.finditer(text, s, e) if "priorit" in lower else ():
            head = text[s:m.start()]
            begin = max((x.end() for x in SUBJECT_START.finditer(head)), default=0)
            if FINITE.search(head, begin):
                # 'The Commission has opened a call ... to support projects against drug trafficking
                # in ports, a priority under the roadmap': the phrase after the clause's last preposition
                last = list(PREPOSITION.finditer(head, begin))
                if not last:
                    continue
                begin = last[-1].end()
            out += split_items(text, s + begin, m.start(), 3)
        return out

    def _lists(self) -> list[Item]:
        """Bulleted or numbered items under a lead-in line ending in a colon that frames them;
        each bullet's topic is what it states before any comment on it ('migration, with ...')."""
        text = self.text
        out: list[Item] = []
        for i, (a, b) in enumerate(self.lines):
            lead = text[a:b].rstrip()
            if not (lead.endswith(":") and LEAD_CUE.search(lead) or PRIO_HEADING.match(lead)):
                continue
            for c, d in self.lines[i + 1:]:
                bullet = BULLET.match(text[c:d])
                if not bullet:
                    if text[c:d].strip():
                        break
                    continue
                start = c + bullet.end()
                # a colon inside a bullet introduces its own items ('online crimes: cyber-attacks, ...')
                flat = text[:d].replace(":", ",", ) if ":" in text[start:d] else text
                end = object_end(flat, start, d)
                comment = COMMENT.search(text, start, end)
                s, e = trim(text, start, comment.start() if comment else end)
                if e > s:
                    out.append(Item(s, e, 3, "list"))
        return out

    def _headings(self) -> list[tuple[Item, int]]:
        """Agenda headings, with where their section ends: a short line without final
        punctuation followed by a paragraph, in the body (not the title block); read as a
        weak frame."""
        text = self.text
        out: list[tuple[Item, int]] = []
        if self.ctx.doc.parts:
            return out  # in a listing, short lines are the items' headlines
        seen_paragraph = False
        for i, (a, b) in enumerate(self.lines):
            line = text[a:b].strip()
            if not line:
                continue
            if len(line) > 90 or line.endswith((".", "!", "?", "”", '"')):
                seen_paragraph = True
                continue
            if not seen_paragraph or line.endswith(":") or BULLET.match(line):
                continue
            nxt = next((text[c:d].strip() for c, d in self.lines[i + 1:] if text[c:d].strip()), "")
            if len(nxt) > max(40, len(line)) and nxt.endswith("."):
                start, end = trim(text, a, b)
                out += [(Item(x.start, x.end, x.strength, "heading"), b) for x in split_items(text, start, end, 1)]
        # a section runs to the next heading
        ends = [item.start for item, _ in out] + [len(text)]
        return [(item, next(e for e in ends if e > item.end)) for item, _ in out]


def extract_priorities(ctx: Context, people: People) -> list[Fact]:
    """One fact per topic phrase and document part, with the reference topics the phrase
    names as its concepts. A phrase inside a person's title ('State Secretary for Asylum
    and Migration') is a portfolio, not a topic."""
    titles = [(phrase.start, phrase.end) for _, phrase in people.roles]
    text = ctx.text
    about = _about_sections(ctx)
    # a text cut off in mid-word: its last item is not a topic ('data protec')
    cut_off = len(text.rstrip()) if text.rstrip()[-1:].isalnum() else None
    kept: dict[tuple[int, str], tuple[Item, list[str]]] = {}
    named = [(person.start, person.end) for person, _ in people.roles]
    for item in sorted(Frames(ctx).items(), key=lambda x: (x.start, -x.strength, x.end)):
        item = _without_circumstances(ctx, _shorten(ctx, item), named, people)
        if item is None:
            continue
        phrase = text[item.start:item.end]
        if item.end == cut_off or any(a <= item.start < b for a, b in about):
            continue
        words = re.findall(r"[\w'’-]+", phrase)
        if not words or len(words) > MAX_WORDS or NOT_TOPIC.match(phrase) or dates_only(words):
            continue
        if any(a <= item.start < b for a, b in titles):
            continue
        inside = ctx.matches_in(item.start, item.end)
        concepts = list(dict.fromkeys(m.entity for m in inside if m.kind == "priority"))
        if not concepts and (item.strength < 2 or any(m.kind != "priority" for m in inside)):
            continue
        key = (ctx.part_at(item.start), _fold(phrase))
        if key not in kept or item.strength > kept[key][0].strength:
            kept[key] = (item, concepts)
    facts = []
    for (part, folded), (item, concepts) in kept.items():
        # a phrase whose words all recur in a longer phrase of the same part is that phrase
        words = set(folded.split())
        if any(p == part and f != folded and words < set(f.split()) for p, f in kept):
            continue
        facts.append(Fact(Priority(text[item.start:item.end], concepts),
                          [Span(item.start, item.end)], f"priority.{item.kind}",
                          {3: 0.9, 2: 0.8, 1: 0.6}[item.strength], part))
    return sorted(facts, key=lambda f: f.evidence[0].start)


def _about_sections(ctx: Context) -> list[tuple[int, int]]:
    """The box many releases end with about an agency ('European Union Agency for Fundamental
    Rights (FRA)' / 'About Europol', then what it does): its standing mission, not what this
    release puts forward. It runs from a line that is only the agency's name to the end of
    the part."""
    text = ctx.text
    out = []
    for m in ctx.matches:
        if m.kind != "agency":
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:m.start], text[m.end:line_end]
        if re.fullmatch(r"\s*(?:about\s+(?:the\s+)?)?", before, re.I) and re.fullmatch(r"\s*(?:\([^()]{1,12}\))?\s*", after) \
                and line_start > 0:
            part = ctx.part_at(m.start)
            end = next((p.end for p in ctx.doc.parts if p.index == part), len(text))
            out.append((line_start, end))
    return out


def _shorten(ctx: Context, item: Item) -> Item:
    """An object too long to be one phrase ('protection from organised crime with a group of
    young people from all over Europe') ends with the last reference topic that keeps it
    short enough."""
    text = ctx.text
    if len(re.findall(r"[\w'’-]+", text[item.start:item.end])) <= MAX_WORDS:
        return item
    # ... where the topic is the head of its phrase, not a modifier ('counter-terrorism related
    # elements of the proposals' is not about counter-terrorism as such)
    ends = [m.end for m in ctx.matches_in(item.start, item.end, {"priority"})
            if len(re.findall(r"[\w'’-]+", text[item.start:m.end])) <= MAX_WORDS
            and re.match(r"\s*(?:$|[,;:.)]|(?:and|or|in|of|on|for|at|with|to|against|by|from)\b)", text[m.end:item.end])]
    if ends:
        return Item(item.start, max(ends), item.strength, item.rule)
    # else the phrase before its first comma: 'training for police, border guards, ...'
    comma = text.find(",", item.start, item.end)
    if comma > 0 and 2 <= len(re.findall(r"[\w'’-]+", text[item.start:comma])) <= MAX_WORDS:
        return Item(item.start, comma, item.strength, item.rule)
    return item


# what closes a topic and starts its circumstances: 'returns in Warsaw', 'new ways of managing migration
# under the chairmanship of NAME', 'the pact featured NAME'
_CIRCUMSTANCE = compiled(r"(?i)\s+(?:(?:in|at)\s+(?=[A-Z])|under\s+the\s+(?:chairmanship|presidency|leadership)\b|"
                           r"(?:featured|featuring|with|by)\s+(?=[A-Z]))")


def _without_circumstances(ctx: Context, item: Item, named: list[tuple[int, int]], people: People) -> Item | None:
    """The topic without where, under whom or with whom it was discussed: cut before 'in CITY',
    'under the chairmanship of' or a person's name; none when it opens with a date, a post or a
    person ('03.11.2020 Webinar series on ...', 'Commissioner X at the conference on ...')."""
    text = ctx.text
    if re.match(r"\d", text[item.start:item.end]):
        return None
    inside = ctx.matches_in(item.start, item.end, {"role", "city"})
    if any(m.kind == "role" and m.start == item.start for m in inside) or any(a <= item.start < b for a, b in named):
        return None
    for m in _CIRCUMSTANCE.finditer(text, item.start, item.end):
        rest = m.end()
        if (m.group().strip().lower().startswith("under") or any(c.start == rest and c.kind == "city" for c in inside)
                or people.person_at(rest, item.end) is not None):
            end = m.start()
            return Item(item.start, end, item.strength, item.rule) if end > item.start else None
    return item


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
