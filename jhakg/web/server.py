"""The linked-data server (`jhakg serve`): an ASGI app over the build.

Every IRI under the base dereferences (content negotiation by `Accept` with q-values or
`?format=`: Turtle, N-Triples, JSON-LD, RDF/XML, HTML; `Vary: Accept`; 404 for unknown
IRIs), `/sparql` answers read-only SPARQL 1.1 Protocol queries with a row cap it states,
`/queries/{name}` runs the canned queries with typed parameters (400 with the reason; in
a browser, a query missing a required parameter shows its form),
`/openapi.json` describes them, `/void` and `/.well-known/void` describe the dataset.
Query, model and rendering are kept apart: `site.Site` reads the store (embedded or
remote), the `render_*` functions gather each page's data for its template
(templates/), the routes here negotiate and answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Route

from ..errors import JhakgError
from ..namespaces import DEFAULT_BASE, UNRESERVED
from ..query.canned import bind
from . import assets, query_policy, sparql_results
from .browse_pages import render_browse, render_home, render_search
from .catalogue import KINDS, Catalogue
from .data import RDF_TYPES, Site, serialize
from .http_protocol import MAX_REQUEST_HEAD
from .ontology_page import render_ontology
from .pages import (
    STATIC,
    TIMELINE_KINDS,
    render_graph,
    render_report,
    render_resource,
    render_timeline,
    timeline_rows,
)
from .query_workers import Busy, Ended, QueryWorkers, Refused, Settings, TimeLimit
from .templating import render

FORMAT_ALIASES = {"ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples",
                  "ntriples": "application/n-triples", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
                  "rdf": "application/rdf+xml", "xml": "application/rdf+xml", "html": "text/html"}
KIND_NAMES = [kind for kind, _, _ in KINDS]
EXTENSIONS = {ext: media for media, (_, ext) in RDF_TYPES.items()} | {"html": "text/html"}
ROW_CAP = int(os.environ.get("JHAKG_SPARQL_ROW_CAP", "10000"))  # rows (or triples) an answer holds at most
TIME_LIMIT = float(os.environ.get("JHAKG_SPARQL_TIME_LIMIT", "30"))  # seconds
SPARQL_WORKERS = int(os.environ.get("JHAKG_SPARQL_WORKERS", "4"))  # SPARQL queries evaluated at once
MEMORY_MB = int(os.environ.get("JHAKG_SPARQL_MEMORY_MB", "1024"))  # memory a query may take, beyond the store
ROW_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
             "text/tab-separated-values", "application/json", "text/html"]


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
        ranked.append((-q, i, parts[0].lower()))  # media types are case-insensitive
    for q, _, media in sorted(ranked):
        if q == 0:
            continue
        for o in offered:
            if media in (o, "*/*") or (media.endswith("/*") and o.startswith(media[:-1])):
                return o
    return None


def _iri_path(request: Request, prefix: str = "/") -> str:
    """The request's path after ``prefix`` as it stands in an IRI: as sent (a minted IRI
    may hold percent-escapes, which decoding would change), with escapes of unreserved
    characters decoded and hex digits in capitals (RFC 3986 normalisation)."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("latin-1")[len(prefix):]
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m[1], 16)) if chr(int(m[1], 16)) in UNRESERVED
                  else "%" + m[1].upper(), path)


