"""Council presidencies named in phrasings the seeds do not use. The sentences are written
for these tests; terms come from the reference calendar in reference/."""

from __future__ import annotations

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import PROV

from .conftest import facts_of, graph_of, release


def _council(tmp_path, gazetteer, text: str) -> set[tuple[str, str]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "council_presidency")
    return {(f.record.member_state.rsplit("/", 1)[-1], f.record.start.isoformat()) for f in facts}


@pytest.mark.parametrize("text, expected", [
    ("Copenhagen, 1 July 2025\n\nDenmark today took over the presidency of the Council of the EU from Poland. "
     "The Danish presidency will be followed by Cyprus.\n",
     {("dk", "2025-07-01"), ("pl", "2025-01-01"), ("cy", "2026-01-01")}),
    ("Madrid, 20 October 2023\n\nThe fight against drug trafficking is a priority of the trio it forms with "
     "the Belgian and Hungarian presidencies.\n",
     {("be", "2024-01-01"), ("hu", "2024-07-01")}),
    ("Brussels, 9 March 2018\n\nAustria presented the priorities of its presidency, which will start in July.\n",
     {("at", "2018-07-01")}),
    ("Brussels, 8 January 2024\n\nBelgium holds the presidency of the Council for the thirteenth time. "
     "It takes over from Spain and will hand over to Hungary on 1 July.\n",
     {("be", "2024-01-01"), ("es", "2023-07-01"), ("hu", "2024-07-01")}),
    # a country's name with its article before 'Presidency'
    ("The Hague, 17 June 2016\n\nThe seminar was organised with the Netherlands Presidency of the Council.\n",
     {("nl", "2016-01-01")}),
])
def test_presidencies_named_by_handover_and_in_lists(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # no presidency in the passage: a country taking over something else
    "Lisbon, 2 July 2024\n\nPortugal took over the coordination of the project from Spain last week.\n",
    # the network presidency passes between agencies, not member states
    "Warsaw, 15 December 2025\n\nFrontex will hand over the network presidency to the EUDA on 1 January.\n",
    # no date to place the term by
    "Denmark took over the presidency of the Council from Poland.\n",
    # the article of another word ('the Hague Presidency office' is no country)
    "The Hague, 17 June 2016\n\nThe seminar was organised in the Hague Presidency building.\n",
])
def test_no_council_presidency_without_one_in_the_passage(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


def _network(tmp_path, gazetteer, text: str) -> set[tuple[str, int]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "network_presidency")
    return {(f.record.agency.rsplit("/", 1)[-1], f.record.year) for f in facts}


def test_incoming_and_outgoing_chairs_take_their_years_from_the_one_the_text_settles(tmp_path, gazetteer):
    text = ("Tallinn, 15 November 2024\n\nThe meeting brought together the incoming and outgoing presidencies of "
            "the JHA agencies' network, Frontex and eu-LISA. eu-LISA has chaired the network throughout 2024.\n")
    assert _network(tmp_path, gazetteer, text) == {("eu-lisa", 2024), ("frontex", 2025)}
    # with no year for either, neither is given one
    unsettled = ("Tallinn, 15 November 2024\n\nThe meeting brought together the incoming and outgoing presidencies "
                 "of the JHA agencies' network, Frontex and eu-LISA.\n")
    assert _network(tmp_path, gazetteer, unsettled) == set()


def test_an_undated_page_places_a_presidency_by_the_dates_it_states(tmp_path, gazetteer):
    text = ("Justice and Home Affairs Council, 12-13 June 2025\n\nMinisters met in Luxembourg on 12 and 13 June 2025. "
            "The incoming Danish presidency presented its work programme.\n")
    assert ("dk", "2025-07-01") in _council(tmp_path, gazetteer, text)


# -- issue 8: the network's chairs as real releases give them, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # succession and lists
    ("Vienna, 3 March 2021\n\nIn the JHA agencies' network, Europol took over in 2019, followed by EASO in "
     "2020 and CEPOL in 2021.\n", {("europol", 2019), ("euaa", 2020), ("cepol", 2021)}),
    ("Vienna, 3 March 2021\n\nFRA and Frontex will chair the JHA agencies' network in 2022 and 2023 "
     "respectively.\n", {("fra", 2022), ("frontex", 2023)}),
    ("Vienna, 3 March 2021\n\nThe JHA agencies' network was chaired by Europol (2019), EASO (2020) and CEPOL "
     "(2021).\n",
     {("europol", 2019), ("euaa", 2020), ("cepol", 2021)}),
    # a succession with many words between the first agency and its year
    ("Warsaw, 2 February 2016\n\nFrontex took over the chair of the network of EU Justice and Home Affairs "
     "agencies in 2015, followed by Europol in 2016.\n", {("frontex", 2015), ("europol", 2016)}),
    # years in brackets, with 'presidencies'
    ("The Hague, 1 March 2016\n\nEurojust (2016), the EMCDDA (2017) and CEPOL (2018) agreed on a joint plan for "
     "their successive presidencies of the JHA agencies' network.\n",
     {("eurojust", 2016), ("euda", 2017), ("cepol", 2018)}),
    # 'coordinated the network', 'a role it passes to B on 1 January' in a December release
    ("Budapest, 18 December 2019\n\nThroughout the year CEPOL has coordinated the network of the EU agencies working "
     "in justice and home affairs, a role it passes to Europol on 1 January.\n", {("cepol", 2019), ("europol", 2020)}),
    # the year a relative clause gives the one handed over from
    ("Tallinn, 15 December 2015\n\nFrom 1 January eu-LISA will chair the JHA agencies' network, taking over from "
     "FRA, which led the network in 2015.\n", {("fra", 2015), ("eu-lisa", 2016)}),
    # a year that dates the handover, not the one handing over
    ("Warsaw, 5 June 2025\n\nThe EUDA will take over the JHA agencies' network from Frontex in 2026.\n",
     {("euda", 2026), ("frontex", 2025)}),
    # 'the 2014 chairmanship of X'; a list of years and agencies
    ("Valletta, 13 November 2014\n\nUnder the 2014 chairmanship of the European Asylum Support Office, the heads of "
     "the JHA agencies' network met in Valletta.\n", {("euaa", 2014)}),
    ("About the JHA agencies' network\n\nPast chairs: 2017 – the EMCDDA; 2018 – EIGE; 2019 – Frontex.\n",
     {("euda", 2017), ("eige", 2018), ("frontex", 2019)}),
    # 'passes from A to B'
    ("Vilnius, 18 December 2023\n\nOn 1 January 2024 the presidency of the JHA agencies' network passes from "
     "Eurojust to the European Institute for Gender Equality.\n", {("eurojust", 2023), ("eige", 2024)}),
    ("Lisbon, 3 March 2025\n\nThe EUDA chairs the JHA agencies' network in 2025 for the second time after "
     "2017.\n", {("euda", 2025), ("euda", 2017)}),
    # (the year of a verb in the present, where only the earlier term's is given; none for the past or the future)
    ("Lisbon, 3 March 2025\n\nThe EUDA is chairing the JHA agencies' network for the second time, after 2017.\n",
     {("euda", 2025), ("euda", 2017)}),
    ("Lisbon, 3 March 2025\n\nThe EUDA chaired the JHA agencies' network for the second time after 2017.\n",
     {("euda", 2017)}),
    ("Lisbon, 3 March 2025\n\nThe EUDA will chair the JHA agencies' network for the second time after 2017.\n",
     {("euda", 2017)}),
    ("Lisbon, 3 March 2025\n\nThe EUDA is chairing the JHA agencies' network for the second time.\n", {("euda", 2025)}),
    # the year the agency handed over from was its year at the helm; the taker's the year after
    ("Vienna, 20 June 2025\n\nFRA took over the chairmanship of the JHA Agencies' Network from Europol on 1 January, "
     "after Europol's year at the helm in 2024.\n", {("europol", 2024), ("fra", 2025)}),
    # 'it', the chair the sentence before tells of, held in a year (not another 'it')
    ("About the network\n\nThe JHA Agencies' Network was set up in 2006. The chairmanship rotates among the nine agencies "
     "each year. EIGE last held it in 2018.\n", {("eige", 2018)}),
    ("About the network\n\nThe JHA Agencies' Network was set up in 2006. Its report was adopted in March. EIGE last held "
     "it in 2018.\n", set()),
    # the heads' meetings, the network's older form, chaired
    ("Bramshill, 20 March 2013\n\nCEPOL chairs the meetings of the heads of the justice and home affairs agencies in "
     "2013, taking over from Eurojust.\n", {("cepol", 2013), ("eurojust", 2012)}),
    ("Vienna, 20 March 2011\n\nFRA, which chairs the meetings of the heads of the justice and home affairs agencies this "
     "year, will host the heads in Vienna.\n", {("fra", 2011)}),
    ("Vienna, 20 March 2011\n\nFRA attended the meetings of the heads of the JHA agencies in 2011.\n", set()),
    # the network as 'network meetings of the JHA agencies', 'this year' in a dated release
    ("News Published: 3 June 2021\nAgencies train together\n\nThe plan is on the agenda of the yearly "
     "network meetings of the JHA agencies, chaired this year by the European Asylum Support Office.\n",
     {("euaa", 2021)}),
    # the chair now, and the next one with its year
    ("The heads of the Justice and Home Affairs agencies gather in Warsaw. At present the network is chaired "
     "by Frontex. The EUAA will chair the network in 2021.\n", {("frontex", 2020), ("euaa", 2021)}),
    # the chair now, in a dated release
    ("Eurojust presents its JHAAN presidency programme\n3 February 2023\n\nThe agency spoke to the "
     "ministers.\n", {("eurojust", 2023)}),
])
def test_network_chairs_as_real_releases_give_them(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the year of a relative clause on the one handed over from, after its abbreviation in brackets
    ("Riga, 10 January 2019\n\nEIGE now leads the JHA agencies' network. It takes over from the European Union "
     "Agency for Fundamental Rights (FRA), which chaired the network in 2018.\n", {("eige", 2019), ("fra", 2018)}),
    # 'on 1 January 2017' is the receiver's year; 'during the busy year 2016' the giver's
    ("The Hague, 4 January 2017\n\nEurojust took over the chair of the JHA agencies' network on 1 January 2017 "
     "from Frontex, which led the network during the busy year 2016.\n", {("eurojust", 2017), ("frontex", 2016)}),
    # 'succeeding A' names the one taken over from
    ("Warsaw, 12 March 2013\n\nFrontex has taken over the chair of the JHA agencies' network for 2013, "
     "succeeding CEPOL.\n", {("frontex", 2013), ("cepol", 2012)}),
    # a year alone, ahead, opens the receiver's term; the agency of the sentence before hands nothing over
    ("Vienna, 6 June 2022\n\nThe heads of the JHA agencies' network met at FRA in Vienna. In 2023 the "
     "chairmanship will pass to the EUDA.\n", {("euda", 2023)}),
    # 'hand the chair to B' at the end of a year
    ("Lisbon, 20 November 2015\n\nAt the end of 2015, the EMCDDA will hand the chair of the JHA agencies' "
     "network to Europol.\n", {("euda", 2015), ("europol", 2016)}),
    # a person hands over, or no one is said to: only the receiver is settled
    ("Ljubljana, 9 December 2020\n\nThe heads of the JHA agencies' network met at Eurojust. At the close of the "
     "meeting, Mr Novak handed over the chair to Frontex, which will lead the network in 2021.\n",
     {("frontex", 2021)}),
    ("Vienna, 7 December 2018\n\nFRA welcomed the heads of the JHA agencies to Vienna. The day ended with the "
     "handover of the network's chair to EIGE, which will lead the network in 2019.\n", {("eige", 2019)}),
    # lines of years and agencies under a line about the network's chair
    ("About the network\n\nThe chair of the JHA agencies' network rotates every year among its members:\n\n"
     "2016 - Eurojust\n2017 - the EMCDDA\n2018 - European Institute for Gender Equality (EIGE)\n",
     {("eurojust", 2016), ("euda", 2017), ("eige", 2018)}),
    ("News from the JHA agencies' network\n\nNetwork chairs in past years\n2019  Frontex\n2020  FRA\n\nContact us\n",
     {("frontex", 2019), ("fra", 2020)}),
    # the network's older name
    ("The Hague, 4 May 2011\n\nThe director reported on Europol's chairmanship of the contact group of JHA "
     "agencies, which Europol holds this year.\n", {("europol", 2011)}),
    # 'The agency' after a sentence that names one agency
    ("Tallinn, 8 July 2017\n\nThe ministers visited eu-LISA in Tallinn. The agency, which runs three large IT "
     "systems, chairs the network of the JHA agencies this year.\n", {("eu-lisa", 2017)}),
    # 'at the start of the year', told in the page's year
    ("Warsaw, 21 November 2014\n\nThe JHA agencies' network met in Warsaw. Frontex took over the chair from CEPOL "
     "at the start of the year.\n", {("frontex", 2014), ("cepol", 2013)}),
    # 'the agencies' contact group' in a sentence naming its members, however far from them
    ("The Hague, 30 November 2012\n\nThe heads of the Justice and Home Affairs agencies held their yearly meeting at "
     "Eurojust in The Hague, chaired by the President of Eurojust as chair of the agencies' contact group in "
     "2012.\n", {("eurojust", 2012)}),
    # the network led or coordinated by an agency, in the passive, with the year before or after the agency
    ("Lisbon, 4 May 2011\n\nThe board will help the JHA agencies' contact group, which is led in 2011 by the "
     "European Police College (CEPOL).\n", {("cepol", 2011)}),
    ("Tallinn, 8 July 2013\n\nCEPOL takes part this year in the cooperation of JHA agencies, which is coordinated "
     "in 2013 by the European Institute for Gender Equality (EIGE) in Vilnius.\n", {("eige", 2013)}),
    ("Tallinn, 8 July 2013\n\nThe JHA agencies' network was coordinated by Frontex in 2012.\n", {("frontex", 2012)}),
])
def test_network_chairs_in_other_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


