"""Facts to RDF: one named graph per document, every fact with its provenance.

Each fact node (meeting, presidency, mandate, ...) carries ``prov:wasDerivedFrom`` its
document (or document part), and each piece of evidence is a Web Annotation whose body
is the fact node and whose target is the quoted span of the document's stored text
(``oa:TextQuoteSelector`` with exact/prefix/suffix and ``oa:TextPositionSelector``).
IRIs are minted from content, never from counters, so they are stable across builds.
"""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef

from .extract import Extraction, Fact, PartialDate
from .namespaces import (
    DCTERMS,
    DEFAULT,
    JHA,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    slugify,
)
from .reference.gazetteer import Gazetteer

CONTEXT_CHARS = 32
TOPIC_SCHEME = URIRef(DEFAULT.node("scheme", "document-topics"))


def document_iri(doc_id: str) -> URIRef:
    return URIRef(DEFAULT.node("document", doc_id))


def graph_iri(doc_id: str) -> URIRef:
    return URIRef(DEFAULT.base + "graph/document/" + doc_id)


def date_literal(pd: PartialDate) -> Literal:
    iso = pd.iso()
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[pd.precision]
    return Literal(iso, datatype=datatype)


def person_iri(name: str) -> URIRef:
    return URIRef(DEFAULT.node("person", slugify(name)))


