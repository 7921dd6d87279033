"""The facts the seeds must yield (issue 2), read back from the built RDF, each with
its evidence in the document's stored text."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from jhakg.evaluate import read_gold, score
from jhakg.namespaces import JHA, OA, PROV, SCHEMA
from jhakg.query.facts import facts_from_store

from .conftest import Built

GOLD = Path(__file__).parent / "gold" / "seeds.gold.json"


@pytest.fixture(scope="module")
def facts(store):
    return {d["document"]: d["facts"] for d in facts_from_store(store, evidence=True)}


def _of(facts, doc, kind):
    return [f for f in facts[doc] if f["type"] == kind]


def test_000_network_presidencies_meeting_and_agencies(facts):
    doc = "000_6e879119cdfcf355.txt"
    assert {(f["agency"], f["year"]) for f in _of(facts, doc, "network_presidency")} == {("EMCDDA", 2017), ("EIGE", 2018)}
    meetings = [(f["start"], f["place"], f["chair_or_host"]) for f in _of(facts, doc, "meeting")]
    assert ("2017-11-28", "Lisbon", "EMCDDA") in meetings or ("2017-11-28", "Lisbon", "EUDA") in meetings
    agencies = {f["agency"] for f in _of(facts, doc, "mentions_agency")}
    assert agencies == {"CEPOL", "EUAA", "EIGE", "EUDA", "eu-LISA", "Eurojust", "Europol", "FRA", "Frontex"}
    assert {"date": "2017-11-23"}.items() <= _of(facts, doc, "published")[0].items()
    people = {f["person"]: f for f in _of(facts, doc, "person_role")}
    assert people["Dimitris Avramopoulos"]["role"] == "European Commissioner for Migration, Home Affairs and Citizenship"


def test_001_council_meetings_and_presidency(facts):
    doc = "001_390fbe82fa89c37a.txt"
    meetings = {(f["start"], f["place"]): f for f in _of(facts, doc, "meeting")}
    assert meetings[("2017-09-14", "Brussels")]["chair_or_host"] == "Andres Anvelt"
    assert ("2017-07-06", "Tallinn") in meetings
    assert [(f["member_state"], f["start"], f["end"]) for f in _of(facts, doc, "council_presidency")] == [
        ("EE", "2017-07-01", "2017-12-31")]
    assert {f["system"] for f in _of(facts, doc, "mentions_system")} == {"ETIAS", "SIS"}
    people = {f["person"]: f for f in _of(facts, doc, "person_role")}
    assert people["Andres Anvelt"]["role"] == "Estonian Minister of the Interior"
    assert people["Andres Anvelt"]["organisation"] == "Estonia"


def test_002_network_meeting_in_tallinn(facts):
    doc = "002_7658506f877b54af.txt"
    assert [(f["agency"], f["year"]) for f in _of(facts, doc, "network_presidency")] == [("eu-LISA", 2024)]
    assert [(f["start"], f["place"], f["chair_or_host"]) for f in _of(facts, doc, "meeting")] == [
        ("2024-02-15", "Tallinn", "eu-LISA")]
    assert {f["system"] for f in _of(facts, doc, "mentions_system")} == {"Eurodac", "SIS"}


def test_003_home_affairs_council(facts):
    doc = "003_f1c762c581d28226.txt"
    meetings = {(f["start"], f["place"]): f for f in _of(facts, doc, "meeting")}
    assert meetings[("2024-03-04", "Brussels")]["end"] == "2024-03-05"
    assert ("2024-02-22", "La Paz") in meetings
    assert [f["member_state"] for f in _of(facts, doc, "council_presidency")] == ["BE"]
    assert {f["system"] for f in _of(facts, doc, "mentions_system")} == {"SIS", "Eurodac", "ETIAS", "EES"}
    assert {f["agency"] for f in _of(facts, doc, "mentions_agency")} == {"Europol", "Frontex"}
    people = {f["person"]: f for f in _of(facts, doc, "person_role")}
    assert set(people) == {"Annelies Verlinden", "Nicole de Moor", "Ihor Klymenko", "Ylva Johansson", "Kostin"}
    assert people["Ihor Klymenko"]["organisation"] == "Ukraine"
    assert people["Kostin"]["role"] == "Prosecutor General of Ukraine"  # a surname after 'Mr', as the text names him


def test_004_listing_items_and_no_invented_years(facts, store, seed_build):
    doc = "004_c9ecb59b33c2e381.txt"
    meetings = {(f["start"], f["place"]) for f in _of(facts, doc, "meeting")}
    assert ("2022-10-14", "Brussels") in meetings
    # every meeting date's year is written in the text of its item
    listing = next(x for x in seed_build.extractions if x.doc.file_name == doc)
    for f in _of(facts, doc, "meeting"):
        assert f["start"][:4] in f["evidence"], f
    assert len(listing.doc.parts) == 8
    assert not _of(facts, doc, "published")
    people = {f["person"]: f for f in _of(facts, doc, "person_role")}
    assert people["Ylva Johansson"]["role"] in ("Commissioner for Home Affairs", "European Commissioner for HOME Affairs")


def test_every_evidence_quote_is_the_text_at_its_offsets(seed_build):
    data = seed_build.asserted()
    checked = 0
    for target, source in data.subject_objects(OA.hasSource):
        text = str(data.value(source, SCHEMA.text))
        selectors = list(data.objects(target, OA.hasSelector))
        quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in data)
        position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in data)
        start, end = int(data.value(position, OA.start)), int(data.value(position, OA.end))
        assert text[start:end] == str(data.value(quote, OA.exact))
        assert data.value(quote, OA.prefix) is None  # what lies around it is in the text
        checked += 1
    assert checked > 50


def test_every_fact_has_its_document_and_stays_in_its_graph(seed_build):
    for doc_id, graph in seed_build.documents.items():
        document = URIRef(f"https://w3id.org/jhakg/id/document/{doc_id}")
        for cls in (JHA.Meeting, JHA.NetworkPresidency, JHA.Mandate):
            for node in graph.subjects(RDF.type, cls):
                sources = set(graph.objects(node, PROV.wasDerivedFrom))
                assert sources and all(str(s).startswith(str(document)) for s in sources)
                assert any(True for _ in graph.subjects(OA.hasBody, node))
        for ann in graph.subjects(RDF.type, OA.Annotation):
            target = graph.value(ann, OA.hasTarget)
            assert graph.value(target, OA.hasSource) == document


def test_seed_scores_against_the_seed_gold(facts, store):
    result = score(facts_from_store(store, evidence=True), read_gold(GOLD))
    for kind, s in result.types.items():
        assert s.precision >= 0.95, (kind, s.precision, [e.fact for e in result.errors if e.fact["type"] == kind])
    for kind in ("network_presidency", "meeting", "mentions_agency", "mentions_system", "person_role", "published"):
        assert result.types[kind].recall >= 0.9, (kind, [e.fact for e in result.errors if e.fact["type"] == kind])


def test_000_report_launched_at_the_meeting(seed_build):
    from jhakg.namespaces import DCTERMS

    graph = seed_build.documents["000_6e879119cdfcf355"]
    reports = list(graph.subjects(RDF.type, JHA.Report))
    assert len(reports) == 1
    report = reports[0]
    assert str(graph.value(report, DCTERMS.title)) == "Drugs and the darknet: perspectives for enforcement, research and policy"
    assert {str(a).rsplit("/", 1)[-1] for a in graph.objects(report, DCTERMS.creator)} == {"euda", "europol"}
    assert str(graph.value(report, JHA.launchedAt)).endswith("meeting/2017-11-28-lisbon")


def test_legal_act_numbers_are_acts_not_years(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Brussels, 5 May 2020\nThe agency works under Regulation (EU) 2018/1726 "
                                  "since December 2018, and Directive (EU) 2016/681 applies to PNR data.\n")
    graph = Built(folder, tmp_path / "dist", reasoner="none").documents["a"]
    acts = {str(o) for o in graph.objects(None, JHA.identifier)}
    assert acts == {"2018/1726", "2016/681"}
    assert not list(graph.subjects(RDF.type, JHA.NetworkPresidency))
