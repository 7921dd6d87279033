"""Meetings in phrasings of the eighth paraphrase set: other pages' headlines under the day
they were put up, a dateline's date in a language the dateline reader does not know, a
term's start in what a meeting decided. The texts are written for these tests; each phrasing
has a near miss that must still match."""

from __future__ import annotations

from .conftest import facts_of, release

PLACE = "https://w3id.org/jhakg/id/place/"


def _meetings(tmp_path, gazetteer, text: str) -> list[tuple[str, str, str | None]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return sorted((f.record.start.iso(), f.record.end.iso(), (f.record.place or "").removeprefix(PLACE) or None)
                  for f in facts)


_PAGE = ("Riga, 14 May 2021\n\nThe Management Board of the agency met in Riga today and adopted the annual "
         "report of the agency for the past year.\n\n")


def test_dated_headlines_of_other_pages_are_no_meetings(tmp_path, gazetteer):
    for head in ("Earlier news", "More from the Ministry", "Other press releases", "Other announcements"):
        text = _PAGE + f"{head}\n02.05.2021 Minister meets the Europol Director in Vienna\n" \
                       "28/04/2021 – Heads of agencies hold a conference in Lisbon\n"
        assert _meetings(tmp_path, gazetteer, text) == [("2021-05-14", "2021-05-14", "riga")], head
    # bulleted the same
    text = _PAGE + "Latest news\n- 02/05/2021 – Informal meeting of interior ministers in Vienna\n"
    assert _meetings(tmp_path, gazetteer, text) == [("2021-05-14", "2021-05-14", "riga")]


def test_a_diary_of_meetings_under_a_heading_is_still_read(tmp_path, gazetteer):
    # near misses: the heading names meetings or events, so the dates are the meetings' own
    for head in ("Further meetings of the Presidency", "Upcoming events"):
        text = _PAGE + f"{head}\n3 June 2021 – Informal meeting of interior ministers, Vienna\n"
        assert ("2021-06-03", "2021-06-03", "vienna") in _meetings(tmp_path, gazetteer, text), head


def test_a_day_from_which_a_decision_applies_is_not_the_meetings(tmp_path, gazetteer):
    text = ("Brussels, 9 June 2022\n\nToday the ministers, meeting in Brussels, decided that the controls at the "
            "internal borders will be lifted from 1 March 2023.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2022-06-09", "2022-06-09", "brussels")]
    # near miss: the meeting's own clause runs 'from' its day
    text = ("Vienna, 2 May 2022\n\nThe experts will meet in Vienna from 12 May 2022, the agency said.\n")
    assert ("2022-05-12", "2022-05-12", "vienna") in _meetings(tmp_path, gazetteer, text)


def test_coming_together_at_an_agency_is_meeting_at_its_seat(tmp_path, gazetteer):
    text = ("The Hague, 20 March 2020\n\nAbout 80 judges came together at Eurojust on 18 March 2020 for a seminar "
            "on the freezing of assets.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2020-03-18", "2020-03-18", "the-hague")]
    # near miss: coming together with an agency says nothing of where
    text = ("Rome, 20 March 2020\n\nAbout 80 judges came together with Eurojust on 18 March 2020 for a seminar "
            "on the freezing of assets.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2020-03-18", "2020-03-18", None)]


def test_a_dateline_opening_the_sentence_dates_the_release_not_the_meeting(tmp_path, gazetteer):
    # a dateline in another language ('2021 m. gegužės 7 d.'), the day of the release; the meeting was on Thursday
    text = ("Riga news\n7 May 2021\n\nRiga, 2021 m. gegužės 7 d. – The experts of the agencies met in Riga "
            "on 5 May 2021 to compare their training plans.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2021-05-05", "2021-05-05", "riga")]
    # near miss: a city, a comma and words that tell of the meeting before its date and a dash
    text = ("Riga news\n7 May 2021\n\nRiga, where the experts met in the agency's offices on 6 May 2021 – "
            "their first meeting – will host the next one too.\n")
    assert [m[0] for m in _meetings(tmp_path, gazetteer, text)] == ["2021-05-06"]


def test_the_sentence_before_a_meeting_referred_back_to_tells_where(tmp_path, gazetteer):
    text = ("Budapest, 30 May 2019\n\nSome 60 trainers spent two days in Budapest this week, working on a common "
            "curriculum. The workshop, held on 28 and 29 May 2019, was the third of its kind.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-05-28", "2019-05-29", "budapest")]
    # near miss: the sentence before is in another paragraph
    text = ("Budapest, 30 May 2019\n\nSome 60 trainers spent two days in Budapest this week.\n\nThe workshop, "
            "held on 28 and 29 May 2019, was the third of its kind.\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2019-05-28", "2019-05-29", None)]
    # nor when the sentence before gives a day of its own
    text = ("Budapest, 30 May 2019\n\nThe trainers met in Budapest on 2 April 2019. The workshop, held on 28 and "
            "29 May 2019, was the third of its kind.\n")
    assert ("2019-05-28", "2019-05-29", None) in _meetings(tmp_path, gazetteer, text)


