"""Shared fixtures: one build of the seeds per test session, through the library."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


class Built:
    """A build of a folder through the library, and its dataset read back from the
    N-Quads dump as rdflib graphs, for tests that look at triples."""

    def __init__(self, folder: Path, out: Path, **options):
        from jhakg.pipeline import build

        self.folder, self.out = folder, out
        self.result = build(folder, out, **options)

    @functools.cached_property
    def graphs(self) -> dict[str, Graph]:
        from jhakg.publish.formats import read_graphs

        graphs: dict[str, Graph] = {}
        for name, lines in read_graphs(self.out / "jhakg.trig"):
            graph = graphs[name] = Graph()
            graph.parse(data="\n".join(lines) + "\n", format="nt")
        return graphs

    def graph(self, name: str) -> Graph:
        return self.graphs.get(DEFAULT_GRAPH + name, Graph())

    @property
    def ontology(self) -> Graph:
        return self.graph("ontology")

    @property
    def reference(self) -> Graph:
        return self.graph("reference")

    @property
    def documents(self) -> dict[str, Graph]:
        """Each document's graph (without its entailments), by document id."""
        prefix = DEFAULT_GRAPH + "document/"
        return {n[len(prefix):]: g for n, g in self.graphs.items() if n.startswith(prefix) and not n.endswith("/inferred")}

    @property
    def inferred(self) -> Graph:
        """Every entailment of the build: the reference data's and each document's."""
        return _union(g for n, g in self.graphs.items() if n.endswith("/inferred"))

    def asserted(self) -> Graph:
        """The reference data, its links to other data, and every document's graph."""
        return _union([self.reference, self.graph("links"), *self.documents.values()])

    @functools.cached_property
    def extractions(self) -> list:
        """What the extractors find in each built document, in file-name order."""
        from jhakg.documents import load_files
        from jhakg.extract import extract

        names = set(self.result.documents and [d.file_name for d in self.result.documents])
        gazetteer = _gazetteer()
        return [extract(doc, gazetteer) for doc in load_files(sorted(p for p in self.folder.iterdir() if p.name in names))]


DEFAULT_GRAPH = "https://w3id.org/jhakg/graph/"


def _union(graphs) -> Graph:
    out = Graph()
    for g in graphs:
        for t in g:
            out.add(t)
    return out


@functools.lru_cache(maxsize=1)
def _gazetteer():
    from jhakg.reference.gazetteer import Gazetteer
    from jhakg.reference.graphs import load_reference

    return Gazetteer(load_reference())


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Built:
    return Built(SEEDS, tmp_path_factory.mktemp("seeds") / "dist")


@pytest.fixture(scope="session")
def dist(seed_build) -> Path:
    return seed_build.out


@pytest.fixture(scope="session")
def store(dist):
    from jhakg.query.local_store import open_store

    return open_store(dist)


@pytest.fixture(scope="session")
def gazetteer():
    return _gazetteer()


def graph_of(extraction, gazetteer) -> Graph:
    """One document's graph, as the build maps it, as an rdflib Graph."""
    from jhakg.map.document import map_document

    graph = Graph()
    graph.parse(data="\n".join(map_document(extraction, gazetteer)) + "\n", format="nt")
    return graph


def release(tmp_path: Path, text: str, name: str = "release.txt"):
    """A release written for a test, loaded as jhakg loads any document."""
    from jhakg.documents import load_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def facts_of(doc, gazetteer, kind: str) -> list:
    """The facts of one kind jhakg extracts from a document."""
    from jhakg.extract import extract

    return [f for f in extract(doc, gazetteer).facts if f.kind == kind]


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `jhakg` command line in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "jhakg", *args], cwd=cwd or ROOT, env=full_env,
                          capture_output=True, text=True, timeout=600)


def normalised(rows: list[dict]) -> list[dict]:
    """GROUP_CONCAT lists come in no fixed order: compare them as sorted lists."""

    def sort_list(value):
        if not isinstance(value, str):
            return value
        for sep in ("; ", ", "):
            if sep in value:
                return sep.join(sorted(value.split(sep)))
        return value

    return [{k: sort_list(v) for k, v in row.items()} for row in rows]


OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(command: list[str], probe: str, env: dict | None = None, timeout: float = 60):
    """Start a real server process, wait until ``probe`` answers over HTTP, stop it by its
    process id afterwards. Its error output goes to a file (a pipe nobody reads could fill
    and stop it)."""
    errors = tempfile.TemporaryFile()
    proc = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(probe, timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    errors.seek(0)
                    raise RuntimeError(f"{command[0]} exited: {errors.read().decode()[-500:]}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{command[0]} did not answer on {probe}") from None
                time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        errors.close()


@contextlib.contextmanager
def serving_process(dist: Path, **env: str):
    """`jhakg serve` on a free loopback port; yields its base URL and its process."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running([sys.executable, "-m", "jhakg", "serve", "--dist", str(dist), "--host", "127.0.0.1",
                  "--port", str(port)], base + "/void", env=env) as proc:
        yield base, proc


@contextlib.contextmanager
def serving(dist: Path, **env: str):
    """`jhakg serve` on a free loopback port; yields its base URL."""
    with serving_process(dist, **env) as (base, _):
        yield base


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(stat.parent.name))
    return sorted(found)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def oxigraph_read_only(trig: Path, location: Path):
    """A real Oxigraph server holding a build (bulk-loaded), read-only, the default graph
    as the union of the named graphs; yields its query endpoint."""
    subprocess.run([OXIGRAPH, "load", "--location", str(location), "--file", str(trig)],
                   check=True, capture_output=True, timeout=120)
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}/query"
    with running([OXIGRAPH, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                  "--union-default-graph"], endpoint + "?query=ASK%7B%7D"):
        yield endpoint