def _is_iri(text: str) -> bool:
    """Whether a path makes an IRI (no spaces, angle brackets, NULs or broken %-escapes)."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def create_app(dist: Path, base: str = DEFAULT_BASE, endpoint: str | None = None) -> Starlette:
    site = Site(dist, base, endpoint)
    # SPARQL is evaluated by worker processes, at most SPARQL_WORKERS at once, each killed at
    # the time limit and bounded in memory; the pages and canned queries are answered here
    workers = None if endpoint else QueryWorkers(site.store, Settings(base, ROW_CAP, MEMORY_MB),
                                                  SPARQL_WORKERS, TIME_LIMIT)

    catalogue = Catalogue(site.store, base)  # what the home, browse and search pages read

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        if workers:
            workers.close()

    async def resource(request: Request) -> Response:
        """A thing's IRI (/id/...) is not a document: 303 See Other to the description in
        the negotiated format (/doc/....html, .ttl, ...), as Cool URIs for the Semantic Web
        recommends; unknown IRIs are 404."""
        path = _iri_path(request)
        if not _is_iri(base + path):
            return PlainTextResponse("not a valid IRI path", status_code=400)
        if not site.describe(base + path):
            # /id/<thing>.ttl (and .nt, .jsonld, .rdf, .html): the thing's description in
            # that format, the links a resource page gives (the same paths as `jhakg site`)
            stem, _, ext = path.rpartition(".")
            triples = site.describe(base + stem) if stem and ext in EXTENSIONS else []
            if not triples:
                return PlainTextResponse(f"no resource {base + path}", status_code=404)
            if EXTENSIONS[ext] == "text/html":
                return HTMLResponse(render_resource(site, base + stem, triples, catalogue))
            return Response(serialize(triples, EXTENSIONS[ext], base), media_type=EXTENSIONS[ext])
        media = negotiate(request, ["text/html", *RDF_TYPES])
        if media is None:
            return PlainTextResponse("not acceptable; offered: text/html, " + ", ".join(RDF_TYPES), status_code=406,
                                     headers={"Vary": "Accept"})
        ext = "html" if media == "text/html" else RDF_TYPES[media][1]
        return Response(status_code=303, headers={"Location": f"/doc/{path[3:]}.{ext}", "Vary": "Accept"})

    async def named_graph(request: Request) -> Response:
        """A named graph's IRI (/graph/ontology, /graph/document/<id>, ...) gives its triples."""
        iri = base + _iri_path(request)
        if not _is_iri(iri):
            return PlainTextResponse("not a valid IRI path", status_code=400)
        triples = [q.triple for q in site.store.quads_for_pattern(None, None, None, ox.NamedNode(iri))]
        if not triples:
            return PlainTextResponse(f"no graph {iri}", status_code=404)
        media = negotiate(request, list(RDF_TYPES) + ["text/html"])
        if media is None:
            return PlainTextResponse("not acceptable", status_code=406, headers={"Vary": "Accept"})
        if media == "text/html":
            return HTMLResponse(render_graph(site, iri, triples), headers={"Vary": "Accept"})
        return Response(serialize(triples, media, base), media_type=media, headers={"Vary": "Accept"})

    async def description(request: Request) -> Response:
        """The document describing a resource, in the format its extension names."""
        path, _, ext = _iri_path(request, "/doc/").rpartition(".")
        iri = base + "id/" + path
        if not _is_iri(iri):
            return PlainTextResponse("not a valid IRI path", status_code=400)
        triples = site.describe(iri)
        media = FORMAT_ALIASES.get(ext)
        if not triples or media is None:
            return PlainTextResponse(f"no description {request.url.path}", status_code=404)
        if media == "text/html":
            return HTMLResponse(render_resource(site, iri, triples, catalogue))
        return Response(serialize(triples, media, base), media_type=media)

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
            return PlainTextResponse("not acceptable", status_code=406, headers={"Vary": "Accept"})
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        if media == "text/html":
            return HTMLResponse(render("turtle.html", title=path.stem, text=path.read_text(encoding="utf-8")),
                                headers={"Vary": "Accept"})
        return Response(serialize(triples, media, base), media_type=media, headers={"Vary": "Accept"})

    async def index(request: Request) -> Response:
        return HTMLResponse(render_home(catalogue))

    def _choices(request: Request) -> dict | str:
        """The browse and search parameters, checked: the values, or why they are wrong."""
        params = request.query_params
        kind = params.get("kind") or None
        if kind and kind not in KIND_NAMES:
            return f"kind must be one of {', '.join(KIND_NAMES)}"
        values: dict = {"kind": kind, "agency": params.get("agency") or None, "state": params.get("state") or None}
        for name, low in (("year", 1000), ("page", 1)):
            text = params.get(name) or None
            if text is not None and not (text.isdigit() and low <= int(text) <= 1_000_000):
                return f"{name} must be a whole number of at least {low}"
            values[name] = int(text) if text else None
        values["page"] = values["page"] or 1
        return values

    async def browse(request: Request) -> Response:
        values = _choices(request)
        if isinstance(values, str):
            return PlainTextResponse(values, status_code=400)
        return HTMLResponse(render_browse(catalogue, values["kind"], values["year"], values["agency"], values["state"],
                                          values["page"]))

    async def search(request: Request) -> Response:
        values = _choices(request)
        if isinstance(values, str):
            return PlainTextResponse(values, status_code=400)
        text = request.query_params.get("q", "")
        if len(text) > 500:
            return PlainTextResponse("a search is at most 500 characters", status_code=400)
        return HTMLResponse(render_search(catalogue, text, values["kind"], values["page"]))

    async def sparql(request: Request) -> Response:
        params = {k: request.query_params.getlist(k) for k in ("query", "default-graph-uri", "named-graph-uri")}
        if request.method == "POST":
            try:
                body = (await request.body()).decode("utf-8")
            except UnicodeDecodeError:
                return PlainTextResponse("the request body is not UTF-8", status_code=400)
            if "x-www-form-urlencoded" in request.headers.get("content-type", ""):
                form = urllib.parse.parse_qs(body)
                if "update" in form:
                    return PlainTextResponse("read-only endpoint: updates are refused", status_code=400)
                params = {k: form.get(k, []) + params[k] for k in params}
            else:  # application/sparql-query; the graphs may be in the URL
                params["query"] = [body]
        text = (params["query"] or [""])[0]
        if not text:  # the endpoint itself: its SPARQL 1.1 Service Description, or the form
            media = negotiate(request, ["text/html", *RDF_TYPES])
            if media in RDF_TYPES:
                endpoint = str(request.url.replace(query="", fragment=""))
                return Response(serialize(sparql_results.service_description(endpoint, base), media), media_type=media,
                                headers={"Vary": "Accept"})
            examples = [(q.title, q.text) for q in site.queries.values() if not any(p.required for p in q.params)]
            return HTMLResponse(sparql_results.render_editor(examples, assets.present()),
                                headers={"Vary": "Accept", "Content-Security-Policy": sparql_results.EDITOR_CSP})
        over = query_policy.problem(text)  # before any parser: a deep enough query crashes pyoxigraph's
        if over:
            return PlainTextResponse(over[1], status_code=over[0])
        graphs = {k: params[k] for k in ("default-graph-uri", "named-graph-uri") if params[k]}
        outside = [g for gs in graphs.values() for g in gs if not (g.startswith(base) and _is_iri(g))]
        if outside:
            return PlainTextResponse(f"{outside[0]}: only the dataset's own graphs, IRIs under <{base}>",
                                     status_code=400)
        if site.endpoint:  # an external store answers its own protocol: pass the query through
            return await _proxy(request, site.endpoint, text, graphs)
        try:
            answer = await workers.evaluate({
                "query": text, "default_graph": graphs.get("default-graph-uri", []),
                "named_graphs": graphs.get("named-graph-uri", []),
                "rows_media": negotiate(request, ROW_TYPES) or ROW_TYPES[0],
                "graph_media": negotiate(request, list(RDF_TYPES)) or "text/turtle",
                "boolean_media": negotiate(request, sparql_results.BOOLEAN_TYPES) or sparql_results.BOOLEAN_TYPES[0]})
        except Busy:  # every worker evaluating: say so now, not after the time limit
            return PlainTextResponse(f"all {SPARQL_WORKERS} query evaluators are busy; try again later",
                                     status_code=503, headers={"Retry-After": f"{max(1, round(TIME_LIMIT))}"})
        except TimeLimit:
            return PlainTextResponse(f"the query ran past the time limit of {TIME_LIMIT:g} s and was stopped",
                                     status_code=503, headers={"X-Time-Limit": f"{TIME_LIMIT:g}"})
        except Ended:
            return PlainTextResponse(f"the query was stopped: it needed more than the memory limit of {MEMORY_MB:,} MB",
                                     status_code=503, headers={"X-Memory-Limit": f"{MEMORY_MB}"})
        except Refused as exc:
            return PlainTextResponse(exc.reason, status_code=exc.status)
        headers = {"X-Row-Cap": str(ROW_CAP), "X-Time-Limit": f"{TIME_LIMIT:g}", "Vary": "Accept"}
        if answer.truncated:
            headers["X-Result-Truncated"] = "true"  # the answer holds the first ROW_CAP of more
        media = "application/sparql-results+json" if answer.media == "application/json" else answer.media
        return Response(answer.body, media_type=media, headers=headers)

    async def queries(request: Request) -> Response:
        listing = [{"name": q.name, "title": q.title, "description": q.description,
                    "parameters": [{"name": p.name, "type": p.type, "default": p.default, "required": p.required}
                                   for p in q.params],
                    "url": f"/queries/{q.name}"} for q in site.queries.values()]
        if negotiate(request, ["application/json", "text/html"]) == "text/html":
            return HTMLResponse(render("queries.html", queries=list(site.queries.values())), headers={"Vary": "Accept"})
        return JSONResponse(listing, headers={"Vary": "Accept"})

    async def run_query(request: Request) -> Response:
        name = request.path_params["name"]
        query = site.queries.get(name)
        if query is None:
            return PlainTextResponse(f"unknown query {name!r}; known: {', '.join(sorted(site.queries))}", status_code=404)
        params = {k: v for k, v in request.query_params.items() if k != "format"}
        missing = [p for p in query.params if p.required and not params.get(p.name)]
        if missing and negotiate(request, ["application/json", "text/csv", "text/html"]) == "text/html":
            # a browser following the list of queries: the form for what the query needs
            return HTMLResponse(render("query.html", query=query, values=params, missing=missing, result=None),
                                headers={"Vary": "Accept"})
        try:
            # off the event loop: an archive-sized aggregate takes a while, and the pages keep answering
            result = await run_in_threadpool(lambda: site.runner.run(query, bind(query, params, site.runner.resolve)))
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
            return HTMLResponse(render("query.html", query=query, values=params, missing=[], result=result),
                                headers=headers)
        return JSONResponse({"query": name, "columns": result.columns, "rows": result.rows}, headers=headers)

    timeline_cache = None

    async def timeline(request: Request) -> Response:
        nonlocal timeline_cache
        params = request.query_params
        years = []
        for name in ("from", "to"):
            text = params.get(name) or ""
            if text and not (text.isdigit() and 1000 <= int(text) <= 9999):
                return PlainTextResponse(f"{name} must be a year", status_code=400)
            years.append(int(text) if text else None)
        kinds = tuple(params.getlist("kind")) or tuple(TIMELINE_KINDS)
        if set(kinds) - set(TIMELINE_KINDS):
            return PlainTextResponse(f"kind must be among {', '.join(TIMELINE_KINDS)}", status_code=400)
        if timeline_cache is None:  # the dated facts do not change while the server runs
            timeline_cache = await run_in_threadpool(timeline_rows, site)
        return HTMLResponse(render_timeline(site, years[0], years[1], kinds, timeline_cache))

    async def openapi(request: Request) -> Response:
        types = {"integer": "integer", "year": "string", "date": "string"}
        paths = {}
        for q in site.queries.values():
            paths[f"/queries/{q.name}"] = {"get": {
                "summary": q.title, "description": q.description, "operationId": q.name.replace("-", "_"),
                "parameters": [{"name": p.name, "in": "query", "required": p.required, "description": p.description,
                                "schema": {"type": types.get(p.type, "string"),
                                           **({"format": "date"} if p.type == "date" else {}),
                                           **({"default": p.default} if p.default else {})}} for p in q.params],
                "responses": {"200": {"description": "rows", "content": {"application/json": {}, "text/csv": {},
                                                                         "text/html": {}}},
                              "400": {"description": "a parameter is not valid; the body says why"}}}}
        return JSONResponse({"openapi": "3.0.3", "info": {"title": "jhakg canned queries", "version": "0.1.0"},
                             "paths": paths})

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        path = (STATIC / name).resolve()
        if any(part.startswith(".") for part in name.split("/")) or not path.is_relative_to(STATIC.resolve()) \
                or not path.is_file():
            return PlainTextResponse(f"no file {name}", status_code=404)
        return FileResponse(path, headers={"Cache-Control": "public, max-age=3600"})

    async def download(request: Request) -> Response:
        name = request.path_params["name"]
        path = dist / name
        if "/" in name or not path.is_file():
            return PlainTextResponse(f"no dump {name}", status_code=404)
        return FileResponse(path)

    routes = [
        Route("/", index), Route("/browse", browse), Route("/search", search),
        Route("/sparql", sparql, methods=["GET", "POST"]), Route("/queries", queries),
        Route("/queries/{name}", run_query), Route("/openapi.json", openapi), Route("/void", void),
        Route("/.well-known/void", void), Route("/ontology", ontology), Route("/ontology/{version}", ontology),
        Route("/dist/{name}", download), Route("/static/{name:path}", static),
        Route("/timeline", timeline), Route("/shacl", shacl), Route("/id/{path:path}", resource),
        Route("/doc/{path:path}", description), Route("/graph/{path:path}", named_graph),
        Route("/dataset", void), Route("/dataset/{path:path}", void),
    ]
    return Starlette(routes=routes, lifespan=lifespan, middleware=[
        Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                   allow_headers=["Accept", "Content-Type"], expose_headers=["X-Row-Cap", "X-Result-Truncated", "X-Time-Limit"]),
        Middleware(SecurityHeaders), Middleware(RequestLimits)])


