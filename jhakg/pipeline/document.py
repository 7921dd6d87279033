"""The per-document stage, a pure function of a document and the reference data: read it,
extract its facts, map them to RDF, reason, and write its pieces of every dump. Documents
are independent, so this runs in parallel (worker processes, or a Dask cluster) and its
result is cached by the document's content and the code's fingerprint."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..documents import CatalogRow, document_from_bytes
from ..errors import InputError
from ..map.document import document_iri, graph_iri, map_document
from ..namespaces import DEFAULT
from ..publish import formats
from ..publish.dumps import Range
from ..publish.statistics import Spoken
from ..publish.void import Classes, own_prefixes
from .setup import Setup


@dataclass(frozen=True)
class Source:
    """A document as the stage receives it: its file name, its bytes, its catalog row, and
    the digest of its bytes (given without the bytes for a file the build's ledger vouches
    for: unchanged since the last build, so not read unless it has to be processed)."""

    file_name: str
    data: bytes | None
    row: CatalogRow | None = None
    digest: bytes = b""

    def __post_init__(self) -> None:
        if not self.digest:
            object.__setattr__(self, "digest", hashlib.sha256(self.data).digest())

    def key(self, fingerprint: str) -> str:
        digest = hashlib.sha256(fingerprint.encode())
        digest.update(self.file_name.encode())
        digest.update(repr(self.row).encode())
        digest.update(self.digest)
        return digest.hexdigest()


@dataclass
class DocumentResult:
    """What the stage gives for one document: why it was skipped, or its counts and its
    pieces of the dumps (N-Quads, Turtle for TriG and the Turtle dump, JSON-LD), with the
    base IRI of the build already in them."""

    file_name: str
    doc_id: str | None = None
    skipped: str | None = None
    triples: int = 0
    inferred: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    classes: Classes = field(default_factory=Classes)  # its typed subjects, for VoID
    spoken: Spoken = field(default_factory=Spoken)  # its part of the statistics graph
    chunks: dict[str, bytes] = field(default_factory=dict)  # the pieces, as made
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, not part of any output
    pieces: dict[str, Range] = field(default_factory=dict, repr=False)  # the pieces, once cached

    @property
    def graph(self) -> str:
        return graph_iri(self.doc_id)

    @property
    def inferred_graph(self) -> str:
        return graph_iri(self.doc_id) + "/inferred"


def process(source: Source, setup: Setup) -> DocumentResult:
    """One document, through every per-document stage (each stage's time is kept, for
    ``make bench``)."""
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = now - clock
        clock = now

    seconds: dict[str, float] = {}
    try:
        doc = document_from_bytes(Path(source.file_name), source.data, source.row)
    except InputError as exc:
        return DocumentResult(source.file_name, skipped=exc.cause)
    lap("read")
    # (imported here: Setup.warm compiles its patterns once, and a rebuild that processes nothing never needs them)
    from ..extract import extract

    extraction = extract(doc, setup.gazetteer)
    lap("extract")
    lines = map_document(extraction, setup.gazetteer)
    lap("map")
    inferred = setup.infer(lines)
    lap("reason")
    result = DocumentResult(doc.file_name, doc.doc_id, triples=len(lines), inferred=len(inferred),
                            facts=dict(sorted(Counter(f.kind for f in extraction.facts).items())),
                            warnings=extraction.warnings)
    iri = document_iri(doc.doc_id)
    result.classes = Classes.of(lines, own_prefixes(iri, DEFAULT.node("annotation", doc.doc_id, "")))
    result.spoken = Spoken.of(lines, f"<{iri}>")
    compact, rebase = setup.compact, setup.rebase
    ttl, jsonld = formats.turtle_and_jsonld(lines, compact, result.graph)
    result.chunks = {"ttl": rebase(ttl.encode()), "ttl_inferred": rebase(formats.turtle(inferred, compact).encode())}
    if "jsonld" in setup.dumps:
        result.chunks["jsonld"] = rebase(jsonld.encode())
    if "nq" in setup.dumps:
        result.chunks["nq"] = rebase(formats.nquads(lines, result.graph).encode())
        result.chunks["nq_inferred"] = rebase(formats.nquads(inferred, result.inferred_graph).encode())
    lap("format")
    result.seconds = seconds
    return result
