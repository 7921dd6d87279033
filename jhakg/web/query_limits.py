"""Limits a SPARQL query is held to before any parser sees it: its length, and how deeply
its groups ``{ }``, parentheses and brackets nest. pyoxigraph's parser recurses once per
level and overflows its stack (the process dies with a segmentation fault) at a few
thousand levels; no query a person writes comes near ``MAX_DEPTH``."""

from __future__ import annotations

import re

MAX_CHARS = 100_000
MAX_DEPTH = 64
OPEN, CLOSE = "{([", "})]"
# what may contain brackets without nesting anything: strings (long forms first), IRIs, comments
_SKIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


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
