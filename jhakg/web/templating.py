"""The site's pages from Jinja2 templates (``templates/``): one environment, every page a
template that extends ``base.html`` (the layout; ``static/site.css`` is the one
stylesheet), the pieces pages share in ``macros.html``. Autoescaping is on: the page
modules hand the templates data (records like :class:`Link`), never HTML, and whatever the
data says is written as text."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = Path(__file__).parent / "static" / "site.css"


@dataclass(frozen=True)
class Link:
    """A term as a page shows it: ``text`` linked to ``href``, or plain text when ``href``
    is None (a literal); ``external`` marks a link to other people's data.

    >>> Link("Europol", "/id/agency/europol")
    Link(text='Europol', href='/id/agency/europol', external=False)
    """

    text: str
    href: str | None = None
    external: bool = False


@functools.cache
def environment() -> jinja2.Environment:
    """The one environment: HTML autoescaping, an undefined name is an error (a misspelt
    field fails loudly instead of printing nothing), ``|number`` writes 1,234."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = "{:,}".format
    return env


def render(template: str, **context) -> str:
    """The page ``template`` (a file in templates/) made from ``context``."""
    return environment().get_template(template).render(**context)
