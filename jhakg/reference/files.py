"""Where the project's data files live: in the source tree, or as package data when installed."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent  # jhakg/
_TREE = _PKG.parent


def data_dir(name: str) -> Path:
    """``ontology``, ``reference``, ``mappings``, ``queries``: the folder of that name."""
    for candidate in (_TREE / name, _PKG / "data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"jhakg data folder {name!r} not found")


def ontology_files() -> list[Path]:
    return sorted(p for p in data_dir("ontology").glob("*.ttl") if p.name != "shapes.ttl")


def shapes_file() -> Path:
    return data_dir("ontology") / "shapes.ttl"


def reference_files() -> list[Path]:
    """The reference data: agencies, countries, places, presidencies, systems, roles..."""
    return sorted(data_dir("reference").glob("*.ttl"))


def links_files() -> list[Path]:
    """Links to other people's data (Wikidata, the EU authority tables, GeoNames): their
    own graph, not reasoned over."""
    return sorted((data_dir("reference") / "links").glob("*.ttl"))


def queries_dir() -> Path:
    return data_dir("queries")
