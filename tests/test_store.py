"""`jhakg load` against a real Oxigraph server: one PUT per graph, reloads replace,
counts are checked, a store that is down or refuses is a clear error."""

from __future__ import annotations

import pytest

from jhakg.errors import EndpointError
from jhakg.query.canned import LocalRunner, RemoteRunner, bind, load_queries
from jhakg.store import GraphStore, graphs_of, load

from .conftest import OXIGRAPH, free_port, normalised, run_cli, running


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
    graphs = graphs_of(dist / "jhakg.trig")
    assert [item.graph for item in first] == list(graphs)
    assert all(item.triples == item.in_store for item in first)
    second = load(dist / "jhakg.trig", gsp)  # PUT replaces: nothing doubles
    assert [(i.graph, i.in_store) for i in second] == [(i.graph, i.in_store) for i in first]
    local, remote = LocalRunner(store), RemoteRunner(server + "/query")
    for name, query in load_queries().items():
        assert normalised(remote.run(query, bind(query, {}, remote.resolve)).rows) == \
            normalised(local.run(query, bind(query, {}, local.resolve)).rows), name


def test_cli_load(server, dist):
    result = run_cli("load", "--endpoint", server + "/store", "--dist", str(dist))
    assert result.returncode == 0, result.stderr
    assert "loaded 8 graphs" in result.stdout and "counts checked" in result.stdout


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
