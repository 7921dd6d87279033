"""The linked-data server over real HTTP: uvicorn started on a loopback port."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .conftest import ROOT, children, cpu_seconds, serving, serving_process

EUROPOL = "https://w3id.org/jhakg/id/agency/europol"


@pytest.fixture(scope="module")
def server(dist):
    with serving(dist) as base:
        yield base


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get_no_redirect(url: str, accept: str | None = None):
    """The first response itself (a thing's IRI answers 303 See Other)."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers={"Accept": accept} if accept else {}), timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get(url: str, accept: str | None = None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


@pytest.mark.parametrize("accept,media,fmt", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("text/html;q=0.5, text/turtle;q=0.9", "text/turtle", "turtle"),
])
def test_content_negotiation(server, accept, media, fmt):
    status, headers, _ = get_no_redirect(server + "/id/agency/europol", accept)
    assert status == 303 and "Accept" in headers["Vary"] and headers["Location"].startswith("/doc/agency/europol.")
    status, headers, body = get(server + "/id/agency/europol", accept)
    assert status == 200 and headers["Content-Type"].startswith(media)
    graph = Graph().parse(data=body, format=fmt)
    assert (URIRef(EUROPOL), None, None) in graph


def test_html_and_format_parameter(server):
    status, headers, body = get(server + "/id/agency/europol", "text/html,application/xhtml+xml")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"European Union Agency for Law Enforcement Cooperation" in body
    # links to other data, outbound
    assert b'<a href="http://www.wikidata.org/entity/Q207203" rel="external">Wikidata Q207203</a>' in body
    assert b'href="http://publications.europa.eu/resource/authority/corporate-body/EUROPOL" rel="external"' in body
    status, headers, _ = get(server + "/id/agency/europol?format=ttl", "text/html")
    assert headers["Content-Type"].startswith("text/turtle")


def test_the_format_links_of_a_resource_page_give_those_formats(server):
    """Each format link on a page answers that format; Turtle declares the prefixes it uses,
    JSON-LD has a context (compact IRIs), and every format holds the same triples."""
    import re

    _, _, page = get(server + "/doc/agency/europol.html")
    links = dict((ext, href) for href, ext in re.findall(r"<a href='([^']+)' type='[^']+'>(\w+)</a>", page.decode()))
    assert sorted(links) == ["jsonld", "nt", "rdf", "ttl"]
    graphs = {}
    for ext, (media, fmt) in {"ttl": ("text/turtle", "turtle"), "nt": ("application/n-triples", "nt"),
                              "jsonld": ("application/ld+json", "json-ld"), "rdf": ("application/rdf+xml", "xml")}.items():
        status, headers, body = get(server + links[ext])
        assert status == 200 and headers["Content-Type"].startswith(media), ext
        graphs[ext] = Graph().parse(data=body, format=fmt)
        if ext == "ttl":
            assert b"@prefix skos: <http://www.w3.org/2004/02/skos/core#>" in body and b"agency:europol" in body
            assert b"@prefix foaf:" not in body or b"foaf:" in body.split(b"\n\n", 1)[-1]  # only prefixes it uses
        if ext == "jsonld":
            document = json.loads(body)
            assert document["@context"]["skos"] == "http://www.w3.org/2004/02/skos/core#"
            assert any(node["@id"] == "agency:europol" for node in document["@graph"])
    assert len(graphs["nt"]) > 10 and all(set(g) == set(graphs["nt"]) for g in graphs.values())
    assert get(server + "/id/agency/europol.html")[0] == 200 and get(server + "/id/agency/nothing.ttl")[0] == 404


def test_an_agency_page_answers_first_and_keeps_the_table_below(server, store):
    """eu-LISA's page: the year it chaired the network, with the quote and a link to that
    place in the document, before the property table; each property on one row; evidence
    annotations are not listed among the resources that point here."""
    import re

    status, _, body = get(server + "/id/agency/eu-lisa", "text/html")
    page = body.decode()
    chairs = page.index("<h2>Chair of the JHA Agencies' Network</h2>")
    assert status == 200 and chairs < page.index("<h2>All its properties</h2>")
    section = page[chairs:page.index("</ul>", page.index("<ul class='quotes'>", chairs))]
    assert ">2024</a>" in section and "chaired by eu-LISA throughout 2024" in section
    document, anchor = re.search(r"href='(/id/document/[^'#]+)#at-(\d+)'", section).groups()
    text = next(iter(store.query(f"SELECT ?t WHERE {{ <https://w3id.org/jhakg{document}> "
                                  "<http://schema.org/text> ?t }")))["t"].value
    assert text[int(anchor):].startswith("This hybrid meeting")  # the link lands on the quote
    assert "<h2>Systems it operates</h2>" in page and "Schengen Information System" in page
    assert page.count("<th>altLabel</th>") <= 1 and "/id/annotation/" not in page.split("<h2>Referred to by</h2>")[-1]
    names = page[page.index("<h2>Names over time</h2>"):chairs]
    assert "European Agency for the operational management" in names


