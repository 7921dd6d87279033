"""The dumps in ``dist/``, written into a temporary folder beside it and swapped into place
only when complete, while a lock keeps a second build from writing at the same time.

  jhakg.trig             every graph as TriG (what the store, jhakg load and the checks read)
  jhakg.ttl              the asserted data (reference data and every document's facts) as Turtle
  jhakg.jsonld           the asserted data as JSON-LD, a named graph per document, with
  jhakg.context.jsonld   its context
  ontology.ttl           the ontology
  ontology.html          its documentation, a page of its own (written by the command line's build)
  shapes.ttl             the SHACL shapes
  void.ttl               VoID/DCAT: the graphs, their sizes, the dumps, the sources
  build-report.json      documents built, facts per kind, documents skipped and why
  jhakg.nq               on request (--dumps): every graph as N-Quads, a line a quad

The graphs: ``graph/ontology``, ``graph/reference`` (and its entailments in
``graph/reference/inferred``), ``graph/links``, ``graph/statistics`` (counts and orders over
all the documents, in the TriG and N-Quads only, like the entailments), and for each
document ``graph/document/<id>`` with its entailments in ``graph/document/<id>/inferred``. A document's pieces of every dump are
written once, by the per-document stage; a dump is their concatenation in file-name order,
with the statistics graph after them, written as the build makes them.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..namespaces import DEFAULT_BASE
from ..reference.files import shapes_file
from . import formats
from .dump_writer import DumpWriter, Layout, status
from .void import Classes, ClassTotals, void_lines

GRAPH = DEFAULT_BASE + "graph/"
ONTOLOGY_GRAPH = GRAPH + "ontology"
REFERENCE_GRAPH = GRAPH + "reference"
REFERENCE_INFERRED_GRAPH = GRAPH + "reference/inferred"
LINKS_GRAPH = GRAPH + "links"  # to Wikidata, the EU authority tables, GeoNames
STATISTICS_GRAPH = GRAPH + "statistics"  # counted over all the documents (publish.statistics)
DUMPS = {"trig": ("jhakg.trig", "application/trig"), "ttl": ("jhakg.ttl", "text/turtle"),
         "jsonld": ("jhakg.jsonld", "application/ld+json"), "nq": ("jhakg.nq", "application/n-quads")}
DEFAULT_DUMPS = ("trig", "ttl", "jsonld")


@dataclass(frozen=True)
class Range:
    """Bytes of a file: where a piece of a dump made earlier (and cached) is."""

    path: Path
    offset: int
    length: int


@dataclass
class GraphPiece:
    """One named graph of the dataset, ready to be written: its lines' counts, its pieces."""

    name: str
    triples: int
    chunks: dict[str, bytes]
    asserted: bool = True
    source: str | None = None  # the document it comes from
    classes: Classes = field(default_factory=Classes)


def piece(name: str, lines: list[str], compact: formats.Compactor, asserted: bool = True) -> GraphPiece:
    """A graph made here (the ontology, the reference data and its entailments, the
    statistics); the JSON-LD dump holds the asserted graphs only, so only they get a piece of it."""
    if not asserted:
        return GraphPiece(name, len(lines), {"nq": formats.nquads(lines, name).encode(),
                                             "ttl": formats.turtle(lines, compact).encode()}, asserted)
    ttl, jsonld = formats.turtle_and_jsonld(lines, compact, name)
    return GraphPiece(name, len(lines), {
        "nq": formats.nquads(lines, name).encode(), "ttl": ttl.encode(), "jsonld": jsonld.encode()}, asserted,
        classes=Classes.of(lines))


def checked_dumps(dumps: Iterable[str]) -> tuple[str, ...]:
    """The dumps to write, in DUMPS order: always the TriG (what everything else reads)."""
    unknown = [k for k in dumps if k not in DUMPS]
    if unknown:
        raise UsageError(",".join(unknown), f"unknown dump; the dumps are {', '.join(DUMPS)}")
    return tuple(k for k in DUMPS if k == "trig" or k in dumps)


@dataclass
class Written:
    files: list[str]
    graphs: int
    quads: int


# the vocabulary (the ontology, its terms and versions, the shapes) keeps its IRIs under any
# base: queries, pages and other people's data name its terms; only the data moves
_DATA_UNDER_DEFAULT_BASE = re.compile(re.escape(DEFAULT_BASE.encode()) + rb"(?!ontology|shapes)")


