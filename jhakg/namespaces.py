"""Namespaces and IRI minting. One configurable base (``JHAKG_BASE``) for everything."""

from __future__ import annotations

import os
import re
import unicodedata

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD

DEFAULT_BASE = "https://w3id.org/jhakg/"

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("http://schema.org/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

__all__ = [
    "DCAT", "DCTERMS", "DEFAULT_BASE", "FOAF", "OA", "ORG", "OWL", "PROV", "RDF", "RDFS",
    "SCHEMA", "SKOS", "TIME", "VOID", "XSD", "IRIs", "base_from_env", "slugify",
]


def base_from_env() -> str:
    base = os.environ.get("JHAKG_BASE", DEFAULT_BASE)
    return base if base.endswith("/") else base + "/"


def slugify(text: str) -> str:
    """Lowercase ASCII slug: 'Nicole de Moor' -> 'nicole-de-moor'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


class IRIs:
    """The IRIs of one build. All data is written under the default base and rebased on
    output (see ``publish.rebase``), so the code only ever mints default-base IRIs."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base
        self.ontology = Namespace(base + "ontology#")
        self.ontology_iri = base + "ontology"
        self.id = base + "id/"

    def node(self, kind: str, *parts: str) -> str:
        return self.id + kind + "/" + "/".join(parts)


DEFAULT = IRIs(DEFAULT_BASE)
JHA = DEFAULT.ontology
