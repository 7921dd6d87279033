"""The command line: parses arguments, calls the library, prints, chooses exit codes.

Exit codes: 0 success; 1 data problem (validation failed, bad document); 2 usage or
configuration error (unknown query or parameter, malformed ontology/shapes/query file).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .errors import JhakgError, UsageError
from .namespaces import DEFAULT_BASE, base_from_env

# pipes and logs get wide tables instead of 80 folded columns
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class JhakgGroup(click.Group):
    """Turns library errors into one-line messages and documented exit codes."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except JhakgError as exc:
            err.print(f"jhakg: error: {exc.subject}: {exc.cause}", markup=False)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            err.print("jhakg: interrupted")
            sys.exit(130)


@click.group(cls=JhakgGroup)
@click.version_option(__version__, prog_name="jhakg")
def main() -> None:
    """jhakg: a knowledge graph of EU Justice and Home Affairs press releases."""


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)


# ----------------------------------------------------------------------------- build


@main.command()
@click.argument("folder", type=click.Path(path_type=Path), default=Path("seeds"))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              help="Folder for the dumps; replaced only when the build is complete.")
@click.option("--base", default=None, help=f"Base IRI (default: $JHAKG_BASE or {DEFAULT_BASE}).")
@click.option("--reasoner", type=click.Choice(["rules", "owlrl", "none"]), default="rules", show_default=True,
              help="rules: OWL 2 RL compiled from the ontology (owlrl's entailments, fast); owlrl: the reference "
                   "engine (slow); none: no entailments.")
@click.option("--keep-going", is_flag=True, help="Skip bad documents (listed in the report) instead of stopping.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of per-document results a rebuild reuses (default: .OUT-cache beside OUT).")
@click.option("--no-cache", is_flag=True, help="Process every document again and keep nothing.")
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Worker processes (default: one per core).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Run the per-document stage on this Dask scheduler instead of local processes.")
@click.option("--dumps", default="trig,ttl,jsonld", show_default=True, metavar="LIST",
              help="The dumps to write, of trig, ttl, jsonld, nq (TriG is always written).")
def build(folder: Path, out_dir: Path, base: str | None, reasoner: str, keep_going: bool, cache_dir: Path | None,
          no_cache: bool, workers: int | None, scheduler: str | None, dumps: str) -> None:
    """Build the graph from a folder of documents into OUT (default dist/)."""
    from .pipeline import build as run_build
    from .pipeline import default_cache
    from .web.ontology_page import documentation_files

    cache = None if no_cache else (cache_dir or default_cache(out_dir))
    with _progress() as bar:
        task = bar.add_task("documents", total=None)

        def progress(stage: str, n: int, total: int) -> None:
            bar.update(task, completed=n, total=total, description=stage)

        result = run_build(folder, out_dir, base=_base(base), strict=not keep_going, reasoner=reasoner, cache=cache,
                           prune=cache is not None and cache_dir is None, workers=workers, scheduler=scheduler,
                           dumps=tuple(d.strip() for d in dumps.split(",") if d.strip()), progress=progress,
                           extras=documentation_files)
    for warning in result.warnings:
        err.print(f"jhakg: warning: {warning}", markup=False)
    for skipped in result.skipped:
        err.print(f"jhakg: skipped: {skipped.file}: {skipped.reason}", markup=False)
    facts = sum(n for d in result.documents for n in d.facts.values())
    inferred = sum(d.inferred for d in result.documents)
    out.print(f"built {out_dir}/ from {len(result.documents)} documents ({result.processed} processed, the others "
              f"cached) in {result.seconds['total']:.1f} s: {facts} facts, {result.written.quads:,} triples in "
              f"{result.written.graphs} graphs ({inferred:,} inferred from the documents); "
              f"{len(result.skipped)} skipped")
    for name in result.written.files:
        out.print(f"  {out_dir}/{name}  {(out_dir / name).stat().st_size:>11,} bytes")


def _require(path: Path) -> Path:
    """A file of a build, or a usage error saying to build first."""
    if not path.exists():
        raise UsageError(path, "does not exist; run 'jhakg build' first")
    return path


def _base(base: str | None) -> str:
    base = base or base_from_env()
    return base if base.endswith("/") else base + "/"


# ----------------------------------------------------------------------------- validate


@main.command()
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["sparql", "pyshacl"]), default="sparql", show_default=True,
              help="sparql: the shapes compiled to SPARQL on a store (fast); pyshacl: the reference engine (slow).")
