"""The dump formats, written straight from a graph's sorted N-Triples lines: N-Quads,
Turtle (and so TriG) and JSON-LD. Each document's graph is written on its own, so a dump is
the concatenation of its documents' pieces, in file-name order: identical input gives
identical bytes, and a rebuild only writes again what changed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError
from ..namespaces import DEFAULT_BASE

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = f"<{RDF}type>"
ID_KINDS = ("agency", "annotation", "country", "document", "mandate", "meeting", "organisation",
            "person", "place", "presidency", "priority", "role", "scheme", "system", "topic")


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes every dump and the JSON-LD context use."""
    fixed = {
        "jha": DEFAULT_BASE + "ontology#",  # the vocabulary stays under any base
        "rdf": RDF, "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "owl": "http://www.w3.org/2002/07/owl#", "xsd": XSD, "skos": "http://www.w3.org/2004/02/skos/core#",
        "dct": "http://purl.org/dc/terms/", "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
        "foaf": "http://xmlns.com/foaf/0.1/", "schema": "http://schema.org/", "time": "http://www.w3.org/2006/time#",
        "oa": "http://www.w3.org/ns/oa#", "void": "http://rdfs.org/ns/void#", "dcat": "http://www.w3.org/ns/dcat#",
    }
    fixed.update({k: f"{base}id/{k}/" for k in ID_KINDS})
    return fixed


# a local name a prefixed name may end with, kept simple so that every reader takes it
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


class Compactor:
    """Prefixed names for IRIs, longest namespace first."""

    def __init__(self, prefixes: dict[str, str]):
        self.namespaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        # a local name has no '/' or '#', so when every namespace ends with one, the only
        # namespace an IRI can be under is the IRI up to its last '/' or '#'
        self.by_namespace = {ns: prefix for prefix, ns in prefixes.items()}
        self.ends_simply = all(ns[-1:] in ("/", "#") for ns in prefixes.values())
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str | None:
        """'meeting:2017-11-28-lisbon' for an IRI under a prefix, when its rest is a plain local name."""
        found = self.cache.get(iri)
        if found is None:
            found = ""
            if self.ends_simply:
                cut = max(iri.rfind("/"), iri.rfind("#")) + 1
                prefix = self.by_namespace.get(iri[:cut]) if cut else None
                if prefix is not None and _LOCAL.fullmatch(iri, cut):
                    found = f"{prefix}:{iri[cut:]}"
            else:
                for prefix, ns in self.namespaces:
                    if iri.startswith(ns) and _LOCAL.fullmatch(iri, len(ns)):
                        found = f"{prefix}:{iri[len(ns):]}"
                        break
            self.cache[iri] = found
        return found or None

    def term(self, term: str) -> str:
        """An N-Triples term as Turtle: '<IRI>' compacted where it can be, a literal's datatype too."""
        if term[0] == "<":
            return self(term[1:-1]) or term
        if term.endswith(">") and "^^<" in term:
            value, datatype = term.rsplit("^^", 1)
            short = self(datatype[1:-1])
            return f"{value}^^{short}" if short else term
        return term


def split(line: str) -> tuple[str, str, str]:
    """An N-Triples line as (subject, predicate, object)."""
    s, p, rest = line.split(" ", 2)
    return s, p, rest[:-2]


def nquads(lines: Iterable[str], graph: str) -> str:
    """The lines as N-Quads in ``graph``."""
    name = f" <{graph}> ."
    return "".join(line[:-2] + name + "\n" for line in lines)


def turtle_header(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items())) + "\n"


def turtle(lines: Iterable[str], compact: Compactor) -> str:
    """Turtle statements for sorted N-Triples lines: one block per subject, its predicates
    and objects listed with ';' and ','. No prefix lines (the dump has them once)."""
    out: list[str] = []
    subject = predicate = None
    for line in lines:
        s, p, o = split(line)
        o = compact.term(o)
        if s != subject:
            if subject is not None:
                out.append(" .\n")
            subject, predicate = s, p
            out.append(f"{compact.term(s)} {'a' if p == TYPE else compact.term(p)} {o}")
        elif p != predicate:
            predicate = p
            out.append(f" ;\n    {'a' if p == TYPE else compact.term(p)} {o}")
        else:
            out.append(f" , {o}")
    if subject is not None:
        out.append(" .\n")
    return "".join(out)


