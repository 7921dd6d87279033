"""What an entity's page says first: the answers a reader came for, each fact with the
quote it was read from and its document, before the full table of properties.

An agency: its names over time, the years it chaired the JHA Agencies' Network, the
meetings it hosted, chaired or took part in, the people who held a post in it, the systems
it operates, the documents that mention it. A member state: the Council presidencies it
held and the documents that mention it. Anything else that documents mention: how many,
and the latest. Lists are cut to a few entries with a link to the browse page of all."""

from __future__ import annotations

import html
import urllib.parse

import pyoxigraph as ox

from .catalogue import JHA, PREFIXES
from .data import Site, href

NAMES = PREFIXES + """SELECT ?label ?acronym ?from ?until WHERE {
  <%(iri)s> jha:hasName ?n . ?n rdfs:label ?label . OPTIONAL { ?n jha:acronym ?acronym }
  OPTIONAL { ?n schema:startDate ?from } OPTIONAL { ?n schema:endDate ?until }
} ORDER BY ?from ?label"""
CHAIRS = PREFIXES + """SELECT ?p ?year WHERE { ?p a jha:NetworkPresidency ; jha:heldBy <%(iri)s> ; jha:year ?year }
ORDER BY ?year"""
COUNCIL = PREFIXES + """SELECT ?p ?label ?start WHERE {
  ?p a jha:CouncilPresidency ; jha:heldBy <%(iri)s> ; rdfs:label ?label ; schema:startDate ?start } ORDER BY ?start"""
MEETINGS = PREFIXES + """SELECT ?m (SAMPLE(?l) AS ?label) (MIN(?s) AS ?start) (GROUP_CONCAT(DISTINCT ?how; separator=", ") AS ?roles)
WHERE {
  VALUES (?rel ?how) { (jha:hostedBy "hosted") (jha:chairedBy "chaired") (schema:organizer "organised")
                       (jha:participant "took part") (schema:attendee "took part") }
  %(only)s
  ?m a jha:Meeting ; ?rel <%(iri)s> ; rdfs:label ?l . OPTIONAL { ?m schema:startDate ?s }
} GROUP BY ?m ORDER BY DESC(?start) ?label LIMIT 11"""
PEOPLE = PREFIXES + """SELECT ?person (SAMPLE(?n) AS ?name) (SAMPLE(?r) AS ?role) (MAX(?d) AS ?latest) WHERE {
  ?mandate a jha:Mandate ; org:organization <%(iri)s> ; org:member ?person . ?person rdfs:label ?n .
  OPTIONAL { ?mandate jha:roleLabel ?r } OPTIONAL { ?mandate jha:attestedOn ?d }
} GROUP BY ?person ORDER BY DESC(?latest) ?name LIMIT 31"""
SYSTEMS = PREFIXES + """SELECT DISTINCT ?s ?label WHERE {
  { <%(iri)s> jha:operates ?s } UNION { ?s jha:operatedBy <%(iri)s> } ?s skos:prefLabel ?label } ORDER BY ?label"""
MENTIONS = PREFIXES + """SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a jha:Document ; schema:mentions <%(iri)s> }"""
LATEST = PREFIXES + """SELECT ?d (SAMPLE(?t) AS ?title) (MAX(?date) AS ?when) WHERE {
  ?d a jha:Document ; schema:mentions <%(iri)s> ; rdfs:label ?t . OPTIONAL { ?d dct:issued|dct:date ?date }
} GROUP BY ?d ORDER BY DESC(?when) ?title LIMIT 5"""
SHOWN = 10  # entries of a list before "all of them"
# the quotes a fact was read from: each annotation whose body is the fact, its document and span
EVIDENCE = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX jha: <https://w3id.org/jhakg/ontology#>
SELECT ?ann ?doc ?exact ?start ?end ?rule WHERE {
  ?ann oa:hasBody ?fact ; jha:rule ?rule ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?p .
  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
} ORDER BY ?doc ?start"""


def _a(site: Site, iri: str, text: str) -> str:
    return f"<a href='{html.escape(href(iri, site.base))}'>{html.escape(text)}</a>"


def _rows(site: Site, query: str, iri: str, only: str = "") -> list:
    return list(site.store.query(query % {"iri": iri, "only": only}))


def _value(row, name: str) -> str:
    term = row[name]
    return term.value if term is not None else ""


def first_quotes(site: Site, fact: str, at_most: int) -> tuple[list, int]:
    """The first ``at_most`` quotes of a fact (evidence rows) in document order, and how many
    more there are: a fact many documents state has many quotes, so the rest are counted
    in the store's order, not sorted."""
    first, rest = [], 0
    for r in site.store.query(EVIDENCE.replace("?fact", f"<{fact}>").replace("} ORDER BY ?doc ?start", "}")):
        if len(first) < at_most:
            first.append(r)
        else:
            rest += 1
    return sorted(first, key=lambda r: (r["doc"].value, int(r["start"].value))), rest


def quotes(site: Site, fact: str, at_most: int = 2) -> str:
    """The quotes a fact was read from, each linked to its place in its document."""
    first, rest = first_quotes(site, fact, at_most)
    items = [f"“{html.escape(r['exact'].value)}” — <a href='{html.escape(href(r['doc'].value, site.base))}"
             f"#at-{r['start'].value}'>{html.escape(site.label(r['doc']))}</a>" for r in first]
    more = f" <small>and {rest} more sources</small>" if rest else ""
    return ("<ul class='quotes'>" + "".join(f"<li><small>{q}</small></li>" for q in items) + "</ul>" + more) if items else ""


