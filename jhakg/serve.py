"""The linked-data server (`jhakg serve`): an ASGI app over the build.

Every IRI under the base dereferences (content negotiation by `Accept` with q-values or
`?format=`: Turtle, N-Triples, JSON-LD, RDF/XML, HTML; `Vary: Accept`; 404 for unknown
IRIs), `/sparql` answers read-only SPARQL 1.1 Protocol queries with a row cap it states,
`/queries/{name}` runs the canned queries with typed parameters (400 with the reason),
`/openapi.json` describes them, `/void` and `/.well-known/void` describe the dataset.
Query, model and rendering are kept apart: `Site` queries the store, `render_*` write
HTML, the routes only negotiate.
"""

from __future__ import annotations

import asyncio
import csv
import html
import io
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Route

from .errors import EndpointError, JhakgError
from .namespaces import DEFAULT_BASE
from .query import LocalRunner, RemoteRunner, bind, load_queries, open_store

RDF_TYPES = {
    "text/turtle": (ox.RdfFormat.TURTLE, "ttl"),
    "application/n-triples": (ox.RdfFormat.N_TRIPLES, "nt"),
    "application/ld+json": (ox.RdfFormat.JSON_LD if hasattr(ox.RdfFormat, "JSON_LD") else None, "jsonld"),
    "application/rdf+xml": (ox.RdfFormat.RDF_XML, "rdf"),
}
FORMAT_ALIASES = {"ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples",
                  "ntriples": "application/n-triples", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
                  "rdf": "application/rdf+xml", "xml": "application/rdf+xml", "html": "text/html"}
ROW_CAP = 10_000
TIME_LIMIT = float(os.environ.get("JHAKG_SPARQL_TIME_LIMIT", "30"))  # seconds
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SCHEMA_TEXT = "http://schema.org/text"


def negotiate(request: Request, offered: list[str]) -> str | None:
    """The best offered media type for the request's `?format=` or `Accept` (q-values)."""
    fmt = request.query_params.get("format")
    if fmt:
        chosen = FORMAT_ALIASES.get(fmt.lower(), fmt)
        return chosen if chosen in offered else None
    accept = request.headers.get("accept", "*/*")
    ranked = []
    for i, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        q = 1.0
        for p in parts[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, parts[0]))
    for q, _, media in sorted(ranked):
        if q == 0:
            continue
        for o in offered:
            if media in (o, "*/*") or (media.endswith("/*") and o.startswith(media[:-1])):
                return o
    return None


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

    def query(self, text: str, use_default_graph_as_union: bool = True):
        self.client.setQuery(text)
        try:
            data = self.client.queryAndConvert()
        except Exception as exc:
            raise EndpointError(self.endpoint, f"query failed ({type(exc).__name__})") from exc
        return [_Row({k: self._term(v) for k, v in row.items()}) for row in data["results"]["bindings"]]

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
        else:
            self.store = open_store(dist / "jhakg.trig")
            self.runner = LocalRunner(self.store)
        self.endpoint = endpoint
        self.queries = load_queries()

    def describe(self, iri: str) -> list[ox.Triple]:
        node = ox.NamedNode(iri)
        seen, out = set(), []
        for q in self.store.quads_for_pattern(node, None, None, None):
            if "/graph/inferred" in q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else False:
                continue
            if q.triple not in seen:
                seen.add(q.triple)
                out.append(q.triple)
        return sorted(out, key=lambda t: (t.predicate.value, str(t.object)))

    def label(self, term) -> str:
        if not isinstance(term, ox.NamedNode):
            return str(term.value)
        for q in self.store.quads_for_pattern(term, ox.NamedNode(LABEL), None, None):
            return q.object.value
        return term.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def inverse(self, iri: str, limit: int = 200) -> list[ox.Triple]:
        out, seen = [], set()
        for q in self.store.quads_for_pattern(None, None, ox.NamedNode(iri), None):
            if q.triple not in seen:
                seen.add(q.triple)
                out.append(q.triple)
            if len(out) >= limit:
                break
        return out


def serialize(triples: list[ox.Triple], media: str) -> bytes:
    fmt = RDF_TYPES[media][0]
    if fmt is None:  # no JSON-LD writer in this pyoxigraph: use rdflib
        from rdflib import Graph

        g = Graph()
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
        return g.serialize(format="json-ld").encode()
    return ox.serialize(triples, format=fmt) or b""


