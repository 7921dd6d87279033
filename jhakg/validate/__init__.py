"""Validate: the SHACL shapes (``shacl``: compiled to SPARQL and run on a store of the
build; ``pyshacl_reference``: pyshacl, the reference semantics), each quote checked against
the stored text at its offsets, and the build's entailments against owlrl's
(``entailments``)."""

from .pyshacl_reference import Report, Violation, load_shapes, validate, validate_files

__all__ = ["Report", "Violation", "load_shapes", "validate", "validate_files"]
