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
from dataclasses import dataclass

from ..kinds import Fact, Span
from ..kinds.priority import Priority
from .context import Context
from .dates import MONTHS
from .people import People

_PRIO = r"priorit(?:y|ies)"
_IS = (r"(?:such\s+as|including|include[sd]?|are|were|is|was|will\s+be|remain(?:s|ed)?|comprise[sd]?|"
       r"ha(?:ve|s)\s+(?:also\s+)?(?:included|been|covered))")
_DET = r"(?:a|an|the|its|their|his|her|our|this|one\s+of\s+(?:the|its|their|our))"
_AGENDA_NOUN = r"(?:issues?|topics?|themes?|subjects?|areas?|objectives?|goals?|points?|items?)"

# Strength of each frame: 3 a statement of priority, 2 a focus, 1 a discussion; and the
# words one of which a sentence must hold for the frame to be looked for in it (a cheap test
# that spares most sentences most patterns; tests/test_priorities.py checks it never hides one).
_P = ("priorit",)
FRAMES: list[tuple[int, str, tuple[str, ...]]] = [
    (3, rf"{_PRIO}(?:\s+{_AGENDA_NOUN}|\s+actions?|\s+files?)?\s*(?:{_IS}\s*:?|:)", _P),
    # 'a key priority of the presidency is', 'the priorities of the Frontex chairmanship in 2025:'
    (3, rf"{_PRIO}\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{1,12}}?{_IS}\s*:?", _P),
    (3, rf"{_PRIO}\b[^.:;!?]{{0,60}}:", _P),
    (3, rf"(?:give|gives|gave|giving|given)\s+(?:\w+\s+)?{_PRIO}\s+to", _P),
    (3, rf"(?:key|main|central|top|core|major|principal)\s+{_AGENDA_NOUN}"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{1,4}}?)?\s*(?:{_IS}\s*:?|:)",
     ("key", "main", "central", "top", "core", "major", "principal")),
    # 'the three topics the agency had chosen for the year:'
    (3, rf"{_AGENDA_NOUN}\b[^.:;!?]{{0,50}}\b(?:chosen|selected|picked|set|identified)\b[^.:;!?]{{0,40}}:",
     ("chosen", "selected", "picked", "set", "identified")),
    # 'High on the agenda is an overview of ...'
    (2, rf"high\s+on\s+(?:the|its|their)\s+(?:\w+\s+)?agenda\s+{_IS}", ("agenda",)),
    (2, r"focus(?:ed|es|ing|sed|ssed|sing)?(?:\s+(?:is|was|will\s+be|lies|lay))?\s+(?:\w+\s+){0,2}?on", ("focus",)),
    (2, r"concentrat(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?on", ("concentrat",)),
    (2, r"(?:dedicated|devoted)\s+to", ("dedicated", "devoted")),
    (2, r"(?:spotlight|emphasis|accent)\s+on", ("spotlight", "emphasis", "accent")),
    (2, r"(?:agenda|programme|work\s+plan)(?:\s+(?:points?|items?))?\s+(?:includes?|included|covers?|covered|features?|"
        r"featured)(?:\s+as\s+well)?", ("agenda", "programme", "plan")),
    # 'Among the topics covered was an update on ...'
    (2, r"(?:topics?|issues?|subjects?)\s+covered\s+(?:was|were|included|include)", ("covered",)),
    # 'cooperate in other areas of mutual interest, such as', 'the challenges of international crime such as'
    (2, r"(?:areas?|fields?|domains?|challenges?|threats?|crimes?)(?:\s+[\w-]+){0,3}?,?\s+such\s+as", ("such",)),
    # 'future issues such as ...': weaker, the item must name a reference topic
    (1, rf"{_AGENDA_NOUN}(?:\s+[\w-]+){{0,3}}?,?\s+such\s+as", ("such",)),
    # 'case illustrations on terrorism, ...', 'updated on the status of', 'presentations on'
    (1, r"(?:presentations?|illustrations?|updates?|updated|briefings?|briefed|sessions?|workshops?)\s+(?:\w+\s+)?on",
     ("presentation", "illustration", "update", "briefing", "briefed", "session", "workshop")),
    (1, r"discuss(?:ed|es|ing)?(?!\s+with)", ("discuss",)),
    (1, r"(?:discussions?|debates?|exchanges?)\s+(?:on|about)", ("discussion", "debate", "exchange")),
    (1, r"debat(?:e|es|ed|ing)", ("debat",)),
    (1, r"exchang(?:e|es|ed|ing)\s+(?:of\s+)?views\s+on", ("exchang",)),
    (1, r"(?:took|take|takes|taking)\s+stock\s+of", ("stock",)),
    (1, r"conclusions\s+on", ("conclusions",)),
    (1, r"report(?:s|ed|ing)?\s+on", ("report",)),
    (1, r"(?:(?:will|to|shall|continue|continues|continued)\s+work|worked|working)\s+(?:together\s+|closely\s+)?on",
     ("work",)),
    (1, r"(?:lead|leads|led|leading)\s+(?:(?:the\s+)?work\s+)?on", ("lead", "led")),
    (1, r"(?:commitment|committed|contribut(?:e|es|ed|ion|ions))\s+to", ("commit", "contribut")),
    (1, r"(?:plays?|played|playing)\s+(?:an?\s+)?(?:\w+\s+)?(?:part|role)\s+in", ("play",)),
    (1, r"cover(?:s|ed|ing)?", ("cover",)),
    # 'ministers addressed X', not a purpose ('an initiative to identify and address threats')
    (1, r"(?<!\bto\s)(?<!\band\s)(?<!,\s)(?:address(?:ed|es)?|tackl(?:ed|es))", ("address", "tackl")),
]
_FRAMES = [(strength, re.compile(rf"(?i)\b(?:{pattern})(?:\s*:)?(?:\s+|$)"), frozenset(cues)) for strength, pattern, cues in FRAMES]
_CUES = frozenset(cue for _, _, cues in FRAMES for cue in cues)
# ... up to a comment on it: ', a key priority of', ', including', ', in cooperation with', ', covering'
_FIGHT_END = re.compile(r"(?i),\s+(?=(?:a|an|the|one|which|who|whose|including|in|on|at|for|with|as|to|by|from|"
                        r"[a-z]+ing)\b)|\s+(?:in|during)\s+the\s+(?:spring|summer|autumn|winter|coming)\b"
                        r"|\s+(?=(?:a|an)\s)"  # 'made the fight against corruption a top priority'
                        # 'the fight against X and proposed a new ...': a new clause
                        r"|\s+and\s+(?=[a-z]+ed\s+(?:a|an|the|to|on|that|its|their|new)\b)")
