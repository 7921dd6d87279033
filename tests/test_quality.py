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
                "published": 0.95, "meeting": 0.95, "council_presidency": 0.95, "system_operated_by": 0.6,
                "priority": 0.85}


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
    # recall is held for the types the issue names: person_role (0.91) fails 0.99, while
    # council_presidency (0.85) is not held at all
    recall = run_cli("eval", "--gold", str(HERE / "corpus"), "--min-recall", "0.99", "--no-errors")
    assert recall.returncode == 1
    assert "person_role: recall" in recall.stderr and "council_presidency" not in recall.stderr
