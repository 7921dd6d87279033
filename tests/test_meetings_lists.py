"""Meetings told as lists, in phrasings of the seventh paraphrase set: one verb with several
days and places ('met in Ghent on 3 March, in Riga on 9 June and online on 2 October'), diary
lines whose city follows a dash. The texts are written for these tests; each phrasing has a
near miss that must not match."""

from __future__ import annotations

from .conftest import facts_of, release

PLACE = "https://w3id.org/jhakg/id/place/"


def _meetings(tmp_path, gazetteer, text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return sorted((f.record.start.iso(), f.record.end.iso(), (f.record.place or "").removeprefix(PLACE) or None)
                  for f in facts)


def test_each_city_before_its_date_with_one_held_online(tmp_path, gazetteer):
    text = ("Riga, 4 December 2019\n\nThe working group of the liaison officers met in Madrid on 5 February, in Riga "
            "on 11-12 June and online on 2 October.\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2019-02-05", "2019-02-05", "madrid"), ("2019-06-11", "2019-06-12", "riga"), ("2019-10-02", "2019-10-02", None)]


def test_each_city_before_its_date_takes_the_city_before_not_the_next_one(tmp_path, gazetteer):
    text = ("Riga, 4 December 2019\n\nThe working group met in Madrid on 5 February, in Riga on 12 June "
            "and in Vienna on 8 October.\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2019-02-05", "2019-02-05", "madrid"), ("2019-06-12", "2019-06-12", "riga"), ("2019-10-08", "2019-10-08", "vienna")]


def test_each_city_after_its_date_is_still_read_after(tmp_path, gazetteer):
    text = ("Riga, 4 December 2019\n\nThe working group met on 5 February in Madrid, on 12 June in Riga "
            "and on 8 October in Vienna.\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2019-02-05", "2019-02-05", "madrid"), ("2019-06-12", "2019-06-12", "riga"), ("2019-10-08", "2019-10-08", "vienna")]


def test_a_day_joined_to_an_online_one_is_online_too(tmp_path, gazetteer):
    text = ("Riga, 4 December 2019\n\nThe working group met in Madrid on 5 February, then by videoconference on "
            "11 June and on 2 October.\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2019-02-05", "2019-02-05", "madrid"), ("2019-06-11", "2019-06-11", None), ("2019-10-02", "2019-10-02", None)]


def test_dates_with_neither_city_nor_distance_are_not_a_list_of_meetings(tmp_path, gazetteer):
    # near miss: the second date is a deadline, with no place and not held at a distance
    text = ("Riga, 4 December 2019\n\nThe working group met in Madrid on 5 February and set a deadline "
            "of 11 June for the report.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-02-05", "2019-02-05", "madrid")]


def test_a_diary_line_whose_city_follows_a_dash(tmp_path, gazetteer):
    text = ("Riga, 4 December 2019\n\nThe presidency held its last Council.\n\nNext events of the presidency\n"
            "14 January - Working party on frontiers - Madrid\n20-21 February - Conference on returns - Vienna\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2020-01-14", "2020-01-14", "madrid"), ("2020-02-20", "2020-02-21", "vienna")]


def test_a_city_inside_a_diary_lines_words_is_not_its_place(tmp_path, gazetteer):
    # near miss: the city is part of what the item is about, not the item's last word after a dash
    text = ("Riga, 4 December 2019\n\nThe presidency held its last Council.\n\nNext events of the presidency\n"
            "14 January - Working party on the Madrid process - follow-up\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2020-01-14", "2020-01-14", None)]


def test_meeting_places_of_the_presidencies_are_known_cities(tmp_path, gazetteer):
    text = ("Nicosia, 4 December 2019\n\nThe ministers met at the informal meeting in Larnaca on 5 February. "
            "The police chiefs met at the conference in Sopot on 12 June. The judges met at the seminar in Cannes on 8 October.\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2019-02-05", "2019-02-05", "larnaca"), ("2019-06-12", "2019-06-12", "sopot"), ("2019-10-08", "2019-10-08", "cannes")]


