"""Who operates a system, as a table states it, and in sentences whose system carries an aside
(a description in dashes, a relative clause after its acronym, 'the SYS system, the ...,') or a
described list after a colon. The sentences and tables are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release


def _operators(tmp_path, gazetteer, text: str) -> set[tuple[str, str]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{text}\n"), gazetteer, "system_operated_by")
    return {(f.record.system.rsplit("/", 1)[-1], f.record.agency.rsplit("/", 1)[-1]) for f in facts}


def test_a_column_headed_by_the_agency_that_manages_the_rows_systems(tmp_path, gazetteer):
    table = ("The systems\n\nSystem\tManaged by eu-LISA since\tUsers\n"
             "Eurodac\t1 December 2012\tasylum offices\n"
             "VIS (Visa Information System)\t1 December 2012\tconsulates\n"
             "ETIAS\t-\ttravellers\n")
    assert _operators(tmp_path, gazetteer, table) == {("eurodac", "eu-lisa"), ("vis", "eu-lisa")}


def test_a_column_whose_cells_name_each_rows_operator(tmp_path, gazetteer):
    table = ("| System | Operated by | Users |\n|---|---|---|\n| SIS | eu-LISA | police |\n"
             "| ECRIS-TCN | planned | courts |\n| ETIAS | eu-LISA from 2026 | travellers |\n")
    assert _operators(tmp_path, gazetteer, table) == {("sis", "eu-lisa")}


@pytest.mark.parametrize("table", [
    # users are not operators
    "System | Used by | Since\nSIS | Europol | 2013\nVIS | Frontex | 2011\n",
    # a row naming two systems settles neither
    "System\tManaged by eu-LISA since\nSIS and VIS\t2013\n",
    # rows not under the head (a blank line between)
    "System\tManaged by eu-LISA since\n\nSIS\t2013\n",
    # a head naming two agencies
    "System\tRun by eu-LISA and Europol since\nSIS\t2013\n",
])
def test_no_operator_from_a_table_that_does_not_state_one(tmp_path, gazetteer, table):
    assert _operators(tmp_path, gazetteer, table) == set()


@pytest.mark.parametrize("text, expected", [
    # a count of components, then the described components, each with an article, one with a participle
    ("Under the new rules, eu-LISA, the EU agency for large-scale IT systems, will build and operate four "
     "interoperability components: a European search portal (ESP) allowing authorities to search several systems at "
     "once, a shared biometric matching service (sBMS), a common identity repository (CIR) and a multiple-identity "
     "detector (MID).", {("esp", "eu-lisa"), ("sbms", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
    ("eu-LISA will operate two new systems: an Entry/Exit System and a travel authorisation system, ETIAS.",
     {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'the SYS system, what it is,' before the passive
    ("Since 1 July 2023, the e-CODEX system, the secure channel for cross-border exchanges in civil and criminal "
     "proceedings, has been managed by eu-LISA.", {("e-codex", "eu-lisa")}),
    # a relative clause after the acronym in brackets
    ("The Entry/Exit System (EES), which started operations on 12 October 2025, is likewise operated by eu-LISA, while "
     "border guards register travellers in it.", {("ees", "eu-lisa")}),
    # what the system is made of, between dashes, before 'built by AGENCY, which will also run it'
    ("The technical side of ETIAS - the central system, the public website and the app for travellers - is being built "
     "by eu-LISA, which will also run it; the Central Unit will check applications.", {("etias", "eu-lisa")}),
])
def test_operators_of_systems_with_an_aside_or_a_described_list(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a described list that names no system, then another body's systems
    "eu-LISA will operate two new systems: a tool for the police; SIS and VIS are run by the Commission.",
    # built by one, run by another
    "The technical side of ETIAS - the central system - is being built by eu-LISA; Frontex will run it.",
    # an aside, then a use, not a running
    "The Entry/Exit System (EES), which eu-LISA built, is used by Frontex every day.",
])
def test_no_operator_where_the_aside_or_list_does_not_state_one(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text", [
    "Responsibility for the e-CODEX system was handed over to eu-LISA in July 2023.",
    "Responsibility for e-CODEX passed to eu-LISA in July 2023.",
])
def test_responsibility_for_a_system_moved_to_an_agency(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == {("e-codex", "eu-lisa")}


@pytest.mark.parametrize("text", [
    # a move the text only supposes
    "Under the proposal, the responsibility for e-CODEX would pass to eu-LISA.",
    "Under the proposal, the responsibility for running e-CODEX would pass to eu-LISA.",
    # a unit named after the system, or a task done with it
    "Responsibility for the ETIAS Central Unit passed to Frontex in 2023.",
    "Responsibility for SIS checks was handed over to Frontex.",
])
def test_no_operator_from_a_supposed_move_or_another_responsibility(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # two systems 'and for', then what they move to
    ("Responsibility for the Visa Information System (VIS) and for Eurodac, the fingerprint database of asylum "
     "applicants, moves to eu-LISA, which has its seat in Tallinn.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # a system, the subject, handed over to an agency
    ("The second-generation Schengen Information System (SIS II), which is in its final test phase, will be handed over "
     "to eu-LISA and run from Strasbourg.", {("sis", "eu-lisa")}),
    # the system right before a semicolon, then 'it' run by an agency
    ("Neither agency manages the Schengen Information System; it is kept running by eu-LISA, the IT agency in Tallinn.",
     {("sis", "eu-lisa")}),
    # systems singled out of the kind an agency runs
    ("The discussion concentrated on the databases that eu-LISA runs, above all SIS and VIS, and on the new systems.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # 'its central system' for the system the sentence before opens with; more systems run along with it
    ("The Entry/Exit System started operations on 12 October 2025. Its central system was built by eu-LISA, which "
     "operates it from its technical site in Strasbourg together with SIS and VIS.",
     {("ees", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa")}),
])
def test_operators_of_moved_handed_over_and_singled_out_systems(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # handed over to a body that is no agency, or data handed over
    "The Schengen Information System (SIS II) will be handed over to the Commission and run from Brussels.",
    "The SIS II hits will be handed over to Frontex for checking.",
    # 'it' after a semicolon that is another body's
    "Neither agency manages the Schengen Information System; it is run by the Member States, and eu-LISA helps.",
    # systems singled out of what an agency uses, not runs
    "The discussion concentrated on the databases that Europol uses, above all SIS and VIS.",
])
def test_no_operator_from_a_handover_elsewhere_or_a_use(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # systems run 'in addition to' others, after a clause on when they go live
    ("eu-LISA will run the European search portal and the common identity repository once they are in place, in "
     "addition to the Entry/Exit System (EES) and ETIAS, which it is currently developing.",
     {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'for which AGENCY has been responsible'
    ("Requests were transmitted over e-CODEX, for which eu-LISA has been responsible since July 2023.",
     {("e-codex", "eu-lisa")}),
    # a relative clause on an item of the list that names no system
    ("eu-LISA operates the Schengen Information System, which was renewed in March with new alert categories, the Visa "
     "Information System and Eurodac.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_in_addition_to_others_or_for_which_an_agency_is_responsible(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # what some believe
    "Many people think Frontex runs ETIAS.",
    # a relative clause that names the systems the item connects: they are not in the list
    "eu-LISA will build and then run the multiple-identity detector (MID), which will connect the EES, ETIAS, VIS, SIS "
    "and Eurodac.",
])
def test_no_operator_from_a_belief_or_a_clause_naming_other_systems(tmp_path, gazetteer, text):
    assert not {(s, a) for s, a in _operators(tmp_path, gazetteer, text) if s != "mid"}


_INTERVIEW = ("eu-LISA | News\n\nInterview: five questions to the head of the agency\n\nAnna Virtanen took up her duties "
              "as Executive Director of eu-LISA in January. We spoke to her in Tallinn.\n\nQ: How many systems does the "
              "Agency run today?\n\nAV: We operate the Schengen Information System. On 1 July we took over e-CODEX.\n\n"
              "Q: And the others?\n\nAV: {answer}\n")


def test_we_in_an_interviews_answers_is_the_agency_of_its_head(tmp_path, gazetteer):
    found = _operators(tmp_path, gazetteer, _INTERVIEW.format(answer="Frontex hosts the ETIAS Central Unit."))
    assert found == {("sis", "eu-lisa"), ("e-codex", "eu-lisa")}
    # 'we' in the interviewer's lines is not the head's
    asked = _INTERVIEW.replace("Q: And the others?", "Q: We run Eurodac at our ministry. And the others?")
    assert ("eurodac", "eu-lisa") not in _operators(tmp_path, gazetteer, asked.format(answer="Ask Frontex."))


@pytest.mark.parametrize("text, expected", [
    # the systems themselves after the verb, even after a sentence that names another system
    ("The EES is coming. eu-LISA hosts the central systems of SIS, VIS and Eurodac at its site in Strasbourg.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # the system running under the agency's responsibility
    ("Since that date the new SIS has been running under the responsibility of eu-LISA.", {("sis", "eu-lisa")}),
    # the agency's team that keeps the systems running
    ("Anna Berg, who heads the eu-LISA team that keeps SIS and VIS running in Strasbourg, spoke.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # 'it' for the agency the sentence before opens with, after 'has also been'
    ("eu-LISA hosts SIS at its site in Strasbourg. Since taking it over this year, it has also been responsible for "
     "e-CODEX.", {("sis", "eu-lisa"), ("e-codex", "eu-lisa")}),
    # a table's column 'Who runs it'
    ("Where things stand\n\nSystem | What it does | Who runs it | Status\nEurodac | fingerprints | eu-LISA | in operation\n"
     "EES | entries and exits | eu-LISA (in development) | planned\n", {("eurodac", "eu-lisa")}),
    # a table's column 'Agency responsible for operational management' (and not one of the agencies that use it)
    ("Overview\n\nSystem | Purpose | Agency responsible for operational management | Users\nSIS | alerts | eu-LISA | "
     "Europol\nVIS | visas | eu-LISA | Europol\n\nSystem | Purpose | Agency responsible for access | Status\n"
     "EES | entries | Frontex | planned\n", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # near misses: a team that only uses the systems; 'the central systems' alone, a reference to the one named before
    ("Anna Berg, who heads the Europol team that consults SIS and VIS every day, spoke.", set()),
    ("eu-LISA runs the EES. The central systems are in Strasbourg.", {("ees", "eu-lisa")}),
])
def test_operators_in_the_thirty_second_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the system the subject of the clause before 'it', and the agency named after its seat
    ("SIS II is the most used database in Europe; it has been operated by the Tallinn-based agency eu-LISA since 2013.",
     {("sis", "eu-lisa")}),
    # a date it has run each since, between two systems of the list
    ("eu-LISA, which has operated the second-generation Schengen Information System (SIS II) since 9 May 2013 and the "
     "Visa Information System (VIS) since December 2012, met.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # near misses: the system's unit is hosted, not the system; another clause's 'it'
    ("The Board heard the plan for ETIAS, whose Central Unit will be hosted by Frontex.", set()),
    ("SIS II is the most used database; the report says it is operated by Europol.", set()),
])
def test_operators_in_the_thirty_third_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency's part as a noun, after a copula, 'acts as' or in apposition
    ("Today eu-LISA is the operational manager of SIS, VIS and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA acts as the operational manager for Eurodac.", {("eurodac", "eu-lisa")}),
    ("Since 2012 eu-LISA has been the custodian of the Visa Information System.", {("vis", "eu-lisa")}),
    ("eu-LISA, the technical operator of the renewed SIS, opened its doors to visitors.", {("sis", "eu-lisa")}),
    # the part first, the agency after the copula
    ("The operational manager of the EES is eu-LISA.", {("ees", "eu-lisa")}),
    # verbs of the passive the other operator rules do not read
    ("SIS is maintained by eu-LISA in Strasbourg.", {("sis", "eu-lisa")}),
    ("Responsibility for the day-to-day operation of the VIS lies with eu-LISA.", {("vis", "eu-lisa")}),
    # the systems an agency runs, then which of them
    ("The large-scale IT systems operated by eu-LISA, such as SIS and VIS, are used daily by border guards.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("Border guards consult the systems managed by eu-LISA, including Eurodac.", {("eurodac", "eu-lisa")}),
    # one of the systems an agency runs; a system that joins those it runs
    ("The VIS is one of the three systems that eu-LISA operates.", {("vis", "eu-lisa")}),
    ("Since October, the Entry/Exit System has joined SIS, VIS and Eurodac among the large-scale systems operated "
     "by eu-LISA.", {("ees", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA's portfolio now includes the Entry/Exit System.", {("ees", "eu-lisa")}),
])
def test_operators_named_by_their_part_or_inside_a_description_of_the_systems(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'It' after a speaker points at the agency; a list joined by 'together with'; a passive with its place
    ("Think of eu-LISA in Tallinn. It operates SIS, VIS and Eurodac on behalf of the Member States.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Eurodac, together with SIS II and VIS, is managed by eu-LISA, whose operational centre is in Strasbourg.",
     {("eurodac", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("The Entry/Exit System is hosted in Strasbourg by eu-LISA, the EU agency for large-scale IT systems.",
     {("ees", "eu-lisa")}),
    # a participle's aside on the system referred back to, before 'in the hands of'
    ("SIS II went live on 9 April 2013. Since 9 May 2013 the central system, hosted in Strasbourg with a back-up site "
     "in Austria, has been in the hands of eu-LISA.", {("sis", "eu-lisa")}),
    # a count of systems with no article before a bulleted list of them
    ("eu-LISA has its seat in Tallinn. The agency is responsible for the operational management of three large-scale "
     "IT systems:\n  - Eurodac, the fingerprint database;\n  - the Schengen Information System (SIS II);\n"
     "  - the Visa Information System (VIS).\n", {("eurodac", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa")}),
])
def test_operators_pointed_at_listed_with_together_or_counted_over_a_list(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "Frontex is the main user of SIS.",
    "eu-LISA is not the operator of ECRIS-TCN yet.",
    # what is kept in or done with a system
    "Alerts in SIS are maintained by Europol.",
    "Responsibility for checks in SIS lies with Frontex.",
    "Checks against SIS are administered by Frontex.",
    "The report on SIS, VIS and Eurodac is maintained by Europol.",
    # a unit of a system, not the system
    "Frontex will be the operator of the ETIAS Central Unit.",
    # a system an agency uses
    "SIS is one of the systems that Europol consults.",
    "Europol, the host of the meeting, consulted SIS and VIS.",
    # a question
    "Does Frontex act as the manager of Eurodac?",
    "Think of Frontex in Warsaw. It consults SIS every day.",
    "SIS II went live in April. The central system, hosted in Strasbourg, has been in the hands of the Commission.",
    "SIS, hosted in Strasbourg by France, is in the hands of its users; Frontex consults it.",
    "Eurodac, together with SIS II, was discussed at length, and VIS is used by Frontex.",
    # a count of systems that is not the list's
    "eu-LISA is responsible for the operational management of three large-scale IT systems:\n  - Eurodac\n  - SIS II\n",
])
def test_no_operator_from_a_part_or_description_that_is_not_running_the_system(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("table, expected", [
    # a column head naming the system's part before the participle; a note in brackets on who ran it before
    ("| System | Purpose | Central system managed by |\n|---|---|---|\n| VIS | visas | eu-LISA (until 2012: the Commission) |\n"
     "| Eurodac | asylum | eu-LISA |\n", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # (a note on what is to come is no statement of who runs it today)
    ("| System | Central system managed by |\n|---|---|\n| ETIAS | eu-LISA (from 2026) |\n", set()),
])
def test_a_column_on_the_central_system_and_a_note_on_who_ran_it_before(tmp_path, gazetteer, table, expected):
    assert _operators(tmp_path, gazetteer, table) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause that names systems by their long names before 'the two new systems'
    ("Ministers heard about the EES and ETIAS. eu-LISA, which already runs the Schengen Information System, the Visa "
     "Information System and Eurodac, will also operate the two new systems once they go live.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'as well as of'
    ("eu-LISA is responsible for the operational management of SIS II, as well as of the VIS and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # long names with their acronyms in brackets before ', which it will run', 'The Agency' of the sentence before
    ("eu-LISA runs SIS, which Europol uses. The Agency is also building the Entry/Exit System (EES) and the European "
     "Travel Information and Authorisation System (ETIAS), which it will run once they are live.",
     {("sis", "eu-lisa"), ("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # entrusted with the running, in the passive and in the active, past an apposition naming a body
    ("eu-LISA is entrusted with the operational management of ETIAS.", {("etias", "eu-lisa")}),
    ("The regulation entrusts eu-LISA, the EU agency for large-scale IT systems, with developing the ETIAS information "
     "system and with its technical management.", {("etias", "eu-lisa")}),
    # an agency inside another's apposition is not the subject
    ("eu-LISA, the partner of Frontex, will be responsible for running ETIAS.", {("etias", "eu-lisa")}),
    # a list longer than the one read: the clause is its last system's
    ("The portal will link SIS, Eurodac, the Entry/Exit System (EES), the future ETIAS and the European Criminal Records "
     "Information System for third-country nationals (ECRIS-TCN), which eu-LISA will also develop and run.",
     {("ecris-tcn", "eu-lisa")}),
    # (but not past 'in addition to')
    ("eu-LISA will develop ETIAS, in addition to SIS, VIS and Eurodac, which it already manages.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_in_the_fifty_second_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "The text entrusts eu-LISA with a study on ETIAS.",
    "The Council entrusted Europol with checking ETIAS applications against its data.",
    "eu-LISA is responsible for the operational management of SIS II, as well as of the training of users of Eurodac.",
])
def test_no_operator_from_other_tasks_an_agency_is_entrusted_with(tmp_path, gazetteer, text):
    assert ("etias", "eu-lisa") not in _operators(tmp_path, gazetteer, text)
    assert ("etias", "europol") not in _operators(tmp_path, gazetteer, text)
    assert ("eurodac", "eu-lisa") not in _operators(tmp_path, gazetteer, text)


@pytest.mark.parametrize("text, expected", [
    # the title EU law gives the body that runs a system, with the agency named by its seat
    ("From today the Tallinn-based agency is the management authority for the central second generation Schengen "
     "Information System (SIS II).", {("sis", "eu-lisa")}),
    # the first (or last) of the systems the sentence before names, run by the agency described, then named
    ("The report covers SIS, VIS, Eurodac and the EES. The first three are run centrally by the EU's IT agency, "
     "eu-LISA.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("The report covers SIS, VIS, Eurodac and the EES. The last two are run by eu-LISA.",
     {("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    # the system's central system, built by the agency, which will be responsible for running it
    ("The ETIAS Central System itself is being built by eu-LISA, which will also be responsible for running it.",
     {("etias", "eu-lisa")}),
])
def test_operators_in_the_fifty_fourth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "Frontex is the management authority for the grant programme and uses SIS II.",
    # (a count the sentence before does not exceed settles nothing)
    "The report covers SIS, VIS and Eurodac. The first three are run by eu-LISA.",
    "The ETIAS Central Unit is set up within Frontex, which will also be responsible for running it.",
    "Eurodac is used by Frontex, which will also be responsible for running checks in it.",
])
def test_no_operator_from_another_authority_a_unit_or_checks(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # 'the system' after a sentence naming one system is that one
    ("Travellers will register in the Entry/Exit System (EES). The central system will be developed and run by eu-LISA.",
     {("ees", "eu-lisa")}),
    # after a sentence naming several, which one is not settled (not the last named)
    ("Data will be checked against SIS, VIS, Eurodac and the future Entry/Exit System (EES). The central system will be "
     "developed and run by eu-LISA.", set()),
    ("ETIAS will start a few months after the Entry/Exit System. The system is operated by eu-LISA.", set()),
])
def test_the_system_is_the_one_a_sentence_before_names_alone(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("table, expected", [
    # a column headed 'Operational management'; a cell giving the agency the central system, another body a unit
    ("| System | Status | Operational management |\n|---|---|---|\n| Eurodac | live | eu-LISA |\n"
     "| ETIAS | in development | eu-LISA (central system); the central unit at Frontex |\n",
     {("eurodac", "eu-lisa"), ("etias", "eu-lisa")}),
    # (a cell naming two bodies without such a note settles none; a column on something else is no operator's)
    ("| System | Operational management |\n|---|---|\n| ETIAS | eu-LISA and Frontex |\n", set()),
    ("| System | Management board observer |\n|---|---|\n| Eurodac | Europol |\n", set()),
])
def test_a_column_on_operational_management_and_a_note_on_the_central_system(tmp_path, gazetteer, table, expected):
    assert _operators(tmp_path, gazetteer, table) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb after a list of agencies is the last one's
    ("The office works with Frontex, the EU Agency for Fundamental Rights (FRA) and eu-LISA, which runs Eurodac.",
     {("eurodac", "eu-lisa")}),
    # an agency inside another's relative clause on no system is not the subject of the verb after it
    ("eu-LISA, which works closely with Frontex, manages the Schengen Information System.", {("sis", "eu-lisa")}),
    ("Frontex, which works closely with eu-LISA, manages the Schengen Information System.", {("sis", "frontex")}),
    # (one inside a relative clause on the system runs it too)
    ("Frontex, which will run ETIAS together with eu-LISA, is setting up a unit.",
     {("etias", "frontex"), ("etias", "eu-lisa")}),
])
def test_an_agency_in_a_list_or_in_another_s_relative_clause(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected
