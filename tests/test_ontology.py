"""The ontology documents every term and aligns with the W3C vocabularies."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, VANN

from jhakg.reference.graphs import load_ontology

JHA = "https://w3id.org/jhakg/ontology#"
CORE = ["Agency", "Meeting", "Presidency", "NetworkPresidency", "CouncilPresidency", "InformationSystem",
        "PolicyPriority", "Network", "Person", "Role", "Mandate", "Organisation", "Place", "Document", "Report",
        "LegalAct"]


def test_every_term_has_label_comment_domain_range():
    g = load_ontology()
    classes = [c for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(JHA)]
    properties = [p for t in (OWL.ObjectProperty, OWL.DatatypeProperty)
                  for p in g.subjects(RDF.type, t) if str(p).startswith(JHA)]
    assert len(classes) >= len(CORE) and len(properties) >= 20
    for term in classes + properties:
        assert g.value(term, RDFS.label), term
        assert g.value(term, RDFS.comment), term
    for prop in properties:
        assert g.value(prop, RDFS.domain) is not None, prop
        assert g.value(prop, RDFS.range) is not None, prop
    for name in CORE:
        assert (URIRef(JHA + name), RDF.type, OWL.Class) in g, name


def test_classes_align_with_w3c_vocabularies():
    g = load_ontology()
    outside = {str(o) for c in g.subjects(RDF.type, OWL.Class) for o in g.objects(c, RDFS.subClassOf)
               if not str(o).startswith(JHA)}
    for ns in ("http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://schema.org/",
               "http://www.w3.org/2004/02/skos/core#", "http://xmlns.com/foaf/0.1/"):
        assert any(o.startswith(ns) for o in outside), ns


def test_ontology_metadata():
    """What an ontology's documentation shows of it (jhakg's own page, as pyLODE would):
    title, description, creator, publisher, licence, dates, version and its IRI, the
    namespace and prefix its terms are under."""
    g = load_ontology()
    onto = URIRef("https://w3id.org/jhakg/ontology")
    for p in (DCTERMS.title, DCTERMS.description, DCTERMS.creator, DCTERMS.publisher, DCTERMS.license,
              DCTERMS.created, DCTERMS.modified, OWL.versionInfo, OWL.versionIRI, VANN.preferredNamespacePrefix,
              VANN.preferredNamespaceUri):
        assert len(set(g.objects(onto, p))) == 1, p
    assert g.value(onto, DCTERMS.created).toPython() <= g.value(onto, DCTERMS.modified).toPython()
    assert str(g.value(onto, OWL.versionIRI)) == f"{onto}/{g.value(onto, OWL.versionInfo)}"
    assert str(g.value(onto, VANN.preferredNamespaceUri)) == JHA
    assert (str(g.value(onto, VANN.preferredNamespacePrefix)), URIRef(JHA)) in set(g.namespaces())
