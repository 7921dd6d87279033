"""Meetings in phrasings the seeds do not use: an appearance before a committee, a meeting
named after its date, and news-archive items printed under a date line. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from jhakg.query.facts import facts_from_store
from jhakg.query.local_store import open_store

from .conftest import Built, facts_of, release

PLACE = "https://w3id.org/jhakg/id/place/"


def _meetings(tmp_path, gazetteer, text: str) -> list[dict]:
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return [{"start": f.record.start.iso(), "place": (f.record.place or "").removeprefix(PLACE) or None,
             "kind": f.record.kind, "rule": f.rule, "part": f.part} for f in facts]


def test_presenting_to_a_committee_is_a_meeting_of_that_committee(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Valletta, 3 February 2021\n\nThe Maltese minister presented the presidency's programme to "
                      "the LIBE committee of the European Parliament in Strasbourg on 2 February 2021.\n")
    assert [(m["start"], m["place"], m["kind"], m["rule"]) for m in found] == [
        ("2021-02-02", "strasbourg", "LIBE meeting", "meeting.appearance")]


def test_telling_or_briefing_a_committee_is_a_meeting_of_that_committee(tmp_path, gazetteer):
    for said in ("The heads of four agencies told the Civil Liberties Committee on Wednesday that",
                 "The Director of Europol briefed the LIBE committee on Wednesday on",
                 "The Executive Director addressed the members of the LIBE committee on Wednesday about"):
        found = _meetings(tmp_path, gazetteer, f"Brussels, 23 September 2015\n\n{said} the borders were under strain.\n")
        assert [(m["start"], m["kind"], m["rule"]) for m in found] == [("2015-09-23", "LIBE meeting", "meeting.appearance")]
    # a committee named as the subject, or as what a sentence is about, is no appearance before it
    assert _meetings(tmp_path, gazetteer, "Brussels, 23 September 2015\n\nThe LIBE committee told the agencies on "
                                          "Wednesday that their budgets will grow.\n") == []
    assert _meetings(tmp_path, gazetteer, "Brussels, 23 September 2015\n\nThe minister told journalists on Wednesday "
                                          "that the LIBE committee will vote.\n") == []


def test_a_committee_hearing(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Brussels, 12 June 2023\n\nThe Committee on Civil Liberties, Justice and Home Affairs heard "
                      "the candidate for the post of Executive Director on 12 June.\n")
    assert [(m["start"], m["kind"]) for m in found] == [("2023-06-12", "LIBE hearing")]


def test_a_committee_named_with_its_acronym_inside_its_name(tmp_path, gazetteer):
    # the spelling with the acronym before 'Committee' is one of the committee's labels in the reference data
    found = _meetings(tmp_path, gazetteer,
                      "Brussels, 12 June 2023\n\nYesterday the Director of FRA appeared before the Civil Liberties, "
                      "Justice and Home Affairs (LIBE) Committee.\n")
    assert [(m["start"], m["kind"]) for m in found] == [("2023-06-11", "LIBE meeting")]


def test_a_presentation_without_a_committee_is_no_meeting(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Brussels, 12 June 2023\n\nThe Commission presented its annual "
                                          "report on 12 June 2023 to the press.\n") == []


def test_a_meeting_named_after_its_date_in_the_same_clause(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "(02.07.2024, LISBON) The agency's launch is being marked "
                                           "today by a conference in Lisbon, hosted by the agency.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-07-02", "lisbon")]
    # 'launched on' a date with no meeting in the clause stays an event, not a meeting
    assert _meetings(tmp_path, gazetteer, "(02.07.2024, LISBON) The agency launched its new website today, "
                                          "after a conference in Lisbon last year.\n") == []


def test_news_archive_items_under_a_date_line(tmp_path, gazetteer):
    # scraped archives separate items with lines of white space
    text = ("News archive\n\n"
            "28 November 2017\n"
            "Commissioner meets agency heads in Lisbon\n"
            "Today, the Commissioner met the directors of the Justice and Home Affairs agencies in Lisbon, "
            "at their annual meeting.\n \n"
            "7 December 2017\n"
            "Ministers agree on a position\n"
            "Justice ministers meeting in Brussels today agreed the Council's position on the new system.\n \n"
            "14 December\n"
            "Leaders discuss migration\n"
            "EU leaders discussed the internal and external dimensions of migration over dinner today.\n")
    found = _meetings(tmp_path, gazetteer, text)
    assert {m["part"] for m in found} <= {1, 2, 3}
    dated = {(m["start"], m["place"], m["part"]) for m in found}
    assert ("2017-11-28", "lisbon", 1) in dated
    assert ("2017-12-07", "brussels", 2) in dated
    # the third item's date line has no year: its 'today' is not given one, nor is the
    # second item's meeting given the third item's date
    assert not any(m["part"] == 3 for m in found)
    assert len(found) == 2


# -- issue 8: phrasings of real releases, in sentences written for these tests


def test_signing_an_agreement_is_a_meeting_of_its_parties(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Frontex and Europol deepen their cooperation\n2019-06-04\n\n"
                      "The heads of Frontex and Europol signed a working arrangement today to share risk analyses. "
                      "The directors praised the cooperation. The document was signed during a ceremony in Warsaw.\n")
    assert [(m["start"], m["place"], m["kind"]) for m in found] == [
        ("2019-06-04", "warsaw", "Signing of a working arrangement")]
    # passive: 'A cooperation plan ... was signed in Vienna'
    found = _meetings(tmp_path, gazetteer,
                      "On 5 May 2022, FRA and eu-LISA signed an agreement to work more closely together. A cooperation plan for "
                      "2022-2024 was signed in Vienna by the two directors.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2022-05-05", "vienna")]


def test_a_signing_is_a_meeting_on_its_day_only(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nIn July 2023, the EU concluded a memorandum of "
                                          "understanding with Tunisia.\n") == []


def test_a_signed_act_is_not_a_meeting(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Brussels, 3 May 2022\n\nThe regulation was signed on 2 May 2022 "
                                          "and enters into force in June.\n") == []


def test_welcoming_a_visitor_to_the_headquarters_is_a_visit(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "News Published: 14 June 2023\nA minister visits the agency\n\n"
                                           "The EUAA welcomed the Maltese Minister for Home Affairs to its "
                                           "headquarters on Wednesday, 14 June.\n")
    # its headquarters: the EUAA's seat
    assert [(m["start"], m["place"], m["kind"]) for m in found] == [("2023-06-14", "valletta", "Visit")]
    assert _meetings(tmp_path, gazetteer, "News Published: 14 June 2023\n\nThe EUAA welcomed the adoption of "
                                          "the new rules on 14 June.\n") == []


def test_a_meeting_held_today_is_held_in_the_datelines_city(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "The Hague, 30 September 2021\n\nTwo justice ministers visited "
                                           "Eurojust today to discuss judicial cooperation.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2021-09-30", "the-hague")]
    # yesterday's meeting was not necessarily where the release was issued (a visit to an agency with one site is
    # at that site, though)
    found = _meetings(tmp_path, gazetteer, "The Hague, 30 September 2021\n\nTwo justice ministers met the national "
                                           "prosecutors yesterday to discuss judicial cooperation.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2021-09-29", None)]
    found = _meetings(tmp_path, gazetteer, "Brussels, 30 September 2021\n\nTwo justice ministers visited "
                                           "Eurojust yesterday to discuss judicial cooperation.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2021-09-29", "the-hague")]


def test_today_and_tomorrow_is_a_meeting_of_two_days(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Riga, 29 January 2015\n\nJustice ministers are in Riga today and tomorrow "
                                       "for their informal meeting.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2015-01-29", "2015-01-30")]


def test_a_meeting_that_goes_on_tomorrow_lasts_two_days(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Riga, 29 January 2015\n\nJustice ministers met today in Riga and will "
                                       "continue their informal meeting tomorrow.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2015-01-29", "2015-01-30")]
    # 'today' and 'tomorrow' of two events are not one meeting's days
    facts = facts_of(release(tmp_path, "Riga, 29 January 2015\n\nJustice ministers met today in Riga; the "
                                       "report will be published tomorrow.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2015-01-29", "2015-01-29")]


def test_last_tuesday_and_welcoming_the_heads_of_the_agencies(tmp_path, gazetteer):
    # 29 November 2017 is a Wednesday
    facts = facts_of(release(tmp_path, "Lisbon, 29 November 2017\n\nThe heads of the JHA agencies met in Lisbon last "
                                       "Tuesday.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2017-11-28", "2017-11-28")]
    facts = facts_of(release(tmp_path, "The Hague, 18 November 2019\n\nLast Thursday and Friday the heads of the "
                                       "agencies met in The Hague.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2019-11-14", "2019-11-15")]
    found = _meetings(tmp_path, gazetteer, "Valletta, 25 November 2024\n\nThe EUAA welcomed the heads of the agencies "
                                           "in Valletta on 21-22 November.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-11-21", "valletta")]
    # welcoming a decision is no meeting
    assert _meetings(tmp_path, gazetteer, "Valletta, 25 November 2024\n\nThe EUAA welcomed the decision of the "
                                          "ministers on 21 November.\n") == []


def test_other_pages_headlines_under_related_news_are_not_this_pages_facts(tmp_path, gazetteer):
    text = ("Warsaw, 3 May 2018\n\nThe Management Board of Frontex met in Warsaw today and adopted the work programme "
            "of the agency for the next three years.\n\nRelated news\n\n- 20/03/2018 Management Board meets in "
            "Tallinn\n- 06/11/2017 Annual conference on smart borders in Brussels\n")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2018-05-03", "warsaw")]
    # a page whose title is 'Latest news' keeps its own facts
    text = "Latest news\n\nWarsaw, 3 May 2018\n\nThe Management Board of Frontex met in Warsaw today.\n"
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2018-05-03", "warsaw")]


def test_the_day_a_banner_says_the_page_is_viewed_dates_nothing(tmp_path, gazetteer):
    # the year of '4 and 5 May' is not settled: the banner's is the reader's day, not the release's
    text = "Frontex\nToday: Saturday, 14 March 2026 | Login\nBoard meets\n\nThe Management Board met in Warsaw on 4 and 5 May.\n"
    assert _meetings(tmp_path, gazetteer, text) == []
    # nor is the banner's day, or its 'Today', a date for the seminar a headline under it names; the seminar's own
    # days are
    text = ("Agency site\nHome » News » Seminar announcements\n\nToday is: Thursday, 14 March 2024 | Login\n\nSeminar 12/2024: "
            "data protection - open for applications\n\nPosted on 20.02.2024 by the secretariat\n\nThe seminar will "
            "take place in Budapest from 15 to 19 April 2024.\n")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2024-04-15", "budapest")]
    # a 'today' in prose still dates what happened on the page's day
    text = text.replace("The seminar will take place", "Today the Board met in Budapest. The seminar will take place")
    assert [m["start"] for m in _meetings(tmp_path, gazetteer, text)] == ["2024-02-20", "2024-04-15"]
    # a term of six months is no meeting's date
    text = ("Budapest, 10 July 2024\n\nHungary, which holds the presidency of the Council from 1 July to 31 December "
            "2024, hosts the informal meeting of home affairs ministers in Budapest.\n")
    assert all(m["start"] != "2024-07-01" for m in _meetings(tmp_path, gazetteer, text))


def test_of_a_city_is_a_place_only_in_a_part_of_it(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Brussels, 4 March 2024\n\nThe session was held on 1 March at the "
                                           "agency's premises in the International Zone of The Hague.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-03-01", "the-hague")]
    # a minister of a country that shares its name with its capital is not a meeting's place
    # (the visit is at the seat of the agency visited)
    found = _meetings(tmp_path, gazetteer, "Brussels, 4 March 2024\n\nThe Minister of Health of Luxembourg visited "
                                           "Europol on 1 March.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-03-01", "the-hague")]


def test_a_capital_named_by_its_country(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Valletta, 25 November 2024\n\nThe heads of the agencies met in the "
                                           "Maltese capital on 21 November.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-11-21", "valletta")]
    # 'capital markets' are no place
    found = _meetings(tmp_path, gazetteer, "Brussels, 25 November 2024\n\nMinisters met on 21 November to discuss "
                                           "investment in the Maltese capital markets.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-11-21", None)]


def test_a_meeting_held_at_a_distance_has_no_place(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Zagreb, 28 April 2020\n\nHome affairs ministers met by videoconference "
                                           "today to discuss the pandemic.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2020-04-28", None)]


def test_a_city_alone_on_the_line_under_a_meeting_and_its_date_is_the_venue(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Justice and Home Affairs Council, 13-14 June 2019\n\nLuxembourg\n\n"
                                           "Ministers discussed the future of the Schengen area.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2019-06-13", "luxembourg-city")]
    # the venue under a block's heading: a building and its city
    found = _meetings(tmp_path, gazetteer, "Justice and Home Affairs Council, 13-14 June 2019\n\nMeeting "
                                           "information\n\nEuropa building, Brussels\n\nMinisters discussed Schengen.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2019-06-13", "brussels")]
    # a line that names a city among other words is not a venue line
    found = _meetings(tmp_path, gazetteer, "Justice and Home Affairs Council, 13-14 June 2019\n\nNews from Luxembourg "
                                           "and Brussels\n\nMinisters discussed the future of the Schengen area.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2019-06-13", None)]


def test_a_later_sentence_about_the_event_gives_its_place(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Eurojust hosts an open day\n14 March 2019\n\nYesterday, 40 students visited Eurojust "
                      "for an open day. The President opened the day. Case examples followed. "
                      "This yearly open-day event was held at the agency's premises in The Hague.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2019-03-13", "the-hague")]


def test_the_following_day_is_the_day_after_the_date_just_stated(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Frontex trains its staff\n\nFrontex held a workshop on 3 May 2021, and a seminar for "
                      "the same staff the following day.\n")
    assert sorted(m["start"] for m in found) == ["2021-05-03", "2021-05-04"]


def test_a_year_on_the_meeting_noun_dates_a_yearless_day(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "The committee held its second 2021 meeting on 9 June in Riga, "
                                           "Latvia.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2021-06-09", "riga")]
    # a year elsewhere in the sentence does not date the meeting
    assert _meetings(tmp_path, gazetteer, "The board discussed the 2023 budget at its meeting on 12 January "
                                          "in Tallinn.\n") == []


def test_an_event_page_block_gives_date_and_venue(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Agenda of the informal meeting of home affairs ministers\n\n"
                      "Informal meeting of home affairs ministers\n\nPractical information\n\n"
                      "12 – 13 February 2026\n\n9:00\n\nThe Royal Palace, Lisbon, Portugal\n\n"
                      "Ministers will discuss migration and internal security.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2026-02-12", "lisbon")]


def test_the_date_that_completes_the_meeting_noun(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Brussels, 10 April 2019\n\nThe strategy, outlined in a paper of "
                                           "3 March and welcomed by the European Council of 21-22 March, is "
                                           "adopted today.\n")
    assert [(m["start"], m["kind"]) for m in found] == [("2019-03-21", "European Council")]


def test_a_date_that_ends_something_else_is_no_meeting(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "The closing meeting took place on 20 December 2018 in Vienna. It "
                                           "was the final meeting of the Austrian presidency, which concludes "
                                           "on 31 December 2018.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2018-12-20", "vienna")]


def test_a_term_is_not_a_meetings_date(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Brussels, 3 May 2022\n\nThe conference will take place in the second "
                                          "half of 2022, in Brussels.\n") == []


def _short(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def _chairs(tmp_path, gazetteer, text: str) -> list[tuple[str | None, str | None]]:
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return [(_short(f.record.chair), _short(f.record.host)) for f in facts]


def test_chair_and_host_as_subjects_and_the_visited_as_host(tmp_path, gazetteer):
    # the visited agency hosts
    assert _chairs(tmp_path, gazetteer, "The Hague, 2 May 2023\n\nTwo ministers visited Eurojust today to "
                                        "discuss cooperation.\n") == [(None, "eurojust")]
    # 'hosted today its ...' and 'hosted at its headquarters in Budapest the ...'
    assert _chairs(tmp_path, gazetteer, "Budapest, 5 May 2022\n\nOn 5 May 2022, CEPOL hosted at its "
                                        "headquarters in Budapest the yearly meeting of its national units.\n") \
        == [(None, "cepol")]
    # a participial opener refers to the meeting just named
    assert _chairs(tmp_path, gazetteer, "Budapest, 12 November 2020\n\nCEPOL hosted today its online board "
                                        "meeting. Chaired by Mr Jose Silva, Head of the Police Academy, the "
                                        "meeting took stock of the year.\n") == [("Jose Silva", "cepol")]
    # the post as the subject stands for its one holder in the text
    assert _chairs(tmp_path, gazetteer, "Warsaw, 12 February 2025\n\n'We agree,' said Minister Jan Nowak. The "
                                        "Minister of the Interior and Administration chaired the meeting of "
                                        "home affairs ministers in Warsaw on 12 February.\n") == [("Jan Nowak", None)]


def test_a_host_ahead_in_a_relative_clause_a_chair_by_name_alone_and_after_a_possessive(tmp_path, gazetteer):
    # '..., which AGENCY will host in CITY on DATE', the agency by its long name and acronym
    assert _chairs(tmp_path, gazetteer, "Warsaw, 4 March 2024\n\nThe Institute will attend the annual meeting of the "
                                        "heads of the JHA agencies, which the European Union Agency for Fundamental "
                                        "Rights (FRA) will host in Vienna on 15 November 2024.\n") == [(None, "fra")]
    # two bodies jointly hosting, ahead: the first named
    assert _chairs(tmp_path, gazetteer, "The Hague, 4 March 2024\n\nEurojust and the Hungarian Presidency will jointly "
                                        "host a strategic seminar in Budapest on 27 June 2024.\n") == [(None, "eurojust")]
    # a full name alone after 'chaired by', and the surnames of a full name given before
    assert _chairs(tmp_path, gazetteer, "Tallinn, 4 March 2024\n\nThe Management Board meeting in Tallinn on 28 "
                                        "February was chaired by Anna Berg.\n") == [("Anna Berg", None)]
    assert _chairs(tmp_path, gazetteer, "Tallinn, 4 March 2024\n\nThe Chair of the Management Board, Mr Henrik Aagaard "
                                        "Sorensen, spoke. The Board meeting in Tallinn on 28 February was chaired by Mr "
                                        "Aagaard Sorensen.\n") == [("Henrik Aagaard Sorensen", None)]
    # surnames two full names end with settle neither
    assert _chairs(tmp_path, gazetteer, "Tallinn, 4 March 2024\n\nThe Chair of the Board, Mr Henrik Aagaard Sorensen, "
                                        "and the Deputy Chair, Ms Anna Aagaard Sorensen, spoke. The Board meeting in "
                                        "Tallinn on 28 February was chaired by Mr Aagaard Sorensen.\n") \
        != [("Henrik Aagaard Sorensen", None)]
    # a post after a body's possessive: its holder
    assert _chairs(tmp_path, gazetteer, "Brussels, 18 June 2021\n\nThe committee endorsed the text on 17 June 2021 in a "
                                        "meeting held remotely, chaired by the committee's first Vice-Chair, Birgit "
                                        "HAUSMANN-OTT (S&D, DE).\n") == [("Birgit HAUSMANN-OTT", None)]
    # no chair from capitalised words that are the words of reference names, nor from a single word
    assert _chairs(tmp_path, gazetteer, "Tallinn, 4 March 2024\n\nThe Management Board meeting in Tallinn on 28 "
                                        "February was chaired by Border Management experts.\n") == [(None, None)]
    assert _chairs(tmp_path, gazetteer, "Tallinn, 4 March 2024\n\nThe Management Board meeting in Tallinn on 28 "
                                        "February was chaired by Berg.\n") == [(None, None)]


def test_a_chair_named_only_by_the_meeting_is_read_back_with_the_name(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Tallinn, 4 March 2024\n\nThe Management Board meeting in Tallinn on 28 February "
                                  "was chaired by Anna Berg.\n")
    built = Built(folder, tmp_path / "dist", reasoner="none")
    found = [f for d in facts_from_store(open_store(built.out)) for f in d["facts"] if f["type"] == "meeting"]
    assert [(f["start"], f["chair_or_host"]) for f in found] == [("2024-02-28", "Anna Berg")]


def test_the_council_adopting_today_under_a_dateline_met_there(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Luxembourg, 13 June 2024\n\nThe Council today adopted new rules on "
                                           "the screening of migrants.\n")
    assert [(m["start"], m["place"], m["kind"]) for m in found] == [("2024-06-13", "luxembourg-city", "Council meeting")]
    # under a page date with no city, the text does not say the Council met (acts are adopted in writing too)
    assert _meetings(tmp_path, gazetteer, "New rules on screening\npress release 13 June 2024\n\nThe Council of the "
                                          "European Union today adopted new rules on screening.\n") == []


def test_an_act_named_after_a_city_is_not_a_place(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Brussels, 4 March 2024\n\nMinisters met on 4 March to discuss the "
                                           "reform of the Dublin Regulation.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-03-04", None)]


# -- tests/paraphrases3: phrasings its pages led to, in sentences written for these tests


def test_a_block_headed_related_alone_holds_other_pages_headlines(tmp_path, gazetteer):
    for heading in ("Related", "Related events", "Related activities"):
        text = (f"Vienna, 6 March 2021\n\nThe heads of the agencies met in Vienna today to plan their joint work for "
                f"the year ahead.\n\n{heading}\n- 02/03/2021 Board meeting in Riga\n- 25/02/2021 Seminar on data "
                f"gathering\n")
        assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2021-03-06", "vienna")]


def test_the_day_a_page_was_viewed_dates_nothing(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Page viewed 10/01/2026 | Print\n\nThe board met in Riga on 20 March "
                                          "to adopt its budget.\n") == []


def test_the_day_another_body_took_up_its_tasks_is_no_meeting(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Warsaw, 9 December 2012\n\nThe heads of the agencies met in Warsaw on "
                                           "6 December 2012. For the first time the meeting was attended by the "
                                           "director of the new office, which took up its tasks on 1 December.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2012-12-06", "warsaw")]


def test_two_days_written_in_figures(tmp_path, gazetteer):
    for days in ("7-8.6.2019", "7-8/6/2019", "07/06/2019 - 08/06/2019"):
        facts = facts_of(release(tmp_path, f"Tallinn, 12 June 2019\n\nThe board met in Tallinn ({days}) and "
                                           f"adopted the budget.\n"), gazetteer, "meeting")
        assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2019-06-07", "2019-06-08")]


def test_the_last_day_of_a_range_settles_the_year_of_its_first(tmp_path, gazetteer):
    # the sentence speaks of the future too ('will apply'), which alone leaves '13 June' without a year
    found = _meetings(tmp_path, gazetteer, "Luxembourg, 14 June 2024\n\nMeeting on the second day of the Council in "
                                           "Luxembourg (13-14 June), ministers today agreed rules that will apply "
                                           "from next year.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-06-13", "luxembourg-city")]


def test_a_relative_clause_of_the_meeting_dates_it(tmp_path, gazetteer):
    # 'began' dates the forum it is said of
    found = _meetings(tmp_path, gazetteer, "Riga, 6 May 2022\n\nThe two-day trade forum that began in Riga on the 5th "
                                           "of May drew forty companies.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2022-05-05", "riga")]
    # of two dates, the one the meeting's relative clause gives is the meeting's
    found = _meetings(tmp_path, gazetteer, "Budapest, 10 March 2023\n\nThe new training wing was opened in Budapest on "
                                           "9 March, beside the seminar of the national units, which gathered in the "
                                           "new wing on 7-8.3.2023 for the first time.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2023-03-07", "budapest")]
    # after the noun's complement, a verb of beginning is the complement's: the presidency started
    found = _meetings(tmp_path, gazetteer, "Riga, 2 July 2025\n\nMinisters meet in Riga on 7 July for the informal "
                                           "Council of the new presidency, which started on 1 July.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2025-07-07", "riga")]


def test_an_event_pages_venue_line(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Informal meeting of justice ministers\n\nDate: 3-4 March 2027\n"
                                           "Venue: Old Town Hall, Vilnius\n\nMinisters will discuss e-evidence.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2027-03-03", "vilnius")]
    # a city on another labelled line is not the venue
    found = _meetings(tmp_path, gazetteer, "Informal meeting of justice ministers\n\nDate: 3-4 March 2027\n"
                                           "Speakers: the mayor of Vilnius and two judges\n\nMinisters will discuss "
                                           "e-evidence.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2027-03-03", None)]


def test_a_meetings_number_written_n_does_not_end_a_sentence(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Justice and Home Affairs Council, 13-14 March 2025\n\nMeeting information\n"
                                           "Meeting n. 4012\nEuropa building, Brussels\n\nMinisters discussed returns.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2025-03-13", "brussels")]


def test_an_agencys_headquarters_is_its_seat(tmp_path, gazetteer):
    # the hosting agency's own building: its seat in the reference data
    found = _meetings(tmp_path, gazetteer, "Brussels, 8 May 2024\n\nOn 6 May 2024 Eurojust welcomed the national "
                                           "correspondents at its headquarters for their yearly meeting.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-06", "the-hague")]
    found = _meetings(tmp_path, gazetteer, "Brussels, 8 May 2024\n\nThe two directors signed a working arrangement "
                                           "at EIGE headquarters on 6 May 2024.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-06", "vilnius")]
    # the subject hosts, not the body its relative clause names
    assert _chairs(tmp_path, gazetteer, "Brussels, 8 May 2024\n\nOn 6 May 2024 the FRA, which chaired the JHA "
                                        "Agencies' Network last year, hosted a seminar at its premises.\n") == [(None, "fra")]
    assert [m["place"] for m in _meetings(tmp_path, gazetteer, "Brussels, 8 May 2024\n\nOn 6 May 2024 the FRA, which "
                                          "chaired the JHA Agencies' Network last year, hosted a seminar at its "
                                          "premises.\n")] == ["vienna"]


def test_no_seat_the_text_does_not_settle(tmp_path, gazetteer):
    # an agency with other sites: its 'premises' may be any of them
    found = _meetings(tmp_path, gazetteer, "Brussels, 8 May 2024\n\nOn 6 May 2024 eu-LISA hosted a workshop on "
                                           "data quality at its premises.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-06", None)]
    # a seat the agency did not have yet
    found = _meetings(tmp_path, gazetteer, "Brussels, 8 May 2012\n\nOn 6 May 2012 CEPOL hosted a seminar on "
                                           "cybercrime at its headquarters.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2012-05-06", None)]
    # 'its' of a body that is not an agency
    found = _meetings(tmp_path, gazetteer, "Brussels, 8 May 2024\n\nOn 6 May 2024 the Commission welcomed the "
                                           "heads of the agencies to its headquarters.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-06", None)]


def test_days_of_the_week_told_in_the_past(tmp_path, gazetteer):
    # 12 March 2025 is a Wednesday; the dateline's city is the place of a meeting that ends that day
    facts = facts_of(release(tmp_path, "Warsaw, 12 March 2025\n\nPoland hosted the informal meeting of home affairs "
                                       "ministers on Tuesday and Wednesday.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso(), f.record.place.rsplit("/", 1)[-1]) for f in facts] == [
        ("2025-03-11", "2025-03-12", "warsaw")]
    facts = facts_of(release(tmp_path, "Warsaw, 17 March 2025\n\nOn Tuesday and Wednesday last week the heads of the "
                                       "agencies met in Warsaw.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2025-03-11", "2025-03-12")]
    # a deal struck or reached on the day tells the past too
    for verb in ("clinched a provisional agreement", "reached a deal", "struck a deal"):
        assert [m["start"] for m in _meetings(tmp_path, gazetteer, f"Strasbourg, 26 April 2018\n\nNegotiators {verb} "
                                                                   "in a trilogue on Wednesday evening.\n")] == ["2018-04-25"]
    # a weekday of a meeting still to come is not settled by a past one: it is the next such day
    assert [m["start"] for m in _meetings(tmp_path, gazetteer, "Warsaw, 12 March 2025\n\nThe ministers will meet in "
                                                               "Warsaw on Tuesday.\n")] == ["2025-03-18"]


def test_a_page_date_stamped_under_the_sites_sections_is_no_meeting(tmp_path, gazetteer):
    # 'Committees | Civil liberties | DATE - TIME' dates the page; the committee did not meet that day for it
    found = _meetings(tmp_path, gazetteer, "European Parliament - Press release\nPlenary sessions | Civil liberties | "
                                           "09-10-2024 - 11:30\n\nNew rules on returns\n\nParliament on Wednesday "
                                           "approved the new rules on returns of irregular migrants by a large majority.\n")
    assert found == []


def test_bringing_people_together_on_a_day_is_a_meeting(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Lisbon, 20 May 2022\n\nThe EUDA brought together the heads of the national "
                                           "focal points in Lisbon on 18 May.\n")
    assert [(m["start"], m["place"], m["kind"]) for m in found] == [
        ("2022-05-18", "lisbon", "Meeting of the heads of the national focal points")]
    assert _chairs(tmp_path, gazetteer, "Lisbon, 20 May 2022\n\nThe EUDA brought together the heads of the national "
                                        "focal points in Lisbon on 18 May.\n") == [(None, "euda")]
    # a body that brings people together, or did so in some year, holds no meeting on a day
    assert _meetings(tmp_path, gazetteer, "Lisbon, 20 May 2022\n\nThe network brings together the heads of the "
                                          "national focal points since 18 May 2020.\n") == []
    assert _meetings(tmp_path, gazetteer, "Lisbon, 20 May 2022\n\nIn May 2019 the project brought together experts from "
                                          "ten countries.\n") == []


# -- tests/paraphrases4: places and page heads its pages led to, in texts written for these tests


def _places(tmp_path, gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)]


def test_a_city_before_its_headquarters_or_hosting_is_the_place(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Warsaw, 10 May 2023\n\nFrontex welcomed the heads of the agencies to its Warsaw "
                                        "headquarters on 8 and 9 May.\n") == [("2023-05-08", "warsaw")]
    assert _places(tmp_path, gazetteer, "Riga, 10 May 2023\n\nRiga hosted on Monday and Tuesday the annual meeting of "
                                        "the heads of the agencies.\n") == [("2023-05-08", "riga")]
    # a city that does not host: 'Riga agreed', 'the talks on Riga's port'
    assert _places(tmp_path, gazetteer, "Brussels, 10 May 2023\n\nThe heads of the agencies met on Monday. Riga "
                                        "agreed to take part.\n") == [("2023-05-08", None)]


def test_a_meeting_held_at_an_agency_is_held_at_its_seat(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "The Hague, 20 June 2016\n\nThe annual meeting of the national experts took "
                                        "place at Eurojust on 15 and 16 June.\n") == [("2016-06-15", "the-hague")]
    # the agency's headquarters, the agency the sentence names
    assert _places(tmp_path, gazetteer, "Valletta, 28 January 2022\n\nAfter the EUAA took up its tasks, its "
                                        "Management Board met on 24-25 January at the agency's headquarters.\n") == [
        ("2022-01-24", "valletta")]
    # an agency with two sites is not settled; nor is a meeting with another agency
    assert _places(tmp_path, gazetteer, "Tallinn, 20 June 2016\n\nThe advisory group met at eu-LISA on "
                                        "15 June.\n") == [("2016-06-15", None)]
    assert _places(tmp_path, gazetteer, "Brussels, 20 June 2016\n\nThe Commission met with Eurojust on "
                                        "15 June.\n") == [("2016-06-15", None)]


def test_the_agencys_seat_or_the_headquarters_of_the_agency_the_sentence_before_names(tmp_path, gazetteer):
    # 'the agency' the sentence before names (its only agency); 'the headquarters' alone likewise
    assert _places(tmp_path, gazetteer, "Tallinn, 3 December 2012\n\nThe Commission handed the systems over to "
                                        "eu-LISA. The Board, which met at the agency's seat on 28-29 November, agreed."
                                        "\n") == [("2012-11-28", "tallinn")]
    assert _places(tmp_path, gazetteer, "Lisbon, 2 July 2024\n\nThe EMCDDA becomes the EUDA. Its Board met at the "
                                        "headquarters on 27-28 June.\n") == [("2024-06-27", "lisbon")]
    # two agencies before, or the headquarters of something else: not settled
    assert _places(tmp_path, gazetteer, "Lisbon, 2 July 2024\n\nThe EUDA and Europol signed a plan. The Board met at "
                                        "the headquarters on 27-28 June.\n") == [("2024-06-27", None)]
    assert _places(tmp_path, gazetteer, "Lisbon, 2 July 2024\n\nThe EUDA signed a plan. The experts met at the "
                                        "headquarters of the national police on 27-28 June.\n") == [("2024-06-27", None)]
    # the building of another event in the sentence, far from this meeting's date
    assert ("2024-06-27", "lisbon") not in _places(
        tmp_path, gazetteer, "Lisbon, 2 July 2024\n\nThe EUDA starts work. The inauguration will take place at the "
                             "agency's headquarters on Thursday, in the presence of the Chair of the Board, who was "
                             "confirmed in office at the Board's meeting on 27-28 June.\n")


def test_the_agencys_headquarters_after_the_meeting_on_the_agencys_own_page(tmp_path, gazetteer):
    """On an agency's own page, 'the agency' is that agency: a meeting 'hosted at the agency's
    headquarters' is at its seat, and the agency its host."""
    page = "Eurojust | European Union Agency for Criminal Justice Cooperation\nNews\n\nThe Hague, 22 November 2024\n\n"
    met = ("The heads of the agencies met on Thursday 21 November for their annual meeting, hosted at the agency's "
           "headquarters.\n")
    assert _places(tmp_path, gazetteer, page + met) == [("2024-11-21", "the-hague")]
    [meeting] = facts_of(release(tmp_path, page + met), gazetteer, "meeting")
    assert meeting.record.host == "https://w3id.org/jhakg/id/agency/eurojust"
    # not on a page no agency's site line opens; not another event's building after a comma
    assert _places(tmp_path, gazetteer, "News\n\nThe Hague, 22 November 2024\n\n" + met) == [("2024-11-21", None)]
    assert _places(tmp_path, gazetteer, page + "The heads of the agencies met on Thursday 21 November, and the "
                                              "exhibition opened the next day, hosted at the agency's headquarters.\n"
                   ) == [("2024-11-21", None)]


