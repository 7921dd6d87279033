"""What an entity's page says first: the answers a reader came for, each fact with the
quote it was read from and its document, before the full table of properties.

An agency: its names over time, the years it chaired the JHA Agencies' Network, the
meetings it hosted, chaired or took part in, the people who held a post in it, the systems
it operates, the documents that mention it. A member state: the Council presidencies it
held and the documents that mention it. A meeting: when, where, of what kind, who chaired,
hosted or took part, the presidency it was held under, its topics, and the documents that
report it, each with its quote. A network presidency: the agency and the year, the
documents that state it, the chairs of the years before and after, and any other agency
the documents give for the same year. A Council presidency: the member state, its term,
its priorities (each quoted), the meetings held under it, the documents that name it. An
information system: who operates it (quoted), the documents that mention it, the meetings
that discussed it. A person: their posts (quoted) and meetings. A policy priority: the
documents and presidencies that put it forward (quoted), the meetings that discussed it,
the words the documents use for it; a topic as worded: the documents that put it forward
and the priorities it names. Anything else that documents mention: how many, and the
latest. Lists are cut to a few entries with a link to all of them (the browse page, or
the query that lists them). This module gathers them as records (:class:`Answers`);
resource.html shows them."""

from __future__ import annotations

import urllib.parse
import weakref
from dataclasses import dataclass

import pyoxigraph as ox

from .catalogue import JHA, PREFIXES
from .data import Site, href
from .entity_queries import (
    ALL_DOCUMENTS,
    ALL_MEETINGS,
    AROUND,
    ATTESTED,
    CHAIRS,
    COUNCIL,
    DAY_OF,
    DAYS,
    EVIDENCE,
    MEETING_ROLES,
    MENTIONING,
    NAMES,
    OF_CLASS,
    PARTS,
    PEOPLE,
    POSTS,
    PUT_FORWARD,
    QUOTED,
    REFERENCE_OPERATORS,
    RELATED,
    ROLES,
    STATING,
    SYSTEMS,
    VALUES,
    WORDED,
    WORDINGS,
)
from .entity_records import (
    Answers,
    Fact,
    Held,
    Listing,
    Mentions,
    Name,
    Neighbours,
    Noted,
    Post,
    Quote,
    Quotes,
)
from .templating import Link

SHOWN = 10  # entries of a list before "all of them"


def _link(site: Site, iri: str, text: str) -> Link:
    return Link(text, href(iri, site.base))


def _rows(site: Site, query: str, iri: str, only: str = "") -> list:
    return list(site.store.query(query % {"iri": iri, "only": only}))


def _value(row, name: str) -> str:
    term = row[name]
    return term.value if term is not None else ""


def _rule(kind: str | None) -> str:
    """The pattern that keeps the annotations of one kind of fact (its rules are named
    '<kind>.<rule>'): a system's page tells who operates it from a mention of it."""
    return f'FILTER (STRSTARTS(?rule, "{kind}."))' if kind else ""


def _evidence(fact: str, kind: str | None = None, stated: str | None = None, count: bool = False) -> str:
    """The EVIDENCE query for one fact, unordered; with ``kind``, only that kind's
    annotations; with ``stated`` (a triple pattern), only in the documents whose graph
    states it (a system's operator, a presidency's priority: the annotation's body is the
    system or the presidency, the document's graph says which agency or priority). With
    ``count``, how many annotations it finds, counted without reading their quotes."""
    if count:
        text = EVIDENCE[:EVIDENCE.index("SELECT")] + f"SELECT (COUNT(*) AS ?n) WHERE {{\n  ?ann oa:hasBody <{fact}> ; jha:rule ?rule .\n}}"
    else:
        text = EVIDENCE.replace("?fact", f"<{fact}>").replace("} ORDER BY ?doc ?start", "}")
    if kind:
        text = text[:text.rindex("}")] + _rule(kind) + "\n}"
    if stated:
        head, _, body = text.partition("WHERE {")
        text = f"{head}WHERE {{ GRAPH ?g {{ {stated} . {body.rstrip()[:-1]} }} }}"
    return text


