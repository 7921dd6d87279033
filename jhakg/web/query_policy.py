"""What the endpoint lets a SPARQL query be and do, checked before any parser sees it.

``problem``: its length, and how deeply its groups ``{ }``, parentheses and brackets nest.
pyoxigraph's parser recurses once per level and overflows its stack (the process dies
with a segmentation fault) at a few thousand levels; no query a person writes comes near
``MAX_DEPTH``.

``refusal``: the read-only policy, on the query's words outside its strings, IRIs and
comments (so a variable ``?service`` or a label "delete me" is no keyword): no update
keyword, no SERVICE (pyoxigraph would call the IRI), and FROM / FROM NAMED only of the
dataset's own graphs, written as full IRIs."""

from __future__ import annotations

import re

MAX_CHARS = 100_000
MAX_DEPTH = 64
OPEN, CLOSE = "{([", "})]"
# what may contain brackets or words without their meaning: strings (long forms first),
# IRIs, comments; matched as whole tokens from left to right (a '#' in an IRI starts no comment)
_STRING = (r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
           r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRI = r'<[^<>"{}|^`\\\s]*>'
_COMMENT = r"#[^\n]*"
_NAME = r"[?$]\w+|[\w.-]*:[\w.:%\\-]*"  # variables, prefixed names and blank node labels
_SKIP = re.compile(f"{_STRING}|{_IRI}|{_COMMENT}")
_TOKENS = re.compile(f"{_STRING}|{_IRI}|{_COMMENT}|{_NAME}")

def depth(text: str) -> int:
    """The deepest nesting of brackets, outside strings, IRIs and comments."""
    deepest = level = 0
    for chunk in _SKIP.split(text):
        for ch in chunk:
            if ch in OPEN:
                level += 1
                deepest = max(deepest, level)
            elif ch in CLOSE:
                level = max(0, level - 1)
    return deepest


def problem(text: str) -> tuple[int, str] | None:
    """(HTTP status, reason) when the query is over a limit; None when it may be parsed."""
    if len(text) > MAX_CHARS:
        return 413, f"the query is {len(text):,} characters long; the limit is {MAX_CHARS:,}"
    nesting = depth(text)
    if nesting > MAX_DEPTH:
        return 400, f"the query nests {nesting} levels of brackets deep; the limit is {MAX_DEPTH}"
    return None


_KEYWORD = re.compile(r"(?i)\b(SERVICE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")
_FROM = re.compile(r"(?i)\bFROM(?:\s+NAMED)?\s+(<[^<>\s]*>|\S+)")


def refusal(text: str, base: str) -> str | None:
    """Why the query is refused, or None."""
    # the query's own words: strings, comments, variables and prefixed names blanked, IRIs kept
    code = _TOKENS.sub(lambda t: t.group(0) if t.group(0).startswith("<") else " ", text)
    keyword = _KEYWORD.search(re.sub(_IRI, " ", code))
    if keyword:
        return f"read-only endpoint: {keyword.group(1).upper()} is refused (no updates, no SERVICE)"
    for m in _FROM.finditer(code):
        graph = m.group(1)
        if not graph.startswith("<"):
            return f"FROM must name one of the dataset's graphs by its full IRI, under <{base}>"
        if not (graph.startswith("<" + base) and graph.endswith(">")):
            return f"FROM names {graph}: only the dataset's own graphs, written as full IRIs under <{base}>"
    return None
