"""The site's catalogue: what there is to browse and search, in an embedded SQLite
database (full text by FTS5) that the server builds from the store when it starts.

Each entity of the kinds a reader looks for (agencies, meetings, presidencies, systems,
priorities, people, documents) is a row with its label, its year when it has one, and its
facets: the agencies and the member states it is tied to (a document mentions them, a
meeting is held in or attended by them, a presidency is held by them, a system is operated
by one). The full-text index holds every entity's labels and each document's text. Browse
and search pages are then a few indexed SQL queries, whatever the size of the archive.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from dataclasses import dataclass

import pyoxigraph as ox

from ..namespaces import DEFAULT_BASE

JHA = DEFAULT_BASE + "ontology#"  # the vocabulary, under any base
# (kind, class, a heading for a list of them)
KINDS = (("agency", "Agency", "Agencies"), ("meeting", "Meeting", "Meetings"),
         ("network-presidency", "NetworkPresidency", "Network presidencies"),
         ("council-presidency", "CouncilPresidency", "Council presidencies"),
         ("system", "InformationSystem", "Information systems"), ("priority", "PolicyPriority", "Policy priorities"),
         ("person", "Person", "People"), ("document", "Document", "Documents"))
PREFIXES = f"""PREFIX jha: <{JHA}> PREFIX schema: <http://schema.org/> PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#> """
ENTITIES = PREFIXES + """SELECT ?s ?class (SAMPLE(?l) AS ?label) (MIN(?d) AS ?date) WHERE {
  VALUES ?class { %s }
  ?s a ?class .
  OPTIONAL { ?s skos:prefLabel|rdfs:label|dct:title|schema:name ?l }
  OPTIONAL { ?s schema:startDate|dct:issued|dct:date|jha:year ?d }
} GROUP BY ?s ?class"""
# the agencies and member states an entity is tied to, and by what
TIES = PREFIXES + """SELECT DISTINCT ?s ?facet ?value WHERE {
  { ?s a jha:Document ; schema:mentions ?value }
  UNION { ?s a jha:Meeting ; schema:attendee|schema:organizer|jha:participant|jha:chairedBy|jha:hostedBy ?value }
  UNION { ?s a jha:Meeting ; jha:meetingPlace/schema:containedInPlace ?value }
  UNION { ?s a jha:NetworkPresidency ; jha:heldBy ?value }
  UNION { ?s a jha:CouncilPresidency ; jha:heldBy ?value }
  UNION { ?s a jha:InformationSystem ; jha:operatedBy ?value }
  UNION { ?m a jha:Mandate ; org:member ?s ; org:organization ?value }
  { ?value a jha:Agency BIND ("agency" AS ?facet) } UNION { ?value a jha:MemberState BIND ("state" AS ?facet) }
}"""
TEXTS = PREFIXES + """SELECT ?s (GROUP_CONCAT(DISTINCT ?t; separator=" · ") AS ?text) WHERE {
  { ?s a jha:Document ; schema:text ?t } UNION { ?s skos:altLabel|skos:notation ?t }
} GROUP BY ?s"""
NAMES = PREFIXES + """SELECT DISTINCT ?s ?n WHERE { ?s skos:prefLabel|skos:altLabel|skos:notation|rdfs:label ?n }"""
LABELS = PREFIXES + """SELECT ?value (SAMPLE(?l) AS ?label) WHERE {
  { ?value a jha:Agency ; skos:notation ?l } UNION { ?value a jha:MemberState ; skos:prefLabel ?l }
} GROUP BY ?value"""
PAGE = 50


@dataclass(frozen=True)
class Entry:
    iri: str
    kind: str
    label: str
    year: int | None
    snippet: str = ""  # for a search hit: the matched words in their context, marked


def fts_query(text: str) -> str | None:
    """A reader's words as an FTS5 query: every word must occur (each quoted, so no word is
    read as an operator); None when there are no words."""
    words = re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:20]) or None


