"""Meetings in phrasings the seeds do not use: an appearance before a committee, a meeting
named after its date, and news-archive items printed under a date line. The texts are
written for these tests."""

from __future__ import annotations

from .conftest import facts_of, release

PLACE = "https://w3id.org/jhakg/id/place/"


def _meetings(tmp_path, gazetteer, text: str) -> list[dict]:
    facts = facts_of(release(tmp_path, text), gazetteer, "meeting")
    return [{"start": f.data["start"].iso(), "place": (f.data["place"] or "").removeprefix(PLACE) or None,
             "kind": f.data["kind"], "rule": f.rule, "part": f.part} for f in facts]


def test_presenting_to_a_committee_is_a_meeting_of_that_committee(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Valletta, 3 February 2021\n\nThe Maltese minister presented the presidency's programme to "
                      "the LIBE committee of the European Parliament in Strasbourg on 2 February 2021.\n")
    assert [(m["start"], m["place"], m["kind"], m["rule"]) for m in found] == [
        ("2021-02-02", "strasbourg", "LIBE meeting", "meeting.appearance")]


def test_a_committee_hearing(tmp_path, gazetteer):
    found = _meetings(tmp_path, gazetteer,
                      "Brussels, 12 June 2023\n\nThe Committee on Civil Liberties, Justice and Home Affairs heard "
                      "the candidate for the post of Executive Director on 12 June.\n")
    assert [(m["start"], m["kind"]) for m in found] == [("2023-06-12", "LIBE hearing")]


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
