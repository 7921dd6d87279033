"""Loading: cleaning, furniture, listings, catalog, and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jhakg.documents import clean, load_document, load_folder, read_catalog
from jhakg.errors import InputError

from .conftest import SEEDS, SHARED_SEEDS


def test_seeds_are_the_shared_documents_unchanged():
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    for shared in sorted(SHARED_SEEDS.glob("*.txt")):
        assert (SEEDS / shared.name).read_bytes() == shared.read_bytes()


def test_catalog_covers_every_seed():
    rows = read_catalog(SEEDS)
    assert sorted(rows) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert rows["000_6e879119cdfcf355.txt"].published == dt.date(2017, 11, 23)
    assert rows["004_c9ecb59b33c2e381.txt"].published is None


def test_markdown_markup_and_emphasis_spans():
    cleaned = clean("# Title\n\n**Andres Anvelt**, Estonian *Minister* [link](http://x) <sup>(1)</sup>\\_x\n")
    assert cleaned.text == "Title\n\nAndres Anvelt, Estonian Minister link (1)_x"
    assert [cleaned.text[a:b] for a, b in cleaned.emphasis] == ["Andres Anvelt", "Minister"]


def test_a_tables_column_gaps_become_its_cells_bars():
    raw = "Unit\t\tHead of Unit\nSecurity Unit     Anna Berg     Tallinn\nTwo  spaces stay one.\n| Name       | Post |\n"
    assert clean(raw).text == "Unit | Head of Unit\nSecurity Unit | Anna Berg | Tallinn\nTwo spaces stay one.\n| Name | Post |"


_WRAPPED = ("Brussels, 30 November 2012\n\nFrom tomorrow the day-to-day running of the large border and asylum\n"
            "databases leaves the Commission. Responsibility for the Visa Information System moves to the\n"
            "agency in Tallinn, which has its seat in Estonia and its technical site in Strasbourg, and it\n"
            "will run the system from there. The Board met on 21 November 2012, under its Chairperson,\n"
            "Pieter van der Linden of the Dutch ministry, who said the staff were ready and that the backup\n"
            "site in Austria will take over if the centre in Strasbourg ever fails for any reason at all.\n"
            "Contacts:\nMichele Ansaldi (+32 2 298 00 00)\n")


def test_a_tables_cells_wrapped_over_indented_lines_are_joined_to_their_row():
    raw = ("POST                                        NAME\n"
           "Deputy Executive Director and Head of the   Tiit Kalvet\n"
           "  Operations Department\n"
           "Head of the Security Unit (interim)         Sven Holm\n"
           "29-30 January 2026   Informal meeting of Justice and Home   Nicosia, Filoxenia\n"
           "                     Affairs Ministers                      Conference Centre\n")
    assert clean(raw).text.split("\n") == [
        "POST | NAME", "Deputy Executive Director and Head of the Operations Department | Tiit Kalvet",
        "Head of the Security Unit (interim) | Sven Holm",
        "29-30 January 2026 | Informal meeting of Justice and Home Affairs Ministers | Nicosia, Filoxenia Conference Centre"]
    # an indented line that had room to go on in its cell is a line of its own: a session's chair under its title
    raw = ("11:50   PANEL 2 - Access for law enforcement: EES, ETIAS and ECRIS-TCN\n"
           "        Chaired by the Deputy Executive Director of Europol, Joost Wiel\n"
           "        Speakers:\n")
    assert clean(raw).text.split("\n") == ["11:50 | PANEL 2 - Access for law enforcement: EES, ETIAS and ECRIS-TCN",
                                            "Chaired by the Deputy Executive Director of Europol, Joost Wiel", "Speakers:"]


def test_a_hard_wrapped_pages_paragraphs_become_lines_again():
    text = clean(_WRAPPED).text
    assert len(text) == len(_WRAPPED.rstrip("\n"))  # a break becomes a space: the offsets hold
    assert "asylum databases leaves" in text and "Chairperson, Pieter van der Linden" in text
    # a dateline, a label's colon and what follows them keep their lines
    assert text.startswith("Brussels, 30 November 2012\n\nFrom") and "Contacts:\nMichele" in text


def test_a_wrapped_line_that_ends_with_a_preposition_goes_on_with_a_date():
    raw = _WRAPPED + ("The Institute will host the annual meeting of the heads of the agencies in Vilnius on\n"
                      "17-18 November 2016. Related news below lists items one a line, each with its own date\n"
                      "03/04/2013 eu-LISA Management Board adopts its work programme for the coming year\n")
    text = clean(raw).text
    assert "in Vilnius on 17-18 November 2016." in text
    # and a month its year ('... in Luxembourg on 7 and 8 October' / '2019.')
    raw = _WRAPPED + ("The Justice and Home Affairs Council took place in Luxembourg on 7 and 8 October\n"
                      "2019. Under the Finnish Presidency, the home affairs part was chaired by its minister.\n")
    assert "on 7 and 8 October 2019. Under" in clean(raw).text
    # a line that ends with no preposition keeps a number under it on its own line
    assert "its own date\n03/04/2013" in text


def test_a_labelled_date_under_a_wrapped_pages_headline_keeps_its_line():
    headline = "Agency hosts the heads of the nine agencies at the end of its year as chair\n"
    for label in ("Posted on 24/11/2017 by the Communication team", "Published: 3 May 2021",
                  "Last updated on Monday, 4 March 2024"):
        text = clean(headline + label + "\n\n" + _WRAPPED.split("\n\n", 1)[1]).text
        assert text.startswith(headline + label + "\n")
    # a line that goes on a sentence with such words is joined as before
    raw = _WRAPPED.replace("ever fails for any reason at all.\n", "ever fails, as its\npublished on 1 December plan says.\n")
    assert "as its published on 1 December" in clean(raw).text


def test_a_page_of_short_lines_or_whole_sentences_is_not_unwrapped():
    cards = "Head of the Executive Office: Jonas Petrauskas\nAccounting Officer: Eleni Karagianni\n" * 3
    listing = "".join(f"IP/12/13{i}  {i}/11/2012  Commission proposes simpler rules on consumer credit\n" for i in range(10, 16))
    sentences = "".join(f"Paragraph {i} of the page is one line, as saved pages keep a paragraph, and ends.\n" for i in range(6))
    # (each line breaks after a line near the width, as a wrapped page's do, but none inside a sentence)
    for raw in (cards, listing, sentences):
        assert clean(raw).text.count("\n") == raw.strip("\n").count("\n")


def test_stars_that_open_lines_in_a_row_are_bullets_and_one_alone_a_notes_mark():
    raw = ("Recent press releases\n  * Agencies agree a manual - 26/11/2010\n  * Report presented - 15/04/2010\n\n"
           "* This note was drawn up by the press office.\nA **bold** word.\n")
    assert clean(raw).text == ("Recent press releases\n- Agencies agree a manual - 26/11/2010\n- Report presented - "
                               "15/04/2010\n\nThis note was drawn up by the press office.\nA bold word.")


def test_cookie_notices_and_cms_leftovers_are_not_content():
    raw = ("In order to serve you better, we use small files called cookies. By using our website you agree "
           "to their use; you can change your browser settings at any time.\nBack\nStatus message\n"
           "Active context: context_articles\nLoading Events\n« All Events\n• This event has passed.\n"
           "Image for Agencies sign a plan\nPhoto: Frontex\nLeave a Reply\nReal news here.\n")
    assert clean(raw).text == "Real news here."


def test_a_photos_credit_is_not_content_and_its_caption_is():
    raw = ("Photo: © European Union, 2019\nPhoto credit: Europol\nPhoto: EUAA/Jan Berg\n"
           "Photo: From left, Anna Berg (FRA Director), Jan Maas and Eva Smit.\nReal news here.\n")
    assert clean(raw).text == "Photo: From left, Anna Berg (FRA Director), Jan Maas and Eva Smit.\nReal news here."


def test_a_sentence_about_cookies_is_content():
    line = "Police took down a market that sold stolen browser cookies on the dark web."
    assert clean(line + "\n").text == line


def test_site_furniture_is_not_content():
    cleaned = clean("skip to main content\nEuropean Commission Logo\nen English\nAccept all cookies\nReal news here.\n")
    assert cleaned.text == "Real news here."


def test_news_listing_is_split_into_items():
    docs, _ = load_folder(SEEDS)
    listing = {d.doc_id: d for d in docs}["004_c9ecb59b33c2e381"]
    assert len(listing.parts) == 8
    first = listing.parts[0]
    assert listing.text[first.start:first.end].startswith("First meeting of the CERIS expert group")
    assert "skip to main content" not in listing.text
    # a single-article document is not a listing
    article = {d.doc_id: d for d in docs}["003_f1c762c581d28226"]
    assert article.parts == []


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name,data,cause", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n ", "is empty"),
    ("binary.txt", b"PK\x03\x04\x00\x00binary", "binary"),
    ("latin1.txt", "Réunion à Bruxelles, les ministres".encode("latin-1"), "not UTF-8"),
    ("nothing.txt", b"--- *** ---\n\n1 2 3", "no recognisable text"),
    ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
])
def test_bad_documents_raise_one_clear_error(tmp_path, name, data, cause):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        load_document(path)
    assert cause in info.value.cause
    assert info.value.subject.endswith(name)
    assert "\n" not in str(info.value)


def test_unreadable_document(tmp_path):
    broken = tmp_path / "gone.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")  # a dangling link: listed, but cannot be read
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    for path in (broken, folder):
        with pytest.raises(InputError, match="cannot be read"):
            load_document(path)


def test_catalog_row_naming_a_missing_file(tmp_path):
    _write(tmp_path, "a.txt", b"Brussels, 4 March 2024\nMinisters met in Brussels today to talk.")
    _write(tmp_path, "catalog.csv", b"file,title,published\na.txt,A,2024-03-04\nmissing.txt,B,\n")
    with pytest.raises(InputError) as info:
        load_folder(tmp_path)
    assert "catalog.csv" in info.value.subject
    assert "missing.txt" in info.value.cause and "line 3" in info.value.cause


def test_catalog_bad_date_and_unknown_column(tmp_path):
    _write(tmp_path, "a.txt", b"Ministers met in Brussels today to talk about things.")
    _write(tmp_path, "catalog.csv", b"file,published\na.txt,4 March\n")
    with pytest.raises(InputError, match="not a YYYY-MM-DD date"):
        load_folder(tmp_path)
    _write(tmp_path, "catalog.csv", b"file,colour\na.txt,red\n")
    with pytest.raises(InputError, match="header"):
        load_folder(tmp_path)


def test_keep_going_skips_bad_documents(tmp_path):
    _write(tmp_path, "good.txt", b"Ministers met in Brussels on 4 March 2024 to discuss migration.")
    _write(tmp_path, "bad.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # the first bytes of a PNG
    docs, skipped = load_folder(tmp_path, strict=False)
    assert [d.file_name for d in docs] == ["good.txt"]
    assert [(s.file, "binary" in s.reason) for s in skipped] == [("bad.txt", True)]


def test_a_document_in_another_language_is_refused(tmp_path):
    french = ("Les ministres de la justice et des affaires intérieures se sont réunis à Bruxelles le 4 mars 2024 "
              "sous la présidence belge. Ils ont discuté de la lutte contre le trafic de drogue, de la migration, "
              "du système d'information Schengen et de la coopération policière entre les États membres de l'Union "
              "européenne, ainsi que de la protection des frontières extérieures et des droits fondamentaux.")
    path = _write(tmp_path, "fr.txt", french.encode("utf-8"))
    with pytest.raises(InputError, match="does not read as English"):
        load_document(path)


def test_saved_web_page_main_text_only(tmp_path):
    page = ("<html><head><title>News</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<div class='cookie-banner'>We use cookies. Accept all cookies</div><main><article>"
            "<h1>Ministers meet in Brussels</h1><p>Brussels, 4 March 2024</p><p>Home affairs ministers met in Brussels "
            "on 4 March 2024 to discuss the Schengen Information System and the fight against drug trafficking.</p>"
            "</article></main><footer>Contact | Privacy policy | Follow us</footer></body></html>")
    doc = load_document(_write(tmp_path, "page.html", page.encode("utf-8")))
    assert doc.media_type == "text/html"
    assert doc.text.startswith("Ministers meet in Brussels\n\nBrussels, 4 March 2024")
    assert "cookies" not in doc.text and "Privacy" not in doc.text and "Home\n" not in doc.text
    nav = _write(tmp_path, "nav.html", b"<html><body><nav><a href='/'>Home</a><a href='/x'>News</a></nav></body></html>")
    with pytest.raises(InputError, match="no (main|recognisable) text"):
        load_document(nav)


def test_a_huge_file_is_refused_without_reading_it_as_text(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"The Council met in Brussels. " * (21 * 1024 * 1024 // 29))
    with pytest.raises(InputError, match="larger than"):
        load_document(path)


def test_a_wrapped_pages_list_of_speakers_keeps_a_line_for_each_speaker():
    raw = _WRAPPED + ("\nSpeakers\n\nOpening: Anna Lindqvist-Berg, Executive Director of the agency in Lisbon\n"
                      "Addresses:\n"
                      "  Pieter van der Linden, European Commissioner for Home Affairs and Migration\n"
                      "  Joana Sá Moreira, Minister of the Interior of Portugal, Lisbon, host of the day\n"
                      "  Tamás Kovács-Nagy, State Secretary, Ministry of the Interior of Hungary,\n"
                      "    for the Hungarian Presidency\n"
                      "  - the first item of a note, which goes on over a second line and ends in\n"
                      "    the third line in lower case;\n"
                      "Moderator: Rui Nunes, head of the public health unit\n")
    lines = clean(raw).text.split("\n")
    # each item its own line, a label ('Addresses:', 'Moderator:') its own; an item that goes on is joined
    assert "Opening: Anna Lindqvist-Berg, Executive Director of the agency in Lisbon" in lines
    assert "Addresses:" in lines and "Moderator: Rui Nunes, head of the public health unit" in lines
    assert "Pieter van der Linden, European Commissioner for Home Affairs and Migration" in lines
    assert "Joana Sá Moreira, Minister of the Interior of Portugal, Lisbon, host of the day" in lines
    assert "Tamás Kovács-Nagy, State Secretary, Ministry of the Interior of Hungary, for the Hungarian Presidency" in lines
    assert "- the first item of a note, which goes on over a second line and ends in the third line in lower case;" in lines
    # (a label's shape under a line that ends with 'of' goes on that line: 'the Director of' / 'Europol: ...')
    raw = _WRAPPED + ("In a message read at the opening of the meeting in The Hague, the Executive Director of\n"
                      "Europol: the fight goes on, she said, and the agencies will stand together in it all year.\n")
    assert "the Executive Director of Europol: the fight" in clean(raw).text


# a page wrapped narrower than _WRAPPED, at about 62 characters
_NARROW = ("Experts from the border authorities of all Member States met\n"
           "at the agency's seat for two days of talks on the systems that\n"
           "will soon change the checks at the external borders, and the\n"
           "talks were opened by the Commissioner for Home Affairs, Pieter\n"
           "Vanhoof, who said that the agencies would help to prepare.\n\n")


def test_a_line_longer_than_a_wrapped_pages_width_is_no_wrapped_line_nor_is_the_break_before_it():
    speakers = ("Speakers included:\n\nMarta KOWALCZYK, Minister of the Interior of the Portuguese Republic\n"
                "Tomas BERGEN, Deputy Director-General, Directorate-General for Home Affairs, European Commission\n"
                "Ana SILVA, Head of Unit, the agency\n")
    lines = clean(_NARROW + speakers).text.split("\n")
    # the speakers' lines, one past the prose's width, keep their breaks
    assert "Marta KOWALCZYK, Minister of the Interior of the Portuguese Republic" in lines
    assert "Tomas BERGEN, Deputy Director-General, Directorate-General for Home Affairs, European Commission" in lines
    # the prose is joined, a name that goes on a line too
    assert "the Commissioner for Home Affairs, Pieter Vanhoof, who said" in lines[0]
    # (and a line that ends with 'the' goes on a line longer than the width, as a page joined by hand has it)
    hand = _NARROW + "On the occasion of its next meeting, in Vienna on 5 and 6 June, the\n" + \
        "Management Board will look at the first weeks of the new system's operations and at the budget.\n"
    assert "on 5 and 6 June, the Management Board will look" in clean(hand).text


def test_a_wrapped_pages_lines_of_names_and_posts_keep_their_breaks_within_the_width():
    speakers = ("Opening remarks\nLena Hoff, Secretary of State for Justice of Denmark\n"
                "Piet de Vries, member of the Management Board, Netherlands\n"
                "Ana Luísa Costa, representative of the Portuguese Presidency of the\n"
                "Council of the EU\n")
    lines = clean(_NARROW + speakers).text.split("\n")
    assert "Lena Hoff, Secretary of State for Justice of Denmark" in lines
    assert "Piet de Vries, member of the Management Board, Netherlands" in lines
    assert "Ana Luísa Costa, representative of the Portuguese Presidency of the Council of the EU" in lines
    # prose whose lines happen to open with a name and a comma goes on ('..., and the incoming' over
    # 'Greek Presidency, which ...')
    prose = ("Maria Lind, Minister of Justice of Sweden, and the incoming\n"
             "Greek Presidency, which starts in January, opened the talks.\n")
    assert "and the incoming Greek Presidency, which" in clean(_NARROW + prose).text


def test_a_wrapped_line_that_ends_with_a_form_of_address_goes_on_with_the_name():
    raw = _WRAPPED + ("Photo: the Minister of the Interior of Latvia, the Chief of the State Police, Gen.\n"
                      "Andris Ozols, and the agency's director at the signing of the agreement in the city.\n")
    assert "the State Police, Gen. Andris Ozols, and" in clean(raw).text
    # (a line that ends a sentence keeps its break)
    raw = _WRAPPED + ("The agreement was signed by the Chief of the State Police and the director, in the city.\n"
                      "Andris Ozols, who leads the police, said it would help investigators on both sides.\n")
    assert "in the city.\nAndris Ozols" in clean(raw).text


def test_a_wrapped_line_goes_on_with_a_surname_and_its_verb_of_saying_or_a_month_under_it():
    raw = _WRAPPED + ("The Commissioner for Home Affairs and Migration, Pieter van der\n"
                      "Linden, spoke after the vote. The Vice-President for Democracy Anna\n"
                      "Lindqvist said: \"We are ready.\" The agency will start on Monday.\n")
    assert "The Vice-President for Democracy Anna Lindqvist said:" in clean(raw).text
    # (a label under it still keeps its line: 'Contacts:')
    assert "Contacts:\nMichele" in clean(raw).text
    # nor is a month under a day the label of a line: '... on 7 and 8' / 'February: "..."'
    raw = _WRAPPED + ("The minister recalled that progress was made when the ministers met in Bucharest on 7 and 8\n"
                      "February: \"The package is close to its final adoption,\" she said at the press conference.\n")
    assert "in Bucharest on 7 and 8 February:" in clean(raw).text


def test_a_wrapped_pages_numbered_release_line_keeps_its_line_under_the_headline():
    raw = "Agencies sign a cooperation plan for the coming years and their heads meet\nNews release No 4/2020 - Lisbon 13.03.2020\n\n" + _WRAPPED
    assert clean(raw).text.startswith("Agencies sign a cooperation plan for the coming years and their heads meet\nNews release No")
    # (a sentence going on with the words is joined as before)
    raw = _WRAPPED + ("The agency sent the plan to the ministries together with its annual\n"
                      "Press release on the year's results, as it does every year at this time.\n")
    assert "together with its annual Press release on" in clean(raw).text


def test_a_wrapped_line_that_ends_with_a_semicolon_goes_on():
    raw = _WRAPPED + ("The network brings together the nine agencies of the field. Its chair rotates every year;\n"
                      "the next agency is scheduled to take the helm in January, as the rotation foresees for it.\n")
    assert "rotates every year; the next agency" in clean(raw).text
    # (a bullet under it keeps its line)
    raw = _WRAPPED + ("The board adopted the following items at its meeting held in Warsaw, in this order:\n"
                      "- the annual activity report of the agency for the year before it;\n- the budget.\n")
    assert "before it;\n- the budget." in clean(raw).text


def test_a_short_wrapped_line_that_ends_with_of_goes_on():
    raw = _WRAPPED + ("The conference was opened by the Minister of the\nInterior and by the Executive Director of\n"
                      "Frontex, Jaakko Virtanen, in the presence of many guests from all over Europe.\nMonday 19 February\n"
                      "Welcome by the Executive Director of the agency\n")
    text = clean(raw).text
    assert "by the Executive Director of Frontex, Jaakko Virtanen" in text
    # (a short line that ends with a month is a heading: 'Monday 19 February')
    assert "Monday 19 February\nWelcome" in text