def test_a_venue_line_after_the_paragraph_of_the_meeting(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Brussels, 12 March 2019\n\nThe committee met on 11 March under the Romanian "
                                        "Presidency. It heard the agencies.\n\nVenue: Europa building, Brussels\n\n"
                                        "The next meeting is planned for May.\n") == [("2019-03-11", "brussels")]
    # a venue line after another paragraph is not this meeting's
    assert _places(tmp_path, gazetteer, "Riga, 12 March 2019\n\nThe committee met on 11 March under the Romanian "
                                        "Presidency.\n\nThe agencies presented their plans for the year.\n\n"
                                        "Venue: Europa building, Brussels\n") == [("2019-03-11", None)]


def test_the_page_date_over_the_headline_is_no_meeting(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "European Union Agency for Asylum\nNews\n\n28 January 2022\n\nFirst meeting "
                                          "of the new Board\n\nThe agency took up its tasks.\n") == []


def test_this_morning_and_this_afternoon_are_the_pages_day(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Warsaw, 6 March 2018\n\nFrontex and the EUAA signed a cooperation plan this "
                                        "morning at the Frontex headquarters in Warsaw.\n") == [("2018-03-06", "warsaw")]
    assert _places(tmp_path, gazetteer, "Riga, 6 March 2018\n\nAt a ceremony held this afternoon in Riga, the minister "
                                        "welcomed the guests.\n") == [("2018-03-06", "riga")]
    # with no date on the page, the day is not settled
    assert _places(tmp_path, gazetteer, "Agencies sign a plan\n\nFrontex and the EUAA signed a cooperation plan this "
                                        "morning in Warsaw.\n") == []