def test_network_chairs_in_an_interviews_answers(tmp_path, gazetteer):
    head = ("Agency news\nInterview | 2019-06-12\n\nAn interview with the EMCDDA Director\n\nWe spoke to its Director "
            "about the JHA agencies' network.\n\nQ: How did the year start?\n\n")
    # 'we' and 'us' in the answers are the agency whose head answers; a clause opening with its year after 'and'
    text = head + ("Oostveen-Lacerda: We took over the chair of the network from EIGE, which led the network in 2018, "
                   "and in 2020 Frontex will take over from us.\n")
    assert _network(tmp_path, gazetteer, text) == {("euda", 2019), ("eige", 2018), ("frontex", 2020)}
    # in a question, 'we' is the interviewer's: only what the sentence settles without it
    text = head + "Q: We took over the chair of the network from EIGE, which led the network in 2018?\n"
    assert ("euda", 2019) not in _network(tmp_path, gazetteer, text)


@pytest.mark.parametrize("text", [
    # 'its year at the helm' is ahead: no year is given
    "Lisbon, 28 November 2017\n\nAt the JHA agencies' network meeting, EIGE presented the outline of its "
    "programme for its year at the helm.\n",
    # the chair of another network that a text about the JHA agencies names
    "Budapest, 5 June 2019\n\nThe EU Agencies Network met in Budapest; the JHA agencies took part. "
    "Detlef Weber, Executive Director of CEPOL and chair of the network, currently leads its work.\n",
    # chairing now, with no date to say which year
    "The JHA agencies' network is currently chaired by Frontex.\n",
    # a year that is not the chair's: the agency's own anniversary, and a succession whose year is not given
    "Warsaw, 2 February 2016\n\nFrontex, which was founded in 2004, took over the chair of the JHA agencies' "
    "network from Europol.\n",
    "Lisbon, 2 May 2019\n\nThe chair of the JHA agencies' network passes from Eurojust to EIGE.\n",
    # led or coordinated by an agency, but not the network: an operation of the agencies, a delegation to the network
    "Warsaw, 2 February 2014\n\nThe joint operation of the JHA agencies was led by Frontex in 2013.\n",
    "Warsaw, 2 February 2014\n\nThe joint operation of the JHA agencies, which was led by Frontex in 2013, ended.\n",
    "Warsaw, 2 February 2014\n\nAt the JHA agencies' network meeting the delegation was led by Frontex in 2013.\n",
])
def test_no_network_chair_where_the_year_is_not_settled(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text", [
    # the year the agency began its work, not its chair's
    "Valletta, 2 March 2015\n\nEASO, which began operating in 2011, chairs the JHA agencies' network for the "
    "first time.\n",
    # the chair of an agency's own board
    "Vienna, 20 June 2017\n\nThe JHA agencies' network has nine members.\n\nFRA's Management Board met on Monday "
    "and Tuesday in Vienna, under the chairmanship of Dr Anna Berg.\n",
    # years and agencies under a line that is not about the chair; a single such line
    "JHA agencies' network\n\nThe members, by the year they were set up:\n\n2004 - Frontex\n2005 - CEPOL\n",
    "JHA agencies' network\n\nThe chair of the network:\n\n2019 - Frontex\n\nContact us\n",
    # a contact group on something else; 'the agency' after a sentence naming two
    "Lisbon, 4 May 2011\n\nThe EMCDDA chairs the contact group on drug markets this year.\n",
    "Tallinn, 8 July 2017\n\nThe ministers visited eu-LISA and Frontex. The agency, which runs three large IT "
    "systems, chairs the network of the JHA agencies this year.\n",
    # a start of the year still ahead, and the agencies' group on something else
    "Warsaw, 21 November 2014\n\nThe JHA agencies' network met in Warsaw. Frontex will take over the chair from "
    "CEPOL at the start of the year.\n",
    "Lisbon, 4 May 2011\n\nThe EMCDDA chairs the agencies' contact group on drug markets this year.\n",
])
def test_no_network_chair_from_an_agency_start_or_its_board(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a term stated as a half year, on an undated page
    ("The Swedish Presidency worked to make the EU safer. These are its results in the first half of 2023.\n",
     {("se", "2023-01-01")}),
    ("During the first half of 2025, Poland holds the presidency of the Council.\n", {("pl", "2025-01-01")}),
    # 'COUNTRY, which holds the presidency'
    ("Zagreb, 23 January 2020\n\nCroatia, which holds the Presidency of the Council for the first time, hosts the "
     "ministers.\n", {("hr", "2020-01-01")}),
    # a list of terms, each with its own months
    ("The trio of presidencies: Spain (July–December 2023), Belgium (January–June 2024) and Hungary "
     "(July–December 2024).\n", {("es", "2023-07-01"), ("be", "2024-01-01"), ("hu", "2024-07-01")}),
])
def test_council_terms_stated_as_periods(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (the calendar holds every half-year from 2007 to 2030: these are before it)
    ("Vienna, 5 January 2006\n\nAustria holds the presidency of the Council of the EU from 1 January to 30 June "
     "2006.\n", {("at", "2006-01-01", "2006-06-30")}),
    ("The presidencies of that year: Austria (January–June 2006) and Finland (July–December 2006).\n",
     {("at", "2006-01-01", "2006-06-30"), ("fi", "2006-07-01", "2006-12-31")}),
    # a meeting's days nearer the name than the term: the term is the half-year
    ("Tampere, 18 July 2006\n\nMinisters meet in Tampere on 18 and 19 July at the invitation of the Finnish Presidency, "
     "which runs from 1 July until 31 December 2006.\n", {("fi", "2006-07-01", "2006-12-31")}),
])
def test_a_term_the_calendar_does_not_hold_is_taken_as_the_text_states_it_in_full(tmp_path, gazetteer, text,
                                                                                   expected):
    facts = facts_of(release(tmp_path, text), gazetteer, "council_presidency")
    assert {(f.record.member_state.rsplit("/", 1)[-1], f.record.start.isoformat(), f.record.end.isoformat())
            for f in facts} == expected
    assert all(f.record.stated and f.record.presidency.endswith(
        f"{f.record.start.year}-h{1 if f.record.start.month == 1 else 2}") for f in facts)


