"""Where a meeting was: a city the sentence states as its place ('in Lisbon', 'at its
headquarters in Warsaw', a line of its own), a date's own place in a list of meetings, the
venue line under a meeting's heading, the dateline's city for a meeting held 'today', or a
capital named by its country ('the Maltese capital')."""

from __future__ import annotations

import re

from ..kinds import Span
from ..reference.gazetteer import Match
from ..regexes import compiled
from .context import Context, ResolvedDate, Sentence
from .meeting_words import CAPITAL, NAMED_AFTER_CITY, REMOTE, MeetingDraft

# an event page's line that gives the venue: 'Venue: Palace of the Parliament, Bucharest', 'Meeting
# information: Luxembourg, European Convention Center · Chaired by: ...' (the city in its first item)
_LABEL = r"[ \t]*(?:Venue|Location|Place|Where|(?:Meeting|Event)\s+(?:information|details))[ \t]*:"
_VENUE_LABEL = compiled(_LABEL + r"[^\n:]*$")
_VENUE_FIRST = compiled(_LABEL + r"[^\n:·|;]*$")  # up to a city in the label's first item


# the head of a diary line, before its date: a bullet, a weekday ('Thu 21 – Fri 22 Feb – ...')
_DIARY_HEAD = compiled(r"(?i)[ \t•·*–—-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?$")
# a date's city in brackets, after its hours: '30 January 2023, 15.00 – 18.30 (Brussels)', '9 May (Riga)'
_BRACKETED = compiled(r",?[ \t]*(?:\d{1,2}[.:]\d\d[ \t]*(?:[–—-][ \t]*\d{1,2}[.:]\d\d[ \t]*)?)?\([ \t]*")
# between a date and the city that ends its line: a dash, after a note in brackets ('(informal) – ')
_DASH_AFTER_DATE = compiled(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[–—]|-[ \t])[ \t]*")
# a city named as the meeting's: 'their Luxembourg meeting of 9 June', 'Ghent conference: ...'
_CITY_MEETING = compiled(r"(?i)\s+(?:meeting|conference|summit)\b")


def is_line(ctx: Context, sentence: Sentence, limit: int = 100) -> bool:
    text = ctx.text
    return (sentence.end - sentence.start < limit and (sentence.start == 0 or text[sentence.start - 1] == "\n")
            and text[sentence.end:sentence.end + 1] in ("", "\n"))


# what the people who go to a city go there for: a meeting ('... to Lisbon for the annual meeting', '... for the JHA Council')
_FOR_THE_MEETING = compiled(r"(?i)\s+for\s+(?:the|their|its|this\s+year['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
                              r"(?:meeting|summit|conference|council|session|ministerial)s?\b")


# an agency described in an apposition by its seat: ', the EU's border agency in Warsaw,'
_AGENCY_DESCRIBED = compiled(r"(?i),\s*(?:the|an?)\s+[^,;.]{0,40}?\b(?:agency|body|office)\s+(?:based\s+)?in\s+$")


