"""The build: documents in, every dump out.

    folder of documents ─▶ per-document stage (read, extract, map, reason, write its pieces)
                         │   in parallel, cached by content and code fingerprint
                         ▼
                       dumps: the ontology and reference graphs, then each document's
                       pieces in file-name order; dist/ replaced only when complete

``build`` is what ``jhakg build`` calls. A rebuild processes only the documents that are
new or changed (or all of them when the code, ontology, reference data or mappings
changed) and writes the same bytes a full build would.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..documents import Skipped, document_names, read_bytes, read_catalog
from ..errors import InputError
from ..namespaces import DEFAULT_BASE
from ..publish.dumps import (
    DEFAULT_DUMPS,
    LINKS_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    REFERENCE_INFERRED_GRAPH,
    STATISTICS_GRAPH,
    Extras,
    GraphPiece,
    Written,
    piece,
    write_dist,
)
from ..publish.void import Classes, ClassTotals
from .cache import Cache
from .document import DocumentResult, Source
from .ledger import SETTLED_NS, Ledger, status, totals_of
from .ledger import write as write_ledger
from .schedulers import scheduler as make_scheduler
from .setup import REASONERS, Setup

Progress = Callable[[str, int, int], None]
__all__ = ["REASONERS", "BuildResult", "DocumentResult", "Setup", "Source", "build", "default_cache"]


@dataclass
class BuildResult:
    out: Path
    documents: list[DocumentResult]  # built, without their pieces
    skipped: list[Skipped]
    processed: int  # documents processed by this build (the others came from the cache)
    written: Written
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        return sorted(w for d in self.documents for w in d.warnings)


def sources_of(folder: Path, ledger: Ledger | None = None) -> tuple[list[Source], list[Skipped], dict[str, list]]:
    """Each document file's bytes with its catalog row (a file the ledger vouches for, by
    the digest of its bytes alone). Skipped, with the reason: files that cannot be read, a
    copy of an earlier file (the same bytes: its facts would count twice), and a file
    whose name but for its suffix is an earlier file's (the two would make one document
    IRI). Third, for the next ledger: the status and digest of each file read that had
    settled before it was read."""
    catalog = read_catalog(folder)
    sources, skipped, files = [], [], {}
    names = document_names(folder)
    if not names:
        raise InputError(folder, "holds no documents (.txt, .md, .markdown, .html, .htm)")
    by_digest: dict[bytes, str] = {}
    by_stem: dict[str, str] = {}
    settled = time.time_ns() - SETTLED_NS
    where = os.fspath(folder)
    for name in names:  # (as strings, not Paths: a rebuild of 10,000 documents goes through them all)
        path = os.path.join(where, name)
        try:
            now = status(path)
            digest = ledger.digest(folder, name, now) if ledger else None
            data = None if digest else read_bytes(Path(path))
        except OSError as exc:
            skipped.append(Skipped(name, f"cannot be read ({exc.strerror or exc})"))
            continue
        except InputError as exc:
            skipped.append(Skipped(name, exc.cause))
            continue
        source = Source(name, data, catalog.get(name), digest or b"")
        stem = os.path.splitext(name)[0]
        if source.digest in by_digest:
            skipped.append(Skipped(name, f"is a copy of {by_digest[source.digest]} (the same bytes); built once"))
        elif stem in by_stem:
            skipped.append(Skipped(name, f"has the name of {by_stem[stem]} but for its suffix; "
                                         "a document's IRI is made from its name, so rename one"))
        else:
            by_digest[source.digest] = by_stem[stem] = name
            sources.append(source)
            if now[2] < settled:
                files[name] = [*now, source.digest.hex()]
    return sources, skipped, files


def _read(folder: Path, source: Source) -> Source:
    """A source with its bytes (one the ledger vouched for, now to be processed)."""
    return Source(source.file_name, read_bytes(folder / source.file_name), source.row)


def _reference_pieces(setup: Setup) -> list[GraphPiece]:
    """The ontology, the reference data, its entailments and the links, rendered once for a
    setup's fingerprint and kept with it (a rebuild does not render them again)."""
    def make() -> list[dict]:
        made = [piece(ONTOLOGY_GRAPH, setup.ontology_lines, setup.compact),
                piece(REFERENCE_GRAPH, setup.reference_lines, setup.compact),
                piece(REFERENCE_INFERRED_GRAPH, setup.reference_inferred, setup.compact, asserted=False),
                piece(LINKS_GRAPH, setup.links_lines, setup.compact)]
        return [{"name": g.name, "triples": g.triples, "asserted": g.asserted, "classes": asdict(g.classes),
                 "chunks": {k: v.decode("utf-8") for k, v in g.chunks.items()}} for g in made]
    return [GraphPiece(g["name"], g["triples"], {k: v.encode("utf-8") for k, v in g["chunks"].items()}, g["asserted"],
                       classes=Classes.from_json(g["classes"])) for g in setup.kept("reference-pieces", make)]