def quotes(site: Site, fact: str, at_most: int, kind: str | None = None, stated: str | None = None,
           prefer: str | None = None) -> Quotes:
    """The first ``at_most`` quotes of a fact in document order, each linked to its place
    in its document, and how many more there are: a fact many documents state has many
    quotes, so the rest are counted in the store's order, not sorted. ``kind`` and
    ``stated`` narrow the annotations (see :func:`_evidence`); with ``prefer``, quotes
    holding that word are the ones shown when there are any (a presidency's priority: the
    sentence that says 'priority', not the one that only names the presidency)."""
    if prefer is None:  # the first in the store's order, and how many there are, counted apart
        first = list(site.store.query(_evidence(fact, kind, stated) + f" LIMIT {at_most}"))
        rest = int(next(iter(site.store.query(_evidence(fact, kind, stated, count=True))))["n"].value) - len(first)
        return _quotes(site, first, max(0, rest))
    first, other, counts = [], [], [0, 0]  # (quotes holding the word preferred, the others)
    for r in site.store.query(_evidence(fact, kind, stated)):
        held = prefer is None or prefer in r["exact"].value.lower()
        counts[0 if held else 1] += 1
        kept = first if held else other
        if len(kept) < at_most:
            kept.append(r)
    rest = counts[0] - len(first)
    if not first:  # none holds the word: the others
        first, rest = other, counts[1] - len(other)
    return _quotes(site, first, rest)


def _quotes(site: Site, rows: list, more: int) -> Quotes:
    rows = sorted(rows, key=lambda r: (r["doc"].value, int(r["start"].value)))
    return Quotes([Quote(r["exact"].value, f"{href(r['doc'].value, site.base)}#at-{r['start'].value}",
                         site.label(r["doc"]), r["rule"].value) for r in rows], more)


def _browse(kind: str, facet: str, iri: str) -> str:
    return "/browse?" + urllib.parse.urlencode({"kind": kind, facet: iri})


def _query_page(query: str) -> str:
    """The endpoint's answer to a query, as a page: where a cut list links to all of it
    when no browse page holds it."""
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def _agency(site: Site, iri: str, answers: Answers, catalogue=None) -> None:
    answers.names = [Name(_value(r, "label"), _value(r, "acronym"), _value(r, "from"), _value(r, "until"))
                     for r in _rows(site, NAMES, iri)]
    answers.chairs = [Fact(_link(site, r["p"].value, _value(r, "year")), quotes(site, r["p"].value, 2))
                      for r in _rows(site, CHAIRS, iri)]
    if catalogue is not None:  # the catalogue knows an agency's meetings, latest first: only their parts are asked
        total, listed = catalogue.browse(kind="meeting", agency=iri)
        meetings = [(e.iri, e.label) for e in listed[:SHOWN]]
    else:
        found, shown = _related_meetings(site, iri, MEETING_ROLES)
        total, meetings = (found.total if found else 0), [(m, n.link.text) for m, n in zip(shown, found.shown if found else [], strict=True)]
    parts = _parts(site, iri, [m for m, _ in meetings])
    answers.meetings = [Noted(_link(site, m, label), parts.get(m, "")) for m, label in meetings]
    answers.all_meetings = _browse("meeting", "agency", iri) if total > SHOWN else None
    answers.people = [Post(_link(site, r["person"].value, _value(r, "name")), _value(r, "role"), _value(r, "latest"))
                      for r in _rows(site, PEOPLE, iri)[:30]]
    answers.systems = [_link(site, r["s"].value, _value(r, "label")) for r in _rows(site, SYSTEMS, iri)]


@dataclass(frozen=True)
class _Value:
    """A value of a property: the resource's IRI ("" for a literal) and how a page shows it."""

    iri: str
    link: Link


NAMESPACES = {"jha": JHA, "schema": "http://schema.org/", "skos": "http://www.w3.org/2004/02/skos/core#"}


def _values(site: Site, iri: str, properties: list[str]) -> dict[str, list[_Value]]:
    """The entity's values of each property (prefixed names), by label: a resource linked
    to its page (by its label, else the end of its IRI), a literal as its text."""
    found: dict[str, list[_Value]] = {p: [] for p in properties}
    by_iri = {NAMESPACES[p.split(":")[0]] + p.split(":")[1]: p for p in properties}
    for r in site.store.query(VALUES % {"iri": iri, "properties": " ".join(properties)}):
        term, values = r["o"], found[by_iri[r["p"].value]]
        if isinstance(term, ox.NamedNode):
            text = _value(r, "label") or term.value.rstrip("/").rsplit("/", 1)[-1]
            values.append(_Value(term.value, Link(text, href(term.value, site.base),
                                                  external=not term.value.startswith(site.base))))
        else:
            values.append(_Value("", Link(term.value)))
    return {p: sorted(values, key=lambda v: v.link.text.casefold()) for p, values in found.items()}


