"""OWL 2 RL entailments: each graph's go into a graph of their own beside it (``…/inferred``).

``rules`` is what a build runs: the OWL 2 RL rules this ontology needs (class and property
hierarchies, domains and ranges, inverses, equivalences), compiled once from the ontology
into lookup tables and applied to each document's N-Triples lines in one pass. owlrl is
the reference semantics (``owlrl_reference``): a test checks both give the same inferred
graph on the seeds and the written corpus.
"""

from .rules import Rules, infer_lines

__all__ = ["Rules", "infer_lines"]
