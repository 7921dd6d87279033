"""The dataset's description (VoID and DCAT): what it is, its graphs and their sizes, its
classes and how many resources each has, its dumps, the documents it was read from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import ntriples as t
from ..map.document import document_iri
from ..namespaces import DEFAULT_BASE

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TYPE = f"<{RDF_TYPE}>"
VOCABULARIES = ("http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#",
                DCT, "http://schema.org/", "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/oa#",
                "http://www.w3.org/2006/time#")


def _local(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            head, tail = iri.rsplit(sep, 1)
            return f"{head.rsplit('/', 1)[-1]}-{tail}"
    return iri


@dataclass
class Classes:
    """The typed subjects of a graph, as VoID's class partitions need them: those minted
    for the graph's own document (no other graph has them) are only counted; the others
    (reference entities, facts several documents state) are listed, to be counted once."""

    own: dict[str, int] = field(default_factory=dict)  # class -> own subjects of it
    own_subjects: int = 0
    shared: list[tuple[str, str]] = field(default_factory=list)  # (class, subject)

    @classmethod
    def of(cls, lines: Iterable[str], own: tuple[str, ...] = ()) -> Classes:
        """From N-Triples lines; ``own`` are the IRI prefixes ('<…') of the graph's own subjects."""
        counts: dict[str, int] = defaultdict(int)
        subjects: set[str] = set()
        shared = []
        for line in lines:
            s, p, rest = line.split(" ", 2)
            if p != TYPE:
                continue
            o = rest[:-2]
            if own and s.startswith(own):
                counts[o] += 1
                subjects.add(s)
            else:
                shared.append((o, s))
        return cls(dict(sorted(counts.items())), len(subjects), shared)

    @classmethod
    def from_json(cls, data: dict) -> Classes:
        return cls(data["own"], data["own_subjects"], [tuple(x) for x in data["shared"]])


def own_prefixes(document_iri: str, annotations: str) -> tuple[str, ...]:
    """The subjects a document's graph alone has: the document, its parts, its annotations."""
    return (f"<{document_iri}>", f"<{document_iri}/", f"<{annotations}")


def void_lines(graphs: Iterable, dumps: dict[str, str], version: str) -> list[str]:
    """N-Triples lines under the default base (the dumps writer moves them with the rest)."""
    base = DEFAULT_BASE
    dataset = t.iri(base + "dataset")
    out: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        out.append(f"{s} <{p}> {o} .")

    add(dataset, RDF_TYPE, t.iri(VOID + "Dataset"))
    add(dataset, RDF_TYPE, t.iri(DCAT + "Dataset"))
    add(dataset, DCT + "title", t.literal("jhakg: EU Justice and Home Affairs knowledge graph", lang="en"))
    add(dataset, DCT + "description", t.literal(
        "Agencies, meetings, presidencies, information systems, policy priorities, people and roles extracted "
        "from EU Justice and Home Affairs press releases, each fact with its quoted source.", lang="en"))
    add(dataset, DCT + "hasVersion", t.literal(version))
    add(dataset, DCT + "license", t.iri("https://creativecommons.org/licenses/by/4.0/"))
    add(dataset, VOID + "uriSpace", t.literal(base + "id/"))
    add(dataset, VOID + "vocabulary", t.iri(DEFAULT_BASE + "ontology#"))  # the vocabulary stays under any base
    for vocab in VOCABULARIES:
        add(dataset, VOID + "vocabulary", t.iri(vocab))
    for name, media_type in dumps.items():
        dump = t.iri(base + "dist/" + name)
        add(dataset, VOID + "dataDump", dump)
        add(dataset, DCAT + "distribution", dump)
        add(dump, RDF_TYPE, t.iri(DCAT + "Distribution"))
        add(dump, DCAT + "mediaType", t.literal(media_type))
    quads = 0
    typed: dict[str, set[str]] = defaultdict(set)
    own: dict[str, int] = defaultdict(int)
    own_subjects = 0
    for g in graphs:
        quads += g.triples
        name = t.iri(g.name)
        add(dataset, VOID + "subset", name)
        add(name, RDF_TYPE, t.iri(VOID + "Dataset"))
        add(name, VOID + "triples", t.integer(g.triples))
        if g.source:
            add(name, DCT + "source", t.iri(document_iri(g.source)))
            add(dataset, DCT + "source", t.iri(document_iri(g.source)))
        if g.asserted:
            for cls, subject in g.classes.shared:
                typed[cls].add(subject)
            for cls, n in g.classes.own.items():
                own[cls] += n
            own_subjects += g.classes.own_subjects
    add(dataset, VOID + "triples", t.integer(quads))
    entities: set[str] = set()
    for cls in sorted(set(typed) | set(own)):
        entities |= typed[cls]
        part = t.iri(f"{base}dataset/class/{_local(cls[1:-1])}")
        add(dataset, VOID + "classPartition", part)
        add(part, VOID + "class", cls)
        add(part, VOID + "entities", t.integer(len(typed[cls]) + own[cls]))
    add(dataset, VOID + "entities", t.integer(len(entities) + own_subjects))
    return out
