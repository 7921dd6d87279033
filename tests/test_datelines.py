"""Publication dates as release pages print them; a date deep in the text is not one.
The page heads are written for these tests."""

from __future__ import annotations

import pytest

from jhakg.extract.datelines import dateline

from .conftest import release

BODY = "\n\nMinisters met to discuss the fight against migrant smuggling and the renewed Schengen Information System.\n"


@pytest.mark.parametrize("head, date", [
    ("Brussels, 4 March 2024", "2024-03-04"),
    ("(23.11.2017, LISBON) The agency today published its report.", "2017-11-23"),
    ("Published on 3 May 2023", "2023-05-03"),
    ("Press release date: 06/06/2008                              Print | PDF | Send", "2008-06-06"),
    ("European Parliament\nPress Releases | LIBE | 24-01-2024 - 18:05", "2024-01-24"),
    ("European Parliament\nCommittees | Civil liberties | 09-10-2024 - 11:30", "2024-10-09"),
    ("EUROPOL\nPress Release\n19 October 2023", "2023-10-19"),
    # a date line under the headline, with what sites print around it
    ("Agencies sign a new cooperation plan\n19 October 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\n19 October 2023|NEWS", "2023-10-19"),
    ("News\nAgencies sign a new cooperation plan\n2023-10-19", "2023-10-19"),
    ("Home Affairs\nAgencies sign a new cooperation plan\nThursday, 19 October, 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nStatus message\nActive context: articles\n19 October 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nMinistry of the Interior 19.10.2023 14.05\nNews item", "2023-10-19"),
    ("Agencies sign a new cooperation plan\n19 October 2023 (updated 3 days ago) // print edition 2/2023", "2023-10-19"),
    ("10th meeting of the national units opens in Budapest\n19 October 2023", "2023-10-19"),
    # a date line under the site's name, domain or breadcrumb, above the headline
    ("Eurojust\nTuesday, 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("eu2023.es – Spanish Presidency of the Council\n19 October 2023\nAgencies sign a new cooperation plan",
     "2023-10-19"),
    ("Newsroom › News\n19/10/2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("eu2015.lv\n19.10.2023.\nAgencies sign a new cooperation plan", "2023-10-19"),
    # a label before a comma or a middle dot; a place after an em dash; a label before a dateline
    ("Eurojust – News release, 19.10.2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("News · 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("Agencies sign a new cooperation plan\n19 October 2023 — Vilnius", "2023-10-19"),
    ("Press release, Brussels, 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    # a dateline in two languages
    ("Bruxelles, 19 octobre 2023 / Brussels, 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    # a headline opening with a name written with a small letter first
    ("eu-LISA hosts its industry roundtable\n19-10-2023", "2023-10-19"),
    # labelled above the headline
    ("News Published: 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    # D-M-YYYY, in a page head only
    ("Agencies sign a new cooperation plan\nPublished: 9-3-2021", "2021-03-09"),
    ("press release 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    # the page date wins over a dateline that differs
    ("Agencies sign a new cooperation plan\n19 October 2023\nThe Hague, 17 October 2023", "2023-10-19"),
    # tests/paraphrases4's shapes: a newsletter's issue before the date; a breadcrumb with '>'; a page
    # address whose last step opens with the date
    ("THE JHA LETTER\nIssue 12/2023  |  Thursday 19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("THE JHA LETTER\nNo. 7/2023  -  19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("FRONTEX\nNewsroom  >  Press\n19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("www.agency.europa.eu > news > 2023-10-19-agencies-sign-a-new-plan\n\nAgencies sign a new cooperation plan",
     "2023-10-19"),
    # a sentence that tells the past is no announcement: 'adopted the report for 2022 ... will host'
    ("Agencies sign a new cooperation plan\nPublished 19/10/2023\n\nThe board adopted its report for 2022, and "
     "the agency will host the new unit.", "2023-10-19"),
    # a dateline alone on its line, its dash before the text on the next line; a full stop after it
    ("Agencies sign a new cooperation plan\nTHE HAGUE, 19 October 2023 –", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nThe Hague, 19 October 2023 -", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nWarsaw, 19 October 2023. The two agencies met today.", "2023-10-19"),
    # a place, then a dash, the date and a dash again
    ("Agencies sign a new cooperation plan\nLuxembourg – 19 October 2023 – The two agencies met today.", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nLuxembourg — 19 October 2023 —", "2023-10-19"),
    # 'Article' and 'Released on' as a page's kind
    ("Agencies sign a new cooperation plan\nArticle | 19 October 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nReleased on 19 October 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nDate of article: 19/10/2023", "2023-10-19"),
    # the article some languages write before the day; a country in brackets after the place
    ("Agencies sign a new cooperation plan\nBruxelles, le 19 octobre 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nBerlin, den 19. Oktober 2023 -", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nTHE HAGUE (Netherlands), 19 October 2023 - The two agencies met.",
     "2023-10-19"),
])
def test_datelines(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("text, date", [
    # a page date without its year, in the year the text settles: the day after its 'yesterday', its 'today'
    ("News item\n9 December\n\nThe network ends its year\n\nThe heads met yesterday, Wednesday 8 December 2021, in "
     "Vienna.\n", "2021-12-09"),
    ("News item\n9 December\n\nThe network ends its year\n\nThe heads meet today, 9 December 2021, in Vienna.\n",
     "2021-12-09"),
    # not a day the text does not call 'yesterday' or 'today', nor one that is not the day before
    ("News item\n9 December\n\nThe network ends its year\n\nThe heads met on 8 December 2021 in Vienna.\n", None),
    ("News item\n9 December\n\nThe network ends its year\n\nThe heads met yesterday, 3 December 2021, in Vienna.\n",
     None),
])
def test_a_page_date_without_its_year_in_the_year_the_text_settles(tmp_path, text, date):
    found = dateline(release(tmp_path, text, "page.txt"))
    assert (found[0].isoformat() if found else None) == date


@pytest.mark.parametrize("head", [
    "The report was presented on 19 October 2023 in Brussels.",
    # D-M-YYYY in a text is as likely a file number
    "The case file 9-3-2021 was opened in Brussels.",
    # a site banner at the very top: the day the page was viewed
    "Mon. Oct 14th, 2024\nLoading Events\nAgencies sign a new cooperation plan",
    # a banner under the site's name, when the text announces that day as ahead
    "Eurojust\n28 November 2017\nHeads of agency to meet\n\nThe heads of agency will meet on 28 November in Lisbon.",
    # a headline that ends with the date of its meeting
    "Justice and Home Affairs Council, 14/09/2017",
    # a date line the text contradicts: the release announces that year, or that day, as ahead
    "Agencies will meet in Lisbon - site\nTuesday, September 29, 2020\n\nEIGE will chair the network in 2018.",
    "Agencies will meet in Lisbon\ndate November 28, 2017\n\nThe heads of agency will meet on 28 November in Lisbon.",
    # a page address with a date inside a longer step, or another line's date after an issue number
    "www.agency.europa.eu > news > report-2023-10-19.pdf\n\nAgencies sign a new cooperation plan",
    "THE JHA LETTER\nIssue 12/2023 | next meeting: 19 October 2023 in Riga\nAgencies sign a new cooperation plan",
    # a headline ending with its meeting's date after a dash, and a name before a dash in a sentence
    "Informal JHA Council – 19 October 2023",
    "Informal JHA Council – 19 October 2023\nMinisters meet in Luxembourg",
    "The plan – 19 October 2023 was the day it was signed.",
    # a full stop that is part of an abbreviation-like date line is no dateline without its place
    "Ministers met in Warsaw, 19 October 2023.",
    # an article of a regulation
    "Article 12, 19 October 2023 amendment",
    # a bracket that is no country, and a word before the day that is no article
    "Informal JHA Council (ministers only), 19 October 2023 in Luxembourg",
    "Ministers met in Brussels, on 19 October 2023.",
])
def test_dates_that_are_not_datelines(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


@pytest.mark.parametrize("head, date", [
    # 'published' in other languages
    ("Présidence du Conseil\nAgencies sign a new cooperation plan\nPublié le 19 octobre 2023 – Mis à jour le "
     "20 octobre 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nVeröffentlicht am 19. Oktober 2023", "2023-10-19"),
    # an issue line with what a newsletter prints around it
    ("THE BORDER LETTER\nMonthly notes on EU borders  ·  Issue 12  ·  Thursday 19 October 2023\nIn this issue",
     "2023-10-19"),
    ("THE BORDER LETTER\nVol. 4, No 7 | Thursday, 19 October 2023 | ISSN 1234-5678", "2023-10-19"),
    ("THE BORDER LETTER\nIssue No. 48 - Thursday, 19 October 2023\nHome | Archive | About", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nposted by the news desk, 19/10/2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nPosted on 19 October 2023 by the Press Office", "2023-10-19"),
    # a page's kind between dots, a reference number after it, a long section name
    ("Press corner\nMidday News · Statement · 19 October 2023 · Brussels", "2023-10-19"),
    ("Council of the EU\nPRESS RELEASE 512/23   19/10/2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("Press room\nPress release - Civil Liberties, Justice and Home Affairs - 19-10-2023 - 13:04", "2023-10-19"),
])
def test_datelines_of_the_fifth_paraphrase_set(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("head", [
    # an issue number followed by another line's date, and a posting by someone with no date after the comma
    "THE BORDER LETTER\nIssue 12  ·  next meeting: 19 October 2023 in Riga\nAgencies sign a new cooperation plan",
    "Agencies sign a new cooperation plan\nposted by the news desk, who met on 19/10/2023 in Riga",
])
def test_no_dateline_from_an_issue_note_or_a_posting_sentence(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


def test_a_listing_page_is_not_dated_by_its_first_item(tmp_path):
    from jhakg.extract.published import extract_published

    items = "\n \n".join(f"{day} October 2023\nItem {day} of the news archive\nMinisters met in Brussels today "
                    f"to discuss migration and the renewed Schengen Information System." for day in (3, 10, 17))
    doc = release(tmp_path, "News archive\n\n" + items, "listing.txt")
    assert len(doc.parts) == 3 and extract_published(doc) == []


def test_a_page_signed_off_below_its_text(tmp_path):
    from jhakg.extract.published import extract_published

    page = ("Agencies sign a new cooperation plan\n\n" + "The agencies discussed their plans for the year. " * 25
            + "\n\nVienna - 19.10.2023\n\nNotes for editors: the agency was set up in 2007.\n")
    found = extract_published(release(tmp_path, page, "page.txt"))
    assert [f.record.date.isoformat() for f in found] == ["2023-10-19"]
    # two such lines, or a line that goes on after the date, settle nothing
    assert extract_published(release(tmp_path, page + "\nRiga, 20.10.2023\n", "two.txt")) == []
    assert extract_published(release(tmp_path, page.replace("19.10.2023", "19.10.2023: next meeting"), "on.txt")) == []
    # the body that signs it before the place
    signed = page.replace("Vienna - 19.10.2023", "Agency Secretariat, Vienna, 2023-10-19")
    assert [f.record.date.isoformat() for f in extract_published(release(tmp_path, signed, "signed.txt"))] == ["2023-10-19"]
    # (a sentence before the place is no signature)
    said = page.replace("Vienna - 19.10.2023", "The board met in Vienna, 2023-10-19")
    assert extract_published(release(tmp_path, said, "said.txt")) == []


@pytest.mark.parametrize("head, date", [
    # a page date with the date of a later change after it on its line
    ("Agencies sign a new cooperation plan\nPublished: 19 October 2023 09:30    Last modified: 23 October 2023 16:00",
     "2023-10-19"),
    ("Agencies sign a new cooperation plan\nPosted 19.10.2023  Updated: 20.10.2023", "2023-10-19"),
    # a sentence in the future tense that looks back to a year does not announce it
    ("Agencies sign a new cooperation plan\nNews  19 October 2023\n\nNext year Europol will chair the network "
     "for the third time since 2012.", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nNews  19 October 2023\n\nFrom January the chair passes to FRA, "
     "which will hold it for the second time after 2016.", "2023-10-19"),
    # a year in a relative clause told in the past is behind ('which entered into force in 2013')
    ("Agencies sign a new cooperation plan\nPublished on 19 October 2023\n\nThe trio will monitor the Dublin III "
     "regulation, which entered into force in 2013.", "2023-10-19"),
    # a sentence that also tells what happened ('took over') announces none of its years
    ("Agencies sign a new cooperation plan\nPublished on 19 October 2023\n\nEIGE took over the network in January "
     "from eu-LISA, its chair for 2022, and in December it passes it to EASO, which will chair in 2024.", "2023-10-19"),
])
def test_datelines_of_the_sixth_paraphrase_set(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("head", [
    # a date line whose line goes on with something else than a change's date
    "Agencies sign a new cooperation plan\n19 October 2023 modified the rules for the network",
    # a year ahead after 'after' with no 'time' before it is still ahead
    "Agencies will meet in Lisbon - site\nNews  19 October 2023\n\nThe system will be replaced after 2019.",
])
def test_no_dateline_from_a_changed_line_or_a_year_still_ahead(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


@pytest.mark.parametrize("head, date", [
    # a date of a change above the page date, or after it on its line, is no publication date
    ("Site of the Council\nLast updated: 23 October 2023\n\nPress release | 19 October 2023 | 10:05\n"
     "Agencies sign a new cooperation plan", "2023-10-19"),
    ("Agency newsroom\nPublished on the website: 19-10-2023 - 11:20 | Last updated: 24-10-2023 - 08:00\n"
     "Agencies sign a new cooperation plan", "2023-10-19"),
    ("Agency newsroom\nPage last updated on 25/10/2023\nAgencies sign a new cooperation plan\nRiga, 19 October 2023",
     "2023-10-19"),
    # a banner of the day the page is read, then a posting with its author and reading time after the date
    ("The Border Notes\nToday: Monday, 6 May 2024 | Sign in\nAgencies sign a new cooperation plan\n"
     "Posted on 19 October 2023 by the Newsroom staff | 4 min read", "2023-10-19"),
    # an author's byline before the date
    ("The Border Notes\nAgencies sign a new cooperation plan\nBy Anna Example | Thursday 19 October 2023",
     "2023-10-19"),
    # a headline of twelve words or more that ends with its quote, over its date
    ("Agency newsroom\nRiga seminar: \"The new systems must not bring long queues to our external borders\"\n"
     "19.10.2023", "2023-10-19"),
    # a label in two languages, the date written year first
    ("Presidency site\nKözzétéve / Published: 2023.10.19.\nAgencies sign a new cooperation plan", "2023-10-19"),
])
def test_datelines_of_the_seventh_paraphrase_set(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("head", [
    # a change's, a view's or a print's date is never the release's, labelled or not
    "Agency newsroom\nLast updated: 23 October 2023\nAgencies sign a new cooperation plan",
    "Agencies sign a new cooperation plan\nSite last updated on 23/10/2023",
    "Agencies sign a new cooperation plan\nPrinted on 23 October 2023",
    "Agencies sign a new cooperation plan\nViimati uuendatud: 23.10.2023",
    # a quote that ends a sentence ends the head: a date after it is in the text
    "Agency newsroom\nThe director said: \"The new systems must not bring long queues to our external borders.\"\n"
    "19.10.2023",
    # a byline with something else than the date after the separator
    "The Border Notes\nAgencies sign a new cooperation plan\nBy Anna Example | met on 19 October 2023 in Riga",
])
def test_no_dateline_from_a_line_of_a_change_or_of_a_byline_that_goes_on(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


def test_a_page_dated_by_a_labelled_line_below_its_text(tmp_path):
    from jhakg.extract.published import extract_published

    page = ("Board | Riga, 17-18 October 2023\nAgencies sign a new cooperation plan\n\n"
            + "The agencies discussed their plans for the year. " * 25
            + "\n\nPage published: Thursday 19 October 2023\n\nMore news\n12.10.2023 Another item of the site\n")
    found = extract_published(release(tmp_path, page, "page.txt"))
    assert [f.record.date.isoformat() for f in found] == ["2023-10-19"]
    for other in ("Date of publication: 19.10.2023 - 09:40", "Document published: 19/10/2023",
                  "Press release | 19 October 2023 | 18:05",
                  # (a side box's label over its date: 'Publication date' / '19 October 2023')
                  "Details\nPublication date\n19 October 2023\nAuthor\nDirectorate-General"):
        found = extract_published(release(tmp_path, page.replace("Page published: Thursday 19 October 2023", other),
                                          "other.txt"))
        assert [f.record.date.isoformat() for f in found] == ["2023-10-19"]
    # a line of a change, two labelled lines that differ, or a line that goes on after the date settle nothing
    for changed in ("Last updated: 19 October 2023", "Published: 19 October 2023\nPublished: 20 October 2023",
                    "Published on 19 October 2023, the report of the board",
                    "Press release of 19 October 2023 on the board's plan",
                    "Publication date\n19 October 2023, the report of the board"):
        doc = release(tmp_path, page.replace("Page published: Thursday 19 October 2023", changed), "changed.txt")
        assert extract_published(doc) == []


@pytest.mark.parametrize("head, date", [
    # labels in Polish and Irish, a speech's kind, a label in square brackets
    ("Ministry of Finance\nBudget talks end in Gdańsk\nData publikacji: 07.03.2024", "2024-03-07"),
    ("Roinn Airgeadais\nBudget talks end in Cork\nFoilsithe: 7 Márta 2024", "2024-03-07"),
    ("Agency newsroom\nSpeech | 7 March 2024\nWelcome words to the staff conference", "2024-03-07"),
    ("Agency newsroom\nInterview | 2024-03-07\nA talk with the Director on the agency's year", "2024-03-07"),
    ("Agency site\nHome > Newsroom > News\n\nNewsroom | 7 March 2024\n\nBoard meets in Valletta", "2024-03-07"),
    ("Law review online\nBudget talks end in Ghent\n[Date: 2024-03-07]", "2024-03-07"),
    # a day of the week in another language before the date, the same date in English after it
    ("Presidency site\nHome › News\n\nDonnerstag, 7. März 2024 | Thursday, 7 March 2024\n\nBudget talks end in Graz",
     "2024-03-07"),
    ("Presidency site\nHome › News\n\nΠέμπτη, 7 Μαρτίου 2024\n\nBudget talks end in Patras", "2024-03-07"),
    # full stops each followed by a space (Czech and Slovak pages)
    ("Ministry site\nHome › News\n\n7. 3. 2024\n\nBudget talks end in Brno", "2024-03-07"),
    # a meeting's day with its hours above the page's labelled date
    ("Committee on Budgets\nCOMMITTEE MEETING\nMonday 11 March 2024, 9.00 – 12.30\nPublished on 07-03-2024",
     "2024-03-07"),
    # a sentence in the future tense that looks back to a year after 'since ...ing in'
    ("Budget talks end in Cork\nPublished on: 7 March 2024\n\nIt will be the fourth such round since joining in 1995.",
     "2024-03-07"),
    # a month or a day after 'since' is behind too, in a sentence that looks ahead
    ("Budget talks end in Cork\nPosted on 07.03.2024 by the press desk\n\nThe talks will move to the new office, "
     "which already hosts the secretariat since December 2023.", "2024-03-07"),
    ("Budget talks end in Cork\nPosted on 07.03.2024 by the press desk\n\nThe office will stay open, as it is "
     "every day since 4 May 2023.", "2024-03-07"),
    # a reader's question with its date under the text announces nothing
    ("Budget talks end in Ghent\nMarch 7, 2024\n\nThe talks ended on time.\nAnna K. – Mar 7, 2024: Will the deal hold?",
     "2024-03-07"),
])
def test_datelines_of_the_eighth_paraphrase_set(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("head", [
    # a meeting's day with its hours, alone, is no page date
    "Committee on Budgets\nCOMMITTEE MEETING\nMonday 11 March 2024, 9.00 – 12.30\nBrussels, Room 4Q2",
    # a word that is no day of the week before the date
    "Presidency site\nHome › News\n\nKalender 7 March 2024\n\nBudget talks end in Graz",
    # a sentence that looks ahead to a year, not back to it (the page is older than its date line)
    "Budget talks end in Cork\nPublished on: 7 March 2024\n\nIt will be the first such round in 2023.",
    # a year ahead in a statement, not a question
    "Budget talks end in Ghent\nMarch 7, 2024\n\nThe talks will resume in 2023.",
    # a month ahead that no 'since' looks back to
    "Budget talks end in Cork\nPosted on 07.03.2024 by the press desk\n\nThe office will open in December 2023.",
])
def test_no_dateline_from_an_event_s_hours_or_a_year_ahead(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


def test_a_notice_dated_by_its_numbered_line_of_dispatch(tmp_path):
    from jhakg.extract.published import extract_published

    page = ("Tenders daily\nFinland-Helsinki: Cleaning services for the offices\n\n"
            + "The authority seeks a contractor for cleaning services. " * 25
            + "\n\nIV.2.7) Conditions for opening of tenders: 02/05/2024, 11:00, Helsinki\n"
            + "VI.5) Date of dispatch of this notice: 04/04/2024\n")
    found = extract_published(release(tmp_path, page, "notice.txt"))
    assert [f.record.date.isoformat() for f in found] == ["2024-04-04"]
    # the opening of tenders alone dates no notice
    doc = release(tmp_path, page.replace("VI.5) Date of dispatch of this notice: 04/04/2024\n", ""), "other.txt")
    assert extract_published(doc) == []


def test_the_sentence_pattern_cuts_where_the_plain_one_does():
    """The future-tense sentences are cut by a pattern written for speed; it gives the spans
    the plain lazy pattern gives, on every string of these characters up to a length."""
    import itertools
    import re

    from jhakg.extract.datelines import _SENTENCE

    plain = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.M)
    for n in range(7):
        for chars in itertools.product("a .?\n", repeat=n):
            text = "".join(chars)
            assert [m.span() for m in _SENTENCE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


# -- more shapes of a page's date line, written for these tests

@pytest.mark.parametrize("head, date", [
    # a place alone after a labelled date; the label's number 'of' the day
    ("Press release 19 October 2023 Luxembourg", "2023-10-19"),
    ("Press release No 112/23 of 19 October 2023", "2023-10-19"),
    # the page's kind after an unlabelled date at the top
    ("19 October 2023 - Press Release\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("Thursday, 19 October 2023 | News\nAgencies sign a new cooperation plan", "2023-10-19"),
    # a dateline with its country, a slash after the date, a month in capitals
    ("Agencies sign a new cooperation plan\nValletta, Malta, 19 October 2023 - The two agencies met.", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nThe Hague, the Netherlands – 19 October 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nRiga, 19 October 2023 / The two agencies met.", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nLISBON, 19 OCTOBER 2023 – The two agencies met.", "2023-10-19"),
    # the page's kind after a slash; the section it was posted in; a place after a comma under the headline
    ("19 October 2023 // Publication\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nPosted on 19 October 2023 in News", "2023-10-19"),
    ("Agencies sign a new cooperation plan\n19 October 2023, Riga", "2023-10-19"),
    # a Swedish dateline without its comma, a Polish one with 'r.' after the year
    ("Agencies sign a new cooperation plan\nStockholm den 19 oktober 2023", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nWarszawa, 19 października 2023 r.", "2023-10-19"),
    # a date alone under a line that names the site's section: its kind, after a name or two
    ("Agency news\n19.10.2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("Latest Press Releases\n19 October 2023\nAgencies sign a new cooperation plan", "2023-10-19"),
    # the day the page was made, labelled
    ("Events > Conferences\nPage created: 2023-10-19\nAgencies sign a new cooperation plan", "2023-10-19"),
    ("Agencies sign a new cooperation plan\nCreated on 19 October 2023", "2023-10-19"),
    # the future tense looking back on a year before the page's ('will be remembered') announces no year
    ("Annual report\nPublication date: 19/10/2023\n\nThe year 2022 will be remembered for the speed of the "
     "agencies' response.", "2023-10-19"),
    # a banner of the day the page is viewed, in another language, over the dateline
    ("República Portuguesa\nHoje é sábado, 7 de dezembro de 2024\n\nAgencies sign a new cooperation plan\n\n"
     "Lisboa, 19 de outubro de 2023", "2023-10-19"),
    # a minus sign for the dash between a label's parts and the date
    ("European Parliament\nPress release - Justice and home affairs − 19-10-2023 - 18:32\n"
     "Agencies sign a new cooperation plan", "2023-10-19"),
    # a content system's shortened weekday and month-first date, where the day can be no month
    ("Management Board meets in Sofia\n\nThu, 05/24/2018 - 10:15", "2018-05-24"),
    # a year an annual report is for, in the future tense, is no year ahead
    ("Board sets its course\nPUBLISHED 16 FEBRUARY 2022\n\nThe Board will meet again in June to adopt the annual "
     "report for 2021.", "2022-02-16"),
])
def test_more_date_line_shapes(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("head", [
    # a place after a date with no label; a headline after a date at the top
    "Justice Council 19 October 2023 Luxembourg",
    "19 October 2023 - Ministers meet in Luxembourg",
    # a headline naming a place and its country before its meeting's date
    "Ministers meet in Vilnius, Lithuania – 19 October 2023",
    # a slash inside a reference, and capitals that are no month
    "Agencies sign a new cooperation plan\nRiga, 19 October 2023/2024 work programme",
    "THE AGENCIES MAY 2023 PLAN",
    # a sentence that posts something on a day, not a page's date line
    "Agencies sign a new cooperation plan\nThey posted on 19 October 2023 in Riga the new plan.",
    # a place after a date at the very top, with no label: a banner
    "19 October 2023, Riga\nAgencies sign a new cooperation plan",
    # a sentence, not a place, before 'den'
    "Agencies sign a new cooperation plan\nMinisters met in Stockholm den 19 oktober 2023 for talks.",
    # a section's name that is not the line right above the date
    "Agency news\nSee also\n19 October 2023\nAgencies sign a new cooperation plan",
    # a sentence on when a body was created, not a label
    "Agencies sign a new cooperation plan\nThe network was created on 19 October 2023 in Riga.",
    # a year still ahead when the future tense is no look back
    "Annual report\nPublication date: 19/10/2023\n\nThe year 2022 will be a year of change for the agencies.",
    # only such a banner
    "Bundesministerium\nHeute ist Montag, 4. März 2024\n\nAgencies sign a new cooperation plan",
    # a month-first date with a day that is no day of that month
    "Management Board meets in Sofia\n\nThu, 02/30/2018 - 10:15",
    # a year ahead (before the page's) that is no report's: the page is older than its date line
    "Board sets its course\nPUBLISHED 16 FEBRUARY 2022\n\nThe Board will meet again in June to prepare the plans for 2021.",
])
def test_shapes_that_stay_no_date_line(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


@pytest.mark.parametrize("head", [
    # a site's notice about the page, however long, is no first paragraph: the date line under the headline follows it
    "Archive - this page was last updated on 2 February 2020 and its links may no longer work as they did.\n"
    "Agencies sign a new cooperation plan\nDate: 19 October 2023",
    "We use cookies to remember your settings and to count visits; read more about them in our privacy notice.\n"
    "Agencies sign a new cooperation plan\n19 October 2023",
])
def test_a_date_line_under_a_notice_about_the_page(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2023-10-19"


def test_a_first_paragraph_still_ends_the_head(tmp_path):
    head = ("The agencies signed a new plan of cooperation with each other in Brussels this week after long talks.\n"
            "Agencies sign a new cooperation plan\nDate: 19 October 2023")
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None


def test_a_bare_date_over_the_page_s_navigation_is_the_site_s_banner(tmp_path):
    head = ("Journal of the agencies\nTuesday, 3 March 2020\nHome » News » Agencies\nAgencies sign a new cooperation "
            "plan\n19 October 2019 // Author: Anna Berg")
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2019-10-19"
    # labelled, the same line is the page's date
    labelled = head.replace("Tuesday, 3 March 2020", "Published: 3 March 2020")
    assert dateline(release(tmp_path, labelled + BODY, "page.txt"))[0].isoformat() == "2020-03-03"
    # under a site's language bar, over a breadcrumb that does not start at 'Home', with a time after the page's date
    head = ("Presidency of the Council 2025\nPL | EN | FR\nMonday, 17 March 2025\nNews  >  Justice and Home Affairs  >  "
            "Informal JHA Council\n\nMinisters meet in Warsaw\n\n30.01.2025 | 14:20")
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2025-01-30"
    # (a breadcrumb of two crumbs is no navigation to tell a banner by)
    head = head.replace("  >  Informal JHA Council", "")
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2025-03-17"


def test_the_site_s_banner_dates_no_meeting(tmp_path, gazetteer):
    from .conftest import facts_of
    text = ("Journal - The Agencies' Lawyers' Forum\nHome | Issues | News | Articles | About\nTuesday, 3 March 2020\n"
            "Home » News » Agencies\nAgencies sign a new cooperation plan\n19 October 2019\n\nThe plan was signed in "
            "Vienna on 18 October 2019.\n")
    days = [f.record.start.iso() for f in facts_of(release(tmp_path, text), gazetteer, "meeting")]
    assert "2020-03-03" not in days


def test_a_byline_with_the_author_s_post_before_the_date(tmp_path):
    head = "Director's blog\nWhat a year taught us\nBy Anna Berg, Director of FRA | 18 December 2024 | Reading time: 4 minutes"
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2024-12-18"


def test_a_dateline_after_a_numbered_release_label(tmp_path):
    head = "Agencies sign a new cooperation plan\nNews release No 9/2017 | Lisbon, 17.11.2017"
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2017-11-17"
    # a Council release's number before the dateline; a Commission page's kind before its date
    head = "3045th Council meeting\nJustice and Home Affairs\n16130/10 (Presse 301) | Brussels, 9 November 2010"
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2010-11-09"
    head = "Press corner\nQuestions and answers | 16 November 2016 | Strasbourg\n\nQuestions and answers: the new system"
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2016-11-16"
    # (a number that is no release's before a place and a date is no dateline: '2 of 3 | Brussels, ...')
    head = "Agencies sign a new cooperation plan\nStep 2 of 3 | Brussels, 9 November 2010"
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None
    # (after the kind, the place needs no comma)
    head = "Agencies sign a new cooperation plan\nNews release No 9/2017 - Lisbon 17.11.2017"
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2017-11-17"


@pytest.mark.parametrize("head, date", [
    # a kind of page in the plural ('Speeches', 'Interviews'), a blog's post with its reading time
    ("Ministry site\nHome > Press room > Speeches\n\nSpeeches | 7/3/2024\n\nWelcome words to the staff conference",
     "2024-03-07"),
    ("Agency site\nNewsroom > Blog\n\nBLOG | 7 March 2024 | 6 min read\n\nNotes after the heads' meeting", "2024-03-07"),
    # a date alone on its line under a breadcrumb that ends with the month: no 'March 07' over the blank line
    ("Ministry site\nNews > 2024 > March\n\n07.03.2024\n\nThe agency is up and running", "2024-03-07"),
])
def test_datelines_of_the_thirty_first_paraphrase_set(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


def test_a_labelled_line_below_the_text_after_its_translation_with_spaced_full_stops(tmp_path):
    from jhakg.extract.published import extract_published

    page = ("Presidency site\nHome | Calendar\n\nWednesday, 12 March 2024 - Thursday, 13 March 2024\n\n"
            "Ministerial forum on organised crime\n\n" + "The ministers discussed their plans for the year. " * 25
            + "\n\nObjavljeno / Published: 4. 3. 2024\nLast update: 13. 3. 2024\n")
    found = extract_published(release(tmp_path, page, "page.txt"))
    assert [f.record.date.isoformat() for f in found] == ["2024-03-04"]
    # a change's line alone, or a sentence with the word in it, settles nothing
    for other in ("Last update: 4. 3. 2024", "The plan was published in full on 4. 3. 2024 by the ministry."):
        doc = release(tmp_path, page.replace("Objavljeno / Published: 4. 3. 2024", other), "other.txt")
        assert extract_published(doc) == []


@pytest.mark.parametrize("notice", [
    "This news item was migrated from the former agency website. Links and images may no longer work.",
    "Please note that this page of the old website is kept for reference and may no longer be up to date.",
])
def test_a_sites_notice_over_the_labelled_date_does_not_end_the_head(tmp_path, notice):
    head = f"Agency news\nHome > News > 2013\n\n{notice}\nOriginal publication date: 10 May 2013\n\nAgencies sign a plan\n"
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == "2013-05-10"


def test_a_date_under_the_headline_after_a_long_site_menu(tmp_path):
    menu = "".join(f"  {item}\n" for item in (
        "About the agency", "Our history", "Mission and values", "Governance and accountability", "Our partners",
        "Operations and services", "The operations centre", "Crime areas and trends", "Drug trafficking",
        "Trafficking in human beings", "Careers and procurement", "Vacancies", "Traineeships", "Procurement",
        "Newsroom", "News", "Press releases", "Multimedia", "Events", "Publications and documents", "Main reports",
        "Threat assessments", "Report a crime", "Contact us")) * 3
    head = f"Agency site\nSkip to main content\n{menu}Home / Newsroom / News\n\nAgencies plan joint action\n\n16 May 2017\n"
    found = dateline(release(tmp_path, head + BODY * 3, "page.txt"))
    assert found is not None and found[0].isoformat() == "2017-05-16"
    # (lines of prose as long are the head: a date below them is no page date)
    prose = "".join(f"Paragraph {i} of the long introduction of the page, which runs on for a while.\n" for i in range(20))
    found = dateline(release(tmp_path, f"Agency site\n\n{prose}\nAgencies plan joint action\n\n16 May 2017\n" + BODY, "page.txt"))
    assert found is None or found[0].isoformat() != "2017-05-16"


def test_a_bare_date_gives_way_to_a_stamped_one_just_below_the_headline(tmp_path):
    head = ("Parliament / News\nHome > News > Press releases\n\nThursday 13 June 2013\n\nParliament approves the asylum "
            "rules\n\nPlenary sessions | Justice and home affairs | 12-06-2013 - 13:42\n")
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == "2013-06-12"
    # (a bare date alone is the page's)
    head = "Parliament / News\nHome > News > Press releases\n\nThursday 13 June 2013\n\nParliament approves the asylum rules\n"
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == "2013-06-13"


def test_a_related_news_block_over_the_page_s_own_date_is_other_pages(tmp_path):
    head = ("Agency site\nHome / News and media / News\n\nRelated news\n"
            "Friday 10 June 2022 - Agencies strengthen cooperation on smuggling cases\n"
            "Wednesday 1 June 2022 - Action day against fraud call centres\n\nShare: LinkedIn  Email\n\n"
            "Press release\n\nTuesday 14 June 2022\n\nAgencies sign a new cooperation plan")
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2022-06-14"


def test_a_date_alone_on_its_line_after_the_dateline_is_the_text_s(tmp_path):
    # a diary's day under a short heading, after the dateline: the dateline is the page's date
    head = "Drug centre publishes its report\n\nLisbon, 2 March 2011\n\nThe centre published its report today.\n\nDIARY\n\n14 March 2011"
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2011-03-02"
    # (with no dateline before it, a date alone under the headline is the page's)
    head = "Drug centre publishes its report\n\n14 March 2011\n\nThe centre published its report today."
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == "2011-03-14"


@pytest.mark.parametrize("head, date", [
    # a banner with the day the page was viewed, months after the release's dateline below it
    ("Agency site\nHome > Media > News > 2018\nThursday 21 March 2019\nPrint | Share\n\nNews release\nLisbon, 15.11.2018\n\n"
     "Agencies meet in Tallinn", "2018-11-15"),
    ("Agency site\nYou are here: Home > Press\n\nThursday, 11 December 2014  |  EN  FR\n\nPress release\n\nAgencies meet\n\n"
     "Valletta, 11 March 2014", "2014-03-11"),
    # (a page's date a day after its dateline is the release's)
    ("Agency site\nHome > Media > News\nPublished: 16 November 2018\n\nNews release\nLisbon, 15.11.2018\n\n"
     "Agencies meet in Tallinn", "2018-11-16"),
])
def test_a_banner_day_long_after_the_dateline_is_not_the_release_s(tmp_path, head, date):
    assert dateline(release(tmp_path, head + BODY, "page.txt"))[0].isoformat() == date
