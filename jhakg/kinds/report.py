"""A report a document names, by title, with the agencies that wrote it and the meeting it
was launched at."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import ntriples as t
from ..namespaces import DEFAULT, slugify
from .base import Record

NAME = "report"
TEMPLATE = "report"


@dataclass
class Report(Record):
    KIND = "report"
    title: str
    authors: list[str] = field(default_factory=list)  # IRIs of agencies
    launched: Any = None  # the meeting Fact it was launched at


def bindings(fact, m) -> dict:
    r: Report = fact.record
    report = t.iri(DEFAULT.node("report", slugify(r.title, limit=80)))
    launched = m.meeting_of(r.launched) if r.launched is not None else None
    return {"report": report, "title": t.literal(r.title), "authors": [t.iri(a) for a in r.authors],
            "meeting": launched, "source": m.source(fact.part), "_body": report, "_motivation": "describing"}


def describe(record: Report, gaz) -> str:
    by = ", ".join(gaz.notation(a) for a in record.authors) or "author not stated"
    return f"report “{record.title}” by {by}" + (" (launched at a meeting)" if record.launched else "")


EXCHANGE: list = []