def validate(dist: Path, fmt: str, engine: str) -> None:
    """Validate the build with the SHACL shapes. Exit 0 conforms, 1 violations, 2 error."""
    from .validate import validate_dist

    data = dist / "jhakg.ttl"
    for needed in (data, dist / "ontology.ttl", dist / "shapes.ttl"):
        _require(needed)
    report = validate_dist(dist, engine)
    if fmt == "json":
        out.print_json(json.dumps({"conforms": report.conforms, "shapes": report.shapes_count,
                                   "violations": [v.__dict__ for v in report.violations]}, default=list))
    elif report.conforms:
        out.print(f"{data}: conforms to {report.shapes_count} shapes")
    elif out.is_terminal:
        table = Table(title=f"{len(report.violations)} SHACL violations in {data}")
        for column in ("source", "focus node", "path", "message"):
            table.add_column(column, overflow="fold")
        for v in report.violations:
            table.add_row(", ".join(v.sources) or "(reference data)", _short(v.focus), _short(v.path or ""),
                          v.message + (f" [value: {_short(v.value)}]" if v.value else ""))
        out.print(table)
    else:  # one line per violation, for pipes and logs
        out.print(f"{len(report.violations)} SHACL violations in {data}", markup=False)
        for v in report.violations:
            value = f" [value: {_short(v.value)}]" if v.value else ""
            out.print(f"{', '.join(v.sources) or '(reference data)'}\t{_short(v.focus)}\t{_short(v.path or '')}"
                      f"\t{v.message}{value}", markup=False)
    sys.exit(0 if report.conforms else 1)


def _short(iri: str) -> str:
    from .query.canned import compact

    return compact(iri)


# ----------------------------------------------------------------------------- reason


@main.command()
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def reason(dist: Path) -> None:
    """Check a build's entailments with owlrl (the reference engine), graph by graph, and
    that the data is consistent. Exit 0 when they match and no clash is found, 1 otherwise."""
    from .publish.formats import read_graphs
    from .validate.entailments import check_entailments

    dataset = read_graphs(_require(dist / "jhakg.trig"))
    with _progress() as bar:
        task = bar.add_task("owlrl", total=None)
        report = check_entailments(dataset, lambda n, total: bar.update(task, completed=n, total=total))
    for problem in report.problems:
        err.print(f"jhakg: {problem}", markup=False)
    out.print(f"owlrl's OWL 2 RL entailments of {report.graphs} graphs: {report.inferred:,} triples, "
              f"{'the same as' if not report.differences else 'NOT the same as'} the build's "
              f"({report.stored:,}); {len(report.inconsistent)} inconsistent graphs; {report.seconds:.1f} s")
    sys.exit(1 if report.problems else 0)


# ----------------------------------------------------------------------------- query


@main.command()
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="List the canned queries and their parameters.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--endpoint", default=None, help="Run on this SPARQL 1.1 endpoint instead of the local build.")
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def query(name: str | None, list_: bool, params: tuple[str, ...], fmt: str, endpoint: str | None, dist: Path) -> None:
    """Run a canned query (see --list) on the build or an endpoint."""
    from .query.canned import load_queries, run_query

    queries = load_queries()
    if list_ or not name:
        table = Table(title="canned queries (queries/*.rq)")
        for column in ("name", "title", "parameters"):
            table.add_column(column, overflow="fold")
        for q in queries.values():
            table.add_row(q.name, q.title, ", ".join(
                f"{p.name} ({p.type}{', default ' + p.default if p.default else ''}{', required' if p.required else ''})"
                for p in q.params) or "-")
        out.print(table)
        return
    parsed = {}
    for item in params:
        if "=" not in item:
            raise UsageError(item, "parameters read KEY=VALUE")
        key, value = item.split("=", 1)
        parsed[key.strip()] = value
    result = run_query(name, parsed, dist=dist, endpoint=endpoint)
    print_result(result, fmt, queries[name].title if name in queries else name)


def print_result(result, fmt: str, title: str) -> None:
    from .query.canned import compact

    if fmt == "json":
        sys.stdout.write(json.dumps(result.rows, indent=1, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=result.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in result.rows)
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(title=f"{title} ({len(result.rows)} rows)")
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*(compact(row[c]) for c in result.columns))
        out.print(table)


