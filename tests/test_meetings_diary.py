"""Meetings in phrasings of the thirty-first paraphrase set: a week's diary whose days are
headings in capitals ('MONDAY 16 NOVEMBER, BRUSSELS') over the paragraph that tells the day's
meeting, who opened a meeting where no chair is named, a host named by its post, a meeting held
in an agency's own building. The texts are written for these tests; each phrasing has a near
miss that must not match."""

from __future__ import annotations

from .conftest import facts_of, release

ID = "https://w3id.org/jhakg/id/"


def _meetings(tmp_path, gazetteer, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(start, end, place, chair or else host) of each meeting."""
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return sorted((f.record.start.iso(), f.record.end.iso(), (f.record.place or "").removeprefix(ID + "place/") or None,
                   (f.record.chair or f.record.host or "").removeprefix(ID).removeprefix("agency/") or None)
                  for f in facts)


WEEK = ("The week ahead\n\nPublished: 2019-03-08\n\nNext week the ministers' work moves between Brussels and Riga. "
        "Below is an overview of the main items.\n\n")


def test_a_diary_s_day_headings_in_capitals_date_the_paragraphs_under_them(tmp_path, gazetteer):
    text = WEEK + (
        "MONDAY 11 MARCH, BRUSSELS\n"
        "The Standing Committee on Operational Cooperation on Internal Security (COSI) meets in the Justus Lipsius "
        "building to discuss the policy cycle.\n\n"
        "TUESDAY 12 - WEDNESDAY 13 MARCH, RIGA\n"
        "Seminar on the protection of witnesses at the national library. The seminar is hosted by the Ministry of "
        "Justice.\n\n"
        "THURSDAY 14 MARCH\n"
        "The Management Board of Frontex meets at the agency's headquarters.\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2019-03-11", "2019-03-11", "brussels", None), ("2019-03-12", "2019-03-13", "riga", None),
        ("2019-03-14", "2019-03-14", "warsaw", "frontex")]


def test_a_day_heading_over_no_meeting_or_over_a_sentence_that_goes_on_is_none(tmp_path, gazetteer):
    # near misses: 'No meetings' names none; a heading whose line goes on after the city is no diary's day
    text = WEEK + (
        "FRIDAY 15 MARCH\n"
        "No meetings. Preparations for the Council at the end of the month.\n\n"
        "SATURDAY 16 MARCH, RIGA and the region around it\n"
        "The working party meets in the old town.\n")
    assert _meetings(tmp_path, gazetteer, text) == []


def test_no_before_a_meeting_noun_is_no_meeting(tmp_path, gazetteer):
    text = "Riga, 8 March 2019\n\nNo formal meeting of the ministers is planned on 12 March, the presidency said.\n"
    assert _meetings(tmp_path, gazetteer, text) == []
    # near miss: a meeting noun after 'no' that is no meeting's is still read after it
    text = "Riga, 8 March 2019\n\nThere is no doubt that the ministers will meet in Riga on 12 March.\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-12", "2019-03-12", "riga", None)]


def test_who_opened_a_meeting_where_no_chair_or_host_is_named(tmp_path, gazetteer):
    passive = ("Riga, 8 March 2019\n\nExperts gathered in Riga on 6-7 March for a seminar on border checks. The seminar "
               "was opened on Wednesday at the national library by Minister of the Interior Anna Berzina.\n")
    assert _meetings(tmp_path, gazetteer, passive) == [("2019-03-06", "2019-03-07", "riga", "Anna Berzina")]
    active = ("Riga, 8 March 2019\n\nSenior officials met in Riga on 6-7 March. Anna Berzina, Secretary of State, "
              "Ministry of the Interior, opens the meeting on Wednesday morning.\n")
    assert _meetings(tmp_path, gazetteer, active) == [("2019-03-06", "2019-03-07", "riga", "Anna Berzina")]
    # near miss: where a host is named, the host stays the answer, not who opened it
    hosted = ("Riga, 8 March 2019\n\nThe heads of the agencies met in Riga on 6-7 March at the invitation of CEPOL. "
              "The meeting was opened by Anna Berzina, Minister of the Interior.\n")
    assert _meetings(tmp_path, gazetteer, hosted) == [("2019-03-06", "2019-03-07", "riga", "cepol")]


def test_the_name_after_a_post_and_what_it_is_of(tmp_path, gazetteer):
    text = ("Riga, 8 March 2019\n\nSenior officials met in Riga on 6-7 March. The meeting was chaired by the Secretary "
            "of State in the Ministry of the Interior, Anna BERZINA.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-06", "2019-03-07", "riga", "Anna BERZINA")]
    # near miss: a sentence after the post, not a name
    text = ("Riga, 8 March 2019\n\nSenior officials met in Riga on 6-7 March. The meeting was chaired by the Secretary "
            "of State in the Ministry of the Interior, as every year.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-06", "2019-03-07", "riga", None)]


def test_a_host_named_by_a_post_its_one_holder_holds(tmp_path, gazetteer):
    text = ("Warsaw, 8 March 2019\n\nThe Minister of the Interior, Jan Kowalski, visited the border crossing. On 12 "
            "March the Minister of the Interior will host a meeting of the heads of the border services in Warsaw.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-12", "2019-03-12", "warsaw", "Jan Kowalski")]
    # near miss: welcoming a report is no hosting
    text = ("Warsaw, 8 March 2019\n\nThe Minister of the Interior, Jan Kowalski, welcomed the report, which will be "
            "presented to the Council at its meeting on 12 March in Brussels.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-12", "2019-03-12", "brussels", None)]


def test_the_board_named_again_with_its_chair_in_an_apposition(tmp_path, gazetteer):
    text = ("Tallinn, 3 December 2012\n\nLast Thursday and Friday the Management Board of eu-LISA held its meeting in "
            "Tallinn. The Board, chaired by Ms Anna Tamm, approved the work programme.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2012-11-29", "2012-11-30", "tallinn", "Anna Tamm")]
    # near miss: who chairs the Board, told as a standing fact, is not who chaired that meeting
    text = ("Tallinn, 3 December 2012\n\nLast Thursday and Friday the Management Board of eu-LISA held its meeting in "
            "Tallinn. The Board is chaired by Ms Anna Tamm.\n")
    # (the agency whose board met hosts it: not Anna Tamm)
    assert _meetings(tmp_path, gazetteer, text) == [("2012-11-29", "2012-11-30", "tallinn", "eu-lisa")]


def test_a_label_line_with_a_year_in_it_stays_in_the_event_s_block(tmp_path, gazetteer):
    text = ("EVENT\n\nHeads of JHA Agencies meeting 2011\n\nDates: 21-22 November 2011\nLocation: Vienna, Austria\n"
            "Venue: the agency's premises\nOrganiser: FRA, chair of the network in 2011\n\nSummary\n\n"
            "The heads met for two days.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2011-11-21", "2011-11-22", "vienna", "fra")]


def _kinds(tmp_path, gazetteer, text: str) -> list[str]:
    return [f.record.kind for f in facts_of(release(tmp_path, text), gazetteer, "meeting")]


def test_one_meeting_told_by_a_verb_and_by_its_name_is_named_by_its_name(tmp_path, gazetteer):
    text = ("Lisbon, 28 November 2018\n\nMinisters met in Lisbon today to talk about drugs. Also today, the annual "
            "meeting of the network was held in Lisbon.\n")
    assert _kinds(tmp_path, gazetteer, text) == ["Annual meeting"]
    # near miss: told by the verb alone, it is a meeting and no more
    text = "Lisbon, 28 November 2018\n\nMinisters met in Lisbon today to talk about drugs.\n"
    assert _kinds(tmp_path, gazetteer, text) == ["Meeting"]


def test_days_of_talks_are_a_meeting_of_those_days(tmp_path, gazetteer):
    # 28 October 2011 is a Friday
    text = "Luxembourg, 28 October 2011\n\nInterior and justice ministers ended two days of talks in Luxembourg on Friday.\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2011-10-27", "2011-10-28", "luxembourg-city", None)]
    assert _kinds(tmp_path, gazetteer, text.replace("of talks", "of informal talks")) == ["Informal talks"]
    # near misses: talks alone are no meeting's name ('peace talks', 'talks on the budget')
    text = "Luxembourg, 28 October 2011\n\nThe ministers said on Friday in Luxembourg that talks on the budget go on.\n"
    assert _meetings(tmp_path, gazetteer, text) == []


def test_an_agency_s_headquarters_at_its_street(tmp_path, gazetteer):
    text = ("Lisbon, 12 December 2025\n\nThe Management Board of the EUDA closed its two-day meeting yesterday at the "
            "agency's headquarters at Cais do Sodré.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2025-12-10", "2025-12-11", "lisbon", "euda")]
    # near miss: headquarters in a town named after them: the town, not the seat
    text = ("Lisbon, 12 December 2025\n\nThe Management Board of the EUDA closed its two-day meeting yesterday at the "
            "agency's headquarters in Sintra.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2025-12-10", "2025-12-11", "sintra", None)]


def test_an_agency_s_own_board_that_met_is_the_agency_s_meeting_to_host(tmp_path, gazetteer):
    text = ("Tallinn, 28 October 2025\n\nThe Management Board of eu-LISA met in Tallinn on 23 and 24 October 2025 and "
            "adopted the budget.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2025-10-23", "2025-10-24", "tallinn", "eu-lisa")]
    text = "Budapest, 28 October 2025\n\nCEPOL's Management Board convened in Budapest on 23 October 2025.\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2025-10-23", "2025-10-23", "budapest", "cepol")]
    # near miss: a board named in a meeting of another body is no host of it
    text = ("Luxembourg, 13 June 2025\n\nOn 12 June the Justice and Home Affairs Council met in Luxembourg and heard the "
            "Chair of the Management Board of eu-LISA.\n")
    assert [host for *_, host in _meetings(tmp_path, gazetteer, text)] == [None]


def test_a_date_alone_on_its_line_dates_the_item_right_under_it_not_the_one_before(tmp_path, gazetteer):
    # a diary of dates, each alone on its line over its item, the items parted by blank lines
    text = ("Lisbon, 2 March 2011\n\nThe centre published its report today.\n\nDIARY\n\n"
            "14 March 2011\nMeeting of the drug policy coordinators, Budapest\n\n"
            "6-7 April 2011\nExpert meeting on drug-related deaths, Lisbon\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2011-03-14", "2011-03-14", "budapest", None), ("2011-04-06", "2011-04-07", "lisbon", None)]
    # near miss: a meeting's title over its own block of short lines, the date among them, takes that date
    text = ("Lisbon, 2 March 2011\n\nMeeting of the drug policy coordinators\nBudapest\n14 March 2011\n\n"
            "The centre published its report today.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2011-03-14", "2011-03-14", "budapest", None)]
