"""The SPARQL an entity's page asks the store: an agency's names, chairs and people, a
member state's Council presidencies, what mentions an entity, a fact's quotes (the
annotations whose body it is), the days of documents and meetings, a meeting's parts, a
presidency's neighbours, a person's posts, a priority's wordings. Each binds the entity's
IRI first, so that it reads little of an archive-sized store."""

from __future__ import annotations

from .catalogue import JHA, PREFIXES

OA = "PREFIX oa: <http://www.w3.org/ns/oa#> "
NAMES = PREFIXES + """SELECT ?label ?acronym ?from ?until WHERE {
  <%(iri)s> jha:hasName ?n . ?n rdfs:label ?label . OPTIONAL { ?n jha:acronym ?acronym }
  OPTIONAL { ?n schema:startDate ?from } OPTIONAL { ?n schema:endDate ?until }
} ORDER BY ?from ?label"""
CHAIRS = PREFIXES + """SELECT ?p ?year WHERE { ?p a jha:NetworkPresidency ; jha:heldBy <%(iri)s> ; jha:year ?year }
ORDER BY ?year"""
COUNCIL = PREFIXES + """SELECT ?p ?label ?start WHERE {
  ?p a jha:CouncilPresidency ; jha:heldBy <%(iri)s> ; rdfs:label ?label ; schema:startDate ?start } ORDER BY ?start"""
# how some meetings (?m, bound by VALUES) stand to an entity, and the part each relation is
ROLES = PREFIXES + """SELECT ?m ?rel WHERE { %(only)s ?m ?rel <%(iri)s> }"""
PARTS = {JHA + "hostedBy": "hosted", JHA + "chairedBy": "chaired", "http://schema.org/organizer": "organised",
         JHA + "participant": "took part", "http://schema.org/attendee": "took part"}
PEOPLE = PREFIXES + """SELECT ?person (SAMPLE(?n) AS ?name) (SAMPLE(?r) AS ?role) (MAX(?d) AS ?latest) WHERE {
  ?mandate a jha:Mandate ; org:organization <%(iri)s> ; org:member ?person . ?person rdfs:label ?n .
  OPTIONAL { ?mandate jha:roleLabel ?r } OPTIONAL { ?mandate jha:attestedOn ?d }
} GROUP BY ?person ORDER BY DESC(?latest) ?name LIMIT 31"""
SYSTEMS = PREFIXES + """SELECT DISTINCT ?s ?label WHERE {
  { <%(iri)s> jha:operates ?s } UNION { ?s jha:operatedBy <%(iri)s> } ?s skos:prefLabel ?label } ORDER BY ?label"""
# what mentions an entity (documents, and the items of listings, are what does)
MENTIONING = PREFIXES + """SELECT DISTINCT ?d WHERE { ?d schema:mentions <%(iri)s> }"""
# an entity's own values for some properties, each value with a label when it has one
VALUES = PREFIXES + """SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  VALUES ?p { %(properties)s } <%(iri)s> ?p ?o . OPTIONAL { ?o rdfs:label ?l }
} GROUP BY ?p ?o"""
# what stands in one of some relations (?rel) to the entity: its meetings are those of them
RELATED = PREFIXES + """SELECT DISTINCT ?m WHERE { VALUES ?rel { %(rels)s } ?m ?rel <%(iri)s> }"""
# the network presidencies of the years around one, with their agencies' short names
AROUND = PREFIXES + """SELECT ?p ?year ?agency (SAMPLE(?n) AS ?name) WHERE {
  VALUES ?year { %(years)s } ?p jha:year ?year ; a jha:NetworkPresidency ; jha:heldBy ?agency .
  OPTIONAL { ?agency skos:notation ?n }
} GROUP BY ?p ?year ?agency ORDER BY ?year ?name"""
# a person's posts: each mandate with its role and organisation; how the documents word it;
# the first and latest days they say it (three queries: in one, every wording would meet every day)
POSTS = PREFIXES + """SELECT ?mandate ?role ?organisation WHERE {
  ?mandate org:member <%(iri)s> ; a jha:Mandate .
  OPTIONAL { ?mandate org:role ?role } OPTIONAL { ?mandate org:organization ?organisation } }"""