# ----------------------------------------------------------------------------- extract


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def extract(file: Path, fmt: str) -> None:
    """Show what one document yields: each fact beside its quoted evidence."""
    from .documents import load_files
    from .extract import extract as run_extract
    from .kinds import describe
    from .reference.gazetteer import Gazetteer
    from .reference.graphs import load_reference

    gazetteer = Gazetteer(load_reference())
    doc = load_files([file])[0]
    extraction = run_extract(doc, gazetteer)
    rows = [describe(f, doc.text, gazetteer) for f in extraction.facts]
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
        return
    out.print(f"[bold]{doc.file_name}[/bold]: {len(rows)} facts"
              + (f", read as of {extraction.doc_date}" if extraction.doc_date else ", date unknown")
              + (f", {len(doc.parts)} parts" if doc.parts else ""))
    for warning in extraction.warnings:
        err.print(f"jhakg: warning: {warning}", markup=False)
    if not out.is_terminal:  # one line per fact, for pipes and logs
        for r in rows:
            out.print(f"{r['part'] or ''}\t{r['type']}\t{r['value']}\t“{r['evidence']}”\t{r['rule']}"
                      f"\t{r['confidence']:.2f}", markup=False)
        return
    table = Table(show_lines=False)
    for column in ("part", "fact", "value", "evidence", "rule", "conf."):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(str(r["part"] or ""), r["type"], r["value"], f"“{r['evidence']}”", r["rule"], f"{r['confidence']:.2f}")
    out.print(table)


# ----------------------------------------------------------------------------- stats


@main.command()
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def stats(dist: Path) -> None:
    """Counts of the build: graphs, triples, instances per class."""
    from .query.local_store import open_store

    dataset = _require(dist / "jhakg.trig")
    store = open_store(dataset)
    graphs = Table(title=f"graphs in {dataset}")
    graphs.add_column("graph")
    graphs.add_column("triples", justify="right")
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    total = 0
    for r in rows:
        graphs.add_row(_short(r["g"].value), f"{int(r['n'].value):,}")
        total += int(r["n"].value)
    graphs.add_row("[bold]all[/bold]", f"[bold]{total:,}[/bold]")
    out.print(graphs)
    classes = Table(title="instances per class (asserted)")
    classes.add_column("class")
    classes.add_column("instances", justify="right")
    rows = store.query(f"""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s a ?c }}
        FILTER (!STRENDS(STR(?g), "/inferred") && ?g != <{DEFAULT_BASE}graph/ontology>) }}
        GROUP BY ?c ORDER BY DESC(?n) ?c""")
    for r in rows:
        classes.add_row(r["c"].value, f"{int(r['n'].value):,}")
    out.print(classes)


# ----------------------------------------------------------------------------- facts and eval


@main.command()
@click.argument("dist", type=click.Path(path_type=Path), default=Path("dist"))
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--evidence", is_flag=True, help="Add each fact's quoted evidence (not part of the exchange format).")
def facts(dist: Path, fmt: str, evidence: bool) -> None:
    """Print the build's facts in the exchange format (read back from the RDF with SPARQL)."""
    from .query.facts import facts_from_dist, to_csv, to_json

    _require(dist / "jhakg.trig")
    found = facts_from_dist(dist, evidence)
    sys.stdout.write(to_json(found) if fmt == "json" else to_csv(found))


RECALL_TYPES = ("network_presidency", "meeting", "mentions_agency", "mentions_system", "person_role", "published")


@main.command(name="eval")
@click.option("--gold", type=click.Path(path_type=Path, exists=True), required=True,
              help="A gold file in the facts format, or a folder of *.gold.json files.")
@click.option("--docs", type=click.Path(path_type=Path), default=None,
              help="Build these documents (default: the folder of the gold files, else reuse --dist).")
@click.option("--dist", type=click.Path(path_type=Path), default=None, help="Reuse this build instead.")
@click.option("--min-precision", type=float, default=None, help="Exit 1 when a type's precision is lower.")
@click.option("--min-recall", type=float, default=None,
              help=f"Exit 1 when the recall of {', '.join(RECALL_TYPES)} is lower.")
@click.option("--errors/--no-errors", default=True, show_default=True, help="List false positives and negatives.")
@click.option("--split", "split", default=None, metavar="FILE:PART",
              help="Score only the documents one part of a split file names (e.g. tests/real_split.json:dev).")
@click.option("--floors", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None,
              help='Exit 1 below the levels of a JSON file: {"meeting": {"precision": 0.95, "recall": 0.85}, ...}.')
