"""What the endpoint lets a SPARQL query be and do.

``problem``, checked by the server before any parser sees the query: its length, and how
deeply its groups ``{ }``, parentheses and brackets nest. pyoxigraph's parser recurses
once per level and overflows its stack (the process dies with a segmentation fault) at a
few thousand levels; no query a person writes comes near ``MAX_DEPTH``.

``refusal``, the read-only policy, checked on the query's parse tree (rdflib's SPARQL 1.1
parser, in the worker process that then evaluates the query): an update (``INSERT``,
``LOAD``, ``DROP``, ...) is no query; a ``SERVICE`` pattern, which pyoxigraph would
evaluate by calling the IRI, is refused; ``FROM`` / ``FROM NAMED`` (prefixed names and
``BASE`` resolved) may only name the dataset's own graphs. Strings, comments and
variables that happen to spell a keyword are what they are in the tree: no keyword."""

from __future__ import annotations

import re
import urllib.parse

MAX_CHARS = 100_000
MAX_DEPTH = 64
OPEN, CLOSE = "{([", "})]"
# what may contain brackets or words without their meaning: strings (long forms first),
# IRIs, comments; matched as whole tokens from left to right (a '#' in an IRI starts no comment)
_STRING = (r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
           r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRI = r'<[^<>"{}|^`\\\s]*>'
_COMMENT = r"#[^\n]*"
_SKIP = re.compile(f"{_STRING}|{_IRI}|{_COMMENT}")


def depth(text: str) -> int:
    """The deepest nesting of brackets, outside strings, IRIs and comments."""
    deepest = level = 0
    for chunk in _SKIP.split(text):
        for ch in chunk:
            if ch in OPEN:
                level += 1
                deepest = max(deepest, level)
            elif ch in CLOSE:
                level = max(0, level - 1)
    return deepest


def problem(text: str) -> tuple[int, str] | None:
    """(HTTP status, reason) when the query is over a limit; None when it may be parsed."""
    if len(text) > MAX_CHARS:
        return 413, f"the query is {len(text):,} characters long; the limit is {MAX_CHARS:,}"
    nesting = depth(text)
    if nesting > MAX_DEPTH:
        return 400, f"the query nests {nesting} levels of brackets deep; the limit is {MAX_DEPTH}"
    return None


def parser():
    """rdflib's SPARQL 1.1 parser module (loaded on first use: it takes a while)."""
    from rdflib.plugins.sparql import parser as sparql_parser

    return sparql_parser


def _names(node, found: set[str]) -> set[str]:
    """The names of every part of a parse tree."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        found.add(node.name)
        for value in node.values():
            _names(value, found)
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for value in node:
            _names(value, found)
    return found


def _iri(term, prefixes: dict[str, str], base_decl: str | None) -> str:
    """A dataset clause's graph as a full IRI: prefixed names and relative IRIs resolved."""
    if getattr(term, "name", None) == "pname":
        return prefixes.get(term["prefix"] if "prefix" in term else "", "") + (
            term["localname"] if "localname" in term else "")
    iri = str(term)
    return urllib.parse.urljoin(base_decl, iri) if base_decl else iri


def refusal(text: str, base: str) -> str | None:
    """Why the query is refused by the read-only policy, or None."""
    sparql = parser()
    try:
        prologue, query = sparql.parseQuery(text)
    except Exception as error:  # pyparsing's ParseException, or what a broken query makes of the parser
        try:  # an update is no query either, but it deserves its own answer
            kinds = sorted({r.name for r in sparql.parseUpdate(text).request or []})
        except Exception:
            kinds = []
        if not kinds:  # the empty text parses as an update of nothing
            return f"not a SPARQL 1.1 query: {error}"
        return f"read-only endpoint: updates are refused ({', '.join(kinds)})"
    if "ServiceGraphPattern" in _names(query, set()):
        return "read-only endpoint: SERVICE is refused (the endpoint calls no other service)"
    prefixes = {d["prefix"] if "prefix" in d else "": str(d["iri"]) for d in prologue if d.name == "PrefixDecl"}
    bases = [str(d["iri"]) for d in prologue if d.name == "Base"]
    for clause in query["datasetClause"] if "datasetClause" in query else []:  # CompValue.get answers its key
        graph = _iri(clause["default"] if "default" in clause else clause["named"], prefixes,
                     bases[-1] if bases else None)
        if not graph.startswith(base):
            return f"FROM names <{graph}>: only the dataset's own graphs, IRIs under <{base}>"
    return None