# 'the EU fight against terrorism, cross-border crime and ...': a fight names what it is against;
# the first item keeps the words of the fight
_FIGHT = re.compile(r"(?i)\b(?:the|its|their|our|his|her)\s+(?:(?:EU|EU['’]s|joint|common|ongoing|continued|global)\s+)*"
                    r"(?=(?:fight|struggle)\s+against\s)")

# 'made A a top priority', 'listed A among its priorities', 'put A at the top of its agenda'
_AROUND = re.compile(
    rf"(?i)\b(?:made|make|makes|making|put|puts|putting|placed|places|listed|lists|named|names|"
    rf"identified|identifies|chose|chosen|selected|set|sets|declared|declares)"
    rf"(?!\s+(?:out|up|forth|down|forward|off)\s)\s+(?P<object>[^.;:]{{3,160}}?)\s+"  # 'sets out the priorities': no object
    rf"(?:{_DET}\s+(?:\w+\s+){{0,2}}?{_PRIO}\b|among\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){{0,3}}?priorities\b|"
    rf"at\s+the\s+(?:top|heart|centre|center|core)\s+of|high\s+on\s+(?:its|the|their|our)\s+(?:\w+\s+)?agenda)")
# the words, lower-cased, that each match of it holds, one of each tuple: a sentence without them is
# spared the pattern (Context.holds_any)
_AROUND_VERBS = ("mak", "made", "put", "plac", "list", "name", "identifi", "chose", "select", "set", "declar")
_AROUND_ENDS = ("priorit", "top", "heart", "centre", "center", "core", "agenda")
# 'A remain its priorities', 'A is a key priority', 'A – a priority of the presidency –',
# 'A, a priority of the Swedish presidency'
_AFTER = re.compile(
    rf"(?i)(?P<link>\s+(?:is|are|was|were|remain(?:s|ed)?|will\s+(?:be|remain))\s+(?:also\s+)?{_DET}\s+(?:\w+\s+){{0,2}}?"
    rf"|\s*(?:[–—]|\s-|,)\s*(?:a|an|the|one\s+of\s+the)\s+(?:\w+\s+){{0,2}}?){_PRIO}\b")
_FINITE = re.compile(r"(?i)\b(?:has|have|had|is|are|was|were|will|would|can|could|opened|adopted|presented|launched|"
                     r"agreed|approved|decided|announced|said|says)\b")
_PREPOSITION = re.compile(r"(?i)\b(?:against|on|for|to|into|about|towards)\s+(?:the\s+)?")
_SUBJECT_START = re.compile(r"(?i)(?:^|\b(?:that|discussed|whether|how(?:\s+to)?)\s+|:\s*|[–—]\s*|,\s*)(?=\S)")

# where a frame's object ends: punctuation closing the clause, or words opening a new clause
_OBJECT_END_PATTERN = (
    r"(?i)[.;:!?()\[\]\"“”]|\s[–—-]\s|,\s+(?:which|who|whom|whose|where|when|while|whereas|but|so|as|with|notably|"
    r"following|ahead|after|before|during|in\s+order|presented|adopted|proposed|published|launched|set\s+up|"
    r"and\s+(?:to|the\s+(?:ministers?|presidency|council|commission)|ministers?|it|they|he|she|we|also))\b"
    r"|\s(?:which|that|who|where|whereas|while|because|in\s+order\s+to|so\s+as\s+to|ahead\s+of|following|during|"
    r"with\s+(?:a|an|the)?\s*(?:aim|view|goal|objective|support|participation|help)|"
    r"{with}at\s+(?:the|its|their|a)|"
    r"is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|aims?|seeks?|remains?|"
    r"(?-i:held|organi[sz]ed|hosted|chaired|presented|adopted|launched|published|proposed|carried\s+out)"
    r"\s+(?:in|by|at|on|last|this|earlier|during|from)|"
    r"on\s+(?:\d|behalf)|by\s+(?:\d|the\s+end)|in\s+(?:\d{4}|January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\b")
# a strong frame's object ends at 'with' too ('focused on migration with the help of'), but not
# at the partners of a cooperation ('partnerships with third countries')
_OBJECT_END = re.compile(_OBJECT_END_PATTERN.replace(
    "{with}", r"with(?!\s+(?:the\s+)?(?:third|partner|non-EU|neighbouring|African)\s+countries)|"))
# under a weak frame the topic is required anyway, so the object may run on through 'with'
# ('took stock of the negotiations with the Parliament on the Pact')
_OBJECT_END_WEAK = re.compile(_OBJECT_END_PATTERN.replace("{with}", ""))
# after a colon the items run on through where and with whom ('three things: training at the borders, ...')
_OBJECT_END_LIST = re.compile(_OBJECT_END_PATTERN.replace(r"{with}at\s+(?:the|its|their|a)|", ""))
# separators between a list's items
_ITEM_SEP = re.compile(r"(?i)\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:as\s+well\s+as|including|such\s+as|in\s+particular|"
                       r"notably|especially|and\s+(?:also|notably|in\s+particular)|but\s+also)\s+")
# a comment on the item before, not an item: 'digital skills, particularly in relation to policing'
_QUALIFIER = re.compile(r"(?i)^(?:(?:particularly|especially|notably|mainly|mostly|primarily|in\s+particular|above\s+all)\s+"
                        r"(?:in|on|for|with|as|at|by|regarding|concerning|when|where)\b|"
                        r"(?:particularly|mainly|mostly|primarily|above\s+all)\s)")
# 'and' joins two items when what follows opens a noun phrase of its own ('A and the B', 'A and on B')
_AND_ITEM = re.compile(r"(?i)\s+(?:and|or)\s+(?=(?:the|a|an|its|their|on|of|to|for|[a-z]+ing)\s)")
_LEAD = re.compile(r"(?i)^(?:in\s+particular|including|such\s+as|notably|especially|as\s+well\s+as|how\s+to\s+\w+|"
                   r"the|a|an|its|their|his|her|our|this|these|further|also|both|on|of|in|for|not\s+only|"
                   r"(?:the\s+)?(?:issues?|topics?|themes?|areas?|question)\s+of|"
                   # words around a topic that are not the topic: 'working on X', 'the state of play of X'
                   r"(?:working|reflecting|focusing|continuing\s+to\s+work|keeping\s+working)\s+on|looking\s+at|"
                   r"dealing\s+with|(?:an?\s+)?(?:status\s+)?updates?\s+on|(?:an?\s+)?exchanges?\s+of\s+views\s+on|"
                   r"(?:an?\s+)?discussions?\s+on|"
                   r"(?:highlighting|stressing|underlining|emphasising|emphasizing)\s+the\s+importance\s+of|"
                   r"(?:the\s+)?state\s+of\s+play(?:\s+and\s+(?:the\s+)?next\s+steps)?\s+"
                   r"(?:in\s+the\s+field\s+of|as\s+regards|regarding|on|of|in))\s+")
_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|various|other|these|those|"
          r"key|main|the|its|their|our|related|specific|different|common|following|priority|number\s+of|range\s+of)")
# what an object may be without being a topic: 'three topics', 'the conclusions', 'to raise
# awareness', 'based on the threat assessment', 'the overarching theme of the year'
_NOT_TOPIC = re.compile(
    rf"(?i)^(?:(?:{_COUNT}\s+){{0,2}}(?:{_AGENDA_NOUN}|priorities|measures?|matters?|questions?|others?|results?|"
    rf"outcomes?|achievements?|steps?|conclusions|proposals?|reports?|discussions?|meetings?|decisions?|statements?|things|"
    rf"future|past|present|situation|developments?|state\s+of\s+play|way\s+forward|next\s+steps)"
    rf"|and|or|more|them|it|this|that|these|those|ways?|the\s+like|to\s.*|(?:how|what|whether|why|where|when)\b.*"
    # what a list's lead-in says of its items: 'the priorities are simple: A, B'
    rf"|simple|clear|clear-cut|straightforward|threefold|twofold|fourfold|as\s+follows|following"
    rf"|(?:based|aimed|designed|expected|planned|agreed|linked|related)\s.*|\w+(?:ed|en|wn)(?:\s+(?:up|out))?\s+by\b.*"
    rf"|(?:\w+\s+)?(?:theme|topic|focus|priority|objective|goal|aim|purpose)s?\s+of\b.*)$")
MAX_WORDS = 12


def _dates_only(words: list[str]) -> bool:
    """'28 April', '21/04/2020', '4 to 8 May': a date (a calendar's item) is no topic."""
    return all(w.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th|[/.]\d+)*", w) or w.lower() in MONTHS
               or w.lower() in ("to", "and", "of") for w in words)


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    strength: int
    rule: str = ""  # the kind of frame; by default named after the strength

    @property
    def kind(self) -> str:
        return self.rule or {3: "statement", 2: "focus", 1: "discussed"}[self.strength]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,*-–•“”\"‘’'":
        start += 1
    while end > start and text[end - 1] in " \t\n,*“”\"‘’'":
        end -= 1
    while True:
        m = _LEAD.match(text[start:end])
        if not m or m.end() >= end - start:
            return start, end
        start += m.end()


def _items(text: str, start: int, end: int, strength: int) -> list[Item]:
    """Split an object ('A, B and C', 'A, including B', 'A and the B') into its items."""
    # 'A, including B': B is a part of A, and the two one topic
    cuts = [(m.start(), m.end()) for m in _ITEM_SEP.finditer(text, start, end)
            if not re.match(r"(?i)including\s", text[m.end():end])]
    if any(text[a:b].strip().startswith((",", ";")) for a, b in cuts):
        # in a serial list the last 'and' joins the last item: 'A, B and C'
        # ('A, on B and on C and D': the 'and' that opens a noun phrase)
        last_from = cuts[-1][1]
        opening = _AND_ITEM.search(text, last_from, end)
        ands = list(re.finditer(r"(?i)\s+(?:and|or)\s+", text[last_from:end]))
        if opening:
            cuts.append((opening.start(), opening.end()))
        elif ands and not re.search(r"(?i)\b(?:and|or)\s*$", text[cuts[-1][0]:cuts[-1][1]]):
            # (unless the list's 'and' came with its last comma: 'A, B, and the C and D')
            cuts.append((last_from + ands[-1].start(), last_from + ands[-1].end()))
    # ... but not after a lone word: 'identifying and disrupting networks' is one item
    cuts += [(m.start(), m.end()) for m in _AND_ITEM.finditer(text, start, end)
             if not any(a <= m.start() < b for a, b in cuts) and re.search(r"\S\s+\S", text[start:m.start()])]
    out, pos = [], start
    for a, b in sorted(cuts) + [(end, end)]:
        s, e = _trim(text, pos, a)
        if e > s and not _QUALIFIER.match(text[s:e]):
            out.append(Item(s, e, strength))
        pos = max(pos, b)
    return out


def _object_end(text: str, start: int, limit: int, strength: int = 3, listed: bool = False) -> int:
    m = (_OBJECT_END_LIST if listed else _OBJECT_END if strength > 1 else _OBJECT_END_WEAK).search(text, start, limit)
    if m and re.match(r"\swho\s", text[m.start():m.start() + 5]):
        # a short clause that says which people: 'returning individuals who lack grounds for asylum'
        rest = re.match(r"[^.;:!?,()]*", text[m.end():limit]).group(0)
        if len(rest.split()) <= 6 and not re.search(r"(?i)\b(?:is|are|was|were|will|would|has|have|had)\b", rest):
            return _object_end(text, m.end() + len(rest), limit, strength, listed) if m.end() + len(rest) < limit else limit
    return m.start() if m else limit


_COMMENT = re.compile(r"(?i),\s+(?:including|such\s+as|in\s+particular|notably|especially|in\s+close|in\s+cooperation|"
                      r"on\s+the\s+basis|by\s|through|from|to\s|for\s)")
_HEDGE = re.compile(r"(?i)\b(?:may|might)\s+(?:also\s+)?be\s+(?:discussed|addressed|raised|covered|considered)\b")
_HEDGE_WORDS = ("may", "might")
_INTENT = re.compile(r"(?i)\b(?:will|would|shall|intends?\s+to|plans?\s+to|wants?\s+to|aims?\s+to|is\s+to|are\s+to)"
                     r"\s+(?:\w+\s+)?\S*$")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