def _link(site: Site, term) -> str:
    if isinstance(term, ox.NamedNode):
        value = term.value
        href = value[len(site.base) - 1:] if value.startswith(site.base) else value
        return f'<a href="{html.escape(href)}">{html.escape(site.label(term))}</a>'
    return html.escape(str(term.value))


def page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)} — jhakg</title>"
            "<link rel='icon' href=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
            "%3Ccircle cx='8' cy='8' r='7' fill='%234a7ebb'/%3E%3C/svg%3E\">"
            "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
            "td,th{vertical-align:top;padding:.2rem .5rem;text-align:left}mark{background:#ffe08a}</style>"
            f"</head><body><p><a href='/'>jhakg</a></p><h1>{html.escape(title)}</h1>{body}</body></html>")


EVIDENCE = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX jha: <https://w3id.org/jhakg/ontology#>
SELECT ?ann ?doc ?exact ?start ?end ?rule WHERE {
  ?ann oa:hasBody ?fact ; jha:rule ?rule ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?p .
  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
} ORDER BY ?doc ?start"""
DOC_ANNOTATIONS = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX jha: <https://w3id.org/jhakg/ontology#>
SELECT ?fact ?start ?end ?rule WHERE {
  ?ann oa:hasBody ?fact ; jha:rule ?rule ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end .
} ORDER BY ?start DESC(?end)"""


def render_evidence(site: Site, iri: str) -> str:
    """Each quote this resource was read from, with a link to the highlighted document."""
    rows = site.store.query(EVIDENCE.replace("?fact", f"<{iri}>"), use_default_graph_as_union=True)
    items = []
    for r in rows:
        doc = r["doc"]
        href = doc.value[len(site.base) - 1:] if doc.value.startswith(site.base) else doc.value
        items.append(f"<li>“{html.escape(r['exact'].value)}” — <a href='{html.escape(href)}#at-{r['start'].value}'>"
                     f"{html.escape(site.label(doc))}</a> <small>({html.escape(r['rule'].value)})</small></li>")
    return f"<h2>Evidence</h2><ul>{''.join(items)}</ul>" if items else ""


def render_document(site: Site, iri: str, text: str) -> str:
    """The stored text with every evidence span highlighted and linked to its fact."""
    rows = list(site.store.query(DOC_ANNOTATIONS.replace("?doc", f"<{iri}>"), use_default_graph_as_union=True))
    spans, last = [], -1
    for r in rows:  # outermost first; nested spans are dropped, their facts stay listed
        start, end = int(r["start"].value), int(r["end"].value)
        if start >= last:
            spans.append((start, end, r["fact"]))
            last = end
    out, pos = [], 0
    for start, end, fact in sorted(spans):
        out.append(html.escape(text[pos:start]))
        href = fact.value[len(site.base) - 1:] if fact.value.startswith(site.base) else fact.value
        out.append(f"<a id='at-{start}' href='{html.escape(href)}'><mark title='{html.escape(site.label(fact))}'>"
                   f"{html.escape(text[start:end])}</mark></a>")
        pos = end
    out.append(html.escape(text[pos:]))
    return f"<h2>Text</h2><pre style='white-space:pre-wrap'>{''.join(out)}</pre>"


def render_resource(site: Site, iri: str, triples: list[ox.Triple]) -> str:
    """Label, properties as links, the evidence quotes (or, for a document, its text with
    the evidence highlighted), and the resources that point here."""
    text = next((t.object.value for t in triples if t.predicate.value == SCHEMA_TEXT), None)
    rows = "".join(f"<tr><th>{html.escape(site.label(t.predicate))}</th><td>{_link(site, t.object)}</td></tr>"
                   for t in triples if t.predicate.value != SCHEMA_TEXT)
    inverse = "".join(f"<li>{_link(site, t.subject)} — {html.escape(site.label(t.predicate))}</li>"
                      for t in site.inverse(iri))
    formats = " ".join(f"<a href='?format={ext}'>{ext}</a>" for _, (_, ext) in RDF_TYPES.items())
    return page(site.label(ox.NamedNode(iri)),
                f"<p><code>{html.escape(iri)}</code> · {formats}</p><table>{rows}</table>"
                + (render_document(site, iri, text) if text else render_evidence(site, iri))
                + (f"<h2>Referred to by</h2><ul>{inverse}</ul>" if inverse else ""))