def test_days_in_brackets_after_today_say_which(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Lisbon, 6 December 2013\n\nThe Board concluded its two-day meeting in Lisbon "
                                       "today (5-6 December).\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2013-12-05", "2013-12-06")]


# -- tests/paraphrases5: phrasings its pages led to, in texts written for these tests


def test_a_diary_line_ends_with_the_city(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Brussels, 20 May 2019\n\nUpcoming events\n• 3 June: Conference of the "
                                        "agencies, Vienna\nThu 6 – Fri 7 Jun – Conference on border security, "
                                        "Bucharest (Frontex in the chair)\n") == [("2019-06-03", "vienna"),
                                                                                  ("2019-06-06", "bucharest")]
    # a city inside the line's words, not closing them, is not the place
    assert _places(tmp_path, gazetteer, "Brussels, 20 May 2019\n\n• 3 June: Conference on the Vienna Convention, "
                                        "with the agencies\n") == [("2019-06-03", None)]


def test_a_city_naming_the_meeting_is_its_place(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Brussels, 20 May 2019\n\nThe ministers recalled what they had agreed at their "
                                        "Riga meeting of 14 and 15 May.\n") == [("2019-05-14", "riga")]
    assert _places(tmp_path, gazetteer, "Vienna conference: agencies agree on a plan 14.05.2019\n\nThe agencies agreed "
                                        "on a plan.\n") == [("2019-05-14", "vienna")]
    # the city naming something else, after other words
    assert _places(tmp_path, gazetteer, "Brussels, 20 May 2019\n\nOn 14 May the ministers discussed a report on "
                                        "Riga meeting rooms.\n") == [("2019-05-14", None)]


