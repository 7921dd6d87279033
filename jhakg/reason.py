"""OWL 2 RL entailments with owlrl, into a separate ``inferred`` graph.

owlrl is the reference semantics. It is run on the ontology with the reference data and
with each document graph on its own (documents are independent, so the work grows
linearly with the archive instead of with the square of one huge graph); the
entailments that hold for the ontology alone are not repeated. The inferred graph keeps
what a query can use — types from the class hierarchy, super-properties, inverses —
and drops owlrl's bookkeeping (reflexive owl:sameAs, blank nodes, statements about the
RDF/OWL vocabularies themselves).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import owlrl
from rdflib import BNode, Graph, Literal, Namespace
from rdflib.namespace import OWL, RDF, RDFS, XSD

if TYPE_CHECKING:
    from .build import Build

ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
_W3C = (str(RDF), str(RDFS), str(OWL), str(XSD))
_NOISE_OBJECTS = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Literal}


def _closure_of(graphs: Iterable[Graph]) -> tuple[Graph, list[str]]:
    """owlrl's OWL 2 RL closure of the union; returns (new triples, inconsistency messages)."""
    union = Graph()
    for g in graphs:
        for t in g:
            union.add(t)
    before = set(union)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(union)
    new = Graph()
    for t in union:
        if t not in before:
            new.add(t)
    errors = [str(m) for m in new.objects(None, ERR.error)]
    return new, errors


def _useful(triple) -> bool:
    s, p, o = triple
    if isinstance(s, (Literal, BNode)) or isinstance(o, BNode):
        return False
    if p == OWL.sameAs and s == o:
        return False
    if str(s).startswith(_W3C):
        return False
    if p == RDF.type and o in _NOISE_OBJECTS:
        return False
    return not (p in (ERR.error,) or o == ERR.ErrorMessage)


@dataclass
class Reasoned:
    inferred: Graph
    errors: list[str]


def reason(ontology: Graph, reference: Graph, documents: Iterable[Graph]) -> Reasoned:
    base_new, errors = _closure_of([ontology])
    schema_entailed = {t for t in base_new}
    inferred = Graph()
    asserted_ref = set(reference) | set(ontology)
    new, errs = _closure_of([ontology, reference])
    errors += errs
    for t in new:
        if t not in schema_entailed and t not in asserted_ref and _useful(t):
            inferred.add(t)
    for doc in documents:
        new, errs = _closure_of([ontology, doc])
        errors += errs
        for t in new:
            if t not in schema_entailed and t not in doc and t not in asserted_ref and _useful(t):
                inferred.add(t)
    return Reasoned(inferred, sorted(set(errors)))


def infer(build: Build) -> Graph:
    return reason(build.ontology, build.reference, build.documents.values()).inferred


def consistency_problems(ontology: Graph, data: Graph) -> list[str]:
    """Inconsistencies of the closure of ontology + data: owlrl's own messages (e.g.
    disjoint classes sharing a member) and members of owl:Nothing."""
    new, errors = _closure_of([ontology, data])
    closed = new + data
    problems = list(errors)
    problems += [f"{s} is a member of owl:Nothing" for s in closed.subjects(RDF.type, OWL.Nothing)]
    return sorted(set(problems))

