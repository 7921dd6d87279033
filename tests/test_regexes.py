"""The extraction's patterns compiled from the code a build keeps (jhakg.regexes): the same
patterns as ``re.compile`` gives, whatever the file holds."""

from __future__ import annotations

import marshal
import re

import pytest

import jhakg.extract  # noqa: F401  (its patterns compiled, through PATTERNS)
from jhakg.extract.person_names import WORD
from jhakg.pipeline.cache import Cache
from jhakg.pipeline.setup import Setup
from jhakg.regexes import ENGINE, PATTERNS, PatternCache

SAMPLE = [(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-zé]+)", 0), (r"\bthe\s+agency\b", re.IGNORECASE),
          (WORD, 0)]  # a name's word, with the accented letters of the EU's Latin scripts


def _same(found: re.Pattern, pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert found == expected  # the same pattern, flags and compiled code
    assert (found.groups, found.groupindex) == (expected.groups, expected.groupindex)


def test_every_pattern_of_the_extraction_comes_back_the_same_from_a_kept_file(tmp_path):
    assert len(PATTERNS.used) > 400  # the import compiled them all through the cache
    first = PatternCache()
    first.use(tmp_path / "patterns.marshal")
    for pattern, flags in PATTERNS.used:
        first.compiled(pattern, flags)
    first.save()
    second = PatternCache()
    second.use(tmp_path / "patterns.marshal")
    assert second.kept.keys() == PATTERNS.used.keys()
    for pattern, flags in PATTERNS.used:
        _same(second.compiled(pattern, flags), pattern, flags)


def test_a_pattern_matches_as_re_compile_makes_it(tmp_path):
    for round_ in range(2):  # compiled, then from the file
        cache = PatternCache()
        cache.use(tmp_path / "p.marshal")
        assert bool(cache.kept) == (round_ == 1)
        found = [cache.compiled(p, f) for p, f in SAMPLE]
        cache.save()
        assert found[0].search("on 12 December").groupdict() == {"day": "12", "month": "December"}
        assert found[1].search("THE Agency said") and not found[1].search("theagency")
        assert found[2].fullmatch("Šefčovič") and found[2].fullmatch("Łukasz") and not found[2].fullmatch("šefčovič")


@pytest.mark.parametrize("damage", ["code", "engine", "bytes", "shape"])
def test_a_damaged_or_foreign_file_is_not_used(tmp_path, damage):
    file = tmp_path / "p.marshal"
    cache = PatternCache()
    cache.use(file)
    for p, f in SAMPLE:
        cache.compiled(p, f)
    cache.save()
    engine, kept = marshal.loads(file.read_bytes())
    if damage == "code":  # code the engine refuses: every pattern's last words cut off
        kept = {key: (parts[0], parts[1][:-3], *parts[2:]) for key, parts in kept.items()}
        file.write_bytes(marshal.dumps((engine, kept)))
    elif damage == "engine":  # another Python's
        file.write_bytes(marshal.dumps((("3.0.0", *ENGINE[1:]), kept)))
    elif damage == "bytes":
        file.write_bytes(file.read_bytes()[:1000])
    else:
        file.write_bytes(marshal.dumps((engine, {key: 7 for key in kept})))
    again = PatternCache()
    again.use(file)
    assert not again.kept if damage in ("engine", "bytes") else again.kept.keys() == kept.keys()
    for p, f in SAMPLE:
        _same(again.compiled(p, f), p, f)
    again.save()  # and the file holds good code again
    last = PatternCache()
    last.use(file)
    assert last.kept == again.used
    for p, f in SAMPLE:
        _same(last.compiled(p, f), p, f)


def test_a_folder_it_cannot_write_to_leaves_the_patterns_compiled(tmp_path):
    (tmp_path / "taken").write_text("a file where the folder would be")
    cache = PatternCache()
    cache.use(tmp_path / "taken" / "p.marshal")
    found = cache.compiled(*SAMPLE[0])
    cache.save()
    _same(found, *SAMPLE[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_a_setup_keeps_the_patterns_and_a_setup_of_another_fingerprint_drops_them(tmp_path):
    keep = tmp_path / "cache" / "setup"
    setup = Setup(keep=keep).warm()
    file = keep / f"patterns-{setup.fingerprint[:16]}.marshal"
    assert file.is_file()
    kept = PatternCache()
    kept.use(file)
    assert len(kept.kept) > 400
    Cache(tmp_path / "cache").prune_setups("0" * 64)
    assert not file.exists() and not list(keep.iterdir())
