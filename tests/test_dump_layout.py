"""A rebuild copies what did not change from the last build's dumps, in runs, and only a
changed document's pieces from the cache; it trusts those dumps only as they were written
(a dump changed since, even to the same size and modification time, is not read), and it
still writes the bytes of a build from nothing."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import jhakg.pipeline as pipeline
from jhakg.errors import InputError
from jhakg.pipeline import build, schedulers
from jhakg.publish import dump_writer
from jhakg.publish.dump_writer import DumpWriter

from .test_pipeline import CORPUS, _bytes, _copy


@pytest.fixture
def copies(monkeypatch) -> list[tuple[str, str]]:
    """Where each piece came from: ('cache', entry) or ('last dump', its name), a run once."""
    seen: list[tuple[str, str]] = []
    real_copy, real_flush = DumpWriter.copy, DumpWriter._flush_run

    def copy(self, path, offset, length):
        seen.append(("cache", path.name))
        real_copy(self, path, offset, length)

    def flush_run(self):
        if self.run:
            seen.append(("last dump", self.old_path.name))
        real_flush(self)

    monkeypatch.setattr(DumpWriter, "copy", copy)
    monkeypatch.setattr(DumpWriter, "_flush_run", flush_run)
    monkeypatch.setattr(pipeline, "SETTLED_NS", 0)
    return seen


def _docs(tmp_path: Path) -> Path:
    return _copy(sorted(p.name for p in CORPUS.glob("*.txt"))[:6], CORPUS, tmp_path / "docs")


def _change(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\nEuropol chairs the JHA agencies' network in 2031.\n",
                    encoding="utf-8")


def test_a_rebuild_copies_the_unchanged_from_the_last_dumps(tmp_path, copies):
    folder = _docs(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(folder, out, cache=cache, workers=1)
    assert copies and all(source == "cache" for source, _ in copies)  # nothing to take from
    copies.clear()
    _change(sorted(folder.iterdir())[3])
    build(folder, out, cache=cache, workers=1)
    from_cache = [entry for source, entry in copies if source == "cache"]
    # the changed document's pieces only: its graph and entailments (TriG), its graph (Turtle, JSON-LD)
    assert len(from_cache) == 4 and len(set(from_cache)) == 1
    runs = [name for source, name in copies if source == "last dump"]
    assert sorted(set(runs)) == ["jhakg.jsonld", "jhakg.trig", "jhakg.ttl"]
    assert len(runs) <= 2 * 3  # before the changed document and after it
    assert _bytes(out) == _bytes(build(folder, tmp_path / "full", workers=1).out)


@pytest.mark.parametrize("keep_time", [False, True])
def test_a_dump_changed_since_it_was_written_is_not_read(tmp_path, copies, keep_time):
    folder = _docs(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(folder, out, cache=cache, workers=1)
    ttl = out / "jhakg.ttl"
    data, stat = bytearray(ttl.read_bytes()), ttl.stat()
    at = data.rindex(b"Europol")
    data[at:at + 7] = b"Eurojus"  # the same size
    with open(ttl, "r+b") as f:
        f.write(data)
    if keep_time:  # its modification time put back: its change time still moved
        os.utime(ttl, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    copies.clear()
    _change(sorted(folder.iterdir())[1])
    build(folder, out, cache=cache, workers=1)
    assert ("last dump", "jhakg.ttl") not in copies and ("last dump", "jhakg.trig") in copies
    assert _bytes(out) == _bytes(build(folder, tmp_path / "full", workers=1).out)


def test_the_layout_of_another_folder_is_not_used(tmp_path, copies):
    folder = _docs(tmp_path)
    cache = tmp_path / "cache"
    build(folder, tmp_path / "one", cache=cache, workers=1)
    copies.clear()
    build(folder, tmp_path / "two", cache=cache, workers=1)
    assert copies and all(source == "cache" for source, _ in copies)
    assert _bytes(tmp_path / "two") == _bytes(tmp_path / "one")


def test_a_layout_file_that_cannot_be_read_is_no_layout(tmp_path):
    (tmp_path / "layout.json").write_text("{not json")
    assert dump_writer.Layout.read(tmp_path / "layout.json", tmp_path).pieces == {}


@pytest.mark.skipif(not hasattr(os, "posix_fadvise") or not Path("/proc/self/fd").is_dir(), reason="Linux's advice")
def test_a_long_run_is_copied_in_stretches_whose_pages_are_let_go_of(tmp_path, monkeypatch):
    """The last dump's runs are copied a stretch at a time, and each stretch's pages are let
    go of once copied (that dump is being replaced); a cache entry's are kept. The bytes are
    those of a build from nothing."""
    folder = _docs(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "dist"
    monkeypatch.setattr(pipeline, "SETTLED_NS", 0)
    build(folder, out, cache=cache, workers=1)
    released: list[tuple[str, int, int]] = []
    real = os.posix_fadvise

    def advise(fd, offset, length, advice):
        if advice == os.POSIX_FADV_DONTNEED:
            released.append((Path(os.readlink(f"/proc/self/fd/{fd}")).name, offset, length))
        real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", advise)
    monkeypatch.setattr(dump_writer, "_RELEASED", 4096)
    _change(sorted(folder.iterdir())[3])
    build(folder, out, cache=cache, workers=1)
    assert {name for name, _, _ in released} == {"jhakg.jsonld", "jhakg.trig", "jhakg.ttl"}
    assert all(length <= 4096 for _, _, length in released)
    for name in ("jhakg.trig", "jhakg.ttl"):
        stretches = [(offset, length) for n, offset, length in released if n == name]
        # the runs before and after the changed document's piece, each in stretches that follow on
        breaks = [b for (a, n), (b, _) in zip(stretches, stretches[1:], strict=False) if a + n != b]
        assert len(stretches) > 3 and len(breaks) == 1
    assert _bytes(out) == _bytes(build(folder, tmp_path / "full", workers=1).out)


def test_the_unchanged_is_copied_while_a_changed_document_is_processed(tmp_path, monkeypatch):
    """The dumps are written as the documents come: each dump's writer copies the run of the
    last dump before a changed document while that document is still being processed."""
    folder = _docs(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "dist"
    monkeypatch.setattr(pipeline, "SETTLED_NS", 0)
    build(folder, out, cache=cache, workers=1)
    caught_up, seen = threading.Semaphore(0), []
    real_catch_up, real_process = DumpWriter.catch_up, schedulers.process

    def catch_up(self):
        real_catch_up(self)
        if self.run is None and self.position > 1000:  # its run copied, up to the changed document
            caught_up.release()

    def process(source, setup):
        # every dump's writer has copied what comes before this document, though it is not processed yet
        seen.append(all(caught_up.acquire(timeout=10) for _ in range(3)))
        return real_process(source, setup)

    monkeypatch.setattr(DumpWriter, "catch_up", catch_up)
    monkeypatch.setattr(schedulers, "process", process)
    _change(sorted(folder.iterdir())[3])
    build(folder, out, cache=cache, workers=1)
    assert seen == [True]
    assert _bytes(out) == _bytes(build(folder, tmp_path / "full", workers=1).out)


def test_a_document_that_stops_a_build_midway_leaves_the_last_dumps(tmp_path, monkeypatch):
    """A strict build stops at the first unusable document, though the dumps were being written
    as the documents came: the last dumps stay as they were, and nothing is left beside them."""
    folder = _docs(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "dist"
    monkeypatch.setattr(pipeline, "SETTLED_NS", 0)
    build(folder, out, cache=cache, workers=1)
    before = _bytes(out)
    names = sorted(p.name for p in folder.iterdir())
    _change(folder / names[1])
    (folder / names[4]).write_text("  \n", encoding="utf-8")  # empty: unusable
    with pytest.raises(InputError) as info:
        build(folder, out, cache=cache, workers=1)
    assert info.value.subject == str(folder / names[4]) and info.value.cause == "is empty"
    assert _bytes(out) == before and not list(tmp_path.glob(".dist.tmp-*"))
    result = build(folder, out, cache=cache, workers=1, strict=False)
    assert [s.file for s in result.skipped] == [names[4]] and len(result.documents) == len(names) - 1
