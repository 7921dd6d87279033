"""Canned SPARQL queries (``queries/*.rq``): their metadata headers, typed parameters,
and running them on the local build (pyoxigraph) or any SPARQL 1.1 endpoint
(SPARQLWrapper). Parameters are bound as RDF terms, never pasted into query text: a
``VALUES`` block built from validated, N3-escaped terms at the start of the outer WHERE
group, the same locally and remotely (pyoxigraph's ``substitutions`` only bind
projected variables).

Header format, one ``#+ key: value`` line each, before the query::

    #+ title: Chairs of the JHA Agencies' Network by year
    #+ description: Which agency held the network's presidency in which year, with sources.
    #+ param: agency | agency | | only this agency (acronym, name or IRI)
    #+ param: document | document | required | the document (the default column: a value, empty, or 'required')
    #+ tags: network, presidency
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import ConfigError, EndpointError, UsageError
from ..namespaces import DEFAULT
from ..reference.files import queries_dir
from .local_store import open_store

HEADER_KEYS = {"title", "description", "param", "tags", "page"}
PAGING = ("limit", "offset")  # integer parameters that set the query's LIMIT and OFFSET clauses
MAX_PAGE = 100_000
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_PAGING_CLAUSE = {"limit": re.compile(r"(?i)\bLIMIT\s+\d+"), "offset": re.compile(r"(?i)\bOFFSET\s+\d+")}
PARAM_TYPES = {"iri", "string", "integer", "year", "date", "agency", "document"}
PREFIXES = """PREFIX jha: <https://w3id.org/jhakg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    description: str
    required: bool = False  # written 'required' in the default's place


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    tags: tuple[str, ...]
    text: str
    path: Path
    page: str | None = None  # the variable a paging subquery selects (``#+ page: meeting``)
    page_query: str | None = None  # that subquery as a query of its own (with the query's prologue)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise UsageError(self.name, f"unknown parameter {name!r}; known: {known}")


def parse_query_file(path: Path) -> StoredQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot be read ({exc})") from exc
    meta: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#+"):
            continue
        m = re.match(r"#\+\s*([\w-]+)\s*:\s*(.*)$", line)
        if not m:
            raise ConfigError(path, f"line {n}: header lines read '#+ key: value'")
        key = m.group(1)
        if key not in HEADER_KEYS:
            raise ConfigError(path, f"line {n}: unknown header key {key!r}; known: {', '.join(sorted(HEADER_KEYS))}")
        meta.setdefault(key, []).append(m.group(2).strip())
    for key in ("title", "description"):
        if key not in meta:
            raise ConfigError(path, f"missing header '#+ {key}:'")
    params = []
    for raw in meta.get("param", []):
        fields = [f.strip() for f in raw.split("|")]
        if len(fields) != 4:
            raise ConfigError(path, f"param {raw!r} must read 'name | type | default | description'")
        name, ptype, default, description = fields
        if ptype not in PARAM_TYPES:
            raise ConfigError(path, f"param {name!r} has unknown type {ptype!r}; known: {', '.join(sorted(PARAM_TYPES))}")
        if name in PAGING:
            if ptype != "integer" or not _PAGING_CLAUSE[name].search(text):
                raise ConfigError(path, f"param {name!r} needs type integer and a {name.upper()} clause to set")
        elif not re.fullmatch(r"[A-Za-z_]\w*", name) or not re.search(rf"\?{name}\b", text):
            raise ConfigError(path, f"param {name!r} is not a variable of the query")
        required = default == "required"
        params.append(Param(name, ptype, None if required else default or None, description, required))
    try:
        ox.Store().query(text)
    except SyntaxError as exc:
        raise ConfigError(path, f"is not valid SPARQL ({str(exc).splitlines()[0]})") from exc
    page = meta.get("page", [None])[0]
    page_query = _page_query(text, page) if page is not None else None
    if page is not None and page_query is None:
        raise ConfigError(path, f"page {page!r} names no subquery '{{ SELECT ?{page} … LIMIT … }}' of the query")
    return StoredQuery(path.stem, meta["title"][0], meta["description"][0], tuple(params),
                       tuple(t.strip() for t in ",".join(meta.get("tags", [])).split(",") if t.strip()),
                       text, path, page, page_query)


def _page_query(text: str, variable: str) -> str | None:
    """The innermost subquery ``{ SELECT ?variable … LIMIT n }`` (one that holds no other)
    as a query of its own, with the query's prologue."""
    for m in re.finditer(rf"(?i)\{{\s*SELECT\s[^{{}}]*\?{re.escape(variable)}\b", text):
        depth = 0
        for i in range(m.start(), len(text)):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if depth == 0:
                body = text[m.start() + 1:i]
                break
        else:
            return None
        if _PAGING_CLAUSE["limit"].search(body) and not re.search(r"(?i)\bSELECT\b", body[body.upper().index("SELECT") + 6:]):
            prologue = text[:re.search(r"(?im)^\s*SELECT\b", text).start()]
            return prologue + body
    return None


