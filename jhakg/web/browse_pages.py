"""The pages that find things, from the catalogue: the home page (a search box, what
there is by kind and by year, the latest documents), search results, and browse pages with
facets (kind, year, agency, member state) and pagination. Each is a few indexed queries,
so it answers as fast at 10,000 documents as at 10, and its size is bounded by the page
length, not by the archive."""

from __future__ import annotations

import html
import math
import urllib.parse

from .catalogue import KINDS, PAGE, Catalogue, Entry
from .data import href
from .pages import page

HEADINGS = {kind: heading for kind, _, heading in KINDS}
FACETS = (("kind", "Kind"), ("year", "Year"), ("agency", "Agency"), ("state", "Member state"))


def _query(**params) -> str:
    """A query string of the parameters that have a value, escaped for an HTML attribute."""
    return html.escape("?" + urllib.parse.urlencode({k: v for k, v in params.items() if v not in (None, "")}))


def _entries(entries: list[Entry], base: str) -> str:
    items = []
    for e in entries:
        snippet = ""
        if e.snippet:
            marked = html.escape(e.snippet).replace("\x01", "<mark>").replace("\x02", "</mark>")
            snippet = f"<br><small>{marked}</small>"
        year = f" <small>({e.year})</small>" if e.year else ""
        items.append(f"<li><a href='{html.escape(href(e.iri, base))}'>{html.escape(e.label)}</a>{year} "
                     f"<small>· {html.escape(HEADINGS.get(e.kind, e.kind))}</small>{snippet}</li>")
    return f"<ol class='entries'>{''.join(items)}</ol>"


def _pager(total: int, current: int, link) -> str:
    pages = max(1, math.ceil(total / PAGE))
    if pages == 1:
        return ""
    parts = []
    if current > 1:
        parts.append(f"<a rel='prev' href='{link(current - 1)}'>← previous</a>")
    parts.append(f"page {current} of {pages}")
    if current < pages:
        parts.append(f"<a rel='next' href='{link(current + 1)}'>next →</a>")
    return f"<nav class='pager' aria-label='pages'>{' · '.join(parts)}</nav>"


def search_box(text: str = "") -> str:
    return ("<form role='search' action='/search' method='get'><label>Search labels and documents "
            f"<input type='search' name='q' value='{html.escape(text)}' size='40'></label> <button>Search</button></form>")


def render_home(catalogue: Catalogue) -> str:
    counts = catalogue.counts()
    kinds = "".join(f"<li><a href='/browse{_query(kind=kind)}'>{html.escape(heading)}</a> ({counts.get(kind, 0):,})</li>"
                    for kind, _, heading in KINDS)
    years = " ".join(f"<a href='/browse{_query(year=y)}'>{y}</a>&nbsp;({n:,})" for y, n in catalogue.years())
    links = ("<p><a href='/timeline'>timeline</a> · <a href='/queries'>canned queries</a> · <a href='/sparql'>SPARQL</a> · "
             "<a href='/void'>VoID</a> · <a href='/ontology'>ontology</a> · <a href='/shacl'>SHACL report</a></p>")
    latest = catalogue.latest("document")
    return page("EU Justice and Home Affairs knowledge graph",
                search_box() + links + f"<h2>Browse by kind</h2><ul>{kinds}</ul>"
                + (f"<h2>Browse by year</h2><p class='years'>{years}</p>" if years else "")
                + (f"<h2>Latest documents</h2>{_entries(latest, catalogue.base)}" if latest else ""))


def render_search(catalogue: Catalogue, text: str, kind: str | None, current: int) -> str:
    total, hits = catalogue.search(text, kind, current)
    what = f"{total:,} result{'s' if total != 1 else ''} for “{html.escape(text)}”" if text.strip() else "Type some words."
    kinds = " · ".join(f"<a href='/search{_query(q=text, kind=k)}'>{html.escape(HEADINGS[k])}</a>"
                       for k, _, _ in KINDS if k != kind)
    filter_note = (f"<p>Only {html.escape(HEADINGS.get(kind, kind))}. <a href='/search{_query(q=text)}'>All kinds</a> · "
                   f"{kinds}</p>") if kind else ""
    return page("Search", search_box(text) + f"<p role='status'>{what}</p>" + filter_note
                + _entries(hits, catalogue.base)
                + _pager(total, current, lambda n: "/search" + _query(q=text, kind=kind, page=n)))


def render_browse(catalogue: Catalogue, kind: str | None, year: int | None, agency: str | None, state: str | None,
                  current: int) -> str:
    filters = {"kind": kind, "year": year, "agency": agency, "state": state}
    total, entries = catalogue.browse(kind, year, agency, state, current)
    facets = catalogue.facets(kind, year, agency, state)

    def label(name: str, value) -> str:
        if name == "kind":
            return HEADINGS.get(value, value)
        return catalogue.label_of(value) if name in ("agency", "state") else str(value)

    chosen = [f"{title}: {html.escape(label(name, filters[name]))} "
              f"<a href='/browse{_query(**{**filters, name: None})}' aria-label='remove'>×</a>"
              for name, title in FACETS if filters[name] not in (None, "")]
    sections = []
    for name, title in FACETS:
        if filters[name] not in (None, ""):
            continue
        values = facets.get(name, [])
        if not values:
            continue
        items = "".join(f"<li><a href='/browse{_query(**{**filters, name: value})}'>{html.escape(label(name, value))}"
                        f"</a> ({n:,})</li>" for value, _, n in values)
        sections.append(f"<details open><summary>{title}</summary><ul>{items}</ul></details>")
    heading = f"{total:,} {'entry' if total == 1 else 'entries'}" + (f" — {'; '.join(chosen)}" if chosen else "")
    return page("Browse", search_box() + f"<p role='status'>{heading}</p><div class='browse'>"
                f"<aside class='facets'>{''.join(sections)}</aside><section>{_entries(entries, catalogue.base)}"
                + _pager(total, current, lambda n: "/browse" + _query(**filters, page=n)) + "</section></div>")
