"""Scoring extracted facts against a gold file, as ``../shared/spec/facts.md`` defines it:
per fact type precision, recall and F1 over the type's key, documents compared one by
one; optional gold facts count neither as missed nor, when found, as wrong."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, UsageError
from .kinds import EXCHANGE, FACT_TYPES
from .kinds.base import agency_key, fold

STOPWORDS = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "by", "at", "eu", "its", "their"}


def key_of(fact: dict) -> tuple | None:
    """The key the spec matches a fact of its type on (each kind's module says which)."""
    kind = EXCHANGE.get(fact.get("type"))
    return kind.key(fact) if kind else None


def _content_words(text: str) -> set[str]:
    return {w for w in fold(text).split() if w not in STOPWORDS}


_SUFFIXES = ("isation", "ization", "ations", "ation", "ings", "ing", "ers", "ies", "ism", "ist", "er", "es", "ed", "s")


def _stem(word: str) -> str:
    """A light English stem, so that inflections of one word meet ('smugglers', 'smuggling';
    'returns', 'return'; 'terrorism', 'terrorist') but different words do not."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[:-len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word  # 'crime', 'crimes


def _stems(text: str, joined: bool) -> set[str]:
    """Stems of a text's content words; with ``joined`` a hyphenated compound is one word
    ('cyber-attacks' as 'cyberattacks')."""
    text = str(text or "")
    if joined:
        text = re.sub(r"(?<=\w)[-‐‑–](?=\w)", "", text)
    return {_stem(w) for w in _content_words(text)}


def topic_overlap(found: str, gold: str) -> float:
    """The share of the gold topic's content words that appear in the found topic (a word
    matches another with the same stem; 'cyber-attacks' and 'cyberattacks' are one word)."""
    f = _stems(found, False) | _stems(found, True)
    best = 0.0
    for joined in (False, True):
        g = _stems(gold, joined)
        if g:
            best = max(best, len(g & f) / len(g))
    return best


def topic_matches(found: str, gold: str) -> bool:
    """A topic matches when at least half of the gold topic's content words appear in it."""
    return topic_overlap(found, gold) >= 0.5


def role_right(found: str, gold: str) -> bool:
    words = _content_words(found)
    gold_words = _content_words(gold)
    return bool(words) and sum(w in gold_words for w in words) * 2 >= len(words)


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Error:
    kind: str  # "false positive" / "false negative"
    document: str
    fact: dict
    evidence: str | None = None


@dataclass
class Score:
    types: dict[str, TypeScore]
    errors: list[Error]
    documents: int


def read_split(spec: str) -> set[str]:
    """The document names of one part of a split file, given as ``FILE:PART``: a JSON object
    whose ``PART`` key lists file names (``tests/real_split.json:dev``)."""
    file, sep, part = spec.rpartition(":")
    if not sep or not file or not part:
        raise UsageError(spec, "give the split as FILE:PART, e.g. tests/real_split.json:dev")
    try:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(file, f"is not a readable JSON split file ({exc})") from exc
    names = data.get(part) if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        parts = ", ".join(k for k, v in data.items() if isinstance(v, list)) if isinstance(data, dict) else ""
        raise UsageError(file, f"has no list of document names called {part!r} (it has: {parts or 'none'})")
    return {Path(n).name for n in names}


def read_gold(path: Path, only: set[str] | None = None) -> list[dict]:
    """A gold file, or a folder of ``*.gold.json`` files; with ``only``, just the entries of
    those documents (the others are not even checked, so a blind part stays unread)."""
    files = sorted(path.glob("*.gold.json")) if path.is_dir() else [path]
    if not files:
        raise InputError(path, "holds no *.gold.json files")
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f, f"is not a readable JSON gold file ({exc})") from exc
        if not isinstance(data, list):
            raise InputError(f, "must hold a JSON array of {document, facts} objects")
        for n, entry in enumerate(data):
            name = entry.get("document") or entry.get("file") if isinstance(entry, dict) else None
            if only is not None and name and Path(name).name not in only:
                continue
            if not name or not isinstance(entry.get("facts"), list):
                raise InputError(f, f"entry {n} needs 'document' (or 'file') and a 'facts' list")
            for fact in entry["facts"]:
                if fact.get("type") not in FACT_TYPES:
                    raise InputError(f, f"entry {n}: unknown fact type {fact.get('type')!r}")
            out.append({"document": Path(name).name, "facts": entry["facts"]})
    return out


