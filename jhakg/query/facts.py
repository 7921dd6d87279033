"""The facts view (``../shared/spec/facts.md``): the graph's facts in the exchange format,
read back from the built RDF with SPARQL (``queries/facts/*.rq``), never from memory."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from ..kinds import EXCHANGE, FACT_TYPES
from ..reference.files import queries_dir


def _rows(store: ox.Store, name: str) -> list[dict[str, str | None]]:
    text = (queries_dir() / "facts" / f"{name}.rq").read_text(encoding="utf-8")
    solutions = store.query(text)
    columns = [v.value for v in solutions.variables]
    return [{c: (s[c].value if s[c] is not None else None) for c in columns} for s in solutions]


def facts_from_store(store: ox.Store, evidence: bool = False) -> list[dict]:
    """All documents' facts; with ``evidence`` each fact also carries the quoted text."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    docs = [r["file"] for r in store.query(
        "SELECT DISTINCT ?file WHERE { GRAPH ?g { ?d <https://w3id.org/jhakg/ontology#fileName> ?file } }")]
    for file in docs:
        by_doc[file.value]  # every document appears, even without facts
    for kind in EXCHANGE.values():
        for file, fact in kind.from_rows(_rows(store, kind.query)):
            by_doc[file].append(fact)
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
    from .local_store import open_store

    return facts_from_store(open_store(dist), evidence)


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
