"""Loading a build into any SPARQL 1.1 store through the Graph Store HTTP Protocol.

One PUT per named graph, so a reload replaces and never duplicates; connection errors,
429 and 5xx are retried with capped exponential backoff (4xx never are); afterwards each
graph's triple count in the store is checked against the build.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import EndpointError, UsageError

RETRYABLE = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Loaded:
    graph: str
    triples: int
    in_store: int


def graphs_of(trig: Path) -> dict[str, bytes]:
    """Each named graph of a TriG dump as N-Triples, in graph-name order."""
    if not trig.exists():
        raise UsageError(trig, "does not exist; run 'jhakg build' first")
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    names = sorted(g.value for g in store.named_graphs())
    out = {}
    for name in names:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        out[name] = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return out


class GraphStore:
    def __init__(self, gsp: str, query: str | None = None, auth: str | None = None, retries: int = 5,
                 backoff: float = 0.5, max_backoff: float = 8.0, timeout: float = 60.0,
                 sleep: Callable[[float], None] = time.sleep):
        self.gsp = gsp
        self.query = query or _query_endpoint(gsp)
        self.headers = {}
        if auth:
            if ":" not in auth:
                raise UsageError("--auth", "must read USER:PASSWORD")
            self.headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
        self.retries, self.backoff, self.max_backoff, self.timeout, self.sleep = retries, backoff, max_backoff, timeout, sleep

    def _request(self, request: urllib.request.Request) -> bytes:
        delay = self.backoff
        for attempt in range(1, self.retries + 1):
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as exc:
                if exc.code not in RETRYABLE or attempt == self.retries:
                    detail = exc.read()[:200].decode("utf-8", "replace").strip().splitlines()
                    raise EndpointError(request.full_url, f"{request.get_method()} refused with HTTP {exc.code}"
                                        f"{': ' + detail[0] if detail else ''}") from exc
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                if attempt == self.retries:
                    reason = getattr(exc, "reason", exc)
                    raise EndpointError(request.full_url, f"cannot be reached after {attempt} attempts ({reason})") from exc
            self.sleep(delay)
            delay = min(delay * 2, self.max_backoff)
        raise EndpointError(request.full_url, "no attempt was made")  # retries < 1

    def put(self, graph: str, ntriples: bytes) -> None:
        url = f"{self.gsp}{'&' if '?' in self.gsp else '?'}graph={urllib.parse.quote(graph, safe='')}"
        request = urllib.request.Request(url, data=ntriples, method="PUT",
                                         headers={**self.headers, "Content-Type": "application/n-triples"})
        self._request(request)

    def count(self, graph: str) -> int:
        sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        request = urllib.request.Request(self.query, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                         method="POST", headers={**self.headers,
                                                                 "Accept": "application/sparql-results+json",
                                                                 "Content-Type": "application/x-www-form-urlencoded"})
        data = json.loads(self._request(request))
        return int(data["results"]["bindings"][0]["n"]["value"])


def _query_endpoint(gsp: str) -> str:
    """The query endpoint beside a GSP endpoint: Oxigraph /store -> /query, Fuseki
    /ds/data -> /ds/sparql; otherwise the same URL."""
    base = gsp.split("?", 1)[0]
    if base.endswith("/store"):
        return base[: -len("/store")] + "/query"
    if base.endswith("/data"):
        return base[: -len("/data")] + "/sparql"
    return base


def load(trig: Path, store: GraphStore, progress: Callable[[str, int, int], None] | None = None) -> list[Loaded]:
    """PUT every named graph of a build, then check each graph's size in the store."""
    graphs = graphs_of(trig)
    loaded = []
    for n, (name, data) in enumerate(graphs.items(), start=1):
        store.put(name, data)
        if progress:
            progress("loading", n, len(graphs))
    for name, data in graphs.items():
        expected = data.count(b"\n")
        found = store.count(name)
        if found != expected:
            raise EndpointError(store.query, f"graph <{name}> holds {found} triples, the build has {expected}")
        loaded.append(Loaded(name, expected, found))
    return loaded
