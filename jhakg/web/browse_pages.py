"""The pages that find things, from the catalogue: the home page (a search box, what
there is by kind and by year, the latest documents), search results, and browse pages with
facets (kind, year, agency, member state) and pagination. Each is a few indexed queries,
so it answers as fast at 10,000 documents as at 10, and its size is bounded by the page
length, not by the archive. The templates home.html, search.html and browse.html write
them."""

from __future__ import annotations

import math
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from .catalogue import KINDS, PAGE, Catalogue, Entry
from .data import href
from .templating import Link, render

HEADINGS = {kind: heading for kind, _, heading in KINDS}
FACETS = (("kind", "Kind"), ("year", "Year"), ("agency", "Agency"), ("state", "Member state"))


@dataclass(frozen=True)
class Listed:
    """An entity in a list: its page, label, year and kind (the heading of its kind); for a
    search hit, the words around the match as (text, matched) parts."""

    href: str
    label: str
    year: int | None
    heading: str
    snippet: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True)
class Counted:
    """A value of a facet: the link that chooses it, its label, how many entities have it."""

    href: str
    label: str
    count: int


@dataclass(frozen=True)
class Pager:
    """Where a long list is: page ``current`` of ``count``, and the links to the pages
    before and after it (None at either end)."""

    current: int
    count: int
    previous: str | None
    next: str | None


def _query(**params) -> str:
    """A query string of the parameters that have a value."""
    return "?" + urllib.parse.urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _snippet(text: str) -> tuple[tuple[str, bool], ...]:
    """A search snippet's parts, each with whether it matched (the catalogue marks a match
    with \\x01 before it and \\x02 after it)."""
    parts, matched = [], False
    for part in re.split("([\x01\x02])", text):
        if part in ("\x01", "\x02"):
            matched = part == "\x01"
        elif part:
            parts.append((part, matched))
    return tuple(parts)


def _listed(entries: list[Entry], base: str) -> list[Listed]:
    return [Listed(href(e.iri, base), e.label, e.year, HEADINGS.get(e.kind, e.kind), _snippet(e.snippet))
            for e in entries]


def _pager(total: int, current: int, link: Callable[[int], str]) -> Pager | None:
    pages = max(1, math.ceil(total / PAGE))
    if pages == 1:
        return None
    return Pager(current, pages, link(current - 1) if current > 1 else None,
                 link(current + 1) if current < pages else None)


def render_home(catalogue: Catalogue) -> str:
    counts = catalogue.counts()
    return render("home.html",
                  kinds=[Counted("/browse" + _query(kind=kind), heading, counts.get(kind, 0)) for kind, _, heading in KINDS],
                  years=[Counted("/browse" + _query(year=y), str(y), n) for y, n in catalogue.years()],
                  latest=_listed(catalogue.latest("document"), catalogue.base))


def render_search(catalogue: Catalogue, text: str, kind: str | None, current: int) -> str:
    total, hits = catalogue.search(text, kind, current)
    return render("search.html", text=text, total=total, only=HEADINGS.get(kind, kind) if kind else None,
                  all_kinds="/search" + _query(q=text),
                  other_kinds=[Link(HEADINGS[k], "/search" + _query(q=text, kind=k)) for k, _, _ in KINDS if k != kind],
                  hits=_listed(hits, catalogue.base),
                  pages=_pager(total, current, lambda n: "/search" + _query(q=text, kind=kind, page=n)))


def render_browse(catalogue: Catalogue, kind: str | None, year: int | None, agency: str | None, state: str | None,
                  current: int) -> str:
    filters = {"kind": kind, "year": year, "agency": agency, "state": state}
    total, entries = catalogue.browse(kind, year, agency, state, current)
    facets = catalogue.facets(kind, year, agency, state)

    def label(name: str, value) -> str:
        if name == "kind":
            return HEADINGS.get(value, value)
        return catalogue.label_of(value) if name in ("agency", "state") else str(value)

    chosen = [(title, label(name, filters[name]), "/browse" + _query(**{**filters, name: None}))
              for name, title in FACETS if filters[name] not in (None, "")]
    open_facets = [(title, [Counted("/browse" + _query(**{**filters, name: value}), label(name, value), n)
                            for value, _, n in facets[name]])
                   for name, title in FACETS if filters[name] in (None, "") and facets.get(name)]
    return render("browse.html", total=total, chosen=chosen, facets=open_facets,
                  listed=_listed(entries, catalogue.base),
                  pages=_pager(total, current, lambda n: "/browse" + _query(**filters, page=n)))
