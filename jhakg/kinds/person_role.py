"""A person and a post they hold, as the document words it, with its organisation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import ntriples as t
from ..namespaces import DEFAULT, slugify
from .base import ExchangeType, Record, Row, fold
from .meeting import person_iri

NAME = "person_role"
TEMPLATE = "person_role"


@dataclass
class PersonRole(Record):
    KIND = "person_role"
    person: str  # the full name as written
    role: str  # IRI of the reference role
    role_text: str  # the post as written: 'Estonian Minister of the Interior'
    organisation: str | None  # IRI
    attested: dt.date | None  # the date the document says it (or its listing item's)


def mandate_iri(record: PersonRole) -> str:
    slug = "-".join(x for x in (slugify(record.person), record.role.rsplit("/", 1)[-1],
                                record.organisation.rstrip("/").rsplit("/", 1)[-1] if record.organisation else None) if x)
    return DEFAULT.node("mandate", slug)


def bindings(fact, m) -> dict:
    r: PersonRole = fact.record
    mandate = t.iri(mandate_iri(r))
    return {"person": t.iri(person_iri(r.person)), "name": t.literal(r.person), "mandate": mandate,
            "role": t.iri(r.role), "organisation": t.iri(r.organisation) if r.organisation else None,
            "role_text": t.literal(r.role_text), "label": t.literal(f"{r.person}, {r.role_text}"),
            "attested": t.date(r.attested) if r.attested else None,
            "source": m.source(fact.part), "_body": mandate, "_motivation": "describing"}


def describe(record: PersonRole, gaz) -> str:
    org = f" ({gaz.label(record.organisation)})" if record.organisation else ""
    return f"{record.person}: {record.role_text}{org}"


def _rank(fact: dict) -> tuple[bool, bool, int]:
    return not fact["role"].lower().startswith("former "), bool(fact["organisation"]), len(fact["role"])


def _from_rows(rows: list[Row]) -> list[tuple[str, dict]]:
    """One post per person and document: a post held on the day before a former one, then the
    fullest wording, with its organisation."""
    people: dict[tuple[str, str], dict] = {}
    order = []
    for row in rows:
        key = (row["file"], row["person"])
        fact = {"type": "person_role", "person": row["person"], "role": row["role"],
                "organisation": row["organisation"], "evidence": row.get("evidence")}
        if key not in people:
            people[key] = fact
            order.append(key)
        elif _rank(fact) > _rank(people[key]):
            people[key].update(fact)
    return [(key[0], people[key]) for key in order]


EXCHANGE = [ExchangeType("person_role", "person_role", _from_rows, lambda f: (fold(f.get("person")),),
                         ("person", "role", "organisation"))]
