"""SHACL shapes, tested from data files: tests/shapes/valid/*.ttl must conform; each
tests/shapes/invalid/*.ttl (the valid graph with triples removed and added) must fail
with exactly the messages it expects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from jhakg.reference.graphs import load_ontology
from jhakg.validate import load_shapes, validate_graph

HERE = Path(__file__).parent / "shapes"
BASE = HERE / "valid" / "minimal.ttl"
PREFIXES = "".join(line + "\n" for line in BASE.read_text().splitlines() if line.startswith("@prefix"))


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


NAMESPACES = dict(re.findall(r"@prefix (\w*): <([^>]+)>", PREFIXES))


def _expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(NAMESPACES[prefix] + local)


def broken_graph(path: Path) -> tuple[Graph, list[str]]:
    text = path.read_text()
    graph = Graph().parse(BASE)
    expects = re.findall(r"^# expect: (.+)$", text, re.M)
    for subject, predicate in re.findall(r"^# remove: (\S+) (\S+)$", text, re.M):
        s, p = _expand(subject), _expand(predicate)
        assert (s, p, None) in graph, f"{path.name}: nothing to remove for {subject} {predicate}"
        graph.remove((s, p, None))
    graph.parse(data=PREFIXES + text, format="turtle")
    return graph, expects


def _rows(report) -> set[tuple]:
    return {(v.focus, v.path, v.message, v.value, v.sources) for v in report.violations}


@pytest.mark.parametrize("path", sorted((HERE / "valid").glob("*.ttl")), ids=lambda p: p.stem)
def test_valid_graphs_conform(path, ontology, shapes):
    for engine in ("sparql", "pyshacl"):
        report = validate_graph(Graph().parse(path), ontology, shapes, engine)
        assert report.conforms, (engine, [v.message for v in report.violations])


@pytest.mark.parametrize("path", sorted((HERE / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_each_broken_graph_is_caught_with_its_message(path, ontology, shapes):
    graph, expects = broken_graph(path)
    assert expects, f"{path.name} names no '# expect:' message"
    report = validate_graph(graph, ontology, shapes)
    assert not report.conforms
    # the SPARQL engine reports what pyshacl, the reference, reports: the same focus nodes,
    # paths, messages, values and source documents
    assert _rows(report) == _rows(validate_graph(graph, ontology, shapes, "pyshacl"))
    messages = {v.message for v in report.violations}
    for expected in expects:
        assert any(expected in m for m in messages), (expected, messages)
    for message in messages:
        assert any(e in message for e in expects), f"unexpected violation: {message}"


def test_every_shape_is_documented_and_tested(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 15
    for shape in node_shapes:
        assert shapes.value(shape, RDFS.comment), f"{shape} has no rdfs:comment"
    # each shape's messages are exercised by at least one broken fixture
    fixture_text = "\n".join(p.read_text() for p in (HERE / "invalid").glob("*.ttl"))
    for shape in node_shapes:
        messages = {str(m) for m in shapes.objects(None, SH.message)
                    if (shape, None, None) in shapes and _owned(shapes, shape, m)}
        assert any(m.split("{")[0].strip()[:30] in fixture_text for m in messages), f"no broken fixture for {shape}"


def _owned(shapes: Graph, shape, message) -> bool:
    for holder in shapes.subjects(SH.message, message):
        if holder == shape or (shape, SH.property, holder) in shapes or (shape, SH.sparql, holder) in shapes:
            return True
    return False


def test_violation_report_names_the_source_document(ontology, shapes):
    graph, _ = broken_graph(HERE / "invalid" / "meeting-in-two-places.ttl")
    report = validate_graph(graph, ontology, shapes)
    assert [v.sources for v in report.violations] == [("d.txt",)]
    assert report.violations[0].focus.endswith("meeting/m")


def test_both_engines_agree_on_built_archives(tmp_path):
    """On a build of synthetic releases whose documents disagree (years shifted: several
    agencies chair the network in one year), the engines find the same violations."""
    import sys

    from jhakg.pipeline import build
    from jhakg.validate import validate_dist

    sys.path.insert(0, str(HERE.parent.parent / "bench"))
    from archive import make_archive

    make_archive(tmp_path / "docs", 40, seed=3)
    build(tmp_path / "docs", tmp_path / "dist", reasoner="none")
    sparql, reference = validate_dist(tmp_path / "dist"), validate_dist(tmp_path / "dist", "pyshacl")
    assert not sparql.conforms and any("conflicting sources" in v.message for v in sparql.violations)
    assert _rows(sparql) == _rows(reference)
    assert all(v.sources for v in sparql.violations if "conflicting" in v.message)


@pytest.mark.parametrize("constraint, complaint", [
    ("sh:property [ sh:path jha:x ; sh:uniqueLang true ]", "property constraints jhakg cannot check"),
    ("sh:closed true", "node constraints jhakg cannot check"),
    ("sh:property [ sh:path ( jha:x jha:y ) ]", "only a property or its sh:inversePath"),
])
def test_shapes_the_engine_cannot_check_are_refused(constraint, complaint):
    from jhakg.errors import ConfigError
    from jhakg.validate.shacl import compile_shapes

    shapes = Graph().parse(data=PREFIXES + "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                           f"jha:S a sh:NodeShape ; sh:targetClass jha:Meeting ; {constraint} .", format="turtle")
    with pytest.raises(ConfigError, match=complaint):
        compile_shapes(shapes)