def test_a_term_taken_from_the_text_is_described_in_the_documents_graph(tmp_path, gazetteer):
    from jhakg.extract import extract
    from jhakg.namespaces import JHA, SCHEMA

    doc = release(tmp_path, "Vienna, 5 January 2006\n\nAustria holds the presidency of the Council of the EU from "
                            "1 January to 30 June 2006.\n")
    graph = graph_of(extract(doc, gazetteer), gazetteer)
    term = URIRef("https://w3id.org/jhakg/id/presidency/council/2006-h1")
    assert (term, RDF.type, JHA.CouncilPresidency) in graph
    assert [str(graph.value(term, p)) for p in (JHA.heldBy, SCHEMA.startDate, SCHEMA.endDate)] == [
        "https://w3id.org/jhakg/id/country/at", "2006-01-01", "2006-06-30"]
    assert graph.value(term, JHA.presidencyOf) is not None and graph.value(term, PROV.wasDerivedFrom) is not None


@pytest.mark.parametrize("text, state", [
    # not a half-year from its first day to its last
    ("Vienna, 5 January 2006\n\nAustria holds the presidency of the Council of the EU from 1 January to 3 June 2006.\n",
     "at"),
    # a year alone does not state the term
    ("Vienna, 5 January 2006\n\nAustria holds the presidency of the Council of the EU in 2006.\n", "at"),
    # a half-year the calendar gives another member state is not taken from the text
    ("Riga, 5 January 2018\n\nLatvia holds the presidency of the Council of the EU from 1 January to 30 June "
     "2018.\n", "lv"),
])
def test_no_term_outside_the_calendar_unless_the_text_states_a_half_year_in_full(tmp_path, gazetteer, text, state):
    facts = facts_of(release(tmp_path, text), gazetteer, "council_presidency")
    assert not any(f.record.stated for f in facts)
    assert all(f.record.member_state.endswith(f"/{state}") is False for f in facts)


def test_a_country_with_months_in_brackets_is_a_term_only_in_a_passage_about_presidencies(tmp_path, gazetteer):
    assert _council(tmp_path, gazetteer, "Arrivals by country: Spain (July–December 2023) rose by a third.\n") == set()


# -- set 5's phrasings of the network's chair, in sentences written for these tests
@pytest.mark.parametrize("text, expected", [
    # 'at the head of the network'
    ("Riga, 10 December 2021\n\nWith its last meeting of the year, held in Riga on 8 December, Frontex ended a "
     "second year at the head of the JHA agencies' network in 2021.\n", {("frontex", 2021)}),
    # 'since 1 January YEAR' opens the chair's term; the agency's own start is another year
    ("Lisbon, 3 March 2016\n\nSince 1 January 2016 the EMCDDA leads the network of the JHA agencies, a role the "
     "centre, which began its work in 1995, holds for the second time.\n", {("euda", 2016)}),
    # of several years, the one the word of chairing governs
    ("Tallinn, 4 December 2024\n\nThe JHA agencies' network met in Tallinn. eu-LISA, which opened its "
     "Strasbourg site in 2012, has chaired the network of the nine agencies throughout 2024.\n", {("eu-lisa", 2024)}),
    ("Vienna, 30 November 2017\n\nThe JHA agencies' network reviewed its work in 2017 and thanked FRA, which will "
     "coordinate the network in 2018.\n", {("fra", 2018)}),
    # 'after X's chairmanship', 'after X steered it': X in the year before
    ("Vilnius, 5 December 2016\n\nEIGE has chaired the JHA agencies' network in 2016, after Eurojust steered it "
     "through a difficult year.\n", {("eige", 2016), ("eurojust", 2015)}),
    ("Vilnius, 5 December 2016\n\nThe heads met at EIGE, which has chaired the JHA agencies' network in 2016 after "
     "Frontex's chairmanship last year.\n", {("eige", 2016), ("frontex", 2015)}),
    # 'the year in which X chairs the network': the page's year
    ("Riga, 28 November 2019\n\nThe meeting closed the year in which CEPOL chairs the JHA agencies' network.\n",
     {("cepol", 2019)}),
    # their network, in a page that names the JHA agencies' network
    ("Warsaw, 2 December 2013\n\nThe JHA agencies' network met in Warsaw. The heads "
     "thanked the staff. It was the end of a year during which "
     "Frontex, for the first time, chaired their cooperation network in 2013.\n", {("frontex", 2013)}),
    # 'In January the chair will pass to B', in a November page
    ("Valletta, 17 November 2022\n\nThe JHA agencies' network met in Valletta. In January the chair of the "
     "network will pass to Europol.\n", {("europol", 2023)}),
    # 'respectively' after another agency's name
    ("Lisbon, 4 March 2019\n\nJHA agencies' network: after EIGE's busy year, Europol and CEPOL chair the network "
     "in 2019 and 2020 respectively.\n", {("europol", 2019), ("cepol", 2020)}),
    # a handover with no year, the receiver's year given in another sentence
    ("Vienna, 1 December 2017\n\nEASO hands over the network chair to EIGE\n\nThe JHA agencies' network met in "
     "Vienna. EIGE, which will chair the network in 2018, presented its programme.\n",
     {("eige", 2018), ("euaa", 2017)}),
])
def test_network_chairs_in_set_five_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # the handover of a system, not of the chair
    "The Hague, 24 November 2022\n\nThe JHA agencies' network met in The Hague. The heads of agencies discussed "
    "the planned handover of the e-CODEX system to eu-LISA in 2023.\n",
    # an agency that took over from another under its new name, not the chair
    "Lisbon, 5 December 2024\n\nThe JHA agencies' network met in Lisbon. \"We take over a network in good "
    "shape,\" said the Director of the EUDA, whose agency took over from the EMCDDA in July.\n",
    # 'the year in which' a chair is still ahead
    "Riga, 28 November 2019\n\nThe JHA agencies' network prepared the year in which CEPOL will chair it.\n",
])
def test_no_network_chair_from_a_system_handover_or_a_renamed_agency(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


# -- tests/paraphrases6: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # 'since January' in a page of October: this year's January
    ("Warsaw, 20 October 2015\n\nFrontex has chaired the JHA agencies' network since January; in January the chair "
     "of the network will pass to FRA.\n", {("frontex", 2015), ("fra", 2016)}),
    # 'In 2027 the chair passes to B': the year stated, not the one after it
    ("Lisbon, 19 March 2026\n\nThe JHA agencies' network met in Lisbon. In 2028 the chair of the network passes "
     "to CEPOL.\n", {("cepol", 2028)}),
    # 'coordinates the agencies' contact group', after a sentence that names the agencies
    ("Budapest, 10 June 2010\n\nThe director spoke of the ties among the justice and home affairs agencies. "
     "Europol, which coordinates the agencies' contact group this year, hosts the heads in autumn.\n",
     {("europol", 2010)}),
    # 'the agencies in the area of justice and home affairs'
    ("The Hague, 3 December 2010\n\nThe heads of the agencies in the area of justice and home affairs met in The "
     "Hague. Eurojust has coordinated the agencies' contact group in 2010.\n", {("eurojust", 2010)}),
    # a line of years and agencies set apart by bars, under a heading about the network's chairs
    ("Vienna, 21 November 2025\n\nPast chairs of the JHA agencies' network\n2019 Eurojust | 2020 CEPOL | 2021 "
     "Europol\n\nThe heads met in Vienna.\n", {("eurojust", 2019), ("cepol", 2020), ("europol", 2021)}),
])
def test_network_chairs_in_set_six_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a line of years and agencies that is no list of the network's chairs
    "Vienna, 21 November 2025\n\nAgencies founded\n2002 Eurojust | 2005 CEPOL\n\nThe heads met in Vienna.\n",
    # a line with other words between the pairs
    "Vienna, 21 November 2025\n\nPast chairs of the JHA agencies' network\n2019 Eurojust was praised | 2020 CEPOL "
    "too\n",
    # 'the agencies' contact group' with no sentence naming the agencies before it
    "Budapest, 10 June 2010\n\nThe director spoke of training. Europol, which coordinates the agencies' contact "
    "group this year, hosts the heads in autumn.\n",
])
def test_no_network_chair_in_these_set_six_phrasings(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # ', whose country holds the presidency', after a country or a demonym
    ("Vienna, 2 October 2018\n\nThe board is chaired by a civil servant from Austria, whose country holds the "
     "presidency of the Council until December.\n", {("at", "2018-07-01")}),
    ("Paris, 3 March 2022\n\nThe French minister, Ms Durand, whose country took over the presidency of the Council "
     "in January, opened the conference.\n", {("fr", "2022-01-01")}),
    # ', the country holding the presidency'
    ("Sofia, 5 February 2018\n\nThe meeting was hosted by Bulgaria, the country holding the presidency of the "
     "Council.\n", {("bg", "2018-01-01")}),
    # a trio's terms over the months stated, in the order given
    ("Madrid, 3 October 2023\n\nThe three countries hold the presidency from July 2023 to December 2024 for six "
     "months each: Spain, Belgium and Hungary, respectively.\n",
     {("es", "2023-07-01"), ("be", "2024-01-01"), ("hu", "2024-07-01")}),
    ("Warsaw, 8 January 2025\n\nPoland, Denmark and Cyprus form the trio. They hold the presidency of the Council "
     "from January 2025 to June 2026, in that order.\n",
     {("pl", "2025-01-01"), ("dk", "2025-07-01"), ("cy", "2026-01-01")}),
    # a term the calendar does not hold (it begins in 2007), stated on the banner's next line
    ("Luxembourg Presidency of the Council of the European Union\n1 January - 30 June 2005\n\nNews, 9 March "
     "2005\n\nMinisters met today.\n", {("lu", "2005-01-01")}),
])
def test_council_presidencies_in_set_six_phrasings(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'whose country' holding something else
    "Vienna, 2 October 2018\n\nThe board is chaired by a civil servant from Austria, whose country holds the "
    "record for visits.\n",
    # three countries over months that are not three terms of six
    "Madrid, 3 October 2023\n\nSpain, Belgium and Hungary discussed the presidency's budget from July 2023 to "
    "March 2024, respectively.\n",
    # the line under the banner holds other words than the dates
    "Luxembourg Presidency of the Council of the European Union\nConference season 1 January - 30 June 2005\n\n"
    "News, 9 March 2005\n\nMinisters met today.\n",
])
def test_no_council_presidency_in_these_set_six_phrasings(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("The meeting closed Frontex's 2021 chairmanship of the JHA agencies' network, the second in the agency's "
     "history, after 2015.", {("frontex", 2021), ("frontex", 2015)}),
    ("The meeting closed Frontex's 2023 chairmanship of the JHA agencies' network - its third, after 2015 and "
     "2019.", {("frontex", 2023), ("frontex", 2015), ("frontex", 2019)}),
])
def test_an_ordinal_chairmanship_after_earlier_years(tmp_path, gazetteer, sentence, expected):
    assert _network(tmp_path, gazetteer, sentence) == expected