def jsonld_id(term: str, compact: Compactor) -> str:
    """A node's ``@id``: a prefixed name, the IRI, or ``_:label`` for a blank node."""
    return term if term[0] == "_" else compact(term[1:-1]) or term[1:-1]


def turtle_and_jsonld(lines: list[str], compact: Compactor, graph: str) -> tuple[str, str]:
    """A graph's Turtle (statements only: the dump has the prefixes once) and its JSON-LD
    object (``{"@id": graph, "@graph": [...]}``, one node a line, properties by name,
    values in line order), in one pass, building the JSON as text: the escapes of a
    canonical N-Triples literal (quote, backslash, \\n \\r \\t \\b \\f, \\uXXXX) are JSON's
    too, so its lexical form goes in as it is (this is the per-document stage's hot path)."""
    ttl: list[str] = []
    nodes: list[str] = []
    subject = predicate = None
    props: dict[str, list[str]] = {}

    def close() -> None:
        node = ['{"@id":"', jsonld_id(subject, compact), '"']
        for key in sorted(props):
            values = props[key]
            node += [',"', key, '":', values[0] if len(values) == 1 else "[" + ",".join(values) + "]"]
        node.append("}")
        nodes.append("".join(node))

    known = compact.cache  # (the compactor's own memo, read here without a call a line: '' for no prefixed name)
    keys: dict[str, str] = {}  # a predicate's JSON-LD key
    for line in lines:
        s, p, rest = line.split(" ", 2)
        o = rest[:-2]
        if o[0] == "<":
            iri = o[1:-1]
            short = known.get(iri)
            short = compact(iri) if short is None else short or None
            o_ttl = short or o
            o_json = '{"@id":"' + (short or iri) + '"}'
        elif o[0] == "_":
            o_ttl, o_json = o, '{"@id":"' + o + '"}'
        else:
            end = o.rfind('"')
            lexical, suffix = o[1:end], o[end + 1:]
            if not suffix:
                o_ttl, o_json = o, '"' + lexical + '"'
            elif suffix[0] == "@":
                o_ttl, o_json = o, '{"@value":"' + lexical + '","@language":"' + suffix[1:] + '"}'
            else:
                datatype = suffix[3:-1]
                short = compact(datatype)
                o_ttl = o[: end + 1] + "^^" + short if short else o
                o_json = '{"@value":"' + lexical + '","@type":"' + (short or datatype) + '"}'
        if s != subject:
            if subject is not None:
                ttl.append(" .\n")
                close()
            subject, predicate, props = s, p, {}
            ttl.append(f"{compact.term(s)} {'a' if p == TYPE else compact.term(p)} {o_ttl}")
        elif p != predicate:
            predicate = p
            ttl.append(f" ;\n    {'a' if p == TYPE else compact.term(p)} {o_ttl}")
        else:
            ttl.append(f" , {o_ttl}")
        if p == TYPE:
            props.setdefault("@type", []).append('"' + o_json[8:-2] + '"')
        else:
            key = keys.get(p)
            if key is None:
                key = keys[p] = compact(p[1:-1]) or p[1:-1]
            props.setdefault(key, []).append(o_json)
    if subject is not None:
        ttl.append(" .\n")
        close()
    name = json.dumps(compact(graph) or graph, ensure_ascii=False)
    return "".join(ttl), '{"@id":' + name + ',"@graph":[\n' + ",\n".join(nodes) + "\n]}"


def jsonld_context(prefixes: dict[str, str]) -> dict:
    return {"@context": {**prefixes, "@version": 1.1}}


def read_graphs(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Each named graph of a dump (TriG or N-Quads) with its triples as N-Triples lines,
    in the dump's order (the build writes each graph's triples together)."""
    kind = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
    name, lines = None, []
    try:
        for q in ox.parse(path=str(path), format=kind):
            graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if graph != name:
                if name is not None:
                    yield name, lines
                name, lines = graph, []
            lines.append(f"{q.subject} {q.predicate} {q.object} .")
    except (SyntaxError, OSError) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(path, f"cannot be read as {kind.name} ({message})") from exc
    if name is not None:
        yield name, lines
