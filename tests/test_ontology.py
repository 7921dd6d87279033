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


def test_documentation_shows_every_term_and_relation():
    """The ontology's page (jhakg/web/ontology_page.py) holds every class and property of
    the namespace once, in the section of its kind, with every sub-class, sub-property,
    domain, range and inverse the ontology states, both ways, and the shapes that target a
    class."""
    from jhakg.web.ontology_page import describe

    from .conftest import ROOT

    g = load_ontology()
    doc = describe(ROOT / "ontology" / "jhakg.ttl")
    terms = {t.iri: t for s in doc.sections for t in s.terms}
    assert sum(len(s.terms) for s in doc.sections) == len(terms)
    for kind, rdf_type in (("class", OWL.Class), ("object property", OWL.ObjectProperty),
                           ("datatype property", OWL.DatatypeProperty)):
        for t in g.subjects(RDF.type, rdf_type):
            if str(t).startswith(JHA):
                assert terms[str(t)].kind == kind and terms[str(t)].label == str(g.value(t, RDFS.label)), t

    def shown(term, relation) -> set[str]:
        """What the row ``relation`` of ``term`` links to: an ontology term's anchor, an IRI."""
        return {link.href for label, links in terms[str(term)].relations if label == relation for link in links}

    def name(term) -> str:
        return "#" + str(term)[len(JHA):] if str(term).startswith(JHA) else str(term)

    for p, forward, backward in ((RDFS.subClassOf, "sub-class of", "super-class of"),
                                 (RDFS.subPropertyOf, "sub-property of", "super-property of"),
                                 (RDFS.domain, "domain", "in domain of"), (RDFS.range, "range", "in range of"),
                                 (OWL.inverseOf, "inverse of", "inverse of")):
        for s, o in g.subject_objects(p):
            if str(s).startswith(JHA):
                assert name(o) in shown(s, forward), (s, p, o)
                if str(o).startswith(JHA):
                    assert name(s) in shown(o, backward), (o, backward, s)
    assert "#Place" in shown(JHA + "Meeting", "disjoint with") and "#Meeting" in shown(JHA + "Place", "disjoint with")
    assert "#Person" in shown(JHA + "Document", "disjoint with")  # an owl:AllDisjointClasses
    shapes = {s.name: s for s in terms[JHA + "Meeting"].shapes}
    assert {"MeetingShape", "ProvenanceShape", "LabelShape"} <= set(shapes) and shapes["LabelShape"].via is None
    assert {s.name: s.via for s in terms[JHA + "MemberState"].shapes}["LabelShape"] == "Place"


def test_documentation_of_other_ontologies(tmp_path):
    """What the jhakg ontology does not use yet is shown too: restrictions and unions in
    Manchester syntax, an RDFS class, property characteristics, an agent described in
    place, imports; a term without label or comment; no shapes file beside it."""
    from jhakg.web.ontology_page import describe, render_ontology
    from jhakg.web.templating import Link

    (tmp_path / "o.ttl").write_text("""
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix ex: <https://example.org/o#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/o> a owl:Ontology ; rdfs:label "Example" ; owl:imports <https://example.org/other> ;
    dct:creator [ foaf:name "A. Person" ] .
ex:A a owl:Class ; rdfs:label "A"@en , "Ein A"@de ;
    rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ex:p ; owl:someValuesFrom ex:B ] ,
                    [ a owl:Restriction ; owl:onProperty ex:p ; owl:maxQualifiedCardinality 2 ; owl:onClass ex:B ] ;
    owl:equivalentClass [ owl:unionOf ( ex:B ex:C ) ] .
ex:B a rdfs:Class .
ex:C a owl:Class .
ex:p a owl:ObjectProperty , owl:FunctionalProperty ; rdfs:domain ex:A ; rdfs:range ex:B .
ex:note a owl:AnnotationProperty .
""")
    doc = describe(tmp_path / "o.ttl")
    metadata = dict(doc.metadata)
    assert doc.title == "Example" and metadata["creator"] == [Link("A. Person")]
    assert metadata["imports"] == [Link("https://example.org/other", "https://example.org/other", external=True)]
    terms = {t.name: t for s in doc.sections for t in s.terms}
    a = dict((label, [link.text for link in links]) for label, links in terms["A"].relations)
    assert terms["A"].label == "A" and a["sub-class of"] == ["p max 2 B", "p some B"]
    assert a["equivalent to"] == ["(B or C)"] and a["in domain of"] == ["p"]
    assert terms["B"].kind == "class" and terms["note"].kind == "annotation property" and terms["note"].label == ""
    assert ("characteristics", "functional") in [(label, links[0].text) for label, links in terms["p"].relations]
    assert all(not t.shapes for t in terms.values())
    assert "<section id='note'><h3>note</h3>" in render_ontology(tmp_path / "o.ttl")


def test_documentation_is_the_same_in_every_process():
    """The page is made in a fixed order: the same bytes whatever Python's hash seed (it
    is written into `jhakg site`'s folder)."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    script = ("import sys, pathlib; from jhakg.web.ontology_page import render_ontology; "
              "sys.stdout.write(render_ontology(pathlib.Path(sys.argv[1])))")
    pages = {subprocess.run([sys.executable, "-c", script, str(ROOT / "ontology" / "jhakg.ttl")], check=True,
                            capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
             for seed in ("1", "2", "3")}
    assert len(pages) == 1