# a heading with no colon over a list: 'Priorities of the Presidency in home affairs'
_PRIO_HEADING = re.compile(rf"(?i)^\s*(?:(?:the|our|its|main|key|\w+['’]s)\s+)*{_PRIO}\b[^.:;!?]{{0,80}}$")
_LEAD_CUE = re.compile(rf"(?i)\b(?:{_PRIO}|focus\w*|concentrat\w*|agenda|programme|work\s+plan|{_AGENDA_NOUN}|"
                       r"work\s+on|lead\s+on|dedicated|devoted|discuss\w*|agreed\s+on)\b")


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
        if self.ctx.holds_any(s, e, _HEDGE_WORDS) and _HEDGE.search(text, s, e):
            return out  # 'Other topics, such as X, may also be discussed': not stated as a priority
        present = {cue for cue in _CUES if cue in lower}
        for strength, pattern, cues in _FRAMES:
            if present.isdisjoint(cues):
                continue
            for m in pattern.finditer(text, s, e):
                begin = m.end()
                # 'concentrated on three things: A, B and C': the things are after the colon (but
                # what a chair only means to focus on is no statement: 'intends to focus its year on')
                lead = re.match(r"[^.:;!?]{1,40}:\s*", text[begin:e])
                if lead and _NOT_TOPIC.match(_fold_space(text[begin:begin + lead.end()].rstrip(": \t"))) \
                        and not _INTENT.search(text, max(s, m.start() - 30), m.start() + 1):
                    begin += lead.end()
                listed = text[m.start():begin].rstrip().endswith(":")
                if begin < e:
                    out += _items(text, begin, _object_end(text, begin, e, strength, listed), strength)
        for m in _FIGHT.finditer(text, s, e) if ("fight" in lower or "struggle" in lower) else ():
            end = _object_end(text, m.end() + 14, e, 2)
            cut = _FIGHT_END.search(text, m.end() + 14, end)
            # the fight's own object is a topic; what the list adds must name a reference topic
            # ('the fight against smuggling and the seating plan')
            items = _items(text, m.end(), cut.start() if cut else end, 2)
            out += items[:1] + [Item(x.start, x.end, 1, "focus") for x in items[1:]]
        around = self.ctx.holds_any(s, e, _AROUND_VERBS) and self.ctx.holds_any(s, e, _AROUND_ENDS)
        for m in _AROUND.finditer(text, s, e) if around else ():
            out += _items(text, m.start("object"), m.end("object"), 3)
        for m in _AFTER.finditer(text, s, e) if "priorit" in lower else ():
            head = text[s:m.start()]
            begin = max((x.end() for x in _SUBJECT_START.finditer(head)), default=0)
            if _FINITE.search(head, begin):
                # 'The Commission has opened a call ... to support projects against drug trafficking
                # in ports, a priority under the roadmap': the phrase after the clause's last preposition
                last = list(_PREPOSITION.finditer(head, begin))
                if not last:
                    continue
                begin = last[-1].end()
            out += _items(text, s + begin, m.start(), 3)
        return out

    def _lists(self) -> list[Item]:
        """Bulleted or numbered items under a lead-in line ending in a colon that frames them;
        each bullet's topic is what it states before any comment on it ('migration, with ...')."""
        text = self.text
        out: list[Item] = []
        for i, (a, b) in enumerate(self.lines):
            lead = text[a:b].rstrip()
            if not (lead.endswith(":") and _LEAD_CUE.search(lead) or _PRIO_HEADING.match(lead)):
                continue
            for c, d in self.lines[i + 1:]:
                bullet = _BULLET.match(text[c:d])
                if not bullet:
                    if text[c:d].strip():
                        break
                    continue
                start = c + bullet.end()
                # a colon inside a bullet introduces its own items ('online crimes: cyber-attacks, ...')
                flat = text[:d].replace(":", ",", ) if ":" in text[start:d] else text
                end = _object_end(flat, start, d)
                comment = _COMMENT.search(text, start, end)
                s, e = _trim(text, start, comment.start() if comment else end)
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
            if not seen_paragraph or line.endswith(":") or _BULLET.match(line):
                continue
            nxt = next((text[c:d].strip() for c, d in self.lines[i + 1:] if text[c:d].strip()), "")
            if len(nxt) > max(40, len(line)) and nxt.endswith("."):
                start, end = _trim(text, a, b)
                out += [(Item(x.start, x.end, x.strength, "heading"), b) for x in _items(text, start, end, 1)]
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
        if not words or len(words) > MAX_WORDS or _NOT_TOPIC.match(phrase) or _dates_only(words):
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
_CIRCUMSTANCE = re.compile(r"(?i)\s+(?:(?:in|at)\s+(?=[A-Z])|under\s+the\s+(?:chairmanship|presidency|leadership)\b|"
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


def _fold_space(text: str) -> str:
    return " ".join(text.split())


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