def test_a_meeting_held_at_a_distance_has_no_city(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Tallinn, 20 May 2019\n\nThe directors met online on 14 May to agree the plan, "
                                        "and the experts gathered in Vienna on 16 May.\n") == [
        ("2019-05-14", None), ("2019-05-16", "vienna")]
    assert _places(tmp_path, gazetteer, "Tallinn, 20 May 2019\n\nThe plan was endorsed at a meeting held by "
                                        "videoconference on 14 May and sent to the Board in Vienna.\n") == [
        ("2019-05-14", None)]
    assert _places(tmp_path, gazetteer, "Riga, 20 May 2019\n\nToday the ministers met under the Latvian Presidency – "
                                        "not in Vilnius as planned, but by video conference.\n") == [("2019-05-20", None)]
    # remote words elsewhere in the sentence do not take the meeting's city
    assert _places(tmp_path, gazetteer, "Tallinn, 20 May 2019\n\nThe directors met in Vienna on 14 May and agreed to "
                                        "hold the next meeting online.\n") == [("2019-05-14", "vienna")]


# -- tests/paraphrases6: phrasings of the sixth paraphrase set, in sentences written for these tests


def test_a_correction_note_and_a_terms_start_are_no_meeting_dates(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nEditor's note\nUPDATE 5 May 2024: this post first "
                                          "gave a wrong date for the Council meeting.\n") == []
    assert _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nFrom 1 July 2024 the presidency passes to Hungary, "
                                          "which will host the next informal meeting of ministers in Budapest.\n") == []
    # a meeting whose date follows 'from' in its own clause is still one
    found = _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nThe seminar on border checks runs in Lisbon "
                                           "from 6 May 2024.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-06", "lisbon")]


