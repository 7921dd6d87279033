"""HTML pages of the linked-data server, rendered on the server (no scripts, no CDN):
resources with their evidence, documents with highlighted evidence, the index, the
timeline and the SHACL report (the ontology's page is ontology_page.py). Each ``render_*``
gathers its page's data and hands it to the page's template (templates/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .data import RDF_TYPES, Site, href
from .entity_pages import answers, is_annotation, quotes
from .templating import Link, render

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SCHEMA_TEXT = "http://schema.org/text"


# other people's data the reference entities link to, by the name a reader knows it by
OUTSIDE = {"http://www.wikidata.org/entity/": "Wikidata",
           "http://publications.europa.eu/resource/authority/corporate-body/": "EU authority table, corporate body",
           "http://publications.europa.eu/resource/authority/country/": "EU authority table, country",
           "http://publications.europa.eu/resource/authority/place/": "EU authority table, place",
           "https://sws.geonames.org/": "GeoNames"}


def _link(site: Site, term) -> Link:
    """A term as a page shows it: a resource of the site by its label, other people's data
    by the name a reader knows it by, a literal as its text."""
    if isinstance(term, ox.NamedNode):
        value = term.value
        if value.startswith(site.base):
            return Link(site.label(term), href(value, site.base))
        outside = next((f"{name} {value[len(ns):].strip('/')}" for ns, name in OUTSIDE.items() if value.startswith(ns)),
                       None)
        return Link(outside or site.label(term), value, external=True)
    return Link(str(term.value))


STATIC = Path(__file__).parent / "static"  # the stylesheet, served at /static/


DOC_ANNOTATIONS = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX jha: <https://w3id.org/jhakg/ontology#>
SELECT ?fact ?start ?end ?rule WHERE {
  ?ann oa:hasBody ?fact ; jha:rule ?rule ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end .
} ORDER BY ?start DESC(?end)"""


QUOTES_SHOWN = 20  # an agency is quoted by every document naming it


@dataclass(frozen=True)
class Passage:
    """A stretch of a document's text from ``start``; an evidence span links to its fact
    (``href``, ``fact`` its label), the text between spans has ``href`` None."""

    text: str
    start: int
    href: str | None = None
    fact: str = ""


def _passages(site: Site, iri: str, text: str) -> list[Passage]:
    """The stored text cut at every evidence span, each span linked to its fact."""
    rows = list(site.store.query(DOC_ANNOTATIONS.replace("?doc", f"<{iri}>")))
    spans, last = [], -1
    for r in rows:  # outermost first; nested spans are dropped, their facts stay listed
        start, end = int(r["start"].value), int(r["end"].value)
        if start >= last:
            spans.append((start, end, r["fact"]))
            last = end
    out, pos = [], 0
    for start, end, fact in sorted(spans):
        out.append(Passage(text[pos:start], pos))
        out.append(Passage(text[start:end], start, href(fact.value, site.base), site.label(fact)))
        pos = end
    out.append(Passage(text[pos:], pos))
    return out


def render_resource(site: Site, iri: str, triples: list[ox.Triple], catalogue=None) -> str:
    """Label; the answers a reader came for (entity_pages), each fact with its quote; the
    properties, one row a property; the evidence quotes (or, for a document, its text with
    the evidence highlighted); the resources that point here, by property."""
    text = next((t.object.value for t in triples if t.predicate.value == SCHEMA_TEXT), None)
    by_property: dict[str, list] = {}
    for t in triples:
        if t.predicate.value != SCHEMA_TEXT:
            by_property.setdefault(t.predicate.value, []).append(t.object)
    pointing: dict[str, list] = {}
    for t in site.inverse(iri):
        if not is_annotation(t.subject, site):  # evidence: shown as quotes
            pointing.setdefault(t.predicate.value, []).append(t.subject)
    types = {t.object.value for t in triples if t.predicate.value == RDF_TYPE}
    own = "/" + iri[len(site.base):] if iri.startswith(site.base) else None  # /id/<thing>.<ext>, here and in `jhakg site`
    return render("resource.html", title=site.label(ox.NamedNode(iri)), iri=iri,
                  formats=[(f"{own}.{ext}", media, ext) for media, (_, ext) in RDF_TYPES.items()] if own else [],
                  answers=answers(site, iri, types, catalogue),
                  properties=[(site.label(ox.NamedNode(p)), [_link(site, o) for o in objects])
                              for p, objects in by_property.items()],
                  passages=_passages(site, iri, text) if text else None,
                  evidence=None if text else quotes(site, iri, QUOTES_SHOWN),
                  referred=[(site.label(ox.NamedNode(p)), [_link(site, s) for s in subjects[:20]], len(subjects) > 20)
                            for p, subjects in sorted(pointing.items())])


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


DEFAULT_YEARS = 8  # years the timeline shows when none are chosen
LISTED = 300  # entries the timeline's list holds at most
MAX_DOTS = 400  # meetings drawn one by one; more are counted by month
TIMELINE_KINDS = {"network": ("JHA Agencies' Network chair", "#4a7ebb"), "council": ("Council presidency", "#e0a040"),
                  "meeting": ("Meeting", "#c0392b")}


def timeline_rows(site: Site) -> list[tuple[str, str, str, str, str]]:
    """(kind, node, start, end, label) of every dated presidency and meeting, each node once
    (an agency renamed during its year would otherwise give its bar twice)."""
    seen, rows = set(), []
    for r in site.store.query(TIMELINE):
        if r["node"].value not in seen:
            seen.add(r["node"].value)
            rows.append((r["kind"].value, r["node"].value, r["start"].value, r["end"].value, r["label"].value))
    return rows