def _kept(setup: Setup, extras: Extras | None) -> Extras | None:
    """The extra files, made once for a setup's fingerprint and kept with it (they are made
    from the ontology and the shapes, which the setup fixes)."""
    if extras is None:
        return None

    def kept(folder: Path) -> dict[str, bytes]:
        made = setup.kept("extras", lambda: {name: data.decode("latin-1") for name, data in extras(folder).items()})
        return {name: text.encode("latin-1") for name, text in made.items()}
    return kept


LAYOUT = "dumps-layout.json"  # in the cache: where the last build's dumps hold each cached piece


def default_cache(out: Path) -> Path:
    """Where ``jhakg build`` keeps its per-document results: ``.dist-cache`` beside ``dist``."""
    return out.parent / f".{out.name}-cache"


def build(folder: Path, out: Path, *, base: str = DEFAULT_BASE, strict: bool = True, reasoner: str = "rules",
          cache: Path | None = None, prune: bool = False, workers: int | None = None, scheduler: str | None = None,
          dumps: tuple[str, ...] = DEFAULT_DUMPS, progress: Progress | None = None,
          extras: Extras | None = None) -> BuildResult:
    """Build ``out`` (dist/) from a folder of documents.

    With ``strict`` the first unusable document raises ``InputError`` and nothing is
    written; otherwise it is skipped and listed in the build report. ``cache`` is the
    folder of cached per-document results (a temporary one when None); ``workers`` the
    number of processes (one per core by default); ``scheduler`` a Dask scheduler's
    address to run the per-document stage on instead. With ``prune`` the cache keeps only
    what this build used (so a cache of one output folder does not grow without end).
    ``extras`` makes more files from the written ones, into the same folder (the command
    line's build adds the ontology's documentation page); they may depend on the ontology
    and the shapes only, since they are kept with the setup.
    """
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jhakg-cache-") as scratch:
        store = Cache(cache or Path(scratch))
        setup = Setup(reasoner, base, store.folder / "setup", dumps)
        last = Ledger.read(store, setup.fingerprint) if cache else None
        sources, skipped, files = sources_of(folder, last)
        if strict and skipped:
            raise InputError(folder / skipped[0].file, skipped[0].reason)
        keys = {s.file_name: s.key(setup.fingerprint) for s in sources}
        summaries: dict[str, DocumentResult] = {}
        whole: set[str] = set()  # the keys whose summary holds its parts of the totals (not the ledger's)
        todo = []
        for source in sources:
            key = keys[source.file_name]
            cached = last.summary(store, key) if last else None
            if cached is None:
                if source.data is None:  # vouched for, but its entry is not in the cache: read it
                    source = _read(folder, source)
                    key = keys[source.file_name] = source.key(setup.fingerprint)
                cached = store.get(key)
                whole.add(key)
            if cached is None:  # new, changed, or an entry that cannot be read
                todo.append((source, key))
            else:
                summaries[key] = cached
        seconds["prepare"] = time.perf_counter() - start
        t = time.perf_counter()
        run = make_scheduler(workers, scheduler)
        results = run(todo, setup, store) if todo else iter(())
        built: dict[str, DocumentResult] = {}
        failed = list(skipped)
        ready = len(summaries)  # from the cache

        def documents() -> Iterator[tuple[GraphPiece, GraphPiece]]:
            """Each document's graphs in file-name order, as the per-document stage gives them."""
            for source in sources:
                key = keys[source.file_name]
                while key not in summaries:
                    summary = next(results)
                    summaries[keys[summary.file_name]] = summary
                    if progress:
                        progress("documents", len(summaries) - ready, len(todo))
                summary = summaries[key]
                if summary.skipped:
                    if strict:
                        raise InputError(folder / source.file_name, summary.skipped)
                    failed.append(Skipped(source.file_name, summary.skipped))
                else:
                    built[key] = summary
                    yield from _pieces((summary,))
            seconds["documents"] = time.perf_counter() - t

        def closing() -> tuple[list[GraphPiece], dict, ClassTotals]:
            """Once the documents are through: their totals, the statistics graph, the report, and the
            ledger (written while the kernel copies the dumps)."""
            failed.sort(key=lambda s: s.file)
            totals = (last.totals(store, built, whole) if last else None) or totals_of(store, built, whole)
            report = {
                "documents": [d.file_name for d in built.values()],
                "facts": _facts(built.values()),
                "skipped": [{"file": s.file, "reason": s.reason} for s in failed],
                "warnings": sorted(w for d in built.values() for w in d.warnings),
            }
            if cache:
                ledger.append(aside.submit(write_ledger, store, setup.fingerprint, folder, files, summaries,
                                           list(built), *totals))
            return [piece(STATISTICS_GRAPH, totals[1].lines(), setup.compact, asserted=False)], report, totals[0]

        ledger: list = []
        # the dumps are written as the documents come: what did not change is copied while a changed one is processed
        with ThreadPoolExecutor(1) as aside:
            try:
                written = write_dist(out, _reference_pieces(setup), documents(), closing, _version(setup), base,
                                     setup.dumps, _kept(setup, extras), layout=store.folder / LAYOUT if cache else None)
            finally:
                getattr(results, "close", lambda: None)()  # (stopped early: the workers with it)
            for done in ledger:
                done.result()
        seconds["dumps"] = time.perf_counter() - t - seconds["documents"]
        if prune:
            store.prune(set(keys.values()))
            store.prune_setups(setup.fingerprint)
    seconds["total"] = time.perf_counter() - start
    return BuildResult(out, list(built.values()), failed, len(todo), written, seconds)


def _facts(built: Iterable[DocumentResult]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for d in built:
        for kind, n in d.facts.items():
            totals[kind] = totals.get(kind, 0) + n
    return dict(sorted(totals.items()))


def _pieces(built: Iterable[DocumentResult]) -> Iterator[tuple[GraphPiece, GraphPiece]]:
    """Each document's graph and entailments, as ranges of its cache entry."""
    for r in built:
        p = r.pieces
        yield (GraphPiece(r.graph, r.triples, {k: p[k] for k in ("nq", "ttl", "jsonld") if k in p}, True, r.doc_id,
                          r.classes),
               GraphPiece(r.inferred_graph, r.inferred, {k: p[k + "_inferred"] for k in ("nq", "ttl")
                                                         if k + "_inferred" in p}, False, r.doc_id))


def _version(setup: Setup) -> str:
    def make() -> str:
        for line in setup.ontology_lines:
            if "<http://www.w3.org/2002/07/owl#versionInfo>" in line:
                return line.split(" ", 2)[2][1:].split('"', 1)[0]
        return "0"
    return setup.kept("version", make)
