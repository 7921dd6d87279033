"""Mappings as data: what a kind of fact becomes in RDF is a Turtle template in
``mappings/<name>.ttl``, whose terms may be variables the kind's module gives values for:

    {meeting} a jha:Meeting ;
        schema:startDate {start} ;
        jha:meetingPlace {place?} ;        # left out when the value is None
        jha:participant {participants*} .  # one triple per value of a list

The templates use a small part of Turtle: ``@prefix`` lines, ``a``, prefixed names,
``<IRI>``s, literals, ``;`` and ``,`` lists. A template is compiled once into triple
patterns; rendering fills them with N-Triples terms and is a string join per triple.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import ntriples as terms
from ..errors import ConfigError
from ..reference.files import data_dir

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_TOKEN = re.compile(r"""
    (?P<space>\s+|\#[^\n]*)
  | (?P<var>\{(?P<name>[A-Za-z_]\w*)(?P<card>[?*]?)\})
  | (?P<iri><[^>\s]*>)
  | (?P<literal>"(?:[^"\\]|\\.)*"(?:@[A-Za-z-]+|\^\^(?:<[^>\s]*>|[A-Za-z][\w-]*:[\w-]*))?)
  | (?P<prefix_decl>@prefix\s+(?P<pfx>[A-Za-z][\w-]*)?:\s*<(?P<ns>[^>\s]*)>\s*\.)
  | (?P<a>\ba\b)
  | (?P<pname>[A-Za-z][\w-]*:[\w-]*)
  | (?P<punct>[;,.])
""", re.X)


@dataclass(frozen=True)
class Term:
    """A term of a pattern: a constant N-Triples term, or a variable with its cardinality
    ('' exactly one, '?' zero or one, '*' any number)."""

    constant: str | None = None
    name: str | None = None
    card: str = ""


@dataclass(frozen=True)
class Template:
    name: str
    patterns: tuple[tuple[Term, str, Term], ...]  # (subject, predicate IRI, object)

    @property
    def variables(self) -> set[str]:
        return {t.name for s, _, o in self.patterns for t in (s, o) if t.name}

    def render(self, values: dict) -> list[str]:
        """The N-Triples lines of the template with these values; a subject or object whose
        value is None (or an empty list) leaves its triple out."""
        out = []
        for s, p, o in self.patterns:
            for subject in _values(s, values, self.name):
                for obj in _values(o, values, self.name):
                    out.append(f"{subject} {p} {obj} .")
        return out


def _values(term: Term, values: dict, template: str) -> list[str]:
    if term.constant is not None:
        return [term.constant]
    try:
        value = values[term.name]
    except KeyError:
        raise ConfigError(f"mappings/{template}.ttl", f"no value given for {{{term.name}}}") from None
    if term.card == "*":
        return list(value or ())
    if value is None:
        if term.card == "?":
            return []
        raise ConfigError(f"mappings/{template}.ttl", f"{{{term.name}}} must have a value (write {{{term.name}?}} "
                                                      "if it may be missing)")
    return [value]


def parse(text: str, name: str) -> Template:
    prefixes: dict[str, str] = {}
    tokens: list[tuple[str, re.Match[str]]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            line = text.count("\n", 0, pos) + 1
            raise ConfigError(f"mappings/{name}.ttl", f"line {line}: cannot read {text[pos:pos + 30]!r}")
        pos = m.end()
        if m.lastgroup == "space":
            continue
        if m.group("prefix_decl"):
            prefixes[m.group("pfx") or ""] = m.group("ns")
            continue
        tokens.append((next(k for k in ("var", "iri", "literal", "a", "pname", "punct") if m.group(k)), m))

    def term(kind: str, m: re.Match[str]) -> Term:
        if kind == "var":
            return Term(name=m.group("name"), card=m.group("card"))
        if kind == "iri":
            return Term(constant=m.group("iri"))
        if kind == "a":
            return Term(constant=RDF_TYPE)
        if kind == "pname":
            return Term(constant=expand(m.group("pname")))
        if kind == "literal":
            return Term(constant=_literal(m.group("literal")))
        raise ConfigError(f"mappings/{name}.ttl", f"expected a term, found {m.group(0)!r}")

    def expand(pname: str) -> str:
        prefix, local = pname.split(":", 1)
        if prefix not in prefixes:
            raise ConfigError(f"mappings/{name}.ttl", f"prefix {prefix!r} is not declared")
        return terms.iri(prefixes[prefix] + local)

    def _literal(token: str) -> str:
        m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z-]+)|\^\^(.+))?', token)
        value = re.sub(r"\\(.)", lambda e: {"n": "\n", "r": "\r", "t": "\t"}.get(e.group(1), e.group(1)), m.group(1))
        datatype = m.group(3)
        if datatype:
            datatype = datatype[1:-1] if datatype.startswith("<") else expand(datatype)[1:-1]
        return terms.literal(value, datatype=datatype, lang=m.group(2))

    patterns: list[tuple[Term, str, Term]] = []
    i = 0

    def take() -> tuple[str, re.Match[str]]:
        nonlocal i
        if i >= len(tokens):
            raise ConfigError(f"mappings/{name}.ttl", "ends in the middle of a statement")
        i += 1
        return tokens[i - 1]

    while i < len(tokens):
        subject = term(*take())
        while True:
            kind, m = take()
            predicate = term(kind, m)
            if predicate.constant is None or not predicate.constant.startswith("<"):
                raise ConfigError(f"mappings/{name}.ttl", f"a predicate must be an IRI, found {m.group(0)!r}")
            while True:
                patterns.append((subject, predicate.constant, term(*take())))
                kind, m = take()
                if m.group(0) != ",":
                    break
            if m.group(0) == ".":
                break
            if m.group(0) != ";":
                raise ConfigError(f"mappings/{name}.ttl", f"expected ';', ',' or '.', found {m.group(0)!r}")
            if i < len(tokens) and tokens[i][1].group(0) == ".":  # a trailing ';'
                take()
                break
    return Template(name, tuple(patterns))


@cache
def template(name: str, folder: Path | None = None) -> Template:
    """The compiled template ``mappings/<name>.ttl``."""
    path = (folder or data_dir("mappings")) / f"{name}.ttl"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return parse(text, name)
