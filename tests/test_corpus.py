"""The development corpus's and the held-out set's gold files follow the facts exchange format."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest

from jhakg.kinds.base import SAME_AGENCY

CORPUS = Path(__file__).parent / "corpus"
HOLDOUT = Path(__file__).parent / "holdout"
GOLD_FILES = sorted(CORPUS.glob("*.gold.json"))
ALL_GOLD_FILES = GOLD_FILES + sorted(HOLDOUT.glob("*.gold.json"))
AGENCIES = {"CEPOL", "EASO", "EUAA", "EIGE", "EMCDDA", "EUDA", "eu-LISA", "Eurojust", "Europol", "FRA", "Frontex"}
SYSTEMS = {"SIS", "VIS", "Eurodac", "EES", "ETIAS", "ECRIS-TCN", "e-CODEX", "ESP", "sBMS", "CIR", "MID"}
FIELDS = {
    "published": {"date"}, "network_presidency": {"agency", "year"},
    "council_presidency": {"member_state", "start", "end"},
    "meeting": {"start", "end", "place", "kind", "chair_or_host"}, "system_operated_by": {"system", "agency"},
    "mentions_agency": {"agency"}, "mentions_system": {"system"},
    "person_role": {"person", "role", "organisation"}, "priority": {"topic"},
}


def test_corpus_size():
    documents = [p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md"]
    assert len(documents) >= 40
    assert {p.name.split(".")[0] for p in documents} == {p.name.split(".")[0] for p in GOLD_FILES}


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_gold_file_format(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 1
    entry = data[0]
    assert (path.parent / entry["document"]).is_file()
    keys = set()
    for fact in entry["facts"]:
        kind = fact["type"]
        assert set(fact) - {"type", "optional"} == FIELDS[kind], fact
        for field in ("date", "start", "end"):
            if field in fact:
                assert dt.date.fromisoformat(fact[field]).isoformat() == fact[field]
        if "agency" in fact:
            assert fact["agency"] in AGENCIES
        if "system" in fact:
            assert fact["system"] in SYSTEMS
        key = (kind, json.dumps({k: fact[k] for k in sorted(FIELDS[kind]) if k not in ("kind", "role")}))
        assert key not in keys, f"duplicate {key}"
        keys.add(key)


def test_one_network_chair_per_year_across_the_corpus():
    chairs = defaultdict(set)
    for path in GOLD_FILES:
        for fact in json.loads(path.read_text())[0]["facts"]:
            if fact["type"] == "network_presidency" and not fact.get("optional"):
                agency = fact["agency"].lower()
                chairs[fact["year"]].add(SAME_AGENCY.get(agency, agency))
    assert all(len(agencies) == 1 for agencies in chairs.values()), dict(chairs)