def _links(values: list[_Value]) -> list[Link]:
    return [v.link for v in values]


def _text(values: list[_Value]) -> str:
    return values[0].link.text if values else ""


_DAYS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _days(site: Site, cls: str) -> dict[str, str]:
    """Every document (and item of a listing), or every meeting (``cls``), with its day
    (the latest a document is issued on, the first a meeting is held on; "" when not
    known), read once for the site: lists are put in order by them, and looking thousands
    of entities up one by one takes longer than reading them all."""
    cached = _DAYS.setdefault(site, {})
    if cls not in cached:
        pick = max if cls == "Document" else min
        found = {r["s"].value: "" for r in site.store.query(OF_CLASS % cls)}
        for r in site.store.query(DAYS % DAY_OF[cls]):
            if r["s"].value in found:
                day = r["day"].value[:10]
                found[r["s"].value] = pick(found[r["s"].value], day) if found[r["s"].value] else day
        cached[cls] = found
    return cached[cls]


def _issued(site: Site) -> dict[str, str]:
    return _days(site, "Document")


def _documents(site: Site, iri: str | None, facts: str = "") -> Listing | None:
    """The documents that state a fact (``iri``; or, with ``facts``, the facts ?fact that
    pattern binds), latest first: how many, the first SHOWN each with its first quotes of
    the fact, and the query for all of them when the list is cut. None when none do."""
    values = {"facts": facts, "fact": f"<{iri}>" if iri else "?fact"}
    annotations: dict[str, list[str]] = {}
    for r in site.store.query(STATING % values):
        annotations.setdefault(r["doc"].value, []).append(r["ann"].value)
    if not annotations:
        return None
    issued = _issued(site)
    docs = sorted(annotations, key=lambda d: (issued.get(d, ""), d), reverse=True)  # the latest first
    shown = docs[:SHOWN]
    found = {r["ann"].value: r for r in site.store.query(
        QUOTED % {"anns": " ".join(f"<{a}>" for d in shown for a in annotations[d])})}
    listed = []
    for doc in shown:
        label = site.label(ox.NamedNode(doc))
        rows = sorted((found[a] for a in annotations[doc] if a in found), key=lambda r: int(r["start"].value))
        listed.append(Fact(_link(site, doc, label), Quotes(  # the document's page marks every quote: two are enough
            [Quote(r["exact"].value, f"{href(doc, site.base)}#at-{r['start'].value}", label, "") for r in rows[:2]], 0),
            issued.get(doc, "")))
    return Listing(listed, len(docs), _query_page(ALL_DOCUMENTS % values) if len(docs) > SHOWN else None)


def _related_meetings(site: Site, iri: str, rels: str) -> tuple[Listing | None, list[str]]:
    """The meetings in one of the relations ``rels`` to the entity, latest first, with
    their dates (the first SHOWN, how many in all, the query for all), and the IRIs of
    those shown."""
    values = {"rels": rels, "iri": iri}
    meetings = _days(site, "Meeting")
    found = sorted((r["m"].value for r in site.store.query(RELATED % values) if r["m"].value in meetings),
                   key=lambda m: (meetings[m], m), reverse=True)
    if not found:
        return None, []
    shown = found[:SHOWN]
    return (Listing([Noted(_link(site, m, site.label(ox.NamedNode(m))), meetings[m]) for m in shown], len(found),
                    _query_page(ALL_MEETINGS % values) if len(found) > SHOWN else None), shown)


def _parts(site: Site, iri: str, meetings: list[str]) -> dict[str, str]:
    """The entity's part in each of some meetings ("chaired", "hosted, took part", ...):
    'organised' (schema:organizer) is what chairing or hosting entails, so it is said only
    when neither is."""
    found: dict[str, set[str]] = {}
    if meetings:
        only = "VALUES ?m { " + " ".join(f"<{m}>" for m in meetings) + " }"
        for r in site.store.query(ROLES % {"iri": iri, "only": only}):
            if r["rel"].value in PARTS:
                found.setdefault(r["m"].value, set()).add(PARTS[r["rel"].value])
    order = ("chaired", "hosted", "organised", "took part")
    return {m: ", ".join(h for h in order if h in hows and not (h == "organised" and {"chaired", "hosted"} & hows))
            for m, hows in found.items()}


