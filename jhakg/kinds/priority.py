"""A topic a document puts forward (a priority, a focus, an agenda item), in its own words,
with the reference priorities the wording names."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ntriples as t
from ..namespaces import DEFAULT, slugify
from .base import ExchangeType, Record, fold, rows_as_facts

NAME = "priority"
TEMPLATE = "priority"
TOPIC_SCHEME = DEFAULT.node("scheme", "document-topics")


@dataclass
class Priority(Record):
    KIND = "priority"
    topic: str  # as written
    concepts: list[str] = field(default_factory=list)  # IRIs of the reference priorities it names


def bindings(fact, m) -> dict:
    """A topic node per wording (its IRI from the lowercased words, so documents that word a
    topic alike share it), mapped to the reference priorities it names; the document states both."""
    wording = " ".join(fact.record.topic.split())
    topic = t.iri(DEFAULT.node("topic", slugify(wording)))
    return {"topic": topic, "wording": t.literal(wording, lang="en"), "scheme": t.iri(TOPIC_SCHEME),
            "concepts": [t.iri(c) for c in fact.record.concepts], "source": m.source(fact.part),
            "_body": topic, "_motivation": "identifying"}


def describe(record: Priority, gaz) -> str:
    names = "; ".join(gaz.label(c) for c in record.concepts)
    return f"{record.topic} ({names})" if names else record.topic


EXCHANGE = [ExchangeType("priority", "priority", rows_as_facts("priority", ("topic",)),
                         lambda f: (fold(f.get("topic")),), ("topic",))]
