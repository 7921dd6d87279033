"""Main text of a saved web page: block-level text outside navigation, headers, footers,
forms, scripts and cookie banners, one block per line."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
         "svg", "template", "iframe", "select", "menu", "dialog"}
_BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4",
          "h5", "h6", "br", "tr", "table", "blockquote", "dd", "dt", "figcaption", "pre", "hr"}
_FURNITURE_HINT = re.compile(r"cookie|consent|banner|breadcrumb|navbar|menu|footer|header|"
                             r"share|social|skip|sidebar", re.IGNORECASE)
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "track", "wbr"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # True where the element is skipped
        self.lines: list[str] = []
        self.current: list[str] = []
        self.title = ""
        self._in_title = False

    def _skipping(self) -> bool:
        return any(self.stack)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        hint = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role", "aria-label"))
        skip = tag in _SKIP or bool(hint and _FURNITURE_HINT.search(hint))
        if tag in ("main", "article"):
            skip = False
        self.stack.append(skip)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        if tag in _BLOCK:
            self._flush()
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skipping():
            self.current.append(data)


def html_main_text(path: Path, html: str) -> str:
    parser = _Extractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything here is a broken file
        raise InputError(path, f"is not parseable HTML ({exc})") from exc
    parser._flush()
    if not parser.lines:
        raise InputError(path, "has no main text (only navigation or markup)")
    return "\n\n".join(parser.lines)
