"""The embedded store: a build's dataset in an on-disk Oxigraph store (RocksDB), made once
per dataset file and opened read-only after.

The store holds every named graph as built and, as its default graph, their union (each
triple once), so that queries read what many documents state once. It lives beside the
build's folder (``dist/`` → ``.dist-store/``), in a folder named for the dataset file's
identity (path, size, times, inode): the first query after a build makes it (about as
long as reading the dump into memory), later ones open it at once. On disk, each graph
and the default graph have their own ordered indexes, so a lookup costs the same however
many documents repeat a statement (an in-memory store lists a subject's statements of
every graph together: a reference entity stated by thousands of documents made each
lookup of it scan thousands).
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import io
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from ..errors import UsageError

DATASET = "jhakg.trig"  # the dump a store is loaded from (of the same graphs, the quickest to read)
FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
LAYOUT = "2"  # what a store folder holds; a new value makes new stores
CHUNK = 1 << 24
_OPEN_OR_CLOSE = re.compile(rb"^(?:<[^<>\s]*> \{|\})\n", re.M)
_scratch: list[tempfile.TemporaryDirectory] = []


def open_store(path: Path) -> ox.Store:
    """The store of a build (``path``: its folder, or a dump of it, TriG or N-Quads),
    read-only; made first if this dataset file has none yet."""
    if path.is_dir():
        path = path / DATASET
    try:
        stat = path.stat()
    except OSError as exc:
        raise UsageError(path, f"cannot be loaded ({exc.strerror}); run 'jhakg build' first") from exc
    identity = f"{LAYOUT} {path.resolve()} {stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns} {stat.st_ino}"
    home = _home(path)
    final = home / hashlib.sha256(identity.encode()).hexdigest()[:20]
    with open(home / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one process makes a store; the others wait for it
        if not final.exists():
            try:
                os.replace(_make(path, home), final)
            finally:
                for tmp in home.glob(".making-*"):
                    shutil.rmtree(tmp, ignore_errors=True)
            # stores of datasets since replaced: the last one stays (a server started before
            # this build may still read it), the older ones go
            older = sorted((p for p in home.iterdir() if p != final and not p.name.startswith(".")),
                           key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in older[1:]:
                shutil.rmtree(old, ignore_errors=True)
    return ox.Store.read_only(str(final))


def _home(path: Path) -> Path:
    """Where a dataset's stores live: beside its folder; a temporary folder (removed at
    exit) where that cannot be written."""
    folder = path.resolve().parent
    home = folder.parent / f".{folder.name}-store"
    try:
        home.mkdir(exist_ok=True)
        if os.access(home, os.W_OK):
            return home
    except OSError:
        pass
    if not _scratch:
        _scratch.append(tempfile.TemporaryDirectory(prefix="jhakg-store-"))
        atexit.register(_scratch[0].cleanup)
    return Path(_scratch[0].name)


class _NotInBlocks(Exception):
    """A TriG file not laid out as jhakg writes it, found while reading it."""


def _make(path: Path, home: Path) -> Path:
    """A folder in ``home`` holding the dataset's store."""
    try:
        if path.suffix == ".trig" and _in_blocks(path):
            try:
                # one pass: each graph block, then its statements again outside it (the default graph)
                return _load(home, lambda store: store.bulk_load(
                    io.BufferedReader(_Stream(_with_union(path)), CHUNK), format=ox.RdfFormat.TRIG))
            except _NotInBlocks:
                pass  # read again, the general way, into a folder of its own

        def general(store: ox.Store) -> None:
            store.bulk_load(path=str(path), format=FORMATS.get(path.suffix, ox.RdfFormat.N_QUADS))
            default = ox.DefaultGraph()
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                              for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != default)
        return _load(home, general)
    except (SyntaxError, ValueError, OSError) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(path, f"cannot be loaded ({message}); run 'jhakg build' first") from exc


def _load(home: Path, fill) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=".making-", dir=home))
    os.chmod(folder, 0o755)
    store = ox.Store(str(folder))
    fill(store)
    store.optimize()  # compacted: a lookup reads one file per level, not every file the load wrote
    return folder


def _in_blocks(path: Path) -> bool:
    """Whether a TriG file is laid out as jhakg writes it: each graph a block that opens
    with a line ``<name> {`` and closes with a line ``}`` (its literals hold no line
    breaks, so no other line ends with a brace)."""
    with open(path, "rb") as f:
        head = f.read(CHUNK)
    head = head[:head.rfind(b"\n") + 1]
    opening = sum(1 for m in _OPEN_OR_CLOSE.finditer(head) if m.group() != b"}\n")
    return opening > 0 and head.count(b"{\n") == opening


def _with_union(path: Path) -> Iterator[bytes]:
    """The file's bytes with, after each graph block, the block's statements once more
    outside any block."""
    body: list[bytes] = []
    inside = False
    with open(path, "rb") as f:
        rest = b""
        while True:
            chunk = f.read(CHUNK)
            data = rest + chunk
            cut = data.rfind(b"\n") + 1 if chunk else len(data)
            data, rest = data[:cut], data[cut:]
            start = 0
            for m in _OPEN_OR_CLOSE.finditer(data):
                closing = m.group() == b"}\n"
                if closing != inside:  # a block this reading did not see open (GRAPH <g> { …)
                    raise _NotInBlocks(path)
                piece = data[start:m.start()]
                yield piece
                yield m.group()
                if closing:
                    body.append(piece)
                    yield b"".join(body)
                    body = []
                inside, start = not closing, m.end()
            if inside:
                body.append(data[start:])
            yield data[start:]
            if not chunk:
                return


class _Stream(io.RawIOBase):
    """A readable file over an iterator of byte strings."""

    def __init__(self, parts: Iterator[bytes]):
        self.parts = parts
        self.view = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not len(self.view):
            part = next(self.parts, None)
            if part is None:
                return 0
            self.view = memoryview(part)
        n = min(len(buffer), len(self.view))
        buffer[:n] = self.view[:n]
        self.view = self.view[n:]
        return n