@dataclass(frozen=True)
class Mark:
    """A presidency (a bar from ``x`` of ``width``, ``labelled`` when its label fits in it) or
    a meeting (a dot at ``x``) in the timeline's drawing, in its kind's lane at ``y``."""

    kind: str
    href: str
    label: str
    start: str
    end: str
    x: float
    y: int
    width: float
    labelled: bool


@dataclass(frozen=True)
class MonthBar:
    """How many meetings there were in a month, drawn as a bar when there are too many to
    draw one by one, linked to the list of that year's meetings."""

    month: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Timeline:
    """What timeline.html draws over the years ``first`` to ``last``: the drawing (grid
    lines with their years, marks, month bars), the form's choices, and the list."""

    first: int
    last: int
    chosen: tuple[str, ...]  # kinds
    years: range  # that can be chosen
    width: int
    height: int
    grid: list[tuple[float, int | None]]  # (x, the year written there or None)
    months: list[MonthBar]
    marks: list[Mark]
    shown: int
    listed: list[tuple[str, str, str, str, str]]  # (start, end, href, label, kind's name)
    cut: bool  # more than LISTED are shown


def render_timeline(site: Site, first: int | None = None, last: int | None = None,
                    kinds: tuple[str, ...] = tuple(TIMELINE_KINDS), rows: list | None = None) -> str:
    """The network's presidencies by year, the Council's by semester, and the meetings:
    an SVG over the chosen years (by default those the extracted facts cover) with a
    legend, each mark linked to its page, then the same as a list (what a phone reads)."""
    import datetime as dt

    rows = timeline_rows(site) if rows is None else rows
    facts = [r for r in rows if r[0] != "council"]
    if not facts:
        return render("timeline.html", timeline=None)
    newest = max(int(r[3][:4]) for r in facts)
    if first is None and last is None:  # by default the latest years: an archive's whole span is too much to draw
        first = max(min(int(r[2][:4]) for r in facts), newest - DEFAULT_YEARS + 1)
    first = first or min(int(r[2][:4]) for r in facts)
    last = max(first, last or newest)
    shown = [r for r in rows if r[0] in kinds and int(r[3][:4]) >= first and int(r[2][:4]) <= last]
    width, left = 1000, 10
    span = (dt.date(last + 1, 1, 1) - dt.date(first, 1, 1)).days

    def x(day: str) -> float:
        return left + (dt.date.fromisoformat(day) - dt.date(first, 1, 1)).days / span * (width - left - 10)

    lanes = {kind: 40 + 50 * i for i, kind in enumerate(k for k in TIMELINE_KINDS if k in kinds)}
    step = max(1, (last - first + 1) // 15)  # at most about 15 year labels
    grid = [(x(f"{year}-01-01"), year if (year - first) % step == 0 else None) for year in range(first, last + 1)]
    grid.append((width - 10, None))
    meetings = [r for r in shown if r[0] == "meeting"]
    bars = []
    if len(meetings) > MAX_DOTS:  # too many to tell apart: how many a month, each month linked to its year's list
        months: dict[str, int] = {}
        for r in meetings:
            months[r[2][:7]] = months.get(r[2][:7], 0) + 1
        peak = max(months.values())
        for month, n in sorted(months.items()):
            x1, x2 = x(month + "-01"), x(month + "-28")
            h = max(2.0, 30 * n / peak)
            bars.append(MonthBar(month, n, x1, lanes["meeting"] + 30 - h, max(x2 - x1, 1), h))
        drawn = [r for r in shown if r[0] != "meeting"]
    else:
        drawn = shown
    marks = []
    for kind, node, start, end, label in drawn:
        x1, x2 = x(max(start, f"{first}-01-01")), x(min(end, f"{last}-12-31"))
        marks.append(Mark(kind, href(node, site.base), label, start, end, x1, lanes[kind], max(x2 - x1, 2), x2 - x1 > 40))
    ordered = sorted(shown, key=lambda r: (r[2], r[0]))
    listed = [(start, end, href(node, site.base), label, TIMELINE_KINDS[kind][0])
              for kind, node, start, end, label in ordered[:LISTED]]
    years = range(min(int(r[2][:4]) for r in facts), max(int(r[3][:4]) for r in facts) + 1)
    return render("timeline.html", kinds=TIMELINE_KINDS, listed_at_most=LISTED, timeline=Timeline(
        first, last, kinds, years, width, 50 + 50 * len(lanes), grid, bars, marks, len(shown), listed,
        len(ordered) > LISTED))


def render_report(dist: Path) -> str:
    """The SHACL validation report of the build as a page."""
    from ..validate import validate_dist

    return render("shacl_report.html", report=validate_dist(dist))


def render_index(site: Site) -> str:
    """The home page of `jhakg site`: the resources by class, and the ways in."""
    sections = []
    for title, cls in (("Agencies", "Agency"), ("Meetings", "Meeting"), ("Network presidencies", "NetworkPresidency"),
                       ("Council presidencies", "CouncilPresidency"), ("Information systems", "InformationSystem"),
                       ("Policy priorities", "PolicyPriority"), ("People", "Person"), ("Documents", "Document")):
        rows = site.store.query(f"SELECT DISTINCT ?s WHERE {{ ?s a <{site.base}ontology#{cls}> }} ORDER BY ?s")
        sections.append((title, [_link(site, r["s"]) for r in rows]))
    return render("site_home.html", sections=sections)


def render_graph(site: Site, iri: str, triples: list[ox.Triple]) -> str:
    """A named graph's triples as a list of linked statements (at most 2,000 shown)."""
    return render("graph.html", title=iri, count=len(triples),
                  statements=[(_link(site, t.subject), site.label(t.predicate), _link(site, t.object))
                              for t in triples[:2000]])
