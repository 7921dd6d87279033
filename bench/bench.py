"""Speed and memory of the pipeline on a synthetic archive (`make bench`): prints numbers,
asserts nothing. Paragraphs of seeds/ and tests/corpus/ are recombined (seeded) with years,
datelines and surnames varied; each stage is timed on its own, owlrl and SHACL on a sample,
and extrapolated to a 10,000-document archive. See bench/README.md."""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rich.console import Console
from rich.table import Table

import jhakg.build
from jhakg.build import Build, build, parse_turtle
from jhakg.publish import render, write_atomically
from jhakg.query.canned import LocalRunner, StoredQuery, bind, load_queries, open_store
from jhakg.reason import fast_reason, reason
from jhakg.validate import validate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
TARGET = 10_000  # documents in the archive the product aims at
T = TypeVar("T")
YEAR = re.compile(r"\b20[12]\d\b")
MONTHS = ("January February March April May June July August September October "
          "November December").split()
CITIES = ("Brussels", "Luxembourg", "The Hague", "Warsaw", "Lisbon", "Tallinn", "Vienna")


def make_archive(folder: Path, n: int, seed: int) -> int:
    """Write ``n`` documents of recombined paragraphs; returns the bytes written."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
             + sorted(CORPUS.glob("*.txt")) + sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")]
    found = [[p.strip() for p in re.split(r"\n\s*\n", t) if len(p.strip()) > 60] for t in texts]
    paragraphs, mean = [p for ps in found for p in ps], max(2, round(statistics.mean(len(ps) for ps in found)))
    names = sorted({f["person"] for path in CORPUS.glob("*.gold.json")  # people named in the gold facts
                    for doc in json.loads(path.read_text(encoding="utf-8"))
                    for f in doc["facts"] if f.get("type") == "person_role" and f.get("person")}, key=len, reverse=True)
    lasts, name_re = [x.split()[-1] for x in names], re.compile("|".join(re.escape(x) for x in names))
    written = 0
    for i in range(n):
        shift = rng.randint(-3, 3)
        body = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(mean - 2, mean + 2))))
        body = YEAR.sub(lambda m, s=shift: str(int(m.group(0)) + s), body)
        swap = {x: f"{x.split()[0]} {rng.choice(lasts)}" for x in names if rng.random() < 0.3}  # other surnames
        body = name_re.sub(lambda m, swap=swap: swap.get(m.group(0), m.group(0)), body)
        year = max((int(y) for y in YEAR.findall(body)), default=2020)
        text = f"Press release {i:05d}\n\n{rng.choice(CITIES)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}\n\n{body}\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written


def rss_mb(peak: bool = False) -> float:
    """Resident set size now, or the process's high-water mark (Linux)."""
    if peak:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


@dataclass
class Stage:
    name: str
    seconds: float
    docs: int  # documents the stage ran on
    fixed: float = 0.0  # seconds of it that do not grow with the documents
    peak_rss_mb: float = 0.0  # process high-water mark after the stage
    rss_growth_mb: float = 0.0  # resident set growth during the stage
    heap_peak_mb: float | None = None  # Python heap peak in the stage (--tracemalloc)
    note: str = ""

    @property
    def per_doc(self) -> float:
        return (self.seconds - self.fixed) / max(self.docs, 1)

    @property
    def at_target(self) -> float:
        """Extrapolated seconds for TARGET documents, assuming linear growth."""
        return self.fixed + self.per_doc * TARGET


def measure(stages: list[Stage], name: str, docs: int, fn: Callable[[], T],
            without_docs: Callable[[], object] | None = None) -> T:
    """Run ``fn`` as a stage; ``without_docs`` (the same work on no documents) is timed first
    as the stage's fixed part."""
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    fixed, note = 0.0, ""
    if without_docs:
        start = time.perf_counter()
        without_docs()
        fixed = time.perf_counter() - start
        note = f"{fixed:.1f} s of it without documents"
    before = rss_mb()
    if tracemalloc.is_tracing():
        tracemalloc.reset_peak()
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    heap = tracemalloc.get_traced_memory()[1] / 2**20 if tracemalloc.is_tracing() else None
    stages.append(Stage(name, seconds, docs, fixed, rss_mb(peak=True), rss_mb() - before, heap, note))
    return value


def human(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 7200 else f"{seconds / 60:.1f} min" if seconds >= 120 else f"{seconds:.0f} s"


def store_of(graphs: list[tuple[URIRef, Graph]]) -> ox.Store:
    """A pyoxigraph store of these named graphs, without writing TriG (for the half-size archive)."""
    store = ox.Store()
    for name, g in graphs:
        store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(name)))
    return store


