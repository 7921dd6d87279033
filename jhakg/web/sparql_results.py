"""SPARQL query results as the endpoint writes them (JSON, XML, CSV, TSV: languages,
datatypes and blank nodes kept; an HTML page for browsers), and the endpoint's SPARQL 1.1
Service Description. Written here rather than by pyoxigraph's writers, which take a whole
result, because an answer is cut at the row cap."""

from __future__ import annotations

import csv
import html
import io
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
    return (f"<form method='post' action='/sparql'><textarea name='query' rows='12' cols='90'>{html.escape(query)}"
            "</textarea><br><button>Run</button></form>")


def html_page(query: str, variables, rows, truncated: bool, cap: int, base: str) -> bytes:
    """The answer as a browser sees it: the form with the query, then a table of the rows,
    IRIs under the base linked to their pages; a note when the answer was cut at the cap."""
    from .pages import page

    def cell(term) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            href = "/" + term.value[len(base):] if term.value.startswith(base) else term.value
            return f"<a href='{html.escape(href)}'>{html.escape(term.value)}</a>"
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
    """An ASK answer in SPARQL results XML or JSON."""
    if media == "application/sparql-results+xml":
        return ("<?xml version='1.0'?><sparql xmlns='http://www.w3.org/2005/sparql-results#'><head/>"
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>").encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def results(variables, rows, fmt) -> bytes:
    """SPARQL results of capped rows in the asked format."""
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
        writer.writerows([[_csv_value(row[n]) for n in names] for row in rows])
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
            parts.append(f"<binding name='{html.escape(n)}'>{_xml_term(term)}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>")
    return "".join(parts).encode()


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


def _csv_value(term) -> str:
    """SPARQL 1.1 CSV: a term's plain value, a blank node with its '_:' (empty: unbound)."""
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _xml_term(term) -> str:
    """A term as SPARQL XML results write it: uri, bnode, or literal with its language or datatype."""
    value = html.escape(term.value)
    if isinstance(term, ox.NamedNode):
        return f"<uri>{value}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{value}</bnode>"
    if term.language:
        return f"<literal xml:lang='{html.escape(term.language)}'>{value}</literal>"
    if term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype='{html.escape(term.datatype.value)}'>{value}</literal>"
    return f"<literal>{value}</literal>"
