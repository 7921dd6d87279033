"""SHACL validation compiled to SPARQL and run on a store: the engine ``jhakg validate`` uses.

Each constraint of the shapes becomes one SELECT that returns the focus nodes (and values)
violating it, over the whole graph at once, evaluated by pyoxigraph in Rust; pyshacl, which
validates focus node by focus node in Python (and re-parses a SPARQL constraint for each
one), stays the reference semantics: the tests check both give the same results on every
shape fixture and on built graphs.

Supported is the part of SHACL Core the shapes use, and the build refuses shapes that use
more (a constraint silently skipped would be a verdict silently wrong): targets
``sh:targetClass`` (instances of the class or of a subclass, through ``rdfs:subClassOf`` in
the data and the ontology) and ``sh:targetSubjectsOf``; paths that are a property or its
``sh:inversePath``; ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``, ``sh:class``,
``sh:in``, ``sh:pattern`` (with ``sh:flags``), ``sh:minLength``, ``sh:maxLength``,
``sh:minInclusive``, ``sh:maxInclusive``, ``sh:lessThan``, ``sh:or`` of shapes made of
those value tests, ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount`` /
``sh:qualifiedMaxCount``, and SPARQL-based constraints (``sh:sparql`` with ``sh:select``,
prefixes from ``sh:declare``). Lexical forms are not checked against their datatype, and
the integer types are checked as integers in their range (see ``_has_datatype``).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from ..errors import ConfigError, InputError, UsageError

SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
KNOWN = {SH.path, SH.message, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.pattern, SH.flags,
         SH.minLength, SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.lessThan, SH["or"], SH.qualifiedValueShape,
         SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.severity, SH.name, SH.description, RDF.type}
NODE_KNOWN = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.property, SH.sparql, SH.severity, SH.message,
              URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")}


@dataclass(frozen=True)
class Check:
    """One constraint as a query: each row is a violation (``?this``, and ``?value`` when
    the constraint is about one value)."""

    shape: str
    path: str | None  # as SHACL results write it: the property, or ^property
    message: str
    severity: str
    query: str
    sparql: bool = False  # a SPARQL-based constraint: its value is ?value, else the focus node


@dataclass(frozen=True)
class Result:
    focus: str
    path: str | None
    message: str
    severity: str
    shape: str
    value: str | None


@dataclass
class Shapes:
    checks: list[Check] = field(default_factory=list)
    count: int = 0  # node shapes


def _n3(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return str(ox.Literal(str(term), language=term.language,
                              datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None))
    raise ConfigError("shapes", f"a blank node ({term}) where a term is needed")


def _list(graph: Graph, head) -> list:
    return list(Collection(graph, head))


def _targets(graph: Graph, shape) -> str:
    parts = []
    for cls in sorted(graph.objects(shape, SH.targetClass)):
        parts.append(f"{{ ?this a ?type . ?type {SUBCLASS}* {_n3(cls)} }}")
    for prop in sorted(graph.objects(shape, SH.targetSubjectsOf)):
        parts.append(f"{{ ?this {_n3(prop)} ?any }}")
    if not parts:
        raise ConfigError("shapes", f"{shape} has no target jhakg can read (sh:targetClass, sh:targetSubjectsOf)")
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def _path(graph: Graph, node) -> tuple[str, str]:
    """(SPARQL path, the path as results write it)."""
    if isinstance(node, URIRef):
        return _n3(node), str(node)
    inverse = graph.value(node, SH.inversePath)
    if isinstance(inverse, URIRef) and len(set(graph.predicate_objects(node))) == 1:
        return f"^{_n3(inverse)}", f"^{inverse}"
    raise ConfigError("shapes", "only a property or its sh:inversePath can be a path")


def _value_test(graph: Graph, shape) -> str:
    """A SPARQL expression true when ?value conforms to a shape made of value tests (sh:or)."""
    tests = []
    for p, o in graph.predicate_objects(shape):
        if p == SH.datatype:
            tests.append(_has_datatype(o))
        elif p == SH["class"]:
            tests.append(f"EXISTS {{ ?value a ?c . ?c {SUBCLASS}* {_n3(o)} }}")
        elif p != RDF.type:
            raise ConfigError("shapes", f"sh:or members may use sh:datatype and sh:class only, not {p}")
    return "(" + " && ".join(tests or ["true"]) + ")"


XSD = "http://www.w3.org/2001/XMLSchema#"
# the integer types a store keeps as xsd:integer (it keeps the value, not the type): their range
INTEGER_RANGES = {"nonNegativeInteger": (0, None), "positiveInteger": (1, None), "nonPositiveInteger": (None, 0),
                  "negativeInteger": (None, -1), "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1),
                  "short": (-2**15, 2**15 - 1), "byte": (-128, 127), "unsignedLong": (0, 2**64 - 1),
                  "unsignedInt": (0, 2**32 - 1), "unsignedShort": (0, 2**16 - 1), "unsignedByte": (0, 255)}


def _has_datatype(datatype) -> str:
    """True when ?value is a literal of the datatype. pyoxigraph's store keeps a value of an
    integer type (xsd:nonNegativeInteger…) as an xsd:integer, so those are checked as an
    integer within the type's range (an xsd:integer where a narrower type is required, in
    that range, is the one case this engine accepts and pyshacl does not)."""
    name = str(datatype)[len(XSD):] if str(datatype).startswith(XSD) else None
    if name in INTEGER_RANGES:
        low, high = INTEGER_RANGES[name]
        bounds = "".join(f" && ?value {op} {n}" for op, n in ((">=", low), ("<=", high)) if n is not None)
        return f"(isLiteral(?value) && datatype(?value) IN ({_n3(datatype)}, <{XSD}integer>){bounds})"
    return f"(isLiteral(?value) && datatype(?value) = {_n3(datatype)})"


def _bad_value(graph: Graph, prop, p, o) -> str | None:
    """A FILTER expression true when ?value violates one value constraint."""
    if p == SH.datatype:
        return f"!{_has_datatype(o)}"
    if p == SH["class"]:
        return f"NOT EXISTS {{ ?value a ?c . ?c {SUBCLASS}* {_n3(o)} }}"
    if p == SH["in"]:
        return "!(" + " || ".join(f"sameTerm(?value, {_n3(x)})" for x in _list(graph, o)) + ")"
    if p == SH.pattern:
        flags = graph.value(prop, SH.flags)
        flag = f", {_n3(Literal(str(flags)))}" if flags else ""
        return f"(isBlank(?value) || !REGEX(STR(?value), {_n3(Literal(str(o)))}{flag}))"
    if p == SH.minLength:
        return f"(isBlank(?value) || STRLEN(STR(?value)) < {int(o)})"
    if p == SH.maxLength:
        return f"(isBlank(?value) || STRLEN(STR(?value)) > {int(o)})"
    if p == SH.minInclusive:
        return f"!COALESCE(?value >= {_n3(o)}, false)"
    if p == SH.maxInclusive:
        return f"!COALESCE(?value <= {_n3(o)}, false)"
    if p == SH["or"]:
        return "!(" + " || ".join(_value_test(graph, s) for s in _list(graph, o)) + ")"
    return None


def _property_checks(graph: Graph, shape, prop, targets: str, severity: str) -> list[Check]:
    unknown = set(graph.predicates(prop)) - KNOWN
    if unknown:
        raise ConfigError("shapes", f"{shape}: property constraints jhakg cannot check: {sorted(map(str, unknown))}")
    path, path_text = _path(graph, graph.value(prop, SH.path))
    message = str(graph.value(prop, SH.message) or "constraint violated")
    checks = []

    def add(query: str) -> None:
        checks.append(Check(str(shape), path_text, message, severity, query))

    for p, o in sorted(graph.predicate_objects(prop)):
        if p == SH.minCount and int(o) > 0:
            if int(o) == 1:
                add(f"SELECT ?this WHERE {{ {targets} FILTER NOT EXISTS {{ ?this {path} ?any }} }}")
            else:
                add(f"SELECT ?this WHERE {{ {targets} OPTIONAL {{ ?this {path} ?value }} }} "
                    f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {int(o)})")
        elif p == SH.maxCount and int(o) == 1:  # two values that are not the same term: no counting
            add(f"SELECT DISTINCT ?this WHERE {{ {targets} ?this {path} ?value . ?this {path} ?other "
                f"FILTER (!sameTerm(?value, ?other)) }}")
        elif p == SH.maxCount:
            add(f"SELECT ?this WHERE {{ {targets} ?this {path} ?value }} "
                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {int(o)})")
        elif p == SH.lessThan:
            add(f"SELECT DISTINCT ?this ?value WHERE {{ {targets} ?this {path} ?value . ?this {_n3(o)} ?other "
                f"FILTER (!COALESCE(?value < ?other, false)) }}")
        elif p == SH.qualifiedValueShape:
            test = _value_test(graph, o)
            least, most = graph.value(prop, SH.qualifiedMinCount), graph.value(prop, SH.qualifiedMaxCount)
            having = " || ".join(x for x in (f"COUNT(DISTINCT ?q) < {int(least)}" if least is not None else "",
                                             f"COUNT(DISTINCT ?q) > {int(most)}" if most is not None else "") if x)
            if least is not None and int(least) == 1 and most is None:
                add(f"SELECT ?this WHERE {{ {targets} FILTER NOT EXISTS {{ ?this {path} ?value FILTER {test} }} }}")
            else:
                add(f"SELECT ?this WHERE {{ {targets} OPTIONAL {{ ?this {path} ?value FILTER {test} BIND (?value AS ?q) }} }} "
                    f"GROUP BY ?this HAVING ({having})")
        elif p == SH["class"]:
            # each value's classes looked at once, however many targets share it (a document,
            # an agency), then joined back to the targets that have it
            add(f"SELECT DISTINCT ?this ?value WHERE {{ {{ SELECT DISTINCT ?value WHERE {{ ?any {path} ?value "
                f"FILTER NOT EXISTS {{ ?value a ?c FILTER EXISTS {{ ?c {SUBCLASS}* {_n3(o)} }} }} }} }} "
                f"?this {path} ?value . {targets} }}")
        else:
            bad = _bad_value(graph, prop, p, o)
            if bad is not None:
                add(f"SELECT DISTINCT ?this ?value WHERE {{ {targets} ?this {path} ?value FILTER ({bad}) }}")
    return checks


def _prefixes(graph: Graph, holder) -> str:
    lines = []
    for ontology in graph.objects(holder, SH.prefixes):
        for declaration in graph.objects(ontology, SH.declare):
            lines.append(f"PREFIX {graph.value(declaration, SH.prefix)}: <{graph.value(declaration, SH.namespace)}>")
    return "\n".join(sorted(lines))


def _sparql_check(graph: Graph, shape, constraint, targets: str, severity: str) -> Check:
    select = str(graph.value(constraint, SH.select))
    message = str(graph.value(constraint, SH.message) or "constraint violated")
    body = select.replace("$this", "?this")
    query = f"{_prefixes(graph, constraint)}\nSELECT DISTINCT * WHERE {{ {targets} {{ {body} }} }}"
    return Check(str(shape), None, message, severity, query, sparql=True)


def compile_shapes(graph: Graph) -> Shapes:
    """Every constraint of a shapes graph as a query."""
    out = Shapes()
    for shape in sorted(graph.subjects(RDF.type, SH.NodeShape)):
        unknown = set(graph.predicates(shape)) - NODE_KNOWN
        if unknown:
            raise ConfigError("shapes", f"{shape}: node constraints jhakg cannot check: {sorted(map(str, unknown))}")
        out.count += 1
        severity = str(graph.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        targets = _targets(graph, shape)
        for prop in sorted(graph.objects(shape, SH.property), key=str):
            out.checks += _property_checks(graph, shape, prop, targets, severity)
        for constraint in sorted(graph.objects(shape, SH.sparql), key=str):
            out.checks.append(_sparql_check(graph, shape, constraint, targets, severity))
    return out


_VARIABLE = re.compile(r"\{[?$](\w+)\}")


def _value(term) -> str | None:
    return None if term is None else term.value


def run(store: ox.Store, shapes: Shapes, threads: int = 2) -> list[Result]:
    """Every violation, each check a query on the store's default graph (several at once:
    pyoxigraph evaluates without holding Python's lock)."""

    def one(check: Check) -> list[Result]:
        results = []
        for row in store.query(check.query):
            message = _VARIABLE.sub(lambda m, row=row: str(_value(_get(row, m.group(1))) or ""), check.message)
            value = _get(row, "value") or (row["this"] if check.sparql else None)
            results.append(Result(row["this"].value, check.path, message, check.severity, check.shape,
                                  value.value if isinstance(value, (ox.NamedNode, ox.Literal)) else None))
        return results

    with ThreadPoolExecutor(threads) as pool:
        found = [r for rs in pool.map(one, shapes.checks) for r in rs]
    return sorted(set(found), key=lambda r: (r.focus, r.path or "", r.message, r.value or ""))


