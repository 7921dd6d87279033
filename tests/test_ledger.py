"""The build's ledger: a rebuild reads only the documents whose files changed, takes the
summaries of the others and the totals of VoID and the statistics from the last build, and
still writes the bytes of a build from nothing; a ledger it cannot trust is not used."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import jhakg.pipeline as pipeline
from jhakg.pipeline import build, sources_of
from jhakg.pipeline.ledger import NAME

from .test_pipeline import CORPUS, _bytes, _copy


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The document files the build reads; every file counts as settled at once."""
    seen: list[str] = []
    real = pipeline.read_bytes

    def counting(path: Path) -> bytes:
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(pipeline, "read_bytes", counting)
    monkeypatch.setattr(pipeline, "SETTLED_NS", 0)
    return seen


def _names() -> list[str]:
    return sorted(p.name for p in CORPUS.glob("*.txt"))[:8]


def test_a_rebuild_reads_only_what_changed_and_writes_a_full_builds_bytes(tmp_path, reads):
    names = _names()
    folder = _copy(names[:6], CORPUS, tmp_path / "docs")
    cache, out = tmp_path / "cache", tmp_path / "dist"

    def rebuild(label: str, read: list[str], processed: int) -> None:
        reads.clear()
        result = build(folder, out, cache=cache, workers=1)
        assert sorted(reads) == read and result.processed == processed, label
        assert _bytes(out) == _bytes(build(folder, tmp_path / f"full-{label}", workers=1).out), label

    build(folder, out, cache=cache, workers=1)
    assert sorted(reads) == names[:6]
    rebuild("unchanged", [], 0)
    changed = folder / names[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEuropol chairs the JHA agencies' network in 2032.\n",
                       encoding="utf-8")
    rebuild("changed", [names[2]], 1)
    shutil.copy(CORPUS / names[6], folder / names[6])
    rebuild("added", [names[6]], 1)
    kept = (folder / names[4]).read_bytes()
    (folder / names[4]).unlink()
    rebuild("deleted", [], 0)
    (folder / names[4]).write_bytes(kept)  # back: a new file (read), whose entry the cache still has
    rebuild("restored", [names[4]], 0)
    (folder / names[0]).touch()  # its time changed, not its bytes
    rebuild("touched", [names[0]], 0)


def test_a_file_changed_just_before_the_build_read_it_is_not_vouched_for(tmp_path):
    folder = _copy(_names()[:2], CORPUS, tmp_path / "docs")
    _, _, files = sources_of(folder)
    assert files == {}  # copied a moment ago: the next build reads them again


@pytest.mark.parametrize("damage", ["garbage", "other totals", "entry gone"])
def test_a_ledger_the_build_cannot_trust_is_not_used(tmp_path, reads, damage):
    names = _names()
    folder = _copy(names[:5], CORPUS, tmp_path / "docs")
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(folder, out, cache=cache, workers=1)
    ledger = cache / NAME
    if damage == "garbage":
        ledger.write_text("{not json", encoding="utf-8")
    elif damage == "other totals":  # totals that do not hold the documents it says they hold
        data = json.loads(ledger.read_text(encoding="utf-8"))
        data["statistics"]["documents_of"] = {}
        data["classes"]["shared"] = {}
        ledger.write_text(json.dumps(data), encoding="utf-8")
    (folder / names[1]).unlink()  # its part is taken away from the totals...
    if damage == "entry gone":  # ...unless its entry, where the part is read from, is gone
        for entry in cache.glob("*/*.entry"):
            if json.loads(entry.read_bytes().split(b"\n", 1)[0])["file_name"] == names[1]:
                entry.unlink()
    build(folder, out, cache=cache, workers=1)
    assert _bytes(out) == _bytes(build(folder, tmp_path / "full", workers=1).out)


def test_the_extra_files_are_made_once_for_a_setup(tmp_path):
    folder = _copy(_names()[:2], CORPUS, tmp_path / "docs")
    calls: list[Path] = []

    def extras(written: Path) -> dict[str, bytes]:
        calls.append(written)
        return {"about.html": "<p>ontologie, décrite</p>".encode() + (written / "ontology.ttl").read_bytes()[:40]}

    first = build(folder, tmp_path / "dist", cache=tmp_path / "cache", workers=1, extras=extras)
    page = (first.out / "about.html").read_bytes()
    build(folder, tmp_path / "dist", cache=tmp_path / "cache", workers=1, extras=extras)
    assert len(calls) == 1 and (tmp_path / "dist" / "about.html").read_bytes() == page