def test_an_ordinal_after_a_year_of_something_else_is_no_chairmanship(tmp_path, gazetteer):
    sentence = ("The meeting closed Frontex's 2021 chairmanship of the JHA agencies' network; the report was the "
                "second in the series, after 2016.")
    assert _network(tmp_path, gazetteer, sentence) == {("frontex", 2021)}


# -- set 7's phrasings of a Council presidency, in sentences written for these tests
@pytest.mark.parametrize("text, expected", [
    # 'the Council presidency', 'the EU Council Presidency' after a holder
    ("Lisbon, 4 March 2025\n\nThe talks were chaired by Poland, which holds the Council presidency until June.\n",
     {("pl", "2025-01-01")}),
    ("Valletta, 3 December 2016\n\nThe minister set out the plans of Malta, which will hold the EU Council "
     "presidency from January.\n", {("mt", "2017-01-01")}),
    ("Helsinki, 20 November 2019\n\nA message came from the justice minister of Finland, whose country holds the EU "
     "Council Presidency until December.\n", {("fi", "2019-07-01")}),
    # the holder after the presidency: 'the presidency ..., which X holds', 'the presidency that X holds'
    ("Ljubljana, 5 November 2021\n\nThe state secretary represented the presidency that Slovenia holds until "
     "December.\n", {("si", "2021-07-01")}),
    ("Rome, 10 October 2014\n\nShe spoke for the presidency of the Council, which Italy holds from July to "
     "December 2014.\n", {("it", "2014-07-01")}),
    # the terms of a trio's members, in a sentence that names no presidency
    ("Tallinn, 10 July 2017\n\nThe programme is shared with the trio partners Bulgaria (January-June 2018) and "
     "Austria (July-December 2018).\n", {("bg", "2018-01-01"), ("at", "2018-07-01")}),
    # 'in the first half of the year': the page's year, stated in full for a term the calendar lacks
    ("Budapest, 12 October 2011\n\nThe date was fixed by ministers under the Hungarian Presidency in the first "
     "half of the year.\n", {("hu", "2011-01-01")}),
])
def test_council_presidencies_in_set_seven_phrasings(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'which X holds' after something else than the presidency
    "Rome, 10 October 2014\n\nThe presidency welcomed the report, which Italy holds to be essential.\n",
    # a country and its months in brackets, with neither a presidency nor a trio in the passage
    "Tallinn, 10 July 2017\n\nThe partners Bulgaria (January-June 2018) and Austria (July-December 2018) "
    "share the costs.\n",
    # 'the first half of the year' on a page with no date of its own settles no year
    "Ministers met under the Hungarian Presidency in the first half of the year.\n",
])
def test_no_council_presidency_in_these_set_seven_phrasings(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


# -- tests/paraphrases7: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # 'took over the chair ... and will hand it over to B for YEAR', 'and passes it on to B'
    ("Riga, 20 November 2019\n\nThe JHA agencies' network met in Riga. CEPOL took over the chair from FRA in January "
     "and will hand it over to EIGE for 2020.\n", {("cepol", 2019), ("fra", 2018), ("eige", 2020)}),
    ("Lisbon, 1 December 2015\n\nThe JHA agencies' network met in Lisbon. Eurojust took over the network's chair from "
     "Europol on 1 January and passes it on to the EMCDDA at the end of the year.\n",
     {("eurojust", 2015), ("europol", 2014), ("euda", 2016)}),
    # a page with no date of its own: 'in January' read at the date of the meeting over the text
    ("Heads of JHA agencies meeting | Riga, 12-13.11.2019\n\nThe JHA agencies' network met in Riga. Eurojust took "
     "over the chair from Europol in January and passes it on to FRA, which will lead the network in 2020.\n",
     {("eurojust", 2019), ("europol", 2018), ("fra", 2020)}),
    # ', taking over from A, and it will pass the chair to B for YEAR': two clauses
    ("Vienna, 28 November 2014\n\nFRA has chaired the JHA agencies' network throughout 2014, taking over from EIGE, "
     "and it will pass the chair to Europol for 2015.\n", {("fra", 2014), ("eige", 2013), ("europol", 2015)}),
    # 'the year in which X chaired the network, taking over from A'
    ("Tallinn, 2 December 2022\n\nThe heads met in Tallinn. The meeting ended the year in which Europol chaired the "
     "JHA agencies' network, taking over from EIGE.\n", {("europol", 2022), ("eige", 2021)}),
    # a succession told over the sentences after one about the chair
    ("Lisbon, 5 March 2024\n\nThe chair of the JHA agencies' network rotates every year. Europol opened the series "
     "in 2016 and EIGE followed in 2017. CEPOL took over in 2018, followed by FRA in 2019 and Frontex in 2020. EASO "
     "and Eurojust chaired in 2021 and 2022 respectively, the EMCDDA in 2023.\n",
     {("europol", 2016), ("eige", 2017), ("cepol", 2018), ("fra", 2019), ("frontex", 2020), ("euaa", 2021),
      ("eurojust", 2022), ("euda", 2023)}),
    # 'A and B led the network in Y1 and Y2', with no 'respectively'
    ("Vienna, 3 March 2021\n\nFrontex and Europol led the JHA agencies' network in 2019 and 2020.\n",
     {("frontex", 2019), ("europol", 2020)}),
    # 'X, the network's chair in YEAR'
    ("Valletta, 3 July 2024\n\nThe JHA agencies' network prepares its yearly meeting. The EUDA will attend the "
     "meeting that Europol, the network's chair in 2024, organises in The Hague.\n", {("europol", 2024)}),
    # what the sentence says before such an apposition is read too: 'the network, chaired by A in YEAR, which took
    # over from B, the network's chair in YEAR-1, ...'
    ("Lisbon, 4 March 2021\n\nThe heads of the JHA agencies met online; the network, chaired by CEPOL in 2021, which "
     "took over from the EMCDDA, the network's chair in 2020, adopted its work programme.\n",
     {("cepol", 2021), ("euda", 2020)}),
    ("Lisbon, 4 March 2021\n\nThe heads of the JHA agencies met in 2021. Founded in 1995, Europol, the network's "
     "chair in 2020, spoke first.\n", {("europol", 2020)}),
    # 'It last chaired the network in YEAR', 'The agency had chaired the network once before, in YEAR'
    ("Vilnius, 30 November 2021\n\nEIGE has chaired the JHA agencies' network throughout 2021. It last chaired the "
     "network in 2013.\n", {("eige", 2021), ("eige", 2013)}),
    ("Tallinn, 16 November 2023\n\nThe meeting closed eu-LISA's year as chair of the JHA agencies' network, which it "
     "took over from Eurojust in January. The agency had chaired the network once before, in 2014.\n",
     {("eu-lisa", 2023), ("eurojust", 2022), ("eu-lisa", 2014)}),
    # the network's older name: 'coordinates the cooperation among the agencies' of the area of freedom, security
    # and justice
    ("Lisbon, 22 November 2012\n\nThe heads of the EU agencies working in the area of freedom, security and justice "
     "gathered in Lisbon, hosted by the EMCDDA, which coordinates the cooperation among the agencies in 2012.\n",
     {("euda", 2012)}),
])
def test_network_chairs_in_set_seven_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'it' is something else than the chair the sentence took
    "Riga, 20 November 2019\n\nThe JHA agencies' network met in Riga. CEPOL, the chair of the network, drafted the "
    "report and will hand it over to eu-LISA in 2020.\n",
    # 'in January' on a page that states no date
    "The JHA agencies' network met in Riga. Eurojust took over the chair from Europol in January.\n",
    # a year in which the chair is still ahead
    "Tallinn, 2 December 2022\n\nThe heads met in Tallinn to prepare the year in which Europol will chair the JHA "
    "agencies' network, taking over from EIGE.\n",
    # agencies' own years after a sentence about the chair; a succession of something else
    "Lisbon, 5 March 2024\n\nThe chair of the JHA agencies' network rotates every year. Frontex was founded in 2004 "
    "and CEPOL followed in 2005.\n",
    "Lisbon, 5 March 2024\n\nThe JHA agencies' network met in Lisbon. Europol opened the series of workshops in 2016 "
    "and EIGE followed in 2017.\n",
    # 'It' after a sentence that makes no agency the chair; a chair of something else after the agency
    "Vilnius, 30 November 2021\n\nThe heads of the JHA agencies' network met at EIGE. It last chaired the network in "
    "2013.\n",
    "Warsaw, 3 July 2019\n\nThe JHA agencies' network met. Frontex, the board's chair in 2019, met the EUDA.\n",
    # the cooperation of agencies that are not said to be the network's members
    "Lisbon, 22 November 2012\n\nThe EMCDDA coordinates the cooperation between the agencies in 2012.\n",
    "Lisbon, 22 November 2012\n\nThe heads of the EU agencies working in the area of freedom, security and justice "
    "met; the EMCDDA coordinates the cooperation between the two agencies on drugs in 2012.\n",
])
def test_no_network_chair_in_these_set_seven_phrasings(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


def test_a_list_of_terms_under_a_heading_about_the_presidencies(tmp_path, gazetteer):
    page = ("Council news\nDate of publication: 17/06/2014\n\nPresidency trio\nItaly ............ July - December 2014\n"
            "Latvia: January - June 2015\nLuxembourg ....... July - December 2015\n\nThe programme was endorsed.\n")
    assert _council(tmp_path, gazetteer, page) == {("it", "2014-07-01"), ("lv", "2015-01-01"), ("lu", "2015-07-01")}
    # not under another heading, nor a line that goes on after the months
    assert _council(tmp_path, gazetteer, page.replace("Presidency trio", "Exhibitions on tour")) == set()
    assert _council(tmp_path, gazetteer, "Council news\nDate of publication: 17/06/2014\n\nPresidency trio\n"
                                         "Italy ............ July - December 2014 and later\n") == set()


# -- tests/paraphrases8: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # 'the presidency, which his country holds': the minister's country, named before
    ("Bratislava, 14 September 2016\n\nThe Slovak interior minister, Mr Novák, spoke for the Council Presidency, "
     "which his country holds in the second half of 2016.\n", {("sk", "2016-07-01")}),
    # ... with the relative pronoun left out (set 15)
    ("Bratislava, 14 September 2016\n\nThe Slovak interior minister, Mr Novák, spoke for the Council presidency "
     "his country holds from July until the end of December 2016.\n", {("sk", "2016-07-01")}),
    # a member state's months in charge of the Council (set 15)
    ("Stockholm, 17 July 2009\n\nIt was the first meeting during Sweden's six months in charge of the Council, from "
     "1 July to 31 December 2009.\n", {("se", "2009-07-01")}),
])
def test_council_presidencies_in_set_eight_phrasings(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'which his country' with no presidency it holds
    "Bratislava, 14 September 2016\n\nThe Slovak minister praised the report, which his country holds to be fair.\n",
    # a presidency her country admired; months in charge of another council (set 15)
    "Bratislava, 14 September 2016\n\nThe Slovak minister praised the presidency her country admired.\n",
    "Stockholm, 17 July 2009\n\nSweden's six months in charge of the Council of Europe's Committee of Ministers ended.\n",
])
def test_no_council_presidency_in_these_set_eight_phrasings(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # 'in its year as chair', the page's year
    ("Published 3 May 2021\n\nHost: the European Union Agency for Criminal Justice Cooperation, in its year as chair "
     "of the JHA Agencies' Network\n", {("eurojust", 2021)}),
    # the heads' meeting 'which X chairs this year'
    ("Lisbon, 4 March 2025\n\nThe results go to the meeting of the heads of the JHA agencies, which Frontex chairs "
     "this year.\n", {("frontex", 2025)}),
])
def test_network_chairs_in_set_eight_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a heading 'HANDOVER TO B' says who takes over, not who hands over
    "Valletta, 7 December 2023\n\nFrontex, which chaired the JHA agencies' network in 2022, presented a toolkit.\n\n"
    "HANDOVER TO EUROPOL FOR 2024\n\nThe chair passed at the closing session.\n",
    # an agency that only hosts the heads' meeting
    "Lisbon, 4 March 2025\n\nThe results go to the meeting of the heads of the JHA agencies, which Frontex hosts "
    "this year.\n",
])
def test_no_network_chair_in_these_set_eight_phrasings(tmp_path, gazetteer, text):
    found = _network(tmp_path, gazetteer, text)
    assert ("frontex", 2023) not in found and ("frontex", 2025) not in found, found


