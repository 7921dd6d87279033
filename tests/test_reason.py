"""OWL 2 RL reasoning: a consistent closure, entailments kept in their own graph."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from jhakg.namespaces import JHA, ORG, SCHEMA
from jhakg.reason import consistency_problems

ID = "https://w3id.org/jhakg/id/"


def test_seed_closure_is_consistent(seed_build):
    assert consistency_problems(seed_build.ontology, seed_build.asserted()) == []


def test_an_inconsistent_graph_is_reported(seed_build):
    clash = Graph()
    clash.add((URIRef(ID + "meeting/x"), RDF.type, JHA.Meeting))
    clash.add((URIRef(ID + "meeting/x"), RDF.type, JHA.Person))
    problems = consistency_problems(seed_build.ontology, clash)
    assert problems and any("meeting/x" in p for p in problems)


def test_inferred_graph_has_the_useful_entailments(seed_build):
    inferred = seed_build.inferred
    europol = URIRef(ID + "agency/europol")
    # class hierarchy: an agency is an org:Organization
    assert (europol, RDF.type, ORG.Organization) in inferred
    # inverse property: the holder holdsPresidency its network presidency
    presidency = next(seed_build.asserted().subjects(RDF.type, JHA.NetworkPresidency))
    holder = seed_build.asserted().value(presidency, JHA.heldBy)
    assert (holder, JHA.holdsPresidency, presidency) in inferred
    # super-property: a meeting's place is its schema:location
    meeting, place = next(seed_build.asserted().subject_objects(JHA.meetingPlace))
    assert (meeting, SCHEMA.location, place) in inferred


def test_inferred_graph_is_clean_and_separate(seed_build):
    asserted = seed_build.asserted()
    for s, p, o in seed_build.inferred:
        assert not isinstance(s, (BNode, Literal)) and not isinstance(o, BNode)
        assert not (p == OWL.sameAs and s == o)
        assert (s, p, o) not in asserted


def test_fast_materialiser_gives_owlrl_entailments(seed_build):
    from jhakg.reason import fast_reason

    fast = fast_reason(seed_build.ontology, seed_build.reference, seed_build.documents.values())
    assert set(fast) == set(seed_build.inferred)
