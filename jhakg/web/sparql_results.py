"""SPARQL query results as the endpoint writes them (JSON, XML, CSV, TSV: languages,
datatypes and blank nodes kept; an HTML page for browsers, sparql_results.html), the
endpoint's page for a browser (sparql.html), and its SPARQL 1.1 Service Description."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox

from .data import href
from .templating import render

FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/csv": ox.QueryResultsFormat.CSV,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV}
BOOLEAN_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "application/json", "text/html"]
EXAMPLE = "SELECT * WHERE { ?s ?p ?o } LIMIT 10"


# what the editor page may load and do: scripts of its own (YASGUI is served from the package),
# queries to this endpoint, nothing from elsewhere; YASGUI's editor and tables set inline
# styles, so this page (only) allows them
EDITOR_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
              "img-src 'self' data:; "
              "font-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def render_editor(examples: list[tuple[str, str]], with_yasgui: bool) -> str:
    """The endpoint's page for a browser: the form, and YASGUI over it when installed, with
    ``examples`` ((title, query) pairs: the canned queries) as its tabs."""
    return render("sparql.html", query=EXAMPLE, yasgui=with_yasgui,
                  examples=[{"title": t, "sparql": q} for t, q in examples])


@dataclass(frozen=True)
class Cell:
    """A term of an answer as its table shows it: an IRI linked to ``href``, a literal with
    its language, a blank node as _:id."""

    text: str
    href: str | None = None
    language: str = ""


def _cell(term, base: str) -> Cell | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Cell(term.value, href(term.value, base))
    if isinstance(term, ox.BlankNode):
        return Cell("_:" + term.value)
    return Cell(term.value, language=term.language or "")


def html_page(query: str, variables, rows, truncated: bool, cap: int, base: str) -> bytes:
    """The answer as a browser sees it: the form with the query, then a table of the rows
    (or an ASK answer, when ``rows`` is a bool), IRIs under the base linked to their pages;
    a note when the answer was cut at the cap."""
    if isinstance(rows, bool):
        return render("sparql_results.html", query=query, boolean=rows).encode()
    names = [v.value for v in variables]
    return render("sparql_results.html", query=query, boolean=None, names=names, truncated=truncated, cap=cap,
                  rows=[[_cell(row[n], base) for n in names] for row in rows]).encode()


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