# -- a chair named 'now' in an apposition, beside the sentence's news in the past: sentences written for this test

def test_a_chair_now_beside_news_in_the_past(tmp_path, gazetteer):
    assert _network(tmp_path, gazetteer, "Riga, 4 March 2024\n\nThe JHA agencies' network, currently chaired by "
                                         "CEPOL, met in Riga.\n") == {("cepol", 2024)}
    # without an adverb of now, a past sentence dates nothing: 'chaired by' may be the year before
    assert _network(tmp_path, gazetteer, "Riga, 4 March 2024\n\nThe JHA agencies' network, chaired by CEPOL, "
                                         "met in Riga last autumn.\n") == set()


# -- presiding over the Council, and 'currently' holding its presidency: sentences written for these tests

@pytest.mark.parametrize("text, expected", [
    ("Lisbon, 3 March 2021\n\nFrom January to June 2021 Portugal presides over the Council of the EU.\n",
     {("pt", "2021-01-01")}),
    ("Lisbon, 3 March 2021\n\nPortugal, which currently holds the EU Council presidency, hosted the ministers.\n",
     {("pt", "2021-01-01")}),
])
def test_presiding_over_the_council_and_holding_it_now(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a minister presiding over a meeting, a president over a court
    "Lisbon, 3 March 2021\n\nThe Portuguese minister presided over the meeting of the JHA Council.\n",
    "Lisbon, 3 March 2021\n\nPortugal's judge presided over the Court's chamber.\n",
])
def test_presiding_over_something_else_is_no_council_presidency(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a participle of taking over before the clause's subject: the subject takes the chair, the one it
    # takes over from held the year before
    ("In 2020, taking over from EIGE, Eurojust chaired the JHA Agencies' Network.",
     {("eurojust", 2020), ("eige", 2019)}),
    ("Taking over the chairmanship from FRA, Frontex led the JHA Agencies' Network in 2015.",
     {("frontex", 2015), ("fra", 2014)}),
    ("Succeeding EIGE, Eurojust chaired the JHA Agencies' Network in 2020.", {("eurojust", 2020), ("eige", 2019)}),
])
def test_network_chairs_after_a_fronted_takeover(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # taking over something else than the chair; two agencies after a body that is no agency
    "Taking over the project from EIGE, Eurojust hosted a meeting of the JHA Agencies' Network in 2020.",
    "The JHA Agencies' Network met in 2020. Taking over from the Commission, Europol and Eurojust chaired the "
    "network's working group in 2020.",
])
def test_no_network_chair_from_a_fronted_takeover_of_something_else(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # chairing the Council, assuming its presidency, and both as the subject of a passive
    ("Brussels, 2 January 2024\n\nFrom 1 January, Belgium will chair the Council of the EU for six months.\n",
     {("be", "2024-01-01")}),
    ("Budapest, 1 July 2024\n\nToday Hungary assumed the presidency of the Council.\n", {("hu", "2024-07-01")}),
    ("Vilnius, 5 January 2027\n\nThe Presidency of the Council of the EU is held by Lithuania until June.\n",
     {("lt", "2027-01-01")}),
    ("Brussels, 20 December 2024\n\nIn the second half of 2024, the Council was chaired by Hungary.\n",
     {("hu", "2024-07-01")}),
])
def test_council_presidencies_by_chairing_assuming_or_a_passive(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # the presidency of another body; the Council of Europe; a meeting of the Council, not the Council
    "Stockholm, 4 March 2023\n\nSweden holds the presidency of the Frontex Management Board this year.\n",
    "Strasbourg, 4 March 2024\n\nBelgium chaired the Council of Europe's committee of ministers.\n",
    "Strasbourg, 4 March 2024\n\nBelgium chairs the Council of Europe this spring.\n",
    "Brussels, 4 March 2024\n\nThe Council meeting was chaired by a minister; Belgium was represented.\n",
])
def test_no_council_presidency_from_another_bodys_presidency_or_chair(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


def test_a_year_set_inside_a_list_of_past_chairs_is_the_next_agencys(tmp_path, gazetteer):
    text = ("The Hague, 10 December 2015\n\nThis was Europol's first year in the chair of the JHA Agencies' Network; "
            "previous chairs included CEPOL, Eurojust and, in 2014, eu-LISA.\n")
    assert ("eu-lisa", 2014) in _network(tmp_path, gazetteer, text)
    assert ("cepol", 2014) not in _network(tmp_path, gazetteer, text)


@pytest.mark.parametrize("note, found", [("(foreseen)", True), ("(incoming)", True), ("(cancelled)", False)])
def test_rows_of_chairs_with_a_note_in_brackets(tmp_path, gazetteer, note, found):
    text = ("Warsaw, 20 November 2025\n\nChairs of the JHA Agencies' Network\n2024 – Europol\n2025 – CEPOL\n"
            f"2027 – EUAA {note}\n")
    assert (("euaa", 2027) in _network(tmp_path, gazetteer, text)) is found


def test_the_agent_of_a_passive_does_not_take_over_the_chair(tmp_path, gazetteer):
    # the passive's own year holds; who takes over is not named ('the institute')
    text = ("Budapest, 30 January 2020\n\nThe institute contributed to the JHA Agencies' Network, which was chaired by "
            "Eurojust in 2019, and prepared to take over the Presidency of the Network for 2020.\n")
    assert _network(tmp_path, gazetteer, text) == {("eurojust", 2019)}


@pytest.mark.parametrize("text, expected", [
    # the agency the sentence opens with takes over, the verb joined to its predicate after the relative clause
    ("CEPOL contributed to the JHA Agencies' Network, which was chaired by Eurojust in 2019, and prepared to take "
     "over its Presidency for 2020.", {("eurojust", 2019), ("cepol", 2020)}),
    ("CEPOL contributed to the JHA Agencies' Network, which was chaired by Eurojust in 2019, and will take over "
     "its Presidency in 2020.", {("eurojust", 2019), ("cepol", 2020)}),
    # another subject after the 'and': not the opening agency's
    ("CEPOL welcomed a delegation of the JHA Agencies' Network, which was chaired by Eurojust in 2019, and its "
     "staff prepared to take over the Presidency for 2020.", {("eurojust", 2019)}),
])
def test_a_takeover_joined_after_a_relative_clause_with_a_passive(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, f"Budapest, 30 January 2020\n\n{text}\n") == expected


@pytest.mark.parametrize("text, expected", [
    # 'takes the baton from A', with A's year from B's stated elsewhere; the pairs after it read apart
    ("Budapest, 10 January 2022\n\nAs of 1 January, and for the whole of 2022, CEPOL holds the chair of the JHA "
     "Agencies Network.\n\nCEPOL takes the baton from EASO, which steered the network through a hard year – after "
     "Eurojust in 2019 and Frontex a year later.\n",
     {("cepol", 2022), ("euaa", 2021), ("eurojust", 2019), ("frontex", 2020)}),
    ("Budapest, 10 January 2022\n\nThe JHA Agencies Network changes chair every year. CEPOL takes the baton from "
     "EASO, which steered the network in 2021.\n", {("cepol", 2022), ("euaa", 2021)}),
    # the agent of a passive who is the subject of its own relative clause's takeover; the year written, not the
    # page's for a day written without one
    ("Brussels, 10 March 2024\n\nThe JHA agencies network was chaired throughout 2023 by the European Institute for "
     "Gender Equality (EIGE), which took over from CEPOL on 1 January.\n", {("eige", 2023), ("cepol", 2022)}),
    # the members named in another wording
    ("Vilnius, 20 October 2014\n\nThe conference is part of EIGE's activities as chair of the network of EU agencies "
     "working in the area of justice and home affairs this year.\n", {("eige", 2014)}),
])
def test_a_baton_taken_a_year_later_and_a_passives_agent_taking_over(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'took the helm' of something else than from an agency: no takeover
    ("Budapest, 10 January 2022\n\nThe JHA Agencies Network met in Budapest. Ms Kovacs took the helm of CEPOL in "
     "2021.\n", set()),
    # a year later after a year that is not the first agency's
    ("Budapest, 10 January 2022\n\nThe JHA Agencies Network was set up in 2010 and Frontex a year later joined "
     "it.\n", set()),
])
def test_no_chair_from_another_helm_or_a_year_later_without_a_chair(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


def test_a_table_of_chairs_under_its_head_of_columns(tmp_path, gazetteer):
    text = ("Vilnius, 12 March 2021\n\nEIGE is a member of the JHA Agencies' Network.\n\nYear | Chairing agency | Seat\n"
            "2019 | EASO | Valletta\n2020 | Europol | The Hague\n2021 | CEPOL | Budapest (incoming)\n")
    assert _network(tmp_path, gazetteer, text) == {("euaa", 2019), ("europol", 2020), ("cepol", 2021)}
    # a table whose years head no column of chairs, or a row with a second agency in it
    other = text.replace("Chairing agency", "Host agency")
    assert _network(tmp_path, gazetteer, other) == set()
    mixed = text.replace("| Valletta", "| Frontex")
    assert ("euaa", 2019) not in _network(tmp_path, gazetteer, mixed)


@pytest.mark.parametrize("text, expected", [
    # the baton passed from one agency to another, in a text about the network that the sentence does not name
    ("Tallinn, 17 November 2016\n\nThe heads of the JHA agencies' network met in Tallinn. Closing the meeting, "
     "eu-LISA's Executive Director confirmed that his agency will pass the baton to the EMCDDA next year.\n",
     {("euda", 2017), ("eu-lisa", 2016)}),
    # a handover dated by the start of a year: that year is the receiver's
    ("The Hague, 27 April 2023\n\nIn 2022 Eurojust led the JHA Agencies' Network. At the start of 2023 we passed the "
     "chairmanship on to the European Union Agency for Fundamental Rights.\n", {("eurojust", 2022), ("fra", 2023)}),
    # the agency a clause describes, not another chair the sentence opens with
    ("Tallinn, 2 October 2014\n\nThe Chair of the eu-LISA Management Board met the Fundamental Rights Agency, the "
     "Vienna-based body that coordinates the JHA agencies' network for 2014.\n", {("fra", 2014)}),
])
def test_a_baton_passed_a_handover_at_the_start_of_a_year_and_a_described_chair(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a question, or a baton passed in a text that does not name the network
    "Warsaw, 4 March 2024\n\nDoes Europol chair the JHA Agencies' Network in 2024?\n",
    "Warsaw, 4 March 2024\n\nFrontex will pass the baton to Europol next year in the joint training project.\n",
])
def test_no_chair_from_a_question_or_a_baton_outside_the_network(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


def test_the_agency_with_its_capital_takes_its_turn_on_its_own_page(tmp_path, gazetteer):
    text = ("eu-LISA - European Agency for large-scale IT systems\nNews\n\nPosted 2 October 2014\n\nThe agencies of the "
            "JHA network met in Tallinn.\n\nWhat's next\nThe Agency will take its own turn at the head of the network "
            "in 2016.\n")
    assert ("eu-lisa", 2016) in _network(tmp_path, gazetteer, text)
    assert ("eu-lisa", 2016) not in _network(tmp_path, gazetteer, text.replace("The Agency will", "The agency will"))


def test_a_table_of_chairs_with_dashes_and_notes_on_a_name(tmp_path, gazetteer):
    text = ("Tallinn, 15 January 2026\n\nChairs of the JHA Agencies Network since 2022\n\nYear – Chairing agency\n"
            "2023 – Europol\n2024 – EUDA (EMCDDA until 1 July 2024)\n2025 – EUAA\n2027 – EIGE (provisional)\n")
    assert _network(tmp_path, gazetteer, text) == {("europol", 2023), ("euda", 2024), ("euaa", 2025), ("eige", 2027)}
    # a note that is no date's nor plan's: the row says something else
    assert ("euda", 2024) not in _network(tmp_path, gazetteer, text.replace("(EMCDDA until 1 July 2024)", "(cancelled)"))


@pytest.mark.parametrize("text, expected", [
    # the earlier term after 'since' or 'after', before the year of this one or after it
    ("The Hague, 6 December 2019\n\nFor the second time since 2010, Eurojust has held the chair of the network of the "
     "JHA agencies, this time in 2019.\n", {("eurojust", 2010), ("eurojust", 2019)}),
    ("Brussels, 17 November 2020\n\nSpeech at the annual meeting of the Heads of the Justice and Home Affairs Agencies"
     "\n\nFrontex took on the chairmanship of your network for this year, its second time at the helm after 2011.\n",
     {("frontex", 2011), ("frontex", 2020)}),
    # one agency following in its year, after a sentence about the chair
    ("Bramshill, 25 October 2012\n\nCEPOL holds the chair of the JHA agencies' network in 2012, having succeeded "
     "Frontex, which chaired it in 2011. The Fundamental Rights Agency will follow in 2013.\n",
     {("cepol", 2012), ("frontex", 2011), ("fra", 2013)}),
])
def test_a_second_term_since_a_year_and_one_agency_following(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


def test_no_chair_from_an_agency_following_after_a_sentence_about_something_else(tmp_path, gazetteer):
    text = ("Bramshill, 25 October 2012\n\nCEPOL holds the chair of the JHA agencies' network in 2012. The Board met in "
            "Vienna. The Fundamental Rights Agency will follow in 2013.\n")
    assert ("fra", 2013) not in _network(tmp_path, gazetteer, text)


@pytest.mark.parametrize("text, expected", [
    # a term's first and last days said apart, for a half-year the calendar does not hold
    ("Strasbourg, 24 May 2011\n\nMEPs thanked the Hungarian Presidency, which has led the Council since January and whose "
     "term ends on 30 June 2011.\n", {("hu", "2011-01-01")}),
    ("The Hague, 13 November 2014\n\nI thank the Italian Presidency of the Council, which since 1 July – and until the "
     "end of December – has put internal security high on its agenda.\n", {("it", "2014-07-01")}),
])
def test_a_presidency_with_its_first_and_last_days_said_apart(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # months that make no half-year, or a start with no end (before the calendar, which begins in 2007)
    "Strasbourg, 24 May 2006\n\nMEPs thanked the Austrian Presidency, which has worked on the file since March and "
    "until the end of May 2006.\n",
    "Strasbourg, 24 May 2006\n\nMEPs thanked the Austrian Presidency, which has led the Council since January.\n",
])
def test_no_presidency_from_days_that_make_no_half_year(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a member state taking over on the first day of a half-year the calendar does not hold: that half-year
    ("Brussels, 13 March 2006\n\nFinland takes over the Presidency on 1 July 2006.\n", {("fi", "2006-07-01")}),
    ("Brussels, 24 May 2006\n\nFinland, which takes over the Council presidency on 1 July 2006, will give priority to "
     "the file.\n", {("fi", "2006-07-01")}),
])
def test_a_presidency_taken_over_on_the_first_day_of_a_half_year(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


def test_no_presidency_taken_over_on_another_day(tmp_path, gazetteer):
    assert _council(tmp_path, gazetteer, "Brussels, 24 May 2006\n\nFinland takes over the Council presidency on 3 July "
                                         "2006.\n") == set()


@pytest.mark.parametrize("text, expected", [
    # a takeover 'following' the agency a relative clause gives its year
    ("Brussels, 20 March 2024\n\nAt the beginning of 2024, Eurojust took over the presidency of the network of EU "
     "Justice and Home Affairs agencies for one year, following Frontex, which held it in 2023.\n",
     {("eurojust", 2024), ("frontex", 2023)}),
    # a passive chair 'after B's presidency in YEAR': B's year is not the chair's
    ("Warsaw, 2 February 2026\n\nFrontex also takes part in the JHA Agencies' Network, chaired in 2026 by the EU Drugs "
     "Agency (EUDA) after EIGE's presidency in 2025.\n", {("euda", 2026), ("eige", 2025)}),
    # of two years, the one the word of chairing governs
    ("Brussels, 20 March 2024\n\nEurojust took over the presidency of the JHA Agencies' Network in 2024, following a "
     "decision by Frontex's board in 2023.\n", {("eurojust", 2024)}),
    # an earlier term that is not the year before: the chair alone; an 'after' that is no term: the chair alone
    ("Warsaw, 2 February 2026\n\nThe JHA Agencies' Network is chaired in 2026 by the EUDA, after EIGE's presidency in "
     "2019.\n", {("euda", 2026)}),
    ("Warsaw, 2 February 2026\n\nThe JHA Agencies' Network is chaired in 2026 by the EUDA, after EIGE's seminar in "
     "2025.\n", {("euda", 2026)}),
])
def test_a_chair_following_or_after_another_agencys_term(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


def test_a_term_from_its_first_day_until_the_end_of_its_year(tmp_path, gazetteer):
    text = ("Valletta, 12 June 2006\n\nThe Board thanked the Austrian Presidency of the Council, which ends on 30 June, and "
            "heard the priorities of the Finnish Presidency, which runs from 1 July until the end of 2006.\n")
    # the days said apart are the Finnish Presidency's, not the Austrian one's named before (both before the calendar)
    assert _council(tmp_path, gazetteer, text) == {("fi", "2006-07-01")}
    for other in ("runs from 3 July until the end of 2006", "has worked since 1 July and will report at the end of 2006"):
        assert _council(tmp_path, gazetteer, text.replace("runs from 1 July until the end of 2006", other)) == set()


@pytest.mark.parametrize("text, expected", [
    # the presidency 'held by' a member state, a participle
    ("Vienna, 10 November 2015\n\nThe Council Presidency held by Luxembourg from 1 July to 31 December 2015 was "
     "represented by its adviser.\n", {("lu", "2015-07-01")}),
    # a country's name with its article and a possessive's apostrophe
    ("Vilnius, 18 November 2016\n\nThe meeting took place during the Netherlands' Presidency of the Council "
     "(January-June 2016).\n", {("nl", "2016-01-01")}),
])
def test_a_presidency_held_by_a_state_or_named_with_a_possessive(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


def test_no_council_presidency_from_another_bodys_presidency_held_by_a_state(tmp_path, gazetteer):
    assert _council(tmp_path, gazetteer, "Vienna, 10 November 2015\n\nThe presidency of the Management Board held by "
                                         "Luxembourg since 2014 ended.\n") == set()


def test_the_chair_before_a_list_of_earlier_chairs_with_their_years(tmp_path, gazetteer):
    text = ("Budapest, 24 May 2018\n\nCEPOL chairs the Justice and Home Affairs Agencies' Network this year, after EIGE in "
            "2016 and Frontex in 2017.\n")
    assert _network(tmp_path, gazetteer, text) == {("cepol", 2018), ("eige", 2016), ("frontex", 2017)}
    # the pairs alone, with no agency of its own before them: the pairs
    assert _network(tmp_path, gazetteer, text.replace("CEPOL chairs", "The chair of")) == {("eige", 2016),
                                                                                           ("frontex", 2017)}


def test_a_timelines_entry_takes_the_year_of_the_line_above_it(tmp_path, gazetteer):
    text = ("Vilnius, 20 January 2026\n\nOur history\n\n2017\nFor the first time, EIGE chairs the network of the nine "
            "Justice and Home Affairs agencies.\n\n2026\nEIGE chairs the JHA agencies' network for the second time.\n")
    assert _network(tmp_path, gazetteer, text) == {("eige", 2017), ("eige", 2026)}
    # a year line that is not right above the entry's line: the page's year
    apart = text.replace("2017\nFor the first", "2017\n\nFor the first")
    assert _network(tmp_path, gazetteer, apart) == {("eige", 2026)}


@pytest.mark.parametrize("text, expected", [
    # the relative clause right after the agency, in a sentence that lists the other agencies too
    ("Budapest, 16 November 2025\n\nThe heads of the JHA agencies - CEPOL, EIGE, Europol and FRA - met in Budapest "
     "at the invitation of CEPOL, which holds the presidency of the network this year.\n", {("cepol", 2025)}),
    # a year before the noun it dates is no year of chairing ('the network's 2025 joint report')
    ("Warsaw, 19 February 2026\n\nThe JHA agencies' network met. Europol's Executive Director handed over the "
     "chairmanship, recalling the network's 2025 joint report.\n", set()),
    ("Warsaw, 19 February 2026\n\nThe JHA agencies' network met. Europol handed over the chairmanship of the network "
     "in 2025.\n", {("europol", 2024)}),
])
def test_network_chairs_in_the_twenty_seventh_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a takeover of something else than the chair, after a sentence about the network
    ("The Hague, 23 November 2012\n\nThe JHA agencies' network met in The Hague. For the first time the network "
     "welcomed eu-LISA, which will take over the operational management of the VIS from the Commission on 1 December.\n",
     set()),
    # 'the year in which X chairs the network, after B in YEAR': X's is the page's year, B's the one written
    ("Tallinn, 12 October 2016\n\nIt is a pleasure to speak in the year in which eu-LISA chairs the JHA agencies' "
     "network, after the EMCDDA in 2015.\n", {("eu-lisa", 2016), ("euda", 2015)}),
    # 'B took over the chair from A, which chaired it in YEAR, and will be followed by C in YEAR+2': B's is YEAR+1
    ("The Hague, 20 November 2017\n\nEurojust took over the chair of the JHA agencies' network from eu-LISA, which "
     "chaired it in 2016, and will be followed by EASO in 2018.\n", {("eurojust", 2017), ("eu-lisa", 2016), ("euaa", 2018)}),
])
def test_network_chairs_in_the_twenty_eighth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'we' in a post by the agency's head, under a byline with the post
    ("Director's blog\nBy Anna Berg, Director of FRA | 18 December 2024\n\nOur year at the head of the JHA agencies' "
     "network draws to a close. On 1 January we pass the baton to Europol, which will chair the network next year.\n",
     {("fra", 2024), ("europol", 2025)}),
    # a relative year needs no preposition to pair with the agency before it
    ("Brussels, 8 March 2019\n\nThe Council took note of a presentation by Eurojust, which chairs the JHA agencies' "
     "network in 2019, taking over from EASO, which held the chair last year.\n", {("eurojust", 2019), ("euaa", 2018)}),
    # a second thing said is a clause of its own
    ("Brussels, 26 September 2018\n\nThe JHA agencies' network met. He recalled that last year, under eu-LISA's "
     "chairmanship, the agencies agreed on training, and announced that Eurojust would take over the chair of the "
     "network in January.\n", {("eu-lisa", 2017), ("eurojust", 2019)}),
])
def test_network_chairs_in_the_twenty_ninth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