TIMELINE = """PREFIX jha: <https://w3id.org/jhakg/ontology#> PREFIX schema: <http://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?kind ?node ?start ?end ?label WHERE {
  { ?node a jha:NetworkPresidency ; jha:year ?y ; jha:heldBy ?agency . ?agency skos:notation ?notation .
    OPTIONAL { ?agency jha:hasName ?name . ?name jha:acronym ?used .
               OPTIONAL { ?name schema:startDate ?from } OPTIONAL { ?name schema:endDate ?until }
               FILTER ((!BOUND(?from) || YEAR(?from) <= xsd:integer(STR(?y))) && (!BOUND(?until) || YEAR(?until) > xsd:integer(STR(?y)))) }
    BIND (COALESCE(?used, ?notation) AS ?label)
    BIND ("network" AS ?kind) BIND (CONCAT(STR(?y), "-01-01") AS ?start) BIND (CONCAT(STR(?y), "-12-31") AS ?end) }
  UNION
  { ?node a jha:CouncilPresidency ; schema:startDate ?s ; schema:endDate ?e ; jha:heldBy/skos:notation ?label .
    BIND ("council" AS ?kind) BIND (STR(?s) AS ?start) BIND (STR(?e) AS ?end) }
  UNION
  { ?node a jha:Meeting ; schema:startDate ?s ; jha:datePrecision "day" .
    { SELECT ?node (MIN(?l) AS ?label) WHERE { ?node a jha:Meeting ; rdfs:label ?l } GROUP BY ?node }
    BIND ("meeting" AS ?kind) BIND (STR(?s) AS ?start) BIND (STR(?s) AS ?end) }
} ORDER BY ?kind ?start ?node"""


def render_timeline(site: Site) -> str:
    """The network's presidencies by year, the Council's by semester, and the meetings,
    drawn as SVG over the years the extracted facts cover."""
    import datetime as dt

    rows = [(r["kind"].value, r["node"].value, r["start"].value, r["end"].value, r["label"].value)
            for r in site.store.query(TIMELINE, use_default_graph_as_union=True)]
    facts = [r for r in rows if r[0] != "council"]
    if not facts:
        return page("Timeline", "<p>No dated facts yet.</p>")
    first = min(int(r[2][:4]) for r in facts)
    last = max(int(r[3][:4]) for r in facts)
    width, left = 1000, 90
    span = (dt.date(last + 1, 1, 1) - dt.date(first, 1, 1)).days

    def x(day: str) -> float:
        return left + (dt.date.fromisoformat(day) - dt.date(first, 1, 1)).days / span * (width - left - 10)

    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='190' role='img' "
             "aria-label='timeline' style='font:11px sans-serif'>"]
    for year in range(first, last + 2):
        xx = x(f"{year}-01-01") if year <= last else width - 10
        parts.append(f"<line x1='{xx:.1f}' y1='20' x2='{xx:.1f}' y2='180' stroke='#ccc'/>"
                     f"<text x='{xx + 2:.1f}' y='14'>{year if year <= last else ''}</text>")
    lanes = {"network": (30, "JHA network", "#4a7ebb"), "council": (80, "Council", "#e0a040"),
             "meeting": (140, "Meetings", "#c0392b")}
    for y, name, _ in lanes.values():
        parts.append(f"<text x='4' y='{y + 14}'>{name}</text>")
    for kind, node, start, end, label in rows:
        if int(end[:4]) < first or int(start[:4]) > last:
            continue
        y, _, colour = lanes[kind]
        href = node[len(site.base) - 1:] if node.startswith(site.base) else node
        x1, x2 = x(max(start, f"{first}-01-01")), x(min(end, f"{last}-12-31"))
        if kind == "meeting":
            shape = f"<circle cx='{x1:.1f}' cy='{y + 10}' r='5' fill='{colour}'><title>{html.escape(label)}</title></circle>"
        else:
            shape = (f"<rect x='{x1:.1f}' y='{y}' width='{max(x2 - x1, 2):.1f}' height='22' fill='{colour}' "
                     f"fill-opacity='0.6' stroke='white'><title>{html.escape(label)} {start} – {end}</title></rect>"
                     f"<text x='{x1 + 3:.1f}' y='{y + 15}'>{html.escape(label)}</text>")
        parts.append(f"<a href='{html.escape(href)}'>{shape}</a>")
    parts.append("</svg>")
    return page("Timeline", "".join(parts))


