"""What an entity's page says first, as records the templates show (resource.html and the
macros): a fact with its quotes (:class:`Fact`, :class:`Quotes`, :class:`Quote`), the
lists cut to their first entries (:class:`Listing`), a post, a name over time, a
presidency's neighbours, and all of an entity's answers together (:class:`Answers`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .templating import Link


@dataclass(frozen=True)
class Quote:
    """A quote a fact was read from: its words, the link to them in their document
    (#at-<start>), the document's label, the rule that read them."""

    exact: str
    href: str
    source: str
    rule: str


@dataclass(frozen=True)
class Quotes:
    """The first quotes of a fact, and how many more there are."""

    shown: list[Quote]
    more: int


@dataclass(frozen=True)
class Fact:
    """A fact (its page, or the document that states it) with the quotes it was read from,
    and a note in brackets ("" for none)."""

    link: Link
    quotes: Quotes
    note: str = ""


@dataclass(frozen=True)
class Name:
    """A name an agency had, from ``start`` to ``end`` ("" when not known)."""

    label: str
    acronym: str
    start: str
    end: str


@dataclass(frozen=True)
class Noted:
    """An entity in a list with a note in brackets (a meeting's roles, a document's date);
    "" for none."""

    link: Link
    note: str


@dataclass(frozen=True)
class Post:
    """A person who held a post in the agency: the role, the latest day they were named so."""

    link: Link
    role: str
    latest: str


@dataclass(frozen=True)
class Held:
    """A post a person held: the mandate's page (by the role), the organisation (None when
    the documents name none), how the documents word the post, the first and latest days
    they name the person so ("" when no day is known), and the quotes."""

    link: Link
    organisation: Link | None
    wordings: list[str]
    first: str
    latest: str
    quotes: Quotes


@dataclass(frozen=True)
class Mentions:
    """How many documents mention the entity, the latest of them, and the browse page of
    all of them (None when there is none for its kind)."""

    count: int
    latest: list[Noted]
    everything: str | None


@dataclass(frozen=True)
class Listing:
    """The first entries of a list (:class:`Fact` or :class:`Noted`), how many there are in
    all, and the page of all of them (None when every entry is shown)."""

    shown: list
    total: int
    everything: str | None = None


@dataclass(frozen=True)
class Neighbours:
    """A network presidency's year, the chairs the documents give for the years before and
    after (each a link to that presidency), and the other agencies they give for the same
    year, each with its quotes: a conflict the data holds, shown as such."""

    year: str
    before: list[Link]
    after: list[Link]
    rivals: list[Fact]


@dataclass
class Answers:
    """What an entity's page answers first; a list is empty, or a field None, when it does
    not apply. ``kind`` names what the entity is for the headings ("meeting",
    "network-presidency", "council-presidency", "system", "person", "priority", "topic", or
    "" for anything else); ``summary`` is its own facts as (what, values) rows; ``documents``
    the documents that state it, each with its quotes."""

    kind: str = ""
    summary: list[tuple[str, list[Link]]] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    chairs: list[Fact] = field(default_factory=list)
    neighbours: Neighbours | None = None
    priorities: list[Fact] = field(default_factory=list)  # a Council presidency's, quoted
    operators: list[Fact] = field(default_factory=list)  # who runs a system, quoted
    posts: list[Held] = field(default_factory=list)  # a person's
    put_forward_by: list[Fact] = field(default_factory=list)  # the presidencies that made a priority theirs
    wordings: Listing | None = None  # a priority in the documents' words (Noted topics)
    concepts: list[Link] = field(default_factory=list)  # the priorities a topic as worded names
    meetings: list[Noted] = field(default_factory=list)
    all_meetings: str | None = None  # the browse page of them when the list is cut
    held_under: Listing | None = None  # the meetings held under a Council presidency
    discussed_at: Listing | None = None  # the meetings that discussed a system or a priority
    documents: Listing | None = None
    people: list[Post] = field(default_factory=list)
    systems: list[Link] = field(default_factory=list)
    presidencies: list[Link] = field(default_factory=list)
    mentions: Mentions | None = None