def test_a_film_festival_named_after_a_city_is_no_meeting_place(tmp_path, gazetteer):
    # near miss: 'the Cannes festival' names no meeting of the text
    text = "Nicosia, 4 December 2019\n\nThe film shown at the Cannes festival was praised by the minister.\n"
    assert _meetings(tmp_path, gazetteer, text) == []


def test_a_weekday_next_week_and_the_day_after_it(tmp_path, gazetteer):
    # 1 March 2018 is a Thursday: 'Tuesday next week' is 6 March, and 'Wednesday' after it is the 7th
    text = ("Vienna, 1 March 2018\n\nInterior ministers will meet in Vienna on Tuesday next week, followed by "
            "justice ministers on Wednesday.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2018-03-06", "2018-03-07", "vienna")]


def test_a_weekday_with_no_next_week_is_the_coming_one(tmp_path, gazetteer):
    # near miss: without 'next week' the Friday is the coming one, the 2nd
    text = "Vienna, 1 March 2018\n\nInterior ministers will meet in Vienna on Friday.\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2018-03-02", "2018-03-02", "vienna")]


def test_two_weekdays_in_a_row_for_the_two_parts_of_a_meeting(tmp_path, gazetteer):
    # 2 March 2018 is a Friday
    text = ("Vienna, 2 March 2018\n\nInterior ministers met in Vienna on Thursday and justice ministers on Friday "
            "for the informal meeting of the ministers.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2018-03-01", "2018-03-02", "vienna")]


def test_today_and_tomorrow_in_a_quote_are_no_meeting_days(tmp_path, gazetteer):
    # near miss: 'today' and 'tomorrow' are not the named weekdays of a meeting's two parts
    text = ("Vienna, 2 March 2018\n\n\"Today we register who enters; tomorrow we will know who leaves,\" said "
            "the minister at the meeting in Vienna.\n")
    assert all(start == end for start, end, _ in _meetings(tmp_path, gazetteer, text))


def test_a_calendar_tables_venue_cell_that_opens_with_its_city(tmp_path, gazetteer):
    text = ("Calendar of meetings\nPublished on 19 December 2025\n\n"
            "Date | Meeting | Venue | Chaired by\n"
            "5-6 March 2026 | Justice and Home Affairs Council | Brussels, Europa building | Presidency\n"
            "23 April 2026 | Conference on the Eastern route | Larnaca | Minister\n"
            # a city in a cell's later words, before a comma, is no venue
            "9 May 2026 | Seminar on returns from Vienna, Prague | To be confirmed | Presidency\n")
    assert _meetings(tmp_path, gazetteer, text) == [
        ("2026-03-05", "2026-03-06", "brussels"), ("2026-04-23", "2026-04-23", "larnaca"),
        ("2026-05-09", "2026-05-09", None)]


def test_the_day_accreditation_or_registration_for_a_meeting_opens_or_closes_is_not_its_day(tmp_path, gazetteer):
    text = ("Nicosia, 19 December 2025\n\nMedia accreditation for the informal ministerial meeting in Nicosia opens "
            "on 5 January 2026. Registration for the conference in Vienna closes on 3 February 2026. The informal "
            "meeting of ministers opens on 29 January 2026 in Nicosia.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2026-01-29", "2026-01-29", "nicosia")]


def test_a_venue_line_of_several_parts_under_the_line_of_the_meetings_days(tmp_path, gazetteer):
    head = "BACKGROUND NOTE\n\nBrussels, 4 June 2013\n\nJustice and Home Affairs Council\nThursday 6 and Friday 7 June 2013\n"
    body = "\n\nThe Council will be chaired by the minister of the presidency.\n"
    assert _meetings(tmp_path, gazetteer, head + "European Convention Center, Kirchberg, Luxembourg" + body) == [
        ("2013-06-06", "2013-06-07", "luxembourg-city")]
    # (not a line of parts a blank line below the days)
    assert _meetings(tmp_path, gazetteer, head + "\nPress Office, General Secretariat, Luxembourg" + body) == [
        ("2013-06-06", "2013-06-07", None)]