def _chair_ok(found: object, gold: object) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    return any((o is None and found is None) or (o is not None and found is not None and
                                                 (agency_key(o) == agency_key(found) or fold(o) == fold(found)))
               for o in options)


def score(found: list[dict], gold: list[dict]) -> Score:
    found_by_doc = {d["document"]: d["facts"] for d in found}
    types = {t: TypeScore() for t in FACT_TYPES}
    errors: list[Error] = []
    for entry in gold:
        doc = entry["document"]
        mine = found_by_doc.get(doc, [])
        for t in FACT_TYPES:
            g_facts = [f for f in entry["facts"] if f["type"] == t]
            m_facts = [f for f in mine if f["type"] == t]
            _score_type(t, doc, m_facts, g_facts, types[t], errors)
    return Score(types, errors, len(gold))


def _unique(facts: list[dict], t: str) -> list[dict]:
    """Facts are compared as sets of keys: one fact per key (a required one wins over an
    optional one; EASO and EUAA are one key)."""
    if t == "priority":
        return facts
    out: dict[tuple, dict] = {}
    for f in facts:
        k = key_of(f)
        if k not in out or (out[k].get("optional") and not f.get("optional")):
            out[k] = f
    return list(out.values())


def _topic_pairs(mine: list[dict], gold: list[dict]) -> dict[int, int]:
    """Found priority topics paired one to one with the gold topics they match, as many pairs
    as possible (augmenting paths), required gold topics served before optional ones."""
    fits = {j: [i for i, m in enumerate(mine) if topic_matches(m.get("topic", ""), g.get("topic", ""))]
            for j, g in enumerate(gold)}
    owner: dict[int, int] = {}  # found index -> gold index

    def assign(j: int, seen: set[int]) -> bool:
        for i in fits[j]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or assign(owner[i], seen):
                owner[i] = j
                return True
        return False

    for j in sorted(fits, key=lambda j: bool(gold[j].get("optional"))):
        assign(j, set())
    return {j: i for i, j in owner.items()}


def _score_type(t: str, doc: str, mine: list[dict], gold: list[dict], s: TypeScore, errors: list[Error]) -> None:
    mine, gold = _unique(mine, t), _unique(gold, t)
    used: set[int] = set()
    matched_mine: set[int] = set()
    pairs = _topic_pairs(mine, gold) if t == "priority" else {}
    order = sorted(range(len(gold)), key=lambda j: bool(gold[j].get("optional")))  # required facts claim matches first
    for j in order:
        g = gold[j]
        hit = pairs.get(j) if t == "priority" else next(
            (i for i, m in enumerate(mine) if i not in used and key_of(m) == key_of(g)), None)
        if hit is None:
            if not g.get("optional"):
                s.fn += 1
                errors.append(Error("false negative", doc, g))
            continue
        used.add(hit)
        matched_mine.add(hit)
        m = mine[hit]
        if g.get("optional"):
            continue
        s.tp += 1
        if t == "meeting":
            s.extra["end"][0] += m.get("end") == g.get("end", g.get("start"))
            s.extra["end"][1] += 1
            s.extra["chair_or_host"][0] += _chair_ok(m.get("chair_or_host"), g.get("chair_or_host"))
            s.extra["chair_or_host"][1] += 1
        if t == "person_role":
            s.extra["role"][0] += role_right(m.get("role", ""), g.get("role", ""))
            s.extra["role"][1] += 1
    for i, m in enumerate(mine):
        if i not in matched_mine:
            # a second wording of a gold topic already matched is the same key, no error
            if t == "priority" and any(topic_matches(m.get("topic", ""), g.get("topic", "")) for g in gold):
                continue
            s.fp += 1
            errors.append(Error("false positive", doc, {k: v for k, v in m.items() if k != "evidence"},
                                m.get("evidence")))