WORDED = PREFIXES + """SELECT ?mandate (GROUP_CONCAT(DISTINCT ?worded; separator="\\n") AS ?wording) WHERE {
  ?mandate org:member <%(iri)s> ; jha:roleLabel ?worded } GROUP BY ?mandate"""
ATTESTED = PREFIXES + """SELECT ?mandate (MIN(?d) AS ?first) (MAX(?d) AS ?latest) WHERE {
  ?mandate org:member <%(iri)s> ; jha:attestedOn ?d } GROUP BY ?mandate"""
# the presidencies that made a priority theirs, and the words the documents use for it
PUT_FORWARD = PREFIXES + """SELECT ?p (SAMPLE(?l) AS ?label) (MIN(?s) AS ?start) WHERE {
  ?p jha:hasPriority <%(iri)s> . OPTIONAL { ?p rdfs:label ?l } OPTIONAL { ?p schema:startDate ?s }
} GROUP BY ?p ORDER BY ?start ?p"""
WORDINGS = PREFIXES + """SELECT DISTINCT ?t WHERE {
  ?t skos:broadMatch <%(iri)s> FILTER EXISTS { ?t a jha:Topic } } ORDER BY ?t"""
# the quotes a fact was read from: each annotation whose body is the fact, its document and span
EVIDENCE = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX jha: <https://w3id.org/jhakg/ontology#>
SELECT ?ann ?doc ?exact ?start ?end ?rule WHERE {
  ?ann oa:hasBody ?fact ; jha:rule ?rule ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?p .
  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
} ORDER BY ?doc ?start"""
# the annotations of facts (one fact, or those a pattern binds to ?fact), with their documents
STATING = PREFIXES + OA + """SELECT ?ann ?doc WHERE {
  %(facts)s ?ann oa:hasBody %(fact)s ; oa:hasTarget ?t . ?t oa:hasSource ?doc }"""
# the words and places of some annotations
QUOTED = OA + """SELECT ?ann ?exact ?start WHERE {
  VALUES ?ann { %(anns)s } ?ann oa:hasTarget ?t . ?t oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start }"""
# every document (and item of a listing), every meeting, and their days (read apart: two
# scans take half the time of one with an OPTIONAL lookup for each)
OF_CLASS = PREFIXES + "SELECT ?s WHERE { ?s a jha:%s }"
DAYS = PREFIXES + "SELECT ?s ?day WHERE { ?s %s ?day }"
DAY_OF = {"Document": "dct:issued|dct:date", "Meeting": "schema:startDate"}
# what a list that is cut links to when no browse page holds all of it: the query for all
ALL_DOCUMENTS = PREFIXES + OA + """SELECT DISTINCT ?document ?title ?issued WHERE {
  %(facts)s ?annotation oa:hasBody %(fact)s ; oa:hasTarget/oa:hasSource ?document .
  OPTIONAL { ?document rdfs:label ?title } OPTIONAL { ?document dct:issued ?issued }
} ORDER BY DESC(?issued) ?document"""
ALL_MEETINGS = PREFIXES + """SELECT ?meeting (SAMPLE(?l) AS ?label) (MIN(?s) AS ?start) WHERE {
  VALUES ?rel { %(rels)s } ?meeting ?rel <%(iri)s> ; a jha:Meeting ; rdfs:label ?l .
  OPTIONAL { ?meeting schema:startDate ?s }
} GROUP BY ?meeting ORDER BY DESC(?start) ?label"""
# the operators of a system that the reference data states (not read from a document)
REFERENCE_OPERATORS = PREFIXES + """SELECT DISTINCT ?a WHERE { GRAPH <%(base)sgraph/reference> { <%(iri)s> jha:operatedBy ?a } }"""
MEETING_ROLES = "jha:hostedBy jha:chairedBy schema:organizer jha:participant schema:attendee"
