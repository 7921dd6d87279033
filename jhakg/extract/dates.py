"""Dates, date ranges and years as press releases write them, with their spans.

A date the text does not complete is kept partial: "28 November" has no year until
``resolve_year`` settles one from the document's own date, and only when that is
unambiguous (the nearest such day is well within half a year of the document date and
no other candidate year is close).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..kinds.base import PartialDate, Span
from ..regexes import compiled

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# the months of the EU's official languages, written out, as the CLDR (Babel) spells them:
# a release quoted in another language ('le 12 janvier 2024', 'am 12. Januar 2024'). Only
# the full names: the abbreviations of other languages ('mar', 'gen') are English words.
EU_LANGUAGES = ("bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
                "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv")


def _foreign_months() -> dict[str, int]:
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for language in EU_LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context=context, locale=language).items():
                out.setdefault(name.lower(), number)
    return {name: number for name, number in out.items() if name not in MONTHS}


FOREIGN_MONTHS = _foreign_months()


def _foreign_weekdays() -> frozenset[str]:
    """The days of the week of the EU's official languages, written out (CLDR), English's too."""
    from babel.dates import get_day_names

    return frozenset(name.lower() for language in ("en", *EU_LANGUAGES) for context in ("format", "stand-alone")
                     for name in get_day_names("wide", context=context, locale=language).values())


FOREIGN_WEEKDAYS = _foreign_weekdays()
ROMAN_MONTHS = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)}


# a month is any word at first ('(?P<m1>...)'), told apart from other words after the match
# (``_month_number``): an English month as written (capitalised: 'May' the verb stays out),
# or a month of another EU language in any case. One cheap pattern, not hundreds of names.
_ENGLISH_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_MONTH = r"(?<![^\W\d_])(?P<{n}>[^\W\d_]{3,13})(?![^\W\d_])\.?"
_DAY = r"(?P<{n}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|\.(?=\s+[^\W\d_]))?"  # 8th; '12. Januar'
_YEAR = r"(?P<{n}>(?:19|20)\d\d)(?![\d/])"
# 'Monday', 'Monday,', 'Mon.', 'Thurs' before a date (or in capitals, as a diary's heading writes it: 'MONDAY 16 NOVEMBER')
_WEEKDAY = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|"
            r"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
            r"\.?,?\s+(?:the\s+)?)?")
_OF = r"(?:\s+(?:of|de))?\s+"  # '17 January', '17th of January', '3 de marzo'
_YEAR_AFTER = r"(?:,?\s+|\s+de\s+)"  # '6 April, 2016', '3 de marzo de 2024'
_DASH = r"\s*(?:-|–|—|‐|/|to|and|&)\s*"
# a year after a paragraph's end or a sentence's last word and a line's end is not the date's
_DETACHED = compiled(r"\n[ \t]*\n|[^\W\d_]{4,}\.[ \t]*\n")
# a blank line: no date runs over one ('News > 2012 > December', a blank line, '03.12.2012': no 'December 03')
_BLANK_LINE = compiled(r"\n[ \t]*\n")


def _m(n: str) -> str:
    return _MONTH.replace("{n}", n)


def _d(n: str) -> str:
    return _DAY.replace("{n}", n)


def _y(n: str) -> str:
    return _YEAR.replace("{n}", n)


# What a match begins with, as a lookahead before the pattern: a weekday's capital or the day's
# digit; a digit. It never turns a match away (it states the pattern's first character), but
# lets the engine pass over the positions that cannot start one at once, which is most of them.
_DAY_FIRST = "(?=[MTWFS0-9])"
_DIGIT_FIRST = "(?=[0-9])"
# a weekday's capital, or a letter no letter comes before (a month's first)
_US_FIRST = r"(?=[MTWFS]|\b[^\W\d_]|(?<=[\d_])[^\W\d_])"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 28 November to 1 December 2017 / 30 November - 2 December
    ("range2", compiled(
        rf"{_DAY_FIRST}(?<![\d/.]){_WEEKDAY}{_d('d1')}{_OF}{_m('m1')}(?:\s+{_y('y1')})?\s*(?:-|–|—|to|until)\s*"
        rf"{_WEEKDAY}{_d('d2')}{_OF}{_m('m2')}(?:,?\s+{_y('y2')})?")),
    # 31 January and 1 February 2019: two days of two months, the year after the second (two days in
    # a row are a span; others are two dates of that year, see find_dates)
    ("pair2", compiled(
        rf"{_DAY_FIRST}(?<![\d/.]){_WEEKDAY}{_d('d1')}{_OF}{_m('m1')}\s+(?:and|&)\s+"
        rf"(?P<second>{_WEEKDAY}{_d('d2')}{_OF}{_m('m2')},?\s+{_y('y2')})")),
    # 3-4 December 2019 / 9 and 10 February / from 20–21 April 2023 / 17th/18th of January
    ("range1", compiled(
        rf"{_DAY_FIRST}(?<![\d/.]){_WEEKDAY}{_d('d1')}{_DASH}{_WEEKDAY}{_d('d2')}{_OF}{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # Tuesday 28 November 2017 / 28 November / 14 Sept. 2017 / the 12th of January 2024
    ("day", compiled(rf"{_DAY_FIRST}(?<![\d/.]){_WEEKDAY}{_d('d1')}{_OF}{_m('m1')}(?:{_YEAR_AFTER}{_y('y1')})?")),
    # March 7-8th / March 7-8, 2019 (US order)
    ("us_range", compiled(
        rf"{_US_FIRST}{_WEEKDAY}{_m('m1')}\s+{_d('d1')}\s*(?:-|–|—|‐|and|&)\s*{_d('d2')}(?:,?\s+{_y('y1')})?(?![\d])")),
    # November 28, 2017 / Sep 21st, 2024 (US order)
    ("us", compiled(rf"{_US_FIRST}{_WEEKDAY}{_m('m1')}\s+{_d('d1')}(?:,\s+{_y('y1')})?(?![\d])")),
    # 14/11/2013 - 15/11/2013: a range of two numeric dates
    ("numeric_range2", compiled(
        _DIGIT_FIRST + r"(?<![\d./])(?P<d1>[12]\d|3[01]|0?[1-9])(?P<sep>[./])(?P<m1>1[0-2]|0?[1-9])(?P=sep)(?P<y1>(?:19|20)\d\d)"
        r"\s*(?:-|–|—|to|until)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?P=sep)(?P<m2>1[0-2]|0?[1-9])(?P=sep)"
        r"(?P<y2>(?:19|20)\d\d)(?![\d/]|\.\d)")),
    # 27-9-2017 to 28-9-2017: two dates written with dashes, joined by a word or a spaced dash
    ("numeric_range2", compiled(
        _DIGIT_FIRST + r"(?<![\d./-])(?P<d1>[12]\d|3[01]|0?[1-9])-(?P<m1>1[0-2]|0?[1-9])-(?P<y1>(?:19|20)\d\d)"
        r"(?:\s+(?:to|until)\s+|\s+[-–—]\s+)(?P<d2>[12]\d|3[01]|0?[1-9])-(?P<m2>1[0-2]|0?[1-9])-"
        r"(?P<y2>(?:19|20)\d\d)(?![\d./-])")),
    # 3-4.5.2018 / 24-25/11/2022: two days of one month, written in figures
    ("numeric_range1", compiled(
        _DIGIT_FIRST + r"(?<![\d./])(?P<d1>[12]\d|3[01]|0?[1-9])\.?\s*[-–]\s*(?P<d2>[12]\d|3[01]|0?[1-9])[./](?P<m1>1[0-2]|0?[1-9])[./]"
        r"(?P<y1>(?:19|20)\d\d)(?![\d/]|\.\d)")),
    # 23.11.2017 / 23/11/2017
    ("numeric", compiled(_DIGIT_FIRST + r"(?<![\d./])(?P<d1>[12]\d|3[01]|0?[1-9])[./](?P<m1>1[0-2]|0?[1-9])[./]"
                           r"(?P<y1>(?:19|20)\d\d)(?![\d/]|\.\d)")),  # a full stop may end the sentence
    # 04-03-2021 (the European Parliament's press releases): two-digit day and month only
    ("numeric", compiled(_DIGIT_FIRST + r"(?<![\d./-])(?P<d1>[0-2]\d|3[01])-(?P<m1>0[1-9]|1[0-2])-(?P<y1>(?:19|20)\d\d)(?![\d./-])")),
    # 'on 21-6-2023': one-digit day or month with dashes only after 'on' ('case 4-3-2021' is a number)
    ("numeric", compiled(_DIGIT_FIRST + r"(?<=\b[Oo]n )(?P<d1>[12]\d|3[01]|0?[1-9])-(?P<m1>1[0-2]|0?[1-9])-(?P<y1>(?:19|20)\d\d)(?![\d/-]|\.\d)")),
    # 3.-4.VI.2010 / 12.XII.2019: the Council's older press releases, months in Roman numerals
    ("roman", compiled(_DIGIT_FIRST + r"(?<![\d./])(?P<d1>[12]\d|3[01]|0?[1-9])\.(?:\s*-\s*(?P<d2>[12]\d|3[01]|0?[1-9])\.)?"
                         r"(?P<m1>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?P<y1>(?:19|20)\d\d)(?![\d/]|\.\d)")),
    # 2017-11-23
    ("iso", compiled(_DIGIT_FIRST + r"(?<![\d/])(?P<y1>(?:19|20)\d\d)-(?P<m1>1[0-2]|0[1-9])-(?P<d1>[12]\d|3[01]|0[1-9])(?![\d])")),
    # 2024.10.11. / 2024. 10. 11. (year first, with full stops: Hungarian and Baltic pages)
    ("numeric", compiled(_DIGIT_FIRST + r"(?<![\d./])(?P<y1>(?:19|20)\d\d)\.\s?(?P<m1>1[0-2]|0[1-9])\.\s?"
                           r"(?P<d1>[12]\d|3[01]|0[1-9])(?![\d/]|\.\d)")),
    # 2024. március 5. / 2024. július 1-jén (year first, then the month's name in lower case and the day: Hungarian
    # pages; not a sentence's year before the next one's month: '... in 2024. March 5 ...')
    ("day", compiled(_DIGIT_FIRST + rf"(?<![\d./])(?P<y1>(?:19|20)\d\d)\.\s+(?=[^\W\d_A-Z]){_m('m1')}\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?![\d])")),
    # June 2017
    # January–June 2023 (a span of months: a Council presidency's term)
    ("month_range", compiled(rf"(?<![\w]){_m('m1')}\s*(?:-|–|—|to)\s*{_m('m2')}\s+{_y('y1')}")),
    # the first half of 2023 / the second half of the year 2024 / the first half of the year (yearless: the
    # page's year, see Context.dates)
    ("half", compiled(r"(?i)(?=[fs])\b(?P<half>first|second)\s+half\s+of\s+(?:(?:the\s+year\s+)?(?P<y1>(?:19|20)\d\d)(?![\d/])"
                        r"|the\s+year\b(?!\s*\d))")),
    ("month", compiled(rf"(?<![\w]){_m('m1')}\s+{_y('y1')}")),
    # in January (an English month alone only after a preposition, so that 'May' the verb is safe)
    ("month_only", compiled(
        rf"\b(?:in|since|until|by|from|during|early|late|mid-|end of|beginning of)\s+(?:the\s+month\s+of\s+)?"
        rf"(?P<m1>{_ENGLISH_MONTH})\.?\b(?!\s*\d)(?!\s*(?:-|–|—|to)\s*(?:{_ENGLISH_MONTH})\b)")),
    # 2022-2025 (a period: not a single year)
    ("years", compiled(_DIGIT_FIRST + r"(?<![\d/])(?P<y1>(?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?P<y2>(?:19|20)\d\d)(?![\d/])")),
    # 2017 (not inside a regulation number like 2018/1726 or 603/2013, nor a longer number)
    ("year", compiled(_DIGIT_FIRST + r"(?<![\w/.,°])(?P<y1>(?:19|20)\d\d)(?![\w/]|\.\d)")),
]

# (these open with a lookahead on their first letter too)
RELATIVE = compiled(r"(?=[tnlp])\b(?P<rel>this|next|last|previous|the coming|the following) year\b",
                      re.IGNORECASE)
# 'today' ('this morning', 'this afternoon', 'tonight'; 'the day before yesterday'), and two days at once: 'today and tomorrow', 'yesterday and today'
# (a possessive is a day only before an event: 'today's meeting', not 'Today's systems, tomorrow's architecture')
TODAY = compiled(r"(?=[ty])\b(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tomorrow|yesterday|tonight|"
                   r"this\s+(?:morning|afternoon|evening))"
                   r"(?:\s+and\s+(?P<rel2>today|tomorrow))?\b"
                   r"(?!['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:meetings?|sessions?|conference|council|summit|events?|hearing|talks|"
                   r"visit|debates?|forum|workshops?|seminar|ceremony|discussions?|exchanges?|signing|launch|opening|plenary|"
                   r"assembly|gathering|briefing|round-?table|dialogue|trilogue|"
                   r"agenda|vote)\b))", re.IGNORECASE)
# 'last Tuesday', 'last Thursday and Friday': the days of the week before a dated page
LAST_WEEKDAY = compiled(r"\b[Ll]ast\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:\s+and\s+(?P<day2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\b")
# 'on Thursday and Friday' told in the past: the latest such days up to a dated page's own day;
# 'on Thursday and Friday last week': those days of the week before the page's
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# ('from Wednesday to Friday this week': a range of days, in the page's week)
# ('this Thursday': the Thursday of the page's week, not before its day; 'next Tuesday': the next one, in the next week)
ON_WEEKDAY = compiled(rf"\b(?:[Oo]n|(?P<this>[Tt]his)|(?P<next>[Nn]ext)|[Ff]rom(?=\s+{_DAY_NAME}\s+(?:to|until|till)\s+{_DAY_NAME}))\s+(?P<day>{_DAY_NAME})"
                        rf"(?:\s+(?:and|to|until|till)\s+(?P<day2>{_DAY_NAME}))?"
                        rf"(?:(?P<last_week>\s+(?:of\s+)?last\s+week)|(?P<next_week>\s+(?:of\s+)?next\s+week)|"
                        rf"(?P<this_week>\s+(?:of\s+)?this\s+week))?"
                        rf"\b(?!\s*,?\s*(?:the\s+)?\d)")
# a verb told in the past, for a weekday with no 'last' before it
PAST_VERB = compiled(r"(?i)\b(?:met|gathered|convened|hosted|welcomed|visited|discussed|agreed|adopted|held|"
                       r"attended|opened|signed|approved|chaired|took\s+(?:part|over)|handed\s+over|concluded|ended|closed|endorsed|"
                       r"appeared|spoke|presented|received|elected|appointed|answered|heard|addressed|briefed|outlined|"
                       r"brought\s+together|organi[sz]ed|travell?ed|went|came|flew|toured|launched|backed|voted|debated|paid|"
                       r"reached|clinched|struck|sealed)\b")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a site's banner with the day the page is viewed: 'Today: Saturday, 14 March 2026', 'Today is: Thursday, 28 March
# 2013', 'Page viewed 3/2/2025'
VIEWED_ON = compiled(r"(?i)(?:\btoday(?:\s+is)?\s*[:|]|\b(?:page\s+)?(?:viewed|accessed|retrieved)(?:\s+on)?\s*:?)\s*(?:\w+day,?\s*)?$")
# a day told from the date just stated: 'on 17 January, and ... the following day'
DAY_AFTER = compiled(r"(?=[to])(?:\b(?:the|on\s+the)\s+(?P<rel>following|next|previous|same)\s+day\b"
                       r"|\bthe\s+day\s+(?P<rel2>after|before)\b(?!\s+(?:yesterday|tomorrow)\b))", re.IGNORECASE)
DAY_AFTER_DELTA = {"following": 1, "next": 1, "after": 1, "previous": -1, "before": -1, "same": 0}


@dataclass(frozen=True)
class DateExpr:
    span: Span
    start: PartialDate
    end: PartialDate
    pattern: str
    weekday: int | None = None  # the day of the week written before a yearless day ('Thursday 6 June'): 0 Monday

    @property
    def is_range(self) -> bool:
        return self.start != self.end


def _month_number(word: str) -> int | None:
    """The month a word names: an English month written with a capital ('March', 'Sept') or in
    capitals ('MARCH', in a dateline), a month of another EU language in any case ('janvier',
    'Januar'); else None."""
    lower = word.lower()
    if lower in MONTHS:
        return MONTHS[lower] if word[0].isupper() and (word[1:].islower() or word[1:].isupper()) else None
    return FOREIGN_MONTHS.get(lower)


_WEEKDAY_NUMBERS = {day[:3]: number for number, day in enumerate(WEEKDAYS)}  # 'Mon': 0 ...


def _weekday(m: re.Match[str]) -> int | None:
    """The day of the week a date's match opens with ('Thursday 6 June', 'Thu, June 6'): 0 for Monday."""
    return _WEEKDAY_NUMBERS.get(m.group(0)[:3].title())


