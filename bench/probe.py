"""What the bench runs in a process of its own (so that its memory is measured alone), and
prints as one JSON object on stdout:

    probe.py build FOLDER OUT [--no-cache] [--reasoner R] [--dumps LIST]
        ``jhakg build`` as the command line runs it (the cache beside OUT unless
        --no-cache), with the build's stage times and each document's CPU time per step;
    probe.py query DIST [--repeat N]
        the embedded store of ``jhakg query`` (load time) and each canned query with its
        default parameters: milliseconds per run, rows, whether they are distinct.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path


def _build(args: argparse.Namespace) -> dict:
    from jhakg.pipeline import build, default_cache

    out = Path(args.out)
    cache = None if args.no_cache else default_cache(out)
    start = time.perf_counter()
    result = build(Path(args.folder), out, reasoner=args.reasoner, cache=cache, prune=cache is not None,
                   dumps=tuple(args.dumps.split(",")))
    wall = time.perf_counter() - start
    steps: Counter[str] = Counter()
    for d in result.documents:
        steps.update(d.seconds)
    processed = max(result.processed, 1)
    return {
        "seconds": wall,
        "stages": result.seconds,
        "documents": len(result.documents),
        "processed": result.processed,
        # a document's stages are timed when it is processed; a rebuild's others come from the cache
        "ms_per_document": ({k: 1000 * v / processed for k, v in sorted(steps.items())}
                            if result.processed == len(result.documents) else {}),
        "quads": result.written.quads,
        "graphs": result.written.graphs,
        "files": {name: (out / name).stat().st_size for name in result.written.files},
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _query(args: argparse.Namespace) -> dict:
    from jhakg.query.canned import LocalRunner, bind, load_queries
    from jhakg.query.local_store import open_store

    dist = Path(args.dist)
    start = time.perf_counter()
    store = open_store(dist)  # the first query after a build makes the store
    loaded = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del store
    start = time.perf_counter()
    store = open_store(dist)  # any later one opens it
    reopened = time.perf_counter() - start
    first = json.loads((dist / "build-report.json").read_text(encoding="utf-8"))["documents"][0]
    runner, queries = LocalRunner(store), {}
    for name, query in sorted(load_queries().items()):
        params = {p.name: first for p in query.params if p.required}  # the one required parameter: a document
        bindings = bind(query, params, runner.resolve)
        times, rows = [], []
        for _ in range(args.repeat):
            t = time.perf_counter()
            rows = runner.run(query, bindings).rows
            times.append(1000 * (time.perf_counter() - t))
        keys = [tuple(sorted(r.items())) for r in rows]
        queries[name] = {"p50_ms": statistics.median(times), "p95_ms": _percentile(times, 0.95),
                         "rows": len(rows), "distinct": len(set(keys)) == len(keys)}
    return {"load_seconds": loaded, "reopen_seconds": reopened, "quads": len(store), "peak_rss_mb_after_load": rss, "queries": queries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build")
    b.add_argument("folder")
    b.add_argument("out")
    b.add_argument("--no-cache", action="store_true")
    b.add_argument("--reasoner", default="rules")
    b.add_argument("--dumps", default="trig,ttl,jsonld")
    q = sub.add_parser("query")
    q.add_argument("dist")
    q.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    json.dump(_build(args) if args.what == "build" else _query(args), sys.stdout)


if __name__ == "__main__":
    main()
