"""The build pipeline: per-document results cached by content and code, a rebuild that
processes only what changed and writes the bytes a full build writes, the same bytes
from one worker or several, one build at a time into a folder, and a killed build that
leaves the previous dumps in place."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jhakg.errors import ConfigError, InputError, UsageError
from jhakg.pipeline import build, schedulers
from jhakg.pipeline.cache import Cache
from jhakg.pipeline.document import Source
from jhakg.pipeline.setup import Setup
from jhakg.publish.dumps import locked

from .conftest import ROOT, SEEDS

CORPUS = ROOT / "tests" / "corpus"


def _bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _copy(names: list[str], source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(source / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def corpus_names() -> list[str]:
    return sorted(p.name for p in CORPUS.glob("*.txt"))[:12]


def test_a_rebuild_processes_only_what_changed_and_writes_a_full_builds_bytes(tmp_path, corpus_names):
    folder = _copy(corpus_names[:10], CORPUS, tmp_path / "docs")
    cache = tmp_path / "cache"
    first = build(folder, tmp_path / "dist", cache=cache, workers=2)
    assert first.processed == 10
    again = build(folder, tmp_path / "dist", cache=cache)
    assert again.processed == 0

    def same_as_a_full_build(label: str) -> None:
        fresh = build(folder, tmp_path / f"full-{label}", workers=1)  # no cache: every document processed
        assert _bytes(tmp_path / "dist") == _bytes(fresh.out), label

    shutil.copy(CORPUS / corpus_names[10], folder / corpus_names[10])  # added
    assert build(folder, tmp_path / "dist", cache=cache).processed == 1
    same_as_a_full_build("added")
    changed = folder / corpus_names[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEurojust chairs the JHA agencies' network in 2031.\n",
                       encoding="utf-8")
    assert build(folder, tmp_path / "dist", cache=cache).processed == 1
    same_as_a_full_build("changed")
    assert "2031" in (tmp_path / "dist" / "jhakg.trig").read_text(encoding="utf-8")
    (folder / corpus_names[5]).unlink()  # deleted
    assert build(folder, tmp_path / "dist", cache=cache).processed == 0
    same_as_a_full_build("deleted")


def test_one_worker_or_two_the_same_bytes(tmp_path, corpus_names):
    folder = _copy(corpus_names, CORPUS, tmp_path / "docs")
    one = build(folder, tmp_path / "one", workers=1)
    two = build(folder, tmp_path / "two", workers=2)
    assert one.processed == two.processed == len(corpus_names)
    assert _bytes(one.out) == _bytes(two.out)


def test_a_change_of_code_or_data_changes_every_key(tmp_path):
    from jhakg.pipeline import Setup, Source

    source = Source("a.txt", b"Brussels, 1 May 2020\nEuropol met Eurojust.\n")
    rules, owlrl = Setup("rules"), Setup("owlrl")
    assert source.key(rules.fingerprint) != source.key(owlrl.fingerprint)
    assert source.key(rules.fingerprint) != Source("a.txt", source.data + b" ").key(rules.fingerprint)
    assert source.key(rules.fingerprint) != Source("b.txt", source.data).key(rules.fingerprint)


def test_the_default_cache_keeps_only_what_the_last_build_used(tmp_path, corpus_names):
    from .conftest import run_cli

    folder = _copy(corpus_names[:4], CORPUS, tmp_path / "docs")
    out = tmp_path / "dist"
    assert run_cli("build", str(folder), "--out", str(out)).returncode == 0
    cache = Cache(tmp_path / ".dist-cache")
    assert len(list(cache.folder.glob("*/*.entry"))) == 4
    (folder / corpus_names[0]).unlink()
    result = run_cli("build", str(folder), "--out", str(out))
    assert result.returncode == 0 and "(0 processed" in result.stdout
    assert len(list(cache.folder.glob("*/*.entry"))) == 3


def test_an_unreadable_cache_entry_is_processed_again(tmp_path, corpus_names):
    folder = _copy(corpus_names[:3], CORPUS, tmp_path / "docs")
    first = build(folder, tmp_path / "dist", cache=tmp_path / "cache")
    expected = _bytes(first.out)
    for entry in (tmp_path / "cache").glob("*/*.entry"):
        entry.write_bytes(b"not an entry")
    build(folder, tmp_path / "dist", cache=tmp_path / "cache")
    assert _bytes(tmp_path / "dist") == expected


def test_strict_stops_at_the_first_bad_document_keep_going_skips_it(tmp_path, corpus_names):
    folder = _copy(corpus_names[:2], CORPUS, tmp_path / "docs")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        build(folder, tmp_path / "dist")
    assert info.value.subject == str(folder / "empty.txt") and info.value.cause == "is empty"
    assert not (tmp_path / "dist").exists()  # nothing written
    result = build(folder, tmp_path / "dist", strict=False)
    assert [s.file for s in result.skipped] == ["empty.txt"] and len(result.documents) == 2


def test_two_builds_into_one_folder_take_turns(tmp_path):
    out = tmp_path / "dist"
    order: list[str] = []
    with locked(out):
        thread = threading.Thread(target=lambda: (build(SEEDS, out, reasoner="none"), order.append("build")))
        thread.start()
        time.sleep(1.0)
        order.append("holder")  # the build waits for the lock the test holds
    thread.join(timeout=120)
    assert order == ["holder", "build"] and (out / "jhakg.trig").exists()


def test_a_killed_build_leaves_the_previous_dumps(tmp_path, corpus_names):
    folder = _copy(corpus_names, CORPUS, tmp_path / "docs")
    out = tmp_path / "dist"
    build(folder, out, reasoner="none")
    before = _bytes(out)
    for name in corpus_names:  # another build's worth of work
        (folder / name).write_text((folder / name).read_text(encoding="utf-8") + "\nChanged.\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "jhakg", "build", str(folder), "--out", str(out), "--no-cache",
                             "--reasoner", "owlrl", "--workers", "1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, "TMPDIR": str(tmp_path)})  # (its scratch cache outlives it: not in /tmp)
    time.sleep(4)
    assert proc.poll() is None, "the build ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _bytes(out) == before
    (tmp_path / ".dist.tmp-left-by-a-killed-build").mkdir()
    assert build(folder, out, reasoner="none").out == out  # and the next build is not blocked
    assert _bytes(out) != before
    assert not list(tmp_path.glob(".dist.tmp-*"))  # the next build cleared what the killed one left


@pytest.mark.parametrize("error", [InputError("a.txt", "unreadable"), ConfigError("mappings/x.ttl", "no value given"),
                                   UsageError("--dumps", "unknown dump")])
def test_an_error_raised_in_a_worker_reaches_the_build_whole(tmp_path, monkeypatch, error):
    """An error in a worker process travels back pickled; one that could not be rebuilt left
    the build waiting forever."""
    def fail(source, setup):
        raise error

    monkeypatch.setattr(schedulers, "process", fail)
    jobs = [(Source(f"{n}.txt", b"text"), f"key{n}") for n in range(4)]
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the build hung on a worker's error"))
    signal.alarm(60)
    try:
        with pytest.raises(type(error)) as raised:
            list(schedulers.run_local(jobs, Setup(), Cache(tmp_path / "cache"), workers=2))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert (raised.value.subject, raised.value.cause, str(raised.value)) == (error.subject, error.cause, str(error))