def rebased(data: bytes, base: str) -> bytes:
    """The same bytes with every data IRI under the default base moved under ``base``
    (the vocabulary's IRIs stay where they are)."""
    return data if base == DEFAULT_BASE else _DATA_UNDER_DEFAULT_BASE.sub(base.encode().replace(b"\\", b"\\\\"), data)


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Builds into the same folder one at a time: the second waits for the first."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / f".{out.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


Extras = Callable[[Path], dict[str, bytes]]  # the folder being written -> more files for it (name -> bytes)
# once the documents are through: the graphs that follow them (the statistics, counted over all of them), the
# build report, and the documents' classes added up (None: added up from the graphs)
Closing = Callable[[], tuple[list[GraphPiece], dict, ClassTotals | None]]
_CAUGHT_UP = None  # what a stream of graphs gives where a dump's writer has caught up with the build


class _Stream:
    """The dataset's graphs in the order of the dumps, as the build makes them: each dump's
    writer reads them while the documents are still being processed, so that the kernel
    copies what did not change while a changed document is read and mapped."""

    def __init__(self, graphs: list[GraphPiece]):
        self.graphs = list(graphs)
        self.done = self.failed = False
        self._ready = threading.Condition()

    def add(self, graphs: Iterable[GraphPiece]) -> None:
        with self._ready:
            self.graphs.extend(graphs)
            self._ready.notify_all()

    def close(self, failed: bool = False) -> None:
        with self._ready:
            self.done, self.failed = True, failed
            self._ready.notify_all()

    def __iter__(self) -> Iterator[GraphPiece | None]:
        at = 0
        while True:
            if self.failed:
                raise _Abandoned
            if at < len(self.graphs):
                at += 1
                yield self.graphs[at - 1]
                continue
            yield _CAUGHT_UP  # (the writer copies what it has put off before it waits)
            with self._ready:
                while at >= len(self.graphs) and not self.done:
                    self._ready.wait()
                if at >= len(self.graphs) and not self.failed:
                    return


class _Abandoned(Exception):
    """The build stopped (an unusable document, an interruption): the dumps are not finished."""


def write_dist(out: Path, fixed: list[GraphPiece], documents: Iterable[tuple[GraphPiece, GraphPiece]],
               report: dict | Closing, version: str, base: str = DEFAULT_BASE,
               dumps: tuple[str, ...] = DEFAULT_DUMPS, extras: Extras | None = None,
               classes: ClassTotals | None = None, layout: Path | None = None) -> Written:
    """Write the dumps (``dumps``: kinds of DUMPS) and the files beside them. ``fixed`` are
    the ontology and reference graphs; ``documents`` yields each document's graph and its
    entailments, in file-name order, and may still be making them: the dumps are written
    as they come. ``report`` is the build report, or what gives it once the documents are
    through (``Closing``: with the graphs that follow them and the classes added up).
    ``extras`` makes more files from the written ones (the ontology's documentation page),
    before the folder is swapped in. ``classes`` are the documents' classes added up (for
    VoID), when the caller has them; else they are added up from ``documents``. ``layout``
    is where the dumps' layout is kept between builds: what is unchanged since the last
    build is copied from its dumps in long runs."""
    dumps = checked_dumps(dumps)
    if not base.endswith("/"):
        raise UsageError(base, "a base IRI must end with '/'")
    out = out.resolve()
    pfx = formats.prefixes(base)
    header = formats.turtle_header(pfx).encode()
    with locked(out):
        _leftovers(out)
        last = Layout.read(layout, out)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        try:
            stream = _Stream(fixed)
            # each dump written by a thread of its own while this one takes the documents and writes the rest: the
            # kernel copies the pieces (copy_file_range), so the threads run at once
            with ThreadPoolExecutor(len(dumps)) as pool:
                writing = {DUMPS[kind][0]: pool.submit(
                    _write_dump, kind, tmp / DUMPS[kind][0], stream, header, base,
                    (out / DUMPS[kind][0], last.pieces[DUMPS[kind][0]]) if DUMPS[kind][0] in last.pieces else None)
                    for kind in dumps}
                try:
                    for pair in documents:
                        stream.add(pair)
                    tail, report, classes = report() if callable(report) else ([], report, classes)
                    stream.add(tail)
                except BaseException:
                    stream.close(failed=True)
                    raise
                stream.close()
                pieces = stream.graphs
                graphs = [GraphPiece(g.name, g.triples, {}, g.asserted, g.source) for g in pieces]
                ontology = next(g for g in fixed if g.name == ONTOLOGY_GRAPH)
                (tmp / "ontology.ttl").write_bytes(header + rebased(ontology.chunks["ttl"], base))
                if "jsonld" in dumps:
                    (tmp / "jhakg.context.jsonld").write_text(
                        json.dumps(formats.jsonld_context(pfx), indent=1, sort_keys=True) + "\n", encoding="utf-8")
                (tmp / "shapes.ttl").write_bytes(rebased(shapes_file().read_bytes(), base))
                totals = (classes or ClassTotals()).plus([*fixed, *tail] if classes else pieces)
                void = sorted(void_lines(graphs, dict(DUMPS[k] for k in dumps), version, totals))
                (tmp / "void.ttl").write_bytes(header + rebased(formats.turtle(void, formats.Compactor(
                    formats.prefixes())).encode(), base))
                places = {name: done.result() for name, done in writing.items()}
            for name, data in sorted((extras(tmp) if extras else {}).items()):
                (tmp / name).write_bytes(data)
            (tmp / "build-report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
            swap(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if layout is not None:
            Layout(str(out), {name: status(out / name) for name in places}, places).save(layout)
    return Written(sorted(p.name for p in out.iterdir()), len(graphs), sum(g.triples for g in graphs))


def _write_dump(kind: str, path: Path, pieces: _Stream, header: bytes, base: str,
                old: tuple[Path, dict[str, list[int]]] | None) -> dict[str, list[int]]:
    """One dump: the graphs' pieces in order (TriG: every graph named; Turtle and JSON-LD:
    the asserted graphs but the ontology's, merged). A cached piece that the last dump of
    this name holds (``old``) is copied from there; returns where each cached piece lies."""
    with open(path, "wb") as f:
        out = DumpWriter(f, old)
        if kind in ("trig", "ttl"):
            out.write(header)
        elif kind == "jsonld":
            out.write(b'{"@context":"jhakg.context.jsonld","@graph":[\n')
        first = True
        for g in pieces:
            if g is _CAUGHT_UP:
                out.catch_up()
            elif kind == "nq":
                _piece(out, g.chunks["nq"], base)
            elif kind == "trig":
                if g.triples:
                    _piece(out, g.chunks["ttl"], base, b"<" + rebased(g.name.encode(), base) + b"> {\n", b"}\n\n")
            elif g.asserted and g.name != ONTOLOGY_GRAPH:
                if kind == "ttl":
                    _piece(out, g.chunks["ttl"], base)
                else:
                    _piece(out, g.chunks["jsonld"], base, b"" if first else b",\n")
                    first = False
        if kind == "jsonld":
            out.write(b"\n]}\n")
        out.close()
    return out.layout


def _piece(out: DumpWriter, chunk: bytes | Range, base: str, before: bytes = b"", after: bytes = b"") -> None:
    """A piece with what goes around it: bytes made here (moved to the base), or a range of
    a cache entry (made with the base already), taken from the last dump where it is there."""
    if isinstance(chunk, bytes):
        out.write(before + rebased(chunk, base) + after)
        return
    identity = f"{chunk.path.name}:{chunk.offset}:{len(before)}"
    if out.reused(identity):
        return
    start = out.position
    out.write(before)
    out.copy(chunk.path, chunk.offset, chunk.length)
    out.write(after)
    out.mark(identity, start)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE), so that no
    moment exists without a complete folder in place; False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def swap(tmp: Path, out: Path) -> None:
    """Put the complete folder in place of the old one (which is only then removed)."""
    if out.exists() and _exchange(tmp, out):
        shutil.rmtree(tmp, ignore_errors=True)  # now the old one
        return
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        os.replace(out, old)
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _leftovers(out: Path) -> None:
    """What a killed build left beside ``out`` (called with the lock held: no build is
    writing them)."""
    for path in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(path, ignore_errors=True)
    old = sorted(out.parent.glob(f".{out.name}.old-*"))
    if old and not out.exists():  # killed between the two renames of the fallback swap
        os.replace(old.pop(), out)
    for path in old:
        shutil.rmtree(path, ignore_errors=True)


def write_atomically(files: dict[str, bytes], out: Path) -> None:
    """Small folders (the static site): every file into a temporary folder, then swapped."""
    out = out.resolve()
    with locked(out):
        _leftovers(out)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        try:
            for name, data in sorted(files.items()):
                (tmp / name).parent.mkdir(parents=True, exist_ok=True)
                (tmp / name).write_bytes(data)
            swap(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
