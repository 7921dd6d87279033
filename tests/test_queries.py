"""Canned queries: headers, typed parameters, golden results on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jhakg.errors import ConfigError, UsageError
from jhakg.query.canned import (
    LocalRunner,
    bind,
    get_query,
    load_queries,
    parse_query_file,
    with_values,
)
from jhakg.query.local_store import open_store

from .conftest import ROOT, normalised, run_cli

GOLDEN = Path(__file__).parent / "queries"


def test_every_query_has_a_header_and_is_in_the_readme():
    queries = load_queries()
    assert len(queries) >= 8
    readme = (ROOT / "README.md").read_text()
    for name, q in queries.items():
        assert q.title and q.description
        assert f"`{name}`" in readme, f"{name} is not in the README's query table"


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_golden_results(name, store):
    """Each query's rows on the seeds, compared with tests/queries/<name>.json."""
    golden = GOLDEN / f"{name}.json"
    query = get_query(name)
    runner = LocalRunner(store)
    expected = json.loads(golden.read_text())
    result = runner.run(query, bind(query, expected.get("params", {}), runner.resolve))
    assert result.columns == expected["columns"]
    assert normalised(result.rows) == normalised(expected["rows"])


def test_chairs_by_year_on_the_seeds(store):
    runner = LocalRunner(store)
    query = get_query("chairs-by-year")
    rows = runner.run(query, {}).rows
    assert [(r["year"], r["acronym"]) for r in rows] == [("2017", "EMCDDA"), ("2018", "EIGE"), ("2024", "eu-LISA")]
    assert rows[0]["documents"] == "1" and rows[0]["presidency"].endswith("/presidency/network/2017-euda")
    only = runner.run(query, bind(query, {"agency": "EIGE"}, runner.resolve)).rows
    assert [(r["year"], r["acronym"]) for r in only] == [("2018", "EIGE")]


def test_paging_parameters_set_the_clauses_and_are_bound_where_the_query_names_them():
    import pyoxigraph as ox

    text = "SELECT ?x WHERE { ?x ?p ?n FILTER (!BOUND(?limit) || ?n < ?limit) } LIMIT 100 OFFSET 0"
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    bound = with_values(text, {"limit": ox.Literal("5", datatype=integer), "offset": ox.Literal("10", datatype=integer)})
    assert bound.endswith("LIMIT 5 OFFSET 10")
    assert 'VALUES ?limit { "5"^^<http://www.w3.org/2001/XMLSchema#integer> }' in bound
    assert "VALUES ?offset" not in bound  # the query does not name it as a variable


def test_parameters_are_bound_as_terms_not_pasted(store):
    runner = LocalRunner(store)
    query = get_query("people")
    hostile = 'x") } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER("'
    bindings = bind(query, {"name": hostile}, runner.resolve)
    text = with_values(query.text, bindings)
    literal = 'x\\") } } ; DROP ALL'
    assert text.count("DROP ALL") == text.count(literal) >= 1  # each time escaped inside one literal
    assert runner.run(query, bindings).rows == []
    assert len(store) > 0


def test_unknown_names_list_the_valid_ones(store):
    with pytest.raises(UsageError, match="known: .*chairs-by-year"):
        get_query("chair-by-year")
    query = get_query("meetings")
    with pytest.raises(UsageError, match="known: from, until"):
        bind(query, {"since": "2017-01-01"}, None)
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        bind(query, {"from": "28 November"}, None)
    runner = LocalRunner(store)
    with pytest.raises(UsageError, match="no agency of that name"):
        bind(get_query("agency-profile"), {"agency": "Interpol"}, runner.resolve)


