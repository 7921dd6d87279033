"""The wordings of priority frames, and how a frame's object is cut and split into items
('A, B and C', 'A, including B', 'A and the B'): the patterns ``priorities.py`` reads with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..regexes import compiled
from .dates import MONTHS

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
    (3, rf"{_PRIO}\s+(?:of|for|in)\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){{1,12}}?{_IS}\s*:?", _P),
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
FRAME_PATTERNS = [(strength, compiled(rf"(?i)\b(?:{pattern})(?:\s*:)?(?:\s+|$)"), frozenset(cues)) for strength, pattern, cues in FRAMES]
CUES = frozenset(cue for _, _, cues in FRAMES for cue in cues)
# ... up to a comment on it: ', a key priority of', ', including', ', in cooperation with', ', covering'
FIGHT_END = compiled(r"(?i),\s+(?=(?:a|an|the|one|which|who|whose|including|in|on|at|for|with|as|to|by|from|"
                        r"[a-z]+ing)\b)|\s+(?:in|during)\s+the\s+(?:spring|summer|autumn|winter|coming)\b"
                        r"|\s+(?=(?:a|an)\s)"  # 'made the fight against corruption a top priority'
                        # 'the fight against X and proposed a new ...': a new clause
                        r"|\s+and\s+(?=[a-z]+ed\s+(?:a|an|the|to|on|that|its|their|new)\b)")
# 'the EU fight against terrorism, cross-border crime and ...': a fight names what it is against;
# the first item keeps the words of the fight
FIGHT = compiled(r"(?i)\b(?:the|its|their|our|his|her)\s+(?:(?:EU|EU['’]s|joint|common|ongoing|continued|global)\s+)*"
                    r"(?=(?:fight|struggle)\s+against\s)")

# 'made A a top priority', 'listed A among its priorities', 'put A at the top of its agenda'
AROUND = compiled(
    rf"(?i)\b(?:made|make|makes|making|put|puts|putting|placed|places|listed|lists|named|names|"
    rf"identified|identifies|chose|chosen|selected|set|sets|declared|declares)"
    rf"(?!\s+(?:out|up|forth|down|forward|off)\s)\s+(?P<object>[^.;:]{{3,160}}?)\s+"  # 'sets out the priorities': no object
    rf"(?:{_DET}\s+(?:\w+\s+){{0,2}}?{_PRIO}\b|among\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){{0,3}}?priorities\b|"
    rf"at\s+the\s+(?:top|heart|centre|center|core)\s+of|high\s+on\s+(?:its|the|their|our)\s+(?:\w+\s+)?agenda)")
# the words, lower-cased, that each match of it holds, one of each tuple: a sentence without them is
# spared the pattern (Context.holds_any)
AROUND_VERBS = ("mak", "made", "put", "plac", "list", "name", "identifi", "chose", "select", "set", "declar")
AROUND_ENDS = ("priorit", "top", "heart", "centre", "center", "core", "agenda")
# 'A remain its priorities', 'A is a key priority', 'A – a priority of the presidency –',
# 'A, a priority of the Swedish presidency'
AFTER = compiled(
    rf"(?i)(?P<link>\s+(?:is|are|was|were|remain(?:s|ed)?|will\s+(?:be|remain)|ha(?:s|ve|d)\s+been)\s+(?:also\s+)?"
    rf"(?:{_DET}|(?:top|high|first)\s+among\s+(?:the|its|their|our))\s+(?:\w+\s+){{0,2}}?"
    rf"|\s*(?:[–—]|\s-|,)\s*(?:a|an|the|one\s+of\s+the)\s+(?:\w+\s+){{0,2}}?){_PRIO}\b")
FINITE = compiled(r"(?i)\b(?:has|have|had|is|are|was|were|will|would|can|could|opened|adopted|presented|launched|"
                     r"agreed|approved|decided|announced|said|says)\b")
PREPOSITION = compiled(r"(?i)\b(?:against|on|for|to|into|about|towards)\s+(?:the\s+)?")
SUBJECT_START = compiled(r"(?i)(?:^|\b(?:that|discussed|whether|how(?:\s+to)?)\s+|:\s*|[–—]\s*|,\s*)(?=\S)")

# where a frame's object ends: punctuation closing the clause, or words opening a new clause
_OBJECT_END_PATTERN = (
    r"(?i)[.;:!?()\[\]\"“”]|\s[–—-]\s|,\s+(?:which|who|whom|whose|where|when|while|whereas|but|so|as|with|notably|"
    r"following|ahead|after|before|during|in\s+order|presented|adopted|proposed|published|launched|set\s+up|"
    r"and\s+(?:to|the\s+(?:ministers?|presidency|council|commission)|ministers?|it|they|he|she|we|also|"
    r"(?-i:[a-z]+ed)\s+(?=that|to|how|whether)))\b"
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
_OBJECT_END = compiled(_OBJECT_END_PATTERN.replace(
    "{with}", r"with(?!\s+(?:the\s+)?(?:third|partner|non-EU|neighbouring|African)\s+countries)|"))
# under a weak frame the topic is required anyway, so the object may run on through 'with'
# ('took stock of the negotiations with the Parliament on the Pact')
_OBJECT_END_WEAK = compiled(_OBJECT_END_PATTERN.replace("{with}", ""))
# after a colon the items run on through where and with whom ('three things: training at the borders, ...')
_OBJECT_END_LIST = compiled(_OBJECT_END_PATTERN.replace(r"{with}at\s+(?:the|its|their|a)|", ""))
# separators between a list's items
_ITEM_SEP = compiled(r"(?i)\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:as\s+well\s+as|including|such\s+as|in\s+particular|"
                       r"notably|especially|and\s+(?:also|notably|in\s+particular)|but\s+also)\s+")
# a comment on the item before, not an item: 'digital skills, particularly in relation to policing'
_QUALIFIER = compiled(r"(?i)^(?:(?:particularly|especially|notably|mainly|mostly|primarily|in\s+particular|above\s+all)\s+"
                        r"(?:in|on|for|with|as|at|by|regarding|concerning|when|where)\b|"
                        r"(?:particularly|mainly|mostly|primarily|above\s+all)\s)")
# 'and' joins two items when what follows opens a noun phrase of its own ('A and the B', 'A and on B')
_AND_ITEM = compiled(r"(?i)\s+(?:and|or)\s+(?=(?:the|a|an|its|their|on|of|to|for|[a-z]+ing)\s)")
_LEAD = compiled(r"(?i)^(?:in\s+particular|including|such\s+as|notably|especially|as\s+well\s+as|how\s+to\s+\w+|"
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
NOT_TOPIC = compiled(
    rf"(?i)^(?:(?:{_COUNT}\s+){{0,2}}(?:{_AGENDA_NOUN}|priorities|measures?|matters?|questions?|others?|results?|"
    rf"outcomes?|achievements?|steps?|conclusions|proposals?|reports?|discussions?|meetings?|decisions?|statements?|things|"
    rf"future|past|present|situation|developments?|state\s+of\s+play|way\s+forward|next\s+steps)"
    rf"|and|or|more|them|it|this|that|these|those|ways?|the\s+like|to\s.*|(?:how|what|whether|why|where|when)\b.*"
    # a place in a list told before: 'the first of these', 'the latter', 'the last two'
    rf"|(?:the\s+)?(?:first|second|third|fourth|last|latter|former)(?:\s+(?:one|two|three))?(?:\s+of\s+(?:these|them|those|the\s+\w+))?"
    # what a list's lead-in says of its items: 'the priorities are simple: A, B'
    rf"|simple|clear|clear-cut|straightforward|threefold|twofold|fourfold|as\s+follows|following"
    rf"|(?:based|aimed|designed|expected|planned|agreed|linked|related)\s.*|\w+(?:ed|en|wn)(?:\s+(?:up|out))?\s+by\b.*"
    rf"|(?:\w+\s+)?(?:theme|topic|focus|priority|objective|goal|aim|purpose)s?\s+of\b.*)$")
MAX_WORDS = 12


def dates_only(words: list[str]) -> bool:
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


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,*-–•“”\"‘’'":
        start += 1
    while end > start and text[end - 1] in " \t\n,*“”\"‘’'":
        end -= 1
    while True:
        m = _LEAD.match(text[start:end])
        if not m or m.end() >= end - start:
            return start, end
        start += m.end()


def split_items(text: str, start: int, end: int, strength: int) -> list[Item]:
    """Split an object ('A, B and C', 'A, including B', 'A and the B') into its items."""
    # 'A, including B': B is a part of A, and the two one topic
    cuts = [(m.start(), m.end()) for m in _ITEM_SEP.finditer(text, start, end)
            if not (re.match(r"(?i)including\s", text[m.end():end])
                    # (but 'work on other areas, including A, B and C' lists the areas)
                    and not re.search(r"(?i)\b(?:areas?|issues?|topics?|fields?|matters?|things|questions?|subjects?|"
                                      r"themes?|aspects?|elements?)\s*$", text[start:m.start()]))]
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
    out, pos, after_comma = [], start, False
    for a, b in sorted(cuts) + [(end, end)]:
        s, e = trim(text, pos, a)
        # after an aside, the rest of the item before it is no item: 'preparing the agencies, above all
        # the police, for the arrival of the new systems'
        rest = after_comma and re.match(r"(?i)(?:for|to|from|into|by)\s+(?:the|its|their)\s", text[pos:a])
        if e > s and not _QUALIFIER.match(text[s:e]) and not rest:
            out.append(Item(s, e, strength))
        pos, after_comma = max(pos, b), text[a:b].strip() == ","
    return out


def object_end(text: str, start: int, limit: int, strength: int = 3, listed: bool = False) -> int:
    m = (_OBJECT_END_LIST if listed else _OBJECT_END if strength > 1 else _OBJECT_END_WEAK).search(text, start, limit)
    if m and (re.match(r"\swho\s", text[m.start():m.start() + 5])
              or strength > 2 and re.match(r"(?i)\sthat\s+(?!(?:the|a|an|this|these|those|it|its|they|their|we|our|he|she|his|her|there|"
                          r"is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\b)[a-z]+\s",
                          text[m.start():limit])):
        # a short clause that says which people or, in a statement, which things: 'returning individuals
        # who lack grounds for asylum', 'the agencies that use the systems'
        rest = re.match(r"[^.;:!?,()]*", text[m.end():limit]).group(0)
        if len(rest.split()) <= 6 and not re.search(r"(?i)\b(?:is|are|was|were|will|would|has|have|had)\b", rest):
            return object_end(text, m.end() + len(rest), limit, strength, listed) if m.end() + len(rest) < limit else limit
    return m.start() if m else limit


COMMENT = compiled(r"(?i),\s+(?:including|such\s+as|in\s+particular|notably|especially|in\s+close|in\s+cooperation|"
                      r"on\s+the\s+basis|by\s|through|from|to\s|for\s)")
HEDGE = compiled(r"(?i)\b(?:may|might)\s+(?:also\s+)?be\s+(?:discussed|addressed|raised|covered|considered)\b")
HEDGE_WORDS = ("may", "might")
INTENT = compiled(r"(?i)\b(?:will|would|shall|intends?\s+to|plans?\s+to|wants?\s+to|aims?\s+to|is\s+to|are\s+to)"
                     r"\s+(?:\w+\s+)?\S*$")
BULLET = compiled(r"^\s*(?:[-*•–]|\d+[.)])\s+")
# a heading with no colon over a list: 'Priorities of the Presidency in home affairs'
PRIO_HEADING = compiled(rf"(?i)^\s*(?:(?:the|our|its|main|key|\w+['’]s)\s+)*{_PRIO}\b[^.:;!?]{{0,80}}$")
LEAD_CUE = compiled(rf"(?i)\b(?:{_PRIO}|focus\w*|concentrat\w*|agenda|programme|work\s+plan|{_AGENDA_NOUN}|"
                       r"work\s+on|lead\s+on|dedicated|devoted|discuss\w*|agreed\s+on)\b")


def fold_space(text: str) -> str:
    return " ".join(text.split())

