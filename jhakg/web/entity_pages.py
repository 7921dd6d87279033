"""What an entity's page says first: the answers a reader came for, each fact with the
quote it was read from and its document, before the full table of properties.

An agency: its names over time, the years it chaired the JHA Agencies' Network, the
meetings it hosted, chaired or took part in, the people who held a post in it, the systems
it operates, the documents that mention it. A member state: the Council presidencies it
held and the documents that mention it. Anything else that documents mention: how many,
and the latest. Lists are cut to a few entries with a link to the browse page of all.
This module gathers them as records (:class:`Answers`); resource.html shows them."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field

import pyoxigraph as ox

from .catalogue import JHA, PREFIXES
from .data import Site, href
from .templating import Link

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


@dataclass(frozen=True)
class Quote:
    """A quote a fact was read from: its words, the link to them in their document
    (#at-<start>), the document's label, the rule that read them."""

    exact: str
    href: str
    source: str
    rule: str


@dataclass(frozen=True)
class Quotes:
    """The first quotes of a fact, and how many more there are."""

    shown: list[Quote]
    more: int


@dataclass(frozen=True)
class Fact:
    """A fact (its page) with the quotes it was read from."""

    link: Link
    quotes: Quotes


@dataclass(frozen=True)
class Name:
    """A name an agency had, from ``start`` to ``end`` ("" when not known)."""

    label: str
    acronym: str
    start: str
    end: str


@dataclass(frozen=True)
class Noted:
    """An entity in a list with a note in brackets (a meeting's roles, a document's date);
    "" for none."""

    link: Link
    note: str


@dataclass(frozen=True)
class Post:
    """A person who held a post in the agency: the role, the latest day they were named so."""

    link: Link
    role: str
    latest: str


@dataclass(frozen=True)
class Mentions:
    """How many documents mention the entity, the latest of them, and the browse page of
    all of them (None when there is none for its kind)."""

    count: int
    latest: list[Noted]
    everything: str | None


@dataclass
class Answers:
    """What an entity's page answers first; a list is empty, or ``mentions`` None, when it
    does not apply."""

    names: list[Name] = field(default_factory=list)
    chairs: list[Fact] = field(default_factory=list)
    meetings: list[Noted] = field(default_factory=list)
    all_meetings: str | None = None  # the browse page of them when the list is cut
    people: list[Post] = field(default_factory=list)
    systems: list[Link] = field(default_factory=list)
    presidencies: list[Link] = field(default_factory=list)
    mentions: Mentions | None = None


def _link(site: Site, iri: str, text: str) -> Link:
    return Link(text, href(iri, site.base))


def _rows(site: Site, query: str, iri: str, only: str = "") -> list:
    return list(site.store.query(query % {"iri": iri, "only": only}))


def _value(row, name: str) -> str:
    term = row[name]
    return term.value if term is not None else ""


def quotes(site: Site, fact: str, at_most: int) -> Quotes:
    """The first ``at_most`` quotes of a fact in document order, each linked to its place
    in its document, and how many more there are: a fact many documents state has many
    quotes, so the rest are counted in the store's order, not sorted."""
    first, rest = [], 0
    for r in site.store.query(EVIDENCE.replace("?fact", f"<{fact}>").replace("} ORDER BY ?doc ?start", "}")):
        if len(first) < at_most:
            first.append(r)
        else:
            rest += 1
    first.sort(key=lambda r: (r["doc"].value, int(r["start"].value)))
    return Quotes([Quote(r["exact"].value, f"{href(r['doc'].value, site.base)}#at-{r['start'].value}",
                         site.label(r["doc"]), r["rule"].value) for r in first], rest)


def _browse(kind: str, facet: str, iri: str) -> str:
    return "/browse?" + urllib.parse.urlencode({"kind": kind, facet: iri})


def _agency(site: Site, iri: str, answers: Answers, catalogue=None) -> None:
    answers.names = [Name(_value(r, "label"), _value(r, "acronym"), _value(r, "from"), _value(r, "until"))
                     for r in _rows(site, NAMES, iri)]
    answers.chairs = [Fact(_link(site, r["p"].value, _value(r, "year")), quotes(site, r["p"].value, 2))
                      for r in _rows(site, CHAIRS, iri)]
    if catalogue is not None:  # the catalogue knows an agency's meetings, latest first: only their roles are asked
        total, listed = catalogue.browse(kind="meeting", agency=iri)
        only = "VALUES ?m { " + " ".join(f"<{e.iri}>" for e in listed[:SHOWN + 1]) + " }"
        meetings = _rows(site, MEETINGS, iri, only) if listed else []
    else:
        meetings = _rows(site, MEETINGS, iri)
    answers.meetings = [Noted(_link(site, r["m"].value, _value(r, "label")), _value(r, "roles")) for r in meetings[:SHOWN]]
    answers.all_meetings = _browse("meeting", "agency", iri) if len(meetings) > SHOWN else None
    answers.people = [Post(_link(site, r["person"].value, _value(r, "name")), _value(r, "role"), _value(r, "latest"))
                      for r in _rows(site, PEOPLE, iri)[:30]]
    answers.systems = [_link(site, r["s"].value, _value(r, "label")) for r in _rows(site, SYSTEMS, iri)]


def _mentions(site: Site, iri: str, facet: str | None, catalogue=None) -> Mentions | None:
    if catalogue is not None and facet:  # an agency or a state: the catalogue has its documents, latest first
        count, documents = catalogue.browse(kind="document", **{facet: iri})
        latest = [Noted(_link(site, e.iri, e.label), str(e.year) if e.year else "") for e in documents[:5]]
    else:
        count = int(_rows(site, MENTIONS, iri)[0]["n"].value)
        latest = [Noted(_link(site, r["d"].value, _value(r, "title")), _value(r, "when")[:10])
                  for r in _rows(site, LATEST, iri)] if count else []
    if not count:
        return None
    return Mentions(count, latest, _browse("document", facet, iri) if facet else None)


def answers(site: Site, iri: str, types: set[str], catalogue=None) -> Answers:
    """What answers a reader's questions about the entity, first on its page (with the
    server's catalogue, the lists an archive makes long are read from it)."""
    found = Answers()
    facet = None
    if JHA + "Agency" in types:
        _agency(site, iri, found, catalogue)
        facet = "agency"
    if JHA + "MemberState" in types:
        found.presidencies = [_link(site, r["p"].value, _value(r, "label")) for r in _rows(site, COUNCIL, iri)]
        facet = "state"
    if not ({JHA + "Document", JHA + "DocumentPart"} & types):
        found.mentions = _mentions(site, iri, facet, catalogue)
    return found


def is_annotation(term, site: Site) -> bool:
    """A Web Annotation node of the evidence: shown as quotes, not listed as a resource."""
    return isinstance(term, ox.NamedNode) and term.value.startswith(site.base + "id/annotation/")
