"""jhakg: a knowledge graph and linked-data publisher for EU Justice and Home Affairs.

Library first: ``build`` (documents to a dataset), ``publish`` (dumps), ``validate``
(SHACL), ``reason`` (OWL 2 RL), ``run_query`` (canned SPARQL). The CLI is a thin layer.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "publish", "run_query", "validate"]


def __getattr__(name: str):  # lazy imports keep `jhakg --help` fast
    if name == "build":
        from .build import build

        return build
    if name == "publish":
        from .publish import publish

        return publish
    if name == "validate":
        from .validate import validate

        return validate
    if name == "run_query":
        from .query.canned import run_query

        return run_query
    raise AttributeError(name)