def render_ontology(path: Path) -> str:
    """The ontology's documentation: every class and property with its label, comment,
    superclasses, domain and range, each at its own anchor (#Agency)."""
    from rdflib import Graph
    from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

    g = Graph().parse(path)
    onto = next(iter(g.subjects(RDF.type, OWL.Ontology)), None)

    def name(term) -> str:
        text = str(term)
        return text.split("#")[-1] if "#" in text else text.rsplit("/", 1)[-1]

    def ref(term) -> str:
        text = str(term)
        if "/jhakg/ontology#" in text:
            return f"<a href='#{html.escape(name(term))}'>{html.escape(name(term))}</a>"
        return f"<a href='{html.escape(text)}'>{html.escape(g.namespace_manager.normalizeUri(term))}</a>"

    sections = []
    for title, kinds in (("Classes", (OWL.Class,)), ("Properties", (OWL.ObjectProperty, OWL.DatatypeProperty))):
        terms = sorted({t for k in kinds for t in g.subjects(RDF.type, k) if "/jhakg/ontology#" in str(t)}, key=name)
        items = []
        for t in terms:
            facts = [("sub-class of", RDFS.subClassOf), ("sub-property of", RDFS.subPropertyOf),
                     ("domain", RDFS.domain), ("range", RDFS.range), ("inverse of", OWL.inverseOf)]
            rows = "".join(f"<tr><th>{label}</th><td>{', '.join(ref(o) for o in sorted(g.objects(t, p)))}</td></tr>"
                           for label, p in facts if (t, p, None) in g)
            items.append(f"<section id='{html.escape(name(t))}'><h3>{html.escape(name(t))} — "
                         f"{html.escape(str(g.value(t, RDFS.label) or ''))}</h3>"
                         f"<p>{html.escape(str(g.value(t, RDFS.comment) or ''))}</p><table>{rows}</table></section>")
        sections.append(f"<h2>{title}</h2>{''.join(items)}")
    description = html.escape(str(g.value(onto, DCTERMS.description) or "")) if onto else ""
    return page("jhakg ontology", f"<p>{description}</p>" + "".join(sections))


def render_report(dist: Path) -> str:
    """The SHACL validation report of the build as a page."""
    from .validate import validate_files

    report = validate_files([dist / "jhakg.ttl"], dist / "ontology.ttl", dist / "shapes.ttl")
    if report.conforms:
        return page("SHACL report", f"<p>The build conforms to {report.shapes_count} shapes.</p>")
    rows = "".join(f"<tr><td>{html.escape(', '.join(v.sources))}</td><td>{html.escape(v.focus)}</td>"
                   f"<td>{html.escape(v.path or '')}</td><td>{html.escape(v.message)}</td></tr>"
                   for v in report.violations)
    return page("SHACL report", f"<p>{len(report.violations)} violations of {report.shapes_count} shapes.</p>"
                "<table><tr><th>source</th><th>focus node</th><th>path</th><th>message</th></tr>"
                f"{rows}</table>")


def render_index(site: Site) -> str:
    """The home page: the resources by class, and the ways in."""
    sections = []
    for title, cls in (("Agencies", "Agency"), ("Meetings", "Meeting"), ("Network presidencies", "NetworkPresidency"),
                       ("Council presidencies", "CouncilPresidency"), ("Information systems", "InformationSystem"),
                       ("Policy priorities", "PolicyPriority"), ("People", "Person"), ("Documents", "Document")):
        rows = site.store.query(f"SELECT DISTINCT ?s WHERE {{ ?s a <{site.base}ontology#{cls}> }} ORDER BY ?s",
                                use_default_graph_as_union=True)
        items = "".join(f"<li>{_link(site, r['s'])}</li>" for r in rows)
        sections.append(f"<h2>{title}</h2><ul>{items}</ul>")
    links = ("<p><a href='/timeline'>timeline</a> · <a href='/queries'>canned queries</a> · <a href='/sparql'>SPARQL</a> · "
             "<a href='/void'>VoID</a> · <a href='/ontology'>ontology</a> · <a href='/shacl'>SHACL report</a></p>")
    return page("EU Justice and Home Affairs knowledge graph", links + "".join(sections))


