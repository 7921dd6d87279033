"""The dumps: byte-identical rebuilds, atomic writes, every format holding the same
graphs, VoID counts that agree, and a configurable base."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, VOID

from jhakg.pipeline import build
from jhakg.publish import dumps

from .conftest import DEFAULT_GRAPH, SEEDS, _union, run_cli

EXPECTED = {"jhakg.ttl", "jhakg.trig", "jhakg.jsonld", "jhakg.context.jsonld", "ontology.ttl", "shapes.ttl",
            "void.ttl", "build-report.json"}


def test_all_dumps_are_written(dist):
    assert {p.name for p in dist.iterdir()} == EXPECTED


def test_rebuilds_are_byte_identical_across_processes(tmp_path):
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"dist-{seed}"
        result = run_cli("build", str(SEEDS), "--out", str(out), "--no-cache", env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outs.append(out)
    for name in EXPECTED:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_the_graphs(seed_build):
    names = set(seed_build.graphs)
    ids = sorted(seed_build.documents)
    assert len(ids) == len(list(SEEDS.glob("*.txt")))
    fixed = {DEFAULT_GRAPH + n for n in ("ontology", "reference", "reference/inferred", "links", "statistics")}
    assert fixed <= names
    assert names - fixed == \
        {DEFAULT_GRAPH + f"document/{i}{suffix}" for i in ids for suffix in ("", "/inferred")}


def test_turtle_is_reference_plus_extracted(dist, seed_build):
    ttl = Graph().parse(dist / "jhakg.ttl")
    assert isomorphic(ttl, seed_build.asserted())


def test_trig_and_nquads_hold_the_same_graphs(dist, seed_build, tmp_path):
    ds = Dataset()
    ds.parse(dist / "jhakg.trig", format="trig")  # read by rdflib, not by the reader the tests use
    trig = {str(g.identifier): g for g in ds.graphs() if len(g)}
    assert set(trig) == set(seed_build.graphs)
    for name, graph in seed_build.graphs.items():
        assert isomorphic(trig[name], graph), name
    assert isomorphic(Graph().parse(dist / "ontology.ttl"), seed_build.ontology)
    build(SEEDS, tmp_path / "dist", dumps=("nq",))
    assert {p.name for p in (tmp_path / "dist").iterdir()} == {"jhakg.trig", "jhakg.nq", "ontology.ttl", "shapes.ttl",
                                                             "void.ttl", "build-report.json"}
    nq = Dataset()
    nq.parse(tmp_path / "dist" / "jhakg.nq", format="nquads")
    assert {str(g.identifier) for g in nq.graphs() if len(g)} == set(trig)
    for name, graph in trig.items():
        assert isomorphic(nq.graph(name), graph), name


def test_jsonld_round_trips_with_its_context(dist, seed_build):
    doc = json.loads((dist / "jhakg.jsonld").read_text())
    assert doc["@context"] == "jhakg.context.jsonld"
    context = json.loads((dist / "jhakg.context.jsonld").read_text())
    doc["@context"] = context["@context"]
    ds = Dataset()
    ds.parse(data=json.dumps(doc), format="json-ld")
    assert isomorphic(_union(ds.graphs()), Graph().parse(dist / "jhakg.ttl"))
    # the reference data and each document in a named graph, as in the N-Quads
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {
        n for n in seed_build.graphs if not n.endswith(("/inferred", "/ontology", "/statistics"))}


def test_void_counts_agree_with_the_dumps(dist, seed_build):
    void = Graph().parse(dist / "void.ttl")
    dataset = next(void.subjects(VOID.uriSpace, None))
    assert int(void.value(dataset, VOID.triples)) == sum(len(g) for g in seed_build.graphs.values())
    subsets = {str(s): int(void.value(s, VOID.triples)) for s in void.objects(dataset, VOID.subset)
               if (s, RDF.type, VOID.Linkset) not in void}
    assert {n: v for n, v in subsets.items() if v} == {n: len(g) for n, g in seed_build.graphs.items()}
    assert {str(d).rsplit("/", 1)[1] for d in void.objects(dataset, VOID.dataDump)} == {
        "jhakg.trig", "jhakg.ttl", "jhakg.jsonld"}
    asserted = _union([seed_build.ontology, seed_build.asserted()])  # the graphs VoID describes, less entailments
    partitions = {void.value(p, VOID["class"]): int(void.value(p, VOID.entities))
                  for p in void.objects(dataset, VOID.classPartition)}
    assert partitions == {c: len(set(asserted.subjects(RDF.type, c))) for c in set(asserted.objects(None, RDF.type))}
    assert int(void.value(dataset, VOID.entities)) == len(set(asserted.subjects(RDF.type, None)))


def test_void_and_dcat_say_where_to_query_and_download_and_which_links_there_are(dist, seed_build, tmp_path,
                                                                                  monkeypatch):
    from rdflib import Namespace

    dcat, dct, foaf = (Namespace("http://www.w3.org/ns/dcat#"), Namespace("http://purl.org/dc/terms/"),
                       Namespace("http://xmlns.com/foaf/0.1/"))
    void = Graph().parse(dist / "void.ttl")
    dataset = next(void.subjects(VOID.uriSpace, None))
    assert str(void.value(dataset, VOID.sparqlEndpoint)) == "https://w3id.org/jhakg/sparql"
    assert void.value(void.value(dataset, dct.publisher), foaf.name) is not None
    assert void.value(dataset, dct.license) is not None and void.value(dataset, dct.modified) is None
    for dump in void.objects(dataset, dcat.distribution):
        assert void.value(dump, dcat.downloadURL) == dump and void.value(dump, dcat.mediaType) is not None
        assert void.value(dump, dct.license) is not None
    links = seed_build.graph("links")
    linksets = list(void.subjects(RDF.type, VOID.Linkset))
    assert len(linksets) >= 4
    for linkset in linksets:
        predicate, target = void.value(linkset, VOID.linkPredicate), str(void.value(linkset, VOID.objectsTarget))
        assert void.value(linkset, VOID.subjectsTarget) == dataset
        namespace = {"https://www.wikidata.org/": "http://www.wikidata.org/entity/",
                     "https://www.geonames.org/": "https://sws.geonames.org/"}.get(
            target, target.replace("/dataset/", "/authority/") + "/")
        assert int(void.value(linkset, VOID.triples)) == len(
            [o for o in links.objects(None, predicate) if str(o).startswith(namespace)]), linkset
    out = tmp_path / "dated"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # reproducible builds: the date given, never the clock
    build(SEEDS, out, reasoner="none")
    dated = Graph().parse(out / "void.ttl")
    assert str(dated.value(next(dated.subjects(VOID.uriSpace, None)), dct.modified)) == "2026-01-01"


def test_failed_write_leaves_the_previous_dist(tmp_path, monkeypatch):
    out = tmp_path / "dist"
    build(SEEDS, out, cache=tmp_path / "cache")
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_bytes", broken)
    with pytest.raises(OSError):
        build(SEEDS, out, cache=tmp_path / "cache")
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p.name for p in tmp_path.iterdir() if ".tmp" in p.name]  # no temporary folder left behind


def test_base_is_configurable(tmp_path):
    """The data moves under the base; the vocabulary keeps its IRIs, so the canned queries
    give the same rows as on a default build, with the data's IRIs moved."""
    from jhakg.query.canned import LocalRunner, bind, load_queries
    from jhakg.query.local_store import open_store

    out = tmp_path / "dist"
    build(SEEDS, out, base="https://example.org/kg/", reasoner="rules")
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https://w3id\.org/jhakg/(?!ontology|shapes)", text), path.name
        assert "https://example.org/kg/ontology" not in text and "https://example.org/kg/shapes" not in text
    assert "https://example.org/kg/id/agency/europol" in (out / "jhakg.trig").read_text(encoding="utf-8")
    assert "<https://w3id.org/jhakg/ontology#>" in (out / "jhakg.trig").read_text(encoding="utf-8")
    default = tmp_path / "default"
    build(SEEDS, default, reasoner="rules")
    queries = load_queries()
    for name in ("chairs-by-year", "council-presidencies", "meetings", "systems"):
        moved, kept = (LocalRunner(open_store(d)).run(queries[name], bind(queries[name], {}, LocalRunner(
            open_store(d)).resolve)).rows for d in (out, default))
        assert moved, name
        assert [{k: v and v.replace("https://example.org/kg/", "https://w3id.org/jhakg/") for k, v in r.items()}
                for r in moved] == kept, name
    with pytest.raises(Exception, match="must end with '/'"):
        dumps.write_dist(tmp_path / "other", [], iter(()), {}, "1", "https://example.org/kg")


def test_the_turtle_dumps_write_the_common_vocabularies_as_prefixed_names(dist):
    """rdf:, rdfs:, owl:, skos:, dct: and the project's own namespaces are declared, and no
    IRI in them is written in full in the statements."""
    from jhakg.publish.formats import prefixes

    known = prefixes()
    assert {"rdf", "rdfs", "owl", "skos", "dct", "jha", "agency"} <= set(known)
    for name in ("jhakg.ttl", "ontology.ttl"):
        head, _, body = (dist / name).read_text(encoding="utf-8").partition("\n\n")
        for prefix in ("rdf", "rdfs", "owl", "skos", "jha"):
            assert f"@prefix {prefix}: <{known[prefix]}> ." in head, (name, prefix)
            assert f"<{known[prefix]}" not in body, (name, prefix)
