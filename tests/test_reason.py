"""OWL 2 RL reasoning: the default engine gives owlrl's entailments, each graph's in a
graph of its own beside it, clean and consistent."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF

from jhakg.namespaces import JHA, ORG, SCHEMA
from jhakg.pipeline import build
from jhakg.publish.formats import read_graphs
from jhakg.reason.owlrl_reference import consistency_problems
from jhakg.validate.entailments import check_entailments

from .conftest import ROOT, SEEDS, run_cli

ID = "https://w3id.org/jhakg/id/"


def test_an_inconsistent_graph_is_reported(seed_build):
    from jhakg.pipeline import Setup

    ontology = Setup().ontology_lines
    clash = [f"<{ID}meeting/x> <{RDF.type}> <{JHA.Meeting}> .", f"<{ID}meeting/x> <{RDF.type}> <{JHA.Person}> ."]
    problems = consistency_problems(ontology, clash)
    assert problems and any("meeting/x" in p for p in problems)
    assert consistency_problems(ontology, clash[:1]) == []


def test_inferred_graphs_have_the_useful_entailments(seed_build):
    inferred, asserted = seed_build.inferred, seed_build.asserted()
    europol = URIRef(ID + "agency/europol")
    # class hierarchy: an agency is an org:Organization (an entailment of the reference data)
    assert (europol, RDF.type, ORG.Organization) in seed_build.graph("reference/inferred")
    # inverse property: the holder holdsPresidency its network presidency
    presidency = next(asserted.subjects(RDF.type, JHA.NetworkPresidency))
    holder = asserted.value(presidency, JHA.heldBy)
    assert (holder, JHA.holdsPresidency, presidency) in inferred
    # super-property: a meeting's place is its schema:location
    meeting, place = next(asserted.subject_objects(JHA.meetingPlace))
    assert (meeting, SCHEMA.location, place) in inferred


def test_inferred_graphs_are_clean_and_say_each_thing_once(seed_build):
    asserted = seed_build.asserted()
    reference_inferred = set(seed_build.graph("reference/inferred"))
    for name, graph in seed_build.graphs.items():
        if not name.endswith("/inferred"):
            continue
        for s, p, o in graph:
            assert not isinstance(s, (BNode, Literal)) and not isinstance(o, BNode)
            assert not (p == OWL.sameAs and s == o)
            assert (s, p, o) not in asserted
            if not name.endswith("reference/inferred"):
                assert (s, p, o) not in reference_inferred  # said once, for the reference data


@pytest.mark.parametrize("folder", [SEEDS, ROOT / "tests" / "corpus"], ids=["seeds", "corpus"])
def test_the_default_engine_gives_owlrls_entailments(folder, tmp_path):
    """The rules compiled from the ontology against owlrl itself: every graph's entailments
    the same, line for line (``jhakg reason`` does this check on any build)."""
    rules = build(folder, tmp_path / "rules", strict=False)
    owlrl = build(folder, tmp_path / "owlrl", strict=False, reasoner="owlrl")
    for name in ("jhakg.trig", "jhakg.ttl", "jhakg.jsonld"):
        assert (tmp_path / "rules" / name).read_bytes() == (tmp_path / "owlrl" / name).read_bytes()
    assert sum(d.inferred for d in rules.documents) > 0
    report = check_entailments(read_graphs(tmp_path / "rules" / "jhakg.trig"))
    assert report.problems == [] and report.graphs == len(rules.documents) + 1
    assert report.inferred == report.stored > sum(d.inferred for d in owlrl.documents)  # + the reference's


def test_cli_reason_finds_a_tampered_build(dist, tmp_path):
    assert run_cli("reason", "--dist", str(dist)).returncode == 0
    copy = tmp_path / "dist"
    copy.mkdir()
    quads = list(ox.parse(path=str(dist / "jhakg.trig"), format=ox.RdfFormat.TRIG))
    dropped = next(i for i, q in enumerate(quads) if q.graph_name.value.endswith("/inferred"))
    ox.serialize(quads[:dropped] + quads[dropped + 1:], str(copy / "jhakg.trig"), ox.RdfFormat.TRIG)
    result = run_cli("reason", "--dist", str(copy))
    assert result.returncode == 1
    assert "1 entailments missing" in result.stderr and "NOT the same" in result.stdout
    (copy / "jhakg.trig").write_text("<a> <b> .\n", encoding="utf-8")  # not TriG
    result = run_cli("reason", "--dist", str(copy))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"jhakg: error: {copy / 'jhakg.trig'}: cannot be read as")


def test_no_reasoner_no_entailments(tmp_path):
    result = build(SEEDS, tmp_path / "dist", reasoner="none")
    assert all(d.inferred == 0 for d in result.documents)
    assert "/inferred>" not in Path(tmp_path / "dist" / "jhakg.trig").read_text()


def test_the_rules_follow_chains_of_tables():
    """A triple's entailments through every table and through each other: a superproperty
    whose inverse has a range whose class has a superclass, a domain's superclasses, and no
    inverse or range of a triple whose object is a literal."""
    from jhakg.reason.rules import TYPE, Rules, infer_lines

    rules = Rules(superclasses={"<C>": ("<D>",), "<D>": ("<E>",), "<R>": ("<S>",)},
                  superproperties={"<p>": ("<q>",)}, inverses={"<q>": ("<inv>",)},
                  domains={"<q>": ("<C>",)}, ranges={"<inv>": ("<R>",)})
    lines = ["<a> <p> <b> .", '<a> <p> "text" .', "<b> <other> <c> ."]
    assert infer_lines(rules, lines) == sorted([
        "<a> <q> <b> .", f"<a> {TYPE} <C> .", f"<a> {TYPE} <D> .", f"<a> {TYPE} <E> .",
        "<b> <inv> <a> .", f"<a> {TYPE} <R> .", f"<a> {TYPE} <S> .",  # the inverse's range types its object: <a>
        '<a> <q> "text" .',
    ])
    # a typing brings its class's superclasses; what is given is not given again
    assert infer_lines(rules, [f"<x> {TYPE} <C> .", f"<x> {TYPE} <D> ."]) == [f"<x> {TYPE} <E> ."]
    assert rules.infer([("<x>", TYPE, "<D>")]) == {("<x>", TYPE, "<D>"), ("<x>", TYPE, "<E>")}
    assert rules.infer([("<a>", "<p>", '"text"')]) == {("<a>", "<p>", '"text"'), ("<a>", "<q>", '"text"'),
                                                       ("<a>", TYPE, "<C>"), ("<a>", TYPE, "<D>"), ("<a>", TYPE, "<E>")}
