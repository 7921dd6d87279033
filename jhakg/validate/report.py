"""What validation reports, whatever the engine: each violation as a row a person can
read (the focus node, the path, the message, the value, the documents it comes from)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH

from ..reference.files import shapes_file
from ..reference.graphs import parse_turtle


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str
    shape: str | None
    value: str | None
    sources: tuple[str, ...]  # file names of the documents the focus node comes from


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    shapes_count: int


def load_shapes(path: Path | None = None) -> Graph:
    return parse_turtle([path or shapes_file()])


def count_shapes(shapes: Graph) -> int:
    return len(set(shapes.subjects(RDF.type, SH.NodeShape)))


