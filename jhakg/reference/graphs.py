"""The ontology and the reference data as rdflib graphs (for the gazetteer, the owlrl
reference reasoner and SHACL), parsed once."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..errors import ConfigError
from .files import ontology_files, reference_files


def parse_turtle(paths: list[Path]) -> Graph:
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many kinds; all mean a malformed file
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(path, f"is not valid Turtle ({message})") from exc
    return graph


def load_ontology(paths: list[Path] | None = None) -> Graph:
    return parse_turtle(paths if paths is not None else ontology_files())


def load_reference(paths: list[Path] | None = None) -> Graph:
    return parse_turtle(paths if paths is not None else reference_files())
