"""jhakg: a knowledge graph and linked-data publisher for EU Justice and Home Affairs.

Library first: ``build`` (a folder of documents to every dump in ``dist/``), ``validate``
(SHACL), ``run_query`` (canned SPARQL). The CLI is a thin layer over them.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "run_query", "validate"]


def __getattr__(name: str):  # lazy imports keep `jhakg --help` fast
    if name == "build":
        from .pipeline import build

        return build
    if name == "validate":
        from .validate import validate

        return validate
    if name == "run_query":
        from .query.canned import run_query

        return run_query
    raise AttributeError(name)
