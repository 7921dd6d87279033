"""The kinds of fact jhakg reads, one module each, found through one registry.

A kind's module holds what the kind is: its typed record (what the extractors produce),
the values its mapping to RDF needs (``bindings``, for the template
``mappings/<kind>.ttl``), how ``jhakg extract`` describes it (``describe``), and, for the
kinds of the exchange format, the query that reads it back (``queries/facts/<type>.rq``),
how its rows become facts and the key a scorer matches it on (``EXCHANGE``). A new kind is
one new module here, one template and (for the exchange format) one query.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    council_presidency,
    legal_act,
    meeting,
    mention,
    network_presidency,
    person_role,
    priority,
    published,
    report,
    system_operated_by,
)
from .base import ExchangeType, Fact, PartialDate, Record, Span

KINDS: dict[str, ModuleType] = {m.NAME: m for m in (
    published, mention, network_presidency, council_presidency, meeting, person_role, priority,
    system_operated_by, report, legal_act)}

# the exchange format's fact types, in the order the spec lists them
EXCHANGE: dict[str, ExchangeType] = {x.name: x for x in sorted(
    (x for m in KINDS.values() for x in m.EXCHANGE),
    key=lambda x: ("published", "network_presidency", "council_presidency", "meeting", "system_operated_by",
                   "mentions_agency", "mentions_system", "person_role", "priority").index(x.name))}
FACT_TYPES = tuple(EXCHANGE)



def describe(fact: Fact, text: str, gazetteer) -> dict:
    """A fact as `jhakg extract` shows it: its kind, a sentence of what it says, its quote."""
    span = fact.evidence[0]
    return {"part": fact.part, "type": fact.kind, "value": KINDS[fact.kind].describe(fact.record, gazetteer),
            "evidence": " ".join(text[span.start:span.end].split()),
            "start": span.start, "end": span.end, "rule": fact.rule, "confidence": fact.confidence}


__all__ = ["EXCHANGE", "FACT_TYPES", "KINDS", "ExchangeType", "Fact", "PartialDate", "Record", "Span", "describe"]