def _meeting(site: Site, iri: str, answers: Answers) -> None:
    v = _values(site, iri, ["jha:meetingKind", "schema:startDate", "schema:endDate", "jha:meetingPlace",
                            "jha:chairedBy", "jha:hostedBy", "schema:organizer", "jha:participant", "jha:heldUnder",
                            "jha:topic"])
    start, end = _text(v["schema:startDate"]), _text(v["schema:endDate"])
    chair_or_host = {x.iri for x in v["jha:chairedBy"] + v["jha:hostedBy"]}
    answers.summary = [(what, links) for what, links in (
        ("When", [Link(start if not end or end == start else f"{start} – {end}")] if start else []),
        ("Where", _links(v["jha:meetingPlace"])), ("Kind", _links(v["jha:meetingKind"])),
        ("Chaired by", _links(v["jha:chairedBy"])), ("Hosted by", _links(v["jha:hostedBy"])),
        ("Organised by", [x.link for x in v["schema:organizer"] if x.iri not in chair_or_host]),
        ("Participants", _links(v["jha:participant"])), ("Held under", _links(v["jha:heldUnder"])),
        ("Topics", _links(v["jha:topic"]))) if links]
    answers.documents = _documents(site, iri)


def _network_presidency(site: Site, iri: str, answers: Answers) -> None:
    v = _values(site, iri, ["jha:heldBy", "jha:year", "jha:presidencyOf"])
    answers.summary = [(what, _links(values)) for what, values in (
        ("Chair", v["jha:heldBy"]), ("Year", v["jha:year"]), ("Of", v["jha:presidencyOf"])) if values]
    answers.documents = _documents(site, iri)
    year = next(iter(site.store.query(PREFIXES + f"SELECT ?y WHERE {{ <{iri}> jha:year ?y }} LIMIT 1")), None)
    if year is None or not year["y"].value.isdigit():
        return
    y, datatype = int(year["y"].value), year["y"].datatype
    years = {str(ox.Literal(f"{n:04d}", datatype=datatype)): n for n in (y - 1, y, y + 1)}
    around: dict[int, list] = {y - 1: [], y: [], y + 1: []}
    for r in site.store.query(AROUND % {"years": " ".join(years)}):
        if r["p"].value != iri:
            name = _value(r, "name") or site.label(r["agency"])
            around[int(r["year"].value)].append((r["p"].value, name))
    answers.neighbours = Neighbours(
        year["y"].value, [_link(site, p, f"{name} ({y - 1})") for p, name in around[y - 1]],
        [_link(site, p, f"{name} ({y + 1})") for p, name in around[y + 1]],
        [Fact(_link(site, p, name), quotes(site, p, 1)) for p, name in around[y]])


def _council_presidency(site: Site, iri: str, answers: Answers) -> None:
    v = _values(site, iri, ["jha:heldBy", "schema:startDate", "schema:endDate", "jha:presidencyOf"])
    start, end = _text(v["schema:startDate"]), _text(v["schema:endDate"])
    answers.summary = [(what, links) for what, links in (
        ("Member state", _links(v["jha:heldBy"])), ("Term", [Link(f"{start} – {end}")] if start or end else []),
        ("Of", _links(v["jha:presidencyOf"]))) if links]
    answers.priorities = [
        Fact(x.link, quotes(site, iri, 2, "council_presidency", f"<{iri}> jha:hasPriority <{x.iri}>", "priorit"))
        for x in _values(site, iri, ["jha:hasPriority"])["jha:hasPriority"] if x.iri]
    answers.held_under, _ = _related_meetings(site, iri, "jha:heldUnder")
    answers.documents = _documents(site, iri)


def _system(site: Site, iri: str, answers: Answers) -> None:
    referenced = {r["a"].value for r in site.store.query(REFERENCE_OPERATORS % {"iri": iri, "base": site.base})}
    operators = [x for x in _values(site, iri, ["jha:operatedBy"])["jha:operatedBy"] if x.iri]
    for x in operators:  # with one operator, every quote of who operates the system names it
        found = quotes(site, iri, 2, "system_operated_by",
                       f"<{iri}> jha:operatedBy <{x.iri}>" if len(operators) > 1 else None)
        answers.operators.append(Fact(x.link, found, "the reference data says so" if x.iri in referenced else ""))
    answers.discussed_at, _ = _related_meetings(site, iri, "jha:topic")


