"""`jhakg load` against a real Oxigraph server: one PUT per graph, reloads replace,
counts are checked, a store that is down or refuses is a clear error."""

from __future__ import annotations

import contextlib
import http.server
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from jhakg.errors import EndpointError
from jhakg.pipeline import build
from jhakg.publish.graphstore import GraphStore, graphs_of, load
from jhakg.query.canned import LocalRunner, RemoteRunner, bind, load_queries

from .conftest import OXIGRAPH, SEEDS, free_port, normalised, run_cli, running


@pytest.fixture
def server(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running([OXIGRAPH, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}",
                  "--union-default-graph"], base + "/query?query=ASK%7B%7D"):
        yield base


def test_load_reload_and_query(server, dist, store):
    gsp = GraphStore(server + "/store")
    first = load(dist / "jhakg.trig", gsp)
    graphs = dict(graphs_of(dist / "jhakg.trig"))
    assert [item.graph for item in first] == list(graphs)
    assert all(item.triples == item.in_store == graphs[item.graph].count(b"\n") for item in first)
    named = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)
    assert len(first) == 15 and sum(i.triples for i in first) == named  # every quad of the build
    assert "https://w3id.org/jhakg/graph/links" in graphs  # 5 fixed graphs and 2 for each of the 5 seeds
    second = load(dist / "jhakg.trig", gsp)  # PUT replaces: nothing doubles
    assert [(i.graph, i.in_store) for i in second] == [(i.graph, i.in_store) for i in first]
    local, remote = LocalRunner(store), RemoteRunner(server + "/query")
    for name, query in load_queries().items():
        params = {"document": "000_6e879119cdfcf355.txt"} if name == "document-facts" else {}
        assert normalised(remote.run(query, bind(query, params, remote.resolve)).rows) == \
            normalised(local.run(query, bind(query, params, local.resolve)).rows), name


def test_cli_load(server, dist):
    result = run_cli("load", "--endpoint", server + "/store", "--dist", str(dist))
    assert result.returncode == 0, result.stderr
    assert "loaded 15 graphs" in result.stdout and "counts checked" in result.stdout


def test_a_store_whose_default_graph_is_not_the_union_is_detected(tmp_path, dist):
    """Oxigraph with its default settings (as Fuseki's) keeps the default graph apart: the
    data loads, but the canned queries would answer nothing; load and serve say so."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running([OXIGRAPH, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
                 base + "/query?query=ASK%7B%7D"):
        result = run_cli("load", "--endpoint", base + "/store", "--dist", str(dist))
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert "not the union of its named graphs" in result.stderr and "--union-default-graph" in result.stderr
        assert GraphStore(base + "/store").counts()  # the data is there all the same
        served = run_cli("serve", "--endpoint", base + "/query", "--dist", str(dist), "--port", str(free_port()))
        assert served.returncode == 2 and "not the union of its named graphs" in served.stderr


def test_store_down_is_an_error_after_bounded_retries(dist):
    waits = []
    gsp = GraphStore(f"http://127.0.0.1:{free_port()}/store", retries=3, sleep=waits.append)
    with pytest.raises(EndpointError, match="cannot be reached after 3 attempts"):
        load(dist / "jhakg.trig", gsp)
    assert waits == [0.5, 1.0]  # capped exponential backoff between the attempts
    result = run_cli("load", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--retries", "1",
                     "--dist", str(dist))
    assert result.returncode == 1 and result.stderr.startswith("jhakg: error: ")


def test_a_refusal_is_not_retried(server, dist):
    waits = []
    gsp = GraphStore(server + "/no-such-endpoint", query=server + "/query", retries=5, sleep=waits.append)
    with pytest.raises(EndpointError, match="refused with HTTP 4"):
        load(dist / "jhakg.trig", gsp)
    assert waits == []


def test_a_document_gone_from_the_build_goes_from_the_store(server, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("001_390fbe82fa89c37a.txt", "002_7658506f877b54af.txt"):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    gsp = GraphStore(server + "/store")
    load(build(folder, tmp_path / "dist").out / "jhakg.trig", gsp)
    assert any("002_7658506f877b54af" in g for g in gsp.counts())
    (folder / "002_7658506f877b54af.txt").unlink()
    loaded = load(build(folder, tmp_path / "dist").out / "jhakg.trig", gsp)
    assert set(gsp.counts()) == {item.graph for item in loaded}
    assert not any("002_7658506f877b54af" in g for g in gsp.counts())


def test_a_store_that_fails_twice_is_loaded_once(server, dist):
    """The real Oxigraph server behind a proxy that answers 503 to the first two requests:
    the refused graphs are sent again, every graph reaches the store once, counts agree."""
    with flaky_proxy(server, failures=2) as (url, forwarded):
        gsp = GraphStore(url + "/store", retries=3, sleep=lambda s: None)
        loaded = load(dist / "jhakg.trig", gsp)
    assert len(loaded) == 15 and all(item.triples == item.in_store for item in loaded)
    puts = [graph for method, graph in forwarded if method == "PUT"]
    assert sorted(puts) == sorted(item.graph for item in loaded)  # each stored once


@contextlib.contextmanager
def flaky_proxy(target: str, failures: int):
    """An HTTP proxy to ``target`` that answers 503 to its first ``failures`` requests;
    yields its URL and the (method, graph) of every request it forwarded."""
    lock, state, forwarded = threading.Lock(), {"left": failures}, []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _handle(self) -> None:
            with lock:
                refuse = state["left"] > 0
                state["left"] -= refuse
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if refuse:
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            forwarded.append((self.command, query.get("graph", [""])[0]))
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
            request = urllib.request.Request(target + self.path, data=body or None, method=self.command,
                                             headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status, data, kind = response.status, response.read(), response.headers.get("Content-Type")
            except urllib.error.HTTPError as exc:
                status, data, kind = exc.code, exc.read(), exc.headers.get("Content-Type")
            self.send_response(status)
            if kind:
                self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_PUT = do_POST = do_DELETE = _handle

        def log_message(self, *args) -> None:
            pass

    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{proxy.server_address[1]}", forwarded
    finally:
        proxy.shutdown()
        proxy.server_close()
