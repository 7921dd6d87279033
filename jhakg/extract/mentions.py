"""Mentions: which agencies, systems, organisations, countries and places a document
(or each part of a listing) names. One fact per entity and part; its evidence is the
first place it is named."""

from __future__ import annotations

from ..kinds import Fact, Span
from ..kinds.mention import Mention
from .context import Context

MENTION_KINDS = {"agency", "system", "organisation", "country", "city"}


def extract_mentions(ctx: Context) -> list[Fact]:
    seen: set[tuple[int, str]] = set()
    facts = []
    for match in ctx.matches:
        if match.kind not in MENTION_KINDS:
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