def test_a_stated_period_after_a_member_state_s_name_is_its_own(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Vilnius, 22 November 2011\n\nI thank the Hungarian Presidency, which held the "
                                       "Council presidency in the first half of the year, and the Polish Presidency of "
                                       "the Council, which runs from July to December 2011, for their support.\n"),
                     gazetteer, "council_presidency")
    assert {(f.record.member_state.rsplit("/", 1)[-1], f.record.start.isoformat()) for f in facts} == {
        ("hu", "2011-01-01"), ("pl", "2011-07-01")}


def test_after_an_agency_s_own_year_at_the_helm(tmp_path, gazetteer):
    text = ("Vienna, 29 January 2026\n\nThe meeting was hosted by FRA but chaired by Frontex, the European Border and "
            "Coast Guard Agency, which holds the rotating chair of the JHA agencies' network in 2026 after FRA's own "
            "year at the helm in 2025.\n")
    assert _network(tmp_path, gazetteer, text) == {("frontex", 2026), ("fra", 2025)}


@pytest.mark.parametrize("text, expected", [
    # the members named as the agencies of the area of freedom, security and justice, or 'for justice and home affairs'
    ("Stockholm, 13 November 2009\n\nFrontex coordinates the network of EU agencies in the area of freedom, security "
     "and justice during 2009.\n", {("frontex", 2009)}),
    ("The Hague, 26 February 2016\n\nThe directors of the EU agencies for justice and home affairs met at the premises "
     "of Eurojust, which chairs their network this year.\n", {("eurojust", 2016)}),
    # the network the object of a relative clause with 'coordinates'
    ("Bucharest, 14 March 2019\n\nThe Director of CEPOL spoke on behalf of the JHA agencies' network, which CEPOL "
     "coordinates in 2019.\n", {("cepol", 2019)}),
    # near misses: another network an agency coordinates; 'their network' of no agencies named as the members
    ("Bucharest, 14 March 2019\n\nThe Director of CEPOL spoke of the training network, which CEPOL coordinates in "
     "2019.\n", set()),
    ("The Hague, 26 February 2016\n\nThe prosecutors met at the premises of Eurojust, which chairs their network this "
     "year.\n", set()),
])
def test_network_chairs_in_the_thirty_first_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


