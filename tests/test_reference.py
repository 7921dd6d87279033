"""The reference data under reference/: sourced, labelled, and usable as gazetteers."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from jhakg.namespaces import JHA, SCHEMA
from jhakg.reference.gazetteer import _finditer
from jhakg.reference.graphs import load_reference

SOURCED = (JHA.Agency, JHA.Country, JHA.MemberState, JHA.City, JHA.CouncilPresidency, JHA.InformationSystem,
           JHA.Institution, JHA.Committee, JHA.Network, JHA.Organisation, SKOS.ConceptScheme)


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def _of(ref, cls):
    return sorted(set(ref.subjects(RDF.type, cls)))


def test_no_blank_nodes(ref):
    assert not [t for t in ref if any(isinstance(x, BNode) for x in t)]


def test_every_reference_fact_cites_its_source(ref):
    for cls in SOURCED:
        for entity in _of(ref, cls):
            if cls == SKOS.ConceptScheme and (None, SKOS.inScheme, entity) not in ref:
                continue  # a scheme the extraction fills (document topics) states no reference facts
            assert ref.value(entity, DCTERMS.source) is not None, f"{entity} has no dct:source"


def test_nine_agencies_with_names_over_time(ref):
    agencies = {str(ref.value(a, SKOS.notation)): a for a in _of(ref, JHA.Agency)}
    assert set(agencies) == {"CEPOL", "EUAA", "EIGE", "EUDA", "eu-LISA", "Eurojust", "Europol", "FRA", "Frontex"}
    names = {str(ref.value(n, JHA.acronym)): n for a in agencies.values() for n in ref.objects(a, JHA.hasName)}
    assert ref.value(names["EASO"], SCHEMA.endDate).toPython() == dt.date(2022, 1, 18)
    assert ref.value(names["EUAA"], SCHEMA.startDate).toPython() == dt.date(2022, 1, 19)
    assert ref.value(names["EUDA"], SCHEMA.startDate).toPython() == dt.date(2024, 7, 2)
    for agency in agencies.values():
        assert ref.value(agency, JHA.seat) is not None, agency


def test_member_states_and_council_calendar(ref):
    states = {str(ref.value(s, SKOS.notation)) for s in _of(ref, JHA.MemberState)}
    assert len(states) == 27 and "GR" in states
    terms = sorted((ref.value(p, SCHEMA.startDate).toPython(), ref.value(p, SCHEMA.endDate).toPython(), p)
                   for p in _of(ref, JHA.CouncilPresidency))
    # every semester from 2007, the first of the order the Council set on 1 January 2007, to 2030, with no gap
    assert len(terms) == 48 and terms[0][0] == dt.date(2007, 1, 1) and terms[-1][1] == dt.date(2030, 12, 31)
    for (s1, e1, _), (s2, _, _) in zip(terms, terms[1:], strict=False):
        assert s1 < e1 and s2 == e1 + dt.timedelta(days=1)
    held = {p.rsplit("/", 1)[-1]: str(ref.value(ref.value(p, JHA.heldBy), SKOS.notation)) for _, _, p in terms}
    assert (held["2009-h2"], held["2012-h2"], held["2015-h2"], held["2016-h1"]) == ("SE", "CY", "LU", "NL")
    for _, _, p in terms:
        assert (ref.value(p, JHA.heldBy), RDF.type, JHA.MemberState) in ref


def test_systems_and_their_operator(ref):
    systems = {str(ref.value(s, SKOS.notation)): s for s in _of(ref, JHA.InformationSystem)}
    assert {"SIS", "VIS", "Eurodac", "EES", "ETIAS", "ECRIS-TCN", "e-CODEX", "ESP", "sBMS", "CIR", "MID"} <= set(systems)
    eu_lisa = URIRef("https://w3id.org/jhakg/id/agency/eu-lisa")
    assert ref.value(systems["SIS"], JHA.operatedBy) == eu_lisa


def test_empact_cycles_as_skos(ref):
    cycles = defaultdict(list)
    for p in _of(ref, JHA.EMPACTPriority):
        cycles[str(ref.value(p, SKOS.inScheme))].append(p)
        assert ref.value(p, SKOS.closeMatch) is not None, p
    assert sorted(len(v) for v in cycles.values()) in ([7, 10], [7, 11])


def test_labels_are_unambiguous_within_a_kind(ref):
    from jhakg.reference.gazetteer import Gazetteer

    gaz = Gazetteer(ref)
    for kind, labels in gaz._labels.items():
        if kind in ("city", "country"):
            continue  # Luxembourg is a city and a country on purpose
        shared = {label: iris for label, iris in labels.items() if len(iris) > 1}
        assert not shared, (kind, shared)
    for entity in gaz.entities.values():
        iri = URIRef(entity.iri)
        assert ref.value(iri, RDFS.label) is not None and ref.value(iri, SKOS.prefLabel) is not None, iri


def test_a_label_is_matched_on_one_line_or_wrapped_once_never_across_a_blank_line(gazetteer):
    def roles(text):
        return [text[m.start:m.end] for m in gazetteer.find(text, {"role"})]

    assert roles("the Home Affairs\nMinister said") == ["Home Affairs\nMinister"]
    assert roles("Home affairs\n\nMinister Tom Berg will speak.") == ["Minister"]


def test_a_role_label_in_the_plural(gazetteer):
    found = gazetteer.find("the two Vice-Presidents and the Vice-President", {"role"})
    assert [(m.plural, m.entity.rsplit("/", 1)[-1]) for m in found] == [(True, "vice-president"),
                                                                       (False, "vice-president")]


def test_names_chained_by_hyphens_are_each_found_and_a_prefix_is_not_a_name(gazetteer):
    def names(text):
        return [text[m.start:m.end] for m in gazetteer.find(text, {"agency", "system"})]

    assert names("a joint Frontex-EUAA-Europol team") == ["Frontex", "EUAA", "Europol"]
    assert names("the EES-ETIAS Advisory Group") == ["EES", "ETIAS"]
    assert names("non-Europol staff and an anti-Frontex protest") == []


_PIECES = ["Europol", "EUROPOL", "europol", "eu-LISA", "EU-LISA", "eu‐LISA", "Frontex-EUAA", "SIS II", "sis",
           "People’s", "Peoples", "People's", "Member States'", "the", "Council", "of", "the EU", "Justice and",
           "Home Affairs", "Minister", "Ministers", "non-", "-", "_", "x", "1", "2019", " ", "  ", "\n", "\n\n",
           ",", ".", "(", ")", "’", "Luxembourg", "Brussels", "Estonian", "Presidency", "E", "EU", "Vice-Presidents",
           "Ελλάδα", "Αθήνα", "ΑΘΉΝΑ", "Île", "Ö", "ß", "İ"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_trying_labels_only_where_a_word_begins_finds_what_a_full_scan_finds(gazetteer, pieces):
    text = "".join(pieces)
    starts = gazetteer._word_starts(text)
    for index, (kind, pattern, _) in enumerate(gazetteer._patterns):
        if index in gazetteer._scan_all:
            continue
        fast = [m.span() for m in _finditer(pattern, text, starts.get(index, []))]
        assert fast == [m.span() for m in pattern.finditer(text)], (kind, text)


def test_links_to_other_data_follow_the_linking_rules(seed_build):
    """Every member state, the institutions and the agencies link to Wikidata and the EU
    authority tables; a link is owl:sameAs (Wikidata), skos:exactMatch (a table or
    GeoNames) or skos:closeMatch (across a rename), each linked node cites its sources,
    and no link is reasoned over (no entailment names an outside IRI)."""
    from rdflib.namespace import OWL

    links = seed_build.graph("links")
    allowed = ("http://www.wikidata.org/entity/Q", "http://publications.europa.eu/resource/authority/",
               "https://sws.geonames.org/")
    for s, p, o in links:
        if p == DCTERMS.source:
            continue
        assert p in (OWL.sameAs, SKOS.exactMatch, SKOS.closeMatch) and str(o).startswith(allowed), (s, p, o)
        assert (s, DCTERMS.source, None) in links, s
        if "wikidata" in str(o):
            assert p in (OWL.sameAs, SKOS.closeMatch)
        else:
            assert p in (SKOS.exactMatch, SKOS.closeMatch)
    ref = seed_build.reference
    states = set(ref.subjects(RDF.type, JHA.MemberState))
    assert len(states) == 27
    for state in states:
        targets = {str(o) for o in links.objects(state, None) if not str(o).startswith("https://github")}
        assert any(t.startswith(allowed[0]) for t in targets) and any("/country/" in t for t in targets), state
    europol = URIRef("https://w3id.org/jhakg/id/agency/europol")
    assert (europol, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q207203")) in links
    euaa = URIRef("https://w3id.org/jhakg/id/agency/euaa")
    assert (euaa, OWL.sameAs, None) not in links  # the item may not span the rename from EASO
    assert (euaa, SKOS.closeMatch, URIRef("http://publications.europa.eu/resource/authority/corporate-body/EASO")) in links
    for name, graph in seed_build.graphs.items():
        if name.endswith("inferred"):
            assert not [t for t in graph if any(str(x).startswith(allowed) for x in t)], name


def test_the_words_of_names_keep_letters_of_every_alphabet(gazetteer):
    # 'Košice' is one word: cut at its 'š', its 'Ko' would make a surname 'Kos' read as a body's word
    assert "Košice" in gazetteer.name_words
    assert "Ko" not in gazetteer.name_words


@pytest.mark.parametrize("text, agency", [
    # the agencies as the press describes them
    ("The EU's border agency reported fewer crossings.", "frontex"),
    ("The European border agency reported fewer crossings.", "frontex"),
    ("The EU police agency supported the operation.", "europol"),
    ("The EU judicial cooperation agency coordinated the case.", "eurojust"),
    # eu-LISA by the name the legislative procedure gave it, without 'European'
    ("The Agency for the operational management of large-scale IT systems in the area of freedom, security and "
     "justice would take over the systems.", "eu-lisa"),
])
def test_agencies_named_by_what_they_do(gazetteer, text, agency):
    assert [m.entity.rsplit("/", 1)[-1] for m in gazetteer.find(text) if m.kind == "agency"] == [agency]


def test_a_border_or_police_agency_of_a_state_is_none_of_them(gazetteer):
    assert [m for m in gazetteer.find("The Polish border agency and the Dutch police agency met.") if m.kind == "agency"] == []


@pytest.mark.parametrize("text, roles", [
    ("Training to Member States and support to the Member State concerned.", []),
    ("Member States' authorities met a Member of the Board.", ["Member"]),
    ("The members of the team briefed the Member States.", ["members"]),
])
def test_a_lookalike_of_a_label_names_nothing(gazetteer, text, roles):
    """'Member State' opens with the post 'member' and names none: the reference data says so
    (jha:lookalike), for any kind of match asked for."""
    assert [text[m.start:m.end] for m in gazetteer.find(text) if m.kind == "role"] == roles
    assert [text[m.start:m.end] for m in gazetteer.find(text, {"role"})] == roles
    assert not any(m.kind == "lookalike" for m in gazetteer.find(text))
