"""The OWL 2 RL rules the ontology needs, as a forward chainer over N-Triples lines.

The ontology's schema closure is computed once with owlrl (the reference engine), then
read into tables: superclasses (cax-sco, with equivalences), superproperties (prp-spo1),
inverses (prp-inv1/2), domains (prp-dom) and ranges (prp-rng). A document's triples then
go through the tables in one pass, so the work grows linearly with the archive. What
is kept is what a query can use; owlrl's bookkeeping (reflexive owl:sameAs, statements
about the RDF and OWL vocabularies, types everything has) is left out, as the reference
path leaves it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = f"<{RDF}type>"
SAME_AS = f"<{OWL}sameAs>"
W3C = tuple(f"<{ns}" for ns in (RDF, RDFS, OWL, XSD))
SUBJECT, OBJECT = "?s", "?o"  # a triple's two ends, in the patterns of what it entails
NOISE = {f"<{OWL}Thing>", f"<{RDFS}Resource>", f"<{OWL}NamedIndividual>", f"<{RDFS}Literal>"}


@dataclass
class Rules:
    """The ontology compiled into lookup tables over N-Triples terms ('<IRI>')."""

    superclasses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    superproperties: dict[str, tuple[str, ...]] = field(default_factory=dict)
    inverses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    domains: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ranges: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # see _consequences

    @classmethod
    def from_ontology(cls, ontology) -> Rules:
        """From the ontology (an rdflib Graph), closed once with owlrl."""
        import owlrl
        from rdflib import BNode, Graph
        from rdflib.namespace import OWL as O
        from rdflib.namespace import RDFS as S

        closed = Graph()
        for t in ontology:
            closed.add(t)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(closed)
        tables: dict[str, dict[str, set[str]]] = {k: {} for k in ("sc", "sp", "inv", "dom", "rng")}

        def put(table: str, key, value) -> None:
            if isinstance(key, BNode) or isinstance(value, BNode) or key == value:
                return
            tables[table].setdefault(key.n3(), set()).add(value.n3())

        for c, sup in closed.subject_objects(S.subClassOf):
            put("sc", c, sup)
        for p, sup in closed.subject_objects(S.subPropertyOf):
            put("sp", p, sup)
        for p, q in closed.subject_objects(O.inverseOf):
            put("inv", p, q)
            put("inv", q, p)
        for p, c in closed.subject_objects(S.domain):
            put("dom", p, c)
        for p, c in closed.subject_objects(S.range):
            put("rng", p, c)

        def frozen(table: str) -> dict[str, tuple[str, ...]]:
            return {k: tuple(sorted(v)) for k, v in tables[table].items()}

        return cls(frozen("sc"), frozen("sp"), frozen("inv"), frozen("dom"), frozen("rng"))

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in ("superclasses", "superproperties", "inverses", "domains", "ranges")}

    @classmethod
    def from_json(cls, data: dict) -> Rules:
        return cls(**{k: {key: tuple(v) for key, v in table.items()} for k, table in data.items()})

    def infer(self, triples: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Every triple the rules derive from these (the given ones included)."""
        out: set[tuple[str, str, str]] = set()
        for s, p, o in triples:
            out.add((s, p, o))
            out.update(self.entailed(s, p, o))
        return out

    def entailed(self, s: str, p: str, o: str) -> list[tuple[str, str, str]]:
        """What the rules derive from one triple. Each rule has one premise, so the closure
        of a graph is the union of each triple's own closure, and a triple's closure is
        fixed by its predicate and whether its object is a literal: worked out once for
        each such pair (``_consequences``), it is then only filled in with the triple's
        subject and object (most predicates entail nothing: an empty list at once)."""
        out: list[tuple[str, str, str]] = []
        patterns = self._consequences(p, o.startswith('"'))
        if patterns:
            terms = {SUBJECT: s, OBJECT: o}
            for x, q, y in patterns:
                if q == TYPE and y is OBJECT:  # a class the triple names: its superclasses
                    out += [(terms[x], TYPE, c) for c in self._classes(o)]
                else:
                    out.append((terms[x], q, terms.get(y, y)))
        return out

    def _classes(self, c: str) -> tuple[str, ...]:
        """The class and every superclass of it, through the chain of them."""
        found = self._memo.get(c)
        if found is None:
            seen, pending = {c}, [c]
            while pending:
                for sup in self.superclasses.get(pending.pop(), ()):
                    if sup not in seen:
                        seen.add(sup)
                        pending.append(sup)
            found = self._memo[c] = tuple(sorted(seen))
        return found

    def _consequences(self, p: str, literal: bool) -> tuple[tuple[str, str, str], ...]:
        """What the rules derive from any triple (SUBJECT p OBJECT): the same rules applied
        to the triple's pattern, until nothing new comes."""
        key = (p, literal)
        found = self._memo.get(key)
        if found is None:
            seen = {(SUBJECT, p, OBJECT)}
            pending = list(seen)
            while pending:
                x, q, y = pending.pop()
                if q == TYPE:
                    new = [] if y is OBJECT else [(x, TYPE, c) for c in self._classes(y)]
                else:
                    new = [(x, sup, y) for sup in self.superproperties.get(q, ())]
                    new += [(x, TYPE, c) for c in self.domains.get(q, ())]
                    if not (literal and y is OBJECT):
                        new += [(y, inv, x) for inv in self.inverses.get(q, ())]
                        new += [(y, TYPE, c) for c in self.ranges.get(q, ())]
                for t in new:
                    if t not in seen:
                        seen.add(t)
                        pending.append(t)
            seen.discard((SUBJECT, p, OBJECT))  # the triple itself
            if p == TYPE:
                seen.add((SUBJECT, TYPE, OBJECT))  # the class's superclasses
            found = self._memo[key] = tuple(sorted(seen))
        return found


def split(line: str) -> tuple[str, str, str]:
    """An N-Triples line as (subject, predicate, object): IRIs hold no spaces once written."""
    s, p, rest = line.split(" ", 2)
    return s, p, rest[:-2]


def useful(triple: tuple[str, str, str]) -> bool:
    s, p, o = triple
    if s[0] != "<" or o.startswith("_:") or s.startswith(W3C):
        return False
    if p == SAME_AS and s == o:
        return False
    return not (p == TYPE and o in NOISE)


def infer_lines(rules: Rules, lines: Iterable[str], asserted: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The entailments of a graph's N-Triples lines that are not already asserted in it or
    in ``asserted`` (the ontology and reference data), sorted."""
    lines = list(lines)
    given = set(lines)
    out = set()
    quiet: set[tuple[str, bool]] = set()  # the predicates that entail nothing, for a quick pass over them
    for line in lines:
        s, p, rest = line.split(" ", 2)
        literal = rest[0] == '"'
        if (p, literal) in quiet:
            continue
        o = rest[:-2]
        found = rules.entailed(s, p, o)
        if not found:
            quiet.add((p, literal))
        for t in found:
            entailed = f"{t[0]} {t[1]} {t[2]} ."
            if entailed not in given and entailed not in asserted and useful(t):
                out.add(entailed)
    return sorted(out)
