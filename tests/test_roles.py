"""People and their posts in phrasings the seeds do not use. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release

ORG = "https://w3id.org/jhakg/id/"


def _people(tmp_path, gazetteer, sentence: str) -> dict[str, tuple[str, str | None]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "person_role")
    return {f.record.person: (f.record.role_text, (f.record.organisation or "").removeprefix(ORG) or None)
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


# -- issue 8: how real releases name people, in sentences written for these tests


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # forms of address, honorary titles, capitals, particles, initials
    ("The meeting was chaired by Dr. h. c. Maria Weber, CEPOL Executive Director.", "Maria Weber",
     "CEPOL Executive Director", "agency/cepol"),
    ("The Chair of the Management Board, Mag. Karl Huber, opened the meeting.", "Karl Huber",
     "Chair of the Management Board", None),
    ("Mr Ivan PETROV, Executive Director of eu-LISA, welcomed the board.", "Ivan PETROV",
     "Executive Director of eu-LISA", "agency/eu-lisa"),
    ("Members heard J.Carlos Ruiz, member of the Spanish presidency team.", "J.Carlos Ruiz",
     "member of the Spanish presidency team", None),
    ("Ms Joana Pereira i Costa, State Secretary for Migration, spoke first.", "Joana Pereira i Costa",
     "State Secretary for Migration", None),
    # the post before the name, with or without a comma, and what a post's name holds
    ("CEPOL Head of Training, Ms Ilona Kask, presented the plan.", "Ilona Kask", "CEPOL Head of Training",
     "agency/cepol"),
    ("He met the representative of the Czech presidency team Pavel Novak.", "Pavel Novak",
     "representative of the Czech presidency team", None),
    ("Ms Heike Braun, the recently appointed Austrian Minister of Justice, visited Eurojust.", "Heike Braun",
     "Austrian Minister of Justice", "country/at"),
    ("Paul Weiss, Austrian Federal Government Commissioner for Drug Policy, said.", "Paul Weiss",
     "Austrian Federal Government Commissioner for Drug Policy", "country/at"),
    ("Mr Luc Martin, National Member from Belgium at Eurojust since 2020, said.", "Luc Martin",
     "National Member from Belgium at Eurojust", None),
    ("Mr Jan Novak, Chairperson of the Europol Management Board, said.", "Jan Novak",
     "Chairperson of the Europol Management Board", None),
    # appointed, elected, 'as'
    ("The board appointed also Ms Rita Lopes as Accounting Officer of Frontex.", "Rita Lopes",
     "Accounting Officer of Frontex", "agency/frontex"),
    ("Tom Peeters was appointed new Frontex Executive Director at the meeting.", "Tom Peeters",
     "Frontex Executive Director", "agency/frontex"),
    ("Mr Jonas Berg as the senior Deputy Executive Director will lead the agency.", "Jonas Berg",
     "Deputy Executive Director", None),
])
def test_how_real_releases_name_people(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_an_interjection_between_the_name_and_as(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Brussels, 4 March 2024\n\nThe board elected Mr. Sean Byrne, the member "
                                       "from Malta, as its Deputy Chair.\n"), gazetteer, "person_role")
    assert {(f.record.person, f.record.role_text) for f in facts} == {
        ("Sean Byrne", "member from Malta"), ("Sean Byrne", "Deputy Chair")}


def test_a_post_in_the_plural_names_each_person_listed(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The President was joined by the two Vice-Presidents, Ms Anna Berg "
                                         "and Mr Jose de la Cruz Amaya.")
    assert set(found) == {"Anna Berg", "Jose de la Cruz Amaya"}
    found = _people(tmp_path, gazetteer, "Members of the Dutch outgoing presidency team attended, including "
                                         "Eva Smit, Jan Bakker and Piet van Dam.")
    assert set(found) == {"Eva Smit", "Jan Bakker", "Piet van Dam"}


def test_a_name_over_its_post_on_the_next_line(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "PRESS RELEASE\nPresidentMr Pedro GARCÍA LÓPEZ\nMinister for Justice\n"
                                         "Luisa MORENO I PUIG\nState Secretary for Security\n\nMinisters met.")
    assert found == {"Pedro GARCÍA LÓPEZ": ("Minister for Justice", None),
                     "Luisa MORENO I PUIG": ("State Secretary for Security", None)}


def test_a_series_of_posts_and_names_pairs_each_post_with_its_own_name(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The Acting Executive Director, Mr Luca Bianchi, the Chairperson of "
                                         "the VIS Advisory Group, Mr Karl Maier, and the Chairperson of the "
                                         "Eurodac Advisory Group, Mr Theo Pappas, briefed the ministers.")
    assert {p: r for p, (r, _) in found.items()} == {
        "Luca Bianchi": "Acting Executive Director", "Karl Maier": "Chairperson of the VIS Advisory Group",
        "Theo Pappas": "Chairperson of the Eurodac Advisory Group"}


def test_two_posts_of_one_person_and_a_list_of_posts(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Mr Max Braun, Vice-President of Eurojust and National Member for "
                                         "Germany at Eurojust and Mr Luc Martin, National Member for France, "
                                         "met the ministers.")
    assert found["Max Braun"] == ("Vice-President of Eurojust", "agency/eurojust")
    assert found["Luc Martin"][0] == "National Member for France"
    found = _people(tmp_path, gazetteer, "Also present were Commissioner for Justice, Consumers and Gender "
                                         "Equality, Maria Kostova and President of the Justice Council, Jean Weber.")
    assert found["Maria Kostova"][0] == "Commissioner for Justice, Consumers and Gender Equality"
    assert "Jean Weber" in found
    # a list closed by ', and' before a name: the name is the next person's, not the portfolio's
    # a portfolio listed with commas, then the name with a particle in it, with no comma before it
    found = _people(tmp_path, gazetteer, "Commissioner for Home Affairs, Migration and Citizenship Eva van der Berg "
                                         "opened the session.")
    assert found["Eva van der Berg"][0] == "Commissioner for Home Affairs, Migration and Citizenship"
    found = _people(tmp_path, gazetteer, "Present were Anna Weiss, Commissioner for Trade, Energy and Transport, "
                                         "and Piet Claes, Commissioner for Budget.")
    assert found["Anna Weiss"][0] == "Commissioner for Trade, Energy and Transport"
    assert found["Piet Claes"][0] == "Commissioner for Budget"


@pytest.mark.parametrize("sentence", [
    # bodies, not people
    "The Administrative Director, Liaison Prosecutors and Heads of Networks took part.",
    "The Head of the Internal Audit Capability gave a presentation.",
    "She chaired the European Network of National Human Rights Institutions.",
    # an initial at the end of an acronym is not a name's
    "The agencies met: Frontex and FRA. Commissioner Brunner joined by video.",
    # a surname alone, with no form of address before it
    "Both directors, Weber of Europol and Kovacs of CEPOL, spoke.",
])
def test_no_person_where_there_is_none(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


def test_a_post_the_bodys_acronym_and_the_name(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The report was presented by the Director of the European Union Agency "
                                         "for Fundamental Rights, FRA, Anna Schmidt.")
    assert found == {"Anna Schmidt": ("Director of the European Union Agency for Fundamental Rights", "agency/fra")}
    found = _people(tmp_path, gazetteer, "Executive Director of Europol Catherine Dupont welcomed it.")
    assert found == {"Catherine Dupont": ("Executive Director of Europol", "agency/europol")}


def _posts(tmp_path, gazetteer, text: str) -> set[tuple[str, str, str | None, str | None]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{text}\n"), gazetteer, "person_role")
    return {(f.record.person, f.record.role_text, (f.record.organisation or "").removeprefix(ORG) or None,
             f.record.attested.isoformat() if f.record.attested else None) for f in facts}


def test_a_former_post_is_not_attested_on_the_documents_date(tmp_path, gazetteer):
    assert _posts(tmp_path, gazetteer, "Pia Holm, former Director of Europol, spoke first.") == {
        ("Pia Holm", "former Director of Europol", "agency/europol", None)}
    assert _posts(tmp_path, gazetteer, "Pia Holm, Director of Europol, spoke first.") == {
        ("Pia Holm", "Director of Europol", "agency/europol", "2024-03-04")}


@pytest.mark.parametrize("text", [
    "The board appointed Ms Anna Berg as the next Eurojust Director. She succeeds Mr Karl Stein, whose term ended.",
    "Anna Berg, Director of Eurojust, took office today. Ms Berg replaced Karl Stein in January.",
    "Anna Berg was appointed Director of Eurojust. She will take over from Karl Stein in June.",
    # the one succeeded right after the post, with a participle
    "The Board said that Ms Anna Berg had been appointed Director of Eurojust, succeeding Mr Karl Stein, who retired.",
    "Anna Berg was appointed Director of Eurojust, replacing Karl Stein.",
])
def test_the_one_a_post_holder_succeeds_held_the_post_before(tmp_path, gazetteer, text):
    found = _posts(tmp_path, gazetteer, text)
    assert ("Karl Stein", "former Director", "agency/eurojust", None) in found
    assert any(person == "Anna Berg" and attested == "2024-03-04" for person, _, _, attested in found)


@pytest.mark.parametrize("text", [
    "Karl Stein, Director of Eurojust, retired in May. He was succeeded by Ms Anna Berg, a prosecutor.",
    "Karl Stein, Director of Eurojust, retired in May. Mr Stein has been replaced by Anna Berg.",
])
def test_the_one_who_succeeds_a_post_holder_holds_the_post(tmp_path, gazetteer, text):
    assert ("Anna Berg", "Director", "agency/eurojust", "2024-03-04") in _posts(tmp_path, gazetteer, text)


@pytest.mark.parametrize("text", [
    # two people in the sentence before: 'she' is not settled
    "Anna Berg, Director of Eurojust, met Olga Moor, Director of Europol. She succeeds Karl Stein.",
    # the successor holds no post the text states
    "Anna Berg joined the team. She succeeds Karl Stein.",
    # an agency succeeding an office is not a person succeeding a person
    "Anna Berg, Director of the EUAA, spoke. The EUAA succeeds the European Asylum Support Office.",
    # two people before 'He was succeeded by'; a participle after something else than a post
    "Karl Stein, Director of Eurojust, met Olga Moor, Director of Europol. He was succeeded by Anna Berg.",
    "Anna Berg, Director of Eurojust, replacing Karl Stein's plan with her own, spoke.",
])
def test_no_predecessor_where_the_text_does_not_settle_one(tmp_path, gazetteer, text):
    assert not any(attested is None for _, _, _, attested in _posts(tmp_path, gazetteer, text))


@pytest.mark.parametrize("sentence, person, role", [
    # a portfolio of two
    ("The Minister for Asylum and Migration, Tove Lund, spoke first.", "Tove Lund", "Minister for Asylum and Migration"),
    ("Minister of Interior and Public Order Petra Kos chairs the session.", "Petra Kos",
     "Minister of Interior and Public Order"),
    # a middle initial; letters after the name; a long name with particles
    ("Dr Anton J. Berg, Europol Executive Director, opened it.", "Anton J. Berg", "Europol Executive Director"),
    ("The Minister for Justice, Liam Byrne TD, will chair.", "Liam Byrne", "Minister for Justice"),
    ("said rapporteur Ana María de la Torre Vidal (EPP, ES).", "Ana María de la Torre Vidal", "rapporteur"),
    # taking up a post
    ("The board welcomed Ida Holm, who took office as Director in May.", "Ida Holm", "Director"),
    ("Ida Holm has taken office as Executive Director of CEPOL.", "Ida Holm", "Executive Director of CEPOL"),
    ("Ida Holm today took up her duties as Executive Director of Frontex.", "Ida Holm", "Executive Director of Frontex"),
    ("- Ida Holm has taken up the post of Head of the Legal Services Department;", "Ida Holm",
     "Head of the Legal Services Department"),
    ("Until then, Ida Holm will remain acting Director.", "Ida Holm", "Director"),
    ("He succeeds Ida Holm, who had led the agency as Acting Executive Director since May.", "Ida Holm",
     "Acting Executive Director"),
])
def test_posts_as_releases_state_them(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence", [
    # a second post after 'and' is not part of the first
    "Mr Jan Berg, Minister of Justice and Minister of the Interior Eva Holm met.",
    # 'and' then a person: not a portfolio
    "The Minister of Justice and Mr Jan Berg met.",
])
def test_and_does_not_join_a_post_to_what_follows_it(tmp_path, gazetteer, sentence):
    found = _people(tmp_path, gazetteer, sentence)
    assert not any(" and " in role for role, _ in found.values()), found


# -- tests/paraphrases4: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("sentence, person, role", [
    # a rank or 'Professor' before the name is a form of address, not part of the name
    ("The ministry sent Prefect Marco Bellini, head of the Border Police Directorate.", "Marco Bellini",
     "head of the Border Police Directorate"),
    ("The board thanked its chair, Comisario Pedro Alonso.", "Pedro Alonso", "chair"),
    ("The opening speech was given by Professor Maria Lindgren, Director of the Institute.", "Maria Lindgren",
     "Director of the Institute"),
    # a country in brackets between the name and 'as'
    ("The Board elected Jana Horak (Slovakia) as its new Chair of the Management Board.", "Jana Horak",
     "Chair of the Management Board"),
])
def test_posts_in_the_fourth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    found = _people(tmp_path, gazetteer, sentence)
    assert found[person][0] == role
    assert not any(name.split()[0] in ("Prefect", "Comisario", "Professor") for name in found)


@pytest.mark.parametrize("sentence", [
    "The Prefect of the region opened the meeting.",
    "Professor Lindgren, Director of the Institute, spoke first.",  # a surname alone
])
def test_no_person_from_a_rank_alone(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person, role", [
    # several forms of address in a row, and a colonel's rank
    ("Europol Executive Director Dr h.c. Mag. Renate Kogler opened the session.", "Renate Kogler",
     "Europol Executive Director"),
    ("The Frontex Executive Director, Col. Tomas Berzins, presented the plan.", "Tomas Berzins",
     "Frontex Executive Director"),
    ("Also present was the Director of EIGE, Prof. Dr Klara Novotna.", "Klara Novotna", "Director of EIGE"),
    # a portfolio of several words between commas, closed by 'X and Y'
    ("The Maltese Minister for Home Affairs, Security, Reforms and Equality, Dr Paul Grech, spoke first.",
     "Paul Grech", "Maltese Minister for Home Affairs, Security, Reforms and Equality"),
    # a board said to be chaired by someone
    ("The Management Board of Eurojust, chaired by Dr Marta Oliveira, adopted the budget.", "Marta Oliveira",
     "chair of the Management Board"),
    ("The Board is chaired by Karl Steiner (Austria).", "Karl Steiner", "chair of the Board"),
    # 'NAME, who heads ...' a body or a unit
    ("Lucia Ferri, who heads the Analysis Unit of Frontex, briefed the ministers.", "Lucia Ferri",
     "heads the Analysis Unit of Frontex"),
    ("The study was led by Jonas Petersen, who leads Europol's Financial Intelligence Group.", "Jonas Petersen",
     "leads Europol's Financial Intelligence Group"),
])
def test_posts_in_the_fifth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    found = _people(tmp_path, gazetteer, sentence)
    assert found[person][0] == role


@pytest.mark.parametrize("sentence", [
    # a portfolio list that runs into a name is no portfolio
    "The Minister for Home Affairs, Anna Berg, Piet Claes and Luc Martens attended.",
    # leading something that is no body or unit; a meeting chaired by someone is not a board
    "Lucia Ferri, who leads the investigation into the smuggling ring, briefed the ministers.",
    "The meeting was chaired by Karl Steiner (Austria).",
])
def test_no_post_from_a_list_of_names_a_task_or_a_meeting(tmp_path, gazetteer, sentence):
    found = _people(tmp_path, gazetteer, sentence)
    assert not any(role.startswith(("heads", "leads", "chair of the")) or "Piet Claes" in role
                   for role, _ in found.values())
    assert "Lucia Ferri" not in found and "Karl Steiner" not in found


@pytest.mark.parametrize("sentence, person, role", [
    # press and communication officers, and a statutory officer, as contact lines print them
    ("Media enquiries: Ilona Varga, communications officer, media@agency.example.eu", "Ilona Varga",
     "communications officer"),
    ("Tomasz Zielinski - Press officer - (+32) 2 555 00 00", "Tomasz Zielinski", "Press officer"),
    ("The agency's Fundamental Rights Officer, Elin Sandberg, presented her annual report.", "Elin Sandberg",
     "Fundamental Rights Officer"),
    # a post, a colon, the name
    ("Press contact: Council press office | Spokesperson: Marek Horvat", "Marek Horvat", "Spokesperson"),
    # an Irish name with its particle
    ("The EUAA's Executive Director, Cathal Ó Briain, opened the forum.", "Cathal Ó Briain",
     "EUAA's Executive Director"),
    # the agency's post; succeeding, taking over, holding a title
    ("'We will deliver,' said Paul Mertens, the agency's Executive Director.", "Paul Mertens", "Executive Director"),
    ("Anna Lind, who succeeded Karl Olsen as Executive Director in March, opened the meeting.", "Anna Lind",
     "Executive Director"),
    ("Ivo Petrov, who took over as President of Eurojust in May, attended.", "Ivo Petrov", "President of Eurojust"),
    ("'It is a new start,' said Ruth Keller, who now holds the title of Executive Director.", "Ruth Keller",
     "Executive Director"),
    # a first name that is also a city's, right after the post
    ("The Administrative Director, Sofia Markova, runs the agency's administration.", "Sofia Markova",
     "Director"),
    # names after a post in the plural, then another post
    ("The board consists of the two Vice-Presidents, Ana Sousa and Jan Novak, two national members and the "
     "President.", "Jan Novak", "Vice-Presidents"),
])
def test_posts_in_the_sixth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    found = _people(tmp_path, gazetteer, sentence)
    assert found[person][0] == role


@pytest.mark.parametrize("sentence, person, post", [
    # a body whose name opens in lower case closes the post as any other body does
    ("The Executive Director of eu-LISA, Marta Lind, presented the report.", "Marta Lind",
     ("Executive Director of eu-LISA", "agency/eu-lisa")),
    ("The Head of Operations of eu-LISA, Piotr Zielinski, spoke.", "Piotr Zielinski",
     ("Head of Operations of eu-LISA", "agency/eu-lisa")),
    # a post in lower case before the name stays the post, with no body
    ("The agency sent its head of unit, Ms Rita Sousa, to the meeting.", "Rita Sousa", ("head of unit", None)),
])
def test_a_body_named_in_lower_case_is_no_lower_case_post(tmp_path, gazetteer, sentence, person, post):
    assert _people(tmp_path, gazetteer, sentence)[person] == post


def test_a_month_ends_a_post(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Ivo Petrov, who took over as President of Eurojust in May, attended.")
    assert found["Ivo Petrov"] == ("President of Eurojust", "agency/eurojust")


@pytest.mark.parametrize("sentence, person", [
    # someone's adviser or deputy does not hold the post
    ("Anna Nowak, the Minister's adviser, briefed the press.", "Anna Nowak"),
    ("Jan Berg, the Executive Director's deputy, briefed the press.", "Jan Berg"),
    # a city and what it names are no person, even after a post
    ("The Director, Sofia Declaration in hand, spoke.", "Sofia Declaration"),
    ("The meeting was held at the Valletta Waterfront, and its Chair, Mr Lars Holm, opened it.", "Valletta Waterfront"),
    # portfolio words in the plural are no name
    ("The Minister of the Interior, Institutional Reforms and Democratic Renewal, Lea Dubois, spoke.",
     "Institutional Reforms"),
])
def test_no_post_for_an_adviser_a_city_or_a_portfolio(tmp_path, gazetteer, sentence, person):
    assert person not in _people(tmp_path, gazetteer, sentence)


def test_a_post_before_a_colon_yields_to_the_names_own_apposition(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "President: Mr Karel Dvorak, Minister of the Interior of Czechia")
    assert found["Karel Dvorak"][0].startswith("Minister of the Interior")


@pytest.mark.parametrize("sentence, person, role", [
    ("Darius Kazlauskas, Vice-Minister of the Interior of Lithuania, spoke for the presidency.", "Darius Kazlauskas",
     "Vice-Minister of the Interior of Lithuania"),
    ("The Board took note of the appointment of Ieva Kalnina as the agency's first Director.", "Ieva Kalnina",
     "Director"),
    # a capitalised unit first, then the name
    ("Head of Communications Mikko Laine, tel. +358 00 000 000", "Mikko Laine", "Head of Communications"),
    # a post in lower case, closed by a comma and the name
    ("The institute was represented by its head of administration, Mr Petras Jonaitis.", "Petras Jonaitis",
     "head of administration"),
    ("Rapporteur for the asylum procedures file, Greta Holm (Renew, SE), welcomed the deal.", "Greta Holm",
     "Rapporteur for the asylum procedures file"),
    # being there in a post
    ("Marek Kral spoke for Europol as its Executive Director.", "Marek Kral", "Executive Director"),
    ("Olga Berg attended as Executive Director-designate of the agency.", "Olga Berg",
     "Executive Director-designate of the agency"),
    ("Tiago Mendes, until now Head of the Security Unit, takes office in May.", "Tiago Mendes",
     "Head of the Security Unit"),
    # chairing a board or a committee
    ("Ana Vidal, who chairs CEPOL's Management Board, opened the session.", "Ana Vidal",
     "chairs CEPOL's Management Board"),
    ("Parliament's Civil Liberties Committee, chaired by Lars Ek, will vote in May.", "Lars Ek",
     "chair of the Committee"),
    # one of several holders of a post
    ("Karl Bauer, one of the two Deputy Executive Directors of Frontex, presented the plan.", "Karl Bauer",
     "Deputy Executive Directors of Frontex"),
])
def test_more_posts_in_the_sixth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    found = _people(tmp_path, gazetteer, sentence)
    assert found[person][0] == role


def test_a_post_someone_will_hold_is_not_attested_on_the_day(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Brussels, 4 March 2024\n\nThe ministers heard Lukas Maier, who will be "
                                       "Commissioner for Internal Affairs and Migration.\n"), gazetteer, "person_role")
    found = {f.record.person: f.record for f in facts}
    assert found["Lukas Maier"].role_text == "Commissioner for Internal Affairs and Migration"
    assert found["Lukas Maier"].attested is None


@pytest.mark.parametrize("sentence, person", [
    # chairing what is no board or committee; 'one of' what is no post; a lower-case post with no name
    ("Jan Novak, who chairs the working group on data, spoke.", "Jan Novak"),
    ("The Ministers, one of the two Directors said, agreed on Ana Lopes.", "Ana Lopes"),
    ("The head of unit, as agreed, Maria Costa, said.", "Maria Costa"),
])
def test_no_post_from_chairing_a_group_or_a_loose_phrase(tmp_path, gazetteer, sentence, person):
    assert person not in _people(tmp_path, gazetteer, sentence)


@pytest.mark.parametrize("sentence, person, role", [
    ("Luc Martin (Belgium) was elected chair of the Management Board in June.", "Luc Martin",
     "chair of the Management Board"),
    ("Dr Piet Smit (National Member for the Netherlands) opened the session.", "Piet Smit",
     "National Member for the Netherlands"),
    ("The Board thanked Inga Ozola, who has acted as Executive Director since July.", "Inga Ozola",
     "Executive Director"),
    ("Europol's Analysis Unit, led by Mr Karl Berg, prepared the report.", "Karl Berg", "head of the Analysis Unit"),
])
def test_posts_given_in_brackets_by_acting_or_by_leading_a_unit(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence, person", [
    # a bracket that holds no post; leading what is no unit
    ("Ruairi Breen (EUAA) and Marta Nowak (CEPOL) spoke on training.", "Ruairi Breen"),
    ("The investigation, led by Anna Holm, found the network.", "Anna Holm"),
])
def test_no_post_from_a_bracketed_agency_or_a_led_task(tmp_path, gazetteer, sentence, person):
    assert person not in _people(tmp_path, gazetteer, sentence)


def test_the_heads_of_listed_bodies_each_with_a_name_in_brackets(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The heads of Frontex (Karel Novak), the EUDA (Dr Ines Moura), EASO, "
                                         "the future EUAA (Paul Grech) and FRA (Lea Hofer) joined the call.")
    assert {name: org for name, (_, org) in found.items()} == {
        "Karel Novak": "agency/frontex", "Ines Moura": "agency/euda", "Paul Grech": "agency/euaa",
        "Lea Hofer": "agency/fra"}


@pytest.mark.parametrize("sentence", [
    # the brackets hold no name, or the list is of no post
    "The heads of Frontex (Warsaw), the EUDA (Lisbon) and FRA (Vienna) joined the call.",
    "The meetings of Frontex (Karel Novak), the EUDA (Ines Moura) and FRA (Lea Hofer) were long.",
    "The heads of state (Karel Novak and Ines Moura) met in Prague.",
])
def test_no_heads_from_brackets_that_hold_no_name_or_follow_no_post(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


def test_a_post_with_a_portfolio_word_before_the_name(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Europol's Deputy Executive Director Governance, Dr Mara Vos, signed it.")
    assert found["Mara Vos"] == ("Europol's Deputy Executive Director Governance", "agency/europol")


@pytest.mark.parametrize("sentence, person, role", [
    # a name right after the post is the holder's, not a portfolio
    ("Executive Director Tom Berger, Anna Weiss and Paul Roth spoke.", "Tom Berger", "Executive Director"),
    ("Commissioner Ylva Berg, Minister Anna Weiss and others came.", "Ylva Berg", "Commissioner"),
])
def test_no_portfolio_word_from_a_name(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence).get(person, ("",))[0] == role


def test_a_deputy_of_the_person_named_before_with_a_post(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, '"We are ready," said Lina Vos, Executive Director of eu-LISA. Her deputy, '
                                         'Tom Aas, will lead the tests.')
    assert found["Tom Aas"] == ("deputy Executive Director", "agency/eu-lisa")


@pytest.mark.parametrize("sentence", [
    # no post before whose deputy this is, or a post without a body whose deputy is no post of its own
    "Her deputy, Tom Aas, will lead the tests.",
    "Lina Vos, Minister of Justice, spoke. Her deputy, Tom Aas, stayed at home.",
])
def test_no_deputy_without_a_post_in_a_body_before(tmp_path, gazetteer, sentence):
    assert "Tom Aas" not in _people(tmp_path, gazetteer, sentence)


def test_a_post_not_yet_taken_up_is_not_attested_on_the_day(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Brussels, 4 March 2024\n\nFRA was represented by its Director-designate, "
                                       "Rui Sol, who takes office in June.\n"), gazetteer, "person_role")
    assert [(f.record.person, f.record.role_text, f.record.attested) for f in facts] == [
        ("Rui Sol", "Director-designate", None)]


def test_a_shorter_form_of_a_full_name_found_is_that_person(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Ana Ruiz Soler, Minister for Equality of Spain, opened it. Minister "
                                         "Ruiz Soler will chair the meeting in June.")
    assert set(found) == {"Ana Ruiz Soler"}


@pytest.mark.parametrize("sentence, person, role", [
    # a surname that is also a city's name, closing a name of three words
    ("Eurodac rapporteur Jorge Bettencourt Lima (S&D, PT) said it.", "Jorge Bettencourt Lima", "rapporteur"),
    ("Co-rapporteur Nadia Amrani (S&D, BE) said it.", "Nadia Amrani", "Co-rapporteur"),
    ("Contact: Anton Grech, Press and Communication Officer, press@example.org", "Anton Grech",
     "Press and Communication Officer"),
    # a second complement before the name
    ("The rapporteur of the European Parliament on the regulation, Eva Gallo, recalled it.", "Eva Gallo",
     "rapporteur of the European Parliament on the regulation"),
])
def test_more_posts_in_the_seventh_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_a_body_alone_on_the_line_under_a_name_and_post_is_its_organisation(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The office opened.\n\nKadri Lepp\nHead of Communications and "
                                         "Stakeholder Relations\neu-LISA")
    assert found == {"Kadri Lepp": ("Head of Communications and Stakeholder Relations", "agency/eu-lisa")}


@pytest.mark.parametrize("sentence", [
    # a city's name as the last of two words, or inside a name, is no surname
    "Minister Anna Vienna spoke.",
    # a second complement with no name after it
    "The rapporteur of the committee on the file, said nothing.",
])
def test_no_person_from_a_city_name_or_a_complement_alone(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person", [
    # a rank before the name is no part of it
    ("Brigadier General Piotr Nowacki, Deputy Executive Director of Frontex, opened the day.", "Piotr Nowacki"),
    ("The Director of the Centre, Chief Superintendent Hans Brok, briefed them.", "Hans Brok"),
    ("The Management Board, chaired by Colonel Erik Dahl of the Norwegian Police, met twice.", "Erik Dahl"),
    ("The Board is chaired by Major General Anu Kask, Deputy Chief of the Border Guard.", "Anu Kask"),
    ("The next Chair of the Governing Board, Commissaire divisionnaire Paul Morel, spoke.", "Paul Morel"),
    ("The session was chaired by the Chair of the Board, Brigadier Dr Jan Holt.", "Jan Holt"),
    # (a rank's stop ends no sentence: 'Gen.')
    ("The guests were welcomed by the Chief of the Border Guard of Estonia Gen. Tiit Saar.", "Tiit Saar"),
    # a city's name after the first of three words is a name's
    ("The Head of Unit, Inspector Maria Sofia Keller, spoke.", "Maria Sofia Keller"),
])
def test_ranks_are_left_out_of_the_name(tmp_path, gazetteer, sentence, person):
    assert set(_people(tmp_path, gazetteer, sentence)) == {person}


@pytest.mark.parametrize("sentence, person", [
    # initials and a surname
    ("P. R. Almeida, National Member for Portugal, said the rules were ready.", "P. R. Almeida"),
    ("L. Kovacs, Director of FRA, opened the session.", "L. Kovacs"),
    # a byline's 'By' is no first name
    ("By Marta Nowak, Director of the European Union Agency for Fundamental Rights", "Marta Nowak"),
])
def test_initials_and_bylines(tmp_path, gazetteer, sentence, person):
    assert set(_people(tmp_path, gazetteer, sentence)) == {person}


@pytest.mark.parametrize("sentence", [
    "Annex B. Director of FRA and the Board met.",
    "Plan B. Frontex said so, the Director of FRA too.",
    "By Marta Nowak",  # a byline with no post
])
def test_no_person_from_a_letter_or_a_bare_byline(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person, role", [
    ("Karin Holm, Press Secretary to the Minister for Justice, +46 8 000 00 00", "Karin Holm", "Press Secretary"),
    ("Mads Lund, Press Adviser, Ministry of Justice", "Mads Lund", "Press Adviser"),
    ("Questions: Eve Tamm, HR Assistant, jobs@example.org", "Eve Tamm", "Assistant"),
    ("Author: Jan Kral, Legal Officer at the Commission", "Jan Kral", "Legal Officer at the Commission"),
    # a degree between the name and the post
    ("Author: Jan Kral, LL.M., Legal Officer at the Commission", "Jan Kral", "Legal Officer at the Commission"),
    ("They met the migration coordinator, Rita Vella, on Monday.", "Rita Vella", "coordinator"),
    ("Olga Sirko – Coordinator, Asylum Aid Network", "Olga Sirko", "Coordinator"),
    ("Luc Morel, Consul General of France in Dakar, told us so.", "Luc Morel", "Consul General of France in Dakar"),
    ("By Ott Sepp, Deputy Editor", "Ott Sepp", "Deputy Editor"),
    ("Dr Eva Roth\nSenior Research Fellow", "Eva Roth", "Senior Research Fellow"),
    ("Moderator: Dimitris Kalogeropoulos, freelance journalist", "Dimitris Kalogeropoulos", "Moderator"),
    ("European Commission – Paolo Ferri, observer", "Paolo Ferri", "observer"),
    # a post in another language beside the name
    ("The Board met under Comisario Principal Juan Ortega Ruiz, Jefe de la Escuela de Policía.", "Juan Ortega Ruiz",
     "Jefe"),
    ("The chair was Prefetto Anna Russo (Direttore della Scuola, Polizia di Stato).", "Anna Russo", "Direttore"),
])
def test_posts_the_reference_data_names_in_set_eight(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence", [
    "Observers say the editor of the journal and a research fellow disagreed.",
    "The coordinator said nothing, and the assistant agreed.",
])
def test_post_words_with_no_name_beside_them_give_no_person(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person, role", [
    # a name all in capitals, with a particle
    ("10:00 Opening\nANNA-LENA VAN DAM – Director, European Union Agency for Fundamental Rights", "ANNA-LENA VAN DAM",
     "Director"),
    # a post ending its line over a line with a name alone
    ("3. Hearing of the Executive Director-designate of the European Union Agency for Asylum (EUAA)\n"
     "   Jonas PETRAITIS-KLEIN\n   He will speak for ten minutes.", "Jonas PETRAITIS-KLEIN",
     "Executive Director-designate of the European Union Agency for Asylum"),
    # a post and its words up to a colon, then the name
    ("Contributions\nRapporteur on the Eurodac recast: Pia Lund", "Pia Lund", "Rapporteur on the Eurodac recast"),
    # a post under a name line, going on with its body after a comma
    ("Author\nDr. Eva Roth\nSenior Research Fellow, Institute for Criminal Law, Bonn. Her work covers it.", "Eva Roth",
     "Senior Research Fellow"),
])
def test_programme_and_agenda_layouts(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence", [
    # headings in capitals are no names
    "PRESS RELEASE – Director of FRA",
    "HEADS OF AGENCIES, Director of FRA",
    "EUROPOL EUROJUST, Director of FRA",
    # a post in a sentence over a name line; a post line over a line that is more than a name
    "The Director of FRA spoke first.\nAnna Berg",
    "Hearing of the Director of FRA\nAnna Berg will speak for ten minutes.",
    # a colon with no name after it
    "Head of the unit responsible: see the annex",
    # a post under a name line that goes on as a sentence
    "Anna Berg\nDirector said the day was long.",
])
def test_no_person_from_headings_or_lines_that_are_no_name(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person, role", [
    # a unit's name listing words up to 'and', in lower case
    ("Dr. Jean-Marc N'Dour, who heads the agency's Drug Markets, Crime and Supply Reduction unit, presented data.",
     "Jean-Marc N'Dour", "heads the agency's Drug Markets, Crime and Supply Reduction unit"),
    # a programme led by someone
    ("The work was prepared by the Agency's Migration Programme, led by Eva Roth, with others.", "Eva Roth",
     "head of the Migration Programme"),
    # a portfolio 'with responsibility for'
    ("The Minister of State with responsibility for Migration, Aoife Ní Bhraonáin (Aire Stáit), said so.",
     "Aoife Ní Bhraonáin", "Minister of State with responsibility for Migration"),
])
def test_more_posts_in_the_eighth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_a_post_translated_in_brackets_after_a_post_has_no_name_after_it(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "It was chaired by Jan Nowak, Minister of the Interior and Administration "
                                         "(Minister Spraw Wewnętrznych i Administracji).")
    assert found == {"Jan Nowak": ("Minister of the Interior and Administration", None)}


def test_a_post_in_brackets_after_a_body_keeps_its_name(tmp_path, gazetteer):
    assert set(_people(tmp_path, gazetteer, "The Commission (Commissioner Anna Berg) agreed.")) == {"Anna Berg"}


def test_who_leads_talks_is_no_head(tmp_path, gazetteer):
    assert "Eva Roth" not in _people(tmp_path, gazetteer, "Eva Roth, who leads the talks, and the Bar and Bench "
                                                          "Committee met.")


@pytest.mark.parametrize("sentence, person, role, attested", [
    ("Anna Berg has led eu-LISA, the agency in Tallinn, since 2018.", "Anna Berg", "head of eu-LISA", True),
    ("I thank my predecessor, Jan Smit, who led this agency for six years.", "Jan Smit", "former head of this agency",
     False),
    ("The Board thanked Jan Smit, who has led EASO since 2011 and whose term ends this year.", "Jan Smit",
     "head of EASO", True),
    ("Jan Smit, who chaired the Management Board until 2015, spoke.", "Jan Smit",
     "former chair of the Management Board", False),
])
def test_a_body_led_until_now_or_before(tmp_path, gazetteer, sentence, person, role, attested):
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "person_role")
    assert [(f.record.person, f.record.role_text, f.record.attested is not None) for f in facts] == [
        (person, role, attested)]


@pytest.mark.parametrize("sentence, found", [
    ("Jan Smit, who led the talks, spoke.", {}),
    ("Jan Smit chaired the meeting of experts.", {}),
    # a post stated otherwise is the person's; 'as' gives the post itself
    ("Jan Smit, President of Eurojust, who has led the agency since 2017, spoke.", {"Jan Smit": (
        "President of Eurojust", "agency/eurojust")}),
    ("Eva Roth, who led the College as Director since 2010, left.", {"Eva Roth": ("Director", None)}),
])
def test_a_body_led_gives_no_post_beside_another_or_for_talks(tmp_path, gazetteer, sentence, found):
    assert _people(tmp_path, gazetteer, sentence) == found


# -- commissioners of other bodies, and a body's 'chief': reference labels, sentences written for these tests

def _roles(tmp_path, gazetteer, sentence: str) -> dict[str, tuple[str, str | None]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "person_role")
    return {f.record.person: (f.record.role.removeprefix(ORG), (f.record.organisation or "").removeprefix(ORG) or None)
            for f in facts}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # a commissioner the title says is not the European Commission's: no Commission assumed
    ("Police Commissioner Maren Dahl opened the exercise.", "Maren Dahl", "role/commissioner", None),
    ("The national Data Protection Commissioner, Oskar Lind, warned of the risks.", "Oskar Lind",
     "role/commissioner", None),
    ("Aino Virtanen, Chief Commissioner of the border police, took part.", "Aino Virtanen", "role/commissioner", None),
    ("The UN's High Commissioner Rosa Almeida addressed the forum.", "Rosa Almeida", "role/commissioner",
     "organisation/united-nations"),
    # ... while the Commission's own commissioners stay theirs
    ("Justice Commissioner Pavel Novak presented the package.", "Pavel Novak", "role/european-commissioner",
     "organisation/european-commission"),
    ("Commissioner for Home Affairs Lise Moreau presented the package.", "Lise Moreau",
     "role/european-commissioner", "organisation/european-commission"),
    # a body's chief
    ("Europol chief Marta Ruiz opened the conference.", "Marta Ruiz", "role/head", "agency/europol"),
    ("Frontex's chief, Tomas Berg, visited the border crossing.", "Tomas Berg", "role/head", "agency/frontex"),
])
def test_which_commissioner_and_a_bodys_chief(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _roles(tmp_path, gazetteer, sentence)[person] == (role, organisation)


@pytest.mark.parametrize("sentence", [
    "Police chiefs from 27 countries met in The Hague.",
    "The committee chief had no comment on the Chief Commissioner's report.",
])
def test_chief_without_a_name_is_no_person(tmp_path, gazetteer, sentence):
    assert _roles(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person", [
    ("MEP Pieter in 't Hout asked the Commission about the delays.", "Pieter in 't Hout"),
    ("Rapporteur Jan ten Brink (Renew, NL) presented the report.", "Jan ten Brink"),
    # 'in' is a particle only before 't': a place after a name stays out of it
    ("Europol Director Anna Berg in The Hague said so.", "Anna Berg"),
])
def test_dutch_particles_in_a_name(tmp_path, gazetteer, sentence, person):
    assert person in _roles(tmp_path, gazetteer, sentence)


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # 'NAME, a ROLE ...' as 'NAME, the ROLE ...'
    ("Lena Vogt, a spokesperson for Frontex, said the numbers fell.", "Lena Vogt", "role/spokesperson", "agency/frontex"),
    ("Lena Vogt, a Frontex Liaison Officer in Niger, spoke.", "Lena Vogt", "role/specialist", "agency/frontex"),
    # taking up the body's post
    ("Lena Vogt took office as the agency's Executive Director on 1 June.", "Lena Vogt", "role/executive-director", None),
    # judges, prosecutors and staff posts
    ("Investigating Judge Lena Vogt ordered the arrests.", "Lena Vogt", "role/judge", None),
    ("The Austrian Public Prosecutor Lena Vogt led the investigation.", "Lena Vogt", "role/prosecutor", "country/at"),
    ("Europol analyst Lena Vogt presented the findings.", "Lena Vogt", "role/specialist", "agency/europol"),
    ("Lena Vogt, Senior Specialist at Europol, spoke.", "Lena Vogt", "role/specialist", "agency/europol"),
])
def test_an_article_before_a_post_and_posts_of_staff_and_courts(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _roles(tmp_path, gazetteer, sentence)[person] == (role, organisation)


@pytest.mark.parametrize("sentence", [
    "Lena Vogt, a friend of the Director, spoke at the dinner.",
    "Analysts from Europol and Eurojust met in The Hague.",
    "The Liaison Prosecutors of Norway and Switzerland attended.",
    "The Expert Group on Fundamental Rights met on 3 May.",
])
def test_no_post_for_a_friend_or_a_group(tmp_path, gazetteer, sentence):
    assert _roles(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # the body after a comma closes the title
    ("Opening remarks: Lena Vogt, Executive Director, CEPOL", "Lena Vogt", "role/executive-director", "agency/cepol"),
    ("Speakers: Jan Nowak, Senior Analyst, Europol; Lena Vogt, Head of Unit, DG HOME", "Jan Nowak",
     "role/specialist", "agency/europol"),
    # ... not a body that goes on into a list
    ("Lena Vogt, Executive Director, Europol and Eurojust agreed on it.", "Lena Vogt", "role/executive-director", None),
])
def test_the_body_after_a_comma_closes_a_title(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _roles(tmp_path, gazetteer, sentence)[person] == (role, organisation)


@pytest.mark.parametrize("sentence, person, role", [
    # a surname alone after a form of address is a name, as the text writes it
    ("Ms Malmström, the European Commissioner for Home Affairs, welcomed the vote.", "Malmström",
     "European Commissioner for Home Affairs"),
    ("Prosecutors heard Dr. Okafor, Head of the Legal Affairs Unit.", "Okafor", "Head of the Legal Affairs Unit"),
    # ... and the one full name the text gives elsewhere that ends with it
    ("Bernd Kessler opened the day. Mr Kessler, Chair of the Management Board, thanked the members.",
     "Bernd Kessler", "Chair of the Management Board"),
    # two people of that surname: it stays as written
    ("Anna Berg and Jan Berg attended. Ms Berg, Director of CEPOL, spoke.", "Berg", "Director of CEPOL"),
    # a deputy's post keeps its first word
    ("Kadri Tamm, Deputy Secretary General of the Ministry, spoke.", "Kadri Tamm",
     "Deputy Secretary General of the Ministry"),
])
def test_a_surname_after_a_form_of_address_and_a_deputys_post(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence", [
    # a form of address before a post, not a name
    "Mr President, the Council agreed on the text.",
    "Madam Chair, Ms Director, the members thank you.",
])
def test_no_surname_from_a_form_of_address_before_a_post(tmp_path, gazetteer, sentence):
    found = _people(tmp_path, gazetteer, sentence)
    assert not {p for p in found if p in ("President", "Chair", "Director")}


def test_names_listed_after_a_post_in_the_plural_each_with_its_body(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The visit honoured both directors, Mr. Berg of Europol and Ms. Lund of CEPOL.")
    assert found == {"Berg": ("directors", "agency/europol"), "Lund": ("directors", "agency/cepol")}
    # a bracket after each name says where they come from, not whose post it is
    found = _people(tmp_path, gazetteer, "The two Vice-Presidents, Ana Sousa (Portugal) and Jan Novak (Czechia), attended.")
    assert found == {"Ana Sousa": ("Vice-Presidents", None), "Jan Novak": ("Vice-Presidents", None)}


def test_no_names_from_bodies_listed_after_a_post_in_the_plural(tmp_path, gazetteer):
    assert _people(tmp_path, gazetteer, "The visit honoured both directors, of Europol and of CEPOL.") == {}


@pytest.mark.parametrize("sentence, person", [
    # a possessive after the name is not part of it; an apostrophe inside a name is
    ("EUAA Executive Director Maria Lenz’s visit to Greece ended today.", "Maria Lenz"),
    ("Frontex Executive Director Jan Olsen's statement was read.", "Jan Olsen"),
    ("Sean O'Sullivan, Director of CEPOL, spoke.", "Sean O'Sullivan"),
])
def test_a_possessive_ends_a_name(tmp_path, gazetteer, sentence, person):
    assert person in _people(tmp_path, gazetteer, sentence)


@pytest.mark.parametrize("sentence, person, post", [
    # a junior minister's post; a portfolio with 'our' in it; a post, 'is', and its holder
    ("Ms Ewa Lis-Nowak, Under-Secretary of State at the Ministry of the Interior, spoke.", "Ewa Lis-Nowak",
     "Under-Secretary of State at the Ministry of the Interior"),
    ("Vice-President for Promoting our European Way of Life, Nikos PAPAS-LEONTIS, said it was time.",
     "Nikos PAPAS-LEONTIS", "Vice-President for Promoting our European Way of Life"),
    ("The new Executive Director of CEPOL is Ana Ribeiro.", "Ana Ribeiro", "Executive Director of CEPOL"),
])
def test_a_junior_ministers_post_a_portfolio_with_our_and_a_post_is_a_name(tmp_path, gazetteer, sentence, person, post):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == post


@pytest.mark.parametrize("sentence", [
    # 'is' before words that are no name; a post in lower case before 'was' and a name (who chaired a meeting)
    "The Executive Director is Responsible For the budget.",
    "At the meeting the chair was Anna Holm.",
])
def test_no_post_from_is_before_no_name_or_after_a_lower_case_post(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


def test_a_signature_block_with_the_bodys_acronym_in_brackets(tmp_path, gazetteer):
    text = ("Tallinn, 12 May 2022\n\nJoint statement of the heads of the agencies\n\nThe heads of the agencies agree "
            "that their work with the member states must go on and that they will work together on it.\n\n"
            "Signed:\n\nMarta Kask\nDirector, European Institute for Gender Equality (EIGE)\n\n"
            "Pavel Novak\nExecutive Director ad interim, European Border and Coast Guard Agency (Frontex)\n")
    facts = facts_of(release(tmp_path, text), gazetteer, "person_role")
    found = {f.record.person: (f.record.organisation or "").removeprefix(ORG) for f in facts}
    assert found == {"Marta Kask": "agency/eige", "Pavel Novak": "agency/frontex"}


@pytest.mark.parametrize("sentence, person", [
    # a first name that is a city's, right before the comma of its post
    ("Speakers: Sofia Lindgren, Data Protection Officer, eu-LISA; Jonas Berg, Head of Unit, Europol", "Sofia Lindgren"),
    ("Florence Dupont, Head of Unit at Europol, spoke first.", "Florence Dupont"),
])
def test_a_name_opening_with_a_citys_name_before_its_post(tmp_path, gazetteer, sentence, person):
    assert person in _people(tmp_path, gazetteer, sentence)


@pytest.mark.parametrize("sentence", [
    "The meeting in Sofia, Head of Unit Jonas Berg said, was useful.",
    "Delegates from Vienna Airport, Head of Security Jonas Berg among them, attended.",
])
def test_a_city_before_a_post_is_no_name(tmp_path, gazetteer, sentence):
    assert set(_people(tmp_path, gazetteer, sentence)) == {"Jonas Berg"}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # a copula before the post, maybe after an aside
    ("Jan Novak is the Executive Director of Europol.", "Jan Novak", "Executive Director of Europol", "agency/europol"),
    ("Luca Bianchi became Deputy Executive Director of Europol in 2020.", "Luca Bianchi",
     "Deputy Executive Director of Europol", "agency/europol"),
    ("Jan Novak, who joined Europol from the Czech police, has been Deputy Executive Director of Europol since 2019.",
     "Jan Novak", "Deputy Executive Director of Europol", "agency/europol"),
    ("Anna Berg remains Executive Director of Frontex until June.", "Anna Berg", "Executive Director of Frontex",
     "agency/frontex"),
    # 'headed X as', after an aside
    ("Eva Gruber, an Austrian lawyer, has headed the Governance Directorate of Europol as Deputy Executive Director "
     "since 2017.", "Eva Gruber", "Deputy Executive Director", None),
    # 'whose term as'
    ("He is the candidate to succeed Ana Lemos, whose term as Executive Director of Europol ends on 1 May.",
     "Ana Lemos", "Executive Director of Europol", "agency/europol"),
])
def test_a_post_after_a_copula_an_aside_or_whose_term(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


@pytest.mark.parametrize("sentence", [
    "Jan Novak took up the fight against crime with the Director.",
    "Jan Novak will remain in post until the Director returns.",
])
def test_no_post_from_taking_up_or_remaining_in_something_else(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


@pytest.mark.parametrize("sentence", [
    "The meeting with Jan Novak was the Director's idea.",
    "Jan Novak is the Executive Director's guest at Europol.",
])
def test_no_post_from_a_copula_before_a_possessive(tmp_path, gazetteer, sentence):
    assert _people(tmp_path, gazetteer, sentence) == {}


def test_a_post_said_with_was_is_not_attested_on_the_day(tmp_path, gazetteer):
    facts = facts_of(release(tmp_path, "Brussels, 4 March 2024\n\nJan Novak was the Chair of the Management Board of "
                                       "Frontex.\n"), gazetteer, "person_role")
    assert [(f.record.person, f.record.attested) for f in facts] == [("Jan Novak", None)]


def test_a_directory_under_a_post_in_the_plural(tmp_path, gazetteer):
    text = ("Europol\n\nOur management\n\n3 March 2021\n\nEuropol is headed by its Executive Director.\n\n"
            "Deputy Executive Directors\nJan Novak – Operations Directorate\nEva Gruber – Governance Directorate\n\n"
            "Heads of Department and Centres\nOperations Directorate:\n- European Cybercrime Centre (EC3): Lena Berg\n"
            "- Corporate Services: Bart de Wilde\n\nThe text goes on.\n")
    facts = facts_of(release(tmp_path, text), gazetteer, "person_role")
    assert {f.record.person: f.record.role_text for f in facts} == {
        "Jan Novak": "Deputy Executive Director, Operations Directorate",
        "Eva Gruber": "Deputy Executive Director, Governance Directorate",
        "Lena Berg": "Head of European Cybercrime Centre (EC3)", "Bart de Wilde": "Head of Corporate Services"}


def test_no_directory_under_a_post_in_the_plural_in_a_sentence_or_over_prose(tmp_path, gazetteer):
    text = ("Brussels, 4 March 2024\n\nThe Deputy Executive Directors met the press.\nJan Novak – Operations "
            "Directorate\n\nDeputy Executive Directors\nThe directors met in Lisbon and agreed a plan.\n"
            "Eva Gruber – Governance Directorate\n")
    assert facts_of(release(tmp_path, text), gazetteer, "person_role") == []


def test_a_permanent_secretary_is_a_post(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Conclusions: Mikko Saari, Permanent Secretary, Ministry of the Interior, Finland")
    assert found["Mikko Saari"][0] == "Permanent Secretary"


@pytest.mark.parametrize("sentence, person, role", [
    # a deputy of a chief whose body the text does not name
    ("\"We act,\" said Olivier Garnier, the agency's Executive Director. His deputy, Kaarlo Heinonen, presented the "
     "figures.", "Kaarlo Heinonen", "deputy Executive Director"),
    # 'who chairs' after a description of the person
    ("Renate Hofer, the Austrian official who chairs eu-LISA's Management Board, presented the Board's view.",
     "Renate Hofer", "chairs eu-LISA's Management Board"),
])
def test_a_deputy_of_a_chief_without_a_body_and_who_chairs_after_a_description(tmp_path, gazetteer, sentence,
                                                                                  person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_no_head_from_a_description_that_is_not_a_person(tmp_path, gazetteer):
    assert _people(tmp_path, gazetteer, "Anna Berg, the agency which chairs the network, spoke.") == {}


@pytest.mark.parametrize("sentence, person, role", [
    # the body's acronym in brackets, a destination, a lower-case remit between a post and its name
    ("In a panel, the Executive Director of the European Asylum Support Office (EASO), Jan Novak, spoke.", "Jan Novak",
     "Executive Director of the European Asylum Support Office"),
    ("The Ambassador of Ireland to the Netherlands, Jan Novak, spoke.", "Jan Novak", "Ambassador of Ireland"),
    ("The Vice-President of the European Commission responsible for justice, Hanna Lindgren-Kask, presented it.",
     "Hanna Lindgren-Kask", "Vice-President of the European Commission"),
])
def test_a_name_after_a_post_and_its_acronym_destination_or_remit(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_no_name_after_a_post_and_to_a_person(tmp_path, gazetteer):
    assert _people(tmp_path, gazetteer, "The Minister of Justice to Jan Novak, a note.") == {}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # a board's meeting and who chaired it, in one sentence: the chair of that board
    ("FRA's Management Board met on Monday and Tuesday in Vienna, under the chairmanship of Professor Elin Vestergaard.",
     "Elin Vestergaard", "chair of the Management Board", "agency/fra"),
    ("The Management Board of the European Institute for Gender Equality met in Vilnius on 17 and 18 November, under "
     "the chairmanship of Dr. Marta Nowicka.", "Marta Nowicka", "chair of the Management Board", "agency/eige"),
    ("The Management Board met in Bucharest on 22–23 May 2019 and was chaired by Mr Radu Constantin of Romania.",
     "Radu Constantin", "chair of the Management Board", None),
    ("The Governing Board met in Helsinki on 26–27 November 2019, with Ms Satu Niemi of Finland in the chair.",
     "Satu Niemi", "chair of the Governing Board", None),
    # a place the board met at is not the board's body
    ("The Management Board met at Europol's headquarters under the chairmanship of Mr Piet Claes.", "Piet Claes",
     "chair of the Management Board", None),
])
def test_who_chaired_a_boards_meeting_chairs_the_board(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


@pytest.mark.parametrize("sentence", [
    "The Management Board met in Vienna. The conference was chaired by Karl Steiner.",  # another sentence
    "The Management Board met with Karl Steiner and the agency's staff.",  # met someone, not under someone
    "The conference met in Vienna under the chairmanship of Karl Steiner.",  # no board
])
def test_no_board_chair_from_a_meeting_with_someone_or_another_sentence(tmp_path, gazetteer, sentence):
    assert "Karl Steiner" not in _people(tmp_path, gazetteer, sentence)


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # the verb left out in a list: 'NAME spoke for X as its ROLE, NAME for Y as its ROLE'
    ("Nina Hartmann spoke for EASO as its Executive Director, Teresa Lindqvist for the EMCDDA as its Director.",
     "Teresa Lindqvist", "Director", "agency/euda"),
    ("The heads spoke in turn: Nina Hartmann for EASO as its Executive Director, Teresa Lindqvist for Europol as its "
     "Executive Director.", "Nina Hartmann", "Executive Director", "agency/euaa"),
])
def test_a_post_for_a_body_as_its_post_with_the_verb_left_out(tmp_path, gazetteer, sentence, person, role,
                                                               organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_a_post_and_its_body_end_before_and_a_name(tmp_path, gazetteer):
    # 'Director of FRA and NAME': the name is the next person's, not the Director's
    found = _people(tmp_path, gazetteer, "Anna Berg spoke as Director of FRA and Emer Walsh, who heads EIGE, "
                                         "presented the report.")
    assert found["Anna Berg"] == ("Director of FRA", "agency/fra")
    assert found["Emer Walsh"] == ("heads EIGE", "agency/eige")


@pytest.mark.parametrize("sentence, person, role", [
    # 'NAME as ROLE' without an article, after a comma or 'with'
    ("Nina Hartmann spoke for EASO as its Executive Director, Ioana Petrescu as Director of FRA and Emer Walsh, who "
     "heads EIGE.", "Ioana Petrescu", "Director of FRA"),
    ("The Board, with Anna Berg as Chair of the Management Board, met twice.", "Anna Berg",
     "Chair of the Management Board"),
])
def test_a_name_as_a_post_without_an_article_in_a_list(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_no_post_from_as_after_a_verb(tmp_path, gazetteer):
    # no comma, colon or 'with' before her
    assert "Anna Berg" not in _people(tmp_path, gazetteer, "They thanked Anna Berg as Executive Director of Frontex.")


def test_who_took_over_from_someone_as_a_post_holds_it_and_the_other_held_it(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Piet Claes took over from Anna Berg as Executive Director of Frontex.")
    assert found == {"Piet Claes": ("Executive Director of Frontex", "agency/frontex"),
                     "Anna Berg": ("former Executive Director", "agency/frontex")}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # the deputy of a post right before 'and his deputy', its holder unnamed; the name may end the sentence
    ("He was received by the Executive Director of Frontex and his deputy, Marta Kowalska.", "Marta Kowalska",
     "deputy Executive Director", "agency/frontex"),
    ("He was received by the Executive Director and his deputy, Marta Kowalska.\n\nMore news", "Marta Kowalska",
     "deputy Executive Director", None),
    # a board that met, in a relative clause
    ("The plan was approved by the Management Board, which met in Tallinn on 28-29 November under the chairmanship "
     "of Philippe de Lattre.", "Philippe de Lattre", "chair of the Management Board", None),
    # a French 'minister delegate'
    ("Speaking for the French Presidency, the minister delegate for citizenship, Mathilde Rousseau, praised the file.",
     "Mathilde Rousseau", "minister delegate for citizenship", None),
    # a Portuguese name's 'e'
    ("The agency's head of strategy, Rui Carvalho e Silva, spoke.", "Rui Carvalho e Silva", "head of strategy", None),
])
def test_set_fifteen_phrasings_of_posts(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_no_deputy_of_a_post_the_reference_data_has_no_deputy_for(tmp_path, gazetteer):
    # (no body named, and no 'Deputy Minister of Justice' in the reference data)
    assert "Marta Kowalska" not in _people(tmp_path, gazetteer, "He was received by the Minister of Justice and his "
                                                                 "deputy, Marta Kowalska.")


def test_a_post_in_a_tables_cell_under_a_name_in_the_same_column(tmp_path, gazetteer):
    table = ("Luxembourg, 12 June 2025\n\n"
             "| Member state | Representative                 |\n"
             "|--------------|--------------------------------|\n"
             "| Estonia      | Mr Kristjan LEPP               |\n"
             "|              | Minister of the Interior       |\n"
             "| Czechia      | Mr Ondrej MALEK                |\n"
             "|              | First Deputy Minister of the Interior |\n"
             "| Latvia       | Minister of Justice            |\n"
             "|              | Minister of the Interior       |\n")
    found = _people(tmp_path, gazetteer, table)
    assert found["Kristjan LEPP"][0] == "Minister of the Interior"
    assert found["Ondrej MALEK"][0] == "Deputy Minister of the Interior"
    # a post under a cell that is no name (another post) has no holder
    assert set(found) == {"Kristjan LEPP", "Ondrej MALEK"}


@pytest.mark.parametrize("sentence, person, role", [
    # a vice-chair is no chair (reference/roles.ttl has the post), in any case, after a group in brackets
    ("Sophie Lindqvist-Barre (Greens/EFA, SE), vice-chair of the committee, asked the agencies.",
     "Sophie Lindqvist-Barre", "role/vice-chair"),
    ("The Deputy Chair of the Management Board, Anna Berg, opened the session.", "Anna Berg", "role/vice-chair"),
    # 'the chair of its Management Board'
    ("She was received by the chair of its Management Board, Mr Jaan-Erik TAMM.", "Jaan-Erik TAMM",
     "role/management-board-chair"),
])
def test_a_vice_chair_and_the_chair_of_its_board(tmp_path, gazetteer, sentence, person, role):
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{sentence}\n"), gazetteer, "person_role")
    assert {f.record.person: f.record.role.rsplit("/id/", 1)[1] for f in facts}[person] == role


@pytest.mark.parametrize("sentence, person, role", [
    # an aside between the board and the verb that says who chairs it
    ("The Management Board, made up of one member per Member State and two of the Commission, is chaired by "
     "Karl Steiner.", "Karl Steiner", "chair of the Management Board"),
    # choosing or selecting someone for a post, as appointing does
    ("The Board re-elected Anna Berg as its Chair and chose Dr Piet Claes as Vice-Chairperson.", "Piet Claes",
     "Vice-Chairperson"),
    ("The Governing Board selected Ms Lena Holm as Executive Director of CEPOL.", "Lena Holm",
     "Executive Director of CEPOL"),
])
def test_posts_in_the_seventeenth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence", [
    # the aside is one stretch between commas, then the verb: not a list whose last body a clause describes
    "The Management Board, the Executive Director and the working group, which is chaired by Karl Steiner, met.",
    # a place chosen, not a person
    "The Board chose Vienna as the venue of its next meeting, Karl Steiner said.",
])
def test_no_board_chair_past_a_second_clause_and_no_post_for_a_chosen_place(tmp_path, gazetteer, sentence):
    found = _people(tmp_path, gazetteer, sentence)
    assert not any(role.startswith("chair of the") for role, _ in found.values())
    assert "Vienna" not in " ".join(found)


@pytest.mark.parametrize("sentence, person, role", [
    # a speech's salutation before the form of address
    ("Dear Ms Annika LUNDQVIST, Executive Director of Frontex,\nLadies and gentlemen,", "Annika LUNDQVIST",
     "Executive Director of Frontex"),
    # the board of the page's own body
    ("I also thank the Chair of our Management Board, Ms Ines Mota, who joins us today.", "Ines Mota",
     "Chair of our Management Board"),
    # 'as' the body's post after a comma, and opening a sentence
    ("Next year CEPOL hosts. Dr Zsofia Kertesz, as CEPOL's Executive Director you will be our host.", "Zsofia Kertesz",
     "CEPOL's Executive Director"),
    ("Zsofia Kertesz, as Executive Director of CEPOL, will be our host.", "Zsofia Kertesz", "Executive Director of CEPOL"),
    # a surname alone after a form of address, with the first name the text gives it elsewhere
    ("Dear Mr ZELENKA, President of Eurojust,\nLet me thank Morten Zelenka and his team.", "Morten Zelenka",
     "President of Eurojust"),
])
def test_posts_in_the_eighteenth_paraphrase_sets_phrasings(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


@pytest.mark.parametrize("sentence, absent", [
    # a salutation to no one named
    ("Dear colleagues, Executive Director of Frontex Anna Berg sends her regrets.", "Dear colleagues"),
    # 'as the post' after a comma is how someone else put it, not the name's post
    ("Anna Berg, as the Director said, will speak first.", "Anna Berg"),
])
def test_no_post_from_a_salutation_alone_or_as_someone_said(tmp_path, gazetteer, sentence, absent):
    assert absent not in _people(tmp_path, gazetteer, sentence)


def test_a_surname_alone_keeps_its_form_when_two_first_names_go_with_it(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Dear Mr ZELENKA, President of Eurojust,\nMorten Zelenka and Anna Zelenka "
                                         "wrote the report.")
    assert "ZELENKA" in found and not any(name.endswith(" ZELENKA") for name in found)


def _people_in(tmp_path, gazetteer, text: str) -> dict[str, str]:
    facts = facts_of(release(tmp_path, text), gazetteer, "person_role")
    return {f.record.person: f.record.role_text for f in facts}


def test_a_post_heading_a_tables_column_of_names(tmp_path, gazetteer):
    text = ("Agency news\nPublished 3 May 2021\n\nUNITS\n\nUnit            Head of Unit          Site\n"
            "Security Unit   Anna Berg             Strasbourg\nHuman Resources Unit   Karl Steiner (acting)   Tallinn\n"
            "Test Unit       vacant                Strasbourg\n\nMEMBER STATE   MEMBER            ALTERNATE MEMBER\n"
            "Austria        Col. Piet Claes   Lena Holm\n")
    found = _people_in(tmp_path, gazetteer, text)
    assert found["Anna Berg"] == "Head of Unit" and found["Karl Steiner"] == "Head of Unit"
    assert found["Piet Claes"] == "MEMBER" and found["Lena Holm"] == "ALTERNATE MEMBER"
    # a column whose head is no post, and rows that go on from the row above (posts under names): none
    assert "Anna Berg" not in _people_in(tmp_path, gazetteer, text.replace("Head of Unit", "Contact person"))
    participants = ("List of participants\nPublished 3 May 2021\n\n| Country | Representative |\n| Austria | Piet CLAES |\n"
                    "|  | Director-General for Public Security |\n")
    assert _people_in(tmp_path, gazetteer, participants).get("Piet CLAES") != "Representative"


@pytest.mark.parametrize("sentence, person, role", [
    # a name over its post on a card, the post with a note and the card's other cells
    ("Governance Department\nLotte Brinkmann\nHead of Department (ad interim) | Tallinn\nRead CV", "Lotte Brinkmann",
     "Head of Department"),
    # a post in the plural, a colon and names set apart by semicolons, each maybe after its group
    ("Shadow rapporteurs: Anna BERG (S&D, PT); Tomasz KRAWCZYK (ECR, PL)", "Tomasz KRAWCZYK", "Shadow rapporteurs"),
    ("Shadow rapporteurs: S&D - Anna BERG (PT); Greens/EFA - Jens-Ole BRANDT (DK)", "Jens-Ole BRANDT",
     "Shadow rapporteurs"),
    # a post of the page's own body
    ("Rui Figueira Santos, our Deputy Executive Director, leads the work.", "Rui Figueira Santos",
     "Deputy Executive Director"),
    # a name's columns apart from the next column's words
    ("Vice-Chairs\n1st Vice-Chair      Piotr ZIELINSKI-GROT        EPP - Poland", "Piotr ZIELINSKI-GROT", "Vice-Chair"),
    ("2nd Vice-Chair      Maria Luisa DELL'ORTO       ALDE - Italy", "Maria Luisa DELL'ORTO", "Vice-Chair"),
])
def test_posts_in_the_nineteenth_paraphrase_sets_layouts(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_a_surname_in_capitals_takes_its_first_name_once_whatever_its_case(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "NEW DIRECTOR: Henrik FALK-SORENSEN\n\nMr Falk-Sorensen, 51, is currently Head "
                                         "of the Border Unit. \"Henrik Falk-Sorensen knows the borders,\" said the Chair.")
    assert "Henrik FALK-SORENSEN" in found and "Falk-Sorensen" not in found


def test_a_bodys_possessive_before_a_modified_post_without_an_article(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The Board paid tribute to Aurelio Sanfilippo, CEPOL's former Head of Training, "
                                         "who retired in March.")
    assert found["Aurelio Sanfilippo"][0] == "former Head of Training"
    # a possessive that is a name's, before a capitalised word, is no such post: 'Anna Berg, Europol's' alone
    assert "Anna Berg" not in _people(tmp_path, gazetteer, "They met Anna Berg, Europol's guest, in the afternoon.")


@pytest.mark.parametrize("sentence, person, role", [
    # a ministry's portfolio ending in one of its words, then the name without a comma
    ("The meeting was chaired by Federal Minister of the Interior, Building and Community Reinhold Achterberg.",
     "Reinhold Achterberg", "Minister of the Interior, Building and Community"),
    ("Minister of the Interior and Administration Mariusz Lewandowski visited Frontex.", "Mariusz Lewandowski",
     "Minister of the Interior and Administration"),
])
def test_a_name_after_a_portfolio_without_a_comma(tmp_path, gazetteer, sentence, person, role):
    assert _people(tmp_path, gazetteer, sentence)[person][0] == role


def test_no_name_from_a_portfolios_own_capitalised_words(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The Minister for Migration, Integration and Asylum Policy Unit staff met.")
    assert not any(name.endswith(("Policy Unit", "Asylum Policy")) for name in found)


def test_a_card_line_whose_post_names_a_place_before_the_colon(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "People\nExecutive Director: Krista Sepp\nHead of Operations, Strasbourg: "
                                         "Marc-Olivier Reiber\n")
    assert found["Marc-Olivier Reiber"][0] == "Head of Operations, Strasbourg"
    # a colon in running text after a post and a comma is no card's line
    assert "Anna Berg" not in _people(tmp_path, gazetteer, "We asked the Head of Operations, who said one thing: Anna Berg "
                                                            "had left.")


def test_a_police_rank_in_dutch_is_no_part_of_the_name(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The Board welcomed the new representative of Belgium, Commissaris Hilde Vanden "
                                         "Bosch, who will coordinate the work.")
    assert "Hilde Vanden Bosch" in found and not any(name.startswith("Commissaris") for name in found)


@pytest.mark.parametrize("sentence, chairs", [
    # a board's meeting to come, and who will chair it
    ("The Frontex Management Board will discuss the roll-out at its next meeting in Warsaw on 24-25 March 2026, under "
     "the chairmanship of Lt Col. Tiit Rebane-Saaremaa.", True),
    ("The Frontex Management Board will meet in Warsaw on 24-25 March 2026, under the chairmanship of Tiit "
     "Rebane-Saaremaa.", True),
    # a meeting that is not the board's: its chair chairs no board
    ("The Frontex Management Board welcomed the report of the working group, drafted under the chairmanship of Tiit "
     "Rebane-Saaremaa.", False),
])
def test_the_chair_of_a_boards_meeting_to_come(tmp_path, gazetteer, sentence, chairs):
    found = _people(tmp_path, gazetteer, sentence)
    assert (found.get("Tiit Rebane-Saaremaa") == ("chair of the Management Board", "agency/frontex")) is chairs


def test_a_surname_alone_after_a_post_is_the_full_name_the_page_gives(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Fabrice Leitner was appointed in 2015. Today Executive Director Leitner "
                                         "opened the conference.")
    assert found["Fabrice Leitner"][0] == "Executive Director"
    # no full name to complete it, or two: the surname alone is no person
    assert _people(tmp_path, gazetteer, "Executive Director Leitner opened the meeting.") == {}
    assert not _people(tmp_path, gazetteer, "Anna Leitner and Piet Leitner came. Executive Director Leitner spoke.")
    # the last word of a portfolio before the full name is no first name of it
    found = _people(tmp_path, gazetteer, "The meeting was chaired by Federal Minister of the Interior, Building and "
                                         "Community Reinhold Achterberg. Later, Minister Achterberg said more.")
    assert "Reinhold Achterberg" in found and not any(name.startswith("Community") for name in found)


@pytest.mark.parametrize("sentence, names, role, organisation", [
    ("The Management Board of Frontex elected Anna Berg and Piet Jansen as Vice-Chairs.",
     ["Anna Berg", "Piet Jansen"], "Vice-Chairs", "agency/frontex"),
    ("Anna Berg, Piet Jansen and Karl Moser were appointed as the new Deputy Executive Directors of Europol.",
     ["Anna Berg", "Piet Jansen", "Karl Moser"], "Deputy Executive Directors of Europol", "agency/europol"),
])
def test_names_listed_before_the_post_in_the_plural_they_are_appointed_to(tmp_path, gazetteer, sentence, names, role,
                                                                          organisation):
    found = _people(tmp_path, gazetteer, sentence)
    assert all(found[name] == (role, organisation) for name in names)


@pytest.mark.parametrize("sentence", [
    "The Management Board of Frontex thanked Anna Berg and Piet Jansen, who served as Vice-Chairs.",
    "The Board elected Anna Berg and thanked Piet Jansen as Vice-Chairs stepped down.",
])
def test_no_post_in_the_plural_for_names_not_appointed_to_it(tmp_path, gazetteer, sentence):
    assert "Piet Jansen" not in _people(tmp_path, gazetteer, sentence)


def test_a_possessive_body_before_a_new_or_former_post(tmp_path, gazetteer):
    assert _people(tmp_path, gazetteer, "Frontex’s new Executive Director, Hans Leijtens, took office on 1 March.") == {
        "Hans Leijtens": ("Executive Director", "agency/frontex")}
    assert _people(tmp_path, gazetteer, "Europol's former Executive Director, Rob Wainwright, spoke.")["Rob Wainwright"] \
        == ("former Executive Director", "agency/europol")
    # no body named: none said
    assert _people(tmp_path, gazetteer, "The agency’s new Executive Director, Hans Leijtens, took office.") == {
        "Hans Leijtens": ("Executive Director", None)}


@pytest.mark.parametrize("sentence, person, role, organisation", [
    ("Norway and Iceland attended as observers; Iceland was represented by Gunnar Hallsson.", "Gunnar Hallsson",
     "representative of Iceland", "country/is"),
    ("The Fundamental Rights Agency, which takes part in the Board's work as an observer, was represented by Lukas "
     "Pichler.", "Lukas Pichler", "representative of the Fundamental Rights Agency", "agency/fra"),
    ("The Council Presidency held by Luxembourg was represented by Mme Anne-Marie SCHMIT.", "Anne-Marie SCHMIT",
     "representative of the Council Presidency held by Luxembourg", "country/lu"),
])
def test_a_body_represented_by_someone(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_no_representative_of_a_pronoun_and_none_over_a_post_found(tmp_path, gazetteer):
    assert _people(tmp_path, gazetteer, "He was represented by Anna Berg at the hearing.") == {}
    found = _people(tmp_path, gazetteer, "Norway was represented by Ingrid Solheim, deputy director in the police.")
    assert found == {"Ingrid Solheim": ("deputy director", None)}


def test_a_predecessor_held_the_post_of_the_one_whose_predecessor_they_were(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The meeting was chaired by the President of Eurojust, Mr Lars Brekke-Hovland. "
                                         "Brekke-Hovland took office in April; his predecessor, Aleksander Wisniewski, "
                                         "attended as a guest.")
    assert found["Aleksander Wisniewski"] == ("former President of Eurojust (predecessor)", "agency/eurojust")
    # no one with a post the 'his' can be: none
    assert "Piet Jansen" not in _people(tmp_path, gazetteer, "Anna Berg took office in April; his predecessor, Piet "
                                                            "Jansen, attended.")


def test_a_name_does_not_start_after_a_particle_mid_phrase(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Spain sent Ignacio Barrenechea Ruiz, Jefe de la Unidad de Formación y "
                                         "Perfeccionamiento de la Policía Nacional (Head of the Training Unit, Spanish "
                                         "National Police).")
    assert not any(name.startswith("Unidad") for name in found)


def test_a_particle_glued_to_a_surname_and_a_portfolio_after_a_post_under_a_name(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Shadow rapporteur Marie-Claire de La Tour d'Auvergne (S&D, FR) added a word.")
    assert "Marie-Claire de La Tour d'Auvergne" in found and "Marie-Claire de La Tour" not in found
    found = _people(tmp_path, gazetteer, "SPEECH/09/472\n\nEtienne MARCHAL-DUVAL\nVice-President of the European "
                                         "Commission responsible for Justice, Freedom and Security\n\nText.")
    assert found["Etienne MARCHAL-DUVAL"] == ("Vice-President of the European Commission",
                                              "organisation/european-commission")
    # a line under the post that goes on with other words is no such heading
    assert "Etienne MARCHAL-DUVAL" not in _people(tmp_path, gazetteer, "Etienne MARCHAL-DUVAL\nVice-President of the "
                                                                        "European Commission met the press today.")


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # 'ad interim' after the post's complement
    ("The report was presented by the Head of the Equality and Rights Unit ad interim, Ms Anna BERG.", "Anna BERG",
     "Head of the Equality and Rights Unit ad interim", None),
    # a body's own kind of office in lower case between the body and 'office'
    ("The plan was drawn up by the head of the EUAA operational office, Piet Jansen.", "Piet Jansen",
     "head of the EUAA operational office", "agency/euaa"),
    ("Talks were led by the head of the Europol liaison office, Mr Karl Moser.", "Karl Moser",
     "head of the Europol liaison office", "agency/europol"),
    # the second of two appointed, each to a post
    ("The Board elected Ms Anna BERG (Sweden) as its new Chair and Mr Piet de Vries (Netherlands) as Deputy Chair.",
     "Piet de Vries", "Deputy Chair", None),
    # a bracket between the post and the name
    ("The meeting was attended by the Representative of the Romanian Presidency (January-June 2019), Mr Andrei "
     "Pop-Ionescu, who spoke.", "Andrei Pop-Ionescu", "Representative of the Romanian Presidency", None),
])
def test_posts_in_the_twenty_fourth_sets_phrasings(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_no_second_appointee_or_bracketed_name_where_the_post_is_not_theirs(tmp_path, gazetteer):
    # the second name is thanked, not elected
    found = _people(tmp_path, gazetteer, "The Board elected Ms Anna BERG as its new Chair and thanked Mr Piet de Vries "
                                         "as outgoing Chair.")
    assert "Piet de Vries" not in found
    # a lower-case word that is no kind of office ends the body: the post is the agency's, not 'the EUAA annual'
    found = _people(tmp_path, gazetteer, "The head of the EUAA annual report team, Piet Jansen, spoke.")
    assert found.get("Piet Jansen", ("", None))[0] != "head of the EUAA annual report team"


@pytest.mark.parametrize("sentence, person, role, organisation", [
    # a portfolio after 'responsible for', also as a list with commas, and after the body (the post then in the words
    # before it)
    ("The Commissioner responsible for Migration, Home Affairs and Citizenship, Jonas Lind, opened the debate.",
     "Jonas Lind", "Commissioner responsible for Migration, Home Affairs and Citizenship", "organisation/european-commission"),
    ("The Vice-President of the Commission responsible for Justice, Mr Jonas LIND, opened the debate.",
     "Jonas LIND", "Vice-President of the Commission", None),
    # the successor the sentence opens with takes the post of the one it says they take over from
    ("Dr Marta Kowalska took up her duties on 1 May, taking over from the interim Executive Director, Jan Berg.",
     "Marta Kowalska", "Executive Director", None),
    # leading, heading or serving as a post ('who leads the new agency as ...', 'serves as')
    ("Ingrid Sepp, who leads the new agency as interim Executive Director, explained the plan.", "Ingrid Sepp",
     "interim Executive Director", None),
    ("Ingrid Sepp, who serves as Executive Director of eu-LISA, explained the plan.", "Ingrid Sepp",
     "Executive Director of eu-LISA", "agency/eu-lisa"),
])
def test_posts_in_the_twenty_seventh_sets_phrasings(tmp_path, gazetteer, sentence, person, role, organisation):
    assert _people(tmp_path, gazetteer, sentence)[person] == (role, organisation)


def test_no_successor_without_a_name_opening_the_sentence(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "On 1 May the agency welcomed Dr Marta Kowalska, taking over from the interim "
                                         "Executive Director, Jan Berg.")
    assert found.get("Marta Kowalska", ("", None))[0] != "Executive Director"
    # a person who is responsible for something is no post's portfolio
    found = _people(tmp_path, gazetteer, "Jonas Lind, responsible for the budget, met the Director, Ana Ferreira.")
    assert found == {"Ana Ferreira": ("Director", None)}


def test_a_post_alone_before_its_colon_on_a_line_that_goes_on(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Chair: Helga Berg (S&D, SE). The second part was chaired by Vice-Chair Piotr "
                                         "Nowak (EPP, PL).")
    assert found["Helga Berg"] == ("Chair", None) and found["Piotr Nowak"] == ("Vice-Chair", None)


@pytest.mark.parametrize("sentence, expected", [
    # an adviser's post before the name, as a contact line gives it; a rank with its service's letters after it
    ("Further information: Senior Adviser Liisa Korhonen, tel. +358 9 000 0000", {"Liisa Korhonen": ("Senior Adviser", None)}),
    ("\"It went well,\" said the spokesperson of the Border Guard Headquarters, Lt. Col. SG Ewa Nowak.",
     {"Ewa Nowak": ("spokesperson of the Border Guard Headquarters", None)}),
    # a detective's rank before the name is no part of it
    ("The National Rapporteur on trafficking, Detective Superintendent Lars Berg, presented the report.",
     {"Lars Berg": ("Rapporteur on trafficking", None)}),
    # near misses: an adviser's post and no name; capitals that are no service's letters before a name in capitals
    ("The Senior Adviser of the unit will present the report.", {}),
    ("\"It went well,\" said the spokesperson of the police, Col. ANNA SMITH.",
     {"ANNA SMITH": ("spokesperson of the police", None)}),
])
def test_posts_in_the_thirty_first_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a board that held its meeting under a chair's chairmanship: the board's chair
    ("The Management Board of Frontex held its first meeting of the year on 28 February at the agency's headquarters, "
     "under the chairmanship of Marko Horvat.", {"Marko Horvat": ("chair of the Management Board", "agency/frontex")}),
    # near miss: a board that held talks, not its meeting
    ("The Management Board of Frontex held talks with the ministers on 28 February, under the chairmanship of Marko "
     "Horvat.", {}),
])
def test_posts_in_the_thirty_second_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a political group and the member's country in brackets after a name: a member of the Parliament
    ("The report, drafted by Anna von Berg (EPP, DE), asks for better data.",
     {"Anna von Berg": ("MEP (EPP, DE)", "organisation/european-parliament")}),
    ("Shadow rapporteurs\nGiulia Rossi (S&D, IT), Jean Morin (Renew, FR) and Pekka Laine (The Left, FI).",
     {"Giulia Rossi": ("MEP (S&D, IT)", "organisation/european-parliament"),
      "Jean Morin": ("MEP (Renew, FR)", "organisation/european-parliament"),
      "Pekka Laine": ("MEP (The Left, FI)", "organisation/european-parliament")}),
    # a directory's post, dot leaders and the name (a note in brackets before the leaders)
    ("Management team\nHead of Corporate Services .......... Patrick Reid\nHead of Legal Affairs (acting) ...... Bea Orsini",
     {"Patrick Reid": ("Head of Corporate Services", None), "Bea Orsini": ("Head of Legal Affairs", None)}),
    # a post, a spaced dash and the name, a directory's line
    ("Heads of unit\nHead of Public Health Unit - Dr Marie Moreau\nHead of Corporate Services (acting) - Rui Pinto",
     {"Marie Moreau": ("Head of Public Health Unit", None), "Rui Pinto": ("Head of Corporate Services", None)}),
    # near misses: a dash joined to a word is no separator; brackets that are no political group's; a name whose
    # post the text gives stays that post
    ("The Head of Unit-Anna Berg link was cut.", {}),
    ("The report, drafted by Anna von Berg (ABC, DE), asks for better data.", {}),
    ("Anna von Berg (EPP, DE), Chair of the committee, opened the debate.",
     {"Anna von Berg": ("Chair of the committee", None)}),
])
def test_posts_in_the_thirty_third_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a counsellor, for a field, in a Permanent Representation or a ministry (reference data)
    ("On his left, Eleni Georgiou, JHA Counsellor at the Permanent Representation of Cyprus to the EU, took notes.",
     {"Eleni Georgiou": ("JHA Counsellor at the Permanent Representation of Cyprus", "country/cy")}),
    ("Speakers:\n- Jan Novak, Counsellor, Ministry of the Interior of Slovakia",
     {"Jan Novak": ("Counsellor", None)}),
    # a programme officer, in lower case too
    ("Speakers:\n- Ms Aoife Byrne, senior programme officer, Robert Schuman Centre, European University Institute",
     {"Aoife Byrne": ("senior programme officer", None)}),
    # a table's post cell that ends with a note in brackets or a place after a comma, then the name's cell
    ("POST | NAME\nHead of the Security Unit (interim) | Sven HOLM\nHead of the Operational Site, Strasbourg | Marie "
     "OBERLE", {"Sven HOLM": ("Head of the Security Unit", None), "Marie OBERLE": ("Head of the Operational Site", None)}),
    # near misses: a counsellor's office is no post of a person; words after a comma that are no cell of their own
    ("The Counsellor's office in Brussels was closed.", {}),
    ("The Head of the Operational Site, Strasbourg has a new car park.", {}),
])
def test_posts_in_the_thirty_fifth_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


def test_a_capitalised_word_after_of_in_a_post_before_a_name(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Vice-President for Protecting our European Way of Life Ana Sousa Lima spoke.")
    assert found["Ana Sousa Lima"][0] == "Vice-President for Protecting our European Way of Life"


def test_a_countrys_post_in_lower_case(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "Luis Vega Ruiz, Spain's national drug coordinator, opened the meeting.")
    assert found == {"Luis Vega Ruiz": ("national drug coordinator", "country/es")}
    # a possessive before words that are no post
    assert _people(tmp_path, gazetteer, "Luis Vega Ruiz, Spain's national drug strategy, was presented.") == {}


def test_names_then_respectively_their_posts(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The panel brought together Marta Silva, Jonas Berg and Dr Petra Novak, "
                                         "respectively Head of the Risk Analysis Unit at Frontex, head of legal "
                                         "affairs at EUAA and National Member for Croatia at Eurojust.")
    assert found == {"Marta Silva": ("Head of the Risk Analysis Unit at Frontex", "agency/frontex"),
                     "Jonas Berg": ("head", "agency/euaa"),
                     "Petra Novak": ("National Member for Croatia at Eurojust", "agency/eurojust")}
    # two names, hard-wrapped, after a dash
    found = _people(tmp_path, gazetteer, "Opening speeches came from Karl Huber and Ines Duarte -\nrespectively "
                                         "Executive Director of CEPOL and\nChair of the Management Board of CEPOL.")
    assert {p: o for p, (_, o) in found.items()} == {"Karl Huber": "agency/cepol", "Ines Duarte": "agency/cepol"}


def test_a_post_in_the_plural_for_places_then_respectively_the_names(tmp_path, gazetteer):
    found = _people(tmp_path, gazetteer, "The National Members for Austria and Malta, respectively Eva Gruber "
                                         "and Mark Borg, presented the case.")
    assert {p: r for p, (r, _) in found.items()} == {"Eva Gruber": "National Member for Austria",
                                                    "Mark Borg": "National Member for Malta"}


@pytest.mark.parametrize("sentence", [
    # as many posts as names, or none at all
    "The National Members for Austria, Malta and Cyprus - respectively Marta Silva and Jonas Berg - spoke.",
    # no post before the places
    "The delegations of Austria and Malta, respectively Marta Silva and Jonas Berg, spoke.",
    "Speakers included Marta Silva, Jonas Berg and Petra Novak, respectively Head of Unit at Frontex and "
    "professor of law at the University of Zagreb.",
    # not a list of names: countries, figures
    "Germany, France and Italy sent 40, 25 and 12 officers respectively to the operation led by Frontex.",
    "Italy and Greece, respectively the first and second country of arrival, asked the Director for support.",
    # the list must end at 'respectively': a clause between them
    "Marta Silva and Jonas Berg spoke at the conference, respectively as Head of Unit and Director.",
])
def test_no_respectively_post_where_the_lists_do_not_pair(tmp_path, gazetteer, sentence):
    found = _people(tmp_path, gazetteer, sentence)
    assert not {"Marta Silva", "Jonas Berg", "Petra Novak"} & set(found)


def test_a_list_of_participants_by_delegation(tmp_path, gazetteer):
    text = ("PARTICIPANTS\n\nThe Member States were represented as follows:\n\nAustria:\nMs Eva GRUBER | Federal Minister "
            "of the Interior\n\nMalta:\nMr Mark BORG | Minister for Home Affairs\nMs Anna ZAMMIT | State Secretary\n")
    found = _people(tmp_path, gazetteer, text)
    assert found["Eva GRUBER"][1] == "country/at" and found["Mark BORG"] == ("Minister for Home Affairs", "country/mt")
    assert found["Anna ZAMMIT"] == ("State Secretary", "country/mt")
    # a row whose first cell is no name, and a heading that is no delegation's
    text = ("Agenda:\nItem one | Minister for Home Affairs\n\nNotes:\nMr Mark BORG | Minister for Home Affairs\n")
    found = _people(tmp_path, gazetteer, text)
    assert list(found) == ["Mark BORG"] and found["Mark BORG"][1] is None


@pytest.mark.parametrize("sentence, expected", [
    # a day opening the sentence is no first name
    ("Today Karl Lindström takes office as Executive Director of Frontex.",
     {"Karl Lindström": ("Executive Director of Frontex", "agency/frontex")}),
    ("On Monday Karl Lindström took office as Executive Director of Frontex.",
     {"Karl Lindström": ("Executive Director of Frontex", "agency/frontex")}),
    # a co-chair, also after 'its' in lower case
    ("Members of the forum, among them its co-chair Eleni Markou-Stavrou, spoke.", {"Eleni Markou-Stavrou": ("co-chair", None)}),
    ("Eleni Markou-Stavrou, co-chair of the Consultative Forum, spoke.",
     {"Eleni Markou-Stavrou": ("co-chair of the Consultative Forum", None)}),
    # a post in lower case with its complement, then a comma and the body, as a list of speakers gives it
    ("Speakers:\nColonel Mihai Ionescu, head of training, Romanian Border Police\nAnna Berg, head of operations, Europol",
     {"Mihai Ionescu": ("head of training", None), "Anna Berg": ("head of operations", "agency/europol")}),
    # (not before a clause: the post's own words end at the comma)
    ("Mihai Ionescu, head of training, spoke of the Romanian Border Police reforms.", {"Mihai Ionescu": ("head", None)}),
    # a deputy in lower case
    ("Jüri Saar, deputy head of unit, Border Systems Unit, spoke.", {"Jüri Saar": ("deputy head of unit", None)}),
    # a verb of heading or chairing right after the name, the surname alone its full name given before
    ("The board met under Aino KARJALAINEN of the Finnish ministry. Ms Karjalainen chairs the Management Board of "
     "Europol for six months.", {"Aino KARJALAINEN": ("chairs the Management Board of Europol for six months", "agency/europol")}),
    ("Catherine Maes heads Europol.", {"Catherine Maes": ("heads Europol", "agency/europol")}),
    ("Hans Leitner leads a delegation to Athens. The minister chairs the Council.", {}),
    # a German prosecutor's rank before the name
    ("Oberstaatsanwalt Markus LINDNER, Deputy National Member for Germany, spoke.",
     {"Markus LINDNER": ("Deputy National Member for Germany", "country/de")}),
])
def test_posts_in_the_fortieth_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name's line over its post's, the post going on with the day it began
    ("EXECUTIVE DIRECTOR\n\nHanna LEHTINEN\nExecutive Director of Frontex since 1 March 2021\n\nA Finnish national.",
     {"Hanna LEHTINEN": ("Executive Director of Frontex", "agency/frontex")}),
    # a row of columns: the name, a note in brackets, the post
    ("BOARD\n\n  Jonas PETRAITIS (Lithuania)     Chairperson of the Management Board\n",
     {"Jonas PETRAITIS": ("Chairperson of the Management Board", None)}),
    # taking up one's duties on a day, as the post
    ("Ms Inês DA COSTA MOTA took up her duties today as National Member for Portugal.",
     {"Inês DA COSTA MOTA": ("National Member for Portugal", "country/pt")}),
    ("Mr Paulo Reis took up his duties on 1 February 2021 as National Member for Portugal.",
     {"Paulo Reis": ("National Member for Portugal", "country/pt")}),
    # (the post line goes on with other words than a day: not a card's post)
    ("EXECUTIVE DIRECTOR\n\nHanna LEHTINEN\nExecutive Director of Frontex met the ministers in Warsaw\n", {}),
])
def test_posts_in_the_forty_sixth_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # joining as the post (not a post held from a year long past)
    ("Anna KOVACS joined as Head of the Training Unit on 1 September.", {"Anna KOVACS": ("Head of the Training Unit", None)}),
    ("Anna Kovacs has joined CEPOL as Head of the Training Unit.", {"Anna Kovacs": ("Head of the Training Unit", None)}),
    ("Anna Kovacs joined Europol in 2005 as Head of the Training Unit.", {}),
])
def test_posts_in_the_forty_ninth_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list of names after a post in the plural: a first name that is also a city's
    ("They replace the two Vice-Presidents, Anna Berg and Sofia Lindqvist.",
     {"Anna Berg": ("Vice-Presidents", None), "Sofia Lindqvist": ("Vice-Presidents", None)}),
    # (a place after the first name is no name)
    ("The two Vice-Presidents, Anna Berg and Sofia Airport, attended.", {"Anna Berg": ("Vice-Presidents", None)}),
    # a panel chaired by someone: its chair
    ("The Council heard the selection panel, chaired by Ingrid Holm-Weber, a retired judge.",
     {"Ingrid Holm-Weber": ("chair of the selection panel", None)}),
    ("The panel is chaired by Ingrid Holm-Weber.", {"Ingrid Holm-Weber": ("chair of the panel", None)}),
    ("The panel was praised by Ingrid Holm-Weber.", {}),
])
def test_posts_in_the_fifty_fifth_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the body a person comes from between the name and 'who chairs'
    ("Marc Schmit-Reuter of the Grand Ducal Police, who chairs the Governing Board, welcomed the delegations.",
     {"Marc Schmit-Reuter": ("chairs the Governing Board", None)}),
    # (not without the relative clause)
    ("Marc Schmit-Reuter of the Grand Ducal Police welcomed the delegations.", {}),
])
def test_posts_in_the_fifty_ninth_sets_phrasings(tmp_path, gazetteer, sentence, expected):
    assert _people(tmp_path, gazetteer, sentence) == expected
