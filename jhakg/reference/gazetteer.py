"""Matchers built from the reference RDF under ``reference/``.

Every label (skos:prefLabel, skos:altLabel, rdfs:label, a usable skos:notation) of the
reference entities becomes a pattern; the gazetteer finds them in text with their
spans. No name is known to the code: add a spelling variant to the reference data and
the matchers learn it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rdflib import Graph, Literal, URIRef

from ..namespaces import JHA, RDF, RDFS, SCHEMA, SKOS
from ..regexes import compiled

# kind -> class whose instances are matched
KINDS: dict[str, URIRef] = {
    "agency": JHA.Agency,
    "system": JHA.InformationSystem,
    "country": JHA.Country,
    "city": JHA.City,
    "organisation": JHA.Organisation,
    "priority": JHA.PolicyPriority,
    "role": JHA.Role,
}
SUBCLASSES = {
    JHA.Country: (JHA.MemberState,),
    JHA.Organisation: (JHA.Institution, JHA.Committee, JHA.Network),
}


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: str
    entities: tuple[str, ...]  # IRIs (more than one when a label is shared, e.g. Luxembourg)
    plural: bool = False  # 'Vice-Presidents': a role label in the plural

    @property
    def entity(self) -> str:
        return self.entities[0]


@dataclass
class Entity:
    iri: str
    kind: str
    label: str
    notation: str | None
    types: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class CouncilTerm:
    iri: str
    member_state: str
    start: dt.date
    end: dt.date


def _acronym(word: str) -> bool:
    """An acronym-like word ('SIS', 'LISA', 'sBMS', 'EU', 'CODEX') must match with its letter
    case; other words match in any case ('Frontex', 'FRONTEX', 'frontex')."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and (all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:]))


_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # words on one line, or wrapped once: never across a blank line
_TOKEN_PATTERNS = {"space": _SPACE, "hyphen": r"\s?[-‐–]\s?", "apostrophe": "['’]?"}


def _tokens(label: str) -> list[tuple[str, str | None]]:
    """A label as the tokens its pattern is made of: characters (case-sensitive in an
    acronym-like word, else in any case), spaces, hyphens and optional apostrophes."""
    out: list[tuple[str, str | None]] = []
    words = label.split()
    for n, word in enumerate(words):
        for piece in re.split(r"([-‐–/])", word):
            if piece in ("-", "‐", "–"):
                out.append(("hyphen", None))
            elif piece == "/":
                out.append(("exact", "/"))
            elif piece:
                exact = _acronym(piece)
                for ch in piece:
                    if ch in "'’":
                        out.append(("apostrophe", None))
                    else:
                        out.append(("exact", ch) if exact else ("any case", ch.lower()))
        if n < len(words) - 1:
            out.append(("space", None))
    return out


def _token_pattern(token: tuple[str, str | None]) -> str:
    kind, ch = token
    if kind in _TOKEN_PATTERNS:
        return _TOKEN_PATTERNS[kind]
    escaped = re.escape(ch)
    return f"(?-i:{escaped})" if kind == "exact" and ch.lower() != ch.upper() else escaped


def _trie_pattern(labels: set[str]) -> str:
    """One pattern for many labels, as a trie: labels that begin alike share their start, so
    the matcher reads each character once instead of trying every label in turn; a longer
    label is tried before a shorter one that ends where it goes on."""
    root: dict = {}
    for label in labels:
        node = root
        for token in _tokens(label):
            node = node.setdefault(token, {})
        node[None] = {}

    def emit(node: dict) -> str:
        branches = [_token_pattern(t) + emit(child) for t, child in
                    sorted(((t, c) for t, c in node.items() if t is not None), key=lambda tc: tc[0])]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return emit(root)