class _NotADate(Exception):
    pass


def _int(m: re.Match[str], name: str) -> int | None:
    value = m.group(name) if name in m.re.groupindex else None
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    if value in ROMAN_MONTHS:
        return ROMAN_MONTHS[value]
    number = _month_number(value.rstrip("."))
    if number is None:
        raise _NotADate(value)
    return number


def _valid(pd: PartialDate) -> bool:
    if pd.day is None or pd.month is None:
        return True
    year = pd.year or 2000  # a leap year, so 29 February passes without a year
    return pd.day <= calendar.monthrange(year, pd.month)[1]


WINDOW = 80  # every date expression but a month alone holds a digit no further than this from its ends
_DIGITS = compiled(r"\d+")


def digit_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of text within ``WINDOW`` characters of a digit, merged: the only
    places a date with a digit can be, so the patterns need not scan the rest."""
    windows: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        start, end = max(0, m.start() - WINDOW), min(len(text), m.end() + WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _matches(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]):
    """The pattern's matches in the windows (a match's lookarounds still see the whole text
    before it; past its end, the window goes on for ``WINDOW`` characters without a digit)."""
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


_WEEKDAY_OPENING = compiled(r"(?=Mon|Tue|Wed|Thu|Fri|Sat|Sun|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)")
_WORD_FIRST = ("us_range", "us", "month")  # patterns that open with a month, a figure after it


def _words_before_figures(text: str, digit_starts: list[int]) -> list[int]:
    """Where a word begins that spaces (and maybe a full stop) part from a figure after it: a
    date in US order ('June 5') or a month and its year ('June 2024') can begin there, and
    nowhere else but at a day of the week. Read back from the figures, which are few."""
    out = []
    for digit in digit_starts:
        k = digit - 1
        if k < 0 or not text[k].isspace():
            continue
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] == ".":
            k -= 1
        end = k
        while k >= 0 and text[k].isalnum() and not text[k].isdecimal():  # a letter, as [^\W\d_] reads one
            k -= 1
        if k < end:
            out.append(k + 1)
    return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int], windows: list[tuple[int, int]]):
    """What ``_matches`` gives for a pattern that can only begin at one of ``starts`` (in text
    order): the pattern tried there alone, not at every position of the windows. The first
    match at or after the end of the last, in the window it begins in, as a scan finds it."""
    last_end = 0
    w = 0
    for start in starts:
        if start < last_end:
            continue
        while w < len(windows) and windows[w][1] <= start:
            w += 1
        if w == len(windows):
            return
        if start < windows[w][0]:
            continue
        m = pattern.match(text, start, windows[w][1])
        if m:
            last_end = m.end()
            yield m


def find_dates(text: str) -> list[DateExpr]:
    """All date expressions, longest first where they overlap, in text order."""
    found: list[DateExpr] = []
    windows = digit_windows(text)
    whole = [(0, len(text))]
    # where a pattern that opens with a digit, or with a day of the week before one, can begin
    digit_starts = [m.start() for m in _DIGITS.finditer(text)]
    weekday_starts = [m.start() for m in _WEEKDAY_OPENING.finditer(text)]
    day_starts = sorted(digit_starts + weekday_starts)
    word_starts = sorted(_words_before_figures(text, digit_starts) + weekday_starts)
    for name, pattern in PATTERNS:
        if pattern.pattern.startswith(_DIGIT_FIRST):
            matches = _matches_at(pattern, text, digit_starts, windows)
        elif pattern.pattern.startswith(_DAY_FIRST):
            matches = _matches_at(pattern, text, day_starts, windows)
        elif name in _WORD_FIRST:
            matches = _matches_at(pattern, text, word_starts, windows)
        else:  # the windows; a month alone and 'the first half of the year' hold no digit: the whole text
            matches = _matches(pattern, text, whole if name in ("month_only", "half") else windows)
        for m in matches:
            try:
                d1, m1, y1 = _int(m, "d1"), _int(m, "m1"), _int(m, "y1")
                d2, m2, y2 = _int(m, "d2"), _int(m, "m2"), _int(m, "y2")
            except _NotADate:
                continue  # 'on 12 members', 'Report 3 March' ... the word is no month
            span_end = m.end()
            if y1 is not None and m.start("y1") > m.start() and _DETACHED.search(text, m.start(), m.start("y1")):
                # '... on 15–16 November.\n\n2019 – ...': the year opens the next paragraph, not this date's
                y1 = None
                span_end = m.start() + len(text[m.start():m.start("y1")].rstrip().rstrip("."))
            if _BLANK_LINE.search(text, m.start(), span_end):
                continue
            if name == "numeric_range2":
                start, end = PartialDate(y1, m1, d1), PartialDate(y2, m2, d2)
                if (y2, m2, d2) <= (y1, m1, d1):
                    continue
            elif name == "pair2":
                if (m1, d1) == (m2, d2):
                    continue
                first = PartialDate(y2 if (m1, d1) < (m2, d2) else y2 - 1, m1, d1)
                second = PartialDate(y2, m2, d2)
                if not (_valid(first) and _valid(second)):
                    continue
                if first.to_date() + dt.timedelta(days=1) == second.to_date():  # two days in a row: one span
                    found.append(DateExpr(Span(m.start(), m.end()), first, second, "range2"))
                else:  # two dates: the year is the first's too when it comes before the second in that year
                    first = first if first.year == y2 else PartialDate(None, m1, d1)
                    found.append(DateExpr(Span(m.start(), m.end("m1")), first, first, "day"))
                    found.append(DateExpr(Span(m.start("second"), m.end()), second, second, "day"))
                continue
            elif name == "range2":
                end = PartialDate(y2 if y2 else y1, m2, d2)
                start = PartialDate(y1 if y1 else end.year, m1, d1)
                if start.year and end.year and (start.month, start.day) > (end.month, end.day) and not y1:
                    start = PartialDate(end.year - 1, m1, d1)
            elif name in ("range1", "us_range", "numeric_range1") or (name == "roman" and d2 is not None):
                start, end = PartialDate(y1, m1, d1), PartialDate(y1, m1, d2)
                if d2 is not None and d1 is not None and d2 <= d1:
                    continue
            elif name == "month_range":
                start, end = PartialDate(y1, m1, None), PartialDate(y1, m2, None)
                if m2 is None or m1 is None or m2 <= m1:
                    continue
            elif name == "half":
                first = m.group("half").lower() == "first"
                start, end = PartialDate(y1, 1 if first else 7, 1), PartialDate(y1, 6 if first else 12, 30 if first else 31)
            elif name == "years":
                start, end = PartialDate(y1, None, None), PartialDate(y2, None, None)
                if y2 is None or y1 is None or y2 <= y1:
                    continue
            else:
                start = end = PartialDate(y1, m1, d1)
            if not (_valid(start) and _valid(end)):
                continue
            # a day of the week before a yearless day tells its year (not before a span's first day: 'Wednesday
            # and Thursday, 15 and 16 June' names the second day's)
            weekday = _weekday(m) if start.year is None and start == end else None
            found.append(DateExpr(Span(m.start(), span_end), start, end, name, weekday))
    found.sort(key=lambda e: (e.span.start, -(e.span.end - e.span.start)))
    chosen: list[DateExpr] = []
    last_end = -1
    for expr in found:
        if expr.span.start >= last_end:
            chosen.append(expr)
            last_end = expr.span.end
    return chosen


def relative_years(text: str, ref: dt.date | None) -> list[tuple[Span, int]]:
    """'this year', 'next year', ... as years, when the document date is known."""
    if ref is None:
        return []
    out = []
    for m in RELATIVE.finditer(text):
        word = m.group("rel").lower()
        delta = {"this": 0, "next": 1, "the coming": 1, "the following": 1}.get(word, -1)
        out.append((Span(m.start(), m.end()), ref.year + delta))
    return out


PAST = compiled(r"(?i)\b(?:was|were|had|took(?: place)?|met|(?<!\bbe\s)held|has been|have been|(?<!\bthe\s)last)\b")  # not 'the last under the presidency' (the final one)
FUTURE = compiled(r"(?i)\b(?:will|shall|is to|are to|is due|are due|upcoming|next|is expected|are expected|has invited|have invited|"
                    r"(?:is|are)\s+scheduled|(?:is|are)\s+planned)\b")


def tense_of(sentence: str) -> str | None:
    """'past' or 'future' when the sentence's verbs say so unambiguously, else None."""
    past, future = bool(PAST.search(sentence)), bool(FUTURE.search(sentence))
    return "past" if past and not future else "future" if future and not past else None


