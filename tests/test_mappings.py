"""Mappings as data: the templates in mappings/ compile, render what their variables say,
and map every fact of the seeds into valid N-Triples."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from jhakg import ntriples as t
from jhakg.errors import ConfigError
from jhakg.kinds import KINDS
from jhakg.map.document import map_document
from jhakg.map.templates import parse, template

PREFIXES = "@prefix ex: <http://example.org/> .\n"


def test_a_template_renders_one_optional_and_list_values():
    tpl = parse(PREFIXES + "{s} a ex:Thing ;\n  ex:name {name} ;\n  ex:place {place?} ;\n  ex:tag {tags*} , ex:always .\n",
                "example")
    lines = tpl.render({"s": "<http://example.org/x>", "name": t.literal('A "quoted"\nname', lang="en"),
                        "place": None, "tags": ["<http://example.org/a>", "<http://example.org/b>"]})
    assert lines == [
        "<http://example.org/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Thing> .",
        '<http://example.org/x> <http://example.org/name> "A \\"quoted\\"\\nname"@en .',
        "<http://example.org/x> <http://example.org/tag> <http://example.org/a> .",
        "<http://example.org/x> <http://example.org/tag> <http://example.org/b> .",
        "<http://example.org/x> <http://example.org/tag> <http://example.org/always> .",
    ]
    assert len(list(ox.parse("\n".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES))) == 5


@pytest.mark.parametrize("text, message", [
    ("{s} ex:p {o} .", "prefix 'ex' is not declared"),
    (PREFIXES + "{s} ex:p {o}", "ends in the middle of a statement"),
    (PREFIXES + "{s} {p} {o} .", "a predicate must be an IRI"),
    (PREFIXES + "{s} ex:p {o} ! .", "cannot read"),
])
def test_a_malformed_template_is_a_configuration_error(text, message):
    with pytest.raises(ConfigError, match=message):
        parse(text, "broken")


def test_a_missing_value_names_the_template_and_the_variable():
    tpl = parse(PREFIXES + "{s} ex:p {o} .", "example")
    with pytest.raises(ConfigError, match=r"mappings/example.ttl: .*\{o\} must have a value"):
        tpl.render({"s": "<http://example.org/x>", "o": None})
    with pytest.raises(ConfigError, match=r"no value given for \{o\}"):
        tpl.render({"s": "<http://example.org/x>"})


def test_iris_and_literals_are_escaped_as_n_triples_requires():
    assert t.iri("https://w3id.org/jhakg/id/document/a b<c>") == "<https://w3id.org/jhakg/id/document/a%20b%3Cc%3E>"
    assert t.literal("back\\slash \r") == '"back\\\\slash \\r"'
    assert t.integer(7, "nonNegativeInteger") == '"7"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'


def test_every_kind_has_a_template_whose_variables_its_bindings_give(seed_build, gazetteer):
    for name, kind in KINDS.items():
        assert template(kind.TEMPLATE).patterns, name
    seen = set()
    for extraction in seed_build.extractions:
        lines = map_document(extraction, gazetteer)
        assert lines == sorted(set(lines))
        assert len(list(ox.parse("\n".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES))) == len(lines)
        seen |= {f.kind for f in extraction.facts}
    assert seen >= {"published", "mention", "network_presidency", "council_presidency", "meeting", "person_role",
                    "priority", "report"}