# what a page may load: its own stylesheet rules and images, nothing from elsewhere, no scripts
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


class RequestLimits:
    """A URL longer than MAX_REQUEST_HEAD is answered 414, header fields longer than that
    431 (the protocol, H11WithLimits, answers a request too long to read; this one arrived
    whole)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            response = None
            if len(scope.get("raw_path", b"")) + len(scope["query_string"]) > MAX_REQUEST_HEAD:
                response = PlainTextResponse(f"the URL is longer than {MAX_REQUEST_HEAD:,} bytes; "
                                             "send a long query with POST", status_code=414)
            elif sum(len(k) + len(v) for k, v in scope["headers"]) > MAX_REQUEST_HEAD:
                response = PlainTextResponse(f"the request's header fields are longer than {MAX_REQUEST_HEAD:,} bytes",
                                             status_code=431)
            if response:
                return await response(scope, receive, send)
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Headers on every answer: no content sniffing, no referrer, no framing; a Content
    Security Policy on HTML pages."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def sending(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                if headers.get("content-type", "").startswith("text/html") and "content-security-policy" not in headers:
                    headers["Content-Security-Policy"] = CSP  # a page that loads scripts states its own
            await send(message)

        await self.app(scope, receive, sending)


async def _proxy(request: Request, endpoint: str, text: str, graphs: dict[str, list[str]]) -> Response:
    """Forward a read-only query (and the dataset's graphs it names) to the external
    endpoint, with the client's Accept."""
    loop = asyncio.get_running_loop()
    accept = request.headers.get("accept", "application/sparql-results+json")

    def call():
        data = urllib.parse.urlencode([("query", text)] + [(k, g) for k, gs in graphs.items() for g in gs]).encode()
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


def app_from_env() -> Starlette:
    """For `uvicorn --factory jhakg.web.server:app_from_env`: the build in $JHAKG_DIST (default dist),
    its data from $JHAKG_ENDPOINT when set."""
    return create_app(Path(os.environ.get("JHAKG_DIST", "dist")), os.environ.get("JHAKG_BASE", DEFAULT_BASE),
                      os.environ.get("JHAKG_ENDPOINT") or None)
