"""Main text of a saved web page, extracted with trafilatura: navigation, cookie banners,
headers and footers are not content."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError

MAX_NESTING = 255  # element depth libxml2's HTML parser reads (deeper content is dropped)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def nesting(html: str) -> int:
    """How deeply the page's elements nest (void and self-closed elements nest nothing)."""
    level = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(1):
            level = max(0, level - 1)
        elif not m.group(3) and m.group(2).lower() not in _VOID:
            level += 1
            deepest = max(deepest, level)
    return deepest


def html_main_text(path: Path, html: str) -> str:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True,
                                   deduplicate=False)
    except Exception as exc:  # trafilatura raises parser errors of several kinds
        raise InputError(path, f"is not parseable HTML ({exc})") from exc
    if not text or not text.strip():
        deepest = nesting(html)
        if deepest > MAX_NESTING:
            raise InputError(path, f"nests its elements {deepest:,} deep; an HTML parser reads {MAX_NESTING} levels "
                                   "and no further, so its text cannot be found")
        raise InputError(path, "has no main text (only navigation or markup)")
    # one block a paragraph, as in the plain-text documents
    return "\n\n".join(line for line in text.splitlines() if line.strip())
