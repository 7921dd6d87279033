"""Who operates a system, also when the text refers back to it. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release


def _operators(tmp_path, gazetteer, text: str) -> set[tuple[str, str]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{text}\n"), gazetteer, "system_operated_by")
    return {(f.data["system"].rsplit("/", 1)[-1], f.data["agency"].rsplit("/", 1)[-1]) for f in facts}


@pytest.mark.parametrize("text, expected", [
    ("The Visa Information System is now used by all consulates. The system is operated by eu-LISA from "
     "Strasbourg.", {("vis", "eu-lisa")}),
    ("As of today, eu-LISA is responsible for the day-to-day running of the Schengen Information System.",
     {("sis", "eu-lisa")}),
    ("eu-LISA develops ETIAS and will be responsible for its technical management.", {("etias", "eu-lisa")}),
    ("The directors discussed the Entry/Exit System and ETIAS. eu-LISA operates these systems for the "
     "member states.", {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    ("eu-LISA, which started its work in 2012, already manages Eurodac.", {("eurodac", "eu-lisa")}),
    ("eu-LISA was set up in 2011. Besides the VIS, it manages SIS II and Eurodac.",
     {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Ministers discussed the roll-out of e-CODEX, which eu-LISA manages for the member states.",
     {("e-codex", "eu-lisa")}),
    ("eu-LISA, the agency responsible for the operational management of the Schengen Information System, the "
     "Visa Information System and Eurodac, is building the new components.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("MEPs heard the director of eu-LISA, the agency which already manages the Schengen Information System and "
     "is building ETIAS.", {("sis", "eu-lisa")}),
])
def test_operators_with_references_back(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "Frontex is responsible for border checks using the Schengen Information System.",
    "The new rules were adopted. The system is operated by eu-LISA.",  # no system named before
    "Europol uses the Schengen Information System, and eu-LISA reported on its availability.",
    "Ministers discussed e-CODEX, which eu-LISA presented to them.",
    # 'it' is the agency only when the sentence before opens with one
    "The Commission met eu-LISA in Tallinn. It manages the Schengen Information System budget.",
])
def test_no_operator_the_text_does_not_state(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()