def test_unknown_iri_is_404_and_unacceptable_is_406(server):
    assert get(server + "/id/agency/interpol")[0] == 404
    assert get(server + "/id/agency/europol", "image/png")[0] == 406


def test_sparql_protocol_with_sparqlwrapper(server):
    from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("SELECT ?y WHERE { ?p a <https://w3id.org/jhakg/ontology#NetworkPresidency> ; "
                    "<https://w3id.org/jhakg/ontology#year> ?y } ORDER BY ?y")
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert [r["y"]["value"] for r in rows] == ["2017", "2018", "2024"]
    client.setMethod(POST)
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().splitlines()[0] == "y"
    status, headers, _ = get(server + "/sparql?query=" + urllib.request.quote("SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
                             "application/sparql-results+json")
    assert status == 200 and headers["X-Row-Cap"] and headers["X-Time-Limit"]
    bad = get(server + "/sparql?query=" + urllib.request.quote("SELECT * WHERE { SERVICE <http://x.org/> { ?s ?p ?o } }"))
    assert bad[0] == 400
    update = get(server + "/sparql?query=" + urllib.request.quote("DELETE WHERE { ?s ?p ?o }"))
    assert update[0] == 400


def test_queries_api_and_openapi(server):
    status, _, body = get(server + "/queries", "application/json")
    names = {q["name"] for q in json.loads(body)}
    assert "chairs-by-year" in names
    required = {q["name"] for q in json.loads(body) if any(p["required"] for p in q["parameters"])}
    assert required == {"document-facts"}
    for name in names:
        status, _, body = get(server + f"/queries/{name}", "application/json")
        assert (status, name in required) in ((200, False), (400, True)), name
    status, _, body = get(server + "/queries/document-facts", "application/json")
    assert b"needs the parameter document" in body
    status, _, body = get(server + "/queries/document-facts?document=000_6e879119cdfcf355.txt", "application/json")
    assert status == 200 and json.loads(body)["rows"]
    # a browser following the list of queries to one that needs a parameter gets its form
    status, _, body = get(server + "/queries/document-facts", "text/html")
    assert status == 200 and b'<input name="document"' in body and b"Give document" in body and b"<table>" not in body
    status, _, body = get(server + "/queries/document-facts?document=000_6e879119cdfcf355.txt", "text/html")
    assert status == 200 and b'value="000_6e879119cdfcf355.txt"' in body and b"<table>" in body
    status, _, body = get(server + "/queries/chairs-by-year?agency=EIGE", "application/json")
    assert [r["year"] for r in json.loads(body)["rows"]] == ["2018"]
    status, headers, body = get(server + "/queries/chairs-by-year", "text/csv")
    assert headers["Content-Type"].startswith("text/csv") and body.startswith(b"year,acronym")
    status, _, body = get(server + "/queries/council-presidencies?year=20x4")
    assert status == 400 and b"four-digit year" in body
    assert get(server + "/queries/nope")[0] == 404
    spec = json.loads(get(server + "/openapi.json")[2])
    assert "/queries/chairs-by-year" in spec["paths"]


def test_void_ontology_index_and_dumps(server):
    for path in ("/void", "/.well-known/void", "/ontology"):
        status, headers, _ = get(server + path, "text/turtle")
        assert status == 200 and headers["Content-Type"].startswith("text/turtle"), path
    status, _, body = get(server + "/", "text/html")
    assert status == 200 and b"/browse?kind=agency" in body  # the home page leads to the lists (tests/test_browse.py)
    assert get(server + "/dist/jhakg.ttl")[0] == 200
    assert get(server + "/dist/nothing.ttl")[0] == 404


def test_document_page_highlights_evidence_and_facts_quote_it(server):
    status, _, body = get(server + "/id/document/002_7658506f877b54af", "text/html")
    page = body.decode()
    assert status == 200 and page.count("<mark") >= 5
    assert "href='/id/presidency/network/2024-eu-lisa'" in page
    status, _, body = get(server + "/id/presidency/network/2024-eu-lisa", "text/html")
    page = body.decode()
    assert "which is being chaired by eu-LISA throughout 2024" in page
    assert "/id/document/002_7658506f877b54af#at-229" in page


def test_timeline_draws_presidencies_and_meetings(server):
    import re

    status, _, body = get(server + "/timeline", "text/html")
    page = body.decode()
    assert status == 200 and "<svg" in page
    for label in ("EMCDDA", "EIGE", "eu-LISA", "EE", "BE"):
        assert f">{label}<" in page or f">{label} " in page, label
    assert page.count("<circle") >= 9
    assert "href='/id/meeting/2017-11-28-lisbon'" in page
    assert "<ul class='legend'>" in page and "viewBox=" in page
    for node in set(re.findall(r"<a href='(/id/(?:presidency|meeting)/[^']+)'><(?:rect|circle)", page)):
        assert page.count(f"<a href='{node}'><") == 1, node  # each mark once
    # filtered: only the meetings of 2017, listed below the drawing as well
    status, _, body = get(server + "/timeline?from=2017&to=2017&kind=meeting", "text/html")
    page = body.decode()
    assert status == 200 and "<rect" not in page and "href='/id/meeting/2017-11-28-lisbon'" in page
    listed = re.findall(r"<li>(\d{4})[^<]*: <a href='/id/meeting/", page)
    assert listed and set(listed) == {"2017"} and page.count("<circle") == len(listed)
    for bad in ("?from=abc", "?kind=war", "?to=99"):
        assert get(server + "/timeline" + bad, "text/html")[0] == 400, bad


def test_static_site(dist, tmp_path):
    from .conftest import run_cli

    out = tmp_path / "site"
    result = run_cli("site", str(out), "--dist", str(dist))
    assert result.returncode == 0, result.stderr
    assert (out / "index.html").is_file() and (out / "timeline" / "index.html").is_file()
    assert "RewriteRule" in (out / ".htaccess").read_text()
    page = (out / "id" / "agency" / "europol" / "index.html").read_text()
    assert "European Union Agency for Law Enforcement Cooperation" in page
    for ext, fmt in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdf", "xml")):
        graph = Graph().parse(out / "id" / "agency" / f"europol.{ext}", format=fmt)
        assert (URIRef(EUROPOL), None, None) in graph, ext
    assert (out / "id" / "document" / "002_7658506f877b54af" / "index.html").read_text().count("<mark") >= 5
    # the ontology's documentation and the dataset's description, as pages and as Turtle
    ontology_page = (out / "ontology" / "index.html").read_text()
    assert "id='Agency'" in ontology_page and "href='/dist/ontology.ttl'" in ontology_page
    assert (out / "dist" / "ontology.ttl").is_file()
    assert Graph().parse(out / "ontology.ttl", format="turtle") and Graph().parse(out / "void.ttl", format="turtle")
    assert "void:sparqlEndpoint" in (out / "void" / "index.html").read_text()
    assert "RewriteRule ^(ontology|void)/?$ $1.ttl" in (out / ".htaccess").read_text()
    assert (out / "static" / "site.css").read_bytes() and '/static/site.css' in (out / "index.html").read_text()


def test_ontology_documentation_and_shacl_report_pages(server):
    import re

    status, headers, body = get(server + "/ontology", "text/html")
    page = body.decode()
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert "<style" not in page and "style=" not in page and "<script" not in page  # the site's CSP holds
    for term in ("Agency", "Meeting", "NetworkPresidency", "InformationSystem", "PolicyPriority", "heldBy", "year"):
        assert f"id='{term}'" in page and f"<a href='#{term}'>{term}</a>" in page, term  # at its anchor, in the contents
    # the ontology's metadata: its title heads the page, its version, licence, dates, namespace are listed
    assert "<h1>jhakg: EU Justice and Home Affairs knowledge graph ontology</h1>" in page
    for label, value in (("version", "0.1.0"), ("creator", "The jhakg developers"), ("created", "2026-11-22"),
                         ("namespace", "https://w3id.org/jhakg/ontology#")):
        assert re.search(f"<tr><th>{label}</th><td>{re.escape(value)}</td></tr>", page), label
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="external"' in page
    # a term's relations both ways, its IRI and kind, the shapes its instances are validated against
    agency = page[page.index("<section id='Agency'>"):].split("</section>")[0]
    assert "class <code>https://w3id.org/jhakg/ontology#Agency</code>" in agency
    assert re.search(r'<th>in domain of</th><td>.*<a href="#memberOfNetwork">memberOfNetwork</a>', agency)
    assert re.search(r'<th>in range of</th><td><a href="#operatedBy">operatedBy</a>', agency)
    assert re.search(r'<th>disjoint with</th><td><a href="#Committee">Committee</a>', agency)
    assert "AgencyShape" in agency and "LabelShape (as Organisation)" in agency
    held_by = page[page.index("<section id='heldBy'>"):].split("</section>")[0]
    assert "object property" in held_by and '<a href="#holdsPresidency">holdsPresidency</a>' in held_by
    # prefixed names by the file's own prefixes, each listed with its namespace
    assert ">schema:Event</a>" in page and "schema1:" not in page
    assert "<tr><th>schema</th><td><code>http://schema.org/</code></td></tr>" in page
    assert get(server + "/dist/ontology.ttl")[0] == 200 and "href='/dist/ontology.ttl'" in page
    status, _, body = get(server + "/shacl", "text/html")
    shapes = len(list(Graph().parse(ROOT / "ontology" / "shapes.ttl").subjects(RDF.type, SH.NodeShape)))
    assert status == 200 and f"conforms to {shapes} shapes".encode() in body


def test_sparql_time_limit_is_stated_and_kept(dist):
    with serving(dist, JHAKG_SPARQL_TIME_LIMIT="0.05") as base:
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, headers, body = get(base + "/sparql?query=" + urllib.request.quote(heavy))
        assert status == 503 and headers["X-Time-Limit"] == "0.05" and b"time limit" in body


def post(url: str, body: str, content_type: str = "application/sparql-query"):
    request = urllib.request.Request(url, data=body.encode("utf-8"), headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_queries_too_deep_or_too_long_are_refused_before_the_parser(dist):
    """Thousands of nested groups or parentheses overflow pyoxigraph's parser, which kills
    the process: they are answered 400 without being parsed, an over-long query 413, and
    the server answers the next query."""
    braces = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    parens = "SELECT * WHERE { FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }"
    with serving(dist) as base:
        status, _, body = get(base + "/sparql?query=" + urllib.request.quote(braces))
        assert status == 400 and b"nests 5000 levels" in body
        assert post(base + "/sparql", parens)[0] == 400
        assert post(base + "/sparql", "query=" + urllib.request.quote(braces),
                    "application/x-www-form-urlencoded")[0] == 400
        status, _, body = post(base + "/sparql", "SELECT * WHERE { ?s ?p ?o } # " + "x" * 200_000)
        assert status == 413 and b"limit is 100,000" in body
        # brackets inside strings, IRIs and comments nest nothing
        fine = 'SELECT ?s WHERE { ?s ?p ?o FILTER (?o != "' + "{(" * 100 + '") } LIMIT 1 # ' + "{" * 100
        status, _, body = get(base + "/sparql?query=" + urllib.request.quote(fine), "application/sparql-results+json")
        assert status == 200 and json.loads(body)["results"]["bindings"]


@pytest.mark.parametrize("path,status", [
    ("/id/agency/%ZZ", 400), ("/id/a<b", 400), ("/doc/agency/%ZZ.ttl", 400), ("/graph/%Z", 400), ("/id/a%G0", 400),
    # escapes an IRI may hold (a minted IRI holds them for a file name with '<' or a space)
    ("/id/agency/a%3Cb", 404), ("/id/agency/a%20b", 404), ("/id/agency/%00", 404), ("/doc/agency/a%3Cb.html", 404),
    ("/graph/%00", 404), ("/graph/a%20b", 404)])
def test_a_path_that_makes_no_iri_is_a_bad_request(server, path, status):
    import http.client

    host, port = server.split("//")[1].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    assert response.status == status and (status == 404 or body == b"not a valid IRI path")


def test_a_query_body_that_is_not_utf8_is_a_bad_request(server):
    assert post(server + "/sparql", 'SELECT * WHERE { ?s ?p "café" } LIMIT 1')[0] == 200  # UTF-8 is read
    request = urllib.request.Request(server + "/sparql", data='SELECT * WHERE { ?s ?p "caf\xe9" }'.encode("latin-1"),
                                     headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 400 and info.value.read() == b"the request body is not UTF-8"


@pytest.mark.parametrize("size", [70_000, 1_000_000])
def test_a_url_too_long_is_414_and_headers_too_long_431(server, size):
    """The answer reaches the client although it is still sending (no reset), and says why;
    the server answers the next request."""
    status, _, body = get(server + "/sparql?query=" + "A" * size)
    assert status == 414 and b"send a long query with POST" in body
    request = urllib.request.Request(server + "/void", headers={"X-Padding": "p" * size})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 431
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 20_000  # long, but under the limit
    assert get(server + "/sparql?query=" + urllib.request.quote(query))[0] == 200


@pytest.mark.parametrize("path", ["/queries/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/dist/%3Cimg%20src%3Dx%3E",
                                  "/sparql?query=" + urllib.request.quote("SELECT <script>alert(1)</script>"),
                                  "/queries/chairs-by-year?year=%3Cscript%3E"])
def test_an_error_that_repeats_the_request_is_plain_text_a_browser_will_not_run(server, path):
    """An error body may name what was asked (the unknown query, the bad parameter): it is
    text/plain with nosniff, so a browser shows the markup as text and runs nothing."""
    status, headers, body = get(server + path, "text/html")
    assert 400 <= status < 500
    assert headers["Content-Type"].startswith("text/plain") and headers["X-Content-Type-Options"] == "nosniff"


def test_one_layout_and_one_stylesheet(server):
    """Every page comes from the one layout and links the one stylesheet, served from the
    package; the Content Security Policy allows no inline style, and nothing else is served
    from /static/."""
    for path in ("/", "/id/agency/europol", "/timeline", "/browse", "/sparql", "/queries/chairs-by-year?format=html"):
        status, headers, body = get(server + path, "text/html")
        assert status == 200 and b'<link rel="stylesheet" href="/static/site.css">' in body, path
        assert b"<nav aria-label=\"site\">" in body and b" style=" not in body and b"<style" not in body, path
        policy = headers["Content-Security-Policy"]
        if path == "/sparql":  # YASGUI: scripts from the package only; its editor sets inline styles
            assert "script-src 'self';" in policy and "'unsafe-eval'" not in policy
        else:
            assert "'unsafe-inline'" not in policy and "script-src" not in policy, path
    status, headers, body = get(server + "/static/site.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css") and b".browse" in body
    for path in ("/static/..%2Fserver.py", "/static/../server.py", "/static/nothing.css", "/static/.hidden"):
        assert get(server + path)[0] == 404, path


def test_every_page_is_a_template_of_the_layout_that_escapes_what_it_is_given():
    """The pages come from templates/, each extending the one layout; autoescaping is on and
    no template marks a value safe or turns escaping off, so whatever the data says is
    written as text."""
    from jhakg.web.templating import TEMPLATES, environment

    assert environment().autoescape is True
    for path in TEMPLATES.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "autoescape" not in text, path.name
        if path.name not in ("base.html", "macros.html"):
            assert text.startswith('{% extends "base.html" %}'), path.name


def test_cors_for_web_clients_and_security_headers_on_pages(server):
    """A SPARQL client in a browser (YASGUI) may call the endpoint and fetch the RDF: CORS
    for any origin, preflight answered; every answer forbids sniffing and framing, and HTML
    pages carry a Content Security Policy."""
    preflight = urllib.request.Request(server + "/sparql", method="OPTIONS", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(preflight, timeout=10) as response:
        assert response.status == 200 and response.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in response.headers["Access-Control-Allow-Methods"]
    for path, accept in (("/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"), "application/sparql-results+json"),
                         ("/doc/agency/europol.ttl", "text/turtle")):
        request = urllib.request.Request(server + path, headers={"Origin": "https://yasgui.example", "Accept": accept})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "*", path
    status, headers, _ = get(server + "/", "text/html")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert (headers["X-Content-Type-Options"], headers["X-Frame-Options"], headers["Referrer-Policy"]) == \
        ("nosniff", "DENY", "no-referrer")
    status, headers, _ = get(server + "/doc/agency/europol.ttl", "text/turtle")
    assert headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" not in headers


def test_media_types_are_case_insensitive_and_a_406_varies_by_accept(server):
    status, headers, _ = get_no_redirect(server + "/id/agency/europol", "Text/Turtle")
    assert status == 303 and headers["Location"] == "/doc/agency/europol.ttl"
    status, headers, _ = get_no_redirect(server + "/id/agency/europol", "image/png")
    assert status == 406 and "Accept" in headers["Vary"].split(", ")


def test_an_update_posted_to_the_endpoint_is_refused(server):
    status, _, body = post(server + "/sparql", "update=" + urllib.request.quote("DROP ALL"),
                           "application/x-www-form-urlencoded")
    assert status == 400 and b"updates are refused" in body


TERMS = ('PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?label ?day ?node ?none WHERE { '
         'BIND ("Europol"@en AS ?label) BIND ("2024-03-04"^^xsd:date AS ?day) BIND (BNODE() AS ?node) }')


def test_results_keep_languages_datatypes_and_blank_nodes_in_every_format(server):
    import csv
    import xml.etree.ElementTree as ET

    url = server + "/sparql?query=" + urllib.request.quote(TERMS)
    status, headers, body = get(url, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    bindings = {b.get("name"): b[0] for b in ET.fromstring(body).findall(".//r:binding", ns)}
    assert bindings["label"].get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert bindings["day"].get("datatype") == "http://www.w3.org/2001/XMLSchema#date"
    assert bindings["node"].tag.endswith("bnode") and "none" not in bindings
    status, _, body = get(url, "text/csv")
    header, row = list(csv.reader(body.decode().splitlines()))
    assert header == ["label", "day", "node", "none"] and row[:2] == ["Europol", "2024-03-04"]
    assert row[2].startswith("_:") and row[3] == ""
    data = json.loads(get(url, "application/sparql-results+json")[2])["results"]["bindings"][0]
    assert data["label"]["xml:lang"] == "en" and data["node"]["type"] == "bnode"


def test_ask_answers_in_the_format_asked(server):
    url = server + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }")
    status, headers, body = get(url, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    assert b"<boolean>true</boolean>" in body
    assert json.loads(get(url, "application/sparql-results+json")[2])["boolean"] is True


def test_an_answer_cut_at_the_row_cap_says_so(dist):
    with serving(dist, JHAKG_SPARQL_ROW_CAP="5") as base:
        status, headers, body = get(base + "/sparql?query=" + urllib.request.quote("SELECT * WHERE { ?s ?p ?o }"),
                                    "application/sparql-results+json")
        assert status == 200 and headers["X-Row-Cap"] == "5" and headers["X-Result-Truncated"] == "true"
        assert len(json.loads(body)["results"]["bindings"]) == 5
        query = urllib.request.quote("SELECT * WHERE { ?s ?p ?o } LIMIT 5")
        status, headers, body = get(base + "/sparql?query=" + query, "application/sparql-results+json")
        assert "X-Result-Truncated" not in headers and len(json.loads(body)["results"]["bindings"]) == 5
        status, headers, body = get(base + "/sparql?query=" + urllib.request.quote("SELECT * WHERE { ?s ?p ?o }"),
                                    "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert headers["X-Result-Truncated"] == "true" and b"more than 5 rows; these are the first 5" in body
        assert body.count(b"<tr>") == 6 and b"<textarea name='query'" in body  # the header row and 5 rows


def test_the_html_view_of_an_answer_escapes_what_it_shows(server):
    query = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>" AS ?x) }'
    status, headers, body = get(server + "/sparql?query=" + urllib.request.quote(query), "text/html")
    assert status == 200 and b"&lt;script&gt;alert(1)&lt;/script&gt;" in body and b"<script>" not in body
    assert "script-src" not in headers["Content-Security-Policy"] and "default-src 'none'" in headers[
        "Content-Security-Policy"]
    status, _, body = get(server + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"), "text/html")
    assert status == 200 and b"<strong>true</strong>" in body


def _count(base: str, query: str, **graphs: str) -> tuple[int, int | bytes]:
    params = [("query", query)] + [(k.replace("_", "-"), v) for k, v in graphs.items()]
    status, _, body = get(base + "/sparql?" + urllib.parse.urlencode(params), "application/sparql-results+json")
    return status, int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200 else body


def test_the_read_only_policy_reads_the_query_not_its_words(server, dist):
    """The policy is checked on the parse tree: variables, strings and IRIs that spell a
    keyword are fine; SERVICE anywhere (written in any case, or with escapes) and every
    kind of update are refused; FROM, FROM NAMED (prefixed names resolved) and the
    protocol's graph parameters choose among the dataset's own graphs, and any other graph
    is refused."""
    import pyoxigraph as ox

    for query in ('SELECT ?service WHERE { ?service ?p "delete me" } LIMIT 1',
                  'SELECT ?s WHERE { ?s ?p "European External Action Service" }',
                  'SELECT ?s WHERE { ?s <http://example.org/drop/service> ?o } # DELETE',
                  'PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:a.service ex:no-delete }',
                  'SELECT ?load WHERE { ?load ?insert ?drop } LIMIT 1'):
        assert get(server + "/sparql?query=" + urllib.request.quote(query))[0] == 200, query
    for query, reason in (("SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }", b"SERVICE"),
                          ("SELECT * WHERE { ?s ?p ?o .SERVICE <http://example.org/sparql> { ?s ?p ?o } }", b"SERVICE"),
                          ("SELECT * WHERE { ?s ?p ?o OPTIONAL { { SERVICE SILENT ?x { ?a ?b ?c } } } }", b"SERVICE"),
                          ("SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }", b"SERVICE"),
                          ("DELETE WHERE { ?s ?p ?o }", b"updates"), ("LOAD <http://example.org/data.ttl>", b"updates"),
                          ("INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }", b"updates"),
                          ("CLEAR ALL", b"updates"), ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", b"FROM"),
                          ("PREFIX ex: <http://example.org/> SELECT * FROM NAMED ex:g WHERE { ?s ?p ?o }", b"FROM"),
                          ("SELECT * WHERE { ?s ?p }", b"not a SPARQL 1.1 query"), ("  \n ", b"not a SPARQL 1.1 query")):
        status, _, body = get(server + "/sparql?query=" + urllib.request.quote(query))
        assert status == 400 and reason in body, query
    store = ox.Store()
    store.bulk_load(path=str(dist / "jhakg.trig"), format=ox.RdfFormat.TRIG)
    ontology = "https://w3id.org/jhakg/graph/ontology"
    expected = len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(ontology))))
    everything = _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1]
    assert 0 < expected < everything
    assert _count(server, f"SELECT (COUNT(*) AS ?n) FROM <{ontology}> WHERE {{ ?s ?p ?o }}") == (200, expected)
    assert _count(server, "PREFIX g: <https://w3id.org/jhakg/graph/> "
                          "SELECT (COUNT(*) AS ?n) FROM g:ontology WHERE { ?s ?p ?o }") == (200, expected)
    assert _count(server, "BASE <https://w3id.org/jhakg/graph/> "
                          "SELECT (COUNT(*) AS ?n) FROM <ontology> WHERE { ?s ?p ?o }") == (200, expected)
    assert _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph_uri=ontology) == (200, expected)
    assert _count(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                  named_graph_uri=ontology) == (200, expected)
    status, body = _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                          default_graph_uri="http://example.org/elsewhere")
    assert status == 400 and b"only the dataset's own graphs" in body


