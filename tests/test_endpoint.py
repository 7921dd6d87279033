"""Canned queries on a real SPARQL 1.1 endpoint (an Oxigraph server started here) give
the same rows as the embedded store."""

from __future__ import annotations

from pathlib import Path

import pytest

from jhakg.errors import UsageError
from jhakg.query.canned import LocalRunner, RemoteRunner, bind, load_queries

from .conftest import OXIGRAPH, free_port, normalised, oxigraph_read_only

PARAMS = {"chairs-by-year": {"agency": "EIGE"}, "agency-profile": {"agency": "eu-LISA"},
          "document-facts": {"document": "002_7658506f877b54af.txt"}, "meetings": {"from": "2020-01-01"},
          "people": {"name": "Johansson"}, "council-presidencies": {"year": "2024"}, "systems": {"code": "SIS"}}


@pytest.fixture(scope="module")
def endpoint(dist, tmp_path_factory):
    if not Path(OXIGRAPH).exists():
        pytest.fail("the oxigraph server is not installed (pip install oxigraph; `make test` does it)")
    with oxigraph_read_only(dist / "jhakg.trig", tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.mark.parametrize("name", sorted(load_queries()))
@pytest.mark.parametrize("with_params", [False, True], ids=["defaults", "params"])
def test_endpoint_rows_equal_embedded_rows(name, with_params, endpoint, store):
    query = load_queries()[name]
    local, remote = LocalRunner(store), RemoteRunner(endpoint)
    params = PARAMS.get(name, {}) if with_params else {}
    if not with_params and any(p.required for p in query.params):
        with pytest.raises(UsageError, match="needs the parameter"):
            bind(query, params, local.resolve)
        return
    expected = local.run(query, bind(query, params, local.resolve))
    got = remote.run(query, bind(query, params, remote.resolve))
    assert got.columns == expected.columns
    assert normalised(got.rows) == normalised(expected.rows)
    assert expected.rows, f"{name} returns no rows on the seeds"


def test_endpoint_down_is_a_clear_error():
    from jhakg.errors import EndpointError

    runner = RemoteRunner(f"http://127.0.0.1:{free_port()}/query", timeout=5)
    with pytest.raises(EndpointError, match="query failed"):
        runner.run(load_queries()["chairs-by-year"], {})