def load_queries(folder: Path | None = None) -> dict[str, StoredQuery]:
    folder = folder or queries_dir()
    return {q.name: q for q in (parse_query_file(p) for p in sorted(folder.glob("*.rq")))}


def get_query(name: str, queries: dict[str, StoredQuery] | None = None) -> StoredQuery:
    queries = queries if queries is not None else load_queries()
    if name not in queries:
        raise UsageError(name, f"unknown query; known: {', '.join(sorted(queries))}")
    return queries[name]


# ----------------------------------------------------------------------------- terms

_LOOKUP = {
    "agency": """SELECT DISTINCT ?x WHERE { ?x a jha:Agency .
        { ?x skos:notation ?n } UNION { ?x skos:altLabel ?n } UNION { ?x skos:prefLabel ?n }
        UNION { ?x jha:hasName/jha:acronym ?n }
        FILTER (LCASE(STR(?n)) = LCASE(STR(?v))) }""",
    "document": """SELECT DISTINCT ?x WHERE { ?x jha:fileName ?n .
        FILTER (STR(?n) = STR(?v) || STRBEFORE(STR(?n), ".") = STR(?v)) }""",
}


def to_term(query: StoredQuery, param: Param, value: str, resolve=None) -> ox.NamedNode | ox.Literal:
    """A typed RDF term for a parameter value; a bad value is a UsageError with the reason."""

    def bad(why: str) -> UsageError:
        return UsageError(query.name, f"parameter {param.name}={value!r}: {why}")

    t = param.type
    if t == "iri" or (t in ("agency", "document") and re.match(r"https?://", value)):
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
            raise bad("not an absolute http(s) IRI")
        return ox.NamedNode(value)
    if t == "string":
        return ox.Literal(value)
    if t == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise bad("not an integer")
        if param.name in PAGING and not 0 <= int(value) <= MAX_PAGE:
            raise bad(f"not between 0 and {MAX_PAGE}")
        return ox.Literal(value, datatype=XSD_INTEGER)
    if t == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise bad("not a four-digit year")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    if t == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise bad("not a YYYY-MM-DD date") from None
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    # agency / document: a name, acronym or file name looked up in the data
    found = resolve(t, value) if resolve else []
    if len(found) != 1:
        raise bad(f"no {t} of that name" if not found else f"names several {t}s")
    return ox.NamedNode(found[0])


# ----------------------------------------------------------------------------- running


@dataclass
class Result:
    columns: list[str]
    rows: list[dict[str, str | None]]  # value as a string (IRI, or literal lexical form)


def _term_value(term) -> str | None:
    if term is None:
        return None
    return term.value


class LocalRunner:
    def __init__(self, store: ox.Store):
        self.store = store

    def resolve(self, kind: str, value: str) -> list[str]:
        sparql = with_values(PREFIXES + _LOOKUP[kind], {"v": ox.Literal(value)})
        rows = self.store.query(sparql)
        return sorted(r["x"].value for r in rows)

    def run(self, query: StoredQuery, bindings: dict[str, ox.NamedNode | ox.Literal]) -> Result:
        text, page = None, query.page_query
        if page is not None:
            # a paged query in two steps: the page first, alone; then the query with the
            # page's values stated where they are matched, so that little is computed for
            # the entities of other pages (the same rows: every other pattern is joined to
            # the page, and the page's own subquery, freed of its offset, gives it again)
            chosen = list(dict.fromkeys(row[query.page] for row in self.store.query(with_values(page, bindings))))
            if all(isinstance(term, ox.NamedNode) for term in chosen):
                unpaged = {**bindings, "offset": ox.Literal("0", datatype=XSD_INTEGER),
                           "limit": ox.Literal(str(MAX_PAGE), datatype=XSD_INTEGER)}
                text = _restrict(with_values(query.text, unpaged), query.page, chosen)
        solutions = self.store.query(text or with_values(query.text, bindings))
        columns = [v.value for v in solutions.variables]
        rows = [{c: _term_value(s[c]) for c in columns} for s in solutions]
        return Result(columns, rows)


def _values_block(bindings: dict[str, ox.NamedNode | ox.Literal | list[ox.NamedNode]]) -> str:
    from rdflib import Literal, URIRef

    def n3(term: ox.NamedNode | ox.Literal) -> str:
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value).n3()
        datatype = term.datatype.value if term.datatype else None
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            datatype = None
        return Literal(term.value, datatype=URIRef(datatype) if datatype else None).n3()

    parts = []
    for name, value in sorted(bindings.items()):
        terms = value if isinstance(value, list) else [value]
        parts.append(f"VALUES ?{name} {{ {' '.join(n3(t) for t in terms)} }}")
    return " ".join(parts)


_VALUES_DATA = re.compile(r"(?i)\bVALUES\s*(?:\?\w+|\([^)]*\))\s*$")


