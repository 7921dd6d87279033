"""A document's publication date, as its page head or dateline states it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import ntriples as t
from .base import ExchangeType, Record, rows_as_facts

NAME = "published"
TEMPLATE = "published"


@dataclass
class Published(Record):
    KIND = "published"
    date: dt.date


def bindings(fact, m) -> dict:
    return {"document": m.document, "date": t.date(fact.record.date),
            "_body": m.document, "_motivation": "describing"}


def describe(record: Published, gaz) -> str:
    return str(record.date)


EXCHANGE = [ExchangeType("published", "published", rows_as_facts("published", ("date",)),
                         lambda f: (f.get("date"),), ("date",))]