def test_a_list_of_days_and_cities_under_a_lead_in_that_tells_of_meetings(tmp_path, gazetteer):
    head = "Annual report 2016\nDate of publication: 30/06/2017\n\n3.1 Management Board\n"
    items = ("  - 9-10 March 2016, Tallinn\n  - 11-12 October 2016, Tallinn\n"
             "  - 23 November 2016, Brussels (in the Council's building)\n")
    text = head + "The Management Board held three ordinary meetings in 2016:\n" + items
    assert _meetings(tmp_path, gazetteer, text) == [("2016-03-09", "2016-03-10", "tallinn"),
                                                    ("2016-10-11", "2016-10-12", "tallinn"),
                                                    ("2016-11-23", "2016-11-23", "brussels")]
    # a lead-in of other things than meetings
    items = "  - 11-12 October 2016, Tallinn\n  - 23 November 2016, Brussels (in three languages)\n"
    assert _meetings(tmp_path, gazetteer, head + "The agency published its reports on these dates:\n" + items) == []


def test_a_bulleted_headline_that_ends_with_its_date_under_a_news_heading_is_another_page(tmp_path, gazetteer):
    body = "The Hague, 3 December 2010\n\nThe heads of the agencies met at Eurojust on 1 December 2010.\n\n"
    items = ("- Agencies agree a manual on joint investigation teams - 26/11/2010\n"
             "- Annual report 2009 presented to the JHA Council - 15/04/2010\n")
    assert _meetings(tmp_path, gazetteer, body + "Recent press releases\n" + items) == [
        ("2010-12-01", "2010-12-01", "the-hague")]
    # (under a heading of events, the same line is a meeting)
    assert ("2010-04-15", "2010-04-15", None) in _meetings(tmp_path, gazetteer, body + "Past events\n" + items)


def test_the_lines_under_a_heading_of_other_galleries_are_other_pages(tmp_path, gazetteer):
    body = "The Hague, 23 November 2012\n\nThe heads of the agencies met at Eurojust on 22 November 2012.\n\n"
    items = ("  14/11/2012  Strategic meeting on cybercrime\n"
             "  11/10/2012  Visit of a delegation of judges to Eurojust\n")
    assert _meetings(tmp_path, gazetteer, body + "More photo galleries\n" + items) == [
        ("2012-11-22", "2012-11-22", "the-hague")]


def test_the_lines_under_a_related_heading_are_other_pages(tmp_path, gazetteer):
    body = "Strasbourg, 16 April 2019\n\nThe plenary voted today on the new rules in Strasbourg.\n\n"
    items = "15-04-2019  Plenary session: the debates of the week in Strasbourg\n"
    for heading in ("Related", "See also", "Read more"):
        assert _meetings(tmp_path, gazetteer, body + heading + "\n" + items) == [
            ("2019-04-16", "2019-04-16", "strasbourg")]
    # (under a heading of the week's agenda, the same line is a meeting)
    assert ("2019-04-15", "2019-04-15", "strasbourg") in _meetings(tmp_path, gazetteer, body + "This week\n" + items)


def test_a_newsletters_items_each_under_a_heading_and_its_own_date(tmp_path, gazetteer):
    prose = ("The Management Board met at the agency's headquarters in Tallinn on 9 and 10 February 2016 and adopted "
             "the annual activity report of the year before.")
    text = ("Agency newsletter\nIssue 1/2016 | 29 February 2016\n\nIN THIS ISSUE\n- Board: first meeting of the year\n"
            "- Save the date: Annual Conference\n\nNETWORK OF AGENCIES: A NEW CHAIR FOR 2016\n12 January 2016\n"
            "On 1 January the agency took over the rotating chairmanship of the network of the nine agencies for one "
            "year, with three priorities.\n\nMANAGEMENT BOARD: FIRST MEETING OF THE YEAR\n19 February 2016\n" + prose + "\n")
    # the dates under the headings are the items', not the meetings' the headings and the contents name
    assert _meetings(tmp_path, gazetteer, text) == [("2016-02-09", "2016-02-10", "tallinn")]