def _get(row, name: str):
    try:
        return row[name]
    except (KeyError, IndexError, TypeError):
        return None


EVIDENCE = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <http://schema.org/>
SELECT ?target ?exact ?start ?end WHERE {
  ?target oa:hasSource ?doc ; oa:hasSelector ?q , ?p .
  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?doc schema:text ?text }
  FILTER (!BOUND(?text) || !COALESCE(SUBSTR(?text, ?start + 1, ?end - ?start) = STR(?exact), false))
}"""


def evidence_results(store: ox.Store) -> list[Result]:
    """Every quote that is not the stored text between its offsets (SPARQL's SUBSTR counts
    characters from 1, as the offsets count them from 0)."""
    out = []
    for row in store.query(EVIDENCE):
        out.append(Result(row["target"].value, "http://www.w3.org/ns/oa#exact",
                          f"the quoted text is not at offsets {row['start'].value}-{row['end'].value} of the "
                          "source's stored text", "Violation", "", row["exact"].value[:80]))
    return out


def open_data(files: list[Path]) -> ox.Store:
    """A store holding these Turtle files in its default graph (the build's asserted data
    and the ontology, as one graph: what a document states twice is there once)."""
    store = ox.Store()
    for path in files:
        if not path.exists():
            raise UsageError(path, "does not exist; run 'jhakg build' first")
        try:
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)  # into memory, quicker than bulk_load (25 s against 38 at 10,000 documents)
        except (SyntaxError, OSError) as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(path, f"cannot be read as Turtle ({message})") from exc
    return store