def stated_as_place(ctx: Context, m: Match, sentence: Sentence) -> bool:
    """A city the sentence gives as where the meeting is: 'in Lisbon', 'at its headquarters
    in Warsaw', 'visited Athens', '13 October 2017, Luxembourg', 'Bucharest, 7-8 February
    2019', a line or table cell of its own; not 'the Vienna-based agency'."""
    text = ctx.text
    if text[m.end:m.end + 6] == "-based" or NAMED_AFTER_CITY.match(text, m.end):
        return False  # 'the Vienna-based agency', 'the Dublin Regulation
    # 'built on Frontex, the EU's border agency in Warsaw, was approved by Parliament's plenary': the agency's seat
    # (but 'met at Frontex, the border agency in Warsaw': the place)
    described = _AGENCY_DESCRIBED.search(text, max(sentence.start, m.start - 60), m.start)
    if described and not re.search(r"(?i)\b(?:at|in|to|visited)\s+(?:the\s+)?[\w-]+$",
                                   text[max(sentence.start, described.start() - 40):described.start()]):
        return False
    lead = text[max(sentence.start, m.start - 30):m.start]
    if re.search(r"(?i)\bnot\s+(?:in|at)\s+(?:the\s+)?$", lead):
        return False  # 'not in Berlin as originally planned, but by video conference'
    if _FOR_THE_MEETING.match(text, m.end) and re.search(r"(?i)\bto\s+$", lead):
        return True  # 'the heads will return to Lisbon for the annual meeting', 'came to Riga for the informal Council'
    if re.search(r"(?i)\b(?:return(?:s|ed|ing)?|back|leav(?:e|es|ing)\s+for|(?:on\s+)?(?:her|his|their)\s+way)\s+"
                 r"(?:home\s+)?to\s+$|\bleav(?:e|es|ing)\s+(?:for\s+)?$", lead):
        return False  # 'This morning, before returning to Brussels, the minister met ...': where they went after
    if _VENUE_FIRST.match(text, text.rfind("\n", 0, m.start) + 1, m.start):
        return True  # 'Venue: Palace of the Parliament, Bucharest'
    alone = re.fullmatch(r"[-•*\s]*", lead.rsplit("\n", 1)[-1]) and "\n" in text[m.end:m.end + 1] + "\n"
    return bool(
        (alone and (m.start == 0 or "\n" in text[max(sentence.start, m.start - 3):m.start]))
        or any(0 <= m.start - d.span.end <= 3 and re.fullmatch(r"\s*,\s*", text[d.span.end:m.start])
               for d in ctx.dates_in(sentence.start, m.start))
        or (re.search(r"\|[^|\n]*$", lead) and "|" in text[m.end:m.end + 4])
        # a table's cell that opens with the city, its venue after a comma: '| Brussels, Europa building |' (or the
        # row's last cell: '| Bucharest, Palace of the Parliament')
        or (re.search(r"\|[ \t]*$", lead) and re.match(r",[ \t]*[A-Z][^|\n,]{0,60}(?:\||[ \t]*(?:\n|$))", text[m.end:]) is not None)
        or re.search(r"(?i)\b(?:visit(?:ed|s|ing)?|visit\s+to|trip\s+to|travel(?:led|s)?\s+to)\s+(?:the\s+)?$", lead)
        or (re.match(r"\s*,\s*", text[m.end:m.end + 3])
            and any(0 <= d.span.start - m.end <= 3 for d in ctx.dates_in(m.end, sentence.end)))
        # 'in Lisbon', 'at the port of Piraeus', 'to the city of Riga'; not 'Minister of Health of Luxembourg'
        or re.search(r"(?i)\b(?:in|at|to)\s+(?:the\s+)?(?:(?:port|city|centre|headquarters)\s+(?:of|in)\s+)?"
                     r"(?:its\s+headquarters\s+in\s+)?$", lead)
        or re.search(r"(?i)\bthe\s+(?:port|city|centre)\s+of\s+$", lead)
        or re.search(r"(?i)\b(?:in|at)\s+the\s+(?:[\w-]+\s+){1,3}of\s+$", lead)  # 'in the International Zone of'
        # a venue named with its city: 'met in the Congress Innsbruck', 'at the Austria Center Vienna'
        or (re.search(r"\b(?:in|at)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}$", lead) and not re.match(r"[\w'’-]", text[m.end:m.end + 1]))

        or re.search(r"(?i)(?:in|at)\s+(?:its\s+)?(?:headquarters|premises|offices)\s+in\s+$", lead)
        # 'welcomed the heads to its Tallinn headquarters'
        or (re.search(r"(?i)\b(?:in|at|to|into)\s+(?:its|their|the\s+agency['’]s)\s+$", lead)
            and re.match(r"\s+(?:headquarters|premises|offices|seat)\b", text[m.end:]) is not None)
        # the city opening the sentence as the host: 'Vilnius hosted on Thursday the annual meeting'
        or (not text[sentence.start:m.start].strip()
            and re.match(r"\s+(?:hosted|welcomed|played\s+host)\b", text[m.end:]) is not None)
        # a diary line that opens with its date and ends with the city: 'Tue 12 Mar – CEPOL conference, Budapest',
        # '• 15 October: European Council, Brussels', '22–23/11 – Heads of agencies, The Hague (Eurojust in the chair)',
        # '3 May - Board meeting - Riga'
        or (is_line(ctx, sentence, 200) and re.search(r"(?:,|[ \t][–—-])[ \t]*$", lead) is not None
            and re.match(r"[ \t]*(?:$|\n|[,(–—]|-\s)", text[m.end:]) is not None
            and any(_DIARY_HEAD.fullmatch(text, sentence.start, d.span.start) for d in ctx.dates_in(sentence.start, m.start)))
        # the city naming the meeting, in a line's or a sentence's first words or after 'their', 'its', 'the',
        # or opening a diary line's words ('• 9-10 May: Sofia summit on migration')
        or (_CITY_MEETING.match(text, m.end) is not None
            and (re.fullmatch(r"(?i)(?:.*\b(?:the|their|its|this|that)\s+)?", text[sentence.start:m.start]) is not None
                 or any(_DIARY_HEAD.fullmatch(text, sentence.start, d.span.start)
                        and re.fullmatch(r"[ \t]*[:–—-]?[ \t]*", text[d.span.end:m.start])
                        for d in ctx.dates_in(sentence.start, m.start))))
        # a line that names a meeting, then its date, and ends with the city after a dash: 'Justice and Home
        # Affairs Council, 4-5 March 2024 – Brussels', '... 25-26 January 2024 (informal) – Brussels'
        or (is_line(ctx, sentence, 200) and re.match(r"[ \t]*(?:$|\n|\()", text[m.end:]) is not None
            and any(_DASH_AFTER_DATE.fullmatch(text, d.span.end, m.start) for d in ctx.dates_in(sentence.start, m.start)))
        # a venue's line under the line of the meeting's date, ending with the city: 'European Convention Center,
        # Kirchberg, Luxembourg' under 'Thursday 6 and Friday 7 June 2013'
        or _venue_under_date(ctx, m)
        # an address: 'The Egmont Palace, Brussels, Belgium', 'Lisbon, Portugal'
        or any(re.fullmatch(r"\s*,\s*", text[m.end:c.start]) for c in ctx.matches_in(m.end, m.end + 40, {"country"})))


