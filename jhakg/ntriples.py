"""RDF terms written as N-Triples: IRIs and literals, escaped as the syntax requires, so
that the lines can be concatenated, sorted and parsed back without a library in between."""

from __future__ import annotations

import datetime as dt
import re

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# what an IRIREF may not hold unescaped (N-Triples 1.1): controls, space and <>"{}|^`\
_IRI_FORBIDDEN = {c for c in range(0x21)} | {ord(c) for c in '<>"{}|^`\\'}
# canonical N-Triples, as pyoxigraph writes it: the same term is always the same string
_LITERAL_ESCAPES = {
    **{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)},
    "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# the characters to escape, found by one search (a document's text has a few in thousands)
_TO_ESCAPE = re.compile("[" + re.escape("".join(sorted(_LITERAL_ESCAPES))) + "]")


_IRI_FORBIDDEN_RE = re.compile("[" + re.escape("".join(chr(c) for c in sorted(_IRI_FORBIDDEN))) + "]")


def iri(value: str) -> str:
    """``<value>``, with any character an IRI may not hold percent-encoded."""
    if _IRI_FORBIDDEN_RE.search(value):
        value = "".join("".join(f"%{b:02X}" for b in c.encode("utf-8")) if ord(c) in _IRI_FORBIDDEN else c
                        for c in value)
    return f"<{value}>"


def literal(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    """A literal: plain, with a language tag, or typed (an xsd:string is written plain)."""
    if _TO_ESCAPE.search(value):
        value = _TO_ESCAPE.sub(_escape, value)
    text = f'"{value}"'
    if lang:
        return f"{text}@{lang.lower()}"
    if datatype and datatype != XSD + "string":
        return f"{text}^^<{datatype}>"
    return text


def _escape(m: re.Match[str]) -> str:
    return _LITERAL_ESCAPES[m.group()]


def date(value: dt.date) -> str:
    return literal(value.isoformat(), XSD + "date")


def integer(value: int, datatype: str = "integer") -> str:
    return literal(str(int(value)), XSD + datatype)


def decimal(value: float, places: int = 2) -> str:
    return literal(f"{value:.{places}f}", XSD + "decimal")


def year(value: int) -> str:
    return literal(f"{int(value):04d}", XSD + "gYear")


def partial_date(iso: str, precision: str) -> str:
    """A date of day, month or year precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return literal(iso, XSD + {"day": "date", "month": "gYearMonth", "year": "gYear"}[precision])


def triple(s: str, p: str, o: str) -> str:
    return f"{s} {p} {o} ."
