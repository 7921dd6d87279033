"""Council presidencies named in phrasings the seeds do not use. The sentences are written
for these tests; terms come from the reference calendar in mappings/."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release


def _council(tmp_path, gazetteer, text: str) -> set[tuple[str, str]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "council_presidency")
    return {(f.data["member_state"].rsplit("/", 1)[-1], f.data["start"].isoformat()) for f in facts}


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
])
def test_no_council_presidency_without_one_in_the_passage(tmp_path, gazetteer, text):
    assert _council(tmp_path, gazetteer, text) == set()


def _network(tmp_path, gazetteer, text: str) -> set[tuple[str, int]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "network_presidency")
    return {(f.data["agency"].rsplit("/", 1)[-1], f.data["year"]) for f in facts}


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