_VENUE_PARTS = compiled(r"(?:[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}[ \t]*,[ \t]*){1,3}")


def _venue_under_date(ctx: Context, m: Match) -> bool:
    """The city ends a line of a venue's parts, and the line above holds a date."""
    text = ctx.text
    if text[m.end:m.end + 1] not in ("", "\n"):
        return False
    start = text.rfind("\n", 0, m.start) + 1
    if not start or not _VENUE_PARTS.fullmatch(text, start, m.start):
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return bool(ctx.dates_in(above, start - 1))


def place_near(ctx: Context, draft: MeetingDraft, date: ResolvedDate, segment: Sentence) -> None:
    """In a list of meetings, a date's own place: 'DATE in CITY' after it, else
    'in CITY on DATE' just before it; before it first in a list that opens with 'in CITY on
    DATE' ('met in Valletta on 15 March, in Brussels on 7 July')."""
    text = ctx.text
    sentence = ctx.sentence_at(segment.start)
    first = next((d for d in ctx.dates_in(sentence.start, sentence.end)), None)
    if first is not None and _city_before(ctx, first, Sentence(sentence.start, first.span.start)):
        found = _city_before(ctx, date, segment)
        if found is not None:
            draft.place, draft.place_span = found.entity, Span(found.start, found.end)
            return
    for m in ctx.matches_in(date.span.end, segment.end, {"city"}):
        if re.fullmatch(r",?\s*(?:in|at)\s+", text[date.span.end:m.start]) or (
                _BRACKETED.fullmatch(text, date.span.end, m.start) and re.match(r"\s*\)", text[m.end:])):
            draft.place, draft.place_span = m.entity, Span(m.start, m.end)
            return
    found = _city_before(ctx, date, segment)
    if found is not None:
        draft.place, draft.place_span = found.entity, Span(found.start, found.end)