def _person(site: Site, iri: str, answers: Answers) -> None:
    worded = {r["mandate"].value: _value(r, "wording") for r in site.store.query(WORDED % {"iri": iri})}
    days = {r["mandate"].value: (_value(r, "first"), _value(r, "latest")) for r in site.store.query(ATTESTED % {"iri": iri})}
    posts = []
    for r in site.store.query(POSTS % {"iri": iri}):
        mandate = r["mandate"].value
        role = site.label(r["role"]) if r["role"] is not None else site.label(r["mandate"])
        organisation = _link(site, r["organisation"].value, site.label(r["organisation"])) if r["organisation"] else None
        wordings = sorted({w for w in worded.get(mandate, "").split("\n") if w}, key=str.casefold)
        first, latest = days.get(mandate, ("", ""))
        posts.append(Held(_link(site, mandate, role), organisation, wordings[:5], first, latest, quotes(site, mandate, 2)))
    answers.posts = sorted(posts, key=lambda post: (post.latest, post.link.href or ""), reverse=True)  # the latest first
    found, meetings = _related_meetings(site, iri, MEETING_ROLES)
    if found:  # the person's part in each meeting shown
        parts = _parts(site, iri, meetings)
        answers.meetings = [Noted(n.link, parts.get(m, "")) for n, m in zip(found.shown, meetings, strict=True)]
        answers.all_meetings = found.everything


def _priority(site: Site, iri: str, answers: Answers) -> None:
    answers.documents = _documents(site, None, facts=f"?fact skos:broadMatch <{iri}> .")
    answers.put_forward_by = [
        Fact(_link(site, r["p"].value, _value(r, "label") or site.label(r["p"])),
             quotes(site, r["p"].value, 2, "council_presidency", f"<{r['p'].value}> jha:hasPriority <{iri}>", "priorit"))
        for r in site.store.query(PUT_FORWARD % {"iri": iri})]
    answers.discussed_at, _ = _related_meetings(site, iri, "jha:topic")
    wordings = [r["t"] for r in site.store.query(WORDINGS % {"iri": iri})]  # a topic's IRI is made of its words
    answers.wordings = Listing([Noted(_link(site, t.value, site.label(t)), "") for t in wordings[:SHOWN]],
                               len(wordings)) if wordings else None


def _topic(site: Site, iri: str, answers: Answers) -> None:
    answers.concepts = _links(_values(site, iri, ["skos:broadMatch"])["skos:broadMatch"])
    answers.documents = _documents(site, iri)


def _mentions(site: Site, iri: str, facet: str | None, catalogue=None) -> Mentions | None:
    if catalogue is not None and facet:  # an agency or a state: the catalogue has its documents, latest first
        count, documents = catalogue.browse(kind="document", **{facet: iri})
        latest = [Noted(_link(site, e.iri, e.label), str(e.year) if e.year else "") for e in documents[:5]]
    else:
        issued = _issued(site)
        documents = sorted((r["d"].value for r in _rows(site, MENTIONING, iri) if r["d"].value in issued),
                           key=lambda d: (issued[d], d), reverse=True)  # the latest first
        count = len(documents)
        latest = [Noted(_link(site, d, site.label(ox.NamedNode(d))), issued[d]) for d in documents[:5]]
    if not count:
        return None
    return Mentions(count, latest, _browse("document", facet, iri) if facet else None)


# the kinds whose page answers more than "which documents mention it", and how: a page is
# of the first kind its types hold
KINDS = (("Meeting", "meeting", _meeting), ("NetworkPresidency", "network-presidency", _network_presidency),
         ("CouncilPresidency", "council-presidency", _council_presidency), ("InformationSystem", "system", _system),
         ("Person", "person", _person), ("PolicyPriority", "priority", _priority), ("Topic", "topic", _topic))
# the kinds whose documents are listed with their quotes: "mentioned in" would say it again
QUOTED_KINDS = {"meeting", "network-presidency", "council-presidency", "priority", "topic"}


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
    for cls, kind, gather in KINDS:
        if JHA + cls in types:
            found.kind = kind
            gather(site, iri, found)
            break
    if not ({JHA + "Document", JHA + "DocumentPart"} & types) and found.kind not in QUOTED_KINDS:
        found.mentions = _mentions(site, iri, facet, catalogue)
    return found


def is_annotation(term, site: Site) -> bool:
    """A Web Annotation node of the evidence: shown as quotes, not listed as a resource."""
    return isinstance(term, ox.NamedNode) and term.value.startswith(site.base + "id/annotation/")
