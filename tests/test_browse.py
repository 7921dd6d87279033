"""Finding things: the catalogue (SQLite, full text by FTS5) and the home, search and
browse pages of the real server."""

from __future__ import annotations

import re
import urllib.parse

import pyoxigraph as ox
import pytest

from jhakg.web.catalogue import PAGE, Catalogue, fts_query

from .conftest import serving
from .test_serve import get

AGENCY = "https://w3id.org/jhakg/id/agency/"
JHA = "https://w3id.org/jhakg/ontology#"


@pytest.fixture(scope="module")
def catalogue(store):
    return Catalogue(store)


@pytest.fixture(scope="module")
def server(dist):
    with serving(dist) as base:
        yield base


def _count(store, cls: str) -> int:
    return int(next(iter(store.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{JHA}{cls}> }}")))["n"].value)


def test_the_catalogue_holds_each_kind_the_store_has(catalogue, store):
    counts = catalogue.counts()
    for kind, cls in (("agency", "Agency"), ("meeting", "Meeting"), ("document", "Document"),
                      ("council-presidency", "CouncilPresidency"), ("system", "InformationSystem")):
        assert counts[kind] == _count(store, cls), kind


def test_a_facet_selects_what_is_tied_to_its_value(catalogue, store):
    """Every meeting listed under an agency has it among its participants, hosts or chairs,
    and the count a facet value shows is the number of entries it leads to."""
    europol = AGENCY + "europol"
    facets = catalogue.facets(kind="document")
    shown = {value: n for value, _, n in facets["agency"]}
    assert shown[europol] >= 2
    total, entries = catalogue.browse(kind="document", agency=europol)
    assert total == shown[europol] and len(entries) == total
    for entry in entries:
        assert store.query(f"ASK {{ <{entry.iri}> <http://schema.org/mentions> <{europol}> }}"), entry
    years = {int(value): n for value, _, n in catalogue.facets(kind="meeting")["year"]}
    for year, n in years.items():
        assert catalogue.browse(kind="meeting", year=year)[0] == n


def test_pages_of_a_long_list_are_disjoint_and_complete(catalogue):
    total, first = catalogue.browse()
    assert total > PAGE, "the seeds have more entries than one page"
    pages = [first] + [catalogue.browse(page=n)[1] for n in range(2, total // PAGE + 2)]
    iris = [e.iri for p in pages for e in p]
    assert len(iris) == len(set(iris)) == total
    assert catalogue.browse(page=total // PAGE + 5) == (total, [])


def test_search_finds_labels_first_and_marks_the_words_in_text(catalogue):
    total, hits = catalogue.search("europol")
    assert total >= 3 and hits[0].iri == AGENCY + "europol"  # a label weighs more than a mention
    documents = [h for h in hits if h.kind == "document"]
    assert documents and all("\x01" in h.snippet for h in documents)
    assert catalogue.search("Schengen information system")[0] >= 1
    assert catalogue.search("zzzzunknownword")[0] == 0


@pytest.mark.parametrize("text", ['"', "AND OR NOT", "europol*", "(", "NEAR(a b)", "col:val", "-", "  ", "'; DROP --"])
def test_any_words_are_a_query_never_an_error(catalogue, text):
    query = fts_query(text)
    total, hits = catalogue.search(text)
    assert (query is None and total == 0) or total >= 0


def test_home_search_and_browse_pages(server, store):
    status, _, body = get(server + "/", "text/html")
    page = body.decode()
    assert status == 200 and "<form role='search' action='/search'" in page
    assert f"Agencies</a> ({_count(store, 'Agency')})" in page
    status, _, body = get(server + "/search?q=" + urllib.parse.quote("<script>europol"), "text/html")
    assert status == 200 and "“&lt;script&gt;europol”" in body.decode() and "<script>" not in body.decode()
    status, _, body = get(server + "/search?q=europol", "text/html")
    assert status == 200 and "<mark>Europol</mark>" in body.decode()
    status, _, body = get(server + "/browse?kind=meeting", "text/html")
    page = body.decode()
    total = int(re.search(r"<p role='status'>(\d+) entr", page).group(1))
    assert status == 200 and total == _count(store, "Meeting") and page.count("<li><a href='/id/meeting/") == total
    link = re.search(r"href='(/browse\?kind=meeting&amp;agency=[^']+)'", page).group(1).replace("&amp;", "&")
    assert get(server + link, "text/html")[0] == 200
    for bad in ("/browse?kind=thing", "/browse?year=abc", "/browse?page=0", "/search?q=" + "x" * 600):
        assert get(server + bad, "text/html")[0] == 400, bad


def test_every_link_on_the_home_page_answers(server):
    _, _, body = get(server + "/", "text/html")
    for href in sorted(set(re.findall(r"href='(/[^']*)'", body.decode()))):
        status = get(server + href.replace("&amp;", "&"), "text/html")[0]
        assert status == 200, (href, status)


def test_an_iri_of_the_catalogue_is_a_resource_of_the_store(catalogue, store):
    _, entries = catalogue.browse(kind="agency")
    for entry in entries:
        assert list(store.quads_for_pattern(ox.NamedNode(entry.iri), None, None, None)), entry


def test_a_timeline_of_an_archive_counts_meetings_by_month_and_lists_a_bounded_number(dist):
    """Hundreds of meetings are not drawn one by one but counted a month, each month linked
    to that year's meetings; the list below stops at its bound and says so."""
    from jhakg.web.data import Site
    from jhakg.web.pages import LISTED, MAX_DOTS, render_timeline

    rows = [("network", "https://w3id.org/jhakg/id/presidency/x", "2020-01-01", "2020-12-31", "EIGE")]
    rows += [("meeting", f"https://w3id.org/jhakg/id/meeting/m{i}", f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
              f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Meeting {i}") for i in range(MAX_DOTS + 100)]
    page = render_timeline(Site(dist), rows=rows)
    assert "<circle" not in page and page.count("href='/browse?kind=meeting&amp;year=2020'") == 12
    assert page.count("<li>2020-") == LISTED and f"The first {LISTED:,} are listed" in page
    few = render_timeline(Site(dist), rows=rows[:10])
    assert few.count("<circle") == 9 and "are listed" not in few


@pytest.mark.parametrize("iri", [AGENCY + "europol", AGENCY + "eu-lisa", "https://w3id.org/jhakg/id/country/ee"])
def test_an_entity_page_says_the_same_with_the_catalogue_as_without(dist, catalogue, iri):
    """The server reads an agency's meetings and the documents mentioning it from the
    catalogue; `jhakg site`, without one, asks the store: the same sections, the same
    entries."""
    from jhakg.web.data import Site
    from jhakg.web.pages import render_resource

    site = Site(dist)
    triples = site.describe(iri)
    with_catalogue, without = render_resource(site, iri, triples, catalogue), render_resource(site, iri, triples)
    headings = re.findall(r"<h2>[^<]+</h2>", with_catalogue)
    assert headings[0] != "<h2>All its properties</h2>" and headings == re.findall(r"<h2>[^<]+</h2>", without)
    links = r"""href=['"](/id/[^'"]+)['"]"""
    assert set(re.findall(links, with_catalogue)) == set(re.findall(links, without))


def test_what_is_named_exactly_as_searched_comes_first(catalogue):
    """"eu-LISA" is the agency's acronym: the agency comes before the presidencies and
    documents whose labels also hold the word."""
    for words, first in (("eu-LISA", AGENCY + "eu-lisa"), ("EUROPOL", AGENCY + "europol"),
                         ("Schengen Information System", "https://w3id.org/jhakg/id/system/sis")):
        assert catalogue.search(words)[1][0].iri == first, words


def test_a_description_holds_what_was_stated_not_the_builds_counts(dist):
    """The statistics graph's counts and orders are the build's, not any document's: an
    entity's description (its page's properties) leaves them out, as it does entailments."""
    from jhakg.web.data import Site

    site = Site(dist)
    meeting = "https://w3id.org/jhakg/id/meeting/2017-11-28-lisbon"
    assert site.store.query(f"ASK {{ <{meeting}> <https://w3id.org/jhakg/ontology#timelinePosition> ?n }}")
    for iri in (AGENCY + "europol", meeting):
        predicates = {t.predicate.value for t in site.describe(iri)}
        assert predicates and not {p for p in predicates if p.endswith(("Count", "Position"))}, iri
