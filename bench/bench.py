"""Speed and memory of the pipeline on a synthetic archive (`make bench`). Prints numbers;
asserts nothing.

The archive is made by recombining paragraphs of the seeds and the written corpus
(seeded, so runs are comparable), with dates and years shifted so documents differ.
Each stage is timed on its own; the slow ones (owlrl, SHACL) run on a sample and are
extrapolated, which the table says.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jhakg.build import build  # noqa: E402
from jhakg.publish import render, write_atomically  # noqa: E402
from jhakg.query import LocalRunner, load_queries, open_store  # noqa: E402
from jhakg.reason import fast_reason, reason  # noqa: E402
from jhakg.validate import validate  # noqa: E402

ARCHIVE = 10_000


def make_archive(folder: Path, n: int, seed: int = 7) -> None:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("c*.*")):
        if path.suffix in (".txt", ".md"):
            paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    rng = random.Random(seed)
    for i in range(n):
        year = 2016 + rng.randrange(10)
        body = "\n\n".join(rng.sample(paragraphs, k=min(6, len(paragraphs))))
        body = re.sub(r"\b20(1[6-9]|2[0-6])\b", lambda m, year=year: str(int(m.group(0)) - 2016 + year if rng.random() < 0.5
                                                              else int(m.group(0))), body)
        (folder / f"doc{i:05d}.txt").write_text(f"Brussels, {1 + i % 28} March {year}\n\n{body}\n", encoding="utf-8")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--reason-docs", type=int, default=50, help="documents the owlrl closure runs on")
    parser.add_argument("--validate-docs", type=int, default=100, help="documents SHACL validates")
    parser.add_argument("--json", type=Path, help="write the raw numbers here")
    args = parser.parse_args()
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        make_archive(folder, args.docs)
        result, seconds = timed(lambda: build(folder, reason=False))
        triples = sum(len(g) for g in result.documents.values())
        per_doc = seconds / args.docs
        rows.append(("load + extract + assemble", seconds, f"{args.docs / seconds:.0f} docs/s; "
                     f"10k docs ≈ {per_doc * ARCHIVE:.0f} s"))
        docs = list(result.documents.values())
        sample = docs[: args.reason_docs]
        _, owl = timed(lambda: reason(result.ontology, result.reference, sample))
        rows.append((f"reason: owlrl on {len(sample)} docs", owl,
                     f"{owl / len(sample) * 1000:.0f} ms/doc; 10k docs ≈ {owl / len(sample) * ARCHIVE / 60:.0f} min (extrapolated)"))
        inferred, fast = timed(lambda: fast_reason(result.ontology, result.reference, docs))
        result.inferred = inferred
        rows.append((f"reason: fast on {len(docs)} docs", fast,
                     f"{fast / len(docs) * 1000:.1f} ms/doc; 10k docs ≈ {fast / len(docs) * ARCHIVE:.0f} s"))
        files, seconds = timed(lambda: render(result))
        rows.append(("publish: render dumps", seconds, f"{sum(len(b) for b in files.values()) / 1e6:.1f} MB"))
        dist = Path(tmp) / "dist"
        _, seconds = timed(lambda: write_atomically(files, dist))
        rows.append(("publish: write atomically", seconds, ""))
        subset = result.reference + sum((docs[i] for i in range(min(args.validate_docs, len(docs)))),
                                        start=result.reference.__class__())
        _, seconds = timed(lambda: validate(subset, result.ontology))
        rows.append((f"validate: SHACL on {min(args.validate_docs, len(docs))} docs", seconds,
                     f"10k docs ≈ {seconds / min(args.validate_docs, len(docs)) * ARCHIVE / 60:.0f} min (extrapolated)"))
        store, seconds = timed(lambda: open_store(dist / "jhakg.trig"))
        rows.append(("query: load TriG into pyoxigraph", seconds, f"{len(store):,} quads"))
        runner = LocalRunner(store)
        for name, query in load_queries().items():
            times = []
            for _ in range(5):
                _, t = timed(lambda q=query: runner.run(q, {}))
                times.append(t)
            rows.append((f"query: {name}", statistics.median(times), "median of 5"))
    print(f"jhakg bench: {args.docs} synthetic documents, {triples:,} document triples "
          f"({triples / args.docs:.0f} per document; 10k docs ≈ {triples / args.docs * ARCHIVE / 1e6:.1f} M), "
          f"peak RSS {peak_mb():.0f} MB")
    width = max(len(r[0]) for r in rows)
    for label, seconds, note in rows:
        print(f"  {label:<{width}}  {seconds * 1000:>10.1f} ms  {note}")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "triples": triples, "peak_mb": peak_mb(),
                                         "stages": [{"stage": r[0], "seconds": r[1], "note": r[2]} for r in rows]},
                                        indent=1) + "\n")


if __name__ == "__main__":
    main()