def test_a_member_state_s_eu_council_presidency_with_its_period(tmp_path, gazetteer):
    def held(text):
        return {(f.record.member_state.rsplit("/", 1)[-1], f.record.start.isoformat())
                for f in facts_of(release(tmp_path, text), gazetteer, "council_presidency")}
    assert held("Helsinki, 19 October 2006\n\nThe seminar is part of the programme of Finland's EU Council Presidency, "
                "which runs from 1 July to 31 December 2006.\n") == {("fi", "2006-07-01")}
    # near miss: the presidency of a body of the EU, not of the Council
    assert held("Helsinki, 19 October 2006\n\nThe seminar is part of the programme of Finland's EU Agency Presidency, "
                "which runs from 1 July to 31 December 2006.\n") == set()


@pytest.mark.parametrize("text, expected", [
    # 'which AGENCY coordinates' after another agency opens the sentence: the one that coordinates
    ("The Hague, 1 June 2022\n\nEurojust shares its experience within the JHA Agencies' Network, which EIGE coordinates "
     "in 2022.\n", {("eige", 2022)}),
    # an agency that took over from its own former name is no chair taking over ('the EUAA ... took over from EASO')
    ("The Hague, 1 June 2022\n\nEurojust shares its experience within the JHA Agencies' Network, which EIGE coordinates "
     "in 2022. Contacts are under way with the EUAA, which took over from EASO in January.\n", {("eige", 2022)}),
    # near miss: a takeover from another agency after a sentence on the network stays the chair's
    ("The Hague, 1 June 2022\n\nEurojust shares its experience within the JHA Agencies' Network. Contacts are under way "
     "with the EUAA, which took over the chair from Frontex in January.\n", {("euaa", 2022), ("frontex", 2021)}),
])
def test_network_chairs_in_the_thirty_second_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a term held since January of a year stated
    ("Budapest, 24 November 2017\n\nThe gathering marked the end of CEPOL's presidency of the JHA Agencies' Network, "
     "which the agency has held since January 2017.\n", {("cepol", 2017)}),
    # 'we' in a speech whose label line names its speaker's agency
    ("SPEECH\nPublished: 18 November 2022\n\nOpening remarks\nSpeaker: Anna Berg, FRA Director | Vienna, 17 November "
     "2022\n\nWhen we took over the chair of the Justice and Home Affairs Agencies' Network in January, we proposed "
     "three priorities.\n", {("fra", 2022)}),
    # the passive of taking over: the agent takes over ('it' is the task)
    ("The Hague, 3 December 2010\n\nEurojust has coordinated the JHA agencies' network throughout 2010, a task that "
     "rotates every year; in 2011 it will be taken over by the European Institute for Gender Equality.\n",
     {("eurojust", 2010), ("eige", 2011)}),
])
def test_network_chairs_in_the_thirty_fourth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a year since which the agency has done something else; a speaker's label with no agency's head
    "Budapest, 24 November 2017\n\nCEPOL chairs the JHA Agencies' Network; it has trained officers since January 2009.\n",
    "SPEECH\nPublished: 18 November 2022\n\nSpeaker: Anna Berg, Minister of Justice | Vienna, 17 November 2022\n\n"
    "When we took over the chair of the Council's working party on the JHA Agencies' Network in January, we proposed "
    "three priorities.\n",
])
def test_no_network_chair_in_these_thirty_fourth_set_phrasings(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Bramshill, 20 October 2009\n\nThe Swedish Presidency of the Council was represented by its state secretary. The "
     "ministers followed up the conclusions of the June JHA Council held under the Czech Presidency.\n",
     {("se", "2009-07-01"), ("cz", "2009-01-01")}),
    ("Vilnius, 20 October 2015\n\nThe conference is organised with the support of the Luxembourg Presidency of the "
     "Council of the EU.\n", {("lu", "2015-07-01")}),
    ("Nicosia, 20 October 2012\n\nRepresentatives of the Cyprus Presidency of the Council took part.\n",
     {("cy", "2012-07-01")}),
])
def test_presidencies_of_2007_to_2015_are_in_the_calendar(tmp_path, gazetteer, text, expected):
    assert _council(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two terms joined under one verb
    ("Tallinn, 20 March 2024\n\neu-LISA chaired the JHA Agencies' Network in 2013 and again in 2022.\n",
     {("eu-lisa", 2013), ("eu-lisa", 2022)}),
    # 'this network', in a page that names it
    ("JHA Agencies' Network - Newsletter\nLisbon, 20 March 2019\n\nThe contact points met in Lisbon.\n\nEDITORIAL\n\n"
     "Dear colleagues,\n\nThe last time the EMCDDA chaired this network was in 2010, and I remember the small room.\n",
     {("euda", 2010)}),
    # handing over something else than the chair in the clause that tells the takeover
    ("Budapest, 20 October 2020\n\nIn 2020 CEPOL chairs the JHA agencies' network. At the end of that meeting Eurojust "
     "takes over the chair for 2021, and I will hand over my own binder, a little thicker.\n",
     {("cepol", 2020), ("eurojust", 2021)}),
])
def test_network_chairs_in_the_thirty_fifth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'again' joining something else than a second term; 'this network' a criminal one
    "Tallinn, 20 March 2024\n\nThe JHA Agencies' Network met in 2013 and again in 2022.\n",
    "The Hague, 20 March 2024\n\nThe JHA Agencies' Network met. Europol dismantled this network in 2012.\n",
])
def test_no_network_chair_in_these_thirty_fifth_set_phrasings(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # 'whose agency chairs the network': the agency of the person, the one the sentence names before it
    ("Lisbon, 18 March 2025\n\nThe Executive Director of the EUDA, Ana Costa, whose agency chairs the JHA Agencies' "
     "Network in 2025, said the EUDA would share its findings with Europol and Eurojust.\n", {("euda", 2025)}),
    # no agency before it, or two: not settled (not the one named after it)
    ("Lisbon, 18 March 2025\n\nAna Costa, whose agency chairs the JHA Agencies' Network in 2025, met Europol.\n", set()),
    ("Lisbon, 18 March 2025\n\nThe Director of the EUDA met the head of Frontex, Jan Berg, whose agency chairs the JHA "
     "Agencies' Network in 2025, and Europol.\n", set()),
])
def test_whose_agency_chairs_the_network(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause after a fact takes the subject it opens with: B passes the chair on, not A
    ("Warsaw, 20 June 2020\n\nFrontex chaired the JHA Agencies' Network last year; EIGE holds the chair in 2020 and "
     "will hand it over to FRA in January.\n", {("frontex", 2019), ("eige", 2020), ("fra", 2021)}),
    # an agency after 'from' is no subject for the clause after it; its relative clause still gives its year
    ("Warsaw, 20 June 2023\n\nThe agency takes over from Europol, which led the JHA agencies' network throughout 2022, "
     "and will hand over to the EMCDDA at the end of the year.\n", {("europol", 2022), ("euda", 2024)}),
    # the network's trio, and 'X as the incoming chair for YEAR'
    ("Vilnius, 5 May 2019\n\nThe JHA Agencies' Network met in Vilnius. The three agencies in the trio were Frontex, "
     "which chaired in 2017, EIGE as the 2018 chair, and FRA as the incoming chair for 2019.\n",
     {("frontex", 2017), ("eige", 2018), ("fra", 2019)}),
    ("Vilnius, 5 May 2020\n\nThe JHA Agencies' Network welcomed Eurojust as the incoming chair for 2021.\n",
     {("eurojust", 2021)}),
    # a relative clause after an apposition: the one handing over
    ("Vilnius, 31 January 2019\n\nEIGE chairs the JHA agencies network in 2019. EIGE takes over from eu-LISA, the "
     "agency in Tallinn that runs SIS, VIS and Eurodac, which chaired the Network in 2018.\n",
     {("eige", 2019), ("eu-lisa", 2018)}),
])
def test_network_chairs_in_the_forty_eighth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a Council presidencies' trio; a board's incoming chair
    "Vilnius, 5 May 2012\n\nThe JHA Agencies' Network met. The trio of presidencies were Poland, which chaired in 2011, "
    "and Denmark as the 2012 chair.\n",
    "Vilnius, 5 May 2020\n\nThe JHA Agencies' Network met. It welcomed Eurojust as the incoming chair of its Management "
    "Board for 2021.\n",
    # 'took' is the past: in December, not the next 1 January (and this year's is too far back to be settled)
    "Lisbon, 10 December 2024\n\nThe EMCDDA took on the chair of the JHA agencies' network on 1 January.\n",
])
def test_no_network_chair_in_these_forty_eighth_set_phrasings(tmp_path, gazetteer, text):
    assert _network(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # of several agencies, the one a relative clause of now is about, in the page's year
    ("Lisbon, 15 May 2019\n\nEurojust led the workshops, while EIGE, which currently chairs the network of EU justice "
     "and home affairs agencies, spoke about violence online.\n", {("eige", 2019)}),
    # not one about to hand over, nor of several with no such clause
    ("Lisbon, 15 May 2019\n\nEurojust, which currently chairs the network of EU justice and home affairs agencies, "
     "will hand over to Europol.\n", set()),
    ("Lisbon, 15 May 2019\n\nEurojust and EIGE currently chair the working groups of the network of EU justice and home "
     "affairs agencies.\n", set()),
])
def test_the_agency_a_relative_clause_says_chairs_the_network_now(tmp_path, gazetteer, text, expected):
    assert _network(tmp_path, gazetteer, text) == expected
