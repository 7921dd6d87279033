"""A real browser (headless Chromium from Debian, driven by Selenium through Debian's
chromedriver) opens the pages a person would: no console error, no broken link.
Screenshots are kept in tests/artefacts/."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import serving

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTEFACTS = Path(__file__).parent / "artefacts"
PAGES = {
    "home": "/",
    "search": "/search?q=europol",
    "browse": "/browse?kind=meeting",
    "agency": "/id/agency/europol",
    "meeting": "/id/meeting/2017-11-28-lisbon",
    "member state": "/id/country/be",
    "network presidency": "/id/presidency/network/2017-euda",
    "council presidency": "/id/presidency/council/2024-h1",
    "system": "/id/system/sis",
    "person": "/id/person/ylva-johansson",
    "priority": "/id/priority/migration",
    "topic": "/id/topic/use-of-the-internet",
    "document": "/id/document/002_7658506f877b54af",
    "timeline": "/timeline",
    "queries": "/queries",
    "query": "/queries/chairs-by-year?format=html",
    "sparql": "/sparql",
    "void": "/void",
    "ontology": "/ontology",
    "shacl": "/shacl",
}


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail("Chromium is not installed (Debian packages chromium and chromium-driver; `make test` installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1200,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(dist):
    with serving(dist) as base:
        yield base


WIDTHS = {"desktop": (1200, 900), "phone": (390, 844)}


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(PAGES))
def test_page_in_a_real_browser(name, width, browser, site):
    """At desktop and phone width: no console error, nothing wider than the window (a
    table or the timeline scrolls or scales within it), no broken link; a screenshot of
    each is kept."""
    from selenium.webdriver.common.by import By

    browser.set_window_size(*WIDTHS[width])
    browser.get(site + PAGES[name])
    assert "jhakg" in browser.title
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    ARTEFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTEFACTS / f"{name}-{width}.png"))
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{PAGES[name]} is {overflow} px wider than a {width} window"
    links = {a.get_attribute("href") for a in browser.find_elements(By.TAG_NAME, "a")}
    for href in sorted(h for h in links if h and h.startswith(site)):
        try:
            with urllib.request.urlopen(href.split("#")[0], timeout=30) as response:
                assert response.status < 400, href
        except urllib.error.HTTPError as exc:
            pytest.fail(f"broken link on {PAGES[name]}: {href} ({exc.code})")
    if name == "document":
        assert len(browser.find_elements(By.TAG_NAME, "mark")) >= 5
    if name == "timeline":
        assert browser.find_elements(By.TAG_NAME, "svg")


@pytest.fixture(scope="module")
def archive_site(tmp_path_factory):
    """`jhakg serve` on a build of the bench's synthetic 1,000-release archive."""
    import importlib.util

    from jhakg.pipeline import build

    spec = importlib.util.spec_from_file_location("archive", Path(__file__).parent.parent / "bench" / "archive.py")
    archive = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(archive)
    root = tmp_path_factory.mktemp("archive")
    archive.make_archive(root / "docs", 1000)
    build(root / "docs", root / "dist", reasoner="rules", dumps=("trig",))
    with serving(root / "dist") as base:
        yield base


@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_reader_walks_from_home_to_the_quoting_document_and_back(width, browser, archive_site):
    """On a 1,000-release build, at desktop and phone width: the home page's search box
    finds an agency, its page lists the years it chaired the network, a year's page quotes
    its source, the quote's link lands on the highlighted words in the document; the back
    button retraces every step. No page is wider than the window."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    def arrive(fragment: str) -> None:
        """A click, a submit or the back button starts a navigation and returns before the
        next page is there: wait (20 s at most) for the address to show it."""
        WebDriverWait(browser, 20).until(expected_conditions.url_contains(fragment), f"no page at {fragment}")
        WebDriverWait(browser, 20).until(lambda b: b.execute_script("return document.readyState") == "complete")

    def step(name: str) -> None:
        assert "jhakg" in browser.title
        assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 1, name
        assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"], name
        browser.save_screenshot(str(ARTEFACTS / f"walk-{width}-{name}.png"))

    ARTEFACTS.mkdir(exist_ok=True)
    browser.set_window_size(*WIDTHS[width])
    browser.get(archive_site + "/")
    step("home")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("eu-LISA")
    box.submit()
    arrive("/search?q=eu-LISA")
    step("search")
    browser.find_element(By.CSS_SELECTOR, "ol.entries li a").click()  # labels rank first: the agency
    arrive("/agency/eu-lisa")  # the thing's IRI answers 303 to its page
    step("agency")
    heading = browser.find_element(By.XPATH, "//h2[text()=\"Chair of the JHA Agencies' Network\"]")
    year = heading.find_element(By.XPATH, "following-sibling::ul[1]/li/a")
    label = year.text
    year.click()
    arrive("/presidency/network/")
    step("presidency")
    quote = browser.find_element(By.XPATH, "//h2[text()='Evidence']/following-sibling::ul[1]/li")
    words = quote.text.split("”")[0].strip("“")
    quote.find_element(By.TAG_NAME, "a").click()
    arrive("#at-")
    assert "/document/" in browser.current_url
    step("document")
    anchor = browser.current_url.split("#")[1]
    marked = browser.find_element(By.ID, anchor)
    assert marked.find_element(By.TAG_NAME, "mark").text == words  # the link lands on the words quoted
    for expected in ("/presidency/network/", "/agency/eu-lisa", "/search?q=eu-LISA"):
        browser.back()
        arrive(expected)
    assert label in browser.page_source or "/search" in browser.current_url


def test_the_sparql_page_is_yasgui_served_from_the_package_with_the_canned_queries(browser, site):
    """YASGUI, from the package (nothing from elsewhere: the page's policy would refuse it
    and log an error), on this endpoint, the canned queries as its tabs; running a query
    shows its rows."""
    import time

    from selenium.webdriver.common.by import By

    from jhakg.web import assets

    if not assets.present():
        pytest.fail("YASGUI is not installed (`python -m jhakg.web.assets`; `make setup` runs it)")
    browser.set_window_size(*WIDTHS["desktop"])
    browser.get(site + "/sparql")
    tabs = browser.find_element(By.ID, "yasgui").text
    assert "Chairs of the JHA Agencies' Network by year" in tabs and "Information systems" in tabs
    assert not browser.find_element(By.ID, "sparql-form").is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    deadline = time.monotonic() + 20
    while not browser.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr")) == 10  # the example's LIMIT 10
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    browser.save_screenshot(str(ARTEFACTS / "sparql-yasgui.png"))
