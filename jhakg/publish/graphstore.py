"""Loading a build into any SPARQL 1.1 store through the Graph Store HTTP Protocol.

One PUT per named graph, so a reload replaces and never duplicates (and the graphs of a
document the build no longer has are deleted); connection errors,
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
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, EndpointError, InputError, UsageError
from .formats import read_graphs

RETRYABLE = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Loaded:
    graph: str
    triples: int
    in_store: int


def graphs_of(dump: Path) -> Iterator[tuple[str, bytes]]:
    """Each named graph of a dump (TriG or N-Quads) as N-Triples, in the dump's order,
    one at a time; a graph met twice is an error (the build writes each graph once)."""
    if not dump.exists():
        raise UsageError(dump, "does not exist; run 'jhakg build' first")
    seen: set[str] = set()
    for name, lines in read_graphs(dump):
        if not name or name in seen:
            raise InputError(dump, f"holds {'triples outside a named graph' if not name else f'<{name}> twice'}")
        seen.add(name)
        yield name, ("\n".join(lines) + "\n").encode()


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

    def delete(self, graph: str) -> None:
        url = f"{self.gsp}{'&' if '?' in self.gsp else '?'}graph={urllib.parse.quote(graph, safe='')}"
        self._request(urllib.request.Request(url, method="DELETE", headers=self.headers))

    def ask(self, sparql: str) -> bool:
        request = urllib.request.Request(self.query, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                         method="POST", headers={**self.headers,
                                                                 "Accept": "application/sparql-results+json",
                                                                 "Content-Type": "application/x-www-form-urlencoded"})
        return bool(json.loads(self._request(request)).get("boolean"))

    def counts(self) -> dict[str, int]:
        """The number of triples in each named graph of the store."""
        sparql = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        request = urllib.request.Request(self.query, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                         method="POST", headers={**self.headers,
                                                                 "Accept": "application/sparql-results+json",
                                                                 "Content-Type": "application/x-www-form-urlencoded"})
        data = json.loads(self._request(request))
        return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


# the build's queries read the default graph as the union of the named graphs (what many
# documents state is matched once); a store that keeps its default graph apart answers them
# with nothing, so a load checks the store and says so
UNION_PROBE = "ASK { ?ontology a <http://www.w3.org/2002/07/owl#Ontology> }"
UNION_ADVICE = ("the store's default graph is not the union of its named graphs, so the canned queries and "
                "pages would find nothing (the data is loaded); start Oxigraph with --union-default-graph, "
                "or set tdb2:unionDefaultGraph true on the Fuseki dataset")


def _query_endpoint(gsp: str) -> str:
    """The query endpoint beside a GSP endpoint: Oxigraph /store -> /query, Fuseki
    /ds/data -> /ds/sparql; otherwise the same URL."""
    base = gsp.split("?", 1)[0]
    if base.endswith("/store"):
        return base[: -len("/store")] + "/query"
    if base.endswith("/data"):
        return base[: -len("/data")] + "/sparql"
    return base


def stale_graphs(found: dict[str, int], loaded: dict[str, int]) -> list[str]:
    """Graphs of a build's document in the store that this build no longer has."""
    roots = {name[: -len("ontology")] for name in loaded if name.endswith("/graph/ontology")}
    return sorted(name for name in found if name not in loaded
                  and any(name.startswith(root + "document/") for root in roots))


def load(dump: Path, store: GraphStore, progress: Callable[[str, int, int], None] | None = None,
         connections: int = 4) -> list[Loaded]:
    """PUT every named graph of a build (over a few connections at once), then check each
    graph's size in the store with one query."""
    expected: dict[str, int] = {}

    def put(item: tuple[str, bytes]) -> None:
        store.put(*item)

    def graphs() -> Iterator[tuple[str, bytes]]:
        for name, data in graphs_of(dump):
            expected[name] = data.count(b"\n")
            yield name, data

    items = graphs()
    first = next(items, None)
    if first is not None:
        put(first)  # alone: a store that is down or refuses says so once
        if progress:
            progress("loading", 1, 1)
    with ThreadPoolExecutor(connections) as pool:
        pending: set = set()
        try:
            for n, item in enumerate(items, start=2):
                while len(pending) >= 4 * connections:  # a bounded window: the dump is never all in memory
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()
                pending.add(pool.submit(put, item))
                if progress:
                    progress("loading", n, n)
            for future in pending:
                future.result()
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    found = store.counts()
    for name in stale_graphs(found, expected):
        store.delete(name)  # a document gone from the build: its graphs go from the store too
    loaded = []
    for name, count in expected.items():
        if found.get(name, 0) != count:
            raise EndpointError(store.query, f"graph <{name}> holds {found.get(name, 0)} triples, the build has {count}")
        loaded.append(Loaded(name, count, found[name]))
    if loaded and not store.ask(UNION_PROBE):
        raise ConfigError(store.query, UNION_ADVICE)
    return loaded
