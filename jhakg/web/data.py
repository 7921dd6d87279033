"""The data side of the linked-data server: the store (embedded pyoxigraph, or a remote
SPARQL 1.1 endpoint through the same small interface), resource descriptions and labels,
the canned queries."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from ..errors import ConfigError, EndpointError
from ..namespaces import DEFAULT_BASE
from ..publish import formats
from ..publish.graphstore import UNION_ADVICE, UNION_PROBE
from ..query.canned import LocalRunner, RemoteRunner, load_queries
from ..query.local_store import open_store

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPES = {
    "text/turtle": (ox.RdfFormat.TURTLE, "ttl"),
    "application/n-triples": (ox.RdfFormat.N_TRIPLES, "nt"),
    "application/ld+json": (ox.RdfFormat.JSON_LD, "jsonld"),
    "application/rdf+xml": (ox.RdfFormat.RDF_XML, "rdf"),
}


def href(iri: str, base: str) -> str:
    """Where a page links to an IRI: its path on this site when it is under the base (the
    server and `jhakg site` serve it there), else the IRI itself."""
    return iri[len(base) - 1:] if iri.startswith(base) else iri


class _Row(dict):
    """A solution: an unbound variable reads as None, as in pyoxigraph."""

    def __missing__(self, key):
        return None


class RemoteStore:
    """The part of pyoxigraph's Store API the pages use, answered by a remote SPARQL 1.1
    endpoint (`jhakg serve --endpoint URL`): SELECT queries and quad patterns."""

    def __init__(self, endpoint: str):
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        self.endpoint = endpoint
        self.client = SPARQLWrapper(endpoint)
        self.client.setReturnFormat(JSON)
        self.client.setMethod(POST)

    @staticmethod
    def _term(b: dict):
        if b["type"] == "uri":
            return ox.NamedNode(b["value"])
        if b["type"] == "bnode":
            return ox.BlankNode(b["value"])
        if "xml:lang" in b:
            return ox.Literal(b["value"], language=b["xml:lang"])
        if "datatype" in b:
            return ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"]))
        return ox.Literal(b["value"])

    def query(self, text: str):
        self.client.setQuery(text)
        try:
            data = self.client.queryAndConvert()
        except Exception as exc:
            raise EndpointError(self.endpoint, f"query failed ({type(exc).__name__})") from exc
        return [_Row({k: self._term(v) for k, v in row.items()}) for row in data["results"]["bindings"]]

    def ask(self, text: str) -> bool:
        self.client.setQuery(text)
        try:
            return bool(self.client.queryAndConvert().get("boolean"))
        except Exception as exc:
            raise EndpointError(self.endpoint, f"query failed ({type(exc).__name__})") from exc

    def quads_for_pattern(self, s=None, p=None, o=None, g=None):
        def part(term, var):
            return str(term) if term is not None else var
        text = (f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ {part(s, '?s')} {part(p, '?p')} {part(o, '?o')} }} }}")
        for row in self.query(text):
            yield ox.Quad(s or row["s"], p or row["p"], o or row["o"], g or row["g"])


class Site:
    """The data side: the store (embedded, or a remote endpoint), the resource
    descriptions, the canned queries."""

    def __init__(self, dist: Path, base: str = DEFAULT_BASE, endpoint: str | None = None):
        self.dist = dist
        self.base = base
        if endpoint:
            self.store = RemoteStore(endpoint)
            self.runner = RemoteRunner(endpoint)
            if not self.store.ask(UNION_PROBE):  # the pages and queries would find nothing
                raise ConfigError(endpoint, UNION_ADVICE)
        else:
            self.store = open_store(dist)
            self.runner = LocalRunner(self.store)
        self.endpoint = endpoint
        self.queries = load_queries()

    def describe(self, iri: str) -> list[ox.Triple]:
        node = ox.NamedNode(iri)
        seen, out = set(), []
        for q in self.store.quads_for_pattern(node, None, None, None):
            if not isinstance(q.graph_name, ox.NamedNode) or q.graph_name.value.endswith(("/inferred", "/statistics")):
                continue  # the union (the default graph), the entailments and the counts are not what was stated
            if q.triple not in seen:
                seen.add(q.triple)
                out.append(q.triple)
        return sorted(out, key=lambda t: (t.predicate.value, str(t.object)))

    def label(self, term) -> str:
        if not isinstance(term, ox.NamedNode):
            return str(term.value)
        for q in self.store.quads_for_pattern(term, ox.NamedNode(LABEL), None, ox.DefaultGraph()):
            return q.object.value
        return term.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def inverse(self, iri: str, limit: int = 200) -> list[ox.Triple]:
        out, seen = [], set()
        for q in self.store.quads_for_pattern(None, None, ox.NamedNode(iri), ox.DefaultGraph()):
            if q.triple not in seen:
                seen.add(q.triple)
                out.append(q.triple)
            if len(out) >= limit:
                break
        return out



def serialize(triples: list[ox.Triple], media: str, base: str = DEFAULT_BASE) -> bytes:
    """Triples in an RDF format: Turtle and RDF/XML with the dumps' prefixes they use,
    JSON-LD compacted by a context of those prefixes (as the JSON-LD dump is), N-Triples as
    they are."""
    iris = set()
    for triple in triples:
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    used = {p: ns for p, ns in formats.prefixes(base).items() if any(i.startswith(ns) for i in iris)}
    if media == "application/ld+json":
        lines = sorted(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode().splitlines())
        _, graph = formats.turtle_and_jsonld(lines, formats.Compactor(used), "urn:x-graph")
        nodes = json.loads(graph)["@graph"]
        return json.dumps({**formats.jsonld_context(used), "@graph": nodes}, ensure_ascii=False, indent=1).encode()
    fmt = RDF_TYPES[media][0]
    with_prefixes = fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML)
    return ox.serialize(triples, format=fmt, prefixes=used if with_prefixes else None) or b""
