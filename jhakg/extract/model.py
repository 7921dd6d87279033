"""What the extractors produce: facts with their evidence spans, before any RDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Fact:
    """One extracted statement.

    ``kind`` is one of: mention, published, network_presidency, council_presidency,
    meeting, person_role, priority, system_operated_by, report, legal_act.
    ``data`` holds the kind's fields (IRIs as strings, dates as ``datetime.date``),
    ``evidence`` the spans of the stored text it was read from (the first is the main
    quote), ``rule`` the rule's identifier and ``confidence`` how sure that rule is.
    ``part`` is the index of the document part the fact comes from (0: whole document).
    """

    kind: str
    data: dict
    evidence: list[Span]
    rule: str
    confidence: float
    part: int = 0
    links: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class PartialDate:
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
