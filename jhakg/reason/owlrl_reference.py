"""OWL 2 RL with owlrl: the reference semantics, and the check of a build's consistency.

owlrl runs on the ontology with one graph at a time (the reference data, or one document:
documents are independent, so the work grows with the archive, not with its square).
What it adds beyond the graph, the ontology, the asserted reference data and what the
ontology alone entails is the graph's entailments, less owlrl's bookkeeping (the same
filter as the rules engine's: reflexive owl:sameAs, blank nodes, statements about the
RDF/OWL vocabularies). ``jhakg build --reasoner owlrl`` uses it; the tests check the
default engine (``rules``) gives the same lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import owlrl
import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF

from .rules import split, useful

ERROR = "<http://www.daml.org/2002/03/agents/agent-ont#error>"
NOTHING = f"<{OWL.Nothing}>"
TYPE = f"<{RDF.type}>"


def _graph(lines: Iterable[str]) -> Graph:
    graph = Graph()
    graph.parse(data="\n".join(lines) + "\n", format="nt")
    return graph


def _lines(graph: Graph) -> set[str]:
    """A graph's triples as canonical N-Triples lines (as pyoxigraph writes them); owlrl's
    triples about literals (not RDF) are left out."""
    data = _rdf(graph).serialize(format="nt", encoding="utf-8")
    return {f"{t} ." for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}


def _rdf(graph: Graph) -> Graph:
    out = Graph()
    for t in graph:
        if not isinstance(t[0], Literal):
            out.add(t)
    return out


def closure(ontology_lines: Iterable[str], lines: Iterable[str]) -> set[str]:
    """Every line of owlrl's OWL 2 RL closure of the ontology and these lines."""
    graph = _graph([*ontology_lines, *lines])
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    return _lines(graph)


@lru_cache(maxsize=4)
def _schema_closure(ontology_lines: tuple[str, ...]) -> frozenset[str]:
    return frozenset(closure(ontology_lines, ()))


def infer_lines_owlrl(ontology_lines: list[str], lines: list[str], asserted: frozenset[str] = frozenset(),
                      closed: set[str] | None = None) -> list[str]:
    """The entailments of a graph's lines, by owlrl, that are not in the graph, in
    ``asserted`` or in what the ontology alone entails; sorted. ``closed`` is the closure
    when it is already computed."""
    ontology = tuple(ontology_lines)
    skip = _schema_closure(ontology) | asserted | set(lines)
    closed = closure(ontology, lines) if closed is None else closed
    return sorted(x for x in closed - skip if useful(split(x)))


def problems_in(closed: Iterable[str]) -> list[str]:
    """The inconsistencies a closure holds: owlrl's own messages (e.g. disjoint classes
    sharing a member) and members of owl:Nothing."""
    problems = set()
    for line in closed:
        s, p, o = split(line)
        if p == ERROR or (p == TYPE and o == NOTHING):
            t = next(iter(ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES)))
            problems.add(t.object.value if p == ERROR else f"{t.subject.value} is a member of owl:Nothing")
    return sorted(problems)


def consistency_problems(ontology_lines: list[str], lines: list[str]) -> list[str]:
    """The inconsistencies of the closure of the ontology and these lines."""
    return problems_in(closure(ontology_lines, lines))
