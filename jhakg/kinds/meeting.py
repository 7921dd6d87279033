"""A meeting: when, where, of what kind, chaired or hosted by whom, who took part, on what."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ntriples as t
from ..namespaces import DEFAULT, slugify
from .base import ExchangeType, PartialDate, Record, Row, fold

NAME = "meeting"
TEMPLATE = "meeting"


@dataclass
class Meeting(Record):
    KIND = "meeting"
    start: PartialDate
    end: PartialDate
    place: str | None  # IRI of a city
    kind: str  # in the text's words: 'Informal meeting of justice and home affairs ministers'
    chair: str | None = None  # IRI, or a person's name
    chair_kind: str | None = None  # agency / country / person / organisation
    host: str | None = None
    host_kind: str | None = None
    participants: list[str] = field(default_factory=list)  # IRIs, or 'person:NAME'
    topics: list[str] = field(default_factory=list)  # IRIs of reference priorities and systems
    held_under: list[str] = field(default_factory=list)  # IRIs of Council presidency terms


def person_iri(name: str) -> str:
    return DEFAULT.node("person", slugify(name))


def node(record: Meeting, doc_id: str) -> str:
    place = record.place
    key = record.start.iso() + ("-" + place.rstrip("/").rsplit("/", 1)[-1] if place else f"-{doc_id}")
    return DEFAULT.node("meeting", key)


def _actor(value: str, kind: str | None) -> str:
    return t.iri(person_iri(value) if kind == "person" else value)


def _named_person(slot: str, name: str | None) -> dict:
    """The person who chaired or hosted a meeting, named as written (mappings/meeting.ttl)."""
    return {f"{slot}_person": t.iri(person_iri(name)) if name else None, f"{slot}_name": t.literal(name) if name else None}


def bindings(fact, m) -> dict | None:
    r: Meeting = fact.record
    if r.start.precision is None:
        return None
    meeting = t.iri(node(r, m.doc_id))
    where = m.gaz.label(r.place) if r.place else None
    when = r.start.iso() if r.end == r.start else f"{r.start.iso()}/{r.end.iso()}"
    return {
        "meeting": meeting, "kind": t.literal(r.kind),
        "label": t.literal(f"{r.kind} ({', '.join(x for x in (where, when) if x)})", lang="en"),
        "start": t.partial_date(r.start.iso(), r.start.precision),
        "end": t.partial_date(r.end.iso(), r.end.precision) if r.end.precision else None,
        "precision": t.literal(r.start.precision),
        "place": t.iri(r.place) if r.place else None,
        "chair": _actor(r.chair, r.chair_kind) if r.chair else None,
        "host": _actor(r.host, r.host_kind) if r.host else None,
        **_named_person("chair", r.chair if r.chair_kind == "person" else None),
        **_named_person("host", r.host if r.host_kind == "person" else None),
        "participants": [t.iri(person_iri(x[7:]) if x.startswith("person:") else x) for x in r.participants],
        "topics": [t.iri(x) for x in r.topics],
        "held_under": [t.iri(x) for x in r.held_under],
        "source": m.source(fact.part), "_body": meeting, "_motivation": "describing",
    }


def describe(record: Meeting, gaz) -> str:
    when = record.start.iso() if record.end == record.start else f"{record.start.iso()} – {record.end.iso()}"
    who = [f"{slot} {getattr(record, slot) if getattr(record, slot + '_kind') == 'person' else gaz.notation(getattr(record, slot))}"
           for slot in ("chair", "host") if getattr(record, slot)]
    return "; ".join([record.kind, when, gaz.label(record.place) if record.place else "place not stated", *who])


def _from_rows(rows: list[Row]) -> list[tuple[str, dict]]:
    """One meeting per document, day and place (a meeting several rules read is one)."""
    seen: set[tuple] = set()
    out = []
    for row in rows:
        key = (row["file"], row["start"], row["place"])
        if key in seen:
            continue
        seen.add(key)
        out.append((row["file"], {"type": "meeting", "start": row["start"], "end": row["end"] or row["start"],
                                  "place": row["place"], "kind": row["kind"], "chair_or_host": row["chair_or_host"],
                                  "evidence": row.get("evidence")}))
    return out


EXCHANGE = [ExchangeType("meeting", "meeting", _from_rows,
                         lambda f: (f.get("start"), fold(f.get("place")) if f.get("place") else None),
                         ("start", "end", "place", "kind", "chair_or_host"))]