def time_query(runner: LocalRunner, query: StoredQuery, repeat: int, budget: float) -> tuple[float, int, int]:
    """Median seconds of up to ``repeat`` runs (fewer once ``budget`` seconds are spent), rows, runs."""
    bindings = bind(query, {}, runner.resolve)  # the defaults, as `jhakg query NAME` runs it
    times: list[float] = []
    rows = 0
    while len(times) < repeat and sum(times) < budget:
        start = time.perf_counter()
        rows = len(runner.run(query, bindings).rows)
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows, len(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for flag, default, help_ in (("--docs", 500, "synthetic documents"), ("--reason-docs", 50, "documents owlrl reasons over"),
                                 ("--validate-docs", 100, "documents SHACL validates"),
                                 ("--repeat", 5, "runs per canned query (median shown)"), ("--seed", 7, "generator seed")):
        parser.add_argument(flag, type=int, default=default, help=f"{help_} (default {default})")
    parser.add_argument("--query-budget", type=float, default=4.0,
                        help="stop repeating a query once its runs took this many seconds (default 4)")
    parser.add_argument("--reference", type=Path, help="reference data (Turtle) instead of reference/*.ttl")
    parser.add_argument("--tracemalloc", action="store_true", help="also the Python heap peak per stage (slower)")
    parser.add_argument("--json", type=Path, help="write the raw numbers to this file")
    args = parser.parse_args()
    if args.docs < 2:
        parser.error("--docs must be at least 2 (queries are also timed on half the archive)")
    if args.reference:
        ref: Path = args.reference
        jhakg.build.load_reference = lambda paths=None: parse_turtle([ref])  # type: ignore[assignment]
    if args.tracemalloc:
        tracemalloc.start()
    stages: list[Stage] = []
    queries: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="jhakg-bench-") as tmp:
        folder, dist = Path(tmp) / "docs", Path(tmp) / "dist"
        folder.mkdir()
        size = make_archive(folder, args.docs, args.seed)
        baseline = rss_mb()
        result = measure(stages, "load + extract + assemble", args.docs, lambda: build(folder, reason=False))
        docs = [result.documents[k] for k in sorted(result.documents)]
        n, onto, ref_graph = len(docs), result.ontology, result.reference
        doc_triples = sum(len(g) for g in docs)

        sample = docs[: args.reason_docs]
        measure(stages, "reason: owlrl (sample)", len(sample), lambda: reason(onto, ref_graph, sample),
                lambda: reason(onto, ref_graph, []))
        result.inferred = measure(stages, "reason: fast materialiser", n, lambda: fast_reason(onto, ref_graph, docs),
                                  lambda: fast_reason(onto, ref_graph, []))
        ref_inferred = len(fast_reason(onto, ref_graph, []))  # what the reference alone entails
        files = measure(stages, "publish: render (all dumps)", n, lambda: render(result))
        stages[-1].note = f"{sum(len(b) for b in files.values()) / 2**20:.1f} MB of dumps"
        measure(stages, "publish: write", n, lambda: write_atomically(files, dist))
        files.clear()  # let the dumps go before the next stages

        subset = docs[: args.validate_docs]
        data = Graph()
        for g in (ref_graph, *subset):
            data += g
        report = measure(stages, "validate: SHACL (sample)", len(subset), lambda: validate(data, onto),
                         lambda: validate(ref_graph, onto))
        stages[-1].note += f"; {len(report.violations)} violations"
        store = measure(stages, "query: load jhakg.trig into pyoxigraph", n, lambda: open_store(dist / "jhakg.trig"))
        stages[-1].note = f"{len(store):,} quads"

        # growth: the same queries on the first half of the archive; t ∝ docs^k gives k
        half = Build(onto, ref_graph, {k: result.documents[k] for k in sorted(result.documents)[: n // 2]}, [])
        half.inferred = fast_reason(onto, ref_graph, half.documents.values())
        runners = LocalRunner(store), LocalRunner(store_of(half.named_graphs()))
        for name, query in load_queries().items():
            print(f"bench: query {name} ...", file=sys.stderr, flush=True)
            full, rows, runs = time_query(runners[0], query, args.repeat, args.query_budget)
            part = time_query(runners[1], query, args.repeat, args.query_budget)[0]
            k = max(0.0, math.log(full / part) / math.log(n / (n // 2)))
            queries.append({"query": name, "rows": rows, "runs": runs, "median_s": full, "half_archive_s": part,
                            "growth_exponent": k, "extrapolated_s": full * (TARGET / n) ** k})

    console = Console()
    if not console.is_terminal:
        console = Console(width=150)
    per_doc, inferred_per_doc = doc_triples / n, (len(result.inferred) - ref_inferred) / n
    console.print(f"[bold]jhakg bench[/bold]: {n} synthetic documents ({size / 2**20:.1f} MB of text, seed {args.seed}); "
                  f"ontology {len(onto):,} triples; reference {len(ref_graph):,} from {args.reference or 'reference/'}"
                  + (" [red](empty: the numbers mean little; try --reference FILE)[/red]" if not len(ref_graph) else "")
                  + (" [red](--tracemalloc: timings inflated)[/red]" if args.tracemalloc else "")
                  + f"\ndocument triples {doc_triples:,} ({per_doc:.0f} per document), inferred (fast) "
                  f"{len(result.inferred):,} ({ref_inferred:,} from the reference, {inferred_per_doc:.0f} per document)")
    table = Table(title="stages (last-but-one column: EXTRAPOLATED to a 10,000-document archive, assuming linear growth)")
    for col in ("stage", "docs", "seconds", "ms/doc", "docs/s", "peak RSS MB", "RSS +MB",
                *(("heap peak MB",) if args.tracemalloc else ()), "10k docs ≈", "note"):
        table.add_column(col, justify="left" if col in ("stage", "note") else "right", overflow="fold")
    for s in stages:
        table.add_row(s.name, str(s.docs), f"{s.seconds:.2f}", f"{s.per_doc * 1000:.1f}",
                      f"{1 / s.per_doc:.{0 if s.per_doc < 0.1 else 1}f}" if s.per_doc > 0 else "-", f"{s.peak_rss_mb:.0f}",
                      f"{s.rss_growth_mb:+.0f}", *((f"{s.heap_peak_mb:.0f}",) if args.tracemalloc else ()),
                      human(s.at_target), s.note)
    console.print(table)
    qtable = Table(title=f"canned queries, median of up to {args.repeat} runs; last column EXTRAPOLATED as "
                         f"t·(10k/{n})^k, k fitted from {n // 2} → {n} documents")
    for col in ("query", "rows", "runs", f"ms ({n} docs)", f"ms ({n // 2} docs)", "growth k", "10k docs ≈"):
        qtable.add_column(col, justify="left" if col == "query" else "right")
    for q in queries:
        qtable.add_row(q["query"], str(q["rows"]), str(q["runs"]), f"{q['median_s'] * 1000:.1f}",
                       f"{q['half_archive_s'] * 1000:.1f}", f"{q['growth_exponent']:.1f}", human(q["extrapolated_s"]))
    console.print(qtable)
    at = {s.name: s.at_target for s in stages}
    fast_path = sum(at[k] for k in ("load + extract + assemble", "reason: fast materialiser",
                                   "publish: render (all dumps)", "publish: write"))
    owl_path = fast_path - at["reason: fast materialiser"] + at["reason: owlrl (sample)"]
    render_peak = next(s.peak_rss_mb for s in stages if s.name.startswith("publish: render"))
    memory_gb = (baseline + (render_peak - baseline) / n * TARGET) / 1024
    dominant = max(stages, key=lambda s: s.at_target)
    slowest = max(queries, key=lambda q: q["extrapolated_s"])
    extrapolated = {"asserted_triples": per_doc * TARGET + len(ref_graph),
                    "inferred_triples": ref_inferred + inferred_per_doc * TARGET,
                    "build_fast_seconds": fast_path, "build_owlrl_seconds": owl_path, "build_peak_rss_gb": memory_gb}
    console.print(f"[bold]EXTRAPOLATED to {TARGET:,} documents[/bold] (linear in documents; product target "
                  f"~1–2 M triples, built in about a minute):\n"
                  f"  triples ≈ {extrapolated['asserted_triples'] / 1e6:.2f} M asserted "
                  f"+ {extrapolated['inferred_triples'] / 1e6:.2f} M inferred\n"
                  f"  build + publish with --reasoner fast ≈ {fast_path / 60:.1f} min; "
                  f"with owlrl (the default) ≈ {owl_path / 60:.0f} min\n"
                  f"  peak RSS of build + publish ≈ {memory_gb:.1f} GB (this run: {render_peak:.0f} MB at render)\n"
                  f"  dominant stage: {dominant.name} ≈ {human(dominant.at_target)}; slowest query: "
                  f"{slowest['query']} ≈ {human(slowest['extrapolated_s'])} per run")
    if args.json:
        raw = {"docs": n, "seed": args.seed, "archive_bytes": size, "reference_triples": len(ref_graph),
               "ontology_triples": len(onto), "document_triples": doc_triples, "inferred_triples": len(result.inferred),
               "peak_rss_mb": rss_mb(peak=True), "target_docs": TARGET, "extrapolated": extrapolated, "queries": queries,
               "stages": [{**asdict(s), "per_doc_seconds": s.per_doc, "extrapolated_seconds": s.at_target} for s in stages]}
        args.json.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