def _browse(kind: str, facet: str, iri: str) -> str:
    return "/browse?" + html.escape(urllib.parse.urlencode({"kind": kind, facet: iri}))


def _agency(site: Site, iri: str, catalogue=None) -> list[str]:
    out = []
    names = _rows(site, NAMES, iri)
    if names:
        items = "".join(f"<li>{html.escape(_value(r, 'label'))}"
                        + (f" ({html.escape(_value(r, 'acronym'))})" if _value(r, "acronym") else "")
                        + f" <small>{html.escape(_value(r, 'from') or '…')} – {html.escape(_value(r, 'until') or 'today')}"
                          "</small></li>" for r in names)
        out.append(f"<h2>Names over time</h2><ul>{items}</ul>")
    chairs = _rows(site, CHAIRS, iri)
    if chairs:
        items = "".join(f"<li>{_a(site, r['p'].value, _value(r, 'year'))}{quotes(site, r['p'].value)}</li>" for r in chairs)
        out.append(f"<h2>Chair of the JHA Agencies' Network</h2><ul>{items}</ul>")
    if catalogue is not None:  # the catalogue knows an agency's meetings, latest first: only their roles are asked
        total, listed = catalogue.browse(kind="meeting", agency=iri)
        only = "VALUES ?m { " + " ".join(f"<{e.iri}>" for e in listed[:SHOWN + 1]) + " }"
        meetings = _rows(site, MEETINGS, iri, only) if listed else []
    else:
        meetings = _rows(site, MEETINGS, iri)
    if meetings:
        items = "".join(f"<li>{_a(site, r['m'].value, _value(r, 'label'))} <small>({html.escape(_value(r, 'roles'))})"
                        "</small></li>" for r in meetings[:SHOWN])
        more = f"<p><a href='{_browse('meeting', 'agency', iri)}'>All its meetings</a></p>" if len(meetings) > SHOWN else ""
        out.append(f"<h2>Meetings</h2><ul>{items}</ul>{more}")
    people = _rows(site, PEOPLE, iri)
    if people:
        items = "".join(f"<li>{_a(site, r['person'].value, _value(r, 'name'))}"
                        + (f", {html.escape(_value(r, 'role'))}" if _value(r, "role") else "")
                        + (f" <small>(named so on {html.escape(_value(r, 'latest'))})</small>" if _value(r, "latest") else "")
                        + "</li>" for r in people[:30])
        out.append(f"<h2>People</h2><ul>{items}</ul>")
    systems = _rows(site, SYSTEMS, iri)
    if systems:
        out.append("<h2>Systems it operates</h2><ul>"
                   + "".join(f"<li>{_a(site, r['s'].value, _value(r, 'label'))}</li>" for r in systems) + "</ul>")
    return out


def _state(site: Site, iri: str) -> list[str]:
    held = _rows(site, COUNCIL, iri)
    if not held:
        return []
    items = "".join(f"<li>{_a(site, r['p'].value, _value(r, 'label'))}</li>" for r in held)
    return [f"<h2>Presidencies of the Council of the EU</h2><ul>{items}</ul>"]


def _mentions(site: Site, iri: str, facet: str | None, catalogue=None) -> list[str]:
    if catalogue is not None and facet:  # an agency or a state: the catalogue has its documents, latest first
        count, documents = catalogue.browse(kind="document", **{facet: iri})
        latest = "".join(f"<li>{_a(site, e.iri, e.label)}" + (f" <small>({e.year})</small>" if e.year else "") + "</li>"
                         for e in documents[:5])
    else:
        count = int(_rows(site, MENTIONS, iri)[0]["n"].value)
        latest = "".join(f"<li>{_a(site, r['d'].value, _value(r, 'title'))}"
                         + (f" <small>({html.escape(_value(r, 'when')[:10])})</small>" if _value(r, "when") else "")
                         + "</li>" for r in _rows(site, LATEST, iri)) if count else ""
    if not count:
        return []
    everything = f" · <a href='{_browse('document', facet, iri)}'>all of them</a>" if facet else ""
    return [f"<h2>Mentioned in {count:,} document{'s' if count != 1 else ''}</h2><ul>{latest}</ul>"
            f"<p><small>the latest{everything}</small></p>"]


def render_answers(site: Site, iri: str, types: set[str], catalogue=None) -> str:
    """The sections that answer a reader's questions about the entity, first on its page
    (with the server's catalogue, the lists an archive makes long are read from it)."""
    sections: list[str] = []
    facet = None
    if JHA + "Agency" in types:
        sections += _agency(site, iri, catalogue)
        facet = "agency"
    if JHA + "MemberState" in types:
        sections += _state(site, iri)
        facet = "state"
    if not ({JHA + "Document", JHA + "DocumentPart"} & types):
        sections += _mentions(site, iri, facet, catalogue)
    return "".join(sections)


def is_annotation(term, site: Site) -> bool:
    """A Web Annotation node of the evidence: shown as quotes, not listed as a resource."""
    return isinstance(term, ox.NamedNode) and term.value.startswith(site.base + "id/annotation/")