def read_floors(path: Path) -> dict[str, dict[str, float]]:
    """A floors file: ``{"fact type": {"precision": 0.95, "recall": 0.85}, ...}``; a type or a
    measure it leaves out is not held."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"is not a readable JSON floors file ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(path, "must hold a JSON object of fact types")
    out = {}
    for kind, floors in data.items():
        if kind.startswith("$"):
            continue  # '$comment'
        if kind not in FACT_TYPES:
            raise InputError(path, f"unknown fact type {kind!r} (known: {', '.join(FACT_TYPES)})")
        if not isinstance(floors, dict) or set(floors) - {"precision", "recall"} or not all(
                isinstance(v, (int, float)) and 0 <= v <= 1 for v in floors.values()):
            raise InputError(path, f"{kind}: give 'precision' and/or 'recall' as numbers from 0 to 1")
        out[kind] = {k: float(v) for k, v in floors.items()}
    return out


def floors_met(result: Score, floors: dict[str, dict[str, float]]) -> list[str]:
    """What falls below a floors file's levels."""
    failures = []
    for kind, levels in floors.items():
        s = result.types[kind]
        if s.tp + s.fp + s.fn == 0:
            continue
        for measure, level in levels.items():
            value = getattr(s, measure)
            if value < level:
                failures.append(f"{kind}: {measure} {value:.3f} < {level}")
    return failures


def thresholds_met(result: Score, min_precision: float | None, min_recall: float | None,
                   recall_types: tuple[str, ...]) -> list[str]:
    failures = []
    for t, s in result.types.items():
        if s.tp + s.fp + s.fn == 0:
            continue
        if min_precision is not None and s.precision < min_precision:
            failures.append(f"{t}: precision {s.precision:.3f} < {min_precision}")
        if min_recall is not None and t in recall_types and s.recall < min_recall:
            failures.append(f"{t}: recall {s.recall:.3f} < {min_recall}")
    return failures


def build_and_score(gold_path: Path, docs: Path | None = None, dist: Path | None = None,
                    only: set[str] | None = None) -> tuple[Score, list]:
    """Build the documents a gold set names (from ``docs``, else the gold's own folder) into
    a temporary dist, read the facts back from it and score them. Returns the score and
    the documents skipped as unusable."""
    from .pipeline import build
    from .query.facts import facts_from_dist

    gold = read_gold(gold_path, only)
    if only is not None and not gold:
        raise UsageError(gold_path, "holds none of the documents the split names")
    skipped: list = []
    if dist is None:
        source = docs or (gold_path if gold_path.is_dir() else gold_path.parent)
        work = Path(tempfile.mkdtemp(prefix="jhakg-eval-"))
        try:
            folder = work / "docs"
            folder.mkdir()
            for entry in gold:
                path = source / entry["document"]
                if not path.is_file():
                    raise InputError(gold_path, f"names {entry['document']!r}, which is not in {source}")
                os.symlink(path.resolve(), folder / path.name)
            catalog = source / "catalog.csv"
            if catalog.exists():
                rows = catalog.read_text(encoding="utf-8").splitlines()
                keep = {e["document"] for e in gold}
                (folder / "catalog.csv").write_text(
                    "\n".join([rows[0]] + [r for r in rows[1:] if r.split(",", 1)[0] in keep]) + "\n", encoding="utf-8")
            dist = work / "dist"
            skipped = build(folder, dist, strict=False, reasoner="none").skipped
            found = facts_from_dist(dist, evidence=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    else:
        found = facts_from_dist(dist, evidence=True)
    return score(found, gold), skipped
