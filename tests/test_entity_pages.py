"""Each kind of entity's page answers the reader's questions first, each fact with its
quote and a link to the place in the quoting document, and keeps the full property table
below: on the real server (`jhakg serve`), over a build of the seeds and two releases
written for these tests (a Council meeting that discussed a system, who operates the Visa
Information System, a second chair of the network for 2024, a presidency's priority)."""

from __future__ import annotations

import html
import re
import shutil

import pytest

from .conftest import SEEDS, serving
from .test_serve import get

ID = "https://w3id.org/jhakg/id/"
# the releases written for these tests; what they say, the pages below must show
RELEASES = {
    "zz_council_2024.txt": "Brussels, 4 March 2024\n\n"
    "Home affairs ministers discussed the Schengen Information System at the Justice and Home Affairs Council in "
    "Brussels on 12 March 2024, chaired by Annelies Verlinden, Belgian Minister of the Interior.\n\n"
    "The Visa Information System is now used by all consulates. The system is operated by eu-LISA from "
    "Strasbourg.\n\n"
    "Frontex chairs the JHA agencies' network in 2024.\n",
    "zz_frontex_2024.txt": "Warsaw, 6 May 2024\n\n"
    "Frontex, which manages the Visa Information System for this test, met the member states.\n\n"
    "Drug trafficking remains a priority of the Belgian presidency, ministers recalled.\n",
}
COUNCIL_DOC, FRONTEX_DOC = "/id/document/zz_council_2024", "/id/document/zz_frontex_2024"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from jhakg.pipeline import build

    root = tmp_path_factory.mktemp("entities")
    shutil.copytree(SEEDS, root / "docs")
    for name, text in RELEASES.items():
        (root / "docs" / name).write_text(text, encoding="utf-8")
    build(root / "docs", root / "dist")
    return root / "dist"


@pytest.fixture(scope="module")
def texts(built):
    """Each document's stored text, by its path on the site."""
    from jhakg.query.local_store import open_store

    rows = open_store(built).query("SELECT ?d ?t WHERE { ?d <http://schema.org/text> ?t }")
    return {r["d"].value[len(ID) - 4:]: r["t"].value for r in rows}


@pytest.fixture(scope="module")
def server(built):
    with serving(built) as base:
        yield base


def page(server: str, path: str) -> str:
    status, _, body = get(server + path, "text/html")
    assert status == 200, path
    return body.decode()


def section(text: str, heading: str) -> str:
    """What a page shows under a heading (up to the next one); the heading must come
    before the property table."""
    start = text.index(f"<h2>{heading}")
    assert start < text.index("<h2>All its properties</h2>"), heading
    end = text.find("<h2>", start + 4)
    return text[start:end if end > 0 else len(text)]


def summary(text: str) -> dict[str, str]:
    """The "In brief" rows: what, and the values as the page writes them."""
    return dict(re.findall(r"<dt>([^<]+)</dt><dd>(.*?)</dd>", section(text, "In brief")))


def item(part: str, href: str) -> str:
    """The entry of a list that links to ``href`` first, with its quotes (one line)."""
    start = part.index(f'<li><a href="{href}">')
    return part[start:part.index("</li>\n", start)]


def quoted(part: str, words: str, document: str | None, texts: dict[str, str]) -> None:
    """``part`` quotes ``words`` and links the quote to the place in ``document`` (None:
    any document) where its words are."""
    for exact, where, at in re.findall(r"“([^”]*)” — <a href='([^'#]+)#at-(\d+)'>", part):
        exact = html.unescape(exact)
        if words in exact and where == (document or where):
            assert texts[where][int(at):].startswith(exact)
            return
    pytest.fail(f"no quote holding {words!r} linked to {document} in {part[:300]}")


def test_a_meeting_page_says_when_where_who_and_under_which_presidency(server, texts):
    text = page(server, "/id/meeting/2024-03-12-brussels")
    facts = summary(text)
    assert facts["When"] == "2024-03-12" and facts["Kind"] == "Justice and Home Affairs Council"
    assert facts["Where"] == '<a href="/id/place/brussels">Brussels</a>'
    assert facts["Chaired by"] == '<a href="/id/person/annelies-verlinden">Annelies Verlinden</a>'
    assert 'href="/id/presidency/council/2024-h1"' in facts["Held under"]
    assert facts["Topics"] == '<a href="/id/system/sis">Schengen Information System</a>'
    reports = section(text, "Reported in 1 document")
    assert f'<a href="{COUNCIL_DOC}">' in reports and "(2024-03-04)" in reports
    quoted(reports, "discussed the Schengen Information System", COUNCIL_DOC, texts)
    # who hosted and who took part, on a meeting of the seeds
    facts = summary(page(server, "/id/meeting/2017-11-28-lisbon"))
    assert facts["When"] == "2017-11-28" and 'href="/id/agency/euda"' in facts["Hosted by"]
    assert all(f'href="/id/{who}"' in facts["Participants"]
               for who in ("agency/europol", "agency/euda", "person/dimitris-avramopoulos"))


