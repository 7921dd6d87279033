"""Namespaces and IRI minting. One configurable base (``JHAKG_BASE``) for everything."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import urllib.parse

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD

DEFAULT_BASE = "https://w3id.org/jhakg/"

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("http://schema.org/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

__all__ = [
    "DCAT", "DCTERMS", "DEFAULT_BASE", "FOAF", "OA", "ORG", "OWL", "PROV", "RDF", "RDFS",
    "SCHEMA", "SKOS", "TIME", "VOID", "XSD", "IRIs", "UNRESERVED", "base_from_env", "name_key", "segment", "slugify",
]


def base_from_env() -> str:
    base = os.environ.get("JHAKG_BASE", DEFAULT_BASE)
    return base if base.endswith("/") else base + "/"


# Latin letters with no decomposition into a base letter and an accent
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
                       "ŋ": "n", "ħ": "h", "ŧ": "t"})
UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def name_key(text: str) -> str:
    """What a name is up to case, accents, punctuation and spacing: its words, folded and
    joined by '-' ('Nicole de Moor', 'NICOLE DE MOOR' and 'Nicole  de-Moor' are one key)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().translate(_FOLD)
    return "-".join(re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text)))


def slugify(text: str, limit: int | None = None) -> str:
    """A readable path segment for a name: 'Nicole de Moor' -> 'nicole-de-moor'.

    The segment is the name's key (``name_key``) with any character outside ASCII
    percent-encoded, so two names share a segment exactly when they share a key:
    'Αβραμόπουλος' and 'Иванов' keep their letters instead of both becoming nothing. A
    name with no letters or digits at all gets 'x~' and a digest of its text; a segment
    longer than ``limit`` is cut and ends with '~' and a digest of the whole key."""
    key = name_key(text)
    if not key:  # '~' is in no key, so a digest segment meets no name's
        return "x~" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    slug = urllib.parse.quote(key, safe="-")
    if limit is not None and len(slug) > limit:
        head = slug[: limit - 13]
        head = head[: head.rfind("%")] if "%" in head[-2:] else head  # never cut inside an escape
        slug = head.rstrip("-") + "~" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return slug


def segment(text: str) -> str:
    """Any text as one IRI path segment, reversibly: every character but ASCII letters,
    digits and '-._~' percent-encoded (a file stem '002_7658' stays as it is; '#', '?',
    '/', '%' and spaces cannot change what the IRI means, and no two texts meet)."""
    return urllib.parse.quote(text, safe="") if set(text) - UNRESERVED else text


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
