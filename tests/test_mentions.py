"""Mentions: which agencies and systems a page names. The pages are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release

_BODY = "\n\nThe heads of the agencies met today in Lisbon to discuss the work of the year.\n"


def _agencies(tmp_path, gazetteer, line: str) -> set[str]:
    facts = facts_of(release(tmp_path, f"Lisbon, 18 March 2025\n\n{line}{_BODY}"), gazetteer, "mention")
    return {f.record.entity.rsplit("/", 1)[-1] for f in facts if f.record.kind == "agency"}


@pytest.mark.parametrize("line, expected", [
    # a site's language bar: 'FRA' is French there, not the rights agency
    ("EST | ENG | FRA", set()),
    ("RO | EN | FR | FRA", set()),
    # the agency beside another name, or named in a sentence
    ("FRA | Europol", {"fra", "europol"}),
    ("The FRA / EIGE report was published.", {"fra", "eige"}),
    ("Agencies: FRA", {"fra"}),
])
def test_a_code_on_a_language_bar_is_no_mention(tmp_path, gazetteer, line, expected):
    assert _agencies(tmp_path, gazetteer, line) == expected