def _compile(labels: list[str], plural: bool = False, chained: bool = False) -> re.Pattern[str] | None:
    """One pattern for a kind's labels; with ``plural`` a label may take an -s ('the two
    Vice-Presidents'); with ``chained`` a name may follow another capitalised name and a
    hyphen ('Frontex-EUAA-Europol', 'EES-ETIAS'), never a prefix ('non-', 'anti-')."""
    if not labels:
        return None
    trie = _trie_pattern(set(labels))
    before = r"(?:(?<![\w\-‐])|(?<=\w-))" if chained else r"(?<![\w\-‐])"  # find() checks the word before
    return compiled(rf"{before}(?P<label>{trie})(?P<plural>s)?(?![\w])" if plural
                      else rf"{before}(?P<label>{trie})(?![\w])", re.IGNORECASE)


_PREFIX = 3  # a word is looked up by its first characters, up to this many
_WORD_START = compiled(rf"\b\w{{1,{_PREFIX}}}")  # a word's first characters


def _first_letters(label: str) -> str | None:
    """What a word that can begin the label begins with: the label's first run of letters
    and digits, lower-cased, cut at ``_PREFIX`` (an apostrophe may be left out and a
    hyphen or space spaced otherwise, so the run stops there); None when the label does not
    begin with a letter or digit."""
    run = re.match(r"[^\W_]+", label)
    return run.group().lower()[:_PREFIX] if run else None


_SPACES, _APOSTROPHES, _DASH = compiled(r"\s+"), compiled(r"['’]"), compiled(r"\s*[-‐–]\s*")


@lru_cache(maxsize=4096)  # the same few spellings are matched in text after text
def _key(text: str) -> str:
    """Labels and matched text meet on this key: spaces, apostrophes and dashes folded,
    case folded (the pattern has already enforced the case of acronyms)."""
    return _DASH.sub("-", _APOSTROPHES.sub("", _SPACES.sub(" ", text))).casefold()


