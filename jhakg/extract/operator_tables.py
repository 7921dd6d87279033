"""Who operates a system, as a table states it: a column headed 'Managed by eu-LISA since'
over the rows of the systems it manages, or a column headed 'Operated by' whose cells name
the agency of each row's system. A table is lines of cells set apart by bars ('SIS | May 2013
| police'), as the cleaning leaves a saved page's table."""

from __future__ import annotations

import re

from ..kinds import Fact, Span
from ..kinds.system_operated_by import SystemOperator
from ..regexes import compiled
from .context import Context

# a column head naming the agency: 'Managed by eu-LISA since', 'Operated by eu-LISA (from)'
_BY_AGENCY = compiled(r"(?i)(?:operated|managed|run|hosted)(?:\s+centrally)?\s+by\s+(?:the\s+)?(?P<agency>.+?)"
                        r"(?:\s+(?:since|from)|\s*\((?:since|from)\))?")
# a column head whose cells name the agency: 'Operated by', 'Operator', 'Managing agency', 'Who runs it'
# ('Agency responsible for operational management', 'Responsible agency', 'Central system managed by')
_BY_WHOM = compiled(r"(?i)(?:(?:the\s+)?(?:central\s+|technical\s+)?(?:system|database|part)\s+)?(?:operated|managed|run|hosted)"
                      r"(?:\s+centrally)?\s+by|operator|operating\s+agency|"
                      r"managing\s+agency|who\s+(?:runs|operates|manages)\s+it|responsible\s+agency|"
                      r"agency\s+responsible(?:\s+for\s+(?:the\s+|its\s+)?(?:operational\s+)?(?:management|operation))?|"
                      r"operational\s+management")  # ('Operational management', over cells naming who has it)
# a cell that says no, or nothing yet: '-', 'n/a', 'no', 'not yet', 'planned', 'tbc'
_EMPTY = compiled(r"(?i)[-–—/\s]*|n/?a|no|none|not\s+(?:yet|applicable)(?:\s.*)?|planned(?:\s.*)?|tb[cd]|pending|"
                    r"(?:to\s+be\s+)?(?:confirmed|decided)")
# a note on who ran it before: '(until 30 November 2012: Commission)', '(previously the Commission)'
_BEFORE_NOTE = compiled(r"(?i)\s*\((?:until|till|before|previously|formerly|up\s+to)\b[^()]*\)")
# a note that the agency has the central system, and another body another part: 'eu-LISA (central system); the
# central unit at Frontex'
_CENTRAL_NOTE = compiled(r"(?i)\s*\((?:the\s+)?central\s+(?:system|part|database)s?\)(?:\s*[;,][^|]*)?")
_ROW = compiled(r"[^\n]*\|[^\n]*")


def _cells(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table's line, each a span without the white space around it (not the
    empty ones before a markdown row's first bar and after its last)."""
    out = []
    at = start
    for piece in ctx.text[start:end].split("|"):
        left = len(piece) - len(piece.lstrip())
        out.append((at + left, at + len(piece.rstrip())))
        at += len(piece) + 1
    if out and out[0][0] == out[0][1] and ctx.text[start:end].lstrip().startswith("|"):
        out = out[1:]
    if out and out[-1][0] == out[-1][1] and ctx.text[start:end].rstrip().endswith("|"):
        out = out[:-1]
    return out


def _the_one(ctx: Context, cell: tuple[int, int], kind: str, whole: bool = False) -> str | None:
    """The one entity of ``kind`` a cell opens with ('VIS (Visa Information System)'), after
    'the' at most; none when the cell names two; with ``whole``, only when it is all the cell holds
    ('eu-LISA', not 'eu-LISA from 2026'), but for a note in brackets on who did before ('eu-LISA
    (until 2012: the Commission)') or on the part it has ('eu-LISA (central system); the unit at Frontex')."""
    found = ctx.matches_in(cell[0], cell[1], {kind})
    if not found or not re.fullmatch(r"(?i)(?:the\s+)?", ctx.text[cell[0]:found[0].start]):
        return None
    if whole and _CENTRAL_NOTE.fullmatch(ctx.text, found[0].end, cell[1]):
        found = found[:1]
    elif whole and found[-1].end != cell[1]:
        if not _BEFORE_NOTE.fullmatch(ctx.text, found[0].end, cell[1]):
            return None
        found = found[:1]
    return found[0].entity if len({m.entity for m in found}) == 1 else None


def operators_in_tables(ctx: Context) -> list[Fact]:
    text = ctx.text
    if "|" not in text:
        return []
    facts = []
    lines = [m.span() for m in _ROW.finditer(text)]
    for i, (start, end) in enumerate(lines):
        head = _cells(ctx, start, end)
        column = agency = None
        for n, cell in enumerate(head[1:], 1):
            words = text[cell[0]:cell[1]]
            by = _BY_AGENCY.fullmatch(words)
            agency = _the_one(ctx, (cell[0] + by.start("agency"), cell[0] + by.end("agency")), "agency", whole=True) if by else None
            if agency or _BY_WHOM.fullmatch(words):
                column = n
                break
        if column is None or _the_one(ctx, head[0], "system"):
            continue  # (a head is no row: its first cell names no system)
        # the rows right under it, line after line, with as many cells
        above = end
        for row_start, row_end in lines[i + 1:]:
            row = _cells(ctx, row_start, row_end)
            if text[above:row_start] != "\n" or len(row) != len(head):
                break
            above = row_end
            system = _the_one(ctx, row[0], "system")
            cell = row[column]
            # (a cell 'eu-LISA from 2026' is no statement of who runs it today)
            runs = agency if agency and not _EMPTY.fullmatch(text[cell[0]:cell[1]]) else (
                None if agency else _the_one(ctx, cell, "agency", whole=True))
            if system and runs:
                facts.append(Fact(SystemOperator(system, runs), [Span(row[0][0], cell[1])],
                                  "system_operated_by.table", 0.8, ctx.part_at(row_start)))
    return facts
