"""The publication date a page's head states for the release itself (a page whose head gives none: ``published``).

A page's head (the lines before its first paragraph) prints the date in one of a few
ways, tried in this order:

- a *page date*: a line that is a date, with at most the page's kind around it, under
  the headline or labelled ('22 September 2016', '20 February 2018|NEWS', 'Wednesday,
  6 April, 2016', 'News Published: 26 September 2018', 'press release 21 December 2020',
  'Press Releases | LIBE | 24-01-2024 - 18:05', 'Plenary sessions | Justice and home affairs |
  12-06-2013 - 13:10': a site's sections, then the date and time);
- a page address whose last step opens with its date ('www.site.eu > news > 2021-11-29-heads-meet');
- a *dateline* opening the text: 'Brussels, 4 March 2024', 'LISBON, 23.11.2017',
  '(23.11.2017, LISBON)'.

Where both are given and differ, the page date is the release's. A date line above the
headline needs a label: an unlabelled date at the very top is a site banner (the day the
page was viewed), not the release's. A release that speaks of a year or a day in the future
tense ('EIGE will chair the network in 2018', 'will meet on 28 November') was published
before it, so a date line that says otherwise is a banner or an event's date. A date in the headline itself is an
event's ('Justice and Home Affairs Council, 14/09/2017'). Only the head of a document
(or of a listing item) is searched: a date deep in the text is an event, not a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..documents import Document
from ..kinds import PartialDate, Span
from ..regexes import compiled
from .dates import FOREIGN_WEEKDAYS, PAST, PAST_VERB, DateExpr, find_dates

HEAD_CHARS = 900
# a site's menu line: a few words with no figure and no stop ('Our history', 'Press releases'), which a saved page
# may list by the dozen above its headline; the head is measured without them (up to three times as far)
_MENU_LINE = compiled(r"[ \t]*[^\W\d_][^\n\d.!?:;]{0,38}[ \t]*")
# a dateline's place: one to three words ('Brussels', 'The Hague', 'Frankfurt am Main'),
# not a headline that ends in a date ('Justice and Home Affairs Council, 14/09/2017')
PLACE = r"[A-Z][A-Za-zÀ-ÿ'’.\-]{1,30}(?:[ ][A-Za-zÀ-ÿ'’.\-]{1,20}){0,2}"
# the country after a dateline's place: 'The Hague, the Netherlands – DATE', 'Valletta, Malta, DATE'
_IN_COUNTRY = r",[ \t]+(?:the[ \t]+)?[A-Z][A-Za-zÀ-ÿ'’.\-]{2,30}(?:[ ][A-Z][A-Za-zÀ-ÿ'’.\-]{1,20})?"
_COUNTRY = rf"(?:{_IN_COUNTRY})?"
# words that say what a page is or when it was put up, around its date
_KIND = (r"(?:press\s+releases?(?:\s*/\s*news)?|news(?:\s+(?:release|item|article))?|article|statement|"
         r"published(?:\s+on)?|released(?:\s+on)?|"
         r"publication(?:\s+date)?|date\s+of\s+(?:publication|article|release|issue)|(?:press\s+)?release\s+date|date|posted(?:\s+on)?|"
         # when the page was made: 'Page created: DATE', 'Created on DATE'
         r"created(?:\s+on)?|"
         # 'Published on the website:'
         r"published\s+on\s+the\s+(?:web\s*)?(?:site|page)|"
         # 'published' in the languages of presidency sites: 'Publié le', 'Objavljeno:', 'Julkaistu', 'Veröffentlicht am'
         r"publi[ée]\s+le|objavljeno|julkaistu|ver[öo]ffentlicht(?:\s+am)?|publicado(?:\s+el)?|pubblicato(?:\s+il)?|"
         # Polish and Irish: 'Data publikacji:', 'Foilsithe:'; a speech's or an interview's date: 'Speech | DATE'
         r"data\s+publikacji|foilsithe|speech(?:es)?|interviews?|newsroom|"
         # a Commission page's kind: 'Questions and answers | DATE | Strasbourg'
         r"questions\s+(?:and|&)\s+answers|"
         # a blog's post: 'BLOG | DATE | 6 min read'
         r"blog(?:\s+post)?)")
# the shapes of a dateline: (before the date on its line, after it)
DATELINE_SHAPES = [
    (compiled(r"^\(\s*$"), compiled(rf"^,\s*{PLACE}\)")),  # (23.11.2017, LISBON)
    # Brussels, 4 March 2024; Press release, Brussels, 4 March 2024; Milano, 8 luglio 2014 / Milan, 8 July 2014
    # (the text after a dash, a full stop, or on the next line: 'Brussels, 4 March 2024 –' alone on its line)
    # (a country in brackets after the place: 'THE HAGUE (Netherlands), ...'; the article some languages put
    # before the day: 'Bruxelles, le 14 mars 2019', 'Berlin, den 14. März 2019')
    # (a slash after the date: 'Warsaw, 4 March 2024 / Frontex ...')
    # (Swedish 'Stockholm den 4 mars 2024' without the comma; Polish 'r.', for 'roku', after the year)
    # (a release's number after its kind: 'News release No 9/2017 | Lisbon, 17.11.2017'; after a kind, no comma needed)
    # (a Council release's number before it: '16130/10 (Presse 301) | Brussels, 9 November 2010')
    (compiled(rf"(?i:^(?:(?:(?P<kind>{_KIND})(?:\s+(?:no\.?\s*)?\d{{1,5}}/\d{{2,4}})?|\d{{3,5}}/\d{{2}}(?:\s*\([^()\n]{{1,20}}\))?)"
              rf"\s*[,:|–—-]\s*)?|/\s*)\(?{PLACE}(?:[ \t]*\([^()\n]{{2,30}}\))?{_COUNTRY}(?:,\s*"
              rf"(?:(?:le|den|am|el|il|dnia)[ \t]+)?|[ \t]+den[ \t]+|(?(kind)[ \t]+|(?!)))$"),
     compiled(r"^(?:[ \t]+r\.(?=\s|$))?\)?(?=\s*$|\s*[|/–—-](?:\s|$)|\s*\)|\.(?:\s|$))")),
    # Luxembourg – 4 March 2024 – (a dash on both sides: a headline may end '– DATE')
    (compiled(rf"(?i:^(?:{_KIND}\s*[,:|–—-]\s*)?)\(?{PLACE}{_COUNTRY}[ \t]+[–—-][ \t]*$"), compiled(r"^[ \t]*[–—-](?:\s|$)")),
    # The Hague, the Netherlands – 4 March 2024 (alone on its line: a place and its country are no headline)
    (compiled(rf"^{PLACE}{_IN_COUNTRY}[ \t]+[–—-][ \t]*$"), compiled(r"^[ \t]*$")),
]
# a label before the date: 'News Published:', 'press release', 'Published on', 'Press Releases | LIBE |'
_LABEL = compiled(rf"(?i)(?:^\s*\[?|[|–—·/−-]\s*)(?:\w+\s+)?{_KIND}(?:\s+(?:no\.?\s*)?\d{{1,5}}/\d{{2,4}}(?:\s+of)?)?\s*[:|–—·,−-]?\s*$"
                    # (the dash may be a minus sign: 'Press release - Justice and home affairs − DATE')
                    rf"|^\s*(?:press\s+releases?|news(?:\s+release)?)\s*[|–−-][^|\n]{{1,60}}[|–−-]\s*$"
                    # a newsletter's issue: 'Issue 46/2017 |', 'No. 3/2019 -', '... · Issue 87 ·', 'Vol. 9, No 11 |', 'Issue No. 112 -'
                    rf"|(?:^|[|·–—]\s*)(?:vol\.\s*\d{{1,3}},\s*)?(?:issue(?:\s+no\.?)?|no\.?|number)\s*\d{{1,4}}(?:/\d{{2,4}})?\s*[|–—·-]\s*$"
                    # 'posted by the editorial team, 11/02/2019'
                    rf"|^\s*posted\s+by\s+[^,|\n]{{1,40}},\s*$"
                    # an author's byline before the date: 'By Jane Doe | Friday 19 May 2023', 'By Jane Doe, Director of FRA |'
                    rf"|^\s*by\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}(?:\s*,\s*[^|\n,]{{1,60}}?)?\s*[|·–—,]\s*$")
# sections of a site before a date stamped with its time: 'Plenary sessions | Justice and home
# affairs | 12-06-2013 - 13:10'
_SECTIONS = compiled(r"^\s*(?:[A-Z][^|\n]{0,40}\|\s*){1,3}$")
_TIMED = compiled(r"^\s*[-–,]?\s*\d{1,2}[:.h]\d\d\b")
# a section or site name before an unlabelled date: capitalised words ('Ministry of the Interior')
_BYLINE = compiled(r"^\s*(?:[A-Z][\w&’'.-]*|of|the|and|for)(?:\s+(?:[A-Z][\w&’'.-]*|of|the|and|for))*\s+$")
# after the date: nothing, a time, the page's kind or a note after a separator
_AFTER = compiled(rf"(?i)^\s*(?:[-–,]?\s*\d{{1,2}}[:.h]\d\d(?:\s*(?:CET|CEST|UTC|GMT))?)?\.?\s*"
                    rf"(?:$|[|/(•·\]]|[-–—]\s|{_KIND}\s*$"
                    # 'Posted on DATE by X', 'Posted on DATE by the news desk | 4 min read'
                    rf"|by\s+[A-Z][^.|\n]{{0,60}}(?:$|\|)"
                    # the site's section it was posted in: 'Posted on DATE in News'
                    rf"|in\s+[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){{0,3}}\s*$"
                    # the date of a later change after it: 'Published: DATE 14:10   Last modified: DATE'
                    rf"|(?:last\s+)?(?:modified|updated|reviewed|revised)(?:\s+on)?\s*:)")

# the page's kind after its date ('4 March 2024 - Press Release', 'Tuesday, 4 March 2024 | News'): labelled too
_KIND_AFTER = compiled(rf"(?i)^\s*(?:[|–—·-]|//?)\s*{_KIND}\s*$")
# a place alone after a labelled date: 'Press release 4 March 2024 Brussels'; after a comma, after any
# date line: '4 March 2024, Warsaw'
_PLACE_AFTER = compiled(rf"^(?P<comma>,)?[ \t]*{PLACE}[ \t]*$")

# a date a site prints for something else than the release, in a page's head or foot: the day the page
# was changed, viewed, printed or crawled ('Last updated:', 'Site last updated on', 'Page last modified',
# 'Aktualizacja:', 'Viimati uuendatud', 'Opdateret', 'Dernière mise à jour', 'Today:', 'Printed on')
# (the day a page is viewed, in the languages of presidency sites: 'Hoje é sábado, DATE', 'Heute ist Montag, DATE')
_NOT_RELEASE = compiled(r"(?i)(?:\b(?:updated|modified|reviewed|revised|changed|crawled|printed|visited|viewed|accessed|"
                          r"retrieved|today(?:\s+is)?|aktualizacja|aktualisiert|uuendatud|opdateret|mise\s+[àa]\s+jour|"
                          r"aggiornato|actualizado|hoje(?:\s+é)?|heute(?:\s+ist)?|hoy(?:\s+es)?|oggi(?:\s+è)?|"
                          r"aujourd['’]hui|vandaag(?:\s+is)?|dzi(?:ś|siaj)(?:\s+jest)?|täna(?:\s+on)?|danes(?:\s+je)?)"
                          r"(?:\s+(?:on|am|le|il|el))?)\s*[:|–—-]?\s*(?:[^\W\d_]+(?:-feira)?,?\s*)?$")
_SHORT_DASHED = compiled(r"(?<![\d./-])([1-9]|[12]\d|3[01])-([1-9]|1[0-2]|0[1-9])-((?:19|20)\d\d)(?![\d./-])")
# '14. 10. 2022' (Czech and Slovak pages: full stops, each followed by a space), only on a head line
_SPACED_DOTS = compiled(r"(?<![\d./-])([1-9]|[12]\d|3[01])\.[ \t]([1-9]|1[0-2]|0[1-9])\.[ \t]((?:19|20)\d\d)(?![\d./-])")
# '05/24/2018' (a content system's month first, as American pages write it), only on a head line and only where
# the day can be no month
_MONTH_FIRST = compiled(r"(?<![\d./-])(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)(?![\d./-])")
# the hours of an event after its date ('Tuesday 24 January 2023, 9.00 – 12.30'): a meeting's day, not a page's
_HOURS = compiled(r"^\s*,?\s*\d{1,2}[:.h]\d\d\s*[-–—]\s*\d{1,2}[:.h]\d\d\b")
# a day of the week written before a date in an EU language ('Τετάρτη, ', 'Mittwoch, ', 'środa ')
# (or shortened, as content systems print it: 'Thu, 05/24/2018 - 10:15')
_WEEKDAY_BEFORE = compiled(rf"(?i)(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(FOREIGN_WEEKDAYS, key=len, reverse=True)))}|"
                             rf"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s*$")
# a line that says what the page is, over a date alone on the next line; the site's or a section's
# name may open it ('Frontex news', 'Latest press releases')
_KIND_LINE = compiled(rf"^\s*(?:[A-Z][\w&’'.-]*[ \t]+){{0,3}}(?i:{_KIND})\s*[:.]?\s*$")
# the site a page belongs to, on the line above its date: a domain ('eu2015.lv'), a breadcrumb
# ('Newsroom › News'), or a name alone ('Europol', 'eu-LISA', 'Italian Presidency of the Council')
_SITE_LINE = compiled(r"^\s*(?:\S*[\w-]\.(?:eu|int|org|com|net|gov|[a-z]{2})\b\S*(?:\s+[–—|-].*)?"
                        r"|[^›»>]*\s[›»>]\s.*"
                        r"|(?:[A-Z]|[a-z]+-?[A-Z])[\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|the|and|for))*)\s*$")
_WORD = compiled(r"[^\W\d_][\w’'-]*")
# a page's address as a breadcrumb, its last step the page's name opening with its date:
# 'www.agency.europa.eu > media > news > 2021-11-29-heads-meet-in-town'
_URL_PATH = compiled(r"^\s*(?:https?://)?[\w.-]*[\w-]\.(?:eu|int|org|com|net|[a-z]{2})(?:\s*[>›»/]\s*[\w.-]+)*\s*[>›»/]\s*$")
_SLUG = compiled(r"^-[a-z0-9]+(?:-[a-z0-9]+)*\s*$")
# a year a sentence in the future tense looks back to: 'for the second time after 2010', 'since 2015',
# 'as in 2019'
# 'since joining in 1973'
# a year in a relative clause told in the past: 'which entered into force in 2013', 'that was adopted in 2013'
_PAST_RELATIVE = compiled(r"(?i)\b(?:which|that|who)\s+(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?\w+ed\b[^,;:]*$")
# (or a year reported on: 'will adopt the annual report for 2021', 'the accounts of 2021')
_BEHIND = compiled(r"(?i)(?:\b(?:since(?:\s+\w+ing)?(?:\s+in)?|as\s+in|than\s+in)|\btimes?\s+(?:after|since)|"
                     r"\b(?:report|accounts|results|figures|statistics)\s+(?:for|on|of)(?:\s+the\s+year)?)\s+$")
# a verb in the future tense ('will chair', 'is to meet', 'is scheduled')
_WILL = compiled(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:to|due|expected|scheduled|planned)\s+(?:to\s+|for\s+)?\w+)\b")
# the future tense looking back: 'The year 2022 will be remembered for ...', '2015 will go down in history as ...'
_LOOKS_BACK = compiled(r"(?i)\bwill\s+(?:(?:always|long|surely)\s+)?(?:be\s+remembered|go\s+down\s+in)\b")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def _head_lines(text: str, start: int, end: int) -> list[Line]:
    """The non-empty lines of the head, up to and including its first paragraph."""
    out = []
    pos = start
    for raw in text[start:end].split("\n"):
        if raw.strip():
            out.append(Line(pos, pos + len(raw), raw))
            if _is_paragraph(raw) and not _NOTICE.search(raw):
                break
        pos += len(raw) + 1
    return out


# a site's notice about the page itself, however long, is not the release's first paragraph ('Archived content -
# this page was last updated on DATE and may no longer be current.', 'We use cookies to ...')
# ('This news item was migrated from the former eu-LISA website.')
_NOTICE = compiled(r"(?i)\b(?:this|our|the)\s+(?:[\w-]+\s+){0,2}?(?:page|site|website)\b|\bcookies?\b|\barchived\b|"
                   r"\bmigrated\b")


def _is_paragraph(line: str) -> bool:
    """A line of prose: long, or of twelve words or more that ends a sentence, also inside a quote
    ('... said: "We are ready."'); a headline that ends with its quote ('Ghent: "No queues at the
    borders"') is none."""
    words = _WORD.findall(line)
    end = line.rstrip()
    return len(line) > 200 or (len(words) >= 12 and (end[-1:] in ".!?:" or bool(re.search(r"[.!?,][\"”’]$", end))))


def _is_title(line: str) -> bool:
    """A headline: three words or more, opening with a capital (or a name with capitals in
    it: 'eu-LISA adopts ...'), not a sentence of prose."""
    words = _WORD.findall(line)
    first = line.split()[0] if line.split() else ""
    opens = first[:1].isupper() or first[:1].isdigit() or any(c.isupper() for c in first)
    return len(words) >= 3 and opens and not _is_paragraph(line)


def full_date(expr: DateExpr) -> dt.date | None:
    return None if expr.is_range else expr.start.to_date()


# a sentence: up to a full stop, '!' or '?' before a space, or to the end of its line (what
# r"[^\n]+?(?:[.!?](?=\s)|$)" says, written so that the engine need not try the end at every character)
_SENTENCE = compiled(r"[^\n][^\n.!?]*(?:[.!?](?!\s)[^\n.!?]*)*(?:[.!?](?=\s)|$)", re.M)


@dataclass(frozen=True)
class Ahead:
    """What a text announces in the future tense ('EIGE will chair the network in 2018',
    'will meet on 28 November'): its page was put up before those days and years."""

    years: frozenset[int]
    days: frozenset[tuple[int, int]]  # (month, day)

    @classmethod
    def of(cls, text: str, start: int, end: int, exprs: list[DateExpr]) -> Ahead:
        years, days = set(), set()
        for m in _SENTENCE.finditer(text[start:end]):
            sentence = m.group(0)
            # not a sentence that also tells the past ('The Board adopted the report for 2019 and ... will host'),
            # nor a question ('Reader – 3 May 2024: Will the queues get longer?')
            if not _WILL.search(sentence) or sentence.rstrip().endswith("?") or PAST.search(sentence) or PAST_VERB.search(sentence) or \
                    re.search(r"(?i)\btoday\b", sentence) or _LOOKS_BACK.search(sentence):
                continue
            for expr in _within(exprs, start + m.start(), start + m.end()):
                if _BEHIND.search(text, max(0, expr.span.start - 30), expr.span.start):
                    continue  # 'will lead it for the second time after 2010', '... running VIS since December
                    # 2012': a year behind, not ahead
                if _PAST_RELATIVE.search(text, max(start + m.start(), expr.span.start - 80), expr.span.start):
                    continue  # 'will monitor the Dublin III regulation, which entered into force in 2013'
                if expr.start.year is not None:
                    years.add(expr.start.year)
                if expr.start.month and expr.start.day:
                    days.add((expr.start.month, expr.start.day))
        return cls(frozenset(years), frozenset(days))

    def allows(self, date: dt.date) -> bool:
        return date.year <= min(self.years, default=date.year) and (date.month, date.day) not in self.days


def _within(exprs: list[DateExpr], start: int, end: int, shift: int = 0) -> list[DateExpr]:
    """The date expressions inside [start, end), their spans moved back by ``shift``."""
    return [DateExpr(Span(e.span.start - shift, e.span.end - shift), e.start, e.end, e.pattern)
            for e in exprs if start <= e.span.start and e.span.end <= end]


def line_dates(line: Line, exprs: list[DateExpr]) -> list[DateExpr]:
    """The dates of a head line, spans relative to the line; there, and only there, a date
    may also be written D-M-YYYY ('4-3-2021'), which in a text is as likely a reference
    number."""
    found = _within(exprs, line.start, line.end, line.start)
    for m in (*_SHORT_DASHED.finditer(line.text), *_SPACED_DOTS.finditer(line.text), *_MONTH_FIRST.finditer(line.text)):
        day, month, year = (int(g) for g in m.groups())
        if m.re is _MONTH_FIRST:
            day, month = month, day
        if not any(e.span.start <= m.start() < e.span.end for e in found) and 1 <= month <= 12:
            try:
                pd = PartialDate(year, month, day)
                pd.to_date()
            except ValueError:
                continue
            found.append(DateExpr(Span(m.start(), m.end()), pd, pd, "numeric"))
    return sorted(found, key=lambda e: e.span.start)


# a full date the text gives as the page's day or the day before: 'met yesterday, Wednesday 8 December 2021'
_TOLD_DAY = compiled(r"(?i)\b(?P<rel>yesterday|today)\s*,?\s*(?:(?:on\s+)?[a-z]+day\s*,?\s*)?$")


def _year_told(expr: DateExpr, text: str, exprs: list[DateExpr]) -> dt.date | None:
    """A page date without its year ('9 December' over the headline) in the one year the text
    settles: a full date it calls 'yesterday' (or 'today') that is the day before (or that day)."""
    if expr.is_range or expr.start.year is not None or not expr.start.month or not expr.start.day:
        return None
    days = set()
    for other in exprs:
        told = full_date(other)
        rel = _TOLD_DAY.search(text, max(0, other.span.start - 40), other.span.start) if told else None
        if rel:
            day = told + dt.timedelta(days=1 if rel.group("rel").lower() == "yesterday" else 0)
            if (day.month, day.day) == (expr.start.month, expr.start.day):
                days.add(day)
    return days.pop() if len(days) == 1 else None


def _page_date(lines: list[Line], ahead: Ahead, exprs: list[DateExpr], text: str) -> tuple[dt.date, Span] | None:
    title_seen = False
    # a bare date gives way to a labelled one on the few lines after it: the site's date over the page's own
    # ('Thursday 13 June 2013' over the headline over 'Plenary sessions | Justice and home affairs | 12-06-2013 - 13:42')
    bare_found: tuple[int, tuple[dt.date, Span]] | None = None
    other = False  # in a list of other pages' headlines with their dates, over the page's own ('Related news')
    placed_before = False  # a dateline seen: a date alone on a line after it is the text's, a diary's day ('DIARY')
    for n, line in enumerate(lines):
        if bare_found and n - bare_found[0] > _BARE_GIVES_WAY:
            return bare_found[1]
        dates = line_dates(line, exprs)
        other = bool(_RELATED.match(line.text)) or (other and bool(dates))
        if other:
            continue
        for expr in dates:
            date = full_date(expr) or _year_told(expr, text, exprs)
            if date is None:
                continue
            before, after = line.text[:expr.span.start], line.text[expr.span.end:]
            if _NOT_RELEASE.search(before) or _HOURS.match(after):
                continue
            weekday = _WEEKDAY_BEFORE.search(before)
            before = before[:weekday.start()] if weekday else before
            slug = bool(_URL_PATH.match(before) and _SLUG.match(after))
            label = bool(_LABEL.search(before))
            place = _PLACE_AFTER.match(after)
            placed = bool(place) and (label or place.group("comma") is not None)
            if not _AFTER.match(after) and not slug and not placed:
                continue
            previous = lines[n - 1].text if n else ""
            stamped = bool(_SECTIONS.match(before) and _TIMED.match(after))  # 'Plenary sessions | ... | DATE - 13:10'
            kind_after = not before.strip() and bool(_KIND_AFTER.match(after))
            named = label or stamped or slug or kind_after or (not before.strip() and bool(_KIND_LINE.match(previous)))
            labelled = named or (not before.strip() and not title_seen and bool(_SITE_LINE.match(previous)))
            bare = not before.strip() or bool(_BYLINE.match(before) and not before.rstrip().endswith(","))
            span = Span(line.start, line.start + expr.span.end + len(after.rstrip()))
            # (a date over the page's navigation, unless labelled, is the site's banner, the day the page was viewed:
            # 'Monday, 24 February 2020' over 'Home » News'; under 'PL | EN | FR' too, over 'News > Justice > Council')
            over_navigation = not named and any(_NAVIGATION.match(later.text) for later in lines[n + 1:])
            if labelled and ahead.allows(date) and not over_navigation:
                return date, span
            if bare and title_seen and ahead.allows(date) and not over_navigation and not bare_found and not placed_before:
                bare_found = (n, (date, span))
        placed_before = placed_before or any(_dateline_tail(line.text[:e.span.start], line.text[e.span.end:]) for e in dates)
        if _is_title(line.text) and not any(full_date(e) for e in dates):
            title_seen = True
    return bare_found[1] if bare_found else None


_BARE_GIVES_WAY = 4  # lines
_BANNER_AFTER = 31  # days
# a heading over other pages' headlines and dates, above the page's own ('Related news'; not 'Latest news', which may
# head a listing of items whose dates are theirs)
RELATED_WORDS = r"related(?:[ \t]+(?:news|articles?|items?|links?|pages?|press[ \t]+releases?))?|see[ \t]+also|read[ \t]+(?:also|more)"
_RELATED = compiled(rf"(?i)[ \t]*(?:{RELATED_WORDS})[ \t]*:?[ \t]*$")
# a page's navigation: its path from 'Home', or a breadcrumb of three crumbs or more ('News > Justice and Home Affairs > Informal JHA Council')
_NAVIGATION = compiled(r"\s*(?:Home|Start|Startseite|Accueil|Inicio|Início)\s*(?:»|>|›|/|\|)"
                       r"|(?:[^>»›\n]{1,40}[ \t]+[>»›][ \t]+){2}[^>»›\n]{1,80}$")


def _dateline(doc: Document, start: int, end: int, exprs: list[DateExpr]) -> tuple[dt.date, Span] | None:
    return next(_datelines(doc, start, end, exprs), None)


def _datelines(doc: Document, start: int, end: int, exprs: list[DateExpr]) -> Iterator[tuple[dt.date, Span]]:
    text = doc.text
    for expr in _within(exprs, start, end):
        date = full_date(expr)
        if date is None:
            continue
        s, e = expr.span.start, expr.span.end
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        prefix, suffix = text[line_start:s], text[e:line_end]
        if _NOT_RELEASE.search(prefix):
            continue  # 'Hoje é sábado, 7 de dezembro de 2024': the day the page was viewed, no place's
        tail = _dateline_tail(prefix, suffix)
        if tail:
            yield date, Span(line_start, e + tail.end())


def _dateline_tail(prefix: str, suffix: str) -> re.Match[str] | None:
    """Whether a date with this text before and after it on its line is a dateline: the match of
    what follows it that the dateline takes in, or None."""
    for before, after in DATELINE_SHAPES:
        tail = after.match(suffix)
        if before.search(prefix) and tail:
            return tail
    return None


def head_end(text: str, start: int, end: int) -> int:
    """Where a text's head ends: ``HEAD_CHARS`` from ``start``, the lines of a site's menu not counted."""
    skipped, at = 0, start
    while at < min(end, start + HEAD_CHARS + skipped, start + 3 * HEAD_CHARS):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if _MENU_LINE.fullmatch(text, at, stop) and len(text[at:stop].split()) <= 4:
            skipped += stop - at + 1
        at = stop + 1
    return min(end, start + HEAD_CHARS + skipped, start + 3 * HEAD_CHARS)


def dateline(doc: Document, start: int = 0, end: int | None = None,
             exprs: list[DateExpr] | None = None) -> tuple[dt.date, Span] | None:
    """The publication date the head of the text (or of a part) states, with its span:
    its page date, else its dateline. ``exprs`` are the text's dates, if already found."""
    exprs = find_dates(doc.text) if exprs is None else exprs
    end = len(doc.text) if end is None else end
    head = head_end(doc.text, start, end)
    lines = _head_lines(doc.text, start, head)
    page = _page_date(lines, Ahead.of(doc.text, start, end, exprs), exprs, doc.text)
    placed = _dateline(doc, start, head, exprs)
    if page and placed and (page[0] - placed[0]).days > _BANNER_AFTER:
        # a day long after the dateline's is a site's banner, the day the page was viewed ('Thursday 21 March 2019'
        # under the site's path, over 'Lisbon, 15.11.2018'), not the release's (a page's date a day or two after
        # its dateline's is the release's)
        return placed
    return page or placed


def head_dateline_days(doc: Document, exprs: list[DateExpr]) -> list[tuple[dt.date, Span]]:
    """The datelines of a page's head ('The Hague, 25 November 2021'), with their days: all of them
    (a presidency page's 'Press release, 13 July 2018' over 'Innsbruck, 13.07.2018 - The ...'), those
    of the page's day being where 'today' is."""
    end = doc.parts[0].start if doc.parts else len(doc.text)
    return list(_datelines(doc, 0, min(end, HEAD_CHARS), exprs))


def banner_lines(doc: Document, exprs: list[DateExpr]) -> list[Span]:
    """A page head's lines that are a date alone (a weekday before it at most) over the page's
    navigation ('Monday, 24 February 2020' over 'Home » News'): the site's banner with the day the
    page was viewed, no release's or meeting's date."""
    lines = _head_lines(doc.text, 0, min(doc.parts[0].start if doc.parts else len(doc.text), HEAD_CHARS))
    last_navigation = max((n for n, line in enumerate(lines) if _NAVIGATION.match(line.text)), default=0)
    out = []
    for line in lines[:last_navigation]:
        dates = line_dates(line, exprs)
        if len(dates) != 1 or line.text[dates[0].span.end:].strip():
            continue
        before = line.text[:dates[0].span.start]
        weekday = _WEEKDAY_BEFORE.search(before)
        if not (before[:weekday.start()] if weekday else before).strip():
            out.append(Span(line.start, line.end))
    return out


def menu_lines(doc: Document) -> list[Span]:
    """A page head's menus: lines of four items or more set apart by bars, each of a few words
    ('Plenary sessions 06-06-2011 | Committees | Press releases | Background'); a date in one is
    the site's, no meeting's."""
    end = min(doc.parts[0].start if doc.parts else len(doc.text), HEAD_CHARS)
    out = []
    for m in re.finditer(r"[^\n]+", doc.text[:end]):
        cells = [c.strip() for c in m.group().split("|")]
        if len(cells) >= 4 and all(len(c.split()) <= 4 and not re.search(r"[.!?]\s", c + " ") for c in cells if c):
            out.append(Span(m.start(), m.end()))
    return out
