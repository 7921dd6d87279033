"""Output: the dumps in ``dist/``, byte-identical for identical input, written into a
temporary folder and moved into place only when complete.

  jhakg.ttl              asserted data: reference + extracted facts
  jhakg.trig             named graphs: ontology, reference, one per document, inferred
  jhakg.jsonld           the asserted data as JSON-LD, with jhakg.context.jsonld
  ontology.ttl           the ontology
  shapes.ttl             the SHACL shapes
  void.ttl               VoID/DCAT description: graphs, triple counts, sources, version
  build-report.json      documents built, facts per kind, documents skipped and why
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .assemble import document_iri, graph_iri
from .build import INFERRED_GRAPH, ONTOLOGY_GRAPH, Build
from .namespaces import (
    DCAT,
    DCTERMS,
    DEFAULT_BASE,
    FOAF,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    VOID,
    XSD,
)
from .reference.files import shapes_file

KINDS = ("agency", "annotation", "country", "document", "mandate", "meeting", "organisation",
         "person", "place", "presidency", "priority", "role", "scheme", "system")


def prefixes(base: str) -> dict[str, str]:
    fixed = {
        "jha": base + "ontology#", "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
        "skos": str(SKOS), "dct": str(DCTERMS), "org": str(ORG), "prov": str(PROV), "foaf": str(FOAF),
        "schema": str(SCHEMA), "time": str(TIME), "oa": str(OA), "void": str(VOID), "dcat": str(DCAT),
    }
    fixed.update({k: f"{base}id/{k}/" for k in KINDS})
    return fixed


def _bind(g: Graph, base: str) -> None:
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, ns, override=True, replace=True)


def rebase_term(term: Node, base: str) -> Node:
    """The same term under another base: IRIs, and literals that spell one (VoID's
    uriSpace, the ontology's preferred namespace)."""
    if isinstance(term, URIRef) and str(term).startswith(DEFAULT_BASE):
        return URIRef(base + str(term)[len(DEFAULT_BASE):])
    if isinstance(term, Literal) and str(term).startswith(DEFAULT_BASE) and " " not in str(term):
        return Literal(base + str(term)[len(DEFAULT_BASE):], lang=term.language, datatype=term.datatype)
    return term


def rebase(graph: Graph, base: str) -> Graph:
    if base == DEFAULT_BASE:
        return graph
    out = Graph()
    for s, p, o in graph:
        out.add((rebase_term(s, base), rebase_term(p, base), rebase_term(o, base)))
    return out


def turtle(graph: Graph, base: str) -> bytes:
    g = Graph()
    _bind(g, base)
    for t in graph:
        g.add(t)
    return g.serialize(format="turtle", encoding="utf-8")


def trig(graphs: list[tuple[URIRef, Graph]], base: str) -> bytes:
    """TriG written graph by graph in the given order (rdflib's TriG writer orders graphs
    by hash, which changes from run to run)."""
    declared = {f"@prefix {p}: <{ns}> ." for p, ns in prefixes(base).items()}
    blocks = []
    for name, graph in graphs:
        body = turtle(graph, base).decode("utf-8")
        lines = body.splitlines()
        declared.update(line.strip() for line in lines if line.startswith("@prefix"))
        # no re-indentation: lines inside multi-line literals must stay as they are
        text = "\n".join(line for line in lines if not line.startswith("@prefix")).strip("\n")
        blocks.append(f"<{name}> {{\n{text}\n}}\n")
    return ("\n".join(sorted(declared)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def jsonld_context(base: str) -> dict:
    return {"@context": {**prefixes(base), "@version": 1.1}}


def _compact(iri: str, pfx: list[tuple[str, str]]) -> str:
    for prefix, ns in pfx:
        if iri.startswith(ns) and len(iri) > len(ns) and "/" not in iri[len(ns):] and "#" not in iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def jsonld(graph: Graph, base: str, context_file: str) -> bytes:
    """Flattened JSON-LD, nodes sorted by @id and properties by name: deterministic."""
    pfx = sorted(prefixes(base).items(), key=lambda kv: -len(kv[1]))
    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in graph:
        node = nodes.setdefault(str(s), {})
        if p == RDF.type:
            node.setdefault("@type", []).append(_compact(str(o), pfx))
            continue
        if isinstance(o, URIRef):
            value: object = {"@id": _compact(str(o), pfx)}
        elif isinstance(o, Literal) and o.language:
            value = {"@value": str(o), "@language": o.language}
        elif isinstance(o, Literal) and o.datatype and o.datatype != XSD.string:
            value = {"@value": str(o), "@type": _compact(str(o.datatype), pfx)}
        else:
            value = str(o)
        node.setdefault(_compact(str(p), pfx), []).append(value)
    out = []
    for iri in sorted(nodes):
        node = {"@id": _compact(iri, pfx)}
        for key in sorted(nodes[iri]):
            values = sorted(nodes[iri][key], key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            node[key] = values[0] if len(values) == 1 else values
        out.append(node)
    doc = {"@context": context_file, "@graph": out}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def void(build: Build, graphs: list[tuple[URIRef, Graph]], asserted: Graph, base: str,
         version: str) -> Graph:
    g = Graph()
    dataset = URIRef(base + "dataset")
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal("jhakg: EU Justice and Home Affairs knowledge graph", lang="en")))
    g.add((dataset, DCTERMS.description, Literal(
        "Agencies, meetings, presidencies, information systems, policy priorities, people and roles "
        "extracted from EU Justice and Home Affairs press releases, each fact with its quoted source.",
        lang="en")))
    g.add((dataset, DCTERMS.hasVersion, Literal(version)))
    g.add((dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((dataset, VOID.uriSpace, Literal(base + "id/")))
    g.add((dataset, VOID.triples, Literal(len(asserted))))
    g.add((dataset, VOID.vocabulary, URIRef(base + "ontology#")))
    for vocab in (ORG, PROV, SKOS, DCTERMS, SCHEMA, FOAF, OA, TIME):
        g.add((dataset, VOID.vocabulary, URIRef(str(vocab))))
    for name in ("jhakg.ttl", "jhakg.trig", "jhakg.jsonld"):
        dump = URIRef(base + "dist/" + name)
        g.add((dataset, VOID.dataDump, dump))
        g.add((dataset, DCAT.distribution, dump))
        g.add((dump, RDF.type, DCAT.Distribution))
        g.add((dump, DCAT.mediaType, Literal({"ttl": "text/turtle", "trig": "application/trig",
                                              "jsonld": "application/ld+json"}[name.rsplit(".", 1)[1]])))
    for name, graph in graphs:
        g.add((dataset, VOID.subset, name))
        g.add((name, RDF.type, VOID.Dataset))
        g.add((name, VOID.triples, Literal(len(graph))))
    for x in build.extractions:
        g.add((graph_iri(x.doc.doc_id), DCTERMS.source, document_iri(x.doc.doc_id)))
        g.add((dataset, DCTERMS.source, document_iri(x.doc.doc_id)))
    counts: dict[URIRef, int] = {}
    for cls in asserted.objects(None, RDF.type):
        counts[cls] = counts.get(cls, 0) + 1
    for cls, n in counts.items():
        part = URIRef(f"{base}dataset/class/{_compact(str(cls), sorted(prefixes(base).items(), key=lambda kv: -len(kv[1]))).replace(':', '-')}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(n)))
    g.add((dataset, VOID.entities, Literal(len(set(asserted.subjects())))))
    return g


def build_report(build: Build) -> bytes:
    """What was built and what was not: documents, facts per kind, skipped files with the
    reason, warnings. No timings, so identical input gives identical bytes."""
    kinds: dict[str, int] = {}
    for x in build.extractions:
        for f in x.facts:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
    report = {
        "documents": sorted(x.doc.file_name for x in build.extractions),
        "facts": dict(sorted(kinds.items())),
        "skipped": [{"file": s.file, "reason": s.reason} for s in sorted(build.skipped, key=lambda s: s.file)],
        "warnings": sorted(build.warnings),
    }
    return (json.dumps(report, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def ontology_version(ontology: Graph) -> str:
    for v in ontology.objects(None, OWL.versionInfo):
        return str(v)
    return "0"


def render(build: Build, base: str = DEFAULT_BASE) -> dict[str, bytes]:
    """Every output file's bytes, by file name."""
    graphs = [(rebase_term(name, base), rebase(g, base)) for name, g in build.named_graphs()]
    by_name = dict(graphs)
    asserted = Graph()
    skip = {rebase_term(ONTOLOGY_GRAPH, base), rebase_term(INFERRED_GRAPH, base)}
    for name, graph in graphs:
        if name not in skip:
            for t in graph:
                asserted.add(t)
    shapes = shapes_file().read_text(encoding="utf-8")
    if base != DEFAULT_BASE:
        shapes = shapes.replace(DEFAULT_BASE, base)
    version = ontology_version(build.ontology)
    files = {
        "jhakg.ttl": turtle(asserted, base),
        "jhakg.trig": trig(graphs, base),
        "jhakg.jsonld": jsonld(asserted, base, "jhakg.context.jsonld"),
        "jhakg.context.jsonld": (json.dumps(jsonld_context(base), indent=1, sort_keys=True) + "\n").encode(),
        "ontology.ttl": turtle(by_name[rebase_term(ONTOLOGY_GRAPH, base)], base),
        "shapes.ttl": shapes.encode("utf-8"),
        "void.ttl": turtle(rebase(void(build, graphs, asserted, base, version), base), base),
        "build-report.json": build_report(build),
    }
    return files


def write_atomically(files: dict[str, bytes], out: Path) -> None:
    """Write all files into a temporary folder beside ``out``, then swap it into place."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for name, data in sorted(files.items()):
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            os.replace(out, old)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def publish(build: Build, out: Path, base: str = DEFAULT_BASE) -> dict[str, bytes]:
    files = render(build, base)
    write_atomically(files, out)
    return files
