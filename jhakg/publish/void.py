"""The dataset's description (VoID and DCAT): what it is, its graphs and their sizes, its
classes and how many resources each has, its dumps, the documents it was read from."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .. import ntriples as t
from ..map.document import document_iri
from ..namespaces import DEFAULT_BASE
from ..reference.files import links_files

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
        typed = f" {TYPE} "
        for line in lines:
            if typed not in line:  # (a quick look first: most lines are not typings)
                continue
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


class ClassTotals:
    """The asserted graphs' ``Classes`` added up, as counts (in how many graphs each shared
    subject is typed with each class), so that a graph's part can be taken away again."""

    def __init__(self, data: dict | None = None):
        data = data or {}
        self.shared: dict[str, dict[str, int]] = data.get("shared", {})  # class -> subject -> graphs
        self.own: dict[str, int] = data.get("own", {})
        self.own_subjects: int = data.get("own_subjects", 0)

    def add(self, classes: Classes, sign: int = 1) -> None:
        for cls, subject in classes.shared:
            subjects = self.shared.setdefault(cls, {})
            n = subjects.get(subject, 0) + sign
            if n < 0:
                raise ValueError(f"took away a class that was not added: {subject} {cls}")
            if n:
                subjects[subject] = n
            else:
                del subjects[subject]
        for cls, n in classes.own.items():
            self.own[cls] = self.own.get(cls, 0) + sign * n
            if not self.own[cls]:
                del self.own[cls]
        self.own_subjects += sign * classes.own_subjects

    def plus(self, graphs: Iterable) -> ClassTotals:
        """A new total: this one and the asserted graphs among ``graphs``."""
        totals = ClassTotals({"shared": {c: dict(s) for c, s in self.shared.items()}, "own": dict(self.own),
                              "own_subjects": self.own_subjects})
        for g in graphs:
            if g.asserted:
                totals.add(g.classes)
        return totals

    def to_json(self) -> dict:
        return {"shared": self.shared, "own": self.own, "own_subjects": self.own_subjects}


def own_prefixes(document_iri: str, annotations: str) -> tuple[str, ...]:
    """The subjects a document's graph alone has: the document, its parts, its annotations."""
    return (f"<{document_iri}>", f"<{document_iri}/", f"<{annotations}")


LICENCE = "https://creativecommons.org/licenses/by/4.0/"
FOAF = "http://xmlns.com/foaf/0.1/"
# the datasets the links point into: (namespace of their IRIs, the dataset's IRI, a name)
LINK_TARGETS = (("http://www.wikidata.org/entity/", "https://www.wikidata.org/", "wikidata"),
                ("http://publications.europa.eu/resource/authority/corporate-body/",
                 "http://publications.europa.eu/resource/dataset/corporate-body", "eu-corporate-bodies"),
                ("http://publications.europa.eu/resource/authority/country/",
                 "http://publications.europa.eu/resource/dataset/country", "eu-countries"),
                ("http://publications.europa.eu/resource/authority/place/",
                 "http://publications.europa.eu/resource/dataset/place", "eu-places"),
                ("https://sws.geonames.org/", "https://www.geonames.org/", "geonames"))


def _linksets(dataset: str, base: str) -> list[str]:
    """A void:Linkset for each (outside dataset, link predicate) of the links graph."""
    counts: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for path in links_files():
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            target = next((x for x in LINK_TARGETS if triple.object.value.startswith(x[0])), None)
            if target:
                counts[(target[1], target[2], triple.predicate.value, _local(triple.predicate.value))] += 1
    out = []
    for (target, name, predicate, local), n in sorted(counts.items()):
        linkset = t.iri(f"{base}dataset/links/{name}/{local.lower()}")
        out += [f"{dataset} <{VOID}subset> {linkset} .", f"{linkset} <{RDF_TYPE}> <{VOID}Linkset> .",
                f"{linkset} <{VOID}subjectsTarget> {dataset} .", f"{linkset} <{VOID}objectsTarget> <{target}> .",
                f"{linkset} <{VOID}linkPredicate> <{predicate}> .", f"{linkset} <{VOID}triples> {t.integer(n)} ."]
    return out


def void_lines(graphs: Iterable, dumps: dict[str, str], version: str, classes: ClassTotals) -> list[str]:
    """N-Triples lines under the default base (the dumps writer moves them with the rest);
    ``classes`` are the asserted graphs' classes added up."""
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
    add(dataset, DCT + "license", t.iri(LICENCE))
    add(dataset, VOID + "uriSpace", t.literal(base + "id/"))
    add(dataset, VOID + "vocabulary", t.iri(DEFAULT_BASE + "ontology#"))  # the vocabulary stays under any base
    for vocab in VOCABULARIES:
        add(dataset, VOID + "vocabulary", t.iri(vocab))
    add(dataset, VOID + "sparqlEndpoint", t.iri(base + "sparql"))  # where `jhakg serve` answers
    publisher = t.iri(base + "dataset/publisher")
    add(dataset, DCT + "publisher", publisher)
    add(publisher, RDF_TYPE, t.iri(FOAF + "Organization"))
    add(publisher, FOAF + "name", t.literal("The jhakg project", lang="en"))
    add(publisher, FOAF + "homepage", t.iri(DEFAULT_BASE))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds: a date only when one is given
    if epoch and epoch.isdigit():
        modified = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
        add(dataset, DCT + "modified", t.date(modified))
    for name, media_type in dumps.items():
        dump = t.iri(base + "dist/" + name)
        add(dataset, VOID + "dataDump", dump)
        add(dataset, DCAT + "distribution", dump)
        add(dump, RDF_TYPE, t.iri(DCAT + "Distribution"))
        add(dump, DCAT + "mediaType", t.literal(media_type))
        add(dump, DCAT + "downloadURL", dump)
        add(dump, DCT + "license", t.iri(LICENCE))
    out += _linksets(dataset, base)
    quads = 0
    for g in graphs:
        quads += g.triples
        name = t.iri(g.name)
        add(dataset, VOID + "subset", name)
        add(name, RDF_TYPE, t.iri(VOID + "Dataset"))
        add(name, VOID + "triples", t.integer(g.triples))
        if g.source:
            add(name, DCT + "source", t.iri(document_iri(g.source)))
            add(dataset, DCT + "source", t.iri(document_iri(g.source)))
    add(dataset, VOID + "triples", t.integer(quads))
    entities: set[str] = set()
    for cls in sorted({c for c, subjects in classes.shared.items() if subjects} | set(classes.own)):
        typed = classes.shared.get(cls, {})
        entities.update(typed)
        part = t.iri(f"{base}dataset/class/{_local(cls[1:-1])}")
        add(dataset, VOID + "classPartition", part)
        add(part, VOID + "class", cls)
        add(part, VOID + "entities", t.integer(len(typed) + classes.own.get(cls, 0)))
    add(dataset, VOID + "entities", t.integer(len(entities) + classes.own_subjects))
    return out