def test_a_weekday_told_in_the_future_is_the_next_one(tmp_path, gazetteer):
    # 3 May 2024 is a Friday
    found = _meetings(tmp_path, gazetteer, "Brussels, 2 May 2024\n\nOn Friday, the Commissioner will open a conference "
                                           "on victims' rights in Lisbon.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-03", "lisbon")]
    facts = facts_of(release(tmp_path, "Brussels, 3 May 2024\n\nMinisters will discuss the pact at the Justice and "
                                       "Home Affairs Council in Luxembourg on Monday and Tuesday.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2024-05-06", "2024-05-07")]
    # on the page's own weekday the future does not say which week; a participle says no tense
    assert _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nMinisters will meet in Lisbon on Friday.\n") == []
    found = _meetings(tmp_path, gazetteer, "Brussels, 2 May 2024\n\nMinisters will hold a video conference on Friday, "
                                           "chaired by the Belgian minister.\n")
    assert [m["start"] for m in found] == ["2024-05-03"]


def test_a_range_of_weekdays_this_week_and_a_present_passive(tmp_path, gazetteer):
    # 18 September 2006 is a Monday
    facts = facts_of(release(tmp_path, "Helsinki, 18 September 2006\n\nMinisters will hold their informal meeting in "
                                       "Tampere from Wednesday to Friday this week.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2006-09-20", "2006-09-22")]
    # 'is held on Thursday' says no past: which Thursday is not settled
    assert _meetings(tmp_path, gazetteer, "Helsinki, 18 September 2006\n\nThe interior session is held in Tampere on "
                                          "Thursday.\n") == []


def test_was_tells_the_past_of_a_weekday(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Lisbon, 3 May 2024\n\nThe informal meeting in Lisbon, on Thursday and "
                                           "Friday, was the first of the presidency.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-02", "lisbon")]


def test_the_day_before_a_meeting_the_text_named(tmp_path, gazetteer):
    text = ("The Hague, 3 May 2024\n\nEurojust hosted yesterday the annual meeting of the directors of the agencies. "
            "They looked back on the workshop held in Vienna on 4 and 5 April.\n"
            "The liaison officers met on the day before the directors' meeting, also at Eurojust.\n")
    found = {(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)}
    assert ("2024-05-01", "the-hague") in found and ("2024-04-03", None) not in found


def test_the_datelines_city_under_a_page_date(tmp_path, gazetteer):
    text = "Council of the EU\n3 May 2024 10:30\n\nLuxembourg, 3 May 2024\n\nMinisters meeting in the Council today agreed new rules.\n"
    found = _meetings(tmp_path, gazetteer, text)
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-03", "luxembourg-city")]


def test_a_day_inside_a_range_the_sentence_gives(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Lisbon, 3 May 2024\n\nMinisters ended today a two-day informal meeting in "
                                           "Lisbon, held on 2 and 3 May.\n")
    facts = facts_of(release(tmp_path, "Lisbon, 3 May 2024\n\nMinisters concluded today a two-day informal meeting in "
                                       "the Portuguese capital, held at the Belem Cultural Centre on 2 and 3 May.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2024-05-02", "2024-05-03")]
    assert len(found) == 1


def test_outlining_to_the_parliaments_committee(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Vienna, 3 May 2024\n\nThe Director outlined the agency's opinion to the "
                                           "European Parliament's Civil Liberties Committee in Brussels on 2 May.\n")
    assert [(m["start"], m["place"], m["rule"]) for m in found] == [("2024-05-02", "brussels", "meeting.appearance")]


def test_a_meeting_that_ended_today_lends_its_place_to_its_days(tmp_path, gazetteer):
    text = ("Valletta, 3 May 2024\n\nThe informal meeting of justice and home affairs ministers ended this afternoon in "
            "the Maltese capital, a year after the summit in Rome. Over two days, on 2 and 3 May, ministers met at the "
            "conference centre.\n")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2024-05-02", "valletta")]
    # the day it ended alone is not the day it began
    assert _meetings(tmp_path, gazetteer, "Valletta, 3 May 2024\n\nThe informal meeting of justice and home affairs "
                                          "ministers ended today in Valletta.\n") == []


def test_a_meeting_at_an_agency(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nThe director thanked the experts who had prepared "
                                           "the meeting at Eurojust on 2 May.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-02", "the-hague")]
    found = _meetings(tmp_path, gazetteer, "Brussels, 3 May 2024\n\nThe liaison officers met on 2 May, also at Eurojust.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-02", "the-hague")]


def test_welcoming_ministers_named_by_their_portfolio_and_the_same_venue_tomorrow(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Riga, 2 May 2024\n\nLatvia welcomed justice and home affairs ministers "
                                           "to Riga on 2 and 3 May.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-05-02", "riga")]
    facts = facts_of(release(tmp_path, "Riga, 2 May 2024\n\nLatvia today welcomed the interior ministers to Riga; the "
                                       "justice ministers will meet at the same venue in Riga tomorrow.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2024-05-02", "2024-05-03")]


