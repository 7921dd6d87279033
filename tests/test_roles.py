"""People and their posts in phrasings the seeds do not use. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release

ORG = "https://w3id.org/jhakg/id/"


def _people(tmp_path, gazetteer, sentence: str) -> dict[str, tuple[str, str | None]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "person_role")
    return {f.data["person"]: (f.data["role_text"], (f.data["organisation"] or "").removeprefix(ORG) or None)
            for f in facts}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    ("'Rights come first,' said Ana Ferreira, FRA Director.", "Ana Ferreira", "FRA Director", "agency/fra"),
    ("Jan de Vries (EPP, NL), MEP rapporteur for the file, opened the hearing.", "Jan de Vries", "MEP",
     "organisation/european-parliament"),
    ("The Management Board of Frontex today appointed Piet Jansen as the agency's new Executive Director.",
     "Piet Jansen", "Executive Director", "agency/frontex"),
    ("The EU Counter-Terrorism Coordinator, Lena Berg, presented her report.", "Lena Berg",
     "EU Counter-Terrorism Coordinator", "organisation/council-of-the-eu"),
    ("Sean McCarthy, Commissioner for Justice and Consumers, will attend.", "Sean McCarthy",
     "Commissioner for Justice and Consumers", "organisation/european-commission"),
])
def test_posts_in_release_phrasings(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_a_body_named_inside_a_post_is_not_its_organisation(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Eva Lind (Greens/EFA, SE), chair of the Frontex Scrutiny Working "
                                         "Group, said the group would report in June.")
    assert found["Eva Lind"] == ("chair of the Frontex Scrutiny Working Group", None)


def test_an_appointment_without_one_agency_leaves_the_organisation_unsaid(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Europol and Frontex welcomed that the board appointed Piet Jansen "
                                         "as the agency's new Executive Director.")
    assert found["Piet Jansen"] == ("Executive Director", None)