def create_app(dist: Path, base: str = DEFAULT_BASE, endpoint: str | None = None) -> Starlette:
    site = Site(dist, base, endpoint)

    async def resource(request: Request) -> Response:
        """A thing's IRI (/id/...) is not a document: 303 See Other to the description in
        the negotiated format (/doc/....html, .ttl, ...), as Cool URIs for the Semantic Web
        recommends; unknown IRIs are 404."""
        path = request.url.path.lstrip("/")
        if not site.describe(base + path):
            return PlainTextResponse(f"no resource {base + path}", status_code=404)
        media = negotiate(request, ["text/html", *RDF_TYPES])
        if media is None:
            return PlainTextResponse("not acceptable; offered: text/html, " + ", ".join(RDF_TYPES), status_code=406)
        ext = "html" if media == "text/html" else RDF_TYPES[media][1]
        return Response(status_code=303, headers={"Location": f"/doc/{path[3:]}.{ext}", "Vary": "Accept"})

    async def named_graph(request: Request) -> Response:
        """A named graph's IRI (/graph/ontology, /graph/document/<id>, ...) gives its triples."""
        iri = base + request.url.path.lstrip("/")
        triples = [q.triple for q in site.store.quads_for_pattern(None, None, None, ox.NamedNode(iri))]
        if not triples:
            return PlainTextResponse(f"no graph {iri}", status_code=404)
        media = negotiate(request, list(RDF_TYPES) + ["text/html"])
        if media is None:
            return PlainTextResponse("not acceptable", status_code=406)
        if media == "text/html":
            items = "".join(f"<li>{_link(site, t.subject)} {html.escape(site.label(t.predicate))} {_link(site, t.object)}</li>"
                            for t in triples[:2000])
            return HTMLResponse(page(iri, f"<p>{len(triples)} triples</p><ul>{items}</ul>"), headers={"Vary": "Accept"})
        return Response(serialize(triples, media), media_type=media, headers={"Vary": "Accept"})

    async def description(request: Request) -> Response:
        """The document describing a resource, in the format its extension names."""
        path, _, ext = request.path_params["path"].rpartition(".")
        iri = base + "id/" + path
        triples = site.describe(iri)
        media = FORMAT_ALIASES.get(ext)
        if not triples or media is None:
            return PlainTextResponse(f"no description {request.url.path}", status_code=404)
        if media == "text/html":
            return HTMLResponse(render_resource(site, iri, triples))
        return Response(serialize(triples, media), media_type=media)

    async def ontology(request: Request) -> Response:
        if negotiate(request, ["text/html", *RDF_TYPES]) == "text/html":
            return HTMLResponse(render_ontology(dist / "ontology.ttl"), headers={"Vary": "Accept"})
        return await _graph_file(request, dist / "ontology.ttl")

    report_page: list[str] = []

    async def shacl(request: Request) -> Response:
        if not report_page:
            report_page.append(render_report(dist))
        return HTMLResponse(report_page[0])

    async def void(request: Request) -> Response:
        return await _graph_file(request, dist / "void.ttl")

    async def _graph_file(request: Request, path: Path) -> Response:
        media = negotiate(request, ["text/turtle", *[m for m in RDF_TYPES if m != "text/turtle"], "text/html"])
        if media is None:
            return PlainTextResponse("not acceptable", status_code=406)
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        if media == "text/html":
            body = "<pre>" + html.escape(path.read_text(encoding="utf-8")) + "</pre>"
            return HTMLResponse(page(path.stem, body), headers={"Vary": "Accept"})
        return Response(serialize(triples, media), media_type=media, headers={"Vary": "Accept"})

    async def index(request: Request) -> Response:
        return HTMLResponse(render_index(site))

    async def sparql(request: Request) -> Response:
        if request.method == "POST":
            body = (await request.body()).decode("utf-8")
            if "x-www-form-urlencoded" in request.headers.get("content-type", ""):
                text = (urllib.parse.parse_qs(body).get("query") or [""])[0]
            else:  # application/sparql-query
                text = body
        else:
            text = request.query_params.get("query")
        if not text:
            form_html = ("<form method='post'><textarea name='query' rows='12' cols='90'>"
                         "SELECT * WHERE { ?s ?p ?o } LIMIT 10</textarea><br><button>Run</button></form>")
            return HTMLResponse(page("SPARQL", form_html))
        if re.search(r"(?i)\bSERVICE\b|\b(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE)\b\s", text) or any(
                not iri.startswith(base) for iri in re.findall(r"(?i)\bFROM\s+(?:NAMED\s+)?<([^>]+)>", text)):
            return PlainTextResponse("read-only endpoint: no updates, no SERVICE, no FROM of outside IRIs",
                                     status_code=400)
        if site.endpoint:  # an external store answers its own protocol: pass the query through
            return await _proxy(request, site.endpoint, text)

        def evaluate():
            """Run the query and read at most ROW_CAP answers (the reading is where the work is)."""
            result = site.store.query(text, use_default_graph_as_union=True)
            if isinstance(result, ox.QueryBoolean):
                return "boolean", bool(result), None
            if isinstance(result, ox.QueryTriples):
                return "triples", [t for _, t in zip(range(ROW_CAP), result, strict=False)], None
            return "rows", [r for _, r in zip(range(ROW_CAP), result, strict=False)], result.variables

        loop = asyncio.get_running_loop()
        try:
            kind, answers, variables = await asyncio.wait_for(loop.run_in_executor(None, evaluate), TIME_LIMIT)
        except TimeoutError:  # before OSError, of which it is a subclass
            return PlainTextResponse(f"the query ran past the time limit of {TIME_LIMIT:g} s", status_code=503,
                                     headers={"X-Time-Limit": f"{TIME_LIMIT:g}"})
        except (SyntaxError, ValueError, OSError) as exc:
            return PlainTextResponse(f"bad query: {exc}", status_code=400)
        headers = {"X-Row-Cap": str(ROW_CAP), "X-Time-Limit": f"{TIME_LIMIT:g}", "Vary": "Accept"}
        if kind == "triples":
            media = negotiate(request, list(RDF_TYPES)) or "text/turtle"
            return Response(serialize(answers, media), media_type=media, headers=headers)
        if kind == "boolean":
            return JSONResponse({"head": {}, "boolean": answers}, media_type="application/sparql-results+json",
                                headers=headers)
        offered = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                   "text/tab-separated-values", "application/json"]
        media = negotiate(request, offered) or offered[0]
        fmt = {"application/sparql-results+xml": ox.QueryResultsFormat.XML, "text/csv": ox.QueryResultsFormat.CSV,
               "text/tab-separated-values": ox.QueryResultsFormat.TSV}.get(media, ox.QueryResultsFormat.JSON)
        return Response(_results(variables, answers, fmt),
                        media_type=media if media != "application/json" else "application/sparql-results+json",
                        headers=headers)

    async def queries(request: Request) -> Response:
        listing = [{"name": q.name, "title": q.title, "description": q.description,
                    "parameters": [{"name": p.name, "type": p.type, "default": p.default} for p in q.params],
                    "url": f"/queries/{q.name}"} for q in site.queries.values()]
        if negotiate(request, ["application/json", "text/html"]) == "text/html":
            items = "".join(f"<li><a href='/queries/{q['name']}'>{html.escape(q['title'])}</a></li>" for q in listing)
            return HTMLResponse(page("Canned queries", f"<ul>{items}</ul>"), headers={"Vary": "Accept"})
        return JSONResponse(listing, headers={"Vary": "Accept"})

    async def run_query(request: Request) -> Response:
        name = request.path_params["name"]
        query = site.queries.get(name)
        if query is None:
            return PlainTextResponse(f"unknown query {name!r}; known: {', '.join(sorted(site.queries))}", status_code=404)
        params = {k: v for k, v in request.query_params.items() if k != "format"}
        try:
            result = site.runner.run(query, bind(query, params, site.runner.resolve))
        except JhakgError as exc:
            return PlainTextResponse(exc.cause, status_code=400)
        media = negotiate(request, ["application/json", "text/csv", "text/html"])
        headers = {"Vary": "Accept"}
        if media == "text/csv":
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=result.columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in result.rows)
            return Response(buffer.getvalue(), media_type="text/csv", headers=headers)
        if media == "text/html":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in result.columns)
            body = "".join("<tr>" + "".join(f"<td>{html.escape(r[c] or '')}</td>" for c in result.columns) + "</tr>"
                           for r in result.rows)
            return HTMLResponse(page(query.title, f"<p>{html.escape(query.description)}</p>"
                                     f"<table><tr>{head}</tr>{body}</table>"), headers=headers)
        return JSONResponse({"query": name, "columns": result.columns, "rows": result.rows}, headers=headers)

    async def timeline(request: Request) -> Response:
        return HTMLResponse(render_timeline(site))

    async def openapi(request: Request) -> Response:
        types = {"integer": "integer", "year": "string", "date": "string"}
        paths = {}
        for q in site.queries.values():
            paths[f"/queries/{q.name}"] = {"get": {
                "summary": q.title, "description": q.description, "operationId": q.name.replace("-", "_"),
                "parameters": [{"name": p.name, "in": "query", "required": False, "description": p.description,
                                "schema": {"type": types.get(p.type, "string"),
                                           **({"format": "date"} if p.type == "date" else {}),
                                           **({"default": p.default} if p.default else {})}} for p in q.params],
                "responses": {"200": {"description": "rows", "content": {"application/json": {}, "text/csv": {},
                                                                         "text/html": {}}},
                              "400": {"description": "a parameter is not valid; the body says why"}}}}
        return JSONResponse({"openapi": "3.0.3", "info": {"title": "jhakg canned queries", "version": "0.1.0"},
                             "paths": paths})

    async def download(request: Request) -> Response:
        name = request.path_params["name"]
        path = dist / name
        if "/" in name or not path.is_file():
            return PlainTextResponse(f"no dump {name}", status_code=404)
        return FileResponse(path)

    routes = [
        Route("/", index), Route("/sparql", sparql, methods=["GET", "POST"]), Route("/queries", queries),
        Route("/queries/{name}", run_query), Route("/openapi.json", openapi), Route("/void", void),
        Route("/.well-known/void", void), Route("/ontology", ontology), Route("/ontology/{version}", ontology),
        Route("/dist/{name}", download),
        Route("/timeline", timeline), Route("/shacl", shacl), Route("/id/{path:path}", resource),
        Route("/doc/{path:path}", description), Route("/graph/{path:path}", named_graph),
        Route("/dataset", void), Route("/dataset/{path:path}", void),
    ]
    return Starlette(routes=routes)