# -- tests/paraphrases6, second round: lists of events, webinars, invitations, in texts written for these tests


def test_an_events_list_item_opening_with_its_date_is_a_meeting(tmp_path, gazetteer):
    text = ("Riga, 2 March 2021\n\nThe agency set out its plans for the year.\n\nForthcoming events\n"
            "- 4 May 2021: Schengen Evaluation Group, Vienna\n- 3-6-2021 to 4-6-2021  Heads of agencies, Riga\n")
    assert _places(tmp_path, gazetteer, text) == [("2021-05-04", "vienna"), ("2021-06-03", "riga")]
    # the same items under a heading that is no list of events, or with no date to open them
    assert _places(tmp_path, gazetteer, "Riga, 2 March 2021\n\nThe agency set out its plans.\n\nMilestones\n"
                                        "- 4 May 2021: Schengen Evaluation Group, Vienna\n") == []
    assert _places(tmp_path, gazetteer, "Riga, 2 March 2021\n\nThe agency set out its plans.\n\nUpcoming events\n"
                                        "- Schengen Evaluation Group, Vienna, 4 May 2021\n") == []
    # an item that says something else happens on its date
    assert _places(tmp_path, gazetteer, "Riga, 2 March 2021\n\nThe agency set out its plans.\n\nUpcoming events\n"
                                        "- 4 May 2021: the new rules enter into force\n") == []


def test_a_list_headings_year_dates_its_items(tmp_path, gazetteer):
    text = ("Vienna, 10 February 2027\n\nThe network adopted its programme.\n\nEvents calendar 2027\n"
            "- 8-9 October: Conference of the contact points, Vienna\n- 2 December: Board of the agency, Riga\n")
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in facts] == [("2027-10-08", "2027-10-09"),
                                                                          ("2027-12-02", "2027-12-02")]


def test_webinars_are_held_online(tmp_path, gazetteer):
    text = ("Budapest, 2 March 2021\n\nThe college has prepared its series of webinars:\n\n"
            "- 9 March 2021 - Cybercrime after the pandemic, with Europol\n"
            "- 16 March 2021 - Hate speech online, with FRA\n")
    assert _places(tmp_path, gazetteer, text) == [("2021-03-09", None), ("2021-03-16", None)]


def test_a_webinar_is_a_meeting_held_online(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Budapest, 2 March 2021\n\nCEPOL and FRA will run a joint webinar on hate "
                                        "speech on 9 March.\n") == [("2021-03-09", None)]
    # online on a day of a conference held in a city: two events
    text = ("Vienna, 2 March 2021\n\nDiary\n- 8-9 March 2021 - Conference of the contact points, Vienna\n"
            "- 9 March 2021 - Webinar on hate speech (online)\n")
    assert _places(tmp_path, gazetteer, text) == [("2021-03-08", "vienna"), ("2021-03-09", None)]


def test_a_course_is_training_not_a_meeting(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Budapest, 2 March 2021\n\nThe college's residential course on money "
                                        "laundering runs in Vienna from 8 to 12 March 2021.\n") == []
    assert _places(tmp_path, gazetteer, "Budapest, 2 March 2021\n\nThe course on money laundering took place in "
                                        "Vienna on 1 March 2021.\n") == []
    assert _places(tmp_path, gazetteer, "Budapest, 2 March 2021\n\nIn the course of 8 March 2021 the rules were "
                                        "discussed in Vienna.\n") == []
    assert _places(tmp_path, gazetteer, "Budapest, 2 March 2021\n\nThe agency will, of course, report in Vienna on "
                                        "8 March 2021.\n") == []


def test_an_invitation_to_a_city_is_a_meeting_there(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Riga, 10 June 2010\n\nEuropol has invited the heads of the agencies to "
                                        "Vienna on 24 November to discuss training.\n") == [("2010-11-24", "vienna")]
    # an invitation to do something, not to a city
    assert _places(tmp_path, gazetteer, "Riga, 10 June 2010\n\nEuropol has invited the heads of the agencies to "
                                        "comment on the Vienna report by 24 November.\n") == []
    assert _places(tmp_path, gazetteer, "Riga, 10 June 2010\n\nEuropol has invited the agencies to consider the "
                                        "report on 24 November.\n") == []


def test_a_meetings_kind_does_not_end_on_a_small_word(tmp_path, gazetteer):
    # the complement of the kind stops at a word in lower case; the 'of the' before it goes with it
    found = _meetings(tmp_path, gazetteer, "Riga, 4 March 2024\n\nCEPOL hosted the annual meeting of the heads of "
                                          "training institutes on 12 February 2024.\n")
    assert [(m["start"], m["kind"]) for m in found] == [("2024-02-12", "Annual meeting")]


def test_a_meeting_in_a_city_of_a_presidency_country(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Brussels, 26 January 2024\n\nThe informal meeting of home affairs ministers "
                                          "took place in Leuven on 25 January 2024.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2024-01-25", "leuven")]


@pytest.mark.parametrize("sentence", [
    "Today, the Council adopted new rules on the screening of migrants.",
    "The Council of the EU approved today new rules on the screening of migrants.",
])
def test_today_before_the_council_or_after_its_verb(tmp_path, gazetteer, sentence):
    found = _meetings(tmp_path, gazetteer, f"Luxembourg, 13 June 2024\n\n{sentence}\n")
    assert [(m["start"], m["place"], m["kind"]) for m in found] == [("2024-06-13", "luxembourg-city", "Council meeting")]


def test_another_body_adopting_today_is_no_council_meeting(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Luxembourg, 13 June 2024\n\nToday, the Commission adopted new rules on "
                                          "the screening of migrants.\n") == []


def test_a_minister_the_text_does_not_name_chairs_for_the_country(tmp_path, gazetteer):
    assert _chairs(tmp_path, gazetteer, "Riga, 12 February 2025\n\nThe Latvian Minister of the Interior chaired the "
                                        "meeting of home affairs ministers in Riga on 12 February.\n") == [("lv", None)]
    # ... and a named one for themselves
    assert _chairs(tmp_path, gazetteer, "Riga, 12 February 2025\n\nThe Latvian Minister of the Interior, Rihards "
                                        "Ozols, chaired the meeting of home affairs ministers in Riga on 12 "
                                        "February.\n") == [("Rihards Ozols", None)]


@pytest.mark.parametrize("sentence, place, participants", [
    # the city a meeting is held in is no country taking part, even when a country has its name
    ("Ministers met today in Luxembourg for the Justice and Home Affairs Council.", "luxembourg-city", set()),
    # a country the sentence names elsewhere still takes part
    ("Ministers of Luxembourg and Malta met today in Luxembourg for the Justice and Home Affairs Council.",
     "luxembourg-city", {"country/lu", "country/mt"}),
])
def test_the_meetings_city_is_not_a_participant(tmp_path, gazetteer, sentence, place, participants):
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "meeting")
    [meeting] = [f.record for f in facts]
    assert meeting.place == PLACE + place
    assert {p.removeprefix("https://w3id.org/jhakg/id/") for p in meeting.participants} == participants


@pytest.mark.parametrize("sentence, participants", [
    # a country the meeting is about, or where something happens, is no party to it
    ("The Justice and Home Affairs Council met today in Brussels and will focus on Ukraine.", set()),
    ("Ministers met today in Brussels to discuss the situation in Afghanistan and support to Moldova.", set()),
    # a country named as a party still is one
    ("Ministers of Ukraine and Moldova met today in Brussels with the Justice and Home Affairs Council.",
     {"country/ua", "country/md"}),
    ("Delegations from Norway and Iceland met today in Brussels with the Justice and Home Affairs Council.",
     {"country/no", "country/is"}),
])
def test_a_country_a_meeting_is_about_is_not_a_participant(tmp_path, gazetteer, sentence, participants):
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "meeting")
    [meeting] = [f.record for f in facts]
    assert {p.removeprefix("https://w3id.org/jhakg/id/") for p in meeting.participants} == participants


@pytest.mark.parametrize("sentence, host", [
    # 'hosted this year by X'
    ("The heads of the agencies met in Tallinn on 12 November 2014 for their annual meeting, hosted this year by "
     "eu-LISA.", "agency/eu-lisa"),
    # the host as the subject, an apposition naming another body between it and the verb
    ("CEPOL, this year's chair of the JHA Agencies' Network, hosted the meeting in Budapest on 18 November 2025.",
     "agency/cepol"),
    ("Frontex, the agency in Warsaw, which chairs the JHA Agencies' Network in 2025, hosted the meeting in Warsaw on "
     "28 May 2025.", "agency/frontex"),
])
def test_the_host_after_a_year_or_before_an_apposition(tmp_path, gazetteer, sentence, host):
    facts = facts_of(release(tmp_path, f"Brussels, 20 December 2025\n\n{sentence}\n"), gazetteer, "meeting")
    [meeting] = [f.record for f in facts]
    assert meeting.host == "https://w3id.org/jhakg/id/" + host