def test_a_network_presidency_page_gives_its_sources_its_neighbours_and_its_rivals(server, texts):
    text = page(server, "/id/presidency/network/2024-eu-lisa")
    facts = summary(text)
    assert 'href="/id/agency/eu-lisa"' in facts["Chair"] and facts["Year"] == "2024"
    quoted(section(text, "Stated in 1 document"), "chaired by eu-LISA throughout 2024",
           "/id/document/002_7658506f877b54af", texts)
    rivals = section(text, "Other chairs the documents give for 2024")  # a conflict, shown as one
    assert '<a href="/id/presidency/network/2024-frontex">Frontex</a>' in rivals
    quoted(rivals, "Frontex chairs the JHA agencies' network in 2024.", COUNCIL_DOC, texts)
    around = section(page(server, "/id/presidency/network/2017-euda"), "The years around it")
    assert 'after: <a href="/id/presidency/network/2018-eige">EIGE (2018)</a>' in around and "before" not in around
    around = section(page(server, "/id/presidency/network/2018-eige"), "The years around it")
    assert 'before: <a href="/id/presidency/network/2017-euda">' in around and "after" not in around
    assert "Other chairs" not in page(server, "/id/presidency/network/2018-eige")


def test_a_council_presidency_page_gives_its_term_priorities_meetings_and_sources(server, texts):
    text = page(server, "/id/presidency/council/2024-h1")
    facts = summary(text)
    assert facts["Member state"] == '<a href="/id/country/be">Belgium</a>'
    assert facts["Term"] == "2024-01-01 – 2024-06-30"
    drugs = item(section(text, "Its priorities"), "/id/priority/drug-trafficking")
    # each document that gives the priority, by the sentence that calls it one
    quoted(drugs, "a priority of the Belgian presidency", "/id/document/003_f1c762c581d28226", texts)
    quoted(drugs, "Drug trafficking remains a priority of the Belgian presidency", FRONTEX_DOC, texts)
    assert "“Belgian presidency”" not in drugs
    meetings = section(text, "Meetings held under it")
    assert 'href="/id/meeting/2024-03-12-brussels"' in meetings and 'href="/id/meeting/2024-03-04-brussels"' in meetings
    named = section(text, "Named in 3 documents")
    assert named.index(FRONTEX_DOC) < named.index(COUNCIL_DOC)  # the latest first
    quoted(named, "Belgian presidency", FRONTEX_DOC, texts)


def test_a_system_page_says_who_operates_it_each_by_its_own_sources(server, texts):
    operators = section(page(server, "/id/system/vis"), "Operated by")
    eu_lisa, frontex = item(operators, "/id/agency/eu-lisa"), item(operators, "/id/agency/frontex")
    assert "(the reference data says so)" in eu_lisa
    quoted(eu_lisa, "The system is operated by eu-LISA", COUNCIL_DOC, texts)
    quoted(frontex, "Frontex, which manages the Visa Information System", FRONTEX_DOC, texts)
    assert FRONTEX_DOC not in eu_lisa and COUNCIL_DOC not in frontex and "reference data" not in frontex
    text = page(server, "/id/system/sis")
    assert 'href="/id/meeting/2024-03-12-brussels"' in section(text, "Meetings that discussed it")
    assert section(text, "Operated by") and section(text, "Mentioned in")


def test_a_person_page_gives_their_posts_with_quotes_and_their_meetings(server, texts):
    text = page(server, "/id/person/annelies-verlinden")
    posts = section(text, "Posts")
    assert 'href="/id/mandate/annelies-verlinden-minister-of-the-interior-be"' in posts
    assert '<a href="/id/country/be">Belgium</a>' in posts and "2024-03-04" in posts
    quoted(posts, "Minister of the Interior", None, texts)
    meetings = section(text, "Meetings")
    assert re.search(r'href="/id/meeting/2024-03-12-brussels">[^<]+</a> <small>\(chaired\)</small>', meetings)


def test_a_priority_page_gives_who_put_it_forward_with_quotes(server, texts):
    text = page(server, "/id/priority/drug-trafficking")
    presidencies = section(text, "Presidencies that made it a priority")
    assert 'href="/id/presidency/council/2024-h1"' in presidencies
    quoted(presidencies, "a priority of the Belgian presidency", FRONTEX_DOC, texts)
    documents = section(text, "Put forward in")
    quoted(documents, "Drug trafficking", FRONTEX_DOC, texts)
    assert 'href="/id/topic/drug-trafficking"' in section(text, "In the documents' words")
    topic = page(server, "/id/topic/drug-trafficking")
    assert 'href="/id/priority/drug-trafficking"' in section(topic, "Priorities it names")
    quoted(section(topic, "Put forward in 1 document"), "Drug trafficking", FRONTEX_DOC, texts)


def test_a_list_cut_short_links_to_all_of_it(server, built, monkeypatch):
    """A list longer than the page shows says how many there are and links to the query
    that lists them all; the endpoint answers it with every one."""
    from jhakg.web import entity_pages
    from jhakg.web.data import Site
    from jhakg.web.pages import render_resource

    monkeypatch.setattr(entity_pages, "SHOWN", 1)
    site = Site(built)
    iri = ID + "presidency/council/2024-h1"
    text = render_resource(site, iri, site.describe(iri))
    for heading in ("Named in 3 documents", "Meetings held under it"):
        part = section(text, heading)
        found = re.search(r"1 of (\d+) · <a href='(/sparql\?query=[^']+)'>all of them</a>", part)
        assert found, heading
        answer = page(server, html.unescape(found.group(2)))
        listed = set(re.findall(r"<td><a href='(/id/(?:document|meeting)/[^']+)'>", answer))
        shown = set(re.findall(r'<li><a href="(/id/[^"]+)">', part))
        assert len(listed) == int(found.group(1)) > 1 and len(shown) == 1 and shown < listed, heading
