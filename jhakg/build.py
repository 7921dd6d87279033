"""The pipeline: documents in, one dataset out (ontology, reference, a graph per
document, inferred). ``build`` is what the CLI's ``jhakg build`` calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from .assemble import assemble, graph_iri
from .documents import Document, Skipped, load_folder
from .errors import ConfigError, UsageError
from .extract import Extraction, extract
from .namespaces import DEFAULT
from .reference.files import ontology_files, reference_files
from .reference.gazetteer import Gazetteer

ONTOLOGY_GRAPH = URIRef(DEFAULT.base + "graph/ontology")
REFERENCE_GRAPH = URIRef(DEFAULT.base + "graph/reference")
INFERRED_GRAPH = URIRef(DEFAULT.base + "graph/inferred")

Progress = Callable[[str, int, int], None]


def parse_turtle(paths: list[Path]) -> Graph:
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many kinds; all mean a malformed file
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(path, f"is not valid Turtle ({message})") from exc
    return graph


def load_ontology(paths: list[Path] | None = None) -> Graph:
    return parse_turtle(paths if paths is not None else ontology_files())


def load_reference(paths: list[Path] | None = None) -> Graph:
    return parse_turtle(paths if paths is not None else reference_files())


@dataclass
class Build:
    ontology: Graph
    reference: Graph
    documents: dict[str, Graph]  # doc_id -> its named graph
    extractions: list[Extraction]
    inferred: Graph = field(default_factory=Graph)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def named_graphs(self) -> list[tuple[URIRef, Graph]]:
        graphs = [(ONTOLOGY_GRAPH, self.ontology), (REFERENCE_GRAPH, self.reference)]
        graphs += [(graph_iri(doc_id), g) for doc_id, g in sorted(self.documents.items())]
        graphs.append((INFERRED_GRAPH, self.inferred))
        return graphs

    def asserted(self) -> Graph:
        """Reference data and extracted facts in one graph (what jhakg.ttl holds)."""
        union = Graph()
        for triple in self.reference:
            union.add(triple)
        for g in self.documents.values():
            for triple in g:
                union.add(triple)
        return union


def extract_documents(docs: list[Document], gazetteer: Gazetteer,
                      progress: Progress | None = None) -> tuple[dict[str, Graph], list[Extraction]]:
    graphs: dict[str, Graph] = {}
    extractions: list[Extraction] = []
    for n, doc in enumerate(docs, start=1):
        extraction = extract(doc, gazetteer)
        extractions.append(extraction)
        graphs[doc.doc_id] = assemble(extraction, gazetteer)
        if progress:
            progress("extract", n, len(docs))
    return graphs, extractions


REASONERS = ("owlrl", "fast")


def build(folder: Path, *, strict: bool = True, reason: bool = True, reasoner: str = "owlrl",
          progress: Progress | None = None) -> Build:
    """Build the dataset from a folder of documents.

    With ``strict`` (the default) the first bad document raises ``InputError``; without,
    bad documents are skipped and listed in ``Build.skipped``. ``reasoner`` is ``owlrl``
    (the reference OWL 2 RL engine) or ``fast`` (the same entailments for this ontology,
    computed in one pass per graph; see ``reason.Materialiser``).
    """
    if reasoner not in REASONERS:
        raise UsageError(reasoner, f"unknown reasoner; known: {', '.join(REASONERS)}")
    ontology = load_ontology()
    reference = load_reference()
    gazetteer = Gazetteer(reference)
    docs, skipped = load_folder(folder, strict=strict)
    documents, extractions = extract_documents(docs, gazetteer, progress)
    result = Build(ontology, reference, documents, extractions, skipped=skipped,
                   warnings=[w for x in extractions for w in x.warnings])
    if reason:
        from .reason import fast_reason, infer

        if reasoner == "fast":
            result.inferred = fast_reason(ontology, reference, documents.values())
        else:
            result.inferred = infer(result)
    return result