def _groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of the body of each group pattern ``{ … }``: not the data block of a
    VALUES, not a subquery's braces (a VALUES cannot come before its SELECT; its WHERE
    group is a group of its own)."""
    found, stack = [], []
    for i, ch in enumerate(text):
        if ch == "{":
            stack.append(i)
        elif ch == "}" and stack:
            start = stack.pop()
            body = text[start + 1:i]
            if not _VALUES_DATA.search(text[:start]) and not re.match(r"(?i)\s*SELECT\b", body):
                found.append((start + 1, i))
    return sorted(found)


def _restrict(text: str, variable: str, terms: list[ox.NamedNode]) -> str:
    """``VALUES ?variable { terms }`` at the start of every group pattern that uses the
    variable, but a MINUS's. The body of an OPTIONAL gets them too: the store evaluates
    it on its own before joining it to the left (a pass over every meeting's end date, say,
    for a page of 100), and the left binds the variable to these values only, so the
    answers are the same (tested)."""
    block = " " + _values_block({variable: terms}) + " "
    starts = [start for start, end in _groups(text)
              if re.search(rf"\?{variable}\b", text[start:end])
              and not re.search(r"(?i)\bMINUS\s*$", text[:start - 1])]
    for start in sorted(starts, reverse=True):
        text = text[:start] + block + text[start:]
    return text


def with_values(text: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind parameters as VALUES blocks at the start of every group pattern that uses the
    variable, the outer WHERE group included (its FILTERs see them): a value stated in the
    innermost group where it is matched is where the store uses it to look the data up
    (100 times faster than one VALUES for the whole query), and an aggregate of a subquery
    is computed for the given value only instead of for all and then joined. A canned
    query's subqueries project a parameter they mention. ``limit`` and ``offset`` set the
    paging clauses, and are bound as well where the query names them as variables (a page
    read from the build's order need not sort what lies past it)."""
    paging = {k: v for k, v in bindings.items() if k in PAGING}
    bindings = {k: v for k, v in bindings.items() if k not in PAGING or re.search(rf"\?{k}\b", text)}
    for name, term in paging.items():
        text = _PAGING_CLAUSE[name].sub(f"{name.upper()} {int(term.value)}", text)
    if not bindings:
        return text
    outer = re.search(r"(?i)\bWHERE\s*\{", text)
    if not outer:
        raise ConfigError("query", "has no WHERE group to bind parameters in")
    inserts = []
    for start, end in _groups(text):
        used = {k: v for k, v in bindings.items() if start == outer.end() or re.search(rf"\?{k}\b", text[start:end])}
        if used:
            inserts.append((start, " " + _values_block(used) + " "))
    for position, block in sorted(inserts, reverse=True):
        text = text[:position] + block + text[position:]
    return text


class RemoteRunner:
    def __init__(self, endpoint: str, timeout: int = 60):
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        self.endpoint = endpoint
        self.client = SPARQLWrapper(endpoint)
        self.client.setReturnFormat(JSON)
        self.client.setMethod(POST)  # canned queries can be long for a URL
        self.client.setTimeout(timeout)

    def _select(self, text: str) -> Result:
        # the header comments are metadata; SPARQLWrapper guesses the query form from the
        # text and can mistake words in them for update keywords
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        self.client.setQuery(body)
        try:
            data = self.client.queryAndConvert()
        except Exception as exc:
            raise EndpointError(self.endpoint, f"query failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})") from exc
        columns = data["head"]["vars"]
        rows = [{c: (b[c]["value"] if c in b else None) for c in columns} for b in data["results"]["bindings"]]
        return Result(columns, rows)

    def resolve(self, kind: str, value: str) -> list[str]:
        text = with_values(PREFIXES + _LOOKUP[kind], {"v": ox.Literal(value)})
        return sorted({r["x"] for r in self._select(text).rows})

    def run(self, query: StoredQuery, bindings: dict[str, ox.NamedNode | ox.Literal]) -> Result:
        return self._select(with_values(query.text, bindings))


def bind(query: StoredQuery, params: dict[str, str], resolve) -> dict[str, ox.NamedNode | ox.Literal]:
    for name in params:
        query.param(name)  # raises for unknown names
    bindings = {}
    for p in query.params:
        value = params.get(p.name, p.default)
        if value is None and p.required:
            raise UsageError(query.name, f"needs the parameter {p.name} ({p.description})")
        if value is not None:
            bindings[p.name] = to_term(query, p, value, resolve)
    return bindings


def run_query(name: str, params: dict[str, str] | None = None, *, dist: Path | None = None,
              endpoint: str | None = None, store: ox.Store | None = None) -> Result:
    query = get_query(name)
    if endpoint:
        runner: LocalRunner | RemoteRunner = RemoteRunner(endpoint)
    else:
        runner = LocalRunner(store if store is not None else open_store(dist or Path("dist")))
    bindings = bind(query, params or {}, runner.resolve)
    return runner.run(query, bindings)


def compact(value: str | None, base: str = DEFAULT.base) -> str:
    if value is None:
        return ""
    if value.startswith(base + "id/"):
        return value[len(base) + 3:]
    return value