def resolve_year(pd: PartialDate, ref: dt.date | None, window_days: int = 150,
                 tense: str | None = None, weekday: int | None = None) -> PartialDate:
    """Give a yearless day-and-month (or month) a year from the reference date when only
    one candidate year lies within ``window_days`` of it (on the side of the reference
    date the sentence's tense points to, when it has one); otherwise leave it yearless."""
    if pd.year is not None or pd.month is None or ref is None:
        return pd
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day = pd.day or 15
        if not _valid(PartialDate(year, pd.month, day)):
            continue
        when = dt.date(year, pd.month, day)
        if weekday is not None and pd.day is not None and when.weekday() != weekday:
            continue  # 'Thursday 6 June': only a year whose 6 June is a Thursday
        if pd.day is None:
            first, last = dt.date(year, pd.month, 1), dt.date(year, pd.month, calendar.monthrange(year, pd.month)[1])
            if tense == "past" and first > ref or tense == "future" and last < ref:
                continue
            distance = 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))
        else:
            if tense == "past" and when > ref or tense == "future" and when < ref:
                continue
            distance = abs((when - ref).days)
        candidates.append((distance, year))
    # when the tense says which side of the document date it lies, the nearest such day
    # within the year is the only reading
    window = 330 if tense else window_days
    close = [year for distance, year in candidates if distance <= window]
    if not close and candidates:
        # up to half a year off ('Monday 30 November' in a presidency's calendar put up in June), when the
        # other reading is a month farther still ('15 July' in a January page is either: no year)
        ranked = sorted(candidates)
        if ranked[0][0] <= 183 and (len(ranked) == 1 or ranked[1][0] - ranked[0][0] >= 30):
            close = [ranked[0][1]]
    if len(close) != 1:
        return pd
    return PartialDate(close[0], pd.month, pd.day)


def resolve(expr: DateExpr, ref: dt.date | None, tense: str | None = None) -> tuple[PartialDate, PartialDate]:
    start = resolve_year(expr.start, ref, tense=tense, weekday=expr.weekday)
    # (a day of the week is kept for a single day only, see find_dates: it ends where it starts)
    end = start if expr.weekday is not None else resolve_year(expr.end, ref, tense=tense)
    if expr.is_range and start.year and end.year is None:
        end = PartialDate(start.year, end.month, end.day)
    elif expr.is_range and end.year and start.year is None and start.month:
        # '(12-13 June)' in a page of 13 June whose sentence also speaks of the future: the
        # range's last day settles the year of its first ('30 December - 2 January': the one before)
        year = end.year - 1 if end.month and (start.month, start.day or 1) > (end.month, end.day or 31) else end.year
        start = PartialDate(year, start.month, start.day)
    return start, end