class Assembler:
    def __init__(self, extraction: Extraction, gazetteer: Gazetteer):
        self.x = extraction
        self.doc = extraction.doc
        self.gaz = gazetteer
        self.g = Graph()
        self.doc_iri = document_iri(self.doc.doc_id)

    # -- helpers

    def source(self, part: int) -> URIRef:
        return URIRef(f"{self.doc_iri}/part/{part}") if part else self.doc_iri

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def evidence(self, body: URIRef, fact: Fact, motivation: URIRef = OA.describing) -> None:
        text = self.doc.text
        for span in fact.evidence:
            digest = hashlib.sha1(f"{body}|{fact.kind}|{fact.rule}".encode()).hexdigest()[:8]
            ann = URIRef(DEFAULT.node("annotation", self.doc.doc_id, f"{span.start}-{span.end}-{digest}"))
            target, quote, position = (URIRef(f"{ann}#{x}") for x in ("target", "quote", "position"))
            self.add(ann, RDF.type, OA.Annotation)
            self.add(ann, OA.hasBody, body)
            self.add(ann, OA.motivatedBy, motivation)
            self.add(ann, OA.hasTarget, target)
            self.add(ann, JHA.rule, Literal(fact.rule))
            self.add(ann, JHA.confidence, Literal(f"{fact.confidence:.2f}", datatype=XSD.decimal))
            self.add(ann, PROV.wasDerivedFrom, self.source(fact.part))
            self.add(target, RDF.type, OA.SpecificResource)
            self.add(target, OA.hasSource, self.doc_iri)
            self.add(target, OA.hasSelector, quote)
            self.add(target, OA.hasSelector, position)
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.add(quote, OA.exact, Literal(text[span.start:span.end]))
            self.add(quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS):span.start]))
            self.add(quote, OA.suffix, Literal(text[span.end:span.end + CONTEXT_CHARS]))
            self.add(position, RDF.type, OA.TextPositionSelector)
            self.add(position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger))
            self.add(position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger))

    def derived(self, node: URIRef, fact: Fact) -> None:
        self.add(node, PROV.wasDerivedFrom, self.source(fact.part))

    def record(self, node: URIRef, fact: Fact, mentioned: URIRef | None = None) -> None:
        """A fact node's provenance: derived from its source, mentioned by it (the node
        itself unless told otherwise), and its evidence annotations."""
        self.derived(node, fact)
        self.add(self.source(fact.part), SCHEMA.mentions, mentioned or node)
        self.evidence(node, fact)

    # -- the document

    def document(self) -> None:
        doc, d = self.doc, self.doc_iri
        self.add(d, RDF.type, JHA.Document)
        self.add(d, JHA.fileName, Literal(doc.file_name))
        title = doc.title or doc.text.split("\n", 1)[0][:200]
        self.add(d, DCTERMS.title, Literal(title))
        self.add(d, RDFS.label, Literal(title))
        self.add(d, DCTERMS.format, Literal(doc.media_type))
        self.add(d, SCHEMA.text, Literal(doc.text))
        self.add(d, SCHEMA.sha256, Literal(doc.sha256))
        if doc.publisher:
            self.add(d, DCTERMS.publisher, Literal(doc.publisher))
        if doc.published:
            self.add(d, DCTERMS.issued, Literal(doc.published))
        if doc.language:
            self.add(d, DCTERMS.language, Literal(doc.language))
        if doc.source_url:
            self.add(d, DCTERMS.source, URIRef(doc.source_url))
        for part in doc.parts:
            p = self.source(part.index)
            self.add(p, RDF.type, JHA.DocumentPart)
            self.add(p, DCTERMS.isPartOf, d)
            self.add(p, DCTERMS.title, Literal(part.title))
            self.add(p, RDFS.label, Literal(part.title))
            self.add(p, JHA.startOffset, Literal(part.start, datatype=XSD.nonNegativeInteger))
            self.add(p, JHA.endOffset, Literal(part.end, datatype=XSD.nonNegativeInteger))
            self.add(d, DCTERMS.hasPart, p)
            if part.index in self.x.part_dates:
                self.add(p, DCTERMS.date, Literal(self.x.part_dates[part.index]))

    # -- facts

    def published(self, f: Fact) -> None:
        self.add(self.doc_iri, DCTERMS.issued, Literal(f.record.date))
        self.evidence(self.doc_iri, f)

    def mention(self, f: Fact) -> None:
        entity = URIRef(f.record.entity)
        self.add(self.source(f.part), SCHEMA.mentions, entity)
        self.evidence(entity, f, OA.identifying)

    def network_presidency(self, f: Fact) -> None:
        agency, year = f.record.agency, f.record.year
        node = URIRef(DEFAULT.node("presidency", "network", f"{year}-{agency.rstrip('/').rsplit('/', 1)[-1]}"))
        network = self.gaz.jha_network
        self.add(node, RDF.type, JHA.NetworkPresidency)
        self.add(node, JHA.heldBy, URIRef(agency))
        if network:
            self.add(node, JHA.presidencyOf, URIRef(network))
        self.add(node, JHA.year, Literal(str(year), datatype=XSD.gYear))
        net_label = self.gaz.label(network) if network else "the JHA Agencies' Network"
        self.add(node, RDFS.label, Literal(f"{self.gaz.notation(agency)} presidency of the {net_label}, {year}", lang="en"))
        self.record(node, f)

    def council_presidency(self, f: Fact) -> None:
        node = URIRef(f.record.presidency)
        self.add(self.source(f.part), SCHEMA.mentions, node)
        for priority in f.record.priorities:
            self.add(node, JHA.hasPriority, URIRef(priority))
        self.evidence(node, f)

    def meeting(self, f: Fact) -> URIRef | None:
        d = f.record
        start: PartialDate = d.start
        if start.precision is None:
            return None
        place = d.place
        key = start.iso() + ("-" + place.rstrip("/").rsplit("/", 1)[-1] if place else f"-{self.doc.doc_id}")
        node = URIRef(DEFAULT.node("meeting", key))
        self.add(node, RDF.type, JHA.Meeting)
        self.add(node, JHA.meetingKind, Literal(d.kind))
        where = self.gaz.label(place) if place else None
        when = start.iso() if d.end == start else f"{start.iso()}/{d.end.iso()}"
        self.add(node, RDFS.label, Literal(f"{d.kind} ({', '.join(x for x in (where, when) if x)})", lang="en"))
        self.add(node, SCHEMA.startDate, date_literal(start))
        if d.end.precision:
            self.add(node, SCHEMA.endDate, date_literal(d.end))
        self.add(node, JHA.datePrecision, Literal(start.precision))
        if place:
            self.add(node, JHA.meetingPlace, URIRef(place))
        for slot, prop in (("chair", JHA.chairedBy), ("host", JHA.hostedBy)):
            value = getattr(d, slot)
            if value:
                self.add(node, prop, person_iri(value) if getattr(d, slot + "_kind") == "person" else URIRef(value))
        for who in d.participants:
            self.add(node, JHA.participant, person_iri(who[7:]) if who.startswith("person:") else URIRef(who))
        for topic in d.topics:
            self.add(node, JHA.topic, URIRef(topic))
        for presidency in f.record.held_under:
            self.add(node, JHA.heldUnder, URIRef(presidency))
        self.record(node, f)
        return node

    def person_role(self, f: Fact) -> None:
        d = f.record
        person = person_iri(d.person)
        self.add(person, RDF.type, JHA.Person)
        self.add(person, RDFS.label, Literal(d.person))
        self.add(person, SCHEMA.name, Literal(d.person))
        self.derived(person, f)
        role = URIRef(d.role)
        org = d.organisation
        slug = "-".join(x for x in (slugify(d.person), role.rsplit("/", 1)[-1],
                                    org.rstrip("/").rsplit("/", 1)[-1] if org else None) if x)
        mandate = URIRef(DEFAULT.node("mandate", slug))
        self.add(mandate, RDF.type, JHA.Mandate)
        self.add(mandate, ORG.member, person)
        self.add(mandate, ORG.role, role)
        if org:
            self.add(mandate, ORG.organization, URIRef(org))
        self.add(mandate, JHA.roleLabel, Literal(d.role_text))
        self.add(mandate, RDFS.label, Literal(f"{d.person}, {d.role_text}"))
        if d.attested:
            self.add(mandate, JHA.attestedOn, Literal(d.attested))
        self.record(mandate, f, mentioned=person)

    def priority(self, f: Fact) -> None:
        """A topic as the document words it: one node per wording (its IRI from the lowercased
        words, so documents that word a topic alike share it), mapped to the reference
        priorities it names; the document states both."""
        wording = " ".join(f.record.topic.split())
        node = URIRef(DEFAULT.node("topic", slugify(wording)))
        source = self.source(f.part)
        self.add(node, RDF.type, JHA.Topic)
        self.add(node, RDFS.label, Literal(wording, lang="en"))
        self.add(node, SKOS.inScheme, TOPIC_SCHEME)
        self.add(source, JHA.topic, node)
        for concept in f.record.concepts:
            self.add(node, SKOS.broadMatch, URIRef(concept))
            self.add(source, JHA.topic, URIRef(concept))
        self.derived(node, f)
        self.evidence(node, f, OA.identifying)

    def system_operated_by(self, f: Fact) -> None:
        system = URIRef(f.record.system)
        self.add(system, JHA.operatedBy, URIRef(f.record.agency))
        self.evidence(system, f)

    def report(self, f: Fact) -> None:
        d = f.record
        node = URIRef(DEFAULT.node("report", slugify(d.title)[:80]))
        self.add(node, RDF.type, JHA.Report)
        self.add(node, DCTERMS.title, Literal(d.title))
        self.add(node, RDFS.label, Literal(d.title))
        for author in d.authors:
            self.add(node, DCTERMS.creator, URIRef(author))
        meeting = self.meetings.get(id(d.launched)) if d.launched is not None else None
        if meeting is not None:
            self.add(node, JHA.launchedAt, meeting)
        self.record(node, f)

    def legal_act(self, f: Fact) -> None:
        d = f.record
        node = URIRef(DEFAULT.node("legal-act", slugify(f"{d.kind} {d.number}")))
        self.add(node, RDF.type, JHA.LegalAct)
        self.add(node, JHA.identifier, Literal(d.number))
        self.add(node, RDFS.label, Literal(self.doc.text[f.evidence[0].start:f.evidence[0].end]))
        self.add(self.source(f.part), SCHEMA.mentions, node)
        self.evidence(node, f, OA.identifying)

    def build(self) -> Graph:
        self.document()
        self.meetings: dict[int, URIRef] = {}
        for f in self.x.facts:
            node = getattr(self, f.kind)(f)
            if f.kind == "meeting" and node is not None:
                self.meetings[id(f)] = node
        return self.g


def assemble(extraction: Extraction, gazetteer: Gazetteer) -> Graph:
    """The named-graph content for one document."""
    return Assembler(extraction, gazetteer).build()

