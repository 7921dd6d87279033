"""The command line as a user runs it: exit codes, one-line errors, dist left as it was."""

from __future__ import annotations

import shutil

import pytest

from .conftest import SEEDS, run_cli


@pytest.fixture(scope="module")
def cli_dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "dist"
    result = run_cli("build", str(SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "built" in result.stdout and "5 documents" in result.stdout
    return out


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_validate_exit_codes(cli_dist, tmp_path):
    ok = run_cli("validate", "--dist", str(cli_dist))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "conforms" in ok.stdout
    broken = tmp_path / "broken"
    shutil.copytree(cli_dist, broken)
    with (broken / "jhakg.ttl").open("a") as f:
        f.write('\n<https://w3id.org/jhakg/id/presidency/network/2017-euda> '
                '<https://w3id.org/jhakg/ontology#heldBy> <https://w3id.org/jhakg/id/agency/europol> .\n')
    bad = run_cli("validate", "--dist", str(broken))
    assert bad.returncode == 1
    assert "000_6e879119cdfcf355.txt" in bad.stdout  # the report names the source document
    missing = run_cli("validate", "--dist", str(tmp_path / "nowhere"))
    assert missing.returncode == 2
    (broken / "shapes.ttl").write_text("this is not turtle")
    malformed = run_cli("validate", "--dist", str(broken))
    assert malformed.returncode == 2
    assert malformed.stderr.startswith("jhakg: error: ") and "shapes.ttl" in malformed.stderr
    assert malformed.stderr.count("\n") == 1


def test_query_list_and_errors(cli_dist):
    listed = run_cli("query", "--list", "--dist", str(cli_dist))
    assert listed.returncode == 0 and "chairs-by-year" in listed.stdout
    unknown = run_cli("query", "chair-by-year", "--dist", str(cli_dist))
    assert unknown.returncode == 2
    assert "unknown query" in unknown.stderr and "chairs-by-year" in unknown.stderr
    bad_param = run_cli("query", "chairs-by-year", "--param", "agnecy=Europol", "--dist", str(cli_dist))
    assert bad_param.returncode == 2 and "known: agency" in bad_param.stderr
    bad_value = run_cli("query", "council-presidencies", "-p", "year=20x4", "--dist", str(cli_dist))
    assert bad_value.returncode == 2 and "four-digit year" in bad_value.stderr


def test_query_formats(cli_dist):
    csv_out = run_cli("query", "chairs-by-year", "--format", "csv", "--dist", str(cli_dist))
    assert csv_out.returncode == 0
    assert csv_out.stdout.splitlines()[0] == "year,acronym,agency,documents,presidency"
    json_out = run_cli("query", "chairs-by-year", "--format", "json", "--dist", str(cli_dist))
    assert '"year": "2017"' in json_out.stdout


def test_extract_prints_facts_beside_their_evidence():
    result = run_cli("extract", str(SEEDS / "002_7658506f877b54af.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr
    import json

    rows = json.loads(result.stdout)
    presidency = [r for r in rows if r["type"] == "network_presidency"]
    assert presidency and "eu-LISA" in presidency[0]["value"] and "2024" in presidency[0]["value"]
    assert "throughout 2024" in presidency[0]["evidence"]
    text = run_cli("extract", str(SEEDS / "002_7658506f877b54af.txt"))
    assert "network_presidency" in text.stdout and "“" in text.stdout


@pytest.mark.parametrize("name,data,cause", [
    ("empty.txt", b"", "is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("latin1.txt", "Réunion des ministres à Bruxelles".encode("latin-1"), "not UTF-8"),
])
def test_bad_document_fails_cleanly_and_keeps_dist(cli_dist, tmp_path, name, data, cause):
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    (folder / name).write_bytes(data)
    out = tmp_path / "dist"
    shutil.copytree(cli_dist, out)
    before = _snapshot(out)
    result = run_cli("build", str(folder), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("jhakg: error: ") and name in result.stderr and cause in result.stderr
    assert _snapshot(out) == before
    kept = run_cli("build", str(folder), "--out", str(tmp_path / "dist2"), "--keep-going")
    assert kept.returncode == 0
    assert f"skipped: {name}" in kept.stderr


def test_catalog_naming_a_missing_file(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    with (folder / "catalog.csv").open("a") as f:
        f.write("999_missing.txt,Missing,Nobody,,en,,\n")
    result = run_cli("build", str(folder), "--out", str(tmp_path / "dist"))
    assert result.returncode == 1
    assert "catalog.csv" in result.stderr and "999_missing.txt" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_stats_and_reason(cli_dist):
    stats = run_cli("stats", "--dist", str(cli_dist))
    assert stats.returncode == 0 and "jha" in stats.stdout.lower()
    reason = run_cli("reason", "--dist", str(cli_dist))
    assert reason.returncode == 0, reason.stderr
    assert "consistent" in reason.stdout


def test_any_folder_builds_and_the_report_lists_what_was_skipped(tmp_path):
    import json

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "release.md").write_text("**Brussels, 4 March 2024**\n\nHome affairs ministers met in Brussels on "
                                       "4 March 2024 under the Belgian presidency to discuss migrant smuggling.\n")
    (folder / "page.html").write_text("<html><body><nav>Home News</nav><main><p>(23.11.2017, LISBON) The EMCDDA "
                                      "chairs the JHA agencies' network this year and hosts the heads of agencies in "
                                      "Lisbon on 28 November.</p></main></body></html>")
    (folder / "nav-only.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>")
    (folder / "french.txt").write_text("Les ministres de la justice et des affaires intérieures se sont réunis à "
                                       "Bruxelles le 4 mars 2024 sous la présidence belge. Ils ont discuté de la lutte "
                                       "contre le trafic de drogue, de la migration et de la coopération policière "
                                       "entre les États membres de l'Union européenne et des droits fondamentaux. " * 2)
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "--out", str(out), "--keep-going")
    assert result.returncode == 0, result.stderr
    assert "skipped: french.txt: does not read as English" in result.stderr
    assert "skipped: nav-only.html" in result.stderr
    report = json.loads((out / "build-report.json").read_text())
    assert report["documents"] == ["page.html", "release.md"]
    assert [s["file"] for s in report["skipped"]] == ["french.txt", "nav-only.html"]
    facts = json.loads(run_cli("facts", str(out)).stdout)
    by_doc = {d["document"]: d["facts"] for d in facts}
    assert {"type": "published", "date": "2017-11-23"} in by_doc["page.html"]
    assert {"type": "network_presidency", "agency": "EMCDDA", "year": 2017} in by_doc["page.html"]
    assert {"type": "published", "date": "2024-03-04"} in by_doc["release.md"]


def test_the_build_writes_the_ontologys_documentation_as_a_page_of_its_own(cli_dist):
    from rdflib import OWL, RDF, Graph

    page = (cli_dist / "ontology.html").read_text(encoding="utf-8")
    assert "<style>" in page and "/static/" not in page and 'href="/' not in page and "href='/" not in page
    assert "href='ontology.ttl'" in page  # the Turtle beside it
    graph = Graph().parse(cli_dist / "ontology.ttl")
    for cls in graph.subjects(RDF.type, OWL.Class):
        if "#" in str(cls) and str(cls).startswith("https://w3id.org/jhakg/"):
            assert f"id='{str(cls).rsplit('#', 1)[1]}'" in page, cls
