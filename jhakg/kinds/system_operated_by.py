"""Which agency a document says runs an information system."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ntriples as t
from .base import ExchangeType, Record, agency_key, fold, rows_as_facts

NAME = "system_operated_by"
TEMPLATE = "system_operated_by"


@dataclass
class SystemOperator(Record):
    KIND = "system_operated_by"
    system: str  # IRI
    agency: str  # IRI


def bindings(fact, m) -> dict:
    system = t.iri(fact.record.system)
    return {"system": system, "agency": t.iri(fact.record.agency), "_body": system, "_motivation": "describing"}


def describe(record: SystemOperator, gaz) -> str:
    return f"{gaz.notation(record.system)} operated by {gaz.notation(record.agency)}"


EXCHANGE = [ExchangeType("system_operated_by", "system_operated_by",
                         rows_as_facts("system_operated_by", ("system", "agency")),
                         lambda f: (fold(f.get("system")), agency_key(f.get("agency"))), ("system", "agency"))]
