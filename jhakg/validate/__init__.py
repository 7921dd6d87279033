"""Validate: the SHACL shapes, every quote against the stored text at its offsets, and a
build's entailments against owlrl's.

``validate_store`` is what ``jhakg validate`` runs: the shapes compiled to SPARQL
(``shacl``) on a store of the build's asserted data and the ontology, one graph (what several
documents state is there once, as in the Turtle dump). ``pyshacl_reference`` runs pyshacl,
the reference semantics (``--engine pyshacl``); the tests check both give the same
violations. ``entailments`` checks a build's inferred graphs against owlrl.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import shacl
from .report import Report, Violation, load_shapes

ENGINES = ("sparql", "pyshacl")
__all__ = ["ENGINES", "Report", "Violation", "load_shapes", "validate_dist", "validate_graph", "validate_store"]

SOURCES = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/> PREFIX jha: <https://w3id.org/jhakg/ontology#>
SELECT DISTINCT ?focus ?name WHERE {
  {
    VALUES ?focus { %(values)s }
    ?focus prov:wasDerivedFrom|oa:hasSource|oa:hasTarget/oa:hasSource|^oa:hasSelector/oa:hasSource ?doc .
    OPTIONAL { ?doc dct:isPartOf ?parent }
    BIND (COALESCE(?parent, ?doc) AS ?top)
    OPTIONAL { ?top jha:fileName ?file }
    BIND (COALESCE(?file, STR(?doc)) AS ?name)
  } UNION {
    VALUES ?focus { %(values)s }
    ?focus jha:fileName ?name
  }
}"""


def _sources(store: ox.Store, foci: list[str]) -> dict[str, tuple[str, ...]]:
    """The file names of the documents each focus node comes from: what it was derived
    from, the source of the target it is (or that it has, or that selects with it), or
    the document it is; the reference data has none."""
    found: dict[str, set[str]] = {}
    for i in range(0, len(foci), 500):
        values = " ".join(f"<{f}>" for f in foci[i:i + 500] if not f.startswith("_:"))
        if values:
            for row in store.query(SOURCES % {"values": values}):
                found.setdefault(row["focus"].value, set()).add(row["name"].value)
    return {f: tuple(sorted(found.get(f, ()))) for f in foci}


def validate_store(store: ox.Store, shapes: Graph | None = None, threads: int = 2) -> Report:
    """Validate the data in a store's default graph (and the ontology with it)."""
    shapes = shapes if shapes is not None else load_shapes()
    compiled = shacl.compile_shapes(shapes)
    with ThreadPoolExecutor(1) as aside:  # the quotes checked while the shapes are (pyoxigraph frees the GIL)
        quotes = aside.submit(shacl.evidence_results, store)
        results = shacl.run(store, compiled, threads) + quotes.result()
    sources = _sources(store, sorted({r.focus for r in results}))
    violations = [Violation(r.focus, r.path, r.message, r.severity, r.shape or None, r.value, sources[r.focus])
                  for r in results]
    violations.sort(key=lambda v: (v.sources, v.focus, v.path or "", v.message, v.value or ""))
    return Report(not violations, violations, compiled.count)


def validate_graph(data: Graph, ontology: Graph, shapes: Graph | None = None, engine: str = "sparql") -> Report:
    """Validate an rdflib graph (small data: tests, one document)."""
    if engine == "pyshacl":
        from .pyshacl_reference import validate

        return validate(data, ontology, shapes)
    store = ox.Store()
    for graph in (data, ontology):
        store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return validate_store(store, shapes)


def validate_dist(dist: Path, engine: str = "sparql", shapes_path: Path | None = None) -> Report:
    """Validate a build: its asserted data (``jhakg.ttl``) with its ontology, against its
    shapes (``shapes.ttl``, or ``shapes_path``)."""
    files = [dist / "jhakg.ttl", dist / "ontology.ttl"]
    shapes = load_shapes(shapes_path or dist / "shapes.ttl")
    if engine == "pyshacl":
        from .pyshacl_reference import validate_files

        return validate_files(files[:1], files[1], shapes_path or dist / "shapes.ttl")
    return validate_store(shacl.open_data(files), shapes)
