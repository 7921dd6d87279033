"""Dates as releases write them; years only when the text settles them."""

from __future__ import annotations

import datetime as dt

import pytest

from jhakg.extract.dates import TODAY, find_dates, resolve


def _one(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,start,end", [
    ("on 3-4 December 2019 in Vienna", "2019-12-03", "2019-12-04"),
    ("from 20–21 April 2023", "2023-04-20", "2023-04-21"),
    ("on 9 and 10 February 2023", "2023-02-09", "2023-02-10"),
    ("(23.11.2017, LISBON)", "2017-11-23", "2017-11-23"),
    ("Tuesday 28 November 2017.", "2017-11-28", "2017-11-28"),
    ("from 28 November to 1 December 2017", "2017-11-28", "2017-12-01"),
    ("on 30 December 2019 - 2 January 2020", "2019-12-30", "2020-01-02"),
    ("published 2024-03-04", "2024-03-04", "2024-03-04"),
    ("March 4, 2024", "2024-03-04", "2024-03-04"),
    ("Press release - 04-03-2021 - Committee on Civil Liberties", "2021-03-04", "2021-03-04"),
    # two dates written with dashes, joined by a word or a spaced dash
    ("- 3-6-2019 to 5-6-2019  Conference of the heads", "2019-06-03", "2019-06-05"),
    ("held 14-11-2018 - 15-11-2018 in Riga", "2018-11-14", "2018-11-15"),
    # as people write them: ordinals, 'of', weekday abbreviations, commas, US order
    ("Mon. Oct 14th, 2024", "2024-10-14", "2024-10-14"),
    ("Tuesday, 5 April, 2016", "2016-04-05", "2016-04-05"),
    ("on the 12th of January 2024", "2024-01-12", "2024-01-12"),
    ("on March 7-8th, 2019", "2019-03-07", "2019-03-08"),
    ("the 17th/18th of January 2019", "2019-01-17", "2019-01-18"),
    ("Thurs 3 October 2019", "2019-10-03", "2019-10-03"),
    ("posted 3.12.2019 09.15", "2019-12-03", "2019-12-03"),
    # a numeric date that ends a sentence
    ("The board met on 29.01.2015. It adopted the budget.", "2015-01-29", "2015-01-29"),
    # one-digit day or month with dashes, after 'on'
    ("The board met in Strasbourg on 21-6-2023.", "2023-06-21", "2023-06-21"),
    ("It was signed on 4-3-2021 in Riga", "2021-03-04", "2021-03-04"),
    ("It was signed on 12.XII.2019.", "2019-12-12", "2019-12-12"),
    # the Council's older press releases: Roman months
    ("7.-8.X.2010", "2010-10-07", "2010-10-08"),
    ("12.XII.2019", "2019-12-12", "2019-12-12"),
    # a release quoted in another EU language
    ("Bruxelles, le 12 janvier 2024", "2024-01-12", "2024-01-12"),
    ("am 12. Januar 2024", "2024-01-12", "2024-01-12"),
    ("el 3 de marzo de 2024", "2024-03-03", "2024-03-03"),
    ("dnia 5 marca 2025", "2025-03-05", "2025-03-05"),
    # year first, with full stops (a Hungarian site's page date)
    ("Megjelent: 2023.03.21. | Print", "2023-03-21", "2023-03-21"),
    ("posted 2019. 02. 05. in News", "2019-02-05", "2019-02-05"),
    # a term: half a year, a span of months
    ("in the first half of 2023", "2023-01-01", "2023-06-30"),
    ("the second half of the year 2024", "2024-07-01", "2024-12-31"),
    ("Spain (July–December 2023)", "2023-07", "2023-12"),
    ("from June to December 2023", "2023-06", "2023-12"),
])
def test_full_dates_and_ranges(text, start, end):
    expr = _one(text)
    assert (expr.start.iso(), expr.end.iso()) == (start, end)


@pytest.mark.parametrize("text", ["Regulation (EU) 2018/1726", "Directive 2016/681", "Meeting n°4009",
                                  "the 603/2013 recast", "12:45 Western European Time", "version 1.2.2015.3",
                                  # a year first with figures after it that are no month and day
                                  "build 2021.13.04", "release 2020.05.07.1", "Law No. 2014.4.2"])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_a_month_needs_a_day_or_year_and_never_hides_in_a_word():
    assert find_dates("you may 12 of them") == []
    assert find_dates("Marchés publics 2024")[0].pattern == "year"
    assert [e.pattern for e in find_dates("March 7-8th")] == ["us_range"]


def test_a_year_glued_to_letters_is_not_a_year():
    assert find_dates("the EU2019FI presidency account") == []


@pytest.mark.parametrize("text", ["case 4-3-2021", "file 104-03-2021", "ref. 04-03-20211", "case 21-6-2023",
                                  "on 21-6-20231", "on 104-3-2021"])
