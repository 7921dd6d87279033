"""What every document's processing needs, built once per process: the ontology and the
reference data (as graphs and as N-Triples lines), the gazetteer, the compiled rules, and
the fingerprint of all of it and of the code, which keys the cache."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from .. import __version__
from ..errors import ConfigError, UsageError
from ..namespaces import DEFAULT_BASE
from ..publish.dumps import DEFAULT_DUMPS, checked_dumps, rebased
from ..publish.formats import Compactor, prefixes
from ..reference.files import _PKG, data_dir, links_files, ontology_files, reference_files
from ..regexes import PATTERNS

REASONERS = ("rules", "owlrl", "none")
FORMAT_VERSION = "1"  # of the cached per-document results


def turtle_lines(paths: list[Path]) -> list[str]:
    """The triples of Turtle files as canonical N-Triples lines, sorted, each once. The
    parser names blank nodes at random; they are renamed in the order the files give them
    (``_:o1``, ``_:o2``…), so the same files give the same lines."""
    lines: set[str] = set()
    names: dict[str, str] = {}

    def term(t) -> str:
        if isinstance(t, ox.BlankNode):
            return "_:" + names.setdefault(t.value, f"o{len(names) + 1}")
        return str(t)

    for path in paths:
        try:
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                lines.add(f"{term(t.subject)} {t.predicate} {term(t.object)} .")
        except (SyntaxError, OSError) as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(path, f"is not valid Turtle ({message})") from exc
    return sorted(lines)


def code_fingerprint() -> str:
    """A digest of everything a document's result depends on besides the document: the
    code, the ontology, the reference data and the mappings (and the web templates, which
    the ontology's documentation page, kept with the setup, is made with)."""
    digest = hashlib.sha256(f"jhakg {__version__} format {FORMAT_VERSION}".encode())
    files = sorted(_PKG.rglob("*.py")) + [p for name in ("ontology", "reference", "mappings")
                                          for p in sorted(data_dir(name).glob("*.ttl"))]
    files += sorted(p for folder in ("templates", "static") for p in (_PKG / "web" / folder).rglob("*") if p.is_file())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class Setup:
    reasoner: str = "rules"
    base: str = DEFAULT_BASE
    keep: Path | None = None  # a folder to keep what is slow to make (the rules, the reference entailments)
    dumps: tuple[str, ...] = DEFAULT_DUMPS

    def __post_init__(self) -> None:
        self.dumps = checked_dumps(self.dumps)
        if self.reasoner not in REASONERS:
            raise UsageError(self.reasoner, f"unknown reasoner; known: {', '.join(REASONERS)}")
        if not self.base.endswith("/"):
            raise UsageError(self.base, "a base IRI must end with '/'")

    @cached_property
    def fingerprint(self) -> str:
        options = f"reasoner={self.reasoner} base={self.base} dumps={','.join(self.dumps)}"
        return hashlib.sha256(f"{code_fingerprint()} {options}".encode()).hexdigest()

    def rebase(self, data: bytes) -> bytes:
        """The same bytes with every IRI under the default base moved under the build's."""
        return rebased(data, self.base)

    @cached_property
    def ontology_lines(self) -> list[str]:
        return turtle_lines(ontology_files())

    @cached_property
    def links_lines(self) -> list[str]:
        return turtle_lines(links_files())

    @cached_property
    def reference_lines(self) -> list[str]:
        return turtle_lines(reference_files())

    def kept(self, name: str, make):
        """``make()``, or what it gave the last time with this fingerprint (kept as JSON)."""
        path = self.keep / f"{name}-{self.fingerprint[:16]}.json" if self.keep else None
        if path is not None:
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass
        value = make()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp-{os.getpid()}")
            tmp.write_text(json.dumps(value), encoding="utf-8")
            os.replace(tmp, path)
        return value

    def infer(self, lines: list[str], asserted: frozenset[str] | None = None) -> list[str]:
        """The entailments of a graph's lines not already in it or in ``asserted`` (by
        default the ontology, the reference data and its entailments), with this setup's
        reasoner."""
        if self.reasoner == "none":
            return []
        asserted = self.asserted if asserted is None else asserted
        if self.reasoner == "owlrl":
            from ..reason.owlrl_reference import infer_lines_owlrl

            return infer_lines_owlrl(self.ontology_lines, lines, asserted)
        from ..reason import infer_lines

        return infer_lines(self.rules, lines, asserted)

    @cached_property
    def reference_inferred(self) -> list[str]:
        """The reference data's entailments (not already in it or in the ontology)."""
        return self.kept("reference-inferred", lambda: self.infer(self.reference_lines, frozenset(self.ontology_lines)))

    @cached_property
    def asserted(self) -> frozenset[str]:
        """The ontology, the reference data and its entailments: what no document's
        entailments repeat."""
        return frozenset(self.ontology_lines) | frozenset(self.reference_lines) | frozenset(self.reference_inferred)

    @cached_property
    def ontology(self):
        from ..reference.graphs import load_ontology

        return load_ontology()

    @cached_property
    def reference(self):
        from ..reference.graphs import load_reference

        return load_reference()

    @cached_property
    def gazetteer(self):
        from ..reference.gazetteer import Gazetteer

        return Gazetteer(self.reference)

    @cached_property
    def rules(self):
        from ..reason import Rules

        return Rules.from_json(self.kept("rules", lambda: Rules.from_ontology(self.ontology).to_json()))

    @cached_property
    def compact(self) -> Compactor:
        return Compactor(prefixes())

    def warm(self) -> Setup:
        """Build everything now (before worker processes are forked from this one). The
        extraction's patterns are compiled here once, not in every worker, and from the code
        kept with the setup where there is a folder to keep it in."""
        if self.keep is not None:
            PATTERNS.use(self.keep / f"patterns-{self.fingerprint[:16]}.marshal")
        for name in ("fingerprint", "asserted", "gazetteer", "compact"):
            getattr(self, name)
        from .. import extract  # noqa: F401

        PATTERNS.save()
        return self
