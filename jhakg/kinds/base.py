"""What every kind of fact shares: the envelope of evidence around its record, the
exchange-format type it is read back as, and how a scorer folds names to compare them."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

SAME_AGENCY = {"easo": "euaa", "emcdda": "euda"}  # one agency before and after a rename


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class PartialDate:
    """A date as far as a text settles it: a year, a month of a year, or a day."""

    year: int | None
    month: int | None
    day: int | None

    @property
    def precision(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def to_date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class Fact:
    """One extracted statement: its record (what it says, typed by kind), the spans of the
    stored text it was read from (the first is the main quote), the rule that read it and
    how sure that rule is, and the document part it comes from (0: the whole document)."""

    record: Any
    evidence: list[Span]
    rule: str
    confidence: float
    part: int = 0

    @property
    def kind(self) -> str:
        return self.record.KIND


class Record:
    """Base of the kinds' records; ``KIND`` names the kind (its module, its template)."""

    KIND: ClassVar[str] = ""


Row = dict[str, "str | None"]


@dataclass(frozen=True)
class ExchangeType:
    """A fact type of the exchange format (../shared/spec/facts.md): the SPARQL file that
    reads it back from the graph (``queries/facts/<query>.rq``), how its rows become facts,
    and the key a scorer matches facts of this type on."""

    name: str
    query: str
    from_rows: Callable[[Iterable[Row]], list[tuple[str, dict]]]
    key: Callable[[dict], tuple]
    fields: tuple[str, ...] = field(default=())


def fold(text: object) -> str:
    """Case, accents and punctuation folded: 'Šniutytė-Daugėlienė' -> 'sniutyte dauleliene'."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def agency_key(value: object) -> str:
    key = fold(value).replace(" ", "")
    return SAME_AGENCY.get(key, key)


def rows_as_facts(type_name: str, fields: tuple[str, ...]) -> Callable[[Iterable[Row]], list[tuple[str, dict]]]:
    """The plain reading of rows: one fact per row, with these fields and the evidence."""

    def read(rows: Iterable[Row]) -> list[tuple[str, dict]]:
        return [(row["file"], {"type": type_name, **{f: row[f] for f in fields}, "evidence": row.get("evidence")})
                for row in rows]

    return read