@pytest.mark.parametrize("text,cause", [
    ("#+ title: T\nSELECT * WHERE { ?s ?p ?o }", "missing header '#+ description:'"),
    ("#+ title: T\n#+ description: D\n#+ colour: red\nSELECT * WHERE { ?s ?p ?o }", "unknown header key 'colour'"),
    ("#+ title: T\n#+ description: D\nSELECT * WHERE { ?s ?p ", "not valid SPARQL"),
    ("#+ title: T\n#+ description: D\n#+ param: x | colour | | d\nSELECT * WHERE { ?x ?p ?o }", "unknown type"),
    ("#+ title: T\n#+ description: D\n#+ param: y | string | | d\nSELECT * WHERE { ?x ?p ?o }", "not a variable"),
    ("#+ title: T\n#+ description: D\n#+ page: x\nSELECT * WHERE { ?x ?p ?o }", "names no subquery"),
    ("#+ title: T\n#+ description: D\n#+ page: x\nSELECT * WHERE { { SELECT ?x WHERE { ?x ?p ?o } } }",
     "names no subquery"),  # a page needs a LIMIT
])
def test_malformed_query_files(tmp_path, text, cause):
    path = tmp_path / "broken.rq"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        parse_query_file(path)
    assert cause in info.value.cause and info.value.subject.endswith("broken.rq")


def test_facts_stated_by_many_documents_are_listed_once(tmp_path):
    """A system's operator and a network presidency stated by several documents: one row
    each, with every document counted once."""
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(
            f"Brussels, {i + 1} March 2024\n\nThe Visa Information System is used by all consulates. The system is "
            "operated by eu-LISA, which chairs the JHA agencies' network in 2024.\n", encoding="utf-8")
    assert run_cli("build", str(tmp_path), "--out", str(tmp_path / "dist"), "--reasoner", "rules").returncode == 0
    systems = run_cli("query", "systems", "--dist", str(tmp_path / "dist"), "--format", "csv", "--param", "code=VIS")
    rows = systems.stdout.strip().splitlines()[1:]
    assert len(rows) == 1 and rows[0].startswith("VIS,Visa Information System,eu-LISA,3,")
    chairs = run_cli("query", "chairs-by-year", "--dist", str(tmp_path / "dist"), "--format", "csv")
    rows = chairs.stdout.strip().splitlines()[1:]
    assert len(rows) == 1 and rows[0].startswith("2024,eu-LISA,") and rows[0].split(",")[3] == "3"


@pytest.fixture(scope="module")
def repeated(tmp_path_factory):
    """A store of each seed three times under different names: every fact stated by three
    documents (each copy a line apart, since a build sets exact copies aside)."""
    root = tmp_path_factory.mktemp("repeated")
    docs = root / "docs"
    docs.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for copy in ("a", "b", "c"):
            (docs / f"{copy}-{seed.name}").write_bytes(seed.read_bytes() + f"\n\nFiled as copy {copy}.\n".encode())
    assert run_cli("build", str(docs), "--out", str(root / "dist"), "--reasoner", "rules").returncode == 0
    return open_store(root / "dist")


def test_every_query_lists_each_row_once_when_documents_repeat_each_other(repeated):
    """Every canned query, with its default parameters, answers rows that are all distinct
    when three documents state each fact."""
    runner = LocalRunner(repeated)
    defaults = {"document": "a-000_6e879119cdfcf355.txt"}  # the one required parameter
    for name, query in sorted(load_queries().items()):
        params = {p.name: defaults[p.name] for p in query.params if p.required}
        rows = runner.run(query, bind(query, params, runner.resolve)).rows
        assert rows, name
        keys = [tuple(sorted(r.items())) for r in rows]
        assert len(keys) == len(set(keys)), f"{name} repeats rows"


def test_a_paged_query_run_in_two_steps_gives_the_rows_of_the_query_as_written(repeated):
    """The embedded runner takes a query's page first (``#+ page:``) and then restricts the
    query to it: every page, and the whole list, is what the query as written answers."""
    runner = LocalRunner(repeated)
    paged = [q for q in load_queries().values() if q.page]
    assert paged
    for query in paged:
        whole = None
        for params in ({"limit": "100000"}, {"limit": "3"}, {"limit": "3", "offset": "3"}, {"limit": "5", "offset": "7"},
                       {"offset": "100000"}):
            bindings = bind(query, params, runner.resolve)
            solutions = repeated.query(with_values(query.text, bindings))
            columns = [v.value for v in solutions.variables]
            as_written = [{c: s[c].value if s[c] is not None else None for c in columns} for s in solutions]
            two_steps = runner.run(query, bindings).rows
            assert normalised(two_steps) == normalised(as_written), (query.name, params)
            whole = whole if whole is not None else two_steps
        assert len(whole) > 7, query.name  # the pages above cut it (the last starts at row 8)