class Catalogue:
    """The entities, their facets and their text, in SQLite, read by the pages."""

    def __init__(self, store, base: str = DEFAULT_BASE):
        self.base = base
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.lock = threading.Lock()
        self.db.executescript("""
            CREATE TABLE entity (iri TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL, year INTEGER);
            CREATE INDEX entity_kind ON entity (kind, year, label);
            CREATE INDEX entity_year ON entity (year);
            CREATE TABLE facet (iri TEXT NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
            CREATE INDEX facet_value ON facet (facet, value, iri);
            CREATE INDEX facet_iri ON facet (iri);
            CREATE TABLE facet_label (value TEXT PRIMARY KEY, label TEXT NOT NULL);
            CREATE TABLE name (iri TEXT NOT NULL, name TEXT NOT NULL);
            CREATE INDEX name_name ON name (name);
            CREATE VIRTUAL TABLE search USING fts5 (label, body, iri UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
        """)
        classes = " ".join(f"jha:{cls}" for _, cls, _ in KINDS)
        kind_of = {JHA + cls: kind for kind, cls, _ in KINDS}
        rows = []
        for r in store.query(ENTITIES % classes):
            iri = r["s"]
            if not isinstance(iri, ox.NamedNode):
                continue
            label = r["label"].value if r["label"] else iri.value.rsplit("/", 1)[-1]
            date = r["date"].value if r["date"] else ""
            year = int(date[:4]) if date[:4].isdigit() else None
            rows.append((iri.value, kind_of[r["class"].value], label, year))
        self.db.executemany("INSERT OR IGNORE INTO entity VALUES (?, ?, ?, ?)", rows)
        self.db.executemany("INSERT INTO facet VALUES (?, ?, ?)",
                            [(r["s"].value, r["facet"].value, r["value"].value) for r in store.query(TIES)
                             if isinstance(r["s"], ox.NamedNode)])
        self.db.executemany("INSERT OR IGNORE INTO facet_label VALUES (?, ?)",
                            [(r["value"].value, r["label"].value) for r in store.query(LABELS) if r["label"]])
        kinds = {iri: kind for iri, kind, _, _ in rows}
        self.db.executemany("INSERT INTO name VALUES (?, ?)",
                            [(r["s"].value, r["n"].value.casefold()) for r in store.query(NAMES)
                             if isinstance(r["s"], ox.NamedNode) and r["s"].value in kinds])
        texts = {r["s"].value: r["text"].value for r in store.query(TEXTS) if isinstance(r["s"], ox.NamedNode)}
        self.db.executemany("INSERT INTO search (label, body, iri) VALUES (?, ?, ?)",
                            [(label, texts.get(iri, ""), iri) for iri, _, label, _ in rows])
        self.db.commit()
        for kind in (None, *(k for k, _, _ in KINDS)):  # the lists the home page leads to, counted now
            self.facets(kind)

    def _all(self, sql: str, params: tuple = ()) -> list:
        with self.lock:
            return self.db.execute(sql, params).fetchall()

    def counts(self) -> dict[str, int]:
        """How many entities of each kind."""
        return dict(self._all("SELECT kind, COUNT(*) FROM entity GROUP BY kind"))

    def years(self) -> list[tuple[int, int]]:
        return self._all("SELECT year, COUNT(*) FROM entity WHERE year IS NOT NULL GROUP BY year ORDER BY year")

    def latest(self, kind: str, n: int = 10) -> list[Entry]:
        return [Entry(*r) for r in self._all(
            "SELECT iri, kind, label, year FROM entity WHERE kind = ? ORDER BY year DESC, label LIMIT ?", (kind, n))]

    def _where(self, kind: str | None, year: int | None, agency: str | None, state: str | None) -> tuple[str, list]:
        clauses, params = [], []
        if kind:
            clauses.append("e.kind = ?")
            params.append(kind)
        if year is not None:
            clauses.append("e.year = ?")
            params.append(year)
        for facet, value in (("agency", agency), ("state", state)):
            if value:
                clauses.append("e.iri IN (SELECT iri FROM facet WHERE facet = ? AND value = ?)")
                params += [facet, value]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def browse(self, kind: str | None = None, year: int | None = None, agency: str | None = None,
               state: str | None = None, page: int = 1) -> tuple[int, list[Entry]]:
        """The entities that pass the filters, a page of them (by year, then label)."""
        where, params = self._where(kind, year, agency, state)
        total = self._all(f"SELECT COUNT(*) FROM entity e{where}", tuple(params))[0][0]
        rows = self._all(f"SELECT iri, kind, label, year FROM entity e{where} "
                         "ORDER BY e.year IS NULL, e.year DESC, e.label LIMIT ? OFFSET ?",
                         (*params, PAGE, (page - 1) * PAGE))
        return total, [Entry(*r) for r in rows]

    def facets(self, kind: str | None = None, year: int | None = None, agency: str | None = None,
               state: str | None = None) -> dict[str, list[tuple[str, str, int]]]:
        """For each facet, its values (value, label, count) among the entities that pass the
        other filters. The catalogue does not change while the server runs, so each count is
        made once (the whole archive's and each kind's when the catalogue is built)."""
        return {"kind": self._facet("kind", None, year, agency, state),
                "year": self._facet("year", kind, None, agency, state),
                "agency": self._facet("agency", kind, year, None, state),
                "state": self._facet("state", kind, year, agency, None)}

    @functools.lru_cache(maxsize=4096)  # noqa: B019 (the catalogue lives as long as the server)
    def _facet(self, name: str, kind: str | None, year: int | None, agency: str | None,
               state: str | None) -> list[tuple[str, str, int]]:
        where, params = self._where(kind, year, agency, state)
        if name == "kind":
            return [(k, k, n) for k, n in self._all(f"SELECT e.kind, COUNT(*) FROM entity e{where} GROUP BY e.kind "
                                                     "ORDER BY e.kind", tuple(params))]
        if name == "year":
            return [(str(y), str(y), n) for y, n in self._all(
                f"SELECT e.year, COUNT(*) FROM entity e{where}{' AND' if where else ' WHERE'} e.year IS NOT NULL "
                "GROUP BY e.year ORDER BY e.year DESC", tuple(params))]
        return self._all(
            f"SELECT f.value, COALESCE(l.label, f.value), COUNT(*) FROM entity e JOIN facet f ON f.iri = e.iri "
            f"AND f.facet = ? LEFT JOIN facet_label l ON l.value = f.value{where} "
            "GROUP BY f.value ORDER BY COUNT(*) DESC, 2 LIMIT 40", (name, *params))

    def label_of(self, value: str) -> str:
        rows = self._all("SELECT label FROM facet_label WHERE value = ?", (value,))
        return rows[0][0] if rows else value

    def search(self, text: str, kind: str | None = None, page: int = 1) -> tuple[int, list[Entry]]:
        """Entities whose labels or text hold every word: first what is named exactly so (a
        label, another name or an acronym), then the best by BM25 (labels weigh ten times
        the text), each with a marked snippet of the text."""
        query = fts_query(text)
        if not query:
            return 0, []
        kind_clause = " AND e.kind = ?" if kind else ""
        params = (query, *((kind,) if kind else ()))
        total = self._all(f"SELECT COUNT(*) FROM search s JOIN entity e ON e.iri = s.iri WHERE search MATCH ?"
                          f"{kind_clause}", params)[0][0]
        rows = self._all(
            "SELECT e.iri, e.kind, e.label, e.year, snippet(search, 1, char(1), char(2), ' … ', 24) FROM search s "
            f"JOIN entity e ON e.iri = s.iri WHERE search MATCH ?{kind_clause} "
            # what is called by exactly the words searched for comes first ("eu-LISA": the agency)
            "ORDER BY e.iri IN (SELECT iri FROM name WHERE name = ?) DESC, bm25(search, 10.0, 1.0) LIMIT ? OFFSET ?",
            (*params, " ".join(text.split()).casefold(), PAGE, (page - 1) * PAGE))
        return total, [Entry(*r) for r in rows]
