"""The statistics graph: counts and orders over all the documents, made by the build from
each document's part, equal to what counting over the whole store gives."""

from __future__ import annotations

from dataclasses import asdict

import pyoxigraph as ox
import pytest

from jhakg.publish.statistics import Spoken, StatisticsTotals

J = "https://w3id.org/jhakg/"
DOC, PART = f"<{J}id/document/d1>", f"<{J}id/document/d1/part/2>"
MEETING, MANDATE, PERSON = f"<{J}id/meeting/m1>", f"<{J}id/mandate/x>", f"<{J}id/person/x>"
SIS, EUROPOL, PRESIDENCY = f"<{J}id/system/sis>", f"<{J}id/agency/europol>", f"<{J}id/presidency/council/2024-h1>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
MENTIONS = "<http://schema.org/mentions>"
START = "<http://schema.org/startDate>"
XSD_DATE = "^^<http://www.w3.org/2001/XMLSchema#date>"


def lines(*triples: tuple[str, str, str]) -> list[str]:
    return [f"{s} {p} {o} ." for s, p, o in triples]


def document(name: str, *triples: tuple[str, str, str]) -> list[str]:
    return lines((f"<{J}id/document/{name}>", TYPE, f"<{J}ontology#Document>"), *triples)


def test_a_document_speaks_of_what_it_and_its_parts_state_mention_and_address():
    spoken = Spoken.of(lines(
        (PART, "<http://purl.org/dc/terms/isPartOf>", DOC),
        (DOC, MENTIONS, EUROPOL),
        (PART, MENTIONS, SIS),  # a part's mention is its document's
        (DOC, f"<{J}ontology#topic>", f"<{J}id/priority/migration>"),
        (MEETING, TYPE, f"<{J}ontology#Meeting>"),
        (MEETING, DERIVED, PART),
        (MEETING, START, f'"2024-03-05"{XSD_DATE}'),
        (MEETING, f"<{J}ontology#heldUnder>", PRESIDENCY),
        (MEETING, f"<{J}ontology#topic>", SIS),
        (f"<{J}id/meeting/elsewhere>", DERIVED, f"<{J}id/document/other>"),  # another document's: not spoken of
        (f"<{J}id/other>", MENTIONS, EUROPOL),  # not from the document: not counted
        (MANDATE, TYPE, f"<{J}ontology#Mandate>"),
        (MANDATE, "<http://www.w3.org/ns/org#member>", PERSON),
        (PERSON, "<http://schema.org/name>", '"Ana Souza"'),
        (f"<{J}id/topic/t>", TYPE, f"<{J}ontology#Topic>"),
        (f"<{J}id/topic/t>", "<http://www.w3.org/2000/01/rdf-schema#label>", '"stopping migrant smuggling"@en'),
        (f"<{J}id/topic/t>", "<http://www.w3.org/2004/02/skos/core#broadMatch>", f"<{J}id/priority/migration>"),
        (f"<{J}id/other>", "<http://www.w3.org/2004/02/skos/core#broadMatch>", f"<{J}id/priority/asylum>"),  # no topic
    ), DOC)
    assert spoken.entities == sorted([EUROPOL, SIS, f"<{J}id/priority/migration>", MEETING])
    assert spoken.meetings == [(MEETING, "2024-03-05")]
    assert spoken.mandates == [(MANDATE, "Ana Souza")]
    assert spoken.meeting_links == sorted([(MEETING, PRESIDENCY), (MEETING, SIS)])
    assert spoken.wordings == [(f"<{J}id/priority/migration>", '"stopping migrant smuggling"@en')]
    assert Spoken.from_json(asdict(spoken)) == spoken


def test_counts_add_documents_up_and_count_each_meeting_once():
    first = Spoken([SIS, EUROPOL], [(MEETING, "2024-03-05")], [], [(MEETING, SIS)])
    second = Spoken([SIS], [(MEETING, "2024-03-05")], [], [(MEETING, SIS)])  # the same meeting again
    third = Spoken([SIS], [(f"<{J}id/meeting/m0>", "2024-03-05")], [], [(f"<{J}id/meeting/m0>", SIS)])
    got = StatisticsTotals.of([first, second, third]).lines()
    count = '"{}"^^<http://www.w3.org/2001/XMLSchema#integer>'.format
    assert f"{SIS} <{J}ontology#documentCount> {count(3)} ." in got
    assert f"{EUROPOL} <{J}ontology#documentCount> {count(1)} ." in got
    assert f"{SIS} <{J}ontology#meetingCount> {count(2)} ." in got
    assert got == sorted(got) == sorted(set(got))