def test_the_endpoint_describes_itself(server):
    """GET /sparql without a query, asking for RDF: a SPARQL 1.1 Service Description."""
    from rdflib import Namespace

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    status, headers, body = get(server + "/sparql", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    service = URIRef(server + "/sparql")
    assert (service, RDF.type, sd.Service) in graph and (service, sd.endpoint, service) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.resultFormat, URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON")) in graph
    status, _, body = get(server + "/sparql", "text/html")
    assert status == 200 and b"<form" in body


HEAVY = urllib.request.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")


def _spinning(server_pid: int, seconds: float = 0.5) -> list[int]:
    """The query workers (the server's grandchildren) that use CPU over ``seconds``."""
    import time

    workers = [w for z in children(server_pid) for w in children(z)]
    before = {w: cpu_seconds(w) for w in workers}
    time.sleep(seconds)
    return [w for w in workers if w in before and cpu_seconds(w) - before[w] > seconds / 4]


def test_a_query_past_the_time_limit_is_stopped_and_its_worker_replaced(dist):
    """The time limit stops the work, not only the wait: the worker is killed, nothing keeps
    running, and a new worker answers the next query at once."""
    import time

    with serving_process(dist, JHAKG_SPARQL_TIME_LIMIT="1", JHAKG_SPARQL_WORKERS="2") as (base, proc):
        workers = [w for z in children(proc.pid) for w in children(z)]
        assert len(workers) == 2
        start = time.monotonic()
        status, headers, body = get(base + "/sparql?query=" + HEAVY)
        assert status == 503 and b"time limit" in body and time.monotonic() - start < 5
        assert _spinning(proc.pid) == []
        assert get(base + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"))[0] == 200
        now = [w for z in children(proc.pid) for w in children(z)]
        assert len(now) == 2 and set(now) != set(workers)


def test_when_every_evaluator_is_busy_the_endpoint_says_so_at_once_and_pages_still_answer(dist):
    """Two workers, two queries that outlive the time limit: meanwhile a third query is
    answered 503 with Retry-After at once, and the pages and canned queries answer as
    usual; once the two are stopped at the limit, queries are answered again."""
    import threading
    import time

    with serving(dist, JHAKG_SPARQL_TIME_LIMIT="3", JHAKG_SPARQL_WORKERS="2") as base:
        statuses = []
        runners = [threading.Thread(target=lambda: statuses.append(get(base + "/sparql?query=" + HEAVY)[0]))
                   for _ in range(2)]
        for t in runners:
            t.start()
        time.sleep(1)
        start = time.monotonic()
        status, headers, body = get(base + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"))
        assert status == 503 and headers["Retry-After"] and b"busy" in body and time.monotonic() - start < 0.25
        start = time.monotonic()
        assert get(base + "/", "text/html")[0] == 200
        assert get(base + "/id/agency/europol", "text/turtle")[0] == 200
        assert get(base + "/queries/chairs-by-year", "application/json")[0] == 200
        assert time.monotonic() - start < 1.5
        for t in runners:
            t.join()
        assert statuses == [503, 503]
        time.sleep(0.5)  # the killed workers are replaced
        assert get(base + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"))[0] == 200


def test_a_query_that_needs_too_much_memory_is_stopped_and_the_server_is_unharmed(dist):
    """The query from the report that took the server to 3 GB: its worker gets no more than
    the memory limit, the query is answered 503, and the server's own memory is unchanged."""
    def rss(pid: int) -> int:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(status.split("VmRSS:")[1].split()[0]) * 1024

    greedy = urllib.request.quote("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1")
    with serving_process(dist, JHAKG_SPARQL_MEMORY_MB="200") as (base, proc):
        get(base + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"))
        before = rss(proc.pid)
        for _ in range(3):
            status, headers, body = get(base + "/sparql?query=" + greedy)
            assert status == 503 and headers["X-Memory-Limit"] == "200" and b"memory limit" in body
        assert rss(proc.pid) < before + 50 * 1024 * 1024
        assert get(base + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"))[0] == 200


def test_a_worker_that_dies_mid_query_costs_that_query_only(dist):
    """A worker killed from outside while it evaluates (as a crash would end it): the query
    is answered 503, the server keeps answering and puts a new worker in its place."""
    import signal
    import threading
    import time

    with serving_process(dist, JHAKG_SPARQL_TIME_LIMIT="20", JHAKG_SPARQL_WORKERS="1") as (base, proc):
        answers = []
        runner = threading.Thread(target=lambda: answers.append(get(base + "/sparql?query=" + HEAVY)))
        runner.start()
        time.sleep(1)
        (worker,) = [w for z in children(proc.pid) for w in children(z)]
        os.kill(worker, signal.SIGSEGV)
        runner.join(10)
        assert answers and answers[0][0] == 503
        assert get(base + "/", "text/html")[0] == 200
        deadline = time.monotonic() + 10
        while get(base + "/sparql?query=" + urllib.request.quote("ASK { ?s ?p ?o }"))[0] != 200:
            assert time.monotonic() < deadline
            time.sleep(0.2)


def test_serving_from_an_external_store(dist, tmp_path):
    """`jhakg serve --endpoint`: the same pages and answers from an Oxigraph server."""
    from .conftest import oxigraph_read_only

    with oxigraph_read_only(dist / "jhakg.trig", tmp_path / "oxigraph") as endpoint:
        with serving(dist, JHAKG_ENDPOINT=endpoint) as base:
            status, headers, body = get(base + "/id/agency/europol", "text/turtle")
            assert status == 200 and (URIRef(EUROPOL), None, None) in Graph().parse(data=body, format="turtle")
            status, _, body = get(base + "/id/document/002_7658506f877b54af", "text/html")
            assert status == 200 and body.count(b"<mark") >= 5
            status, _, body = get(base + "/queries/chairs-by-year", "application/json")
            assert [r["year"] for r in json.loads(body)["rows"]] == ["2017", "2018", "2024"]
            status, _, body = get(base + "/timeline", "text/html")
            assert status == 200 and b"<svg" in body
            query = urllib.request.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/jhakg/ontology#Agency> }")
            status, _, body = get(base + "/sparql?query=" + query, "application/sparql-results+json")
            assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "9"
            assert get(base + "/id/agency/interpol")[0] == 404


def test_every_iri_under_the_base_resolves(server, dist):
    """Every IRI the build mints (subjects, objects, graph names; fragments dropped) answers."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(dist / "jhakg.trig"), format=ox.RdfFormat.TRIG)
    store.bulk_load(path=str(dist / "void.ttl"), format=ox.RdfFormat.TURTLE)
    base = "https://w3id.org/jhakg/"
    iris = set()
    for q in store:
        for term in (q.subject, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode) and term.value.startswith(base):
                iris.add(term.value.split("#")[0])
    assert len(iris) > 500
    failures = []
    for iri in sorted(iris):
        status, _, _ = get(server + "/" + iri[len(base):], "text/turtle")
        if status != 200:
            failures.append((iri, status))
    assert not failures, failures[:10]
