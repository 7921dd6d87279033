"""Extraction quality on the seeds and on the written corpus, scored as `jhakg eval`
scores it. The issue-3 bar is precision >= 0.95 for every type and recall >= 0.90 for the
types `jhakg eval` names; the recall floors of the other types are the levels reached so
far, so that a change that lowers one fails here. (`make quality` holds the same bar
through the CLI.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from jhakg.evaluate import build_and_score

from .conftest import SEEDS, run_cli

HERE = Path(__file__).parent
RECALL_FLOOR = {"network_presidency": 0.95, "mentions_agency": 0.95, "mentions_system": 0.95, "person_role": 0.95,
                "published": 0.95, "meeting": 0.95, "council_presidency": 0.95, "system_operated_by": 0.95,
                "priority": 0.85}
REAL = HERE.parent.parent / "shared" / "corpus" / "real"


@pytest.fixture(scope="module")
def corpus_score():
    result, skipped = build_and_score(HERE / "corpus")
    assert not skipped
    return result


def test_corpus_quality_floors(corpus_score):
    for kind, s in corpus_score.types.items():
        assert s.precision >= 0.95, (kind, s.precision)
        assert s.recall >= RECALL_FLOOR.get(kind, 0.0), (kind, s.recall)


def test_seed_quality():
    """On the seeds every fact is right, and every fact but some priorities is found (the
    text words some only in passing: 'fighting organised crime and counteracting terrorism')."""
    result, _ = build_and_score(HERE / "gold" / "seeds.gold.json", SEEDS)
    for kind, s in result.types.items():
        assert s.precision == 1.0, (kind, s.precision)
        assert s.recall >= (0.75 if kind == "priority" else 1.0), (kind, s.recall)


def test_eval_command_holds_the_line(tmp_path):
    ok = run_cli("eval", "--gold", str(HERE / "gold" / "seeds.gold.json"), "--docs", str(SEEDS),
                 "--min-precision", "0.95", "--min-recall", "0.9")
    assert ok.returncode == 0, ok.stderr
    assert "network_presidency" in ok.stdout
    strict = run_cli("eval", "--gold", str(HERE / "corpus"), "--min-precision", "0.99", "--no-errors")
    assert strict.returncode == 1
    assert "below threshold: priority: precision" in strict.stderr
    # recall is held for the types the issue names: person_role (0.99) fails 0.995, while
    # council_presidency (lower) is not held at all
    recall = run_cli("eval", "--gold", str(HERE / "corpus"), "--min-recall", "0.995", "--no-errors")
    assert recall.returncode == 1
    assert "person_role: recall" in recall.stderr and "council_presidency" not in recall.stderr


@pytest.mark.parametrize("part, floors", [("dev", "real-dev.floors.json"), (None, "real-all.floors.json")])
def test_real_releases_hold_their_floors(part, floors):
    """The issue-8 bar on the real releases developed on, and the floors of all 60 (the part
    scored blind included); the levels live in tests/quality/, beside the split."""
    from jhakg.evaluate import floors_met, read_floors, read_split

    only = read_split(str(HERE / f"real_split.json:{part}")) if part else None
    result, skipped = build_and_score(REAL / "real.gold.json", REAL / "docs", only=only)
    assert not skipped
    assert result.documents == (40 if part else 60)
    assert floors_met(result, read_floors(HERE / "quality" / floors)) == []


def test_the_split_sets_a_third_aside_by_its_seed():
    import json
    import random

    split = json.loads((HERE / "real_split.json").read_text())
    names = sorted(p.name for p in (REAL / "docs").glob("*.txt"))
    shuffled = names[:]
    random.Random(split["seed"]).shuffle(shuffled)
    assert split["blind"] == sorted(shuffled[:20]) and split["dev"] == sorted(shuffled[20:])


def test_eval_reads_a_split_and_floors(tmp_path):
    split = tmp_path / "split.json"
    split.write_text('{"mine": ["000_6e879119cdfcf355.txt", "001_390fbe82fa89c37a.txt", "003_f1c762c581d28226.txt"]}')
    floors = tmp_path / "floors.json"
    floors.write_text('{"meeting": {"precision": 1.0, "recall": 1.0}, "priority": {"recall": 1.0}}')
    run = run_cli("eval", "--gold", str(HERE / "gold" / "seeds.gold.json"), "--docs", str(SEEDS),
                  "--split", f"{split}:mine", "--floors", str(floors), "--no-errors")
    assert "scored on 3 documents" in run.stdout
    assert run.returncode == 1 and "priority: recall" in run.stderr and "meeting" not in run.stderr
    bad = run_cli("eval", "--gold", str(HERE / "gold" / "seeds.gold.json"), "--split", f"{split}:other")
    assert bad.returncode == 2 and "has no list of document names called 'other'" in bad.stderr
    floors.write_text('{"meetings": {"precision": 1.0}}')
    bad = run_cli("eval", "--gold", str(HERE / "gold" / "seeds.gold.json"), "--floors", str(floors))
    assert bad.returncode == 1 and "unknown fact type 'meetings'" in bad.stderr