def test_an_appearance_on_a_weekday_told_in_the_past_is_on_the_latest_one(tmp_path, gazetteer):
    # 22 April 2026 is a Wednesday: 'appeared on Wednesday' in that day's release is that day
    found = _meetings(tmp_path, gazetteer, "Press release\n22-04-2026 - 18:47\n\nJan Novak appeared on Wednesday "
                                           "afternoon before the Civil Liberties, Justice and Home Affairs Committee in "
                                           "Brussels.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2026-04-22", "brussels")]
    # with no verb telling the past, the weekday stays unsettled
    assert _meetings(tmp_path, gazetteer, "Press release\n22-04-2026 - 18:47\n\nJan Novak before the Civil Liberties, "
                                          "Justice and Home Affairs Committee in Brussels on Wednesday.\n") == []


@pytest.mark.parametrize("text, expected", [
    # the host or chair in a relative clause on the meeting
    ("Budapest, 10 January 2024\n\nThe handover took place at the annual meeting of the Heads of JHA agencies, which "
     "EASO hosted by videoconference on 24 November 2023.\n", [(None, "euaa")]),
    ("Lisbon, 10 January 2024\n\nThe heads met in Lisbon on 24 November 2023 for their annual meeting, which Frontex "
     "chaired.\n", [("frontex", None)]),
    # an agency's own event
    ("Vilnius, 20 October 2023\n\nExperts gathered in Vilnius on 16 October 2023 for EIGE's conference on gender "
     "and security.\n", [(None, "eige")]),
    # a relative clause on another body, an agency's possession that is no event
    ("Brussels, 6 June 2023\n\nMinisters met in Luxembourg on 5 June 2023 to discuss the report of the European "
     "Parliament, which Europol had requested.\n", [(None, None)]),
    ("Brussels, 6 June 2023\n\nMinisters met in Brussels on 5 June 2023 and discussed Europol's report on the "
     "threat.\n", [(None, None)]),
])
def test_a_host_in_a_relative_clause_or_an_agencys_own_event(tmp_path, gazetteer, text, expected):
    assert _chairs(tmp_path, gazetteer, text) == expected


def test_a_timelines_entries_date_their_days_and_the_same_year(tmp_path, gazetteer):
    text = ("Our history\nPublished: 11 December 2023\n\n2012 – The Management Board meets for the first time, in "
            "Brussels on 22–23 March, and elects its first Chair.\n\n2018 – A new regulation applies. In the same year "
            "eu-LISA holds the presidency of the JHA Agencies Network and welcomes the heads of the nine agencies to "
            "Tallinn on 15–16 November.\n\n2019 – Work starts on new systems.\n")
    found = _meetings(tmp_path, gazetteer, text)
    assert [(m["start"], m["place"]) for m in found] == [("2012-03-22", "brussels"), ("2018-11-15", "tallinn")]
    facts = facts_of(release(tmp_path, text), gazetteer, "network_presidency")
    assert [(f.record.agency.rsplit("/", 1)[-1], f.record.year) for f in facts] == [("eu-lisa", 2018)]


def test_welcomed_to_a_city_is_a_meeting_and_not_to_anything_else(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Tallinn, 20 November 2018\n\nThe agency welcomed the heads of the nine "
                                           "agencies to Tallinn on 15-16 November.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2018-11-15", "tallinn")]
    # the city further than the sentence's end, or not right after 'to'
    assert _meetings(tmp_path, gazetteer, "Tallinn, 20 November 2018\n\nThe agency welcomed the decision to act on "
                                          "15 November. Tallinn is its seat.\n") == []


def test_a_calendar_item_under_a_date_line_with_its_place_and_organiser_lines(tmp_path, gazetteer):
    text = ("Calendar\nPublished on 9 January 2026\n\nThe main meetings of the coming months.\n\n"
            "Tue 17 – Wed 18 March 2026\nManagement Board meeting\nTallinn, Estonia\nOrganiser: eu-LISA\n"
            "Board members will review the systems.\n\nThu 11 – Fri 12 June 2026\nJustice and Home Affairs Council\n"
            "Luxembourg\nChair: Cyprus Presidency\nMinisters will take stock of the pact.\n")
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    assert [(f.record.start.iso(), _short(f.record.place), _short(f.record.host), _short(f.record.chair))
            for f in facts] == [("2026-03-17", "tallinn", "eu-lisa", None), ("2026-06-11", "luxembourg-city", None, "cy")]
    # the country after the city is where the meeting is, not a participant
    assert not any("country/ee" in p for f in facts for p in f.record.participants)


def test_a_label_line_needs_its_colon_and_a_line_start(tmp_path, gazetteer):
    text = ("Calendar\nPublished on 9 January 2026\n\nThe main meetings of the coming months.\n\n"
            "Tue 17 – Wed 18 March 2026\nManagement Board meeting\nTallinn\nThe organiser eu-LISA will report.\n")
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    assert [(f.record.place.rsplit("/", 1)[-1], f.record.host) for f in facts] == [("tallinn", None)]


def test_a_terms_start_in_a_relative_clause_is_no_meeting_date(tmp_path, gazetteer):
    assert _meetings(tmp_path, gazetteer, "Luxembourg, 13 June 2024\n\nThe minister met her Hungarian counterpart to "
                                          "discuss the priorities of the Hungarian Presidency of the Council, which "
                                          "starts on 1 July 2024.\n") == []


def test_ministers_met_in_a_city_after_a_dated_headline(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer, "Press release\n14 October 2022\n\nJustice and Home Affairs Council, 13-14 "
                                           "October 2022: main results\n\nInterior and justice ministers met in "
                                           "Luxembourg for two days.\n")
    assert [(m["start"], m["place"]) for m in found] == [("2022-10-13", "luxembourg-city")]


@pytest.mark.parametrize("text, expected", [
    # coming to a body's building, holding talks: a meeting there; a visit to an agency's headquarters is at its seat
    ("Warsaw, 7 October 2016\n\nOn Monday 3 October, the minister had come to Frontex headquarters for talks with the "
     "agency's management.\n", [("2016-10-03", "warsaw")]),
    ("Warsaw, 7 October 2016\n\nOn Monday 3 October, the minister visited Frontex headquarters.\n",
     [("2016-10-03", "warsaw")]),
    ("Warsaw, 7 October 2016\n\nOn Monday 3 October, the minister held talks with the agency's management in Warsaw.\n",
     [("2016-10-03", "warsaw")]),
    # coming to a conclusion is no visit
    ("Warsaw, 7 October 2016\n\nOn Monday 3 October the delegation came to the conclusion that the seat was fine.\n", []),
])
def test_a_visit_to_a_building_and_talks_are_meetings(tmp_path, gazetteer, text, expected):
    assert _places(tmp_path, gazetteer, text) == expected


def test_a_calendars_items_a_date_line_then_the_meetings_name(tmp_path, gazetteer):
    page = ("Presidency of the Council\nDate of publication: 03/07/2008\n\nCALENDAR\n\nDuring its six months the presidency "
            "will host the following meetings.\n\nJULY\n> 7 and 8 July 2008 - Cannes (Palais des Festivals)\n"
            "Informal meeting of justice and home affairs ministers, hosted by the Minister of the Interior.\n\n"
            "> 24-25 July 2008 - Brussels\nJustice and Home Affairs Council, in the Justus Lipsius building.\n\n"
            "NOVEMBER\n> 25 November 2008 - Paris\nEuro-African ministerial conference on migration.\n")
    assert _places(tmp_path, gazetteer, page) == [("2008-07-07", "cannes"), ("2008-07-24", "brussels"),
                                                ("2008-11-25", "paris")]
    # a paragraph under a dated line that is no calendar item (no mark before the date) is read as prose
    assert _places(tmp_path, gazetteer, "Presidency news\n\n7 and 8 July 2008\nThe informal meeting of ministers was "
                                        "postponed.\n") == []


@pytest.mark.parametrize("text, expected", [
    # a venue named with its city; 'Congress' in a venue's name is no event
    ("Innsbruck, 13 July 2018\n\nThe ministers met in the Congress Innsbruck on 12 and 13 July.\n",
     [("2018-07-12", "innsbruck")]),
    # 'is visiting' today
    ("Tallinn, 11 May 2023\n\nToday the Commissioner is in Tallinn, where she is visiting the headquarters of eu-LISA.\n",
     [("2023-05-11", "tallinn")]),
])
def test_a_venue_named_with_its_city_and_a_visit_under_way(tmp_path, gazetteer, text, expected):
    assert _places(tmp_path, gazetteer, text) == expected


