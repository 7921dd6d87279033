"""Cleaning: markdown and HTML markup out, site furniture (navigation, cookie notices, CMS
left-overs) out, white space normalised. The result is a document's *stored text*: every
offset in the graph points into it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..regexes import ABBREVIATED_ADDRESS

FURNITURE = re.compile("|".join(f"(?:{p})" for p in (
    r"skip to (the )?(main )?content",
    r".{0,80}\blogo",
    r"[a-z]{2}\s+(english|fran[cç]ais|deutsch|espa[nñ]ol|italiano|polski|nederlands)",
    r"(we use|this (web)?site uses|accept( all)?|reject( all)?|manage) cookies.*",
    r"(accept|decline|i agree|ok, got it)",
    r"(share|share this page|print|print this page|back|back to top|top|menu|search|close)",
    r"(cookie|privacy) (policy|notice|settings)",
    # what content management systems print around an article: a status box, an
    # events calendar's navigation, a comment form, an image's alternative text
    r"status message|active context:.*|loading events|«?\s*all events|(•\s*)?this event has passed\.?",
    r"leave a (reply|comment)|your email address will not be published.*|required fields are marked.*",
    # (a photo's credit, not its caption: 'Photo: Frontex', but 'Photo: From left, NAME (Director), ...' is content)
    r"image for .*|photo\s*(©|credit).{0,80}|photo\s*:\s*(©.{0,80}|[^,]{0,60})",
)), re.IGNORECASE)  # one pattern of them all: a line is furniture when it is wholly one of them
# a cookie notice, however long: it speaks of cookies and of our site, your browser or consent
_COOKIES = re.compile(r"(?i)^(?=.*\bcookies?\b)(?=.*\b(?:(?:our|this)\s+(?:web)?site|your\s+(?:browser|device|consent)|"
                      r"you\s+(?:agree|accept|consent)|(?:accept|reject)\s+(?:all\s+)?cookies)\b)")

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_SUP = re.compile(r"<sup>\s*(.*?)\s*</sup>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_EMPH = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_STRAY_STAR = re.compile(r"(?<![\w*])\*+(?![\w*])|(?<=\w)\*+(?=\s|$)")
_STAR_BULLET = re.compile(r"[ \t]*\*[ \t]")
_ESCAPE = re.compile(r"\\+([_*\[\]()#.!\\-])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# a gap between a table's columns, as a saved page keeps it: a tab, or three spaces or more, between words
# ('Unit          Head of Unit        Site'); it becomes a cell's bar, as tables in markdown have
# (not beside a bar that is there already: '| Tomasz WIERZBICKI      |')
_COLUMN_GAP = re.compile(r"(?<=[^\s|])(?:[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{3,})(?=[^\s|])")


# a page saved as hard-wrapped text (old press releases, newsletters): its paragraphs broken at a width,
# mid-sentence ('... the EU's large border and asylum' / 'databases leaves the Commission.')
_WRAP_WIDTH = 100  # a wrapped page's lines are at most this long, nine in ten at least
_GOES_ON = re.compile(r"[A-Za-z\u00c0-\u024f\"“‘'(]")  # a line that may go on a sentence (not a bullet, a number, a bar)
_ENDS_IN_WORDS = re.compile(r".*[\w,;'’\")]$")  # (not a rule of dashes, nor a colon's label; a semicolon goes on)
_ENDS_ABBREVIATED = re.compile(rf".*\b(?:{ABBREVIATED_ADDRESS})\.$")  # (nor a form of address: '... of Latvia Gen.' / 'NAME')
# (a line under one that ends with a preposition goes on whatever it opens with: '... in Vilnius on' / '17-18 November')
# (or with a month, a year under it: '... in Luxembourg on 7 and 8 October' / '2019.')
_OPEN_ENDED = re.compile(r"(?i).*\b(?:on|in|of|from|to|until|till|since|by|at|between|and|the|for|during|before|after|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December)$")
_OPEN_WORD = re.compile(r"(?i).*\b(?:of|the|and|to|for|by|at|from|with)$")  # (not a month: 'Monday 19 February' is a heading)
_DATELINE_START = re.compile(r"[A-Z][\w .'’-]{1,30},\s+\d")  # 'Brussels, 30 November 2012' opens its own line
# (and so does a page's labelled date under its headline: 'Posted on 24/11/2017 by ...', 'Published: 3 May 2021')
# (a capital: not a sentence going on with 'published on 3 May')
_DATE_LABEL_START = re.compile(r"(?:Posted|Published|Updated|Last\s+(?:updated|modified)|Released|Issued)(?:\s+on)?\s*:?\s*"
                               r"(?:[^\W\d_]+day,?\s*)?\d|(?:Press|News)[ \t]+release[ \t]+(?:No\b|\d)")  # ('News release No 4/2020 - ')
# (and so does a programme's or a list's label: 'Addresses:', 'Moderator: NAME', 'Partner agencies: NAME, POST')
# (not a name and the verb of what it said: '... European Way of Life NAME' / 'SURNAME said: "..."'; nor a month,
# the rest of a date: '... in Bucharest on 7 and 8' / 'February: "The package ..."')
_LABEL_START = re.compile(r"(?![A-Z][a-z]+(?:[ \t][a-z]+)?[ \t](?:said|says|added|adds|stated|states|explained|noted|stressed|"
                          r"declared|concluded|underlined|commented|remarked):)(?!(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December):)[A-Z][a-z]+(?:[ \t][a-z]+){0,2}:(?:[ \t]|$)")
# (and so does each line of a list of names and posts, under one that opens alike: 'NAME, POST, BODY' over 'NAME, POST')
_NAMED_ITEM = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'’-]+[ ](?:(?:van|von|de|der|den|da|du|la|le|del|di|dos|das)[ ])*){1,3}"
                         r"[A-Z\u00c0-\u00de][\w'’-]+,[ ]")
_ENDS_IN_NAME = re.compile(r"(?:\b[A-Z\u00c0-\u00de][\w'’-]*|\))$")  # (the body's or the country's: not '..., together with the')


def _unwrapped(text: str, indents: list[int] | None = None) -> str:
    """A hard-wrapped page's paragraphs as lines again: each break where a line reached the wrap
    width and the next goes on becomes a space (the text keeps its length, so offsets hold). A
    page is wrapped when nine lines in ten are at most ``_WRAP_WIDTH`` long and, of the breaks
    after lines that reach near its width, three or more and at least one in four fall inside
    a sentence (the line ends with no stop, the next goes on in lower case); a table's row, a
    line under it that opens a list, a dateline, a labelled date or a number, are left as they are;
    so are the items of a list indented alike, each opening with a capital, on a page whose prose
    is not indented (``indents``: each line's indentation in the page as saved), lines of names and
    posts ('NAME, POST, BODY'), and a line well past the width the sure breaks show."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < 3 or sum(len(line) <= _WRAP_WIDTH for line in filled) < 0.9 * len(filled):
        return text
    width = max(len(line) for line in filled if len(line) <= _WRAP_WIDTH)
    breaks = [(i, line, below) for i, (line, below) in enumerate(zip(lines, lines[1:], strict=False))
              if (len(line) >= 0.6 * width or _OPEN_WORD.match(line)) and below.strip()
              and (_ENDS_IN_WORDS.match(line) or _ENDS_ABBREVIATED.match(line))
              and "|" not in line]  # (a line that ends with 'of' or 'the' goes on, however short: 'by the Executive Director of')
    inside = [len(line) for _, line, below in breaks if line[-1] not in ".!?;" and below[:1].islower()]
    if len(inside) < 3 or len(inside) < len(breaks) / 4:
        return text
    # a line well past the width the sure breaks show is no wrapped paragraph's, nor is the break on either side
    # of it ('Speakers included:' over 'NAME, POST, BODY' lines longer than the prose's), unless the words go on
    # ('... in Tallinn on 25 and 26 June 2013, the' over a line someone joined by hand)
    longest = max(inside) * 1.15
    out = list(text)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    # ('Addresses:' over '  NAME, POST' and '  NAME, POST': items, where the prose lines start at the margin; the next item
    # opens with a capital)
    listed = indents is not None and sum(not n for n, line in zip(indents, lines, strict=False) if line.strip()) > len(filled) / 2
    for i, line, below in breaks:
        if (len(line) > longest or len(below) > longest) and not (_OPEN_ENDED.match(line) or below[:1].islower()):
            continue
        if listed and indents[i] and indents[i] == indents[i + 1] and below[:1].isupper() and line[-1] != "," \
                and not _OPEN_ENDED.match(line):
            continue  # (an item's own line that goes on, in lower case, is still joined: '- ... will develop and operate' /
            # '  the central systems;')
        if (_GOES_ON.match(below) or _OPEN_ENDED.match(line)) and "|" not in below and not _DATELINE_START.match(below) \
                and not _DATE_LABEL_START.match(below) and not (_LABEL_START.match(below) and not _OPEN_ENDED.match(line)) \
                and not (_NAMED_ITEM.match(line) and _NAMED_ITEM.match(below) and _ENDS_IN_NAME.search(line)):
            out[starts[i + 1] - 1] = " "
    return "".join(out)


def _is_furniture(line: str) -> bool:
    s = line.strip()
    return bool(s) and ((len(s) <= 120 and FURNITURE.fullmatch(s) is not None)
                        or (len(s) <= 800 and "cookie" in s.lower() and bool(_COOKIES.search(s))))


def _clean_line(line: str) -> tuple[str, list[tuple[int, int]]]:
    """Markdown/HTML markup out of one line; returns text and emphasis spans in it."""
    # (each pattern needs a character most lines lack: looked for first, it spares the pattern)
    if "#" in line:
        line = _HEADING.sub("", line)
    if "<" in line:
        line = _SUP.sub(r"\1", line)
    if "[" in line:
        line = _LINK.sub(r"\1", line)
    if "<" in line:
        line = _AUTOLINK.sub(r"\1", line)
        line = _TAG.sub("", line)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _EMPH.finditer(line) if "*" in line or "_" in line else ():
        before = line[pos:m.start()]
        out.append(before)
        length += len(before)
        inner = m.group(2)
        spans.append((length, length + len(inner)))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    # stray asterisks and escapes change lengths: apply them span-aware by re-locating
    cleaned = _STRAY_STAR.sub("", text) if "*" in text else text
    cleaned = _ESCAPE.sub(r"\1", cleaned) if "\\" in cleaned else cleaned
    if cleaned != text:
        spans = _relocate(text, cleaned, spans)
        text = cleaned
    if "\t" in text or "   " in text:
        text = _COLUMN_GAP.sub(" | ", text)
    collapsed = _SPACES.sub(" ", text).strip()
    if collapsed != text:
        spans = _relocate(text, collapsed, spans)
    return collapsed, spans


def _relocate(old: str, new: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Find each span's text again in the new string, in order."""
    result = []
    cursor = 0
    for start, end in spans:
        piece = _SPACES.sub(" ", _ESCAPE.sub(r"\1", _STRAY_STAR.sub("", old[start:end]))).strip()
        if not piece:
            continue
        i = new.find(piece, cursor)
        if i >= 0:
            result.append((i, i + len(piece)))
            cursor = i + len(piece)
    return result


_CELL = re.compile(r"[^\s|](?:[^\s]| {1,2}(?=[^\s]))*")  # a cell's words: no tab, nor three spaces in a row
_INDENTED = re.compile(r"[ \t]+(?![-•*·–—][ \t])\S")  # a line that goes on under a row: indented, no bullet


def _cells(line: str) -> list[list]:
    """A line's cells as the gaps of three spaces or a tab set them apart: [column, words, end column]."""
    return [[m.start(), m.group(), m.end()] for m in _CELL.finditer(line.expandtabs(8))]


def _wrapped_cells(lines: list[str]) -> list[str]:
    """A table saved as text whose cells wrap over indented lines ('Deputy Executive Director and Head of the
    Tiit KALVET' over '  Operations Department'): each such line's words joined to the cell of the row above
    they stand under, so that a row is one line again. A line is taken so only when each of its pieces stands
    under a cell of the row and that cell's last line had no room for the piece's first word (before the next
    column, or the table's width), and, for a line that only goes on the last column, in a table known to wrap
    its cells before: an indented line that had room to go on is a line of its own (a session's 'Chaired by ...'
    under its title)."""
    out: list[str] = []
    row: list[list] | None = None
    proven = False  # a line of this table went on a cell before the last column: its cells wrap
    for line in lines:
        if row is not None and _INDENTED.match(line):
            cells = _cells(line)
            width = max(c[2] for c in row + cells)
            columns = [next((i for i in range(len(row) - 1, -1, -1) if row[i][0] <= start + 2), None)
                       for start, _, _ in cells]
            if cells and None not in columns and (proven or min(columns) < len(row) - 1) and all(
                    row[i][2] + 1 + len(words.split()[0]) > (row[i + 1][0] - 3 if i + 1 < len(row) else width)
                    for (_, words, _), i in zip(cells, columns, strict=True)):
                for (_, words, end), i in zip(cells, columns, strict=True):
                    row[i][1] += " " + words
                    row[i][2] = end
                out[-1] = "   ".join(words for _, words, _ in row)
                proven = True
                continue
        cells = _cells(line)
        row = cells if len(cells) >= 2 and cells[0][0] == 0 else None
        proven = proven and row is not None
        out.append(line)
    return out


@dataclass
class Cleaned:
    text: str
    emphasis: list[tuple[int, int]]
    chunks: list[tuple[int, int]]  # spans between separator lines


def clean(raw: str) -> Cleaned:
    """Clean raw document text. Lines holding only white space (but not empty) are the
    item separators scraped listings use; they become chunk boundaries."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[str] = []
    indents: list[int] = []  # each line's indentation as saved (and 0 for the empty line between paragraphs)
    emphasis: list[tuple[int, int]] = []
    boundaries: list[int] = []
    offset = 0
    blank_run = 0
    raw_lines = raw.split("\n")
    if "   " in raw or "\t" in raw:
        raw_lines = _wrapped_cells(raw_lines)
    # a star that opens each of two lines or more in a row is their bullet ('  * Annual report presented - 15/04/2010'),
    # kept as a dash; one alone is a note's mark ('* This note was drawn up by the press office.')
    stars = [_STAR_BULLET.match(line) is not None for line in raw_lines] if "*" in raw else [False] * len(raw_lines)
    for n, raw_line in enumerate(raw_lines):
        if stars[n] and ((n and stars[n - 1]) or (n + 1 < len(stars) and stars[n + 1])):
            at = raw_line.index("*")
            raw_line = raw_line[:at] + "-" + raw_line[at + 1:]
        if raw_line and not raw_line.strip():
            boundaries.append(offset)
        if _is_furniture(raw_line):
            continue
        text, spans = _clean_line(raw_line)
        if not text:
            blank_run += 1
            continue
        if lines:
            sep = "\n\n" if blank_run else "\n"
            offset += len(sep)
            lines.append(sep)
            indents += [0] * (len(sep) - 1)
        indents.append(len(raw_line) - len(raw_line.lstrip(" \t")))
        blank_run = 0
        emphasis.extend((offset + s, offset + e) for s, e in spans)
        lines.append(text)
        offset += len(text)
    full = _unwrapped("".join(lines), indents)
    cuts = sorted({b for b in boundaries if 0 < b < len(full)})
    edges = [0, *cuts, len(full)]
    chunks = []
    for a, b in zip(edges, edges[1:], strict=False):
        while a < b and full[a] == "\n":
            a += 1
        while b > a and full[b - 1] == "\n":
            b -= 1
        if a < b:
            chunks.append((a, b))
    return Cleaned(full, emphasis, chunks)
