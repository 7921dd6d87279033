"""SHACL validation with pyshacl: the reference semantics the SPARQL engine (``shacl``) is
tested against, and ``jhakg validate --engine pyshacl``."""

from __future__ import annotations

from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from ..namespaces import JHA, OA, PROV, SCHEMA
from ..reference.graphs import parse_turtle
from .report import Report, Violation, count_shapes, load_shapes


def _path_text(results: Graph, path) -> str | None:
    if path is None:
        return None
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return f"^{inverse}"
    return str(path)


def _sources(data: Graph, focus) -> tuple[str, ...]:
    """The documents a focus node comes from (as ``validate._sources`` finds them)."""
    candidates = {focus} | set(data.objects(focus, OA.hasTarget)) | set(data.subjects(OA.hasSelector, focus))
    docs = set()
    for node in candidates:
        docs |= set(data.objects(node, PROV.wasDerivedFrom)) if node == focus else set()
        docs |= set(data.objects(node, OA.hasSource))
    names = set()
    for doc in docs:
        parent = next(iter(data.objects(doc, URIRef("http://purl.org/dc/terms/isPartOf"))), doc)
        name = data.value(parent, JHA.fileName)
        names.add(str(name) if name else str(doc))
    own = data.value(focus, JHA.fileName)
    if own is not None:
        names.add(str(own))
    return tuple(sorted(names))


def evidence_problems(data: Graph) -> list[Violation]:
    """Every quote must be the stored text between its offsets (a check SHACL could state
    in SPARQL, but one pass here is a thousand times faster than one query per target)."""
    problems = []
    texts: dict = {}
    for target, source in data.subject_objects(OA.hasSource):
        if source not in texts:
            text = data.value(source, SCHEMA.text)
            texts[source] = str(text) if text is not None else None
        text = texts[source]
        exact = start = end = None
        for selector in data.objects(target, OA.hasSelector):
            if (selector, RDF.type, OA.TextQuoteSelector) in data:
                exact = data.value(selector, OA.exact)
            if (selector, RDF.type, OA.TextPositionSelector) in data:
                start, end = data.value(selector, OA.start), data.value(selector, OA.end)
        if exact is None or start is None or end is None:
            continue  # the shapes report missing selectors
        if text is None or text[int(start):int(end)] != str(exact):
            problems.append(Violation(str(target), str(OA.exact),
                                      f"the quoted text is not at offsets {start}-{end} of the source's stored text",
                                      "Violation", None, str(exact)[:80], _sources(data, target)))
    return problems


def validate(data: Graph, ontology: Graph, shapes: Graph | None = None) -> Report:
    shapes = shapes if shapes is not None else load_shapes()
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none",
        advanced=True, allow_warnings=True, abort_on_first=False,
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        violations.append(Violation(
            focus=str(focus),
            path=_path_text(results, results.value(result, SH.resultPath)),
            message=str(message) if message is not None else "constraint violated",
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            shape=str(results.value(result, SH.sourceShape)) if results.value(result, SH.sourceShape) else None,
            value=str(value) if isinstance(value, (URIRef, Literal)) else None,
            sources=_sources(data, focus),
        ))
    violations += evidence_problems(data)
    violations.sort(key=lambda v: (v.sources, v.focus, v.path or "", v.message))
    return Report(not violations, violations, count_shapes(shapes))


def validate_files(data_files: list[Path], ontology_file: Path, shapes_path: Path | None = None) -> Report:
    """Validate built files (e.g. dist/jhakg.ttl against dist/ontology.ttl)."""
    data = parse_turtle(data_files)
    ontology = parse_turtle([ontology_file])
    return validate(data, ontology, load_shapes(shapes_path))
