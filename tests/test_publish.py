"""The dumps: byte-identical rebuilds, atomic writes, JSON-LD and TriG that load back,
VoID counts that agree, and a configurable base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import VOID

from jhakg import publish as publish_module
from jhakg.build import INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

from .conftest import SEEDS, run_cli

EXPECTED = {"jhakg.ttl", "jhakg.trig", "jhakg.jsonld", "jhakg.context.jsonld", "ontology.ttl", "shapes.ttl", "void.ttl",
            "build-report.json"}


def test_all_dumps_are_written(dist):
    assert {p.name for p in dist.iterdir()} == EXPECTED


def test_rebuilds_are_byte_identical_across_processes(tmp_path):
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"dist-{seed}"
        result = run_cli("build", str(SEEDS), "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outs.append(out)
    for name in EXPECTED:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_turtle_is_reference_plus_extracted(dist, seed_build):
    ttl = Graph().parse(dist / "jhakg.ttl")
    assert isomorphic(ttl, seed_build.asserted())


def test_trig_holds_the_named_graphs(dist, seed_build):
    ds = Dataset()
    ds.parse(dist / "jhakg.trig", format="trig")
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert {ONTOLOGY_GRAPH, REFERENCE_GRAPH, INFERRED_GRAPH} <= names
    doc_graphs = {n for n in names if "/graph/document/" in str(n)}
    assert len(doc_graphs) == len(list(SEEDS.glob("*.txt")))
    for name, graph in seed_build.named_graphs():
        if name == ONTOLOGY_GRAPH:
            continue  # the ontology has blank nodes (owl:AllDisjointClasses): compared below
        assert isomorphic(ds.graph(name), graph), name
    assert isomorphic(ds.graph(ONTOLOGY_GRAPH), seed_build.ontology)


def test_jsonld_round_trips_with_its_context(dist):
    doc = json.loads((dist / "jhakg.jsonld").read_text())
    assert doc["@context"] == "jhakg.context.jsonld"
    context = json.loads((dist / "jhakg.context.jsonld").read_text())
    doc["@context"] = context["@context"]
    graph = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert isomorphic(graph, Graph().parse(dist / "jhakg.ttl"))


def test_void_counts_agree_with_the_dumps(dist):
    void = Graph().parse(dist / "void.ttl")
    ttl = Graph().parse(dist / "jhakg.ttl")
    dataset = next(void.subjects(VOID.uriSpace, None))
    assert int(void.value(dataset, VOID.triples)) == len(ttl)
    ds = Dataset()
    ds.parse(dist / "jhakg.trig", format="trig")
    for subset in void.objects(dataset, VOID.subset):
        assert int(void.value(subset, VOID.triples)) == len(ds.graph(subset)), subset
    assert len(set(void.objects(dataset, VOID.dataDump))) == 3


def test_failed_write_leaves_the_previous_dist(seed_build, tmp_path, monkeypatch):
    out = tmp_path / "dist"
    publish_module.publish(seed_build, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_bytes", broken)
    with pytest.raises(OSError):
        publish_module.publish(seed_build, out)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]  # no temporary folder left behind


def test_base_is_configurable(seed_build):
    files = publish_module.render(seed_build, "https://example.org/kg/")
    for name, data in files.items():
        text = data.decode("utf-8")
        assert "https://w3id.org/jhakg/" not in text, name
    assert "https://example.org/kg/id/agency/europol" in files["jhakg.ttl"].decode()