def _city_before(ctx: Context, date: ResolvedDate, segment: Sentence) -> Match | None:
    """'in CITY on DATE': the city just before a date."""
    text = ctx.text
    for m in reversed(ctx.matches_in(segment.start, date.span.start, {"city"})):
        if re.fullmatch(r",?\s*(?:on|from)?\s*", text[m.end:date.span.start]) and \
                re.search(r"(?i)\b(?:in|at)\s+$", text[max(0, m.start - 4):m.start]):
            return m
    return None


def venue_line(ctx: Context, draft: MeetingDraft) -> None:
    """A meeting named with its date on a line of its own, and under it, among the next
    short lines, one that is only its venue: a city ('Luxembourg'), or a building and its
    city ('Europa building, Brussels')."""
    i = ctx.sentence_index(draft.sentence.start)
    if not is_line(ctx, ctx.sentences[i]):
        return
    for venue in ctx.sentences[i + 1:i + 4]:
        if not is_line(ctx, venue, 60):
            return
        # (the city after the building's name, which may hold one too: 'European Convention Center Luxembourg
        # (ECCL), Luxembourg')
        named = ctx.matches_in(venue.start, venue.end, {"city"})
        cities = named[-1:] if not any(re.match(r"\s*,", ctx.text[c.end:venue.end]) for c in named[:-1]) else []
        if len(cities) == 1 and re.fullmatch(r"[\s,.]*", ctx.text[cities[0].end:venue.end]) and re.fullmatch(
                r"[\s,.]*|(?:[A-Z][\w'’.-]*\s+)*[A-Za-z][\w'’.-]*(?:\s*\([A-Z]{2,8}\))?\s*,\s*",
                ctx.text[venue.start:cities[0].start]):
            draft.place, draft.place_span = cities[0].entity, Span(cities[0].start, cities[0].end)
            draft.evidence.append(Span(venue.start, venue.end))
            return


def venue_after(ctx: Context, draft: MeetingDraft) -> None:
    """A labelled venue line right after the paragraph that tells of the meeting ('The
    committee met on 11 January. ...' then 'Venue: Justus Lipsius building, Brussels'), or after
    the line of its date ('When: 30 September 2025' over 'Where: CEPOL, Budapest')."""
    i = ctx.sentence_index(max(draft.sentence.start, draft.date_span.start))
    text = ctx.text
    for nxt in ctx.sentences[i + 1:i + 4]:
        if ctx.part_at(nxt.start) != draft.part:
            return
        # (the whole line: an abbreviation in an address may cut it, 'Gedimino pr. 16, LT-01103 Vilnius')
        end = text.find("\n", nxt.start)
        end = len(text) if end < 0 else end
        labelled = _VENUE_LABEL.match(text, nxt.start, end) is not None
        if not (is_line(ctx, nxt, 100) or (labelled and end - nxt.start < 200 and text[nxt.start - 1:nxt.start] in ("", "\n"))):
            if "\n" in text[draft.sentence.end:nxt.start]:
                return  # the paragraph ended, and the next one is prose
            continue
        if not labelled:
            return
        cities = ctx.matches_in(nxt.start, end, {"city"})
        if len(cities) == 1:
            draft.place, draft.place_span = cities[0].entity, Span(cities[0].start, cities[0].end)
            draft.evidence.append(Span(nxt.start, end))
        return


