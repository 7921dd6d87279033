"""An agency, system, organisation, country or place a document (or listing item) names."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ntriples as t
from .base import ExchangeType, Record, agency_key, fold, rows_as_facts

NAME = "mention"
TEMPLATE = "mention"


@dataclass
class Mention(Record):
    KIND = "mention"
    entity: str  # IRI
    kind: str  # agency, system, organisation, country, city


def bindings(fact, m) -> dict:
    entity = t.iri(fact.record.entity)
    return {"source": m.source(fact.part), "entity": entity, "_body": entity, "_motivation": "identifying"}


def describe(record: Mention, gaz) -> str:
    return f"{record.kind} {gaz.notation(record.entity)}"


EXCHANGE = [
    ExchangeType("mentions_agency", "mentions_agency", rows_as_facts("mentions_agency", ("agency",)),
                 lambda f: (agency_key(f.get("agency")),), ("agency",)),
    ExchangeType("mentions_system", "mentions_system", rows_as_facts("mentions_system", ("system",)),
                 lambda f: (fold(f.get("system")),), ("system",)),
]