def evaluate(gold: Path, docs: Path | None, dist: Path | None, min_precision: float | None,
             min_recall: float | None, errors: bool, split: str | None, floors: Path | None) -> None:
    """Score the extraction against gold facts: precision, recall, F1 per fact type."""
    from .evaluate import build_and_score, floors_met, read_floors, read_split, thresholds_met

    only = read_split(split) if split else None
    levels = read_floors(floors) if floors else {}
    result_score, skipped = build_and_score(gold, docs, dist, only)
    for item in skipped:
        err.print(f"jhakg: skipped: {item.file}: {item.reason}", markup=False)
    table = Table(title=f"extraction scored on {result_score.documents} documents")
    for column in ("fact type", "TP", "FP", "FN", "precision", "recall", "F1", "also"):
        table.add_column(column, justify="right" if column not in ("fact type", "also") else "left")
    for t, s in result_score.types.items():
        also = "; ".join(f"{k} {v[0]}/{v[1]}" for k, v in s.extra.items())
        table.add_row(t, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", also)
    out.print(table)
    if errors:
        for e in sorted(result_score.errors, key=lambda e: (e.fact["type"], e.kind, e.document)):
            fact = {k: v for k, v in e.fact.items() if k not in ("type", "optional")}
            where = f" — “{' '.join(e.evidence.split())[:160]}”" if e.evidence else ""
            out.print(f"{e.kind}: {e.fact['type']} {json.dumps(fact, ensure_ascii=False)} in {e.document}{where}",
                      markup=False)
    failures = thresholds_met(result_score, min_precision, min_recall, RECALL_TYPES) + floors_met(result_score, levels)
    for failure in failures:
        err.print(f"jhakg: below threshold: {failure}", markup=False)
    sys.exit(1 if failures else 0)


# ----------------------------------------------------------------------------- load


@main.command()
@click.option("--endpoint", required=True,
              help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki).")
@click.option("--query-endpoint", default=None, help="SPARQL query endpoint for the check (default: beside --endpoint).")
@click.option("--auth", default=None, metavar="USER:PASSWORD", help="HTTP basic authentication.")
@click.option("--retries", type=click.IntRange(1, 20), default=5, show_default=True,
              help="Attempts per request on connection errors, 429 and 5xx.")
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def load(endpoint: str, query_endpoint: str | None, auth: str | None, retries: int, dist: Path) -> None:
    """Load the build into a SPARQL 1.1 store: one PUT per named graph, then check the counts."""
    from .publish.graphstore import GraphStore
    from .publish.graphstore import load as load_graphs

    store = GraphStore(endpoint, query_endpoint, auth, retries=retries)
    with _progress() as bar:
        task = bar.add_task("loading", total=None)
        loaded = load_graphs(_require(dist / "jhakg.trig"), store,
                             lambda stage, n, total: bar.update(task, completed=n, total=total))
    for item in loaded:
        out.print(f"  {_short(item.graph)}  {item.triples:>8,} triples (store: {item.in_store:,})", markup=False)
    out.print(f"loaded {len(loaded)} graphs, {sum(i.triples for i in loaded):,} triples into {endpoint}; "
              f"counts checked on {store.query}", markup=False)


# ----------------------------------------------------------------------------- serve


@main.command()
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--endpoint", default=None, help="Serve the data of this SPARQL 1.1 endpoint instead of the embedded store.")
def serve(dist: Path, host: str, port: int, endpoint: str | None) -> None:
    """Serve the build as linked data: dereferenceable IRIs, /sparql, /queries, /void."""
    import uvicorn

    from .web.http_protocol import MAX_REQUEST_HEAD, H11WithLimits
    from .web.server import create_app

    _require(dist / "jhakg.trig")
    uvicorn.run(create_app(dist, _base(None), endpoint), host=host, port=port, log_level="info",
                http=H11WithLimits, h11_max_incomplete_event_size=MAX_REQUEST_HEAD)


@main.command()
@click.argument("folder", metavar="OUT", type=click.Path(path_type=Path))
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def site(folder: Path, dist: Path) -> None:
    """Write the pages and each resource's RDF files to OUT for a static web server."""
    from .web.static_site import write_site

    _require(dist / "jhakg.trig")
    count = write_site(dist, folder, _base(None))
    out.print(f"wrote {count} resources to {folder}/ (an HTML page and ttl, nt, jsonld, rdf files each); "
              f"content negotiation rules in {folder / '.htaccess'}", markup=False)