_HERE = compiled(r"(?i)\b(?:met|meets?|held|gathered|convened|took\s+place|came\s+together)\s+here\b")


def dateline_place(ctx: Context, skip: list[Span], draft: MeetingDraft, date: ResolvedDate) -> None:
    """A meeting held 'today' in a release whose dateline names a city ('The Hague, 30
    September 2019 - ... visited Eurojust today') was held in that city, unless it was held
    at a distance ('met by videoconference today'); so was one that opens or ends that day."""
    if REMOTE.search(ctx.text, draft.sentence.start, draft.sentence.end):
        return
    # (or held 'here', on any day: 'Our contact points met here yesterday', in a speech under 'Tallinn, 8 November')
    here = _HERE.search(ctx.text, draft.sentence.start, draft.sentence.end) is not None
    for line in skip:
        found = ctx.dates_in(line.start, line.end)
        cities = ctx.matches_in(line.start, line.end, {"city"})
        day, first, last = (found[0].start.to_date() if found else None), date.start.to_date(), date.end.to_date()
        # held today, or over days that end today ('on Thursday and Friday' in Friday's release)
        if day and (here or day in (first, last)) and cities and cities[0].start < found[0].span.start:
            draft.place, draft.place_span = cities[0].entity, Span(cities[0].start, cities[0].end)
            draft.evidence.append(Span(line.start, line.end))
            return


def dateline_of_its_days(ctx: Context, draft: MeetingDraft) -> None:
    """A line that is a dateline of a city and a span of days ('Luxembourg, 25 and 26 October
    2012') speaks from the meeting of those very days: a meeting of exactly those days, whose
    own sentences name no place, was held in that city. (A release is not put out over two days,
    so a span of days there is the meeting's; one day could be the release's own.)"""
    text = ctx.text
    if draft.start == draft.end or REMOTE.search(text, draft.sentence.start, draft.sentence.end):
        return
    for expr in ctx.exprs:
        if (expr.start, expr.end) != (draft.start, draft.end):
            continue
        line_start = text.rfind("\n", 0, expr.span.start) + 1
        cities = ctx.matches_in(line_start, expr.span.start, {"city"})
        if cities and not text[line_start:cities[0].start].strip() and _DATELINE_COMMA.fullmatch(text, cities[0].end, expr.span.start) \
                and _DATELINE_END.match(text, expr.span.end):
            draft.place, draft.place_span = cities[0].entity, Span(cities[0].start, cities[0].end)
            draft.evidence.append(Span(line_start, expr.span.end))
            return


_DATELINE_COMMA = compiled(r"[ \t]*,[ \t]*")
_DATELINE_END = compiled(r"[ \t]*(?:$|\n|[-–—][ \t])", re.M)


def capital(ctx: Context, draft: MeetingDraft, sentence: Sentence) -> bool:
    """'met in the Maltese capital': the capital the reference data gives that country."""
    for m in CAPITAL.finditer(ctx.text, sentence.start, sentence.end):
        country = ctx.matches_in(m.start("who"), m.end("who"), {"demonym", "country"})
        city = ctx.gaz.capitals.get(country[0].entity) if country else None
        if city:
            draft.place, draft.place_span = city, Span(m.start("phrase"), m.end())
            return True
    # 'Stockholm – Ministers met in the capital on Thursday': the capital its dateline names
    bare = _BARE_CAPITAL.search(ctx.text, sentence.start, sentence.end)
    opening = ctx.matches_in(sentence.start, sentence.start + 40, {"city"})[:1] if bare else []
    if opening and opening[0].start == sentence.start and _DATELINE_DASH.match(ctx.text, opening[0].end) and \
            opening[0].entity in ctx.gaz.capitals.values():
        draft.place, draft.place_span = opening[0].entity, Span(opening[0].start, opening[0].end)
        return True
    return False