def test_a_congress_is_still_an_event_and_a_venue_word_no_city(tmp_path, gazetteer):
    assert _places(tmp_path, gazetteer, "Vienna, 13 July 2018\n\nThe congress of the judges opened on 12 July in "
                                        "Vienna.\n") == [("2018-07-12", "vienna")]
    # a city that goes on as another word is no venue's city
    assert _places(tmp_path, gazetteer, "Vienna, 13 July 2018\n\nThe ministers met in the Innsbrucker Hall on 12 "
                                        "July.\n") == [("2018-07-12", None)]


def test_our_headquarters_is_the_seat_of_the_agency_whose_site_the_page_is(tmp_path, gazetteer):
    # the site's line names the one agency 'our' is
    assert _places(tmp_path, gazetteer, "EUDA - European Union Drugs Agency\nNews\n\nLisbon, 10 October 2024\n\nOur "
                                        "Management Board will meet at our headquarters on 12 and 13 December "
                                        "2024.\n") == [("2024-12-12", "lisbon")]
    # no site line of an agency: the one agency the sentence names before 'our'
    assert _places(tmp_path, gazetteer, "Media centre\n\nPublished: 22 March 2018\n\nThe Management Board of Frontex "
                                        "met on 20 and 21 March 2018 at our premises.\n") == [("2018-03-20", "warsaw")]
    # a site line naming two agencies, or no agency before 'our' in the sentence: not settled
    assert _places(tmp_path, gazetteer, "Europol and Eurojust joint page\n\nPublished: 22 March 2018\n\nThe heads met "
                                        "on 20 March 2018 at our headquarters.\n") == [("2018-03-20", None)]
    assert _places(tmp_path, gazetteer, "Media centre\n\nPublished: 22 March 2018\n\nThe heads met on 20 March 2018 at "
                                        "our headquarters.\n") == [("2018-03-20", None)]


def test_a_labelled_venue_under_the_line_of_the_date(tmp_path, gazetteer):
    text = ("CEPOL\nEvents\n\nPage created: 2025-02-11\n\nResearch and Science Conference 2025\n\"Policing at the "
            "border\"\n\nWhen: 30 September - 2 October 2025\nWhere: CEPOL headquarters, Budapest, Hungary (hybrid "
            "format; livestream for registered participants)\nRegistration closes: 31 July 2025\n")
    assert ("2025-09-30", "budapest") in _places(tmp_path, gazetteer, text)
    # a paragraph of prose between the date's line and the venue's: not this meeting's venue
    prose = text.replace("\nWhere:", "\nThe conference brings together police practitioners and researchers to discuss "
                                      "how new systems change their work.\n\nWhere:")
    assert ("2025-09-30", "budapest") not in _places(tmp_path, gazetteer, prose)


def test_a_presidency_calendar_reaches_half_a_year_past_its_page_date(tmp_path, gazetteer):
    text = ("Swedish Presidency\nPublished: 26 June 2009\n\nCalendar of meetings\n\nMonday 30 November – Tuesday 1 "
            "December: Justice and Home Affairs Council, Brussels\n")
    assert _places(tmp_path, gazetteer, text) == [("2009-11-30", "brussels")]
    # more than half a year from the page's date, with no tense to say which side: no year, no meeting
    later = text.replace("Monday 30 November – Tuesday 1 December", "Friday 8 January")
    assert _places(tmp_path, gazetteer, later) == []


def test_today_under_a_dateline_a_day_before_the_page_date_is_the_datelines_day(tmp_path, gazetteer):
    text = ("Eurojust\nJoint statement | 26 November 2021\n\nJoint statement of the heads of agencies\n\n"
            "The Hague, 25 November 2021\n\nThe heads of the agencies met today in Vienna.\n")
    assert _places(tmp_path, gazetteer, text) == [("2021-11-25", "vienna")]
    # a dateline more than three days off is no such day: today stays the page's
    far = text.replace("The Hague, 25 November 2021", "The Hague, 15 November 2021")
    assert _places(tmp_path, gazetteer, far) == [("2021-11-26", "vienna")]


def test_no_meeting_from_a_menu_line_or_a_list_of_related_documents(tmp_path, gazetteer):
    text = ("European Parliament\nPlenary sessions 06-06-2011 | Committees | Press releases | Background\n\n"
            "Published 24 May 2011\n\nMinisters met in Luxembourg on 9 June 2011 to discuss the revision of the "
            "regulation and the state of the negotiations with the Council.\n\n"
            "Related documents\n- Background note JHA Council (10/03/2011)\n")
    assert _places(tmp_path, gazetteer, text) == [("2011-06-09", "luxembourg-city")]


def test_a_dateline_of_a_span_of_days_is_the_place_of_the_meeting_of_those_days(tmp_path, gazetteer):
    text = ("Home affairs ministers meet on the external borders\nPress release\n15/03/2019\n\nValletta, 14 and 15 "
            "March 2019\n\nJustice and Home Affairs Council, 14-15 March 2019\n\nThe ministers discussed the borders.\n")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2019-03-14", "valletta")]
    # one day on the dateline may be the release's own day; days that are not the meeting's say nothing of it
    for dateline in ("Valletta, 15 March 2019", "Valletta, 13 and 14 March 2019"):
        found = _meetings(tmp_path, gazetteer, text.replace("Valletta, 14 and 15 March 2019", dateline))
        assert [(m["start"], m["place"]) for m in found] == [("2019-03-14", None)]


def test_the_meeting_going_on_to_the_next_day_is_one_meeting(tmp_path, gazetteer):
    text = ("Riga, 12 May 2021\n\nThe interior ministers met today in Riga for an informal meeting. The meeting continues "
            "tomorrow with the justice ministers.\n")
    found = _meetings(tmp_path, gazetteer, text)
    assert [(m["start"], m["place"]) for m in found] == [("2021-05-12", "riga")]
    assert facts_of(release(tmp_path, text), gazetteer, "meeting")[0].record.end.iso() == "2021-05-13"
    # a sentence that does not go on from the meeting named before is a meeting of its own
    other = text.replace("The meeting continues tomorrow with the justice ministers.",
                         "The justice ministers meet tomorrow in Brussels.")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, other)] == [
        ("2021-05-12", "riga"), ("2021-05-13", "brussels")]


@pytest.mark.parametrize("words, day", [("the day before yesterday", "2021-05-10"), ("yesterday", "2021-05-11"),
                                        ("the day after tomorrow", "2021-05-14")])
def test_days_told_from_the_release_s_day(tmp_path, gazetteer, words, day):
    found = _meetings(tmp_path, gazetteer, f"Riga, 12 May 2021\n\nThe Management Board met {words} in Riga.\n")
    assert [(m["start"], m["place"]) for m in found] == [(day, "riga")]


def test_items_under_related_meetings_are_other_pages(tmp_path, gazetteer):
    text = ("Brussels, 6 March 2026\n\nThe Justice and Home Affairs Council met in Brussels on 5 and 6 March 2026 and "
            "discussed the new pact on migration and asylum at length.\n\nRelated meetings\n22-23 January 2026 - "
            "Informal meeting of justice and home affairs ministers, Nicosia\n11-12 June 2026 - Justice and Home Affairs "
            "Council, Luxembourg\n")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2026-03-05", "brussels")]


def test_a_date_in_another_reported_clause_is_not_the_meeting_s(tmp_path, gazetteer):
    text = ("Brussels, 26 September 2018\n\nThe Chair informed Members that the regulation was signed on 12 September "
            "and that the interpretation for the hearing on migration had been confirmed.\n")
    assert _meetings(tmp_path, gazetteer, text) == []


def test_the_weekday_s_own_clause_says_its_tense(tmp_path, gazetteer):
    # past in the weekday's clause, future only in the relative clause on the host
    text = ("Vilnius, 29 November 2012\n\nThe heads of the agencies gathered in Vilnius on Tuesday and Wednesday at the "
            "invitation of EIGE, which will pass the chair to Eurojust at the turn of the year.\n")
    assert [(m["start"], m["place"]) for m in _meetings(tmp_path, gazetteer, text)] == [("2012-11-27", "vilnius")]
    assert facts_of(release(tmp_path, text), gazetteer, "meeting")[0].record.end.iso() == "2012-11-28"


def test_a_meeting_of_so_many_days_ended_on_the_day_told_before_the_verb(tmp_path, gazetteer):
    found = facts_of(release(tmp_path, "Amsterdam, 26 January 2016\n\nThe ministers today concluded a two-day informal "
                                       "meeting in Amsterdam.\n"), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in found] == [("2016-01-25", "2016-01-26")]


def test_the_meeting_opened_the_day_before_it_ended(tmp_path, gazetteer):
    text = ("Lisbon, 17 November 2017\n\nThe heads of the agencies concluded on Wednesday a meeting at the Lisbon "
            "headquarters of the EMCDDA. The meeting opened on Tuesday afternoon with a closed session.\n")
    found = facts_of(release(tmp_path, text), gazetteer, "meeting")
    assert [(f.record.start.iso(), f.record.end.iso()) for f in found] == [("2017-11-14", "2017-11-15")]
