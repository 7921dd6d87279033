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


class Materialiser:
    """A fast forward chainer for the part of OWL 2 RL this ontology uses: the class and
    property hierarchies (cax-sco, prp-spo1), domains and ranges (prp-dom, prp-rng),
    inverses (prp-inv1/2) and equivalences. It compiles the ontology once into lookup
    tables and then handles each graph in one pass over its triples, so it grows linearly
    with the archive. owlrl stays the reference: the tests check both give the same
    inferred graph on the seeds."""

    def __init__(self, ontology: Graph):
        closed = Graph()
        for t in ontology:
            closed.add(t)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                               datatype_axioms=False).expand(closed)  # schema closure, once
        self.superclasses: dict = {}
        self.superproperties: dict = {}
        self.inverse: dict = {}
        self.domains: dict = {}
        self.ranges: dict = {}
        for c, sup in closed.subject_objects(RDFS.subClassOf):
            if isinstance(c, BNode) or isinstance(sup, BNode) or c == sup:
                continue
            self.superclasses.setdefault(c, set()).add(sup)
        for p, sup in closed.subject_objects(RDFS.subPropertyOf):
            if not isinstance(sup, BNode) and p != sup:
                self.superproperties.setdefault(p, set()).add(sup)
        for p, q in closed.subject_objects(OWL.inverseOf):
            self.inverse.setdefault(p, set()).add(q)
            self.inverse.setdefault(q, set()).add(p)
        for p, c in closed.subject_objects(RDFS.domain):
            if not isinstance(c, BNode):
                self.domains.setdefault(p, set()).add(c)
        for p, c in closed.subject_objects(RDFS.range):
            if not isinstance(c, BNode):
                self.ranges.setdefault(p, set()).add(c)

    def infer(self, data: Graph) -> Graph:
        out = Graph()
        pending = list(data)
        seen = set(pending)
        while pending:
            s, p, o = pending.pop()
            new = []
            if p == RDF.type:
                new += [(s, RDF.type, c) for c in self.superclasses.get(o, ())]
            else:
                for q in self.superproperties.get(p, ()):
                    new.append((s, q, o))
                if not isinstance(o, Literal):
                    for q in self.inverse.get(p, ()):
                        new.append((o, q, s))
                for c in self.domains.get(p, ()):
                    new.append((s, RDF.type, c))
                if not isinstance(o, Literal):
                    for c in self.ranges.get(p, ()):
                        new.append((o, RDF.type, c))
            for t in new:
                if t not in seen:
                    seen.add(t)
                    pending.append(t)
                    out.add(t)
        return out


def fast_reason(ontology: Graph, reference: Graph, documents: Iterable[Graph]) -> Graph:
    """The same entailments as ``reason`` (for this ontology), computed by ``Materialiser``."""
    engine = Materialiser(ontology)
    asserted_ref = set(reference) | set(ontology)
    inferred = Graph()
    for graph in [reference, *documents]:
        for t in engine.infer(graph):
            if t not in graph and t not in asserted_ref and _useful(t):
                inferred.add(t)
    return inferred


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