_BARE_CAPITAL = compiled(r"\b(?:in|to|at)\s+the\s+capital\b(?!\s+(?:of|city|markets?|flows?)\b)")
_DATELINE_DASH = compiled(r"(?:,[^,\n–—-]{1,30})?\s+[–—-]\s+")


# an agency's own building named without its city: 'at its headquarters', 'to Frontex
# headquarters', 'at Europol's premises' (not 'at its premises in Riga': that names the city)
# (not a building in a town named after it, 'headquarters in Sankt Johann'; but 'headquarters at Cais do Sodré', its street)
_BUILDING = r"(?:new\s+|own\s+|main\s+)?(?P<what>headquarters|premises|seat|offices|building)\b(?!\s+(?:in|near)\s+[A-Z])"
_ITS_BUILDING = compiled(rf"(?i)\b(?:at|to|in|into)\s+its\s+{_BUILDING}")
_NAMED_BUILDING = compiled(rf"(?:['’]s?)?\s+{_BUILDING}")
_BEFORE_NAMED = compiled(r"(?i)\b(?:at|to|in|into|visit(?:ed|s|ing)?)\s+(?:the\s+)?$")  # ('visited Frontex headquarters')
# 'at the headquarters of Europol', 'received at the premises of the agency EUAA'
_BUILDING_OF = compiled(rf"(?i)\b(?:at|to|in|into)\s+the\s+{_BUILDING}\s+of\s+(?:the\s+)?$")
# a meeting held at an agency: 'took place at Eurojust', 'met at Europol' (as its premises: only an agency
# with no other site)
# ('the meeting at Europol', 'took place on 23 November, also at Eurojust', 'came together at Eurojust')
_GATHERED = r"took\s+place|(?:was|were|is|are|be)\s+held|met|meets?|gathered"  # (verbs of meeting, both below)
_HELD_AT = compiled(rf"(?i)\b(?:{_GATHERED}|meeting|session|c(?:a|o)me\s+together)"
                      r"(?:\s+|\b[^.;,]{0,80},\s*(?:also\s+)?)at\s+(?:the\s+)?$")
# the page's own building: 'met at our headquarters', 'at our premises'
_OUR_BUILDING = compiled(rf"(?i)\b(?:at|to|in|into)\s+our\s+{_BUILDING}")
# 'at the agency's headquarters', 'held at the headquarters' (not 'the headquarters of the police'): the agency
# hosting, or the one agency the sentence names before, or the nearest sentence before that names agencies
_THE_AGENCYS = compiled(rf"(?i)\b(?:at|to|in|into)\s+the\s+(?:agency['’]s?\s+{_BUILDING}|(?P<bare>headquarters|seat)\b"
                          rf"(?!\s+(?:of|in|at|near)\b))")

# the building in a participle right after the meeting's day and its noun: 'met on Thursday 21 November for their annual
# meeting, hosted at the agency's headquarters'
_HOSTED_AFTER = compiled(r"[^,;.]{0,60},\s*(?:hosted|held)\s+")
# the building right after a verb of meeting: 'the heads met at the agency's headquarters'
_MET_AT = compiled(rf"(?i)\b(?:{_GATHERED}|convened)\s+$")


def _own_agency(ctx: Context, at: int) -> str | None:
    """Whose 'our' is: the agency whose site the page is, else the one agency the sentence names
    before it."""
    own = ctx.site_agency
    if own:
        return own[0]
    sentence = ctx.sentence_at(at)
    named = {a.entity for a in ctx.matches_in(sentence.start, at, {"agency"})}
    return named.pop() if len(named) == 1 else None


