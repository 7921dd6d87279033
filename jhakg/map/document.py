"""One document's named graph as N-Triples lines: the document node (and its parts), and
for every fact the triples its kind's template gives, and the Web Annotation of each piece
of evidence (body, rule, confidence, quote, offsets). IRIs are
minted from content, never from counters, so they are the same in every build."""

from __future__ import annotations

import hashlib

from .. import ntriples as t
from ..kinds import KINDS, Fact
from ..namespaces import DEFAULT
from .templates import template

OA = "http://www.w3.org/ns/oa#"
MOTIVATIONS = {"describing": t.iri(OA + "describing"), "identifying": t.iri(OA + "identifying")}


def document_iri(doc_id: str) -> str:
    return DEFAULT.node("document", doc_id)


def graph_iri(doc_id: str) -> str:
    return DEFAULT.base + "graph/document/" + doc_id


class DocumentMapping:
    """What a kind's ``bindings`` may ask of the document it maps a fact of."""

    def __init__(self, extraction, gazetteer):
        self.x = extraction
        self.doc_id = extraction.doc.doc_id
        self.text = extraction.doc.text
        self.gaz = gazetteer
        self.document_iri = document_iri(self.doc_id)
        self.document = t.iri(self.document_iri)
        self._meetings: dict[int, str] = {}

    def source(self, part: int) -> str:
        """The document, or the listing item a fact comes from."""
        return t.iri(f"{self.document_iri}/part/{part}") if part else self.document

    def meeting_of(self, fact: Fact) -> str | None:
        """The node of a meeting fact of this document (a report launched at it)."""
        return self._meetings.get(id(fact))

    def lines(self) -> list[str]:
        out = self._document()
        for fact in self.x.facts:
            values = KINDS[fact.kind].bindings(fact, self)
            if values is None:
                continue
            out += template(KINDS[fact.kind].TEMPLATE).render(values)
            out += self._evidence(fact, values["_body"], values["_motivation"])
            if fact.kind == "meeting":
                self._meetings[id(fact)] = values["meeting"]
        return out

    def _document(self) -> list[str]:
        doc = self.x.doc
        parts = [self.source(p.index) for p in doc.parts]
        out = template("document").render({
            "document": self.document, "file_name": t.literal(doc.file_name),
            "title": t.literal(doc.title or doc.text.split("\n", 1)[0][:200]),
            "media_type": t.literal(doc.media_type), "text": t.literal(doc.text), "sha256": t.literal(doc.sha256),
            "publisher": t.literal(doc.publisher) if doc.publisher else None,
            "published": t.date(doc.published) if doc.published else None,
            "language": t.literal(doc.language) if doc.language else None,
            "source_url": t.iri(doc.source_url) if doc.source_url else None,
            "parts": parts})
        part_template = template("document-part")
        for p, part in zip(doc.parts, parts, strict=True):
            date = self.x.part_dates.get(p.index)
            out += part_template.render({
                "part": part, "document": self.document, "title": t.literal(p.title),
                "start": t.integer(p.start, "nonNegativeInteger"), "end": t.integer(p.end, "nonNegativeInteger"),
                "date": t.date(date) if date else None})
        return out

    def _evidence(self, fact: Fact, body: str, motivation: str) -> list[str]:
        text, out = self.text, []
        evidence = template("evidence")
        digest = hashlib.sha1(f"{body[1:-1]}|{fact.kind}|{fact.rule}".encode()).hexdigest()[:8]
        for span in fact.evidence:
            ann = DEFAULT.node("annotation", self.doc_id, f"{span.start}-{span.end}-{digest}")
            out += evidence.render({
                "annotation": t.iri(ann), "body": body, "motivation": MOTIVATIONS[motivation],
                "target": t.iri(ann + "#target"), "rule": t.literal(fact.rule),
                "confidence": t.decimal(fact.confidence), "document": self.document, "quote": t.iri(ann + "#quote"), "position": t.iri(ann + "#position"),
                "exact": t.literal(text[span.start:span.end]),
                "start": t.integer(span.start, "nonNegativeInteger"), "end": t.integer(span.end, "nonNegativeInteger")})
        return out


def map_document(extraction, gazetteer) -> list[str]:
    """The document's graph: its N-Triples lines, each once, sorted."""
    return sorted(set(DocumentMapping(extraction, gazetteer).lines()))
