"""Mentions: which agencies, systems, organisations, countries and places a document
(or each part of a listing) names. One fact per entity and part; its evidence is the
first place it is named."""

from __future__ import annotations

from ..kinds import Fact, Span
from ..kinds.mention import Mention
from ..regexes import compiled
from .context import Context

MENTION_KINDS = {"agency", "system", "organisation", "country", "city"}
# a code among language or country codes on a site's bar: 'EST | ENG | FRA' (French, not the rights agency)
_CODE = r"[A-Z]{2,3}"
_CODE_LIST = compiled(rf"[ \t]*(?:(?:{_CODE}[ \t]*[|/][ \t]*)+{_CODE}|{_CODE})?[ \t]*")
_BAR_BEFORE, _BAR_AFTER = compiled(r"[|/][ \t]*$"), compiled(r"[ \t]*[|/]")


def extract_mentions(ctx: Context) -> list[Fact]:
    seen: set[tuple[int, str]] = set()
    facts = []
    for match in ctx.matches:
        if match.kind not in MENTION_KINDS or _among_codes(ctx, match.start, match.end):
            continue
        part = ctx.part_at(match.start)
        for iri in match.entities:
            if (part, iri) in seen:
                continue
            seen.add((part, iri))
            facts.append(Fact(Mention(iri, match.kind),
                              [Span(match.start, match.end)], f"mention.{match.kind}.gazetteer",
                              0.95 if len(match.entities) == 1 else 0.6, part))
    return facts


def _among_codes(ctx: Context, start: int, end: int) -> bool:
    """A name of two or three capitals that stands between other such codes, set apart by bars
    or slashes, on a line of nothing else: a site's language or country bar."""
    text = ctx.text
    if not (2 <= end - start <= 3 and text[start:end].isupper()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    return bool(_BAR_BEFORE.search(before) or _BAR_AFTER.match(after)) and \
        _CODE_LIST.fullmatch(before.rstrip(" \t|/")) is not None and _CODE_LIST.fullmatch(after.lstrip(" \t|/")) is not None