def seat(ctx: Context, draft: MeetingDraft, sentence: Sentence) -> bool:
    """'Europol welcomed the heads at its headquarters' (the agency hosting), 'signed at Frontex
    headquarters': the agency's seat as the reference data gives it, where the text does not
    name the city, and the agency as the host where the text names none. Its 'premises' or
    'offices' only when it has no other site, and never a seat it did not have yet (CEPOL's
    before 2014)."""
    text = ctx.text
    found: list[tuple[str, str, Span]] = []
    if draft.host and draft.host_kind == "agency":
        found += [(draft.host, m.group("what"), Span(m.start(), m.end()))
                  for m in _ITS_BUILDING.finditer(text, sentence.start, sentence.end)]
    for a in ctx.matches_in(sentence.start, sentence.end, {"agency"}):
        m = _NAMED_BUILDING.match(text, a.end)
        if m and _BEFORE_NAMED.search(text, max(sentence.start, a.start - 12), a.start):
            found.append((a.entity, m.group("what"), Span(a.start, m.end())))
        elif re.search(r"(?i)\bvisit(?:ed|s|ing)?\s+(?:the\s+)?$", text[max(sentence.start, a.start - 12):a.start]) and \
                not re.match(r"['’]|\s+(?:in|at|near)\s+[A-Z]", text[a.end:a.end + 10]):
            found.append((a.entity, "premises", Span(a.start, a.end)))  # 'visited Eurojust yesterday': its one site
        elif (of := _BUILDING_OF.search(text, max(sentence.start, a.start - 40), a.start)) is not None:
            found.append((a.entity, of.group("what"), Span(of.start(), a.end)))
        elif not m and _HELD_AT.search(text, max(sentence.start, a.start - 120), a.start) and \
                not re.match(r"['’]|\s+(?:in|at|near)\s+[A-Z]", text[a.end:a.end + 10]):
            found.append((a.entity, "premises", Span(a.start, a.end)))
    for m in _THE_AGENCYS.finditer(text, sentence.start, sentence.end):
        named = {a.entity for a in ctx.matches_in(sentence.start, m.start(), {"agency"})}
        # (an agency named before only for a building right by the meeting's date, 'met at the agency's seat on
        # 28-29 November': in 'The inauguration will take place at the agency's headquarters on Thursday, with the
        # chair confirmed at the Board's meeting on 27-28 June' the building is the other event's)
        gap = text[m.end():draft.date_span.start] if m.end() <= draft.date_span.start else \
            text[draft.date_span.end:m.start()]
        if not named and not (draft.host and draft.host_kind == "agency") and len(gap) <= 40 and \
                not re.search(r"[,;]", gap):
            before = ctx.named_before(sentence.start, {"agency"}, 3)
            named = {a.entity for a in before[1]} if before else set()
        agency = draft.host if draft.host and draft.host_kind == "agency" else named.pop() if len(named) == 1 else None
        if agency is None and not named and not m.group("bare") and ctx.site_agency and len(ctx.site_agency) == 1 \
                and (_HOSTED_AFTER.fullmatch(gap) or _MET_AT.search(text, sentence.start, m.start())):
            agency = ctx.site_agency[0]  # on an agency's own page: '... for their annual meeting, hosted at the agency's
            # headquarters', 'the heads of the nine agencies met at the agency's headquarters'
        if agency:
            found.append((agency, m.group("what") or m.group("bare"), Span(m.start(), m.end())))
    found += [(agency, m.group("what"), Span(m.start(), m.end())) for m in _OUR_BUILDING.finditer(
        text, sentence.start, sentence.end) if (agency := _own_agency(ctx, m.start()))]
    for agency, what, span in found:
        if agency not in ctx.gaz.seats:
            continue
        city, since, other_sites = ctx.gaz.seats[agency]
        if (since is not None and (draft.start.year is None or draft.start.year < since)) or (
                other_sites and what.lower() in ("premises", "offices", "building")):
            continue
        draft.place, draft.place_span = city, span
        if draft.host is None:  # a meeting held in an agency's own building is the agency's to host
            draft.host, draft.host_kind = agency, "agency"
        return True
    return False