def test_dashed_numbers_are_a_date_only_as_dd_mm_yyyy(text):
    assert not any(e.start.day for e in find_dates(text))


def test_period_is_not_a_year():
    expr = _one("the EMPACT priorities for 2022-2025")
    assert expr.pattern == "years"


def test_year_of_a_yearless_date_comes_from_the_document_date_when_unambiguous():
    today = _one("Today, 15 February, eu-LISA")
    start, _ = resolve(today, dt.date(2024, 2, 15))
    assert start.iso() == "2024-02-15"
    past = _one("took place on 11 and 12 December under")
    start, end = resolve(past, dt.date(2024, 3, 4))
    assert (start.iso(), end.iso()) == ("2023-12-11", "2023-12-12")


def test_no_year_is_invented():
    expr = _one("on 23 January")
    assert resolve(expr, None)[0].year is None  # the document date is unknown
    far = _one("on 15 July")  # half a year from the document date: two candidate years
    assert resolve(far, dt.date(2024, 1, 10))[0].year is None


def test_month_without_day_keeps_month_precision():
    expr = _one("in July 2023, the EU")
    assert expr.start.precision == "month"
    assert expr.start.to_date() is None


def test_looking_only_near_digits_finds_what_the_whole_text_holds(monkeypatch):
    """The patterns scan only the stretches near a digit: on texts where dates sit at every
    distance from each other and from the ends, with long runs of words between them, the
    dates found are those a scan of the whole text finds."""
    import random

    from jhakg.extract import dates

    pieces = ["Tuesday 28 November 2017", "28 November to 1 December 2017", "March 7-8th", "November 28, 2017",
              "23.11.2017", "04-03-2021", "3.-4.VI.2010", "2017-11-23", "January–June 2023", "in March",
              "the first half of 2023", "June 2017", "2022-2025", "2017", "Regulation 2018/1726", "17th/18th of January",
              "Wednesday, September 30", "12 members", "on 8 June"]
    words = "the ministers met and discussed a number of questions on migration and security in Europe".split()
    rng = random.Random(5)
    texts = []
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append(" ".join(rng.choice(words) for _ in range(rng.choice([0, 1, 5, 12, 15, 40]))))
            parts.append(rng.choice(pieces))
        texts.append(rng.choice([" ", "\n", "\n\n", ", "]).join(parts))
    windowed = [find_dates(t) for t in texts]
    monkeypatch.setattr(dates, "digit_windows", lambda text: [(0, len(text))])
    assert windowed == [find_dates(t) for t in texts]
    assert sum(len(w) for w in windowed) > 600


@pytest.mark.parametrize("sentence, expected", [
    # 'the last under the presidency' is the final one, not the past: a diary entry ahead of the page
    ("9/10 June: Justice and Home Affairs Council, Luxembourg - the last under the Swedish Presidency", "2023-06-09"),
    # 'last' of time still tells the past
    ("The ministers met last week, on 9 June, in Luxembourg.", "2022-06-09"),
])
def test_the_last_one_is_not_the_past(sentence, expected):
    from jhakg.extract.dates import tense_of

    expr = find_dates(sentence)[0]
    start, _ = resolve(expr, dt.date(2023, 3, 20), tense_of(sentence))
    assert start.to_date().isoformat() == expected


@pytest.mark.parametrize("sentence, expected", [
    # 'will be held' is the future ('held' after 'be' is no past), so the next 10 November, over 150 days ahead
    ("The conference will be held in Rome on 10 November.", "2023-11-10"),
    # 'took' is the past: the last 1 July, not the next one, 42 days ahead
    ("The director took office on 1 July.", "2022-07-01"),
    # 'was held' is still the past
    ("The conference was held in Rome on 10 November.", "2022-11-10"),
])
def test_a_tense_settles_a_day_more_than_150_days_away(sentence, expected):
    from jhakg.extract.dates import tense_of

    expr = find_dates(sentence)[0]
    start, _ = resolve(expr, dt.date(2023, 5, 20), tense_of(sentence))
    assert start.to_date().isoformat() == expected


def test_a_half_of_the_year_with_no_year_is_kept_yearless():
    expr = _one("in the second half of the year, Denmark")
    assert (expr.pattern, expr.start.year, expr.start.month, expr.end.month, expr.end.day) == ("half", None, 7, 12, 31)
    # 'the first half of the year 2024' keeps its year; a number after 'the year' is no half-year of it
    assert _one("the first half of the year 2024").start.year == 2024
    assert not any(e.pattern == "half" for e in find_dates("the first half of the year 20 meetings"))


