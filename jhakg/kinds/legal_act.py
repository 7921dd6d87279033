"""A legal act a document cites: 'Regulation (EU) 2018/1726', 'Council Decision 2005/681/JHA'."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ntriples as t
from ..namespaces import DEFAULT, slugify
from .base import Record

NAME = "legal_act"
TEMPLATE = "legal_act"


@dataclass
class LegalAct(Record):
    KIND = "legal_act"
    kind: str  # Regulation, Directive, Council Decision ...
    number: str  # 2018/1726


def bindings(fact, m) -> dict:
    r: LegalAct = fact.record
    act = t.iri(DEFAULT.node("legal-act", slugify(f"{r.kind} {r.number}")))
    span = fact.evidence[0]
    return {"act": act, "number": t.literal(r.number), "label": t.literal(m.text[span.start:span.end]),
            "source": m.source(fact.part), "_body": act, "_motivation": "identifying"}


def describe(record: LegalAct, gaz) -> str:
    return f"{record.kind} {record.number}"


EXCHANGE: list = []