def _finditer(pattern: re.Pattern[str], text: str, starts: list[int] | None):
    """``pattern.finditer(text)``, tried only at ``starts`` (None: everywhere), where a word
    begins as one of the pattern's labels does: a match begins a word, since no letter, digit
    or hyphen may precede it but the hyphen chaining it to a name. The same matches, twice as
    fast as letting the engine try every character."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the last match, as finditer would
        m = pattern.match(text, start)
        if m:
            end = m.end()
            yield m


class Gazetteer:
    def __init__(self, reference: Graph):
        self.graph = reference
        self.entities: dict[str, Entity] = {}
        self._labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._patterns: list[tuple[str, re.Pattern[str], dict[str, set[str]]]] = []
        self._openings: dict[str, set[int]] = defaultdict(set)  # first letters -> the patterns a word so begun may start
        self._scan_all: set[int] = set()  # patterns with a label that begins otherwise: tried everywhere
        self._patterns_for: dict[str, tuple[int, ...]] = {}  # a word's first letters -> the patterns to try there
        for kind, cls in KINDS.items():
            for iri in sorted(self._instances(cls)):
                if kind == "organisation" and (iri, RDF.type, JHA.Agency) in reference:
                    continue
                self._add_entity(iri, kind)
        self._add_demonyms()
        self._build()
        self.council_terms = self._council_terms()
        self.council = self._presided_body()
        self.jha_network = self._agencies_network()
        self.networks = {e.iri for e in self.entities.values() if str(JHA.Network) in e.types}

    # -- building

    def _instances(self, cls: URIRef) -> set[URIRef]:
        found = set(self.graph.subjects(RDF.type, cls))
        for sub in SUBCLASSES.get(cls, ()):
            found |= set(self.graph.subjects(RDF.type, sub))
        return {s for s in found if isinstance(s, URIRef)}

    def _add_entity(self, iri: URIRef, kind: str) -> None:
        g = self.graph
        if kind == "priority" and (iri, RDF.type, JHA.EMPACTPriority) in g:
            return  # cycle priorities are matched through the topic concepts they match
        pref = g.value(iri, SKOS.prefLabel) or g.value(iri, RDFS.label)
        notation = g.value(iri, SKOS.notation)
        entity = Entity(str(iri), kind, str(pref) if pref else str(iri),
                        str(notation) if notation else None,
                        {str(t) for t in g.objects(iri, RDF.type)})
        self.entities[str(iri)] = entity
        labels = {str(x) for p in (SKOS.prefLabel, SKOS.altLabel, RDFS.label) for x in g.objects(iri, p)}
        if notation and kind in ("agency", "system") and len(str(notation)) >= 3:
            labels.add(str(notation))
        for label in labels:
            label = label.strip()
            if len(label) >= 2:
                self._labels[kind][label].add(str(iri))

    def _add_demonyms(self) -> None:
        """Demonyms of countries ('Estonian'), what texts call a network's members together
        ('Justice and Home Affairs agencies'), and the phrases that open with a label but do not
        name its entity ('Member State' is no member): kinds of their own."""
        for prop, kind in ((JHA.demonym, "demonym"), (JHA.membersLabel, "members"), (JHA.lookalike, "lookalike")):
            for iri, label in self.graph.subject_objects(prop):
                if str(iri) in self.entities:
                    self._labels[kind][str(label)].add(str(iri))

    def _build(self) -> None:
        for kind, labels in self._labels.items():
            folded: dict[str, set[str]] = defaultdict(set)
            for label, iris in labels.items():
                folded[_key(label)] |= iris
            # the labels that begin a word ('Den Haag') are tried where a word so begins; the few
            # that begin otherwise ("'s-Gravenhage") have a pattern of their own, tried everywhere
            openings = {label: _first_letters(label) for label in labels}
            for worded in (True, False):
                group = [label for label, opening in openings.items() if (opening is not None) == worded]
                pattern = _compile(group, plural=kind == "role", chained=kind in ("agency", "system"))
                if not pattern:
                    continue
                index = len(self._patterns)
                self._patterns.append((kind, pattern, folded))
                if worded:
                    for label in group:
                        self._openings[openings[label]].add(index)
                else:
                    self._scan_all.add(index)

    def _agencies_network(self) -> str | None:
        """The network the agencies are members of (the JHA Agencies' Network)."""
        counts: dict[str, int] = defaultdict(int)
        for _, network in self.graph.subject_objects(JHA.memberOfNetwork):
            counts[str(network)] += 1
        return max(sorted(counts), key=lambda k: counts[k]) if counts else None

    def _presided_body(self) -> str | None:
        """The body the calendar's terms are presidencies of (the Council of the EU)."""
        bodies = {str(body) for term in self.council_terms
                  for body in self.graph.objects(URIRef(term.iri), JHA.presidencyOf)}
        return bodies.pop() if len(bodies) == 1 else None

    def _council_terms(self) -> list[CouncilTerm]:
        g = self.graph
        terms = []
        for p in g.subjects(RDF.type, JHA.CouncilPresidency):
            holder, start, end = g.value(p, JHA.heldBy), g.value(p, SCHEMA.startDate), g.value(p, SCHEMA.endDate)
            if holder and isinstance(start, Literal) and isinstance(end, Literal):
                terms.append(CouncilTerm(str(p), str(holder), start.toPython(), end.toPython()))
        return sorted(terms, key=lambda t: t.start)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The capitalised words of every label ('Agency', 'Rights', 'Frontex'): a phrase made
        of them names a body, not a person."""
        words: set[str] = set()
        for kind, labels in self._labels.items():
            for label in labels if kind != "lookalike" else ():
                words.update(w for w in re.findall(r"[^\W\d_]+", label) if w[:1].isupper())
        return frozenset(words)

    @cached_property
    def capitals(self) -> dict[str, str]:
        """country IRI -> the IRI of its capital."""
        return {str(country): str(city) for city, country in self.graph.subject_objects(JHA.capitalOf)}

    @cached_property
    def seats(self) -> dict[str, tuple[str, int | None, bool]]:
        """agency IRI -> (the IRI of its seat, the year the seat became its seat where it had
        another before (None: its only seat), whether it has other sites (schema:location))."""
        out = {}
        for agency, city in self.graph.subject_objects(JHA.seat):
            since = self.graph.value(agency, JHA.seatSince)
            year = int(str(since)[:4]) if since is not None else None
            out[str(agency)] = (str(city), year, self.graph.value(agency, SCHEMA.location) is not None)
        return out

    @cached_property
    def political_groups(self) -> dict[str, str]:
        """A parliament's political group, by its short name ('EPP'), -> the parliament's IRI."""
        return {str(label): str(iri) for iri, label in sorted(self.graph.subject_objects(JHA.politicalGroupLabel))}

    @cached_property
    def default_organisations(self) -> dict[str, str]:
        """role IRI -> the organisation it belongs to when a text names none."""
        return {str(role): str(org) for role, org in self.graph.subject_objects(JHA.defaultOrganisation)}

    # -- use

    def find(self, text: str, kinds: set[str] | None = None) -> list[Match]:
        """Non-overlapping matches, longest first; equal spans of several kinds are all kept."""
        raw: list[Match] = []
        starts = self._word_starts(text)
        for index, (kind, pattern, folded) in enumerate(self._patterns):
            if kinds is not None and kind not in kinds and kind != "lookalike":
                continue
            where = None if index in self._scan_all else starts.get(index, [])
            for m in _finditer(pattern, text, where):
                iris = folded.get(_key(m.group("label")))
                if iris and m.start() and text[m.start() - 1] == "-" and \
                        not re.search(r"(?:^|[^\w-])[A-Z]\w*(?:-[A-Z]\w*)*-$", text[max(0, m.start() - 40):m.start()]):
                    continue  # 'non-Europol': a prefix, not a name chained to another
                if iris:
                    raw.append(Match(m.start(), m.end(), kind, tuple(sorted(iris)),
                                     plural=bool(m.groupdict().get("plural"))))
        raw.sort(key=lambda x: (x.start, -(x.end - x.start), x.kind))
        chosen: list[Match] = []
        for match in raw:
            if chosen and match.start < chosen[-1].end:
                last = chosen[-1]
                if (match.start, match.end) == (last.start, last.end) and match.kind != last.kind:
                    chosen.append(match)
                continue
            chosen.append(match)
        # a lookalike has taken the place of the shorter match it holds, and is no match itself
        return [match for match in chosen if match.kind != "lookalike"]

    def _word_starts(self, text: str) -> dict[int, list[int]]:
        """Pattern index -> where in ``text`` a word begins as one of its labels does."""
        found: list[list[int]] = [[] for _ in self._patterns]
        patterns_for = self._patterns_for
        for m in _WORD_START.finditer(text):
            opening = m.group().lower()
            indexes = patterns_for.get(opening)
            if indexes is None:
                indexes = patterns_for[opening] = tuple(sorted(set().union(
                    *(self._openings.get(opening[:n], ()) for n in range(1, len(opening) + 1)))))
            start = m.start()
            for index in indexes:
                found[index].append(start)
        return {index: starts for index, starts in enumerate(found) if starts}

    def notation(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return (entity.notation or entity.label) if entity else iri.rsplit("/", 1)[-1]

    def label(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return entity.label if entity else iri.rsplit("/", 1)[-1]

    def council_term_on(self, day: dt.date) -> CouncilTerm | None:
        for term in self.council_terms:
            if term.start <= day <= term.end:
                return term
        return None

    def council_term_of(self, member_state: str, near: dt.date, within_days: int = 550) -> CouncilTerm | None:
        """The member state's presidency term containing or nearest to a date, if one is
        within reach (member states hold it about every 13 years, so this is unambiguous)."""
        best = None
        for term in self.council_terms:
            if term.member_state != member_state:
                continue
            if term.start <= near <= term.end:
                return term
            distance = min(abs((term.start - near).days), abs((term.end - near).days))
            if distance <= within_days and (best is None or distance < best[0]):
                best = (distance, term)
        return best[1] if best else None
