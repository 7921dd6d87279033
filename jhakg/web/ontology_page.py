"""The ontology's documentation (/ontology, and ontology/index.html of ``jhakg site``):
the ontology's metadata (title, version, licence, creator, dates, namespace), a table of
contents, every class and property of its namespace at its own anchor (#Agency, #heldBy)
with its IRI, label and comment and its relations to other terms in both directions
(sub-class of and super-class of, domain and in domain of, ...), the SHACL shapes that
constrain a class's instances, and the namespaces the page's prefixed names are under.
Made from the published ontology.ttl (and shapes.ttl beside it) with rdflib; the template
is templates/ontology.html."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, VANN, Namespace

from ..namespaces import DEFAULT_BASE
from .templating import STYLESHEET, Link, render

SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = Namespace("http://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

# the ontology's metadata, in the order the page lists it
METADATA = [("IRI", None), ("version", OWL.versionInfo), ("version IRI", OWL.versionIRI),
            ("prior version", OWL.priorVersion), ("creator", DCTERMS.creator),
            ("contributor", DCTERMS.contributor), ("publisher", DCTERMS.publisher), ("created", DCTERMS.created),
            ("modified", DCTERMS.modified), ("issued", DCTERMS.issued), ("licence", DCTERMS.license),
            ("rights", DCTERMS.rights), ("imports", OWL.imports), ("preferred prefix", VANN.preferredNamespacePrefix),
            ("namespace", VANN.preferredNamespaceUri), ("see also", RDFS.seeAlso)]

# the page's sections: a term is in the first whose types it has
SECTIONS = [("classes", "Classes", "class", (OWL.Class, RDFS.Class)),
            ("object-properties", "Object properties", "object property", (OWL.ObjectProperty,)),
            ("datatype-properties", "Datatype properties", "datatype property", (OWL.DatatypeProperty,)),
            ("annotation-properties", "Annotation properties", "annotation property", (OWL.AnnotationProperty,)),
            ("other-properties", "Other properties", "property", (RDF.Property,))]

CHARACTERISTICS = {OWL.FunctionalProperty: "functional", OWL.InverseFunctionalProperty: "inverse functional",
                   OWL.TransitiveProperty: "transitive", OWL.SymmetricProperty: "symmetric",
                   OWL.AsymmetricProperty: "asymmetric", OWL.ReflexiveProperty: "reflexive",
                   OWL.IrreflexiveProperty: "irreflexive"}

# a restriction as Manchester syntax writes it
QUANTIFIERS = [(OWL.someValuesFrom, "some"), (OWL.allValuesFrom, "only"), (OWL.hasValue, "value"),
               (OWL.minQualifiedCardinality, "min"), (OWL.maxQualifiedCardinality, "max"),
               (OWL.qualifiedCardinality, "exactly"), (OWL.minCardinality, "min"), (OWL.maxCardinality, "max"),
               (OWL.cardinality, "exactly")]


@dataclass(frozen=True)
class Shape:
    """A SHACL shape that a class's instances are validated against: its name, what its
    comment says it requires, and the super-class it targets (``via``) when it is not the
    class itself (a shape's target class takes in the instances of its sub-classes)."""

    name: str
    comment: str
    via: str | None = None


@dataclass(frozen=True)
class Term:
    """A class or property of the ontology: its name (its anchor), IRI, kind, label and
    comment, its relations to other terms as (relation, terms) rows, and for a class the
    shapes that constrain its instances."""

    name: str
    iri: str
    kind: str
    label: str
    comment: str
    relations: list[tuple[str, list[Link]]]
    shapes: list[Shape]


@dataclass(frozen=True)
class Section:
    """The terms of one kind (classes, object properties, ...), at the anchor ``id``."""

    id: str
    heading: str
    terms: list[Term]


@dataclass(frozen=True)
class Ontology:
    """What the page shows: the title, description and metadata rows of the ontology, its
    sections of terms, and the namespaces (prefix, IRI) of the prefixed names shown."""

    title: str
    description: str
    metadata: list[tuple[str, list[Link]]]
    sections: list[Section]
    namespaces: list[tuple[str, str]]


def _text(g: Graph, node, *predicates) -> str:
    """The English (or untagged) value of the first of ``predicates`` ``node`` has."""
    for p in predicates:
        values = sorted(g.objects(node, p), key=lambda v: (getattr(v, "language", None) not in ("en", None), str(v)))
        if values:
            return str(values[0])
    return ""


class _Names:
    """How the page writes a term: one of the ontology's by its local name, linked to its
    anchor; anyone else's by its prefixed name (the prefixes the file declares), linked to
    its IRI; the prefixes used are kept for the namespaces section."""

    def __init__(self, g: Graph, namespace: str):
        self.g, self.namespace, self.used = g, namespace, set()
        self.prefixes = sorted(((str(ns), prefix) for prefix, ns in g.namespaces() if prefix),
                               key=lambda p: -len(p[0]))

    def local(self, term) -> str:
        return str(term)[len(self.namespace):]

    def ours(self, term) -> bool:
        return isinstance(term, URIRef) and str(term).startswith(self.namespace) and str(term) != self.namespace

    def prefixed(self, iri: str) -> str:
        for ns, prefix in self.prefixes:
            rest = iri[len(ns):]
            if iri.startswith(ns) and rest and not any(c in rest for c in "/#?"):
                self.used.add(prefix)
                return f"{prefix}:{rest}"
        return iri

    def link(self, term) -> Link:
        if self.ours(term):
            return Link(self.local(term), "#" + self.local(term))
        if isinstance(term, URIRef):
            return Link(self.prefixed(str(term)), str(term), external=True)
        if isinstance(term, BNode):
            return Link(self.expression(term))
        return Link(str(term))

    def expression(self, node) -> str:
        """A class expression as Manchester syntax writes it ("jha:seat some jha:City")."""
        g = self.g
        if not isinstance(node, BNode):
            return self.local(node) if self.ours(node) else self.prefixed(str(node)) if isinstance(
                node, URIRef) else str(node)
        if (node, OWL.onProperty, None) in g:
            prop = self.expression(g.value(node, OWL.onProperty))
            for p, word in QUANTIFIERS:
                value = g.value(node, p)
                if value is not None:
                    filler = g.value(node, OWL.onClass) or g.value(node, OWL.onDataRange)
                    rest = f" {self.expression(filler)}" if filler is not None and isinstance(value, Literal) else ""
                    return f"{prop} {word} {self.expression(value)}{rest}"
            return prop
        for p, word in ((OWL.unionOf, " or "), (OWL.intersectionOf, " and ")):
            members = g.value(node, p)
            if members is not None:
                return "(" + word.join(self.expression(m) for m in Collection(g, members)) + ")"
        if (node, OWL.complementOf, None) in g:
            return "not " + self.expression(g.value(node, OWL.complementOf))
        if (node, OWL.oneOf, None) in g:
            return "{" + ", ".join(self.expression(m) for m in Collection(g, g.value(node, OWL.oneOf))) + "}"
        return "an anonymous class"


def _sorted(names: _Names, terms) -> list:
    return sorted(set(terms), key=lambda t: (isinstance(t, BNode), names.link(t).text.lower(), str(t)))


def _shapes(path: Path) -> dict[URIRef, list[Shape]]:
    """The SHACL shapes in ``path`` by the classes they target."""
    by_class: dict[URIRef, list[Shape]] = defaultdict(list)
    if not path.is_file():
        return by_class
    shapes = Graph(bind_namespaces="none").parse(path, format="turtle")
    for shape, cls in shapes.subject_objects(SH.targetClass):
        name = str(shape).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        by_class[cls].append(Shape(name, _text(shapes, shape, RDFS.comment)))
    return {cls: sorted(found, key=lambda s: s.name) for cls, found in by_class.items()}


def _class_shapes(g: Graph, names: _Names, cls, shapes: dict[URIRef, list[Shape]]) -> list[Shape]:
    """The shapes that validate the instances of ``cls``: those that target it, then those
    that target its super-classes (named, at any depth), each once."""
    found, seen = list(shapes.get(cls, [])), {s.name for s in shapes.get(cls, [])}
    for above in _sorted(names, (c for c in g.transitive_objects(cls, RDFS.subClassOf)
                                 if c != cls and isinstance(c, URIRef))):
        for shape in shapes.get(above, []):
            if shape.name not in seen:
                seen.add(shape.name)
                found.append(Shape(shape.name, shape.comment, names.link(above).text))
    return found


def _relations(names: _Names, rows) -> list[tuple[str, list[Link]]]:
    """The rows of ``(label, terms)`` that have terms, each row's terms in order."""
    return [(label, [names.link(t) for t in _sorted(names, found)]) for label, found in rows if found]


def describe(path: Path) -> Ontology:
    """The page's data from the ontology in ``path`` (and the shapes beside it)."""
    g = Graph(bind_namespaces="none").parse(path, format="turtle")
    onto = next(iter(sorted(g.subjects(RDF.type, OWL.Ontology))), None)
    namespace = str(g.value(onto, VANN.preferredNamespaceUri) or f"{onto}#") if onto else DEFAULT_BASE + "ontology#"
    names = _Names(g, namespace)
    shapes = _shapes(path.with_name("shapes.ttl"))

    disjoint: dict = defaultdict(set)
    for a, b in g.subject_objects(OWL.disjointWith):
        disjoint[a].add(b)
        disjoint[b].add(a)
    for group in g.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(g, g.value(group, OWL.members)))
        for m in members:
            disjoint[m].update(x for x in members if x != m)
    inverse: dict = defaultdict(set)
    for a, b in g.subject_objects(OWL.inverseOf):
        inverse[a].add(b)
        inverse[b].add(a)

    def class_rows(t):
        return [("sub-class of", list(g.objects(t, RDFS.subClassOf))),
                ("equivalent to", list(g.objects(t, OWL.equivalentClass))),
                ("super-class of", [s for s in g.subjects(RDFS.subClassOf, t) if names.ours(s)]),
                ("disjoint with", list(disjoint[t])),
                ("in domain of", [p for p in g.subjects(RDFS.domain, t) if names.ours(p)]),
                ("in range of", [p for p in g.subjects(RDFS.range, t) if names.ours(p)])]

    def property_rows(t):
        return [("sub-property of", list(g.objects(t, RDFS.subPropertyOf))),
                ("equivalent to", list(g.objects(t, OWL.equivalentProperty))),
                ("super-property of", [s for s in g.subjects(RDFS.subPropertyOf, t) if names.ours(s)]),
                ("inverse of", list(inverse[t])),
                ("domain", list(g.objects(t, RDFS.domain))), ("range", list(g.objects(t, RDFS.range)))]

    sections, placed = [], set()
    for anchor, heading, kind, types in SECTIONS:
        found = {t for k in types for t in g.subjects(RDF.type, k) if names.ours(t) and t not in placed}
        placed |= found
        terms = []
        for t in sorted(found, key=names.local):
            rows = _relations(names, class_rows(t) if kind == "class" else property_rows(t))
            characteristics = [w for k, w in CHARACTERISTICS.items() if (t, RDF.type, k) in g]
            if characteristics:
                rows.append(("characteristics", [Link(", ".join(characteristics))]))
            terms.append(Term(names.local(t), str(t), kind, _text(g, t, RDFS.label, SCHEMA.name),
                              _text(g, t, RDFS.comment, DCTERMS.description, SKOS.definition),
                              rows, _class_shapes(g, names, t, shapes) if kind == "class" else []))
        if terms:
            sections.append(Section(anchor, heading, terms))

    metadata: list[tuple[str, list[Link]]] = []
    if onto is not None:
        for label, p in METADATA:
            values = [onto] if p is None else _sorted(names, g.objects(onto, p))
            links = []
            for v in values:
                if isinstance(v, BNode):  # an agent described in place
                    links.append(Link(_text(g, v, FOAF.name, SCHEMA.name, RDFS.label) or "(unnamed)"))
                elif isinstance(v, URIRef):
                    links.append(Link(str(v), str(v), external=True))
                else:
                    links.append(Link(str(v)))
            if links:
                metadata.append((label, links))
    title = _text(g, onto, DCTERMS.title, RDFS.label) if onto is not None else ""
    description = _text(g, onto, DCTERMS.description, RDFS.comment) if onto is not None else ""
    declared = {prefix: str(ns) for prefix, ns in g.namespaces() if prefix}
    own = str(g.value(onto, VANN.preferredNamespacePrefix) or "") if onto is not None else ""
    if own and declared.get(own) == namespace:  # the terms' own namespace, written by local name on the page
        names.used.add(own)
    namespaces = sorted((p, declared[p]) for p in names.used if p in declared)
    return Ontology(title or "jhakg ontology", description, metadata, sections, namespaces)


def render_ontology(path: Path, standalone: bool = False) -> str:
    """The ontology's documentation page, from the ontology.ttl at ``path``; ``standalone``:
    as a file of its own beside that ontology.ttl (the stylesheet inside, no links into the
    site), as the build writes it into dist/."""
    if standalone:
        css = Markup(STYLESHEET.read_text(encoding="utf-8"))  # the package's own file, written as it is
        return render("ontology.html", ontology=describe(path), standalone=css)
    return render("ontology.html", ontology=describe(path))


def documentation_files(folder: Path) -> dict[str, bytes]:
    """The ontology's documentation as a build writes it beside its ontology.ttl in ``folder``."""
    return {"ontology.html": render_ontology(folder / "ontology.ttl", standalone=True).encode()}