@pytest.mark.parametrize("text, found", [
    # two days in a row across two months, the year after the second: one span
    ("will meet in Bucharest on 31 January and 1 February 2019 for", [("2019-01-31", "2019-02-01")]),
    ("on Thursday 31 January and Friday 1 February 2019", [("2019-01-31", "2019-02-01")]),
    ("on 31 December and 1 January 2019", [("2018-12-31", "2019-01-01")]),
    # two dates of one year: the year is the first's too
    ("on 3 March and 15 June 2019 the board met", [("2019-03-03", "2019-03-03"), ("2019-06-15", "2019-06-15")]),
    # the first later in the year than the second: which year is not said
    ("on 30 November and 2 January 2019", [("None-11-30", "None-11-30"), ("2019-01-02", "2019-01-02")]),
])
def test_two_dates_joined_by_and(text, found):
    def iso(d) -> str:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"

    assert [(iso(e.start), iso(e.end)) for e in find_dates(text)] == found


@pytest.mark.parametrize("text, tense, day", [
    # the day of the week says which year: 6 June 2019 was a Thursday, 6 June 2018 a Wednesday
    ("will meet on Thursday 6 June", "future", "2019-06-06"),
    ("met on Wednesday 6 June", "past", "2018-06-06"),
    ("on Thursday 14 March", None, "2019-03-14"),
    # no year near the page's date has 6 June on a Thursday in the past: none is said, not the nearest
    ("met in Luxembourg on Thursday 6 June", "past", None),
    # a span's first weekday may be another day's ('Wednesday and Thursday, 15 and 16 June'): not used
    ("on Wednesday and Thursday, 15 and 16 June", "past", "2018-06-15"),
])
def test_a_day_of_the_week_settles_the_year_or_nothing(text, tense, day):
    expr = find_dates(text)[-1]
    start, _ = resolve(expr, dt.date(2019, 3, 14), tense)
    assert (start.to_date().isoformat() if start.year else None) == day


@pytest.mark.parametrize("text, day", [
    # the year first, then the month's name in lower case and the day (Hungarian pages)
    ("Budapest, 2024. július 1.", "2024-07-01"),
    ("A miniszterek 2011. április 11-én találkoztak.", "2011-04-11"),
])
def test_a_date_with_the_year_first_and_the_months_name(text, day):
    found = _one(text)
    assert (found.start.iso(), found.end.iso()) == (day, day)


def test_a_years_full_stop_before_a_sentence_that_opens_with_a_month_is_no_such_date():
    assert [(e.start.year, e.start.month, e.start.day) for e in find_dates("It grew in 2024. March 5 was the day.")] \
        == [(2024, None, None), (None, 3, 5)]


@pytest.mark.parametrize("text, found", [
    ("Session 1 – Today's systems, tomorrow's architecture", []),  # a possessive before no event: no day
    ("Today's meeting of the board took place in Warsaw.", ["Today"]),
    ("Yesterday's plenary of the College approved it.", ["Yesterday"]),
    ("The board met today.", ["today"]),
])
def test_today_as_a_possessive_is_a_day_only_before_an_event(text, found):
    assert [m.group("rel") for m in TODAY.finditer(text)] == found


@pytest.mark.parametrize("text, year", [
    ("welcomes them to Tallinn on 15–16 November.\n\n2019 – The rules change.", None),  # the next paragraph's year
    ("the meeting of 4 March.\n2024 was a good year.", None),
    ("on 14 Sept. 2017", 2017),  # an abbreviated month's dot
    ("on 3 March\n2024 in Riga", 2024),
])
def test_a_year_after_a_paragraph_or_sentence_end_is_not_the_dates(text, year):
    assert find_dates(text)[0].start.year == year


@pytest.mark.parametrize("text, weekday, days", [
    # a diary's day heading in capitals: the day of the week is read, and a span of two such days
    ("MONDAY 16 NOVEMBER, BRUSSELS", 0, ("11-16", "11-16")),
    ("TUESDAY 17 - WEDNESDAY 18 NOVEMBER, MALMÖ", None, ("11-17", "11-18")),
    # near miss: a shortened day in capitals is no day of the week
    ("MON 16 NOVEMBER", None, ("11-16", "11-16")),
])
def test_a_day_of_the_week_in_capitals(text, weekday, days):
    expr = find_dates(text)[0]
    assert expr.weekday == weekday
    assert (f"{expr.start.month}-{expr.start.day}", f"{expr.end.month}-{expr.end.day}") == days
    assert text[expr.span.start:expr.span.end].startswith("MON") == text.startswith("MONDAY")


@pytest.mark.parametrize("text, found", [
    # no date runs over a blank line: a month at the end of a breadcrumb, the day's date below it
    ("News > 2012 > December\n\n03.12.2012\n", ["2012", "2012-12-03"]),
    ("the board of December\n \n3 members", []),
    ("Archive: March\n\n4, 2019 was a year", ["2019"]),
    # a line break alone is no blank line
    ("met on December\n3, 2012 in Riga", ["2012-12-03"]),
])
def test_no_date_runs_over_a_blank_line(text, found):
    def shown(e):
        return str(e.start.year) if e.start.month is None else e.start.to_date().isoformat()
    assert [shown(e) for e in find_dates(text)] == found
