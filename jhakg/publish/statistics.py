"""The dataset's statistics graph (``graph/statistics``): what can only be known from all
the documents at once, counted by the build so that a query over 10,000 documents reads a
number instead of counting (and sorting) tens of thousands of rows each time it runs.

  jha:documentCount     of an entity: the documents that state it, mention it or address it
  jha:meetingCount      of an entity: the meetings held under it or discussing it
  jha:timelinePosition  of a meeting: its place in the dataset's meetings by start date
  jha:directoryPosition of a mandate: its place in the dataset's mandates by person name
  jha:wording           of a priority: a label of a document topic that matches it (skos:broadMatch)

Each document's part is read from its N-Triples lines by the per-document stage (``Spoken``,
cached with the document); the build adds them up, so a rebuild after one changed
document counts again without reading any other document, and writes the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import ntriples as t
from ..namespaces import JHA

_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_PART_OF = "<http://purl.org/dc/terms/isPartOf>"
_SPEAK = {"<http://schema.org/mentions>", f"<{JHA}topic>"}  # from a document (or a part of it) to what it names
_TO_MEETING = {f"<{JHA}topic>", f"<{JHA}heldUnder>"}  # from a meeting to what it is about or under
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_MEETING, _MANDATE, _TOPIC = f"<{JHA}Meeting>", f"<{JHA}Mandate>", f"<{JHA}Topic>"
_START, _NAME = "<http://schema.org/startDate>", "<http://schema.org/name>"
_MEMBER = "<http://www.w3.org/ns/org#member>"
_BROAD_MATCH = "<http://www.w3.org/2004/02/skos/core#broadMatch>"
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_READ = {_DERIVED, _PART_OF, _TYPE, _START, _NAME, _MEMBER, _LABEL, _BROAD_MATCH, *_SPEAK, *_TO_MEETING}


def _lexical(literal: str) -> str:
    """The lexical form of an N-Triples literal (for ordering; escapes are kept)."""
    return literal[1:literal.rindex('"')]


@dataclass
class Spoken:
    """One document's part of the statistics: the entities it speaks of, its meetings
    with their start, its mandates with their person's name, which meeting is under or
    about which entity, and the words its topics give the priorities they match (terms
    as N-Triples, '<…>')."""

    entities: list[str] = field(default_factory=list)
    meetings: list[tuple[str, str]] = field(default_factory=list)  # (meeting, lexical start date)
    mandates: list[tuple[str, str]] = field(default_factory=list)  # (mandate, person's name)
    meeting_links: list[tuple[str, str]] = field(default_factory=list)  # (meeting, entity)
    wordings: list[tuple[str, str]] = field(default_factory=list)  # (priority, a topic's label as N-Triples)

    @classmethod
    def of(cls, lines: Iterable[str], document: str) -> Spoken:
        """From a document's graph; ``document`` is its IRI as N-Triples."""
        triples = []  # the statements of the predicates read here (a graph's evidence is most of it, and is not)
        for line in lines:
            s, p, rest = line.split(" ", 2)
            if p in _READ:
                triples.append((s, p, rest[:-2]))
        sources = {document} | {s for s, p, o in triples if p == _PART_OF and o == document}
        typed = {(s, o) for s, p, o in triples if p == _TYPE}
        starts, names, members, labels = defaultdict(list), {}, {}, defaultdict(list)
        entities, links = set(), set()
        for s, p, o in triples:
            if p == _DERIVED and o in sources:
                entities.add(s)
            elif p in _SPEAK and s in sources:
                entities.add(o)
            if p in _TO_MEETING and (s, _MEETING) in typed:
                links.add((s, o))
            if p == _START:
                starts[s].append(_lexical(o))
            elif p == _NAME:
                names[s] = _lexical(o)
            elif p == _MEMBER:
                members[s] = o
            elif p == _LABEL:
                labels[s].append(o)
        entities -= sources
        meetings = sorted((m, min(starts[m])) for m, kind in typed if kind == _MEETING and starts.get(m))
        mandates = sorted((m, names[members[m]]) for m, kind in typed
                          if kind == _MANDATE and members.get(m) in names)
        wordings = sorted({(o, label) for s, p, o in triples if p == _BROAD_MATCH and (s, _TOPIC) in typed
                           for label in labels[s]})
        return cls(sorted(entities), meetings, mandates, sorted(links), wordings)

    @classmethod
    def from_json(cls, data: dict) -> Spoken:
        return cls(data["entities"], [tuple(x) for x in data["meetings"]], [tuple(x) for x in data["mandates"]],
                   [tuple(x) for x in data["meeting_links"]], [tuple(x) for x in data["wordings"]])


class StatisticsTotals:
    """The documents' parts added up, as counts, so that a document's part can be taken
    away again (a rebuild updates the last build's totals by the documents that changed):
    how many documents speak of each entity, and how many give each (meeting, entity)
    link, each meeting's start, each mandate's name and each wording."""

    def __init__(self, data: dict | None = None):
        data = data or {}
        self.documents_of: dict[str, int] = data.get("documents_of", {})
        self.links: dict[str, dict[str, int]] = data.get("links", {})  # entity -> meeting -> documents
        self.starts: dict[str, dict[str, int]] = data.get("starts", {})  # meeting -> start -> documents
        self.persons: dict[str, dict[str, int]] = data.get("persons", {})  # mandate -> name -> documents
        self.wordings: dict[str, dict[str, int]] = data.get("wordings", {})  # priority -> label -> documents

    @classmethod
    def of(cls, documents: Iterable[Spoken]) -> StatisticsTotals:
        totals = cls()
        for d in documents:
            totals.add(d)
        return totals

    def add(self, d: Spoken, sign: int = 1) -> None:
        """Add a document's part (``sign`` -1: take it away)."""
        for entity in d.entities:
            _count(self.documents_of, entity, sign)
        for meeting, entity in d.meeting_links:
            _count(self.links.setdefault(entity, {}), meeting, sign)
        for table, pairs in ((self.starts, d.meetings), (self.persons, d.mandates), (self.wordings, d.wordings)):
            for key, value in pairs:
                _count(table.setdefault(key, {}), value, sign)

    def to_json(self) -> dict:
        return {"documents_of": self.documents_of, "links": self.links, "starts": self.starts,
                "persons": self.persons, "wordings": self.wordings}

    def lines(self) -> list[str]:
        """The statistics graph, as sorted N-Triples lines."""
        lines = [t.triple(e, f"<{JHA}documentCount>", t.integer(n)) for e, n in self.documents_of.items()]
        lines += [t.triple(e, f"<{JHA}meetingCount>", t.integer(len(ms))) for e, ms in self.links.items() if ms]
        lines += [t.triple(p, f"<{JHA}wording>", label) for p, labels in self.wordings.items() for label in labels]
        for predicate, table in ((f"<{JHA}timelinePosition>", self.starts), (f"<{JHA}directoryPosition>", self.persons)):
            keys = {node: min(values) for node, values in table.items() if values}
            ordered = sorted(keys, key=lambda node: (keys[node], node))
            lines += [t.triple(node, predicate, t.integer(n)) for n, node in enumerate(ordered)]
        return sorted(lines)


def _count(table: dict[str, int], key: str, sign: int) -> None:
    n = table.get(key, 0) + sign
    if n > 0:
        table[key] = n
    elif n == 0:
        table.pop(key, None)
    else:
        raise ValueError(f"took away a part that was not added: {key}")