def test_a_city_closing_a_meetings_line_after_a_dash(tmp_path, gazetteer):
    text = ("Vienna, 2 October 2018\n\nThe home affairs ministers discussed returns at length in Vienna today, the "
            "presidency said in a statement.\n\nOther meetings\nHome Affairs Council, 6-7 December 2018 (formal) – Brussels\n")
    assert ("2018-12-06", "2018-12-07", "brussels") in _meetings(tmp_path, gazetteer, text)
    # near miss: a dash then more words, the city inside them, is not the line's place
    text = ("Vienna, 2 October 2018\n\nThe home affairs ministers discussed returns at length in Vienna today, the "
            "presidency said in a statement.\n\nOther meetings\nHome Affairs Council, 6-7 December 2018 – Brussels talks\n")
    assert ("2018-12-06", "2018-12-07", None) in _meetings(tmp_path, gazetteer, text)


def test_each_dates_city_in_brackets_after_its_hours(tmp_path, gazetteer):
    text = ("Agenda of 3 March 2022\n\nThe committee will meet again on 14 March 2022, 9.00 – 12.30 (Strasbourg) and "
            "on 21 March 2022 (Brussels).\n")
    found = _meetings(tmp_path, gazetteer, text)
    assert ("2022-03-14", "2022-03-14", "strasbourg") in found and ("2022-03-21", "2022-03-21", "brussels") in found
    # near miss: a bracket that names a city among other words is no place
    text = ("Agenda of 3 March 2022\n\nThe committee will meet again on 14 March 2022 (not in Strasbourg) and "
            "on 21 March 2022 (to be confirmed).\n")
    assert all(m[2] is None for m in _meetings(tmp_path, gazetteer, text))


COUNTRY = "https://w3id.org/jhakg/id/country/"


def _chairs(tmp_path, gazetteer, text: str) -> dict[str, str | None]:
    return {f.record.start.iso(): (f.record.chair or "").removeprefix(COUNTRY) or None
            for f in facts_of(release(tmp_path, text), gazetteer, "meeting")}


def test_a_council_meeting_is_chaired_by_the_presidency_the_page_names(tmp_path, gazetteer):
    text = ("Warsaw, 10 January 2025\n\nPoland holds the Presidency of the Council until the end of June. The "
            "Justice and Home Affairs Council will meet in Brussels on 13-14 March 2025 to discuss returns.\n")
    assert _chairs(tmp_path, gazetteer, text) == {"2025-03-13": "pl"}
    # near misses: a page that names no presidency; a chair the text names; the European Council
    text = ("Brussels, 10 January 2025\n\nThe Justice and Home Affairs Council will meet in Brussels on 13-14 March "
            "2025 to discuss returns.\n")
    assert _chairs(tmp_path, gazetteer, text) == {"2025-03-13": None}
    text = ("Warsaw, 10 January 2025\n\nPoland holds the Presidency of the Council until the end of June. The "
            "European Council will meet in Brussels on 20-21 March 2025.\n")
    assert _chairs(tmp_path, gazetteer, text) == {"2025-03-20": None}


def test_of_several_meetings_in_a_sentence_only_the_councils_are_the_presidencys(tmp_path, gazetteer):
    text = ("Warsaw, 10 January 2025\n\nPoland holds the Presidency of the Council until the end of June. The rules "
            "were agreed after the Justice and Home Affairs Council of 12-13 June 2025 in Luxembourg and after the "
            "Management Board of the agency, meeting in Riga on 24 June 2025, gave its opinion.\n")
    assert _chairs(tmp_path, gazetteer, text) == {"2025-06-12": "pl", "2025-06-24": None}
    # near miss: one Council noun over two dates and places, both the Council's
    text = ("Warsaw, 10 January 2025\n\nPoland holds the Presidency of the Council until the end of June. The "
            "Justice and Home Affairs Council meetings are set for 13-14 March 2025 in Brussels and 12-13 June 2025 "
            "in Luxembourg.\n")
    assert _chairs(tmp_path, gazetteer, text) == {"2025-03-13": "pl", "2025-06-12": "pl"}


def test_a_calendars_items_each_a_meeting_with_the_date_and_place_over_it(tmp_path, gazetteer):
    text = ("Presidency calendar: home affairs\n\n"
            "▸ 12–13 March 2026 | Nicosia, Filoxenia Centre\n"
            "  Informal meeting of home affairs ministers\n"
            "  Chaired by Minister of Justice Eleni Charalambous\n\n"
            "▸ 2 April 2026 | Brussels\n"
            "  Meeting of the Standing Committee on Internal Security\n")
    assert _meetings(tmp_path, gazetteer, text) == [("2026-03-12", "2026-03-13", "nicosia"),
                                                     ("2026-04-02", "2026-04-02", "brussels")]


def test_a_bare_date_over_a_meeting_line_with_words_after_it_is_no_calendar_item(tmp_path, gazetteer):
    text = ("Presidency calendar: home affairs\n\n"
            "▸ 12–13 March 2026 saw the new rules applied\n"
            "  Informal meeting of home affairs ministers in Nicosia\n")
    assert _meetings(tmp_path, gazetteer, text) == []
