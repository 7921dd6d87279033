"""Speed and memory of jhakg on a synthetic archive (`make bench`): prints numbers, asserts
nothing. At each size: a full build as ``jhakg build`` runs it, four rebuilds (a document
added, changed, deleted, restored; the last must give the full build's bytes), validation
(and Apache Jena's SHACL validator on the same data and shapes, when installed), the
embedded query store and every canned query, and the load into a real Oxigraph server.
Then the reference engines (owlrl, pyshacl) beside the defaults on a small archive.
See bench/README.md."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import archive  # noqa: E402
from memory import run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROBE = [sys.executable, str(Path(__file__).resolve().parent / "probe.py")]
JHAKG = [str(BIN / "jhakg")]
console = Console(width=None if sys.stdout.isatty() else 120)


def log(message: str) -> None:
    console.print(f"[dim]{time.strftime('%H:%M:%S')} {message}[/dim]")


def probe(*args: str) -> tuple[dict, float, float]:
    """A probe's JSON, its wall seconds and the peak PSS (MB) of its process tree."""
    done, seconds, peak = run([*PROBE, *args], cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"bench: probe {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout), seconds, peak.pss_mb


def digests(dist: Path) -> dict[str, str]:
    out = {}
    for path in sorted(dist.iterdir()):
        h = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(1 << 22):
                h.update(chunk)
        out[path.name] = h.hexdigest()
    return out


def linked_copy(src: Path, dst: Path) -> None:
    """The archive's files as hard links (a change replaces a file, never writes through)."""
    dst.mkdir(parents=True)
    for path in src.glob("*.txt"):
        try:
            os.link(path, dst / path.name)
        except OSError:
            shutil.copyfile(path, dst / path.name)


def replace(path: Path, text: str) -> None:
    path.unlink(missing_ok=True)
    path.write_text(text, encoding="utf-8")


def rebuilds(docs: Path, dist: Path, full: dict[str, str]) -> dict:
    """A document added, one changed, the added one deleted, the changed one restored: each
    a rebuild from the cache; the last must write the full build's bytes again."""
    files = sorted(docs.glob("*.txt"))
    changed, original = files[len(files) // 2], files[len(files) // 2].read_text(encoding="utf-8")
    added = docs / "zz-added.txt"
    steps = {
        "added": lambda: replace(added, files[0].read_text(encoding="utf-8").replace("Press release", "Statement", 1)),
        "changed": lambda: replace(changed, original + "\nThe Schengen Information System is operated by eu-LISA.\n"),
        "deleted": lambda: added.unlink(),
        "restored": lambda: replace(changed, original),
    }
    out = {}
    for name, step in steps.items():
        step()
        os.sync()  # the last build's gigabytes on disk first: a user's edit comes long after they are
        result, seconds, peak = probe("build", str(docs), str(dist))
        out[name] = {"seconds": seconds, "processed": result["processed"], "pss_mb": peak}
    out["identical"] = digests(dist) == full
    return out


def validate(dist: Path) -> dict:
    done, seconds, peak = run([*JHAKG, "validate", "--dist", str(dist), "--format", "json"], cwd=ROOT)
    if done.returncode not in (0, 1):
        return {"error": done.stderr.strip()[-500:]}
    report = json.loads(done.stdout)
    shacl = [v for v in report["violations"] if v.get("shape")]  # the rest: quotes checked against the text
    return {"seconds": seconds, "pss_mb": peak.pss_mb, "conforms": report["conforms"],
            "violations": len(report["violations"]), "shacl_results": len(shacl)}


def jena_classpath(scratch: Path) -> str | None:
    """Debian's Jena (libapache-jena-java) without the slf4j bindings that clash, and with
    the message files its embedded Xerces needs, taken from libxerces2-java."""
    java = Path("/usr/share/java")
    if not (java / "jena-cmds.jar").exists() or not (java / "xercesImpl.jar").exists() or not shutil.which("java"):
        return None
    extra = scratch / "jena-extra"
    for inside, target in (("org/apache/xerces/impl/msg", "xerces/impl/msg"),
                           ("org/apache/xerces/impl/xpath/regex", "xerces/impl/xpath/regex")):
        (extra / target).mkdir(parents=True, exist_ok=True)
        subprocess.run(["unzip", "-q", "-o", "-j", str(java / "xercesImpl.jar"), f"{inside}/*.properties",
                        "-d", str(extra / target)], check=True)
    jars = sorted(str(p) for p in java.glob("*.jar") if "slf4j" not in p.name) + [str(java / "slf4j-api.jar")]
    return ":".join([str(extra), *jars])


def jena(dist: Path, scratch: Path) -> dict:
    classpath = jena_classpath(scratch)
    if classpath is None:
        return {"error": "not installed (apt install libapache-jena-java libxerces2-java)"}
    data = scratch / "jena-data.ttl"  # the data jhakg validate checks: the asserted graph and the ontology
    with data.open("wb") as out:
        for name in ("jhakg.ttl", "ontology.ttl"):
            with (dist / name).open("rb") as f:
                shutil.copyfileobj(f, out)
                out.write(b"\n")
    done, seconds, peak = run(["java", "-cp", classpath, "shacl.shacl", "validate", "--shapes",
                               str(dist / "shapes.ttl"), "--data", str(data)])
    data.unlink()
    if done.returncode not in (0, 1):
        return {"error": done.stderr.strip().splitlines()[-1][:300] if done.stderr.strip() else "failed"}
    return {"seconds": seconds, "pss_mb": peak.pss_mb, "conforms": "sh:conforms  true" in done.stdout,
            "shacl_results": done.stdout.count("sh:focusNode")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_load(dist: Path, scratch: Path) -> dict:
    """``jhakg load`` into a real Oxigraph server (the ``oxigraph`` package's binary)."""
    server = shutil.which("oxigraph") or str(BIN / "oxigraph")
    if not Path(server).exists():
        return {"error": "no oxigraph binary (pip install oxigraph)"}
    port = free_port()
    # started as the README tells users to: the canned queries read the union of the graphs
    proc = subprocess.Popen([server, "serve", "--location", str(scratch / "oxigraph"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        done, seconds, peak = run([*JHAKG, "load", "--endpoint", f"http://127.0.0.1:{port}/store", "--dist",
                                   str(dist)], cwd=ROOT)
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1][:300] if done.stderr.strip() else "failed"}
        return {"seconds": seconds, "ok": True, "pss_mb": peak.pss_mb}
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(scratch / "oxigraph", ignore_errors=True)


def at_size(n: int, scratch: Path, args: argparse.Namespace) -> dict:
    work = scratch / f"n{n}"
    docs, dist = work / "docs", work / "dist"
    log(f"{n:,} documents: writing the archive")
    linked_copy(archive(n, args.seed), docs)
    out: dict = {"documents": n}
    log(f"{n:,}: full build")
    result, seconds, peak = probe("build", str(docs), str(dist))
    out["build"] = {**result, "wall": seconds, "pss_mb": peak}
    full = digests(dist)
    log(f"{n:,}: rebuilds")
    out["rebuild"] = rebuilds(docs, dist, full)
    log(f"{n:,}: validate")
    out["validate"] = validate(dist)
    if not args.no_jena:
        log(f"{n:,}: Jena SHACL")
        out["jena"] = jena(dist, work)
    log(f"{n:,}: queries")
    result, seconds, peak = probe("query", str(dist), "--repeat", str(args.repeat))
    out["query"] = {**result, "pss_mb": peak}
    if n <= args.load_max:
        log(f"{n:,}: jhakg load into Oxigraph")
        out["load"] = oxigraph_load(dist, work)
    shutil.rmtree(work, ignore_errors=True)
    return out


def reference_engines(n: int, scratch: Path, seed: int) -> dict:
    """The defaults beside the reference engines on a small archive: owlrl against the
    compiled rules (same entailments), pyshacl against the SPARQL engine (same violations)."""
    work = scratch / f"ref{n}"
    docs = work / "docs"
    linked_copy(archive(n, seed), docs)
    out: dict = {"documents": n}
    for reasoner in ("rules", "owlrl"):
        log(f"reference engines, {n} documents: build --reasoner {reasoner}")
        _, seconds, _ = probe("build", str(docs), str(work / reasoner), "--no-cache", "--reasoner", reasoner)
        out[f"build_{reasoner}"] = seconds
    out["same_build"] = digests(work / "rules") == digests(work / "owlrl")
    found = {}
    for engine in ("sparql", "pyshacl"):
        log(f"reference engines, {n} documents: validate --engine {engine}")
        done, seconds, _ = run([*JHAKG, "validate", "--dist", str(work / "rules"), "--format", "json", "--engine",
                                engine], cwd=ROOT)
        out[f"validate_{engine}"] = seconds
        found[engine] = json.loads(done.stdout) if done.returncode in (0, 1) else None
    # a violation as the tests compare them: pyshacl names a property shape by its blank node
    rows = {e: {(v["focus"], v["path"], v["message"], v["value"], tuple(v["sources"])) for v in r["violations"]}
            for e, r in found.items() if r is not None}
    out["same_verdict"] = len(rows) == 2 and rows["sparql"] == rows["pyshacl"] and \
        found["sparql"]["conforms"] == found["pyshacl"]["conforms"]
    out["violations"] = len(found["sparql"]["violations"]) if found["sparql"] else None
    shutil.rmtree(work, ignore_errors=True)
    return out


# ------------------------------------------------------------------------------ printing

def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.0f}{unit}" if value >= 100 else f"{value:,.1f}{unit}" if value >= 1 else f"{value:,.2f}{unit}"
    return f"{value:,}{unit}" if isinstance(value, int) else str(value)


def rows(r: dict) -> list[tuple[str, object, str, float | None]]:
    """(row, value, unit, number used for the scaling ratio)"""
    b, out = r["build"], []
    out.append(("build: wall (jhakg build, 2 workers)", b["wall"], " s", b["wall"]))
    for stage in ("prepare", "documents", "dumps"):
        out.append((f"  {stage}", b["stages"].get(stage), " s", b["stages"].get(stage)))
    for step, ms in b["ms_per_document"].items():
        out.append((f"  per document: {step} (CPU)", ms, " ms", None))
    out.append(("build: peak PSS (all processes)", b["pss_mb"], " MB", b["pss_mb"]))
    out.append(("quads written", b["quads"], "", None))
    for name, size in sorted(b["files"].items()):
        if size > 1_000_000:
            out.append((f"  {name}", size / 1e6, " MB", None))
    rb = r["rebuild"]
    for step in ("added", "changed", "deleted", "restored"):
        out.append((f"rebuild, one document {step}", rb[step]["seconds"], " s", None))
    out.append(("rebuild: same bytes as the full build", rb["identical"], "", None))
    v = r["validate"]
    if "error" in v:
        out.append(("validate", v["error"], "", None))
    else:
        out.append(("validate (SHACL as SPARQL + quotes)", v["seconds"], " s", v["seconds"]))
        out.append(("  validate: peak PSS", v["pss_mb"], " MB", v["pss_mb"]))
        out.append(("  violations (of them SHACL results)", f"{v['violations']:,} ({v['shacl_results']:,})", "", None))
    if "jena" in r:
        j = r["jena"]
        if "error" in j:
            out.append(("Jena SHACL", j["error"], "", None))
        else:
            out.append(("Jena SHACL (same data and shapes)", j["seconds"], " s", j["seconds"]))
            out.append(("  Jena: peak PSS", j["pss_mb"], " MB", j["pss_mb"]))
            out.append(("  SHACL results", j["shacl_results"], "", None))
    q = r["query"]
    out.append(("query store: made (the first query after a build)", q["load_seconds"], " s", q["load_seconds"]))
    out.append(("  query store: opened (any later query)", q["reopen_seconds"], " s", None))
    out.append(("  query store: peak PSS", q["pss_mb"], " MB", q["pss_mb"]))
    for name, m in q["queries"].items():
        mark = "" if m["distinct"] else " (REPEATED ROWS)"
        out.append((f"query {name}: p50 / p95", f"{_fmt(m['p50_ms'])} / {_fmt(m['p95_ms'])} ms, {m['rows']:,} rows{mark}",
                    "", m["p95_ms"]))
    if "load" in r:
        ld = r["load"]
        out.append(("jhakg load into Oxigraph", ld.get("seconds", ld.get("error")), " s" if "seconds" in ld else "",
                    None))
    return out


def show(results: list[dict], reference: dict | None) -> None:
    table = Table(title="jhakg bench (bench/README.md)")
    table.add_column("measure")
    for r in results:
        table.add_column(f"{r['documents']:,} docs", justify="right")
    ratio = len(results) == 2
    if ratio:
        table.add_column(f"ratio (docs ×{results[1]['documents'] / results[0]['documents']:.0f})", justify="right")
    columns = [{label: rest for label, *rest in rows(r)} for r in results]
    labels = list(dict.fromkeys(label for col in columns for label in col))  # in order, each once
    for label in labels:
        cells = []
        for col in columns:
            value, unit, _n = col.get(label, (None, "", None))
            cells.append(_fmt(value, unit) if not isinstance(value, str) else value)
        if ratio:
            a, b = (col.get(label, (None, None, None))[2] for col in columns)
            cells.append(f"×{b / a:.1f}" if a and b else "")
        table.add_row(label, *cells)
    console.print(table)
    if reference:
        t = Table(title=f"the reference engines, {reference['documents']} documents")
        for c in ("", "default", "reference", "same output"):
            t.add_column(c)
        t.add_row("reason (build --no-cache)", f"rules {_fmt(reference['build_rules'], ' s')}",
                  f"owlrl {_fmt(reference['build_owlrl'], ' s')}", _fmt(reference["same_build"]) + " (every byte)")
        t.add_row("validate", f"SPARQL {_fmt(reference['validate_sparql'], ' s')}",
                  f"pyshacl {_fmt(reference['validate_pyshacl'], ' s')}",
                  _fmt(reference["same_verdict"]) + f" ({_fmt(reference['violations'])} violations)")
        console.print(t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="archive sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=10, help="runs of each canned query (default 10)")
    parser.add_argument("--load-max", type=int, default=10000,
                        help="load into an Oxigraph server up to this size (default 10000: about 4 minutes at 10,000)")
    parser.add_argument("--reference-docs", type=int, default=100,
                        help="archive size for owlrl and pyshacl beside the defaults (0: skip; default 100)")
    parser.add_argument("--no-jena", action="store_true", help="skip Apache Jena's SHACL validator")
    parser.add_argument("--scratch", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers to this file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    console.print(f"machine: {os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f}"
                  f" GiB; python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}")
    with tempfile.TemporaryDirectory(prefix="jhakg-bench-", dir=args.scratch) as tmp:
        scratch = Path(tmp)
        results = [at_size(n, scratch, args) for n in sizes]
        reference = reference_engines(args.reference_docs, scratch, args.seed) if args.reference_docs else None
    show(results, reference)
    if args.json:
        args.json.write_text(json.dumps({"sizes": results, "reference": reference}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