async def _proxy(request: Request, endpoint: str, text: str) -> Response:
    """Forward a read-only query to the external endpoint, with the client's Accept."""
    loop = asyncio.get_running_loop()
    accept = request.headers.get("accept", "application/sparql-results+json")

    def call():
        data = urllib.parse.urlencode({"query": text}).encode()
        req = urllib.request.Request(endpoint, data=data, method="POST", headers={
            "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=TIME_LIMIT) as r:
                return r.status, r.headers.get("Content-Type", "application/octet-stream"), r.read()
        except urllib.error.HTTPError as exc:
            return exc.code, "text/plain", exc.read()

    try:
        status, media, body = await asyncio.wait_for(loop.run_in_executor(None, call), TIME_LIMIT + 5)
    except (TimeoutError, OSError) as exc:
        return PlainTextResponse(f"the endpoint did not answer: {exc}", status_code=502)
    return Response(body, status_code=status, media_type=media,
                    headers={"X-Time-Limit": f"{TIME_LIMIT:g}", "Vary": "Accept"})


def _results(variables, rows, fmt) -> bytes:
    """SPARQL results of capped rows in the asked format (pyoxigraph's writers)."""
    names = [v.value for v in variables]
    if fmt == ox.QueryResultsFormat.JSON:
        bindings = []
        for row in rows:
            b = {}
            for n in names:
                term = row[n]
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    b[n] = {"type": "uri", "value": term.value}
                elif isinstance(term, ox.BlankNode):
                    b[n] = {"type": "bnode", "value": term.value}
                else:
                    b[n] = {"type": "literal", "value": term.value}
                    if term.language:
                        b[n]["xml:lang"] = term.language
                    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        b[n]["datatype"] = term.datatype.value
            bindings.append(b)
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()
    if fmt == ox.QueryResultsFormat.CSV:  # SPARQL 1.1 CSV: plain values, CRLF
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([["" if row[n] is None else row[n].value for n in names] for row in rows])
        return buffer.getvalue().encode()
    if fmt == ox.QueryResultsFormat.TSV:  # SPARQL 1.1 TSV: RDF terms in Turtle syntax
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join("" if row[n] is None else str(row[n]) for n in names) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    # XML
    parts = ["<?xml version='1.0'?><sparql xmlns='http://www.w3.org/2005/sparql-results#'><head>"]
    parts += [f"<variable name='{n}'/>" for n in names]
    parts.append("</head><results>")
    for row in rows:
        parts.append("<result>")
        for n in names:
            term = row[n]
            if term is None:
                continue
            tag = "uri" if isinstance(term, ox.NamedNode) else "literal"
            parts.append(f"<binding name='{n}'><{tag}>{html.escape(term.value)}</{tag}></binding>")
        parts.append("</result>")
    parts.append("</results></sparql>")
    return "".join(parts).encode()


def app_from_env() -> Starlette:
    """For `uvicorn --factory jhakg.serve:app_from_env`: the build in $JHAKG_DIST (default dist),
    its data from $JHAKG_ENDPOINT when set."""
    return create_app(Path(os.environ.get("JHAKG_DIST", "dist")), os.environ.get("JHAKG_BASE", DEFAULT_BASE),
                      os.environ.get("JHAKG_ENDPOINT") or None)


HTACCESS = """# Apache configuration for a jhakg static site (w3id.org-style content negotiation).
# Each resource /id/<kind>/<slug> has index.html and <slug>.ttl/.nt/.jsonld/.rdf beside it.
Options -MultiViews
RewriteEngine on
AddType text/turtle .ttl
AddType application/n-triples .nt
AddType application/ld+json .jsonld
AddType application/rdf+xml .rdf
Header append Vary Accept
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteRule ^(id/.+?)/?$ $1.ttl [L]
RewriteCond %{HTTP_ACCEPT} application/n-triples
RewriteRule ^(id/.+?)/?$ $1.nt [L]
RewriteCond %{HTTP_ACCEPT} application/ld\\+json
RewriteRule ^(id/.+?)/?$ $1.jsonld [L]
RewriteCond %{HTTP_ACCEPT} application/rdf\\+xml
RewriteRule ^(id/.+?)/?$ $1.rdf [L]
RewriteRule ^(id/.+?)/?$ $1/index.html [L]
"""


def write_site(dist: Path, out: Path, base: str = DEFAULT_BASE) -> int:
    """Write every page and every resource's RDF files into ``out`` for a static web
    server, with an example Apache configuration (.htaccess). Returns the number of
    resources. Written atomically, like the dumps."""
    from .publish import write_atomically

    site = Site(dist, base)
    files: dict[str, bytes] = {".htaccess": HTACCESS.encode(), "index.html": render_index(site).encode(),
                               "timeline/index.html": render_timeline(site).encode()}
    subjects = sorted({q.subject.value for q in site.store.quads_for_pattern(None, None, None, None)
                       if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(base + "id/")
                       and "#" not in q.subject.value})
    for iri in subjects:
        path = iri[len(base):]
        triples = site.describe(iri)
        files[f"{path}/index.html"] = render_resource(site, iri, triples).encode()
        for media, (_, ext) in RDF_TYPES.items():
            files[f"{path}.{ext}"] = serialize(triples, media)
    for name in ("jhakg.ttl", "jhakg.trig", "jhakg.jsonld", "jhakg.context.jsonld", "void.ttl", "ontology.ttl"):
        files[f"dist/{name}"] = (dist / name).read_bytes()
    write_atomically(files, out)
    return len(subjects)
