"""The facts view (``../shared/spec/facts.md``): the graph's facts in the exchange format,
read back from the built RDF with SPARQL (``queries/facts/*.rq``), never from memory."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from ..reference.files import queries_dir

FACT_TYPES = ("published", "network_presidency", "council_presidency", "meeting", "system_operated_by",
              "mentions_agency", "mentions_system", "person_role", "priority")


def _rows(store: ox.Store, name: str) -> list[dict[str, str | None]]:
    text = (queries_dir() / "facts" / f"{name}.rq").read_text(encoding="utf-8")
    solutions = store.query(text, use_default_graph_as_union=True)
    columns = [v.value for v in solutions.variables]
    return [{c: (s[c].value if s[c] is not None else None) for c in columns} for s in solutions]


def facts_from_store(store: ox.Store, evidence: bool = False) -> list[dict]:
    """All documents' facts; with ``evidence`` each fact also carries the quoted text."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    docs = [r["file"] for r in store.query(
        "SELECT DISTINCT ?file WHERE { GRAPH ?g { ?d <https://w3id.org/jhakg/ontology#fileName> ?file } }")]
    for file in docs:
        by_doc[file.value]  # every document appears, even without facts
    for row in _rows(store, "published"):
        by_doc[row["file"]].append({"type": "published", "date": row["date"], "evidence": row["evidence"]})
    for row in _rows(store, "network_presidency"):
        by_doc[row["file"]].append({"type": "network_presidency", "agency": row["agency"], "year": int(row["year"]),
                                    "evidence": row["evidence"]})
    for row in _rows(store, "council_presidency"):
        by_doc[row["file"]].append({"type": "council_presidency", "member_state": row["member_state"],
                                    "start": row["start"], "end": row["end"], "evidence": row["evidence"]})
    meetings: dict[tuple, dict] = {}
    for row in _rows(store, "meeting"):
        key = (row["file"], row["start"], row["place"])
        if key in meetings:
            continue
        meetings[key] = {"type": "meeting", "start": row["start"], "end": row["end"] or row["start"],
                         "place": row["place"], "kind": row["kind"], "chair_or_host": row["chair_or_host"],
                         "evidence": row["evidence"]}
        by_doc[row["file"]].append(meetings[key])
    for row in _rows(store, "system_operated_by"):
        by_doc[row["file"]].append({"type": "system_operated_by", "system": row["system"], "agency": row["agency"],
                                    "evidence": row["evidence"]})
    for row in _rows(store, "mentions_agency"):
        by_doc[row["file"]].append({"type": "mentions_agency", "agency": row["agency"], "evidence": row["evidence"]})
    for row in _rows(store, "mentions_system"):
        by_doc[row["file"]].append({"type": "mentions_system", "system": row["system"], "evidence": row["evidence"]})
    people: dict[tuple[str, str], dict] = {}
    for row in _rows(store, "person_role"):
        key = (row["file"], row["person"])
        fact = {"type": "person_role", "person": row["person"], "role": row["role"],
                "organisation": row["organisation"], "evidence": row["evidence"]}
        if key not in people:
            people[key] = fact
            by_doc[row["file"]].append(fact)
        elif len(row["role"]) > len(people[key]["role"]) or (fact["organisation"] and not people[key]["organisation"]):
            people[key].update(fact)
    for row in _rows(store, "priority"):
        by_doc[row["file"]].append({"type": "priority", "topic": row["topic"], "evidence": row["evidence"]})
    out = []
    for file in sorted(by_doc):
        unique: dict[str, dict] = {}
        for f in by_doc[file]:
            key = json.dumps({k: v for k, v in f.items() if k != "evidence"}, sort_keys=True)
            if key not in unique or (f.get("evidence") and not unique[key].get("evidence")):
                unique[key] = f
        facts = sorted(unique.values(), key=lambda f: (FACT_TYPES.index(f["type"]), json.dumps(f, sort_keys=True)))
        if not evidence:
            facts = [{k: v for k, v in f.items() if k != "evidence"} for f in facts]
        out.append({"document": file, "facts": facts})
    return out


def facts_from_dist(dist: Path, evidence: bool = False) -> list[dict]:
    from .canned import open_store

    return facts_from_store(open_store(dist / "jhakg.trig"), evidence)


def to_json(facts: list[dict]) -> str:
    return json.dumps(facts, indent=1, ensure_ascii=False) + "\n"


def to_csv(facts: list[dict]) -> str:
    fields = ["document", "type", "date", "agency", "year", "member_state", "start", "end", "place", "kind",
              "chair_or_host", "system", "person", "role", "organisation", "topic"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for doc in facts:
        for f in doc["facts"]:
            writer.writerow({"document": doc["document"], **{k: ("" if v is None else v) for k, v in f.items()}})
    return buffer.getvalue()
