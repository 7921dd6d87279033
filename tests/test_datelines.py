"""Publication dates as release pages print them; a date deep in the text is not one.
The page heads are written for these tests."""

from __future__ import annotations

import pytest

from jhakg.extract.datelines import dateline

from .conftest import release

BODY = "\n\nMinisters met to discuss the fight against migrant smuggling and the renewed Schengen Information System.\n"


@pytest.mark.parametrize("head, date", [
    ("Brussels, 4 March 2024", "2024-03-04"),
    ("(23.11.2017, LISBON) The agency today published its report.", "2017-11-23"),
    ("Published on 3 May 2023", "2023-05-03"),
    ("European Parliament\nPress Releases | LIBE | 24-01-2024 - 18:05", "2024-01-24"),
    ("EUROPOL\nPress Release\n19 October 2023", "2023-10-19"),
])
def test_datelines(tmp_path, head, date):
    found = dateline(release(tmp_path, head + BODY, "page.txt"))
    assert found is not None and found[0].isoformat() == date


@pytest.mark.parametrize("head", [
    "Agenda highlights\n19 October 2023",  # a lone date under a heading that is not the page's kind
    "The report was presented on 19 October 2023 in Brussels.",
])
def test_dates_that_are_not_datelines(tmp_path, head):
    assert dateline(release(tmp_path, head + BODY, "page.txt")) is None
