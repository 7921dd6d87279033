"""``jhakg reason``: a build's entailments checked against owlrl, the reference engine.

For the reference data and for each document graph of a build, owlrl's OWL 2 RL closure
with the ontology is computed again, and its entailments (less what the graph, the ontology, the reference
data and its entailments already hold) must be exactly the graph's ``…/inferred``
companion; the closure must hold no inconsistency (no owl:Nothing member, no clash).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..reason.owlrl_reference import closure, infer_lines_owlrl, problems_in

INFERRED = "/inferred"


@dataclass
class CheckReport:
    graphs: int = 0
    inferred: int = 0  # owlrl's entailments
    stored: int = 0  # the build's
    differences: list[str] = field(default_factory=list)
    inconsistent: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def problems(self) -> list[str]:
        return self.differences + self.inconsistent


def check_entailments(dataset: Iterable[tuple[str, list[str]]],
                      progress: Callable[[int, int], None] | None = None) -> CheckReport:
    """``dataset``: each named graph with its lines (``publish.formats.read_graphs``)."""
    started = time.perf_counter()
    graphs = dict(dataset)
    report = CheckReport()
    ontology_name = next((n for n in graphs if n.endswith("/graph/ontology")), None)
    if ontology_name is None:
        report.differences.append("the build has no ontology graph")
        return report
    root = ontology_name[: -len("ontology")]
    ontology = sorted(graphs[ontology_name])
    reference = sorted(graphs.get(root + "reference", []))
    reference_inferred = sorted(graphs.get(root + "reference" + INFERRED, []))
    asserted = frozenset(ontology) | frozenset(reference) | frozenset(reference_inferred)
    checked = [(root + "reference", reference, frozenset(ontology))]
    checked += [(name, sorted(lines), asserted) for name, lines in graphs.items()
                if name.startswith(root + "document/") and not name.endswith(INFERRED)]
    for n, (name, lines, skip) in enumerate(checked, start=1):
        closed = closure(ontology, lines)
        expected = infer_lines_owlrl(ontology, lines, skip, closed)
        stored = sorted(graphs.get(name + INFERRED, []))
        report.graphs += 1
        report.inferred += len(expected)
        report.stored += len(stored)
        if expected != stored:
            missing, extra = set(expected) - set(stored), set(stored) - set(expected)
            report.differences.append(f"<{name}>: {len(missing)} entailments missing, {len(extra)} not owlrl's"
                                      f" (e.g. {sorted(missing or extra)[0]})")
        clash = problems_in(closed)
        if clash:
            report.inconsistent.append(f"<{name}> is inconsistent: {'; '.join(clash)}")
        if progress:
            progress(n, len(checked))
    report.seconds = time.perf_counter() - started
    return report
