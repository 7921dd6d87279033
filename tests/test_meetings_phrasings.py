"""Meetings in phrasings real releases use and the rules before did not read: a labelled
'Meeting information' line, a meeting of so many days that opened or ended on a day, two
days of one verb ('met on 3 March and again on 9 June'), a diary's lines without bullets, a
meeting that ended today under a dateline, 'the new premises' named before. The texts are
written for these tests; each phrasing has a near miss that must not match."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release

PLACE = "https://w3id.org/jhakg/id/place/"


def _meetings(tmp_path, gazetteer, text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return sorted((f.record.start.iso(), f.record.end.iso(), (f.record.place or "").removeprefix(PLACE) or None)
                  for f in facts)


def test_a_meeting_information_line_gives_the_city_of_its_first_item(tmp_path, gazetteer):
    text = ("Press release\n4 March 2019 18:00\n\nJustice and Home Affairs Council, 4-5 March 2019\nOutcome\n\n"
            "Meeting information: Luxembourg, European Convention Center · Chaired by: the Romanian minister\n\n"
            "Ministers discussed the e-evidence file.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-04", "2019-03-05", "luxembourg-city")]


def test_a_city_past_the_first_item_of_a_meeting_information_line_is_not_its_place(tmp_path, gazetteer):
    text = ("Press release\n4 March 2019 18:00\n\nJustice and Home Affairs Council, 4-5 March 2019\nOutcome\n\n"
            "Meeting information: European Convention Center · Next meeting: Brussels\n\n"
            "Ministers discussed the e-evidence file.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-03-04", "2019-03-05", None)]


def test_a_two_day_meeting_that_opened_on_a_day(tmp_path, gazetteer):
    text = ("Riga, 5 May 2021 - The directors of the agencies today closed their annual meeting at the agency's "
            "offices in Riga. The two-day meeting, which opened yesterday, ended with a joint statement on cybercrime.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-05-04", "2021-05-05", "riga")]


def test_a_three_day_conference_that_concluded_on_a_weekday(tmp_path, gazetteer):
    text = ("Vienna, 7 May 2021\n\nPolice trainers concluded their three-day conference in Vienna on Friday with "
            "a call for common curricula.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-05-05", "2021-05-07", "vienna")]


def test_a_two_day_meeting_with_no_verb_of_opening_or_ending_keeps_its_one_day(tmp_path, gazetteer):
    text = "Vienna, 7 May 2021\n\nPolice trainers will hold a two-day meeting in Vienna on 20 May on common curricula.\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2021-05-20", "2021-05-20", "vienna")]


def test_two_days_of_one_verb_are_two_meetings(tmp_path, gazetteer):
    text = ("Budapest, 10 December 2021\n\nThe trainers' network met by video link twice this year, on 3 February "
            "and again on 14 September, to plan the joint courses.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-02-03", "2021-02-03", None),
                                                    ("2021-09-14", "2021-09-14", None)]


def test_a_meeting_day_and_a_deadline_day_are_not_two_meetings(tmp_path, gazetteer):
    text = ("Budapest, 10 December 2021\n\nThe trainers' network met on 3 February and agreed to report by "
            "14 September on the joint courses.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-02-03", "2021-02-03", None)]


def test_the_lines_of_a_diary_without_bullets_are_meetings(tmp_path, gazetteer):
    text = ("Brussels, 2 September 2021\n\nThe network's newsletter.\n\n"
            "WHAT'S COMING UP\n"
            "Tue 14 – Wed 15 September: Eurojust College seminar, The Hague\n"
            "Thursday 23 September: EIGE Management Board, by video\n"
            "4th–5th October: Europol cybercrime network, Athens\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-09-14", "2021-09-15", "the-hague"),
                                                    ("2021-09-23", "2021-09-23", None),
                                                    ("2021-10-04", "2021-10-05", "athens")]


def test_lines_that_open_with_a_date_under_another_heading_are_not_meetings(tmp_path, gazetteer):
    text = ("Brussels, 2 September 2021\n\nThe network's newsletter.\n\n"
            "MILESTONES\n"
            "14 September: EIGE Management Board, Vilnius\n"
            "4 October: Europol cybercrime network, Athens\n")
    assert _meetings(tmp_path, gazetteer, text) == []


def test_a_diary_item_named_after_its_city(tmp_path, gazetteer):
    text = "Brussels, 2 September 2021\n\nDiary\n• 6–7 October: Porto summit on social rights\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2021-10-06", "2021-10-07", "porto")]


def test_a_city_inside_a_diary_item_s_words_is_not_its_place(tmp_path, gazetteer):
    text = "Brussels, 2 September 2021\n\nDiary\n• 6–7 October: social partners' Porto summit follow-up\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2021-10-06", "2021-10-07", None)]


def test_a_meeting_that_ended_today_under_a_second_dateline_and_its_day_before(tmp_path, gazetteer):
    text = ("News\nPress release, 15 March 2024\n\n"
            "Gent, 15.03.2024 – The informal meeting of the interior ministers ended today in the city on the Scheldt. "
            "The meeting was chaired by the Belgian minister Annelies Verlinden-Maes, and on Thursday by her deputy.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2024-03-14", "2024-03-15", "ghent")]


def test_a_meeting_that_ended_today_with_no_other_day_is_not_said_to_begin_today(tmp_path, gazetteer):
    text = ("News\nPress release, 15 March 2024\n\n"
            "Gent, 15.03.2024 – The informal meeting of the interior ministers ended today in the city on the Scheldt. "
            "Ministers discussed returns.\n")
    assert _meetings(tmp_path, gazetteer, text) == []


def test_bringing_experts_together_on_a_weekday_told_in_the_past(tmp_path, gazetteer):
    text = ("The Hague, 26 September 2019\n\nOn Tuesday, Europol and the EMCDDA brought together experts from the JHA "
            "agencies in The Hague to discuss the drug markets report.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-09-24", "2019-09-24", "the-hague")]
    # a weekday with no tense that says which: none
    assert _meetings(tmp_path, gazetteer, text.replace("brought together", "bring together")) == []


def test_a_council_working_party_meets_on_its_day(tmp_path, gazetteer):
    text = ("Lisbon, 25 October 2024\n\nThe conclusions will be presented to the Horizontal Working Party on Drugs in "
            "Brussels on 14 November 2024 and will feed into the next plan.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2024-11-14", "2024-11-14", "brussels")]
    # a working party named with no day of its own, or in lower case (a group of people, not a Council body), meets on none
    assert _meetings(tmp_path, gazetteer, "Lisbon, 25 October 2024\n\nThe Working Party on Drugs will discuss the "
                                          "conclusions in 2025.\n") == []
    assert _meetings(tmp_path, gazetteer, "Lisbon, 25 October 2024\n\nA working party of experts drafted the text "
                                          "on 14 November 2024.\n") == []


def _placed(tmp_path, gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(start, place) for start, _, place in _meetings(tmp_path, gazetteer, text)]


@pytest.mark.parametrize("text, expected", [
    # 'the day before her visit' restating the day just told, and the headquarters 'of' an agency
    ("The Hague, 18 September 2008\n\nOn Tuesday, the day before her visit to Eurojust, the minister and her delegation "
     "were received at the headquarters of Europol by its Director for a briefing.\n", [("2008-09-16", "the-hague")]),
    # a city the visitors return to is not where they met; the agency's premises are
    ("The Hague, 1 February 2024\n\nThis morning, before returning to Brussels, the minister met the President of "
     "Eurojust at the agency's premises to discuss joint teams.\n", [("2024-02-01", "the-hague")]),
    # the city people return to for the meeting ...
    ("Lisbon, 18 March 2025\n\nThe network will meet again online on 24 June, and the heads will return to Lisbon "
     "for the annual meeting on 20 and 21 November 2025.\n", [("2025-06-24", None), ("2025-11-20", "lisbon")]),
    # ... but not one they return to after it for something else
    ("Riga, 18 March 2025\n\nThe ministers met on Monday and then returned to Brussels for the vote.\n",
     [("2025-03-17", None)]),
    # the city right after the meeting's date, before one the sentence names first
    ("Brussels, 1 February 2024\n\nThe discussions in The Hague will feed into the Justice and Home Affairs Council of 4 "
     "and 5 March 2024 in Brussels.\n", [("2024-03-04", "brussels")]),
    # 'met here' in a speech under its place and day: that place, on any day
    ("Speech\n\nTallinn, 8 November 2016\n\nDear colleagues,\n\nOur contact points met here yesterday and prepared "
     "today's work.\n", [("2016-11-07", "tallinn")]),
])
def test_the_day_and_place_of_a_visit_a_return_and_here(tmp_path, gazetteer, text, expected):
    assert _placed(tmp_path, gazetteer, text) == expected


def test_a_speechs_occasion_over_its_place_and_day(tmp_path, gazetteer):
    head = ("Speech\nPublished on 09/11/2016\n\nConnecting the dots\n\nOpening speech by Anna Berg, Executive Director "
            "of eu-LISA, at the annual meeting of the Heads of the JHA Agencies\nTallinn, 8 November 2016\n\nDear "
            "colleagues,\n\n")
    assert _placed(tmp_path, gazetteer, head + "Thank you for coming.\n") == [("2016-11-08", "tallinn")]
    # held at a distance, as the speech says: no place
    assert _placed(tmp_path, gazetteer, head + "Instead we meet by video-conference.\n") == [("2016-11-08", None)]
    # a headline over a dateline is no speech's occasion
    assert _placed(tmp_path, gazetteer, "Ministers discuss borders by video conference ahead of the summit\nBerlin, 13 "
                                        "November 2020\n\nThe ministers talked about the borders.\n") == []
    # other speeches listed under 'Related speeches' are no meetings of this page
    assert _placed(tmp_path, gazetteer, head + "Thank you for coming, and for all the work your teams did this year.\n\n"
                                               "Related speeches\n22/09/2016 - Address to the Industry Roundtable, "
                                               "Tallinn\n") == [("2016-11-08", "tallinn")]
    # (nor is a listed item's 'online' the speech's: '26/01/2016 New Year's reception (online)')
    assert _placed(tmp_path, gazetteer, head + "Thank you for coming.\n\nMore events\n  26/01/2016  New Year's "
                                               "reception (online)\n") == [("2016-01-26", None), ("2016-11-08", "tallinn")]
    # the day the speech says its meeting runs until is its last
    found = _meetings(tmp_path, gazetteer, head + "Our meeting runs until tomorrow, 9 November, when the chair passes on.\n")
    assert found == [("2016-11-08", "2016-11-09", "tallinn")]


def test_meetings_in_clauses_between_semicolons(tmp_path, gazetteer):
    text = ("Budapest, 13 December 2021\n\nOn 14 October the Management Board met online, chaired by Piet Jansen; on 20 "
            "October the Director visited Frontex headquarters in Warsaw, where she was received by Uwe Brandt; and on "
            "9-10 November CEPOL hosted in Budapest the first meeting of its Knowledge Centre on cybercrime.\n")
    found = facts_of(release(tmp_path, text), gazetteer, "meeting")
    assert sorted((f.record.start.iso(), (f.record.place or "").rsplit("/", 1)[-1] or None, f.record.chair and
                   f.record.chair.rsplit("/", 1)[-1], f.record.host and f.record.host.rsplit("/", 1)[-1])
                  for f in found) == [("2021-10-14", None, "Piet Jansen", None), ("2021-10-20", "warsaw", None, "frontex"),
                                      ("2021-11-09", "budapest", None, "cepol")]
    # the same venue the next day: one meeting over two days
    text = ("Kranj, 22 July 2021\n\nThe presidency today welcomed the home affairs ministers to Ljubljana; justice "
            "ministers will meet at the same venue tomorrow.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-07-22", "2021-07-23", "ljubljana")]


def test_a_visit_to_an_agency_is_at_its_one_site(tmp_path, gazetteer):
    text = "Paris, 18 September 2008\n\nThe French minister visited Eurojust yesterday.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2008-09-17", "the-hague")]
    # an agency with other sites than its seat, or a city the text names: not its seat
    text = "Paris, 18 September 2016\n\nThe French minister visited eu-LISA yesterday.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2016-09-17", None)]
    text = "Paris, 18 September 2016\n\nThe French minister visited Europol in Brussels yesterday.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2016-09-17", "brussels")]


def test_a_meeting_at_an_agencys_building_is_at_its_one_site(tmp_path, gazetteer):
    text = "The Hague, 10 December 2019\n\nThe heads of the agencies gathered on Thursday, 5 December, at the Eurojust building.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2019-12-05", "the-hague")]
    # an agency with other sites, or a building the text places
    text = "Tallinn, 10 December 2019\n\nThe heads met at the eu-LISA building on 3 December.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2019-12-03", None)]
    text = "The Hague, 10 December 2019\n\nThe heads met on 3 December at the Europol building in Brussels.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2019-12-03", "brussels")]


@pytest.mark.parametrize("text, expected", [
    # a weekday told with 'travelled' (a verb of the past) settles its day
    ("The Hague, 1 February 2024\n\nOn Tuesday, the Executive Director travelled to Nicosia to meet the Minister of "
     "Justice.\n", [("2024-01-30", "nicosia")]),
    # receiving someone for talks
    ("Brussels, 30 November 2012\n\nYesterday, the Commissioner received the agency's first Executive Director in "
     "Brussels to discuss the handover.\n", [("2012-11-29", "brussels")]),
    # receiving other things is no meeting
    ("Brussels, 30 November 2012\n\nYesterday, the agency received 200 applications in Brussels for the new posts.\n", []),
    ("Brussels, 30 November 2012\n\nOn Tuesday, the project received an award in Brussels.\n", []),
])
def test_travelling_to_meet_and_receiving_for_talks(tmp_path, gazetteer, text, expected):
    assert _placed(tmp_path, gazetteer, text) == expected


def test_weekdays_given_again_as_dates_and_a_labelled_related_item(tmp_path, gazetteer):
    # 'on Wednesday and Thursday, 24 and 25 March': one meeting over the two days, at a distance as it says
    text = ("TALLINN, 26 March 2021 - The Management Board of eu-LISA met on Wednesday and Thursday, 24 and 25 March "
            "2021, by videoconference.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-03-24", "2021-03-25", None)]
    # 'today' inside the days of a meeting told after it: one meeting, not two
    text = ("Lisbon, 21 November 2024\n\nThe minister today closed the annual meeting of the heads of the agencies, which "
            "took place in Lisbon on Wednesday and Thursday, 20 and 21 November.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2024-11-20", "2024-11-21", "lisbon")]
    # an item labelled 'Related:' is another page's
    text = ("Brussels, 30 November 2009\n\nThe ministers discussed the Stockholm Programme at length and agreed on the "
            "next steps.\n\nRelated: 4 December 2008 - 2908th Council meeting, Justice and Home Affairs, Brussels\n")
    assert _meetings(tmp_path, gazetteer, text) == []


def test_a_visit_paid_on_a_weekday_and_days_of_this_week_under_a_newsroom_date(tmp_path, gazetteer):
    text = ("Frontex news\nNewsroom | 14 March 2016\n\nCommissioner visits Frontex\n\nWarsaw - On Thursday, the "
            "Commissioner paid his first visit to Frontex headquarters in Warsaw.\n")
    found = facts_of(release(tmp_path, text), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.kind) for f in found] == [("2016-03-10", "First visit")]
    text = ("Agency news\nNewsroom | 20 March 2026\n\nBoard meets\n\nThe Management Board met on Wednesday and Thursday "
            "this week at the agency's headquarters in Valletta, Malta.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2026-03-18", "2026-03-19", "valletta")]


def test_the_day_of_a_main_clause_or_of_what_precedes_or_follows_the_meeting_is_not_its_day(tmp_path, gazetteer):
    text = ("Vienna, 18 November 2022\n\nWe will discuss today the draft paper prepared by our contact points, which met "
            "in Vilnius in the spring.\n")
    assert _placed(tmp_path, gazetteer, text) == []
    text = ("The Hague, 27 November 2015\n\nThe meeting was preceded on Tuesday evening by a dinner. The meeting will be "
            "followed by a press conference on 26 November.\n")
    assert _placed(tmp_path, gazetteer, text) == []
    # the meeting's own day, with what followed it after
    text = "The Hague, 27 November 2015\n\nThe meeting on Wednesday was followed by a dinner.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2015-11-25", None)]
    text = ("Vienna, 18 November 2022\n\nWe thank our contact points, which met in Vilnius on 3 May.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2022-05-03", "vilnius")]


def test_an_event_pages_title_over_its_labelled_date_and_venue(tmp_path, gazetteer):
    head = ("Home > Events > Annual conference of the JHA agencies 2015 > Programme\n\nAnnual conference of the JHA "
            "agencies 2015\n\"Victims first\"\nProgramme\n\nPublished 20/10/2015 | Updated 02/11/2015\n\nShare: Facebook "
            "Twitter E-mail\n\n")
    venue = "Venue: the Institute's building, Gedimino pr. 16, LT-01103 Vilnius, Lithuania\n\nThe programme follows.\n"
    assert _placed(tmp_path, gazetteer, head + "Date: 5-6 November 2015\n" + venue) == [("2015-11-05", "vilnius")]
    # a date line with no label, or a label of another date, so far below the title: no meeting
    assert _placed(tmp_path, gazetteer, head + "5-6 November 2015\n" + venue) == []
    assert _placed(tmp_path, gazetteer, head + "Deadline: 5 November 2015\n" + venue) == []


def test_a_trilogue_and_a_welcome_to_an_agencys_headquarters(tmp_path, gazetteer):
    text = ("Strasbourg, 12 March 2024\n\nThe text agreed in the last trilogue in Brussels on 6 February 2024 now goes "
            "to the plenary.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2024-02-06", "brussels")]
    text = ("Warsaw, 2 October 2015\n\nFrontex will welcome the heads of the nine agencies to its headquarters in "
            "Warsaw on 12 November 2015.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2015-11-12", "warsaw")]
    # welcomed to a post, or a decision welcomed: no gathering
    text = ("Warsaw, 2 October 2015\n\nThe Board welcomed the new Director to his headquarters in Warsaw, where he "
            "took office on 12 November 2015.\n")
    assert _placed(tmp_path, gazetteer, text) == []


def test_an_agency_described_by_its_seat_does_not_place_the_meeting(tmp_path, gazetteer):
    text = ("Strasbourg, 6 July 2016\n\nThe new border guard, built on Frontex, the EU's border agency in Warsaw, was "
            "approved today by Parliament's plenary.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2016-07-06", "strasbourg")]
    # (where the meeting is at that agency, its seat is the place)
    text = "Strasbourg, 6 July 2016\n\nThe heads met today at Frontex, the EU's border agency in Warsaw.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2016-07-06", "warsaw")]


def test_talks_held_or_travelled_for(tmp_path, gazetteer):
    text = ("Brussels, 9 April 2013\n\nTomorrow, the Commissioner will be in Ankara for talks with the Turkish "
            "Minister of the Interior.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2013-04-10", "ankara")]
    text = "Brussels, 9 April 2013\n\nTomorrow, the Commissioner will hold talks in Ankara with the minister.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2013-04-10", "ankara")]
    # talking about a city, or talks without a day
    assert _placed(tmp_path, gazetteer, "Brussels, 9 April 2013\n\nThe Commissioner talks about Ankara tomorrow.\n") == []
    assert _placed(tmp_path, gazetteer, "Brussels, 9 April 2013\n\nShe will be in Ankara for talks soon.\n") == []


def test_no_meeting_on_a_legal_acts_date(tmp_path, gazetteer):
    text = ("Tallinn, 1 December 2012\n\nThe agency was set up by Regulation (EU) No 1077/2011 of the European "
            "Parliament and of the Council of 25 October 2011.\n")
    assert _placed(tmp_path, gazetteer, text) == []
    # a Council of a day
    text = "Luxembourg, 26 October 2011\n\nThe ministers met at the Council of 25 October 2011 in Luxembourg.\n"
    assert _placed(tmp_path, gazetteer, text) == [("2011-10-25", "luxembourg-city")]


def test_talks_with_an_adjective(tmp_path, gazetteer):
    text = ("Vilnius, 18 September 2013\n\nThis morning, the minister held bilateral talks with the Polish Minister "
            "of the Interior in Warsaw.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2013-09-18", "warsaw")]
    # talks as a verb with a word before it: no meeting
    text = "Vilnius, 18 September 2013\n\nThe minister often holds forth and talks about Warsaw this morning.\n"
    assert _placed(tmp_path, gazetteer, text) == []


def test_a_calendars_last_cell_with_the_city_and_its_venue(tmp_path, gazetteer):
    # (below the page's head, where a line with a date may be the site's)
    text = ("Bucharest, 12 June 2019\n\n" + "The presidency's calendar lists its meetings in the field of justice and home "
            "affairs, with the day and the venue of each.\n" * 8 + "\nDate | Event | Venue\n7.2.2019 - 8.2.2019 | Informal "
            "meeting of home affairs ministers | Bucharest, Palace of the Parliament\n4.4.2019 | Conference on victims' "
            "rights | Iași, Palace of Culture\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-02-07", "2019-02-08", "bucharest"),
                                                    ("2019-04-04", "2019-04-04", "iasi")]


@pytest.mark.parametrize("text, expected", [
    ("The Hague, 20 March 2025\n\nEurojust welcomed the Minister of Justice of Poland, Jan Nowak, at its headquarters in "
     "The Hague on 18 March.\n", [("2025-03-18", "the-hague")]),
    ("Luxembourg, 14 October 2016\n\nOn 13 October, ministers attended a working dinner with the heads of agencies.\n",
     [("2016-10-13", None)]),
    ("Brussels, 27 January 2021\n\nOn Monday, the Civil Liberties Committee debated the priorities of the presidency "
     "with two ministers.\n", [("2021-01-25", None)]),
    # a welcome that is no visit, a meal without a day, a committee's debate without one
    ("The Hague, 20 March 2025\n\nEurojust welcomed the new law, which will apply at its headquarters. Ministers "
     "discussed it over dinner. The Civil Liberties Committee debated it too.\n", []),
])
def test_a_visit_welcomed_at_the_headquarters_a_meal_and_a_committees_debate(tmp_path, gazetteer, text, expected):
    assert _placed(tmp_path, gazetteer, text) == expected


def test_no_meeting_on_the_day_a_page_was_last_reviewed(tmp_path, gazetteer):
    text = ("Council of the EU | European Council\nHome > Meetings > Justice and Home Affairs Council, 13-14 October 2022\n"
            "Press | Policies | Documents | Meeting calendar | Contact\nLast review: 21 October 2022\n\n"
            "Justice and Home Affairs Council, 13-14 October 2022\n\nOutcome of the meeting\nPublished: 14 October 2022\n\n"
            "The ministers met in Luxembourg on 13 and 14 October 2022 and discussed the situation at the borders of "
            "the Union.\n")
    assert _placed(tmp_path, gazetteer, text) == [("2022-10-13", "luxembourg-city")]


@pytest.mark.parametrize("text, expected", [
    # an information day on a settled day; 'met at the agency's headquarters' on an agency's own page
    ("Warsaw, 10 February 2024\n\nFrontex will present its vacancies at an information day in Warsaw on 20 March "
     "2024.\n", [("2024-03-20", "warsaw")]),
    ("European Union Agency for Asylum (EUAA)\nHome > News\n\nValletta, 10 December 2024\n\nOn Thursday 21 November, "
     "the heads of the nine agencies met at the agency's headquarters for their annual meeting.\n",
     [("2024-11-21", "valletta")]),
    # a day observed is no meeting; the agency's headquarters on a page that is no agency's settles no place
    ("Warsaw, 10 February 2024\n\nFrontex will mark the European Day against Trafficking on 18 October 2024.\n", []),
    ("Brussels, 10 December 2024\n\nOn Thursday 21 November, the heads of the nine agencies met at the agency's "
     "headquarters for their annual meeting.\n", [("2024-11-21", None)]),
])
def test_an_information_day_and_a_meeting_at_the_agencys_headquarters(tmp_path, gazetteer, text, expected):
    assert _placed(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hybrid meeting has its city (a remote one, or a list's last item held online, has none)
    ("Vienna, 14 June 2021\n\nThe experts took part in a meeting on hate crime, which FRA hosted in Vienna and online "
     "on 10-11 June.\n", [("2021-06-10", "vienna")]),
    ("Vienna, 14 June 2021\n\nThe experts took part in a meeting on hate crime, held online on 10-11 June.\n",
     [("2021-06-10", None)]),
    ("Vienna, 14 October 2021\n\nThe contact group met in Warsaw on 17 June, and online on 23 September.\n",
     [("2021-06-17", "warsaw"), ("2021-09-23", None)]),
    # the venue line of a meeting's page: a building named with a city and its acronym, then the city
    ("Justice and Home Affairs Council, 8-9 June 2023\n\nMeeting information\nMeeting n°4001\nEuropean Convention "
     "Center Luxembourg (ECCL), Luxembourg\n8-9 June 2023\n", [("2023-06-08", "luxembourg-city")]),
    # 'in the capital' in a paragraph its dateline opens, when it names a capital
    ("Swedish Presidency\nPublished 27 January 2023\n\nStockholm – Ministers met in the capital on Thursday and Friday "
     "for an informal meeting.\n", [("2023-01-26", "stockholm")]),
    ("Swedish Presidency\nPublished 27 January 2023\n\nMinisters met in the capital on Thursday and Friday for an "
     "informal meeting.\n", [("2023-01-26", None)]),
    # a meeting called off is none; the day it was moved to still is
    ("The Hague, 30 March 2020\n\nThe annual meeting, which had been planned for 26 March in Zagreb, could not take "
     "place.\n", []),
    ("The Hague, 30 March 2020\n\nThe annual meeting planned for 26 March in Zagreb was cancelled.\n", []),
    ("The Hague, 13 March 2020\n\nThe conference, planned to be held in Zagreb on 26 March, has also been postponed "
     "until further notice.\n", []),
    ("The Hague, 30 March 2020\n\nThe annual meeting was postponed and will now take place on 9 June in Zagreb.\n",
     [("2020-06-09", "zagreb")]),
])
def test_hybrid_meetings_venue_lines_the_capital_and_meetings_called_off(tmp_path, gazetteer, text, expected):
    assert _placed(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'this Thursday': the Thursday of the page's week, not before its day
    ("Brussels, 7 March 2023\n\nI will report to ministers at the Justice and Home Affairs Council in Brussels this "
     "Thursday.\n", [("2023-03-09", "brussels")]),
    ("Brussels, 9 March 2023\n\nMinisters met in Brussels this Monday.\n", []),
    # 'next Tuesday' on a Friday: the Tuesday after; on a Monday, tomorrow or a week on is not settled
    ("Brussels, 10 March 2023\n\nThe experts will meet in Brussels next Tuesday.\n", [("2023-03-14", "brussels")]),
    ("Brussels, 6 March 2023\n\nThe experts will meet in Brussels next Tuesday.\n", []),
    # a list of days and cities under a heading in capitals that names meetings (not one that names none)
    ("Brussels, 10 October 2016\n\nNEXT MEETINGS\n - 7 November 2016, Brussels\n - 21-22 November 2016, Strasbourg\n",
     [("2016-11-07", "brussels"), ("2016-11-21", "strasbourg")]),
    ("Brussels, 10 October 2016\n\nNEXT STEPS\n - 7 November 2016, Brussels\n", []),
])
def test_this_or_next_weekday_and_a_list_under_a_heading_in_capitals(tmp_path, gazetteer, text, expected):
    assert _placed(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # bringing people together on a day to come, as on a day gone
    ("Brussels, 6 March 2024\n\nThe agency will bring together the heads of the nine agencies in Riga on 21 and 22 "
     "October 2024.\n", [("2024-10-21", "2024-10-22", "riga")]),
    ("Brussels, 6 March 2024\n\nThe Presidency brings together the ministers in Riga on 4 May 2024.\n",
     [("2024-05-04", "2024-05-04", "riga")]),
    # (a project bringing people together over years is no meeting)
    ("Brussels, 6 March 2024\n\nThe project brings together experts from 2019 to 2021.\n", []),
])
def test_bringing_people_together_on_a_day(tmp_path, gazetteer, text, expected):
    assert _meetings(tmp_path, gazetteer, text) == expected


def test_an_event_page_s_start_and_end_date_fields(tmp_path, gazetteer):
    text = ("Agency events\n\nAnnual research conference\n\nEvent type: | Conference\nStart date: | 17/11/2020\n"
            "End date: | 19/11/2020\nVenue: | Budapest\n\nPosted: 3 November 2020\n")
    assert [(start, end) for start, end, _ in _meetings(tmp_path, gazetteer, text)] == [("2020-11-17", "2020-11-19")]
    # (an end before the start is no end of it)
    text = text.replace("19/11/2020", "19/10/2020")
    assert [(start, end) for start, end, _ in _meetings(tmp_path, gazetteer, text)] == [("2020-11-17", "2020-11-17")]