def test_the_timeline_orders_meetings_by_start_then_iri_and_the_directory_mandates_by_name():
    a, b, c = (f"<{J}id/meeting/{x}>" for x in "abc")
    k, m = f"<{J}id/mandate/k>", f"<{J}id/mandate/m>"
    got = StatisticsTotals.of([Spoken([], [(c, "2019-01-02"), (b, "2020-05")], [(k, "Zoe Ares")], []),
                                Spoken([], [(a, "2020-05"), (c, "2018-12-31")], [(m, "Ada Berg")], [])]).lines()
    position = {line.split(" ")[0]: int(line.split('"')[1]) for line in got if "Position>" in line}
    assert [x for x in sorted(position, key=position.get) if "meeting" in x] == [c, a, b]  # c's earliest start counts
    assert position[m] == 0 and position[k] == 1


@pytest.mark.parametrize("predicate, count", [
    ("documentCount", """SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE {
        { ?e prov:wasDerivedFrom ?s } UNION { ?s schema:mentions|jha:topic ?e }
        OPTIONAL { ?s dct:isPartOf ?parent } BIND (COALESCE(?parent, ?s) AS ?d) ?d a jha:Document
        FILTER NOT EXISTS { ?e dct:isPartOf ?d } FILTER (?e != ?d) } GROUP BY ?e"""),
    ("meetingCount", "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m jha:topic|jha:heldUnder ?e ; a jha:Meeting } GROUP BY ?e"),
])
def test_the_build_counts_what_counting_over_the_whole_store_gives(repeated_store, predicate, count):
    """On a build where every seed is stated by three documents, each count the build wrote
    is the count a query over all the graphs makes (which is what the statistics spare)."""
    prefixes = ("PREFIX jha: <https://w3id.org/jhakg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                "PREFIX schema: <http://schema.org/> PREFIX dct: <http://purl.org/dc/terms/> ")
    stored = {r["e"]: int(r["n"].value) for r in repeated_store.query(
        prefixes + f"SELECT ?e ?n WHERE {{ GRAPH <{J}graph/statistics> {{ ?e jha:{predicate} ?n }} }}")}
    counted = {r["e"]: int(r["n"].value) for r in repeated_store.query(prefixes + count)}
    assert stored and stored == counted
    if predicate == "documentCount":
        assert set(stored.values()) >= {3}


def test_the_wordings_are_the_labels_of_the_topics_matching_each_priority(repeated_store):
    prefixes = "PREFIX jha: <https://w3id.org/jhakg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    stored = {(r["p"], r["w"]) for r in repeated_store.query(
        prefixes + f"SELECT ?p ?w WHERE {{ GRAPH <{J}graph/statistics> {{ ?p jha:wording ?w }} }}")}
    matched = {(r["p"], r["w"]) for r in repeated_store.query(
        prefixes + "SELECT ?p ?w WHERE { ?t a jha:Topic ; skos:broadMatch ?p ; <http://www.w3.org/2000/01/rdf-schema#label> ?w }")}
    assert stored and stored == matched


def test_the_statistics_are_in_the_trig_only(seed_build):
    trig = (seed_build.out / "jhakg.trig").read_text(encoding="utf-8")
    assert f"<{J}graph/statistics>" in trig
    assert "documentCount" not in (seed_build.out / "jhakg.ttl").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def repeated_store(tmp_path_factory):
    from jhakg.pipeline import build

    from .conftest import ROOT

    docs = tmp_path_factory.mktemp("statistics") / "docs"
    docs.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for copy in ("a", "b", "c"):
            (docs / f"{copy}-{seed.name}").write_bytes(seed.read_bytes() + f"\n\nFiled as copy {copy}.\n".encode())
    out = docs.parent / "dist"
    build(docs, out, workers=1)
    store = ox.Store()
    store.bulk_load(path=str(out / "jhakg.trig"), format=ox.RdfFormat.TRIG)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def test_a_documents_part_taken_away_leaves_the_totals_of_the_others():
    a, b = (f"<{J}id/meeting/{x}>" for x in "ab")
    first = Spoken([SIS, EUROPOL], [(a, "2019-01-02")], [], [(a, SIS)])
    second = Spoken([SIS], [(a, "2018-05-06"), (b, "2020-01-01")], [], [(a, SIS), (b, SIS)])
    totals = StatisticsTotals.of([first, second])
    totals.add(second, -1)
    assert totals.lines() == StatisticsTotals.of([first]).lines()  # a's start is first's again, SIS has one meeting
    with pytest.raises(ValueError):
        totals.add(second, -1)
