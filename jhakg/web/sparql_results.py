"""SPARQL query results as the endpoint writes them (JSON, XML, CSV, TSV: languages,
datatypes and blank nodes kept; an HTML page for browsers), and the endpoint's SPARQL 1.1
Service Description."""

from __future__ import annotations

import html
import json

import pyoxigraph as ox

FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/csv": ox.QueryResultsFormat.CSV,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV}
BOOLEAN_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "application/json", "text/html"]
EXAMPLE = "SELECT * WHERE { ?s ?p ?o } LIMIT 10"


def form(query: str = EXAMPLE) -> str:
    """The query form of the endpoint's HTML page."""
    return (f"<form id='sparql-form' method='post' action='/sparql'><textarea name='query' rows='12' cols='90'>"
            f"{html.escape(query)}</textarea><br><button>Run</button></form>")


# what the editor page may load and do: scripts of its own (YASGUI is served from the package),
# queries to this endpoint, nothing from elsewhere; YASGUI's editor and tables set inline
# styles, so this page (only) allows them
EDITOR_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
              "img-src 'self' data:; "
              "font-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def editor(examples: list[tuple[str, str]], with_yasgui: bool) -> str:
    """The endpoint's page for a browser: the form, and YASGUI over it when installed, with
    ``examples`` ((title, query) pairs: the canned queries) as its tabs."""
    if not with_yasgui:
        return form()
    data = json.dumps([{"title": t, "sparql": q} for t, q in examples]).replace("</", "<\\/")
    return ("<link rel='stylesheet' href='/static/yasgui/yasgui.min.css'>" + form()
            + "<div id='yasgui' hidden></div>"
            f"<script type='application/json' id='examples'>{data}</script>"
            "<script src='/static/yasgui/yasgui.min.js'></script><script src='/static/sparql.js'></script>")


def html_page(query: str, variables, rows, truncated: bool, cap: int, base: str) -> bytes:
    """The answer as a browser sees it: the form with the query, then a table of the rows,
    IRIs under the base linked to their pages; a note when the answer was cut at the cap."""
    from .data import href
    from .pages import page

    def cell(term) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return f"<a href='{html.escape(href(term.value, base))}'>{html.escape(term.value)}</a>"
        text = html.escape(term.value if not isinstance(term, ox.BlankNode) else "_:" + term.value)
        if isinstance(term, ox.Literal) and term.language:
            text += f" <small>@{html.escape(term.language)}</small>"
        return text

    if isinstance(rows, bool):
        return page("SPARQL", form(query) + f"<p>Answer: <strong>{'true' if rows else 'false'}</strong></p>").encode()
    names = [v.value for v in variables]
    note = (f"<p role='status'><strong>The answer has more than {cap:,} rows; these are the first {cap:,}.</strong> "
            "Narrow the query, or page through it with LIMIT and OFFSET.</p>") if truncated else \
        f"<p role='status'>{len(rows):,} row{'s' if len(rows) != 1 else ''}.</p>"
    head = "".join(f"<th>?{html.escape(n)}</th>" for n in names)
    body = "".join("<tr>" + "".join(f"<td>{cell(row[n])}</td>" for n in names) + "</tr>" for row in rows)
    return page("SPARQL", form(query) + note + f"<table><tr>{head}</tr>{body}</table>").encode()


def boolean(value: bool, media: str) -> bytes:
    """An ASK answer in SPARQL results XML or JSON, by pyoxigraph's writer."""
    answer = ox.parse_query_results(b'{"head":{},"boolean":%s}' % (b"true" if value else b"false"),
                                    format=ox.QueryResultsFormat.JSON)
    return answer.serialize(format=FORMATS.get(media, ox.QueryResultsFormat.JSON))


def results(variables, rows, fmt) -> bytes:
    """SPARQL results of capped rows in the asked format. pyoxigraph's writers take a whole
    result, and an answer is cut at the row cap: the capped rows are written as SPARQL JSON
    here, read back by pyoxigraph and written by its writer, so every format is its own
    (types, languages and blank nodes kept)."""
    names = [v.value for v in variables]
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
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)


SD = "http://www.w3.org/ns/sparql-service-description#"
RESULT_FORMATS = ("http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                  "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
                  "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/N-Triples",
                  "http://www.w3.org/ns/formats/JSON-LD", "http://www.w3.org/ns/formats/RDF_XML")


def service_description(endpoint: str, base: str) -> list[ox.Triple]:
    """The endpoint described in the SPARQL 1.1 Service Description vocabulary: SPARQL 1.1
    Query only, its result formats, and its dataset (the union of the named graphs as the
    default graph; the dataset's VoID is seen also)."""
    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    service, dataset, default = n(endpoint), ox.BlankNode("dataset"), ox.BlankNode("default")
    a = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [ox.Triple(service, a, n(SD + "Service")), ox.Triple(service, n(SD + "endpoint"), service),
               ox.Triple(service, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
               ox.Triple(service, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
               ox.Triple(service, n(SD + "defaultDataset"), dataset),
               ox.Triple(dataset, a, n(SD + "Dataset")), ox.Triple(dataset, n(SD + "defaultGraph"), default),
               ox.Triple(dataset, n("http://www.w3.org/2000/01/rdf-schema#seeAlso"), n(base + "dataset")),
               ox.Triple(default, a, n(SD + "Graph"))]
    triples += [ox.Triple(service, n(SD + "resultFormat"), n(f)) for f in RESULT_FORMATS]
    return triples
