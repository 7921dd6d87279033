"""Plain-language descriptions of extracted facts, for `jhakg extract`."""

from __future__ import annotations

from .documents import Document
from .extract import Fact
from .reference.gazetteer import Gazetteer


def _name(gaz: Gazetteer, iri: str | None) -> str:
    return gaz.notation(iri) if iri else "-"


def fact_value(f: Fact, gaz: Gazetteer) -> str:
    d = f.data
    if f.kind == "published":
        return str(d["date"])
    if f.kind == "mention":
        return f"{d['kind']} {_name(gaz, d['entity'])}"
    if f.kind == "network_presidency":
        return f"{_name(gaz, d['agency'])} chairs the network in {d['year']}"
    if f.kind == "council_presidency":
        return f"{_name(gaz, d['member_state'])} Council presidency {d['start']} – {d['end']}"
    if f.kind == "meeting":
        when = d["start"].iso() if d["end"] == d["start"] else f"{d['start'].iso()} – {d['end'].iso()}"
        who = [f"{slot} {d[slot] if d[slot + '_kind'] == 'person' else _name(gaz, d[slot])}"
               for slot in ("chair", "host") if d[slot]]
        return "; ".join([f"{d['kind']}", when, gaz.label(d["place"]) if d["place"] else "place not stated", *who])
    if f.kind == "person_role":
        org = f" ({gaz.label(d['organisation'])})" if d["organisation"] else ""
        return f"{d['person']}: {d['role_text']}{org}"
    if f.kind == "priority":
        names = "; ".join(gaz.label(c) for c in d["concepts"])
        return f"{d['topic']} ({names})" if names else d["topic"]
    if f.kind == "report":
        by = ", ".join(_name(gaz, a) for a in d["authors"]) or "author not stated"
        return f"report “{d['title']}” by {by}" + (" (launched at a meeting)" if d["launched"] else "")
    if f.kind == "legal_act":
        return f"{d['kind']} {d['number']}"
    if f.kind == "system_operated_by":
        return f"{_name(gaz, d['system'])} operated by {_name(gaz, d['agency'])}"
    return str(d)


def describe_fact(f: Fact, doc: Document, gaz: Gazetteer) -> dict:
    span = f.evidence[0]
    return {"part": f.part, "type": f.kind, "value": fact_value(f, gaz),
            "evidence": " ".join(doc.text[span.start:span.end].split()),
            "start": span.start, "end": span.end, "rule": f.rule, "confidence": f.confidence}
