"""A member state's six-month presidency of the Council, as the reference calendar has it or,
for a term the calendar does not hold, as the text states it in full; named by a document
(and the priorities the document says are that presidency's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import ntriples as t
from .base import ExchangeType, Record, fold, rows_as_facts

NAME = "council_presidency"
TEMPLATE = "council_presidency"


@dataclass
class CouncilPresidency(Record):
    KIND = "council_presidency"
    presidency: str  # IRI of the term in the reference calendar
    member_state: str  # IRI
    start: dt.date
    end: dt.date
    priorities: list[str] = field(default_factory=list)  # IRIs of reference priorities
    stated: bool = False  # a term the calendar does not hold, described from the text


def bindings(fact, m) -> dict:
    r = fact.record
    presidency = t.iri(r.presidency)
    values = {"presidency": presidency, "source": m.source(fact.part),
              "priorities": [t.iri(p) for p in r.priorities],
              "_body": presidency, "_motivation": "describing",
              "stated": None, "member_state": None, "council": None, "start": None, "end": None, "label": None}
    if r.stated:
        values |= {"stated": presidency, "member_state": t.iri(r.member_state), "council": t.iri(m.gaz.council),
                   "start": t.date(r.start), "end": t.date(r.end),
                   "label": t.literal(f"{m.gaz.label(r.member_state)} presidency of the Council of the EU, "
                                      f"{r.start.isoformat()} to {r.end.isoformat()}", lang="en")}
    return values


def describe(record: CouncilPresidency, gaz) -> str:
    return f"{gaz.notation(record.member_state)} Council presidency {record.start} – {record.end}"


EXCHANGE = [ExchangeType("council_presidency", "council_presidency",
                         rows_as_facts("council_presidency", ("member_state", "start", "end")),
                         lambda f: (fold(f.get("member_state")), f.get("start")), ("member_state", "start", "end"))]
