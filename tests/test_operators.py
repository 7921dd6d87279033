"""Who operates a system, also when the text refers back to it. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, release


def _operators(tmp_path, gazetteer, text: str) -> set[tuple[str, str]]:
    facts = facts_of(release(tmp_path, f"Brussels, 4 March 2024\n\n{text}\n"), gazetteer, "system_operated_by")
    return {(f.record.system.rsplit("/", 1)[-1], f.record.agency.rsplit("/", 1)[-1]) for f in facts}


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


# -- issue 8: how real releases say who runs a system, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    ("Next year eu-LISA will be ready for taking over the operational management of the digital justice "
     "platform e-CODEX.", {("e-codex", "eu-lisa")}),
    ("The reformed register will hold the convictions of third-country nationals (ECRIS-TCN). The regulation "
     "was adopted today. It sets the rules for the central database. It also divides the tasks between the "
     "member states and eu-LISA, the agency charged with building and operating the system.",
     {("ecris-tcn", "eu-lisa")}),
    ("From 2012, responsibility for running the Visa Information System will shift to the EU agency for "
     "large-scale IT systems.", {("vis", "eu-lisa")}),
    ("eu-LISA will assume responsibility for the running of Eurodac next year.", {("eurodac", "eu-lisa")}),
    # a list of two systems before the agency they shift to
    ("Responsibility for running the Schengen Information System and the Visa Information System will move to "
     "the EU Agency for large-scale IT systems.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("Responsibility for running the Schengen Information System, the Visa Information System and Eurodac will "
     "move to eu-LISA.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'the agency' restating the agency an opening phrase puts first in the sentence before; a numbered list
    ("Ten years ago, eu-LISA opened its doors in Tallinn. The agency now runs four systems: SIS, VIS, Eurodac "
     "and EES.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    # 'the Agency' after a long name that opens the sentence before
    ("The European Agency for the operational management of large-scale IT systems took up its tasks today. From "
     "Tallinn the Agency now runs the Visa Information System.", {("vis", "eu-lisa")}),
    # a system listed before ', which it runs' / ', which the Agency manages'
    ("eu-LISA now operates the European Search Portal, beside the shared Biometric Matching Service, which it has run "
     "since last year.", {("esp", "eu-lisa"), ("sbms", "eu-lisa")}),
    ("The board of eu-LISA met in Strasbourg. It heard a report on SIS, VIS and Eurodac, which the Agency runs day "
     "and night.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'the new agency has taken over from ORG the operational management of SYS and of SYS'
    ("The meeting was attended by the head of eu-LISA, which took up its tasks on 1 December. The new agency has "
     "taken over from the European Commission the operational management of the Visa Information System and of "
     "Eurodac.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'which it has been managing'; 'which has also run'; 'both components'
    ("eu-LISA is now responsible for SIS II. The agency also runs VIS and Eurodac, which it has been managing "
     "since 2012.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("The ESP and the CIR went live today. Both components are operated by eu-LISA, which has also run the shared "
     "Biometric Matching Service since 2025.", {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("sbms", "eu-lisa")}),
    # a dash before 'which': the last system only
    ("Border guards of the member states met eu-LISA. They can query SIS, VIS and the EES - which the agency has "
     "operated since October - at once.", {("ees", "eu-lisa")}),
    # 'the agency' after the one agency the sentences before name, not first
    ("A delegation visited the operational centre of eu-LISA in Strasbourg. They saw the room from which the agency "
     "runs SIS around the clock.", {("sis", "eu-lisa")}),
    # 'has operated and maintained the system'
    ("Since it took over e-CODEX, eu-LISA has operated and maintained the system.", {("e-codex", "eu-lisa")}),
    # 'the technical system' after a unit named for the system
    ("The EES Central Unit sits in Frontex, while the technical system is managed by eu-LISA.",
     {("ees", "eu-lisa")}),
    ("The agency was set up in Tallinn as eu-LISA. The Schengen Information System will be overseen by the "
     "new agency.", {("sis", "eu-lisa")}),
    ("The ESP and the CIR go live in June. eu-LISA will operate these components, together with the systems "
     "they connect: the Schengen Information System, the Visa Information System and Eurodac.",
     {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Ms Berg will lead eu-LISA through a busy year: the agency is preparing ETIAS, while continuing to run "
     "SIS and Eurodac.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'his agency', 'her agency': the one agency the sentence names before it, its speaker's
    ("Jan Berg, Executive Director of eu-LISA, recalled that Eurodac, the fingerprint database run by his agency, had "
     "a record month.", {("eurodac", "eu-lisa")}),
    ("The head of eu-LISA said that her agency has operated the Visa Information System since 2012.",
     {("vis", "eu-lisa")}),
    # a passive after an aside as long as a release's
    ("The central part of ECRIS-TCN, which will let prosecutors see at once which Member States hold convictions of "
     "a non-EU citizen, will be built and operated by eu-LISA.", {("ecris-tcn", "eu-lisa")}),
    # 'whose agency': the person's, the one agency the sentence names before it
    ("The Director of eu-LISA, Jan Berg, whose agency runs the Schengen Information System and Eurodac, spoke first.",
     {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_as_real_releases_state_them(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # another party takes over, or the agency only helps
    "Frontex took over the coordination of the operation. The member states run SIS.",
    "eu-LISA helps the member states to run SIS.",
    # 'the system' when the part names two systems is not settled
    "Ministers discussed SIS and VIS. The regulation was adopted. It is binding. It applies from May. eu-LISA, the "
    "agency charged with operating the system, welcomed it.",
    # 'the new agency' when two agencies were just named
    "Frontex and eu-LISA met. The Schengen Information System will be overseen by the new agency.",
    # a unit or a law named for a system is not the system
    "Frontex hosts the ETIAS Central Unit in Warsaw.",
    "Europol runs the SIS Bureau training, and eu-LISA manages the VIS Regulation's review.",
    # 'took over from' an agency: the one handing over does not run it now
    "Frontex and Europol met. eu-LISA took over from Frontex the coordination of the meeting on SIS.",
    # 'which it runs' with two agencies named before: not settled
    "Frontex and eu-LISA discussed SIS, which the Agency runs.",
    # 'which it runs' about something else than the systems before it
    "eu-LISA presented SIS at the conference, which it runs every year.",
    # an opening phrase with a verb in it does not make its agency the sentence's subject
    "When Frontex met Europol, eu-LISA was not there. The agency runs SIS.",
    # 'his agency' with no agency before it in the sentence, or with two
    "eu-LISA hosted the meeting. The minister said that the national SIS office is run by his agency.",
    "After Frontex and eu-LISA had spoken, the director said that SIS is run by her agency.",
    "Frontex and eu-LISA sent their directors, Anna Berg, whose agency runs SIS, and Jan Maas.",
])
def test_no_operator_in_these_real_release_phrasings(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


# -- tests/paraphrases3: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # 'the new agency' is the one agency the nearest sentence naming agencies names
    ("Europol hosted the directors in The Hague. The meeting was attended for the first time by the director of "
     "eu-LISA. The new agency has taken over the operational management of the Visa Information System.",
     {("vis", "eu-lisa")}),
    # 'The agency, which has run SYS since ... alongside SYS and SYS', two sentences after the agency's name
    ("eu-LISA opened a new office in Tallinn. Its staff moved in last week. The agency, which has run the Schengen "
     "Information System since 2013 alongside the Visa Information System and Eurodac, keeps growing.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # the system the subject of two predicates, 'the agency' the one the sentence named before
    ("The Entry/Exit System was built by eu-LISA with the help of the member states, and is now operated by the "
     "agency from Strasbourg.", {("ees", "eu-lisa")}),
])
def test_operators_in_the_third_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # the nearest sentence naming agencies names two
    "Europol and eu-LISA signed a plan. The new agency has taken over the operational management of the VIS.",
    # the second predicate names no agency, or another body
    "The Entry/Exit System was designed by eu-LISA with the member states, and is now run by a contractor.",
    "The Visa Information System was evaluated by Frontex last year, and is operated by the national authorities.",
    # more systems used, not run, beside the first
    "eu-LISA, which has built the Schengen Information System, uses it alongside the Visa Information System.",
])
def test_no_operator_in_these_third_set_phrasings(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


# -- tests/paraphrases4: phrasings its pages led to, in sentences written for these tests; a system the
# text says the agency will run counts ('will operate', 'is developing and will run'), one it only builds does not


@pytest.mark.parametrize("text, expected", [
    # a count of systems announcing the list after its colon, or closing the list before
    ("eu-LISA now runs all four of the large-scale IT systems given to it: the Schengen Information System, the "
     "Visa Information System, Eurodac and the Entry/Exit System.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    ("The rules add three components: a European Search Portal, a Common Identity Repository and a "
     "Multiple-Identity Detector. All three will be developed and run by eu-LISA.",
     {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
    # running some systems beside building another
    ("The board expects eu-LISA to build ETIAS in parallel with running the Visa Information System and Eurodac.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'is in charge of'
    ("eu-LISA opened an office in Tallinn. Besides Eurodac, the agency is in charge of the Schengen Information "
     "System.", {("sis", "eu-lisa")}),
    # building and running, in a relative clause after a list, in the present and after a colon
    ("Judges discussed the European Search Portal and the Common Identity Repository, which eu-LISA will build "
     "and operate.", {("esp", "eu-lisa"), ("cir", "eu-lisa")}),
    ("The new Eurodac, which eu-LISA is developing and will run, goes live in 2026.", {("eurodac", "eu-lisa")}),
    ("eu-LISA develops and operates the Entry/Exit System with the member states.", {("ees", "eu-lisa")}),
    ("Experts discussed the parts that eu-LISA is building and will operate: the European Search Portal and the "
     "Multiple-Identity Detector.", {("esp", "eu-lisa"), ("mid", "eu-lisa")}),
    ("Ministers approved the Entry/Exit System. eu-LISA will be responsible for developing and operating the "
     "central system.", {("ees", "eu-lisa")}),
    # the system first, built by the agency, which will run it or see to its management
    ("Member states prepare for ECRIS-TCN. The central database has been built by eu-LISA, which will run it.",
     {("ecris-tcn", "eu-lisa")}),
    ("The Visa Information System will be built by eu-LISA, the agency for large-scale IT systems, which will "
     "also ensure its operational management.", {("vis", "eu-lisa")}),
    # building the systems, then running them
    ("The Entry/Exit System and ETIAS are on the agenda. Frontex works with eu-LISA, which is developing both "
     "systems and will be responsible for running them.", {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
])
def test_operators_in_the_fourth_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # building alone does not say who will run a system
    "Judges discussed the European Search Portal and the Common Identity Repository, which eu-LISA will develop.",
    "eu-LISA is building the shared Biometric Matching Service.",
    "The Entry/Exit System has been developed by eu-LISA, which will test it.",
    "The Entry/Exit System and ETIAS are on the agenda. eu-LISA, which is developing both systems, will present "
    "them.",
    # a count that is not the list's
    "The rules add two components: a European Search Portal and a Common Identity Repository. All three will be "
    "run by eu-LISA.",
    "eu-LISA now runs all three of the large-scale IT systems entrusted to it: the Schengen Information System "
    "and Eurodac.",
])
def test_no_operator_in_these_fourth_set_phrasings(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


# -- tests/paraphrases5: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # an adverb or a comma before 'by'; 'by the' and a long name, with the acronym in brackets after it
    ("The Visa Information System, run centrally by eu-LISA, is queried by consulates.", {("vis", "eu-lisa")}),
    ("The new Eurodac has been tested, and will be operated, by eu-LISA.", {("eurodac", "eu-lisa")}),
    ("ETIAS will be built and run by the European Agency for the operational management of large-scale IT systems "
     "in the area of freedom, security and justice.", {("etias", "eu-lisa")}),
    ("The Commission proposed ECRIS-TCN. The central database will be managed by the European Agency for the "
     "operational management of large-scale IT systems in the area of freedom, security and justice (eu-LISA), "
     "which already runs Eurodac.", {("ecris-tcn", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # the system under the agency's management or responsibility; handed over to it
    ("After the reform, the VIS will remain under the operational management of the EU agency eu-LISA.",
     {("vis", "eu-lisa")}),
    ("The renewed SIS – now under the responsibility of eu-LISA – went live.", {("sis", "eu-lisa")}),
    ("Ministers discussed the handover of the e-CODEX platform to eu-LISA.", {("e-codex", "eu-lisa")}),
    ("The operational management of the second generation Schengen Information System will be transferred to "
     "eu-LISA next spring.", {("sis", "eu-lisa")}),
    # an appositive between the system and its passive
    ("Since June, e-CODEX, the channel through which courts exchange documents, is managed by eu-LISA.",
     {("e-codex", "eu-lisa")}),
    # 'responsible for' the system itself, after a relative clause with systems in it
    ("eu-LISA, which runs SIS and is building the EES and ETIAS, is also responsible for Eurodac.",
     {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA is the agency responsible for the Entry/Exit System.", {("ees", "eu-lisa")}),
    # taking on the systems' management, or the systems themselves; giving the agency responsibility for them
    ("The law would allow eu-LISA to take on the development and operational management of the future ETIAS "
     "and ECRIS-TCN.", {("etias", "eu-lisa"), ("ecris-tcn", "eu-lisa")}),
    ("eu-LISA will open in Tallinn in December and take over the VIS and, in 2013, Eurodac.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("The regulation would give eu-LISA responsibility for the operational management of the future EES and ETIAS.",
     {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'the agency' restating the agency named before: with an appositive, 'that today', 'will develop and manage'
    ("eu-LISA opened an office. From May the agency, with its seat in Tallinn, will manage the Schengen Information "
     "System.", {("sis", "eu-lisa")}),
    ("eu-LISA's director spoke to MEPs. By 2025, the agency that today operates SIS and VIS must deliver ETIAS.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("The Council adopted new rules for eu-LISA. The agency will develop and manage ETIAS.", {("etias", "eu-lisa")}),
    # a quoted appositive, a count of the systems and the list between dashes
    ("The director of eu-LISA said the agency, \"a young agency\", now operates four of the Union's large-scale IT "
     "systems – SIS, VIS, Eurodac and the EES – without a break.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    ("The plan links the systems run by eu-LISA – SIS, VIS, and the future ETIAS – through a common portal.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("etias", "eu-lisa")}),
    # a count of components after a bulleted list of that many
    ("The package has three components:\n• a European Search Portal (ESP), for searches;\n• a Common Identity "
     "Repository (CIR), holding data from VIS and Eurodac;\n• a Multiple-Identity Detector (MID), which flags "
     "identities.\nThe operational management of all three components will be entrusted to eu-LISA.",
     {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
    # an appositive before ', which the agency ...'; ', for which the agency will be responsible'
    ("eu-LISA met judges. They discussed ECRIS-TCN, the central index of convictions, which the agency is currently "
     "developing and will run.", {("ecris-tcn", "eu-lisa")}),
    ("eu-LISA's board met. It discussed the EES, for which the agency will be responsible once it is live.",
     {("ees", "eu-lisa")}),
])
def test_operators_in_the_fifth_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # a clause of its own between the system and 'hosted by'
    "Travellers will use ETIAS; its helpdesk, hosted by Frontex, opens in May.",
    # someone else acts under the agency's responsibility; the handover is to others
    "SIS data, which the police consult under the responsibility of eu-LISA, keep growing.",
    "Ministers discussed the handover of e-CODEX to the member states, and eu-LISA attended.",
    "Europol asked for the transfer of SIS data to eu-LISA.",
    # responsible for something else than the system; building only
    "Frontex told eu-LISA that the agency is responsible for border checks with SIS.",
    "eu-LISA, which is building the EES, is also responsible for training.",
    # taking over something else; responsibility for using a system
    "eu-LISA took over the chair of the network, and Frontex uses SIS.",
    "The law would give Europol responsibility for analysing data from SIS.",
    # 'would take over its management' under a proposal is not said of a system named
    "e-CODEX is run by a consortium. Under the proposal, eu-LISA would take over its management in 2023.",
])
def test_no_operator_in_these_fifth_set_phrasings(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


# -- tests/paraphrases6: phrasings its pages led to, in sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # 'took over responsibility for the ... management of'
    ("In 2013 eu-LISA took over responsibility for the technical management of the Schengen Information System.",
     {("sis", "eu-lisa")}),
    # 'looks after'; an appositive with a possessive
    ("The renewed register goes to eu-LISA, the Union's IT agency, which already looks after Eurodac.",
     {("eurodac", "eu-lisa")}),
    # the agency's task, then a colon: 'the agency's core business: the operational management of'
    ("The director of eu-LISA outlined the agency's main task: the day-to-day management of the Visa Information "
     "System and Eurodac.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # ', which AGENCY will build and run' after a bracketed short name
    ("Ministers discussed the new register of convictions (ECRIS-TCN), which eu-LISA will build and run.",
     {("ecris-tcn", "eu-lisa")}),
    # 'it' after a sentence that opens with 'The agency', itself after one naming the agency
    ("eu-LISA was set up in 2011. The agency runs Eurodac. It is also responsible for the development and operational "
     "management of the Entry/Exit System.", {("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    # 'it' after a sentence that opens with 'The agency', which stands for the one agency named before
    ("New rules on eu-LISA apply today. They strengthen its mandate. The agency continues to manage Eurodac. Under "
     "the new rules it is also responsible for the operational management of ETIAS.",
     {("eurodac", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'the agency' further back than three sentences, in a part that names one agency
    ("New rules on eu-LISA apply from today. They give it a new mandate. They were agreed last year. The Commission "
     "welcomed them. Next year the agency will take over the European search portal as well.", {("esp", "eu-lisa")}),
    # 'in charge of developing X and of its (technical) management'
    ("eu-LISA, the agency for large-scale IT systems in the area of freedom, security and justice, will be in charge "
     "of developing the Entry/Exit System and of its operational management.", {("ees", "eu-lisa")}),
    # 'both of which run in the agency's data centre'
    ("Border guards check the Schengen Information System and the Visa Information System, both of which run in "
     "eu-LISA's data centre.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # 'the system itself is being built by X, which will operate it'
    ("Frontex prepares its unit. The Entry/Exit System itself is being developed by eu-LISA, which will operate it.",
     {("ees", "eu-lisa")}),
    # 'will remain in charge of', after an appositive that does not end in 'agency'
    ("The recast Eurodac will store facial images. eu-LISA, the EU agency for large-scale IT systems, will remain in "
     "charge of the operational management of the central system.", {("eurodac", "eu-lisa")}),
    # 'all four components' after the four named over the two sentences before
    ("The European search portal and the common identity repository start next year. The shared biometric matching "
     "service works already, and the multiple-identity detector follows in 2027. All four components are run by "
     "eu-LISA.", {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("sbms", "eu-lisa"), ("mid", "eu-lisa")}),
    # 'Both' as the subject, for the two systems the sentence before names
    ("The Entry/Exit System opens in autumn and ETIAS six months later. Both will be operated by eu-LISA.",
     {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'its operational management will rest with'
    ("The multiple-identity detector comes last; its technical management will rest with eu-LISA.",
     {("mid", "eu-lisa")}),
    # a dashed list after 'responsible for the operational management of:', closed by an 'and' line
    ("eu-LISA is responsible for the operational management of:\n- the Schengen Information System (SIS)\n- Eurodac\n"
     "and, from next year, the Entry/Exit System.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
])
def test_operators_in_the_sixth_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # the system's name as the first word of a watchlist
    "Europol will manage its part of the ETIAS watchlist.",
    # looking after something else
    "Frontex looks after its staff, and border guards consult the Schengen Information System.",
    # 'both of which' run somewhere that is no agency's
    "The Schengen Information System and the Visa Information System, both of which run in Strasbourg, were tested.",
    # 'Both' when the sentence before names more than two systems
    "SIS, VIS and Eurodac were discussed. Both will be operated by eu-LISA.",
    # the agency's task is something else
    "The director of eu-LISA outlined the agency's main task: the training of staff on the Visa Information System.",
    # a sentence opening with 'It' is no link between 'the agency' and the agencies named before
    "Frontex met eu-LISA. It gives the agency a stronger mandate. The agency continues to manage Eurodac. Under "
    "the new rules it is also responsible for the operational management of ETIAS.",
    # the management rests with a body that is no agency
    "The multiple-identity detector comes last; its technical management will rest with the Commission.",
])
def test_no_operator_in_these_sixth_set_phrasings(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # an agency named by the city of its seat
    ("The agency in Tallinn runs the Schengen Information System around the clock.", {("sis", "eu-lisa")}),
    ("Next spring the Tallinn agency will be in charge of the operational management of e-CODEX.",
     {("e-codex", "eu-lisa")}),
    ("The Tallinn-based agency now operates the Entry/Exit System.", {("ees", "eu-lisa")}),
    # running one system, as it already runs others
    ("eu-LISA is building the new register and will run it once it is live, as it already does for SIS, VIS "
     "and Eurodac.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # ensuring the management of what it builds, referred to by 'their', as it does for others
    ("Under the plan, eu-LISA would build the new tools and ensure their technical management, as it already does "
     "for SIS and Eurodac.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # the system itself built, then run, by the agency
    ("The EES Information System itself is being developed and will be operated by eu-LISA.", {("ees", "eu-lisa")}),
    ("The ETIAS Information System is being built and will be managed by eu-LISA.", {("etias", "eu-lisa")}),
])
def test_operators_named_by_seat_or_by_comparison(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition with a relative clause of its own before the agency's verb
    ("The new rules create two components: a European Search Portal (ESP) and a Common Identity Repository (CIR). "
     "eu-LISA, the EU agency in Tallinn that already manages SIS, VIS and Eurodac, will develop and run the two "
     "components.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("esp", "eu-lisa"),
                     ("cir", "eu-lisa")}),
    # running the systems as the subject, the agency's job as the predicate
    ("Running SIS, VIS and Eurodac is eu-LISA's job, and the police query them.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'whose central system AGENCY hosts', and a system beside it; 'whose operational management AGENCY will take over'
    ("She presented the Entry/Exit System, whose central system eu-LISA hosts in Strasbourg, alongside the central SIS.",
     {("ees", "eu-lisa"), ("sis", "eu-lisa")}),
    ("The course explains e-CODEX, whose operational management eu-LISA will take over from the consortium.",
     {("e-codex", "eu-lisa")}),
    # a list going on after an aside of five words, and the system's own qualifier after 'take over'
    ("From 2012 eu-LISA will be responsible for the operational management of VIS and Eurodac and, once it enters into "
     "operation, of the second generation Schengen Information System.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("sis", "eu-lisa")}),
    ("eu-LISA will also take over the second generation Schengen Information System once it goes live.",
     {("sis", "eu-lisa")}),
    # 'in charge of the day-to-day running of' a list; a database 'whose central system is operated by'
    ("eu-LISA, in charge of the day-to-day running of SIS II, the Visa Information System and Eurodac, informed its "
     "partners.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Fingerprints are sent to Eurodac, the EU asylum fingerprint database whose central system is operated by eu-LISA "
     "from Strasbourg.", {("eurodac", "eu-lisa")}),
])
def test_operators_in_the_twenty_fifth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # not the agency's job, or what the agency uses, or a system it only develops
    "Running SIS, VIS and Eurodac is not Europol's job.",
    "Querying SIS and VIS is Frontex's job at the border.",
    "She presented ETIAS, which eu-LISA is developing for 2026.",
    # a system beside one the agency only uses
    "She presented the Entry/Exit System, whose data Frontex checks in Warsaw, alongside the central SIS.",
    # a database whose data are used by an agency
    "Fingerprints are sent to Eurodac, the EU asylum fingerprint database whose data are consulted by Europol.",
])
def test_no_operator_in_the_twenty_fifth_sets_near_misses(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text", [
    # two agencies sit in The Hague: which one is not settled
    "The agency in The Hague runs the Schengen Information System.",
    # a city that is no agency's seat
    "The agency in Brussels runs the Visa Information System.",
    # a comparison without running anything
    "Frontex trains border guards for the new system, as it already does for SIS and VIS.",
    "Europol would build the new tools and ensure their secure use, as it already does for SIS and VIS.",
    # built, then used (not run) by an agency
    "The ETIAS Information System itself is being developed and will be used by Europol.",
])
def test_no_operator_by_seat_or_comparison_the_text_does_not_settle(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


def test_an_agency_named_by_a_seat_it_did_not_yet_have_is_none(tmp_path, gazetteer):
    text = "Budapest, 4 March 2012\n\nThe Budapest agency manages the Visa Information System.\n"
    assert facts_of(release(tmp_path, text), gazetteer, "system_operated_by") == []


# -- the seventh paraphrase set: an agency referred back to ('It ... It ...', 'Since the agency ..., it has')


@pytest.mark.parametrize("text, expected", [
    # 'It ... It ...': the 'it' of a sentence naming no body stands for the agency the 'it' before it stands for
    ("eu-LISA opened its doors in Tallinn in 2012. It looks after the Visa Information System. It will also be in "
     "charge of the Entry/Exit System.", {("vis", "eu-lisa"), ("ees", "eu-lisa")}),
    ("eu-LISA was set up by a regulation of 2011. It currently runs Eurodac. According to the new rules, it will "
     "also operate ETIAS.", {("eurodac", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'Since the agency ..., it has ...': 'it' restates the agency of the clause the sentence opens with
    ("Ministers visited eu-LISA in Tallinn. Since the agency opened in 2012, it has managed the Visa Information "
     "System.", {("vis", "eu-lisa")}),
    ("Since eu-LISA began work in December 2012 it has operated Eurodac.", {("eurodac", "eu-lisa")}),
    # '..., and it will operate': 'it' restates the agency the sentence opens with
    ("eu-LISA is responsible for the Schengen Information System, and it will operate ETIAS as well.",
     {("sis", "eu-lisa"), ("etias", "eu-lisa")}),
])
def test_operators_by_an_agency_the_text_refers_back_to(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'it' after another body's name is not the agency the sentence opens with
    ("eu-LISA met Frontex in Warsaw, and it will run ETIAS.", set()),
    ("Since eu-LISA began work in 2012, Interpol has said it manages the Schengen Information System alerts.", set()),
    # a chain of 'it' starts from an agency
    ("The Commission presented the plan in May. It runs until 2027. It will also run the Entry/Exit System.", set()),
])
def test_no_operator_where_it_is_not_the_agency(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


# -- the seventh paraphrase set: systems counted or listed, second predicates, 'keeps SYS running', 'the
# responsibility of'


@pytest.mark.parametrize("text, expected", [
    # 'all three components' after a sentence naming more: the one sentence before that names three
    ("The framework has three parts: the European Search Portal, the Common Identity Repository and the "
     "Multiple-Identity Detector. They connect the Schengen Information System, the Visa Information System, "
     "Eurodac and the Entry/Exit System. eu-LISA will run all three components.",
     {("esp", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
    # a count left unsettled still stands in the list it opens
    ("The Commission presented the plans. eu-LISA will operate all four components, along with the systems they "
     "link: the Schengen Information System and Eurodac.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'the systems X manages, SYS and SYS': the verb, a comma, then the systems
    ("The new rules cover the systems eu-LISA manages, the Schengen Information System and the Visa Information "
     "System.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # 'will manage both SYS and SYS and already hosts SYS': a second predicate on more systems
    ("eu-LISA, the agency that will manage both the Entry/Exit System and ETIAS and already hosts the Visa "
     "Information System, briefed the ministers.", {("ees", "eu-lisa"), ("etias", "eu-lisa"), ("vis", "eu-lisa")}),
    ("The agency in Tallinn runs the Schengen Information System and will run the central ETIAS system.",
     {("sis", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'keeps SYS and SYS running'
    ("eu-LISA, the agency that keeps the Schengen Information System and Eurodac running day and night, opened "
     "a data centre.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'SYS and, from next year, SYS'
    ("eu-LISA manages the Visa Information System and, from next year, ETIAS.", {("vis", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'SYS once it is launched, as well as SYS'
    ("eu-LISA will run the Entry/Exit System once it is launched, as well as ETIAS.",
     {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # 'the SYS platform for ..., which X will take over'
    ("The ministers discussed the e-CODEX platform for electronic exchanges between courts, which eu-LISA will take "
     "over next summer.", {("e-codex", "eu-lisa")}),
    # 'are the responsibility of'
    ("Ministers discussed the Entry/Exit System and ETIAS. Both systems are the responsibility of eu-LISA.",
     {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    ("ECRIS-TCN will be the sole responsibility of eu-LISA.", {("ecris-tcn", "eu-lisa")}),
])
def test_operators_in_the_seventh_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count no sentence before gives settles no system
    ("They connect the Schengen Information System, the Visa Information System, Eurodac and the Entry/Exit System. "
     "eu-LISA will run all five components.", set()),
    # the system set beside a list, not run with it
    ("eu-LISA already operates the Visa Information System, with the Entry/Exit System still being built.",
     {("vis", "eu-lisa")}),
    # a second predicate whose subject is another body, or that runs nothing
    ("eu-LISA runs the Visa Information System and Frontex operates ETIAS.", {("vis", "eu-lisa"), ("etias", "frontex")}),
    ("eu-LISA runs the Visa Information System and uses ETIAS data.", {("vis", "eu-lisa")}),
    # keeping something, not keeping it running
    ("eu-LISA keeps the Schengen Information System figures in its annual report.", set()),
    # a clause between that starts a new verb
    ("eu-LISA manages the Visa Information System and, the Commission says, is building ETIAS.", {("vis", "eu-lisa")}),
    ("eu-LISA will run the Entry/Exit System once it is launched, and Frontex will use ETIAS.", {("ees", "eu-lisa")}),
    # taking over what is no system, or doing something else with it
    ("The ministers discussed the e-CODEX platform for cross-border exchanges, which eu-LISA will present next summer.",
     set()),
    ("The ministers discussed the Visa Information System rules, which eu-LISA will take over.", set()),
    # what is done with a system is someone's responsibility, not the system
    ("Checks against the Schengen Information System are the responsibility of Frontex.", set()),
])
def test_operators_the_seventh_sets_phrasings_do_not_overreach(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second system after 'and for'
    ("eu-LISA opened in 2012 and is responsible for the Visa Information System and for Eurodac.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # keeping systems available
    ("eu-LISA keeps the Schengen Information System and the Visa Information System available to border guards "
     "day and night.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # 'has been the responsibility of', after a relative clause with commas in it
    ("Since 2022 the e-CODEX system, which links courts, bailiffs and notaries across the Union, has been the "
     "responsibility of eu-LISA.", {("e-codex", "eu-lisa")}),
    # 'ensures the ... management of', inline and over a bulleted list its count announces
    ("eu-LISA ensures the technical management of the Schengen Information System.", {("sis", "eu-lisa")}),
    ("In 2023 eu-LISA ensured the operational management of the two systems it hosts for the Member States:\n"
     "• the Visa Information System, with 18 million files;\n• Eurodac, with a million sets of prints.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # taking charge of its running; taking the system over
    ("The Schengen Information System was switched on in spring. Two months later eu-LISA took charge of its "
     "day-to-day running.", {("sis", "eu-lisa")}),
    ("eu-LISA took the Visa Information System over from the Commission in 2012.", {("vis", "eu-lisa")}),
    # the system described, with a clause between it and 'is run by'
    ("Eurodac entered service in 2003. The fingerprint database for asylum seekers, in use in every Member State, "
     "is also run by eu-LISA.", {("eurodac", "eu-lisa")}),
])
def test_operators_in_the_eighth_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("eu-LISA keeps the Schengen Information System statistics available to the public.", set()),
    ("Since 2022 checks in the Schengen Information System, which links police forces, have been the "
     "responsibility of Frontex.", set()),
    ("eu-LISA ensures the security of the Schengen Information System.", set()),
    # a count the list below does not give
    ("In 2023 eu-LISA ensured the operational management of the three systems it hosts for the Member States:\n"
     "• the Visa Information System, with 18 million files;\n• Eurodac, with a million sets of prints.", set()),
    ("The Schengen Information System was switched on in spring. Two months later eu-LISA took charge of its "
     "press office.", set()),
    ("eu-LISA took the Visa Information System figures over from the Commission in 2012.", set()),
    ("Eurodac entered service in 2003. The fingerprint database for asylum seekers, in use in every Member State, "
     "is also consulted by Europol.", set()),
])
def test_operators_the_eighth_sets_phrasings_do_not_overreach(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


_SPEECH = ("Keynote address by Jane Example, Executive Director of eu-LISA\n\nCheck against delivery\n\n"
           "Dear colleagues, thank you for coming to our annual conference on the future of digital borders. {}\n")


def test_we_in_a_speech_by_an_agency_head_is_the_agency(tmp_path, gazetteer):
    said = "Since this year we are also responsible for e-CODEX."
    assert _operators(tmp_path, gazetteer, _SPEECH.format(said)) == {("e-codex", "eu-lisa")}
    # 'we' in a quotation, or on a page that gives no agency head's words, settles no agency
    quoted = 'The minister told us: "Since this year we are also responsible for e-CODEX."'
    assert _operators(tmp_path, gazetteer, _SPEECH.format(quoted)) == set()
    plain = "Press release of the ministry\n\neu-LISA presented its plans. Since this year we are also responsible for e-CODEX."
    assert _operators(tmp_path, gazetteer, plain) == set()


# -- the agency described before its name, its task with 'is', the systems it runs as a whole before their
# list: sentences written for these tests

@pytest.mark.parametrize("text, expected", [
    ("The agency in charge of Eurodac, eu-LISA, presented its annual statistics.", {("eurodac", "eu-lisa")}),
    ("The EU agency responsible for the operational management of the Schengen Information System and the Visa "
     "Information System, eu-LISA, met in Tallinn.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("eu-LISA's main task is the operational management of the Visa Information System.", {("vis", "eu-lisa")}),
    ("eu-LISA ensures the continuous, secure operation of the systems entrusted to it: the Visa Information System "
     "and Eurodac.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_described_before_their_name_or_by_their_task(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # what the agency does with the system, not running it
    "The agency in charge of border checks with the Schengen Information System, Frontex, presented its report.",
    "The agency that uses the Visa Information System, Europol, presented its report.",
    "eu-LISA's main task is to prepare the Visa Information System for the new rules.",
    # systems others use, not the agency's
    "Europol supports the operation of the systems used by Member States: the Visa Information System and Eurodac.",
])
def test_operators_described_before_their_name_do_not_overreach(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # the agency described, then named, after 'by'
    ("The Visa Information System will be overseen by the new agency, eu-LISA, from next year.", {("vis", "eu-lisa")}),
    ("Eurodac is managed by the EU agency, eu-LISA.", {("eurodac", "eu-lisa")}),
    # the running of the system handed over to the agency
    ("The Commission handed over the management of the Visa Information System to eu-LISA in 2013.",
     {("vis", "eu-lisa")}),
    ("Member States transferred the operational management of Eurodac to eu-LISA.", {("eurodac", "eu-lisa")}),
])
def test_operators_by_a_described_agency_or_a_handover(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # what comes after the comma is not the agency that runs it
    "The Visa Information System will be overseen by the new agency, and Frontex will use it.",
    # handed over to no agency, or the system's data handed over, not its running
    "The Commission handed over the management of the Visa Information System to the member states, and "
    "eu-LISA attended.",
    "eu-LISA handed over the data of the Visa Information System to Frontex.",
])
def test_no_operator_by_a_described_body_or_a_handover_to_others(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # the kind of systems before their list
    ("eu-LISA is the body responsible for the management of large-scale IT systems such as the Visa Information "
     "System and Eurodac.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'the systems' before their names
    ("eu-LISA operates the systems Eurodac and VIS from Strasbourg.", {("eurodac", "eu-lisa"), ("vis", "eu-lisa")}),
    # the running of the system carried out by the agency; a mandate that covers it
    ("The day-to-day management of Eurodac is carried out by eu-LISA.", {("eurodac", "eu-lisa")}),
    ("eu-LISA's mandate covers the operational management of the Visa Information System.", {("vis", "eu-lisa")}),
])
def test_operators_by_a_kind_of_systems_a_mandate_or_the_work_carried_out(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # training on systems, an evaluation carried out, a mandate that covers research: not running them
    "Frontex is responsible for training on large-scale IT systems, including the Visa Information System.",
    "The evaluation of Eurodac is carried out by eu-LISA.",
    "eu-LISA's mandate covers research on the Visa Information System.",
])
def test_no_operator_from_training_an_evaluation_or_research(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a passive after a list of systems, a relative clause inside it; 'at central level'
    ("Eurodac, which started in 2003, and the Visa Information System are both managed by eu-LISA.",
     {("eurodac", "eu-lisa"), ("vis", "eu-lisa")}),
    ("Eurodac is managed at central level by eu-LISA, the agency in Tallinn.", {("eurodac", "eu-lisa")}),
    # each system with its acronym in brackets; one referred to by what it is, in an apposition
    ("The Schengen Information System (SIS), which went live in 2013, and the Visa Information System (VIS) are "
     "both managed by eu-LISA.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("Eurodac, the fingerprint system that tells which State handles a claim, is operated by eu-LISA.",
     {("eurodac", "eu-lisa")}),
    # the systems as a whole, said whose they are, then their list after a colon
    ("eu-LISA runs the two biometric systems of the Schengen area: Eurodac and the Visa Information System.",
     {("eurodac", "eu-lisa"), ("vis", "eu-lisa")}),
    # taking over responsibility for a system referred back to
    ("e-CODEX was built by a group of states. eu-LISA took over responsibility for the system in 2023.",
     {("e-codex", "eu-lisa")}),
])
def test_operators_after_a_list_a_level_a_whole_or_a_responsibility(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive about the second system only, the first in a clause of its own
    ("Eurodac helps the police, and the Visa Information System is managed by eu-LISA.", {("vis", "eu-lisa")}),
    ("Eurodac is used by the police, and the Visa Information System is managed by eu-LISA.", {("vis", "eu-lisa")}),
])
def test_a_passive_after_another_clause_is_not_the_first_systems(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency described with a relative clause of building the system and then running it
    ("The Visa Information System will be renewed. eu-LISA, the EU Agency which is developing the new system and "
     "will operate it, is ready.", {("vis", "eu-lisa")}),
])
def test_an_agency_described_as_building_then_running_a_system(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


def test_an_agency_described_as_building_a_system_only_does_not_run_it(tmp_path, gazetteer):
    text = "The Visa Information System will be renewed. eu-LISA, the agency which is developing the new system, is ready."
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a list whose first system has a modifier before it
    ("eu-LISA is responsible for the operational management of the second generation Schengen Information "
     "System (SIS II), the Visa Information System (VIS) and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # building and running, said together; a system referred to with what it is for, before its verb
    ("eu-LISA will be responsible for the development and the operational management of ECRIS-TCN.",
     {("ecris-tcn", "eu-lisa")}),
    ("e-CODEX was agreed. Once handed over, the system for the exchange of court documents will be operated by "
     "eu-LISA.", {("e-codex", "eu-lisa")}),
    # a count of components standing for the list, with acronyms in brackets, two sentences before
    ("The systems will be linked through four components: a European Search Portal (ESP), a shared Biometric "
     "Matching Service (sBMS), a Common Identity Repository (CIR) and a Multiple-Identity Detector (MID). Police "
     "data will be searchable too. eu-LISA will be responsible for the operational management of the four "
     "interoperability components.",
     {("esp", "eu-lisa"), ("sbms", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
])
def test_operators_of_modified_lists_counted_components_and_a_system_for_something(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


def test_a_count_the_list_before_does_not_give_settles_nothing(tmp_path, gazetteer):
    text = ("The systems will be linked through two components: a European Search Portal (ESP) and a Common Identity "
            "Repository (CIR). eu-LISA will be responsible for the operational management of the four components.")
    assert _operators(tmp_path, gazetteer, text) == set()


def test_a_description_after_an_agencys_name_is_that_agencys(tmp_path, gazetteer):
    # 'eu-LISA, the agency that operates SIS, CEPOL ...': the apposition is eu-LISA's, not CEPOL's
    text = "Together with eu-LISA, the agency that operates the Visa Information System, CEPOL trained consuls."
    assert ("vis", "cepol") not in _operators(tmp_path, gazetteer, text)


@pytest.mark.parametrize("text, expected", [
    # an apposition with 'our' and a seat; the agency described before its name without a comma
    ("eu-LISA, our agency in Tallinn, already runs the Visa Information System and Eurodac.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Eurodac is managed by the EU agency eu-LISA.", {("eurodac", "eu-lisa")}),
    ("Eurodac is operated by our partner agency eu-LISA.", {("eurodac", "eu-lisa")}),
    # a long description of the system between it and its passive
    ("Eurodac, the EU database storing the fingerprints of asylum applicants and of persons apprehended while "
     "crossing an external border irregularly, is managed by eu-LISA.", {("eurodac", "eu-lisa")}),
    # built by the agency at its seat, which will run it, as it already runs others
    ("The Visa Information System is being rebuilt by eu-LISA in Tallinn, which will also operate it, just as it "
     "already operates Eurodac.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_from_an_eleventh_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # an agency's partner, named after 'by', runs nothing it is said to support
    "Eurodac is supported by our partner agency Frontex in training.",
    "eu-LISA, our agency in Tallinn, already trains staff on the Visa Information System.",
])
def test_no_operator_from_an_eleventh_sets_near_misses(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # systems set beside the first after a comma ending its complement
    ("eu-LISA runs the Schengen Information System for the national authorities, together with the Visa Information "
     "System (VIS) and Eurodac.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # a count after a dash for the systems its sentence named before it
    ("Europol officers query SIS and Eurodac every day, and will soon also use the EES – all three operated by "
     "eu-LISA.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    # 'both' closing a phrase: the two systems the list closing the sentence before names
    ("Frontex and Europol use the EES and ETIAS. eu-LISA is responsible for the operational management of both.",
     {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    # development, then, after an aside, the running
    ("eu-LISA is responsible for the development and, once they are live, for the operational management of ETIAS "
     "and ECRIS-TCN.", {("etias", "eu-lisa"), ("ecris-tcn", "eu-lisa")}),
])
def test_operators_from_a_twelfth_rounds_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "Frontex uses SIS, together with VIS, at the external borders.",
    # a count that is not the systems named before ('all three of its analysts')
    "Europol queries SIS and Eurodac – all three of its analysts trained by CEPOL.",
    # 'both' for what are not two systems
    "Europol and Frontex both use SIS. eu-LISA thanked both.",
])
def test_no_operator_from_a_twelfth_rounds_near_misses(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a comparison by ellipsis: 'as it will the SYS', 'as it does the SYS'
    ("The Visa Information System is being built by eu-LISA, which will also operate it, as it will the Entry/Exit "
     "System.", {("vis", "eu-lisa"), ("ees", "eu-lisa")}),
    ("eu-LISA will run ETIAS once it is live, as it does the Schengen Information System today.",
     {("etias", "eu-lisa"), ("sis", "eu-lisa")}),
    # the running moves from one body to the agency
    ("The day-to-day management of Eurodac passes from the Commission to eu-LISA today.", {("eurodac", "eu-lisa")}),
    # a task the sentence before states, handed over to the agency
    ("For now the Commission is responsible for the operational management of the central VIS and Eurodac. This "
     "task will be handed over in December to the new eu-LISA.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_by_ellipsis_a_move_from_a_body_or_a_task_handed_over(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "For now the Commission is responsible for the operational management of the Visa Information System. This "
    "report will be handed over in December to eu-LISA.",
    "The Commission handles the Visa Information System. This task will be handed over in December to eu-LISA.",
    "The evaluation of the Schengen Information System will be transferred to Frontex next spring.",
    "eu-LISA trains the national staff on SIS, as it does every year.",
])
def test_no_operator_from_a_task_not_stated_or_not_of_running(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # systems, then the agency running them in an object clause without 'which'
    ("How do SIS, VIS and Eurodac – the three systems eu-LISA operates today – fit with the EES?",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("He said the systems eu-LISA runs day to day – the Schengen Information System, the Visa Information System and "
     "Eurodac – had all met their targets.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Border guards rely on the Visa Information System that eu-LISA manages.", {("vis", "eu-lisa")}),
])
def test_operators_in_an_object_clause(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "In SIS eu-LISA runs checks every night.",  # a system's name before the agency's, with no 'that'
    "How do SIS and VIS – the three systems eu-LISA operates today – fit together?",  # three for two
])
def test_no_operator_from_a_name_before_an_agency_or_a_wrong_count(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a second relative clause on the system names the agency that runs it
    ("One of its central elements is the reformed Eurodac, which will store more data, including facial images, and "
     "which eu-LISA will continue to manage at central level.", {("eurodac", "eu-lisa")}),
    ("The Visa Information System, which eu-LISA continues to manage, is old.", {("vis", "eu-lisa")}),
    # ... not when the agency only uses it
    ("The reformed Eurodac, which stores fingerprints, and which Frontex uses every day, is central.", set()),
])
def test_an_operator_in_a_second_relative_clause(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


def test_taking_over_its_operational_management(tmp_path, gazetteer):
    text = ("The second-generation Schengen Information System (SIS II) goes live on 9 April. One month later, on 9 May, "
            "eu-LISA takes over its operational management.")
    assert _operators(tmp_path, gazetteer, text) == {("sis", "eu-lisa")}
    # a proposal's 'would take over' is no fact
    assert _operators(tmp_path, gazetteer, "The Commission presented the Entry/Exit System. eu-LISA would take over "
                                           "its management under the proposal.") == set()


def test_systems_entrusted_to_an_agency_listed_after_a_dash(tmp_path, gazetteer):
    text = ("The board noted that the systems entrusted to eu-LISA - the second-generation Schengen Information System "
            "(SIS II), the Visa Information System (VIS) and Eurodac - performed well.")
    assert _operators(tmp_path, gazetteer, text) == {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}
    assert _operators(tmp_path, gazetteer, "The systems used by Frontex - the second-generation Schengen Information "
                                           "System and Eurodac - are fast.") == set()


@pytest.mark.parametrize("text, expected", [
    # a handover of several systems' running, each to the agency after the list
    ("The Commission handed over the operational management of the second-generation Schengen Information System, the "
     "Visa Information System and EURODAC to eu-LISA.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # taking charge of the systems themselves
    ("eu-LISA takes charge of SIS II, VIS and EURODAC", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # an apposition, then the agency in an object clause that is finishing it and will run it
    ("The sessions focused on ECRIS-TCN, the central index of convictions of non-EU nationals that eu-LISA is "
     "completing and will operate.", {("ecris-tcn", "eu-lisa")}),
])
def test_operators_in_set_fifteens_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "Frontex takes charge of SIS alerts on return.",  # the alerts, not the system
    "The Commission handed over the management of the project, not SIS, to eu-LISA.",
    "Europol, the agency that runs analysis projects, uses SIS.",
])
def test_no_operator_in_set_fifteens_phrasings_that_do_not_say_so(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # an agency named by its long name, then its acronym in brackets, after 'managed by'
    ("Since 9 May 2013 SIS II has been managed by the Agency for the operational management of large-scale IT systems "
     "in the area of freedom, security and justice (eu-LISA).", {("sis", "eu-lisa")}),
    # 'is to build and then run'
    ("Under these acts eu-LISA is to build and then run the European search portal (ESP) and the common identity "
     "repository (CIR).", {("esp", "eu-lisa"), ("cir", "eu-lisa")}),
])
def test_operators_in_set_sixteens_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    "SIS has been managed by the Commission (with support from eu-LISA) since 2013.",  # not the body in brackets
    "Europol is to use SIS.",
])
def test_no_operator_in_set_sixteens_phrasings_that_do_not_say_so(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a yes-or-no question states nothing; its answer may
    ("Does the EUAA run Eurodac? No. The system is managed by eu-LISA.", {("eurodac", "eu-lisa")}),
    ("Q: Will Frontex operate ETIAS? The Commission has not yet decided.", set()),
    # a question that takes a fact as known still tells it
    ("How do SIS and VIS, the two systems eu-LISA operates today, fit with the EES?",
     {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
])
def test_a_yes_or_no_question_states_no_operator(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the system in the agency's hands, after a relative clause on it
    ("The central Eurodac system, which compares the fingerprints of applicants, is in the hands of eu-LISA.",
     {("eurodac", "eu-lisa")}),
    # falling under the agency's responsibility; its responsibility, then the systems after a colon
    ("The VIS falls under eu-LISA's responsibility.", {("vis", "eu-lisa")}),
    ("All of them fall under eu-LISA's responsibility: the European Search Portal (ESP) and the Common Identity "
     "Repository (CIR).", {("esp", "eu-lisa"), ("cir", "eu-lisa")}),
    # two databases named, then kept running by the agency
    ("Frontex teams will query SIS and Eurodac. Both databases are kept running by eu-LISA.",
     {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'it', the one system the sentence names as a clause's subject
    ("Once live, the EES will register border crossings; eu-LISA builds it and will run it.", {("ees", "eu-lisa")}),
    ("The ETIAS system is being set up by eu-LISA, which will also be in charge of it after launch.",
     {("etias", "eu-lisa")}),
    # one more system among those the agency runs
    ("eu-LISA began work in 2012. Eurodac is another system the agency manages.", {("eurodac", "eu-lisa")}),
])
def test_operators_in_the_seventeenth_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'it' that is no system: the system is no clause's subject, or two systems stand before it
    "SIS data was used in the operation, and Europol managed it.",
    "The VIS and the EES were discussed; eu-LISA manages it.",
    # what is done with a system falls to the agency, not the system
    "Access to the VIS falls under Europol's responsibility.",
    # the agency's responsibility, then no list of systems after its colon
    "Border checks are Frontex's responsibility: officers query SIS at every crossing.",
    # the hands of a body that is no agency; another system no agency runs
    "The Eurodac system is in the hands of the Member States.",
    "Eurodac is another system the Member States feed with data, and Frontex consults it.",
])
def test_no_operator_from_another_it_what_is_done_with_a_system_or_no_agency(tmp_path, gazetteer, text):
    assert _operators(tmp_path, gazetteer, text) == set()


def test_the_agency_with_its_capital_is_the_agency_whose_site_the_page_is(tmp_path, gazetteer):
    def operators(head: str, body: str) -> set[tuple[str, str]]:
        facts = facts_of(release(tmp_path, f"{head}\nWhat we do\n\nPublished 18 September 2023\n\n{body}\n"), gazetteer,
                         "system_operated_by")
        return {(f.record.system.rsplit("/", 1)[-1], f.record.agency.rsplit("/", 1)[-1]) for f in facts}
    body = ("Frontex and Europol will use it. The central system of ETIAS is being put in place by the Agency, which "
            "will also be in charge of it after launch.")
    assert operators("eu-LISA | Large-scale IT systems", body) == {("etias", "eu-lisa")}
    # a site line naming two agencies: which one is not settled
    assert operators("eu-LISA and Frontex joint page", body) == set()
    # 'the agency' without its capital after a sentence naming several: the site's too (not one of those several)
    assert operators("eu-LISA | Large-scale IT systems", body.replace("the Agency", "the agency")) == {("etias", "eu-lisa")}


@pytest.mark.parametrize("text, expected", [
    # 'It' opening a passive of running: the system the sentence before opens with, as its subject
    ("The Schengen Information System is the most used security database in Europe. It is managed centrally by "
     "eu-LISA.", {("sis", "eu-lisa")}),
    # a list whose item has an aside on when it went live
    ("eu-LISA is responsible for the operational management of the Schengen Information System (SIS), the Visa "
     "Information System (VIS), Eurodac, the Entry/Exit System (EES), in operation since October 2025, and the e-CODEX "
     "system for cross-border justice.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa"), ("e-codex", "eu-lisa")}),
    # the agency's place between commas before the verb
    ("It is our colleagues of eu-LISA, in Tallinn and Strasbourg, who run SIS II, the VIS and Eurodac every day.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
])
def test_operators_in_the_eighteenth_paraphrase_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # 'It' after a sentence that opens with no system, or with a system's regulation
    "The Commission is the guardian of the treaties. It is managed by eu-LISA.",
    "The SIS Regulation was adopted in 2018. It is managed by eu-LISA.",
    # an aside that is no date of going live breaks the list
    "eu-LISA is responsible for the operational management of the EES, which Frontex will use every day, and the VIS "
    "data that Europol consults.",
])
def test_no_operator_from_it_after_another_subject_or_a_broken_list(tmp_path, gazetteer, text):
    assert ("vis", "eu-lisa") not in _operators(tmp_path, gazetteer, text) and \
        not any(system == "sis" for system, _ in _operators(tmp_path, gazetteer, text))


def test_a_factsheets_entry_opening_with_the_participle_under_its_systems_heading(tmp_path, gazetteer):
    text = ("SYSTEMS IN OPERATION\n\nSIS - Schengen Information System\nOperated by eu-LISA since May 2013. Used by police.\n\n"
            "EES - Entry/Exit System\nBuilt and operated by eu-LISA. In operation since October 2025.\n")
    assert _operators(tmp_path, gazetteer, text) == {("sis", "eu-lisa"), ("ees", "eu-lisa")}
    # a heading naming two systems, or a sentence above that is no heading: which system is not settled
    assert _operators(tmp_path, gazetteer, "SIS and VIS\nOperated by eu-LISA since 2013.\n") == set()
    assert _operators(tmp_path, gazetteer, "Ministers discussed SIS.\nOperated by eu-LISA since 2013.\n") == set()


@pytest.mark.parametrize("text, expected", [
    # a count with up to three words before 'systems', announcing the list after a colon
    ("eu-LISA currently manages three large-scale IT systems: SIS, VIS and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # the list after 'are' ...
    ("The systems eu-LISA runs today are SIS, VIS and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # ... and in the sentence after, which opens with 'These are' or 'They are'
    ("eu-LISA currently manages three large-scale IT systems. These are SIS, VIS and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA operates two systems for the police. They are the SIS and the VIS.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    # (no list: what the systems are used for; a verb of using; the count's words are no sentence)
    ("eu-LISA currently manages three large-scale IT systems. These are used by the police. SIS is the largest.", set()),
    ("Frontex uses three large-scale IT systems. These are SIS, VIS and Eurodac.", set()),
    ("The Agency operates both components. The systems that Frontex uses are SIS and VIS.", set()),
    # responsible for building it and, after an aside on when, for its management
    ("The EES will record travellers. eu-LISA will be responsible for developing the central system and, once it "
     "has started, for its operational management.", {("ees", "eu-lisa")}),
    ("The EES will record travellers. eu-LISA will be responsible for developing the central system and, once it "
     "has started, for its training programme.", set()),
    # the plural's own relative clause before the sentence that lists them
    ("eu-LISA is responsible for the operational management of three large-scale systems that border and asylum "
     "authorities rely on every day. They are Eurodac, the VIS and SIS.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # what an agency should do, in someone's view, is not what it does
    ("The Commission will propose that eu-LISA should also take over e-CODEX.", set()),
    # the agency opening the clause after 'and', restated by 'it' after 'just as'
    ("The EES started in October and eu-LISA now runs its central system, just as it keeps SIS and VIS running.",
     {("ees", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("The EES started in October and eu-LISA now runs its central system, just as Frontex uses SIS and VIS.",
     {("ees", "eu-lisa")}),
])
def test_operators_of_systems_listed_after_a_plural(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive said not to hold: users, not operators
    ("Frontex officers consult SIS and Eurodac every day, but neither system is run by the agency.", set()),
    ("Frontex teams consult the VIS, but it is not managed by Frontex.", set()),
    # an apposition in the singular after a list: the last system's alone; the agency described before its name
    ("Its teams may consult the Schengen Information System and Eurodac, the fingerprint database run by the "
     "Tallinn-based IT agency eu-LISA, when they help.", {("eurodac", "eu-lisa")}),
    # (the apposition closed before the verb: the verb is the list's)
    ("Responsibility for the Visa Information System and for Eurodac, the fingerprint database of asylum seekers, "
     "moves to eu-LISA.", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # building, then hosting and operating, with commas around; 'in charge of developing and running'
    ("eu-LISA is building, and will host and operate, the European Search Portal and the Common Identity "
     "Repository.", {("esp", "eu-lisa"), ("cir", "eu-lisa")}),
    ("The Commission confirmed that eu-LISA is in charge of developing and running the central system of "
     "ECRIS-TCN.", {("ecris-tcn", "eu-lisa")}),
    # 'this Agency' on its page's sentence; 'all three': the list its sentence names before it
    ("eu-LISA's Director spoke. Every day this Agency keeps SIS and VIS running.", {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
    ("With the Commission, eu-LISA is building the EES, ETIAS and ECRIS-TCN, and the agency will operate all "
     "three.", {("ees", "eu-lisa"), ("etias", "eu-lisa"), ("ecris-tcn", "eu-lisa")}),
    # a count the list before does not make
    ("Europol consults SIS and VIS, and eu-LISA will operate all three.", set()),
    # a list whose items repeat their preposition, then the passive of both
    ("Europol's access to SIS II and to the Visa Information System, both hosted by eu-LISA, has grown.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa")}),
])
def test_operators_in_the_thirty_eighth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # built by the agency, which will host and manage it
    ("The central part of ETIAS is being developed by eu-LISA, which will also host and manage it once it is live.",
     {("etias", "eu-lisa")}),
    # entrusted with building a system and managing it (the agency restated)
    ("eu-LISA runs SIS. The agency will also be entrusted with building the EES and managing it once it is operational.",
     {("sis", "eu-lisa"), ("ees", "eu-lisa")}),
    ("eu-LISA runs SIS. The agency will be tasked with developing the EES and testing it.", {("sis", "eu-lisa")}),
    # built by the agency and hosted: the second participle's agent is the first's
    ("The EES runs on a central system built by eu-LISA and hosted at its technical site in Strasbourg.",
     {("ees", "eu-lisa")}),
    ("The VIS was built by eu-LISA and run by the Member States.", set()),
    ("The VIS was built by eu-LISA and tested in Strasbourg.", set()),
    # running a system together with an agency
    ("Frontex, which will run ETIAS together with eu-LISA, is setting up a unit.",
     {("etias", "frontex"), ("etias", "eu-lisa")}),
    ("Frontex will not run ETIAS together with eu-LISA.", set()),
    ("Member States consult ETIAS together with eu-LISA.", set()),
    # the part of the systems it runs, before their list
    ("eu-LISA already manages the operational side of SIS, the VIS and Eurodac.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    # 'it' after a verb of telling restates the agency
    ("eu-LISA explained how it keeps SIS, VIS and Eurodac running with most staff at home.",
     {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA explained how it uses SIS, VIS and Eurodac data.", set()),
    # an apposition whose running the agency took over
    ("Eurojust connects to e-CODEX, the secure system for the exchange of judicial files whose operational management "
     "eu-LISA took over in 2023.", {("e-codex", "eu-lisa")}),
    ("Eurojust connects to e-CODEX, the secure system for the exchange of judicial files whose operational management "
     "eu-LISA studied in 2023.", set()),
    # the systems a list will connect are other systems than the list's
    ("eu-LISA held its conference. The new architecture - the European Search Portal, the shared Biometric Matching "
     "Service and the Common Identity Repository - will connect the systems the Agency runs.", set()),
    ("eu-LISA held its conference. The European Search Portal and the Common Identity Repository are the systems the "
     "Agency runs.", {("esp", "eu-lisa"), ("cir", "eu-lisa")}),
    # 'host' after 'will'; an event named after a system is no system
    ("ECRIS-TCN, the central system that eu-LISA will host once it is ready, was discussed.", {("ecris-tcn", "eu-lisa")}),
    ("eu-LISA will host a SIS II workshop, and it hosts the EES conference.", set()),
    # a second predicate on more systems, with what of them it will be responsible for
    ("eu-LISA already manages the central part of the Schengen Information System (SIS II), the Visa Information "
     "System (VIS) and Eurodac, and will be responsible for the development and operational management of the Entry/Exit System (EES) "
     "and of ETIAS.", {("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa"), ("ees", "eu-lisa"),
                       ("etias", "eu-lisa")}),
])
def test_operators_in_the_forty_first_and_second_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a system with its acronym in brackets handed over to the agency
    ("eu-LISA runs the VIS. The second generation Schengen Information System (SIS II) will be handed over to the Agency "
     "once it has entered into operation.", {("vis", "eu-lisa"), ("sis", "eu-lisa")}),
    # run since a date by the agency (not used since a date by others)
    ("Eurodac has been run since December 2012 by eu-LISA, the EU agency for large-scale IT systems.",
     {("eurodac", "eu-lisa")}),
    ("Eurodac has been used since 2003 by the police, and eu-LISA is an agency.", set()),
    # the task the sentence before states, handed over after a phrase of when
    ("For now, the Commission is responsible for the operational management of the central VIS. In 2012, this task "
     "will be handed over to eu-LISA.", {("vis", "eu-lisa")}),
    # a list with an aside on when the first one will run
    ("eu-LISA will take over SIS II, once it is operational, and Eurodac.", {("sis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA will take over SIS II, once it is operational, and Europol will use Eurodac.", {("sis", "eu-lisa")}),
    # building both, then responsible for their management; an event on a system, with a word of what it is about
    ("Frontex will host the ETIAS Central Unit, while eu-LISA is building both the Entry/Exit System (EES) and ETIAS and "
     "will be responsible for their operational management.", {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    ("eu-LISA is building the EES and ETIAS and will be responsible for their training.", set()),
    ("On Friday, Frontex hosted an EES readiness meeting in Warsaw.", set()),
    ("eu-LISA runs SIS and hosts meetings.", {("sis", "eu-lisa")}),
])
def test_operators_in_the_forty_third_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'SYS Information System, an apposition, is ... operated by'
    ("The VIS Information System, the central system behind every visa decision, has been built and is operated by "
     "eu-LISA.", {("vis", "eu-lisa")}),
    ("The VIS Information System, the central system Frontex uses, is consulted by border guards.", set()),
    # 'the four components' after a bulleted list of four (its items wrapped over indented lines), with a paragraph
    # naming other systems and a heading between
    ("The framework has four components:\n- a European search portal (ESP), through which officers can query\n"
     "  all the systems at once;\n- a shared biometric matching service (shared BMS);\n- a common identity "
     "repository (CIR), which holds the identity data of the people\n  recorded in the systems;\n- a multiple-identity "
     "detector (MID).\n\nThey will connect SIS, VIS and Eurodac. Europol data will be searchable too.\n\nWho runs "
     "them\nThe agency eu-LISA will be responsible for the operational management of the four components.",
     {("esp", "eu-lisa"), ("sbms", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
    # a list of another count settles none
    ("The framework has three components:\n- a European search portal (ESP);\n- a common identity repository (CIR);\n"
     "- a multiple-identity detector (MID).\n\nThe agency eu-LISA will be responsible for the operational management of "
     "the four components.", set()),
])
def test_operators_in_the_forty_eighth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # those it built the system with take no part in running it
    ("eu-LISA developed the EES together with the European Commission and the member states and is responsible for its "
     "operational management.", {("ees", "eu-lisa")}),
    ("eu-LISA developed the EES and the European Commission is responsible for its operational management.", set()),
])
def test_operators_in_the_forty_seventh_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("page, expected", [
    # 'the agency' after a sentence naming several, on an agency's own page: that agency
    ("eu-LISA\nNews\n\nTallinn, 14 October 2025\n\nFrontex and Europol joined a panel on border checks.\n\nThe agency also "
     "runs the Schengen Information System.\n", {("sis", "eu-lisa")}),
    # not on a page that is no agency's; not for an apposition after several named in its sentence
    ("Council of the EU\nNews\n\nBrussels, 14 October 2025\n\nFrontex and Europol joined a panel on border checks.\n\nThe "
     "agency also runs the Schengen Information System.\n", set()),
    ("CEPOL\nNews\n\nBudapest, 14 October 2025\n\nCEPOL trains officers with eu-LISA, the agency responsible for the "
     "operational management of SIS.\n", {("sis", "eu-lisa")}),
])
def test_the_agency_on_an_agencys_own_page(tmp_path, gazetteer, page, expected):
    facts = facts_of(release(tmp_path, page), gazetteer, "system_operated_by")
    assert {(f.record.system.rsplit("/", 1)[-1], f.record.agency.rsplit("/", 1)[-1]) for f in facts} == expected


@pytest.mark.parametrize("text, expected", [
    # run since a month, by the agency described then named
    ("The Schengen Information System, which has been run since May by the new IT agency, eu-LISA, is busy.",
     {("sis", "eu-lisa")}),
    ("The Schengen Information System has been used since May by Europol, and eu-LISA is an agency.", set()),
    # a list in the hands of the agency
    ("SIS, VIS and Eurodac remain in the hands of eu-LISA.", {("sis", "eu-lisa"), ("vis", "eu-lisa"),
                                                            ("eurodac", "eu-lisa")}),
    ("Checks in SIS help the police, and Eurodac remains in the hands of eu-LISA.", {("eurodac", "eu-lisa")}),
    # the long name, the acronym in brackets, then building and being responsible for their management
    ("The EES and ETIAS are new. The EU Agency for the Operational Management of Large-Scale IT Systems in the Area of "
     "Freedom, Security and Justice (eu-LISA) will build both systems and will be responsible for their operational "
     "management.", {("ees", "eu-lisa"), ("etias", "eu-lisa")}),
    ("The EES and ETIAS are new. The EU Agency for the Operational Management of Large-Scale IT Systems in the Area of "
     "Freedom, Security and Justice (eu-LISA) will build both systems and Europol will be responsible for their use.",
     set()),
    # a gathering on a system the agency hosts is not the system
    ("On Monday, Frontex will host a meeting of the EES national coordinators at its headquarters.", set()),
    ("eu-LISA will host the EES and run it.", {("ees", "eu-lisa")}),
])
def test_operators_in_the_forty_ninth_and_fiftieth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'It' after a sentence naming one agency as the one that builds or runs a system: that agency
    ("ETIAS will be developed and managed by eu-LISA, the EU agency for large IT systems. It already runs SIS II, "
     "VIS and Eurodac.", {("etias", "eu-lisa"), ("sis", "eu-lisa"), ("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("The Entry/Exit System is built by eu-LISA. It will also operate ETIAS.", {("etias", "eu-lisa")}),
    # not after a sentence naming two bodies, nor one that names the agency otherwise, nor for what is no running
    ("The Entry/Exit System is built by eu-LISA and Frontex. It will also operate ETIAS.", set()),
    ("The Entry/Exit System is used by Frontex. It also runs the Visa Information System.", set()),
    ("The Entry/Exit System is run by eu-LISA. It connects the Visa Information System.", {("ees", "eu-lisa")}),
])
def test_it_after_a_sentence_naming_who_runs_a_system_is_that_agency(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # run around the clock by; 'it will also be responsible for'; 'entrusted with its operational management'
    ("The Visa Information System is kept running around the clock by eu-LISA.", {("vis", "eu-lisa")}),
    ("eu-LISA already runs Eurodac. Under the new law it will also be responsible for the Entry/Exit System.",
     {("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    ("The Schengen Information System is being tested. Once it is live, eu-LISA is to be entrusted with its "
     "operational management.", {("sis", "eu-lisa")}),
    ("The Schengen Information System is being tested. eu-LISA is entrusted with its evaluation.", set()),
    # the central parts of systems; built a system and runs its central system
    ("eu-LISA hosts the central parts of the Visa Information System and of Eurodac.",
     {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("eu-LISA, the EU agency for large IT systems, built the Entry/Exit System and runs its central system.",
     {("ees", "eu-lisa")}),
    ("eu-LISA built the Entry/Exit System and runs its help desk for carriers.", set()),
    ("eu-LISA built the Entry/Exit System and Frontex runs its central system.", {("ees", "frontex")}),
    # 'All four' under a bulleted list of four systems
    ("The law sets up:\n  * a European search portal (ESP);\n  * a shared biometric matching service (sBMS);\n"
     "  * a common identity repository (CIR);\n  * a multiple-identity detector (MID).\n\nAll four will be built "
     "and run by eu-LISA.", {("esp", "eu-lisa"), ("sbms", "eu-lisa"), ("cir", "eu-lisa"), ("mid", "eu-lisa")}),
    ("The law sets up:\n  * a European search portal (ESP);\n  * a common identity repository (CIR).\n\nAll four will "
     "be built and run by eu-LISA.", set()),
    # taken over by; 'That system' for the one system the sentence before names
    ("From May, the operational management of the Schengen Information System will be taken over by eu-LISA.",
     {("sis", "eu-lisa")}),
    ("The Visa Information System was taken over by the national police.", set()),
    ("Eurojust will consult ECRIS-TCN, the new register, once it is live. That system will be developed and operated "
     "by eu-LISA.", {("ecris-tcn", "eu-lisa")}),
    ("ECRIS-TCN is new. It is a register that system administrators in Strasbourg run.", set()),
])
def test_operators_in_the_fifty_fifth_to_fifty_eighth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("page, expected", [
    # a heading over a bulleted list, without a colon: 'What AGENCY runs today'
    ("Brussels, 4 March 2024\n\nMinisters visited Tallinn.\n\nWhat eu-LISA runs today\n  * the Visa Information "
     "System - since 2012\n  * Eurodac - since 2012\n\nMore news.\n", {("vis", "eu-lisa"), ("eurodac", "eu-lisa")}),
    ("Brussels, 4 March 2024\n\nMinisters visited Tallinn.\n\nWhat Europol uses today\n  * the Visa Information "
     "System\n  * Eurodac\n\nMore news.\n", set()),
    ("Brussels, 4 March 2024\n\nMinisters visited Tallinn.\n\nWhy eu-LISA runs well\n  * the Visa Information "
     "System\n  * Eurodac\n\nMore news.\n", set()),
])
def test_a_heading_naming_what_an_agency_runs_over_a_list(tmp_path, gazetteer, page, expected):
    facts = facts_of(release(tmp_path, page), gazetteer, "system_operated_by")
    assert {(f.record.system.rsplit("/", 1)[-1], f.record.agency.rsplit("/", 1)[-1]) for f in facts} == expected


@pytest.mark.parametrize("text, expected", [
    # 'They' opening a passive of building or running: the systems the sentence before names
    ("The reform adds the ESP and the CIR. They will be built and run by eu-LISA.", {("esp", "eu-lisa"), ("cir", "eu-lisa")}),
    ("The reform adds the ESP and the CIR. They will be used by Europol.", set()),
    ("The reform adds the ESP. They will be run by eu-LISA.", set()),
    # a second relative clause after the first: ', and which will also operate'
    ("eu-LISA, the agency that already manages Eurodac, and which will also operate the Entry/Exit System, met today.",
     {("eurodac", "eu-lisa"), ("ees", "eu-lisa")}),
    ("eu-LISA, the agency that already manages Eurodac, and which will also train staff on the Entry/Exit System, met.",
     {("eurodac", "eu-lisa")}),
])
def test_operators_in_the_sixtieth_sets_phrasings(tmp_path, gazetteer, text, expected):
    assert _operators(tmp_path, gazetteer, text) == expected


@pytest.mark.parametrize("page, expected", [
    # on an agency's own page, 'the agency' after a sentence naming another agency only after a preposition or 'and'
    ("eu-LISA\nNews\n\nTallinn, 14 October 2025\n\nThe new rules open Eurodac to the police and Europol.\n\nThe agency is "
     "entrusted with its operational management.\n", {("eurodac", "eu-lisa")}),
    # (one named as the subject, or as the agent after 'by', is the antecedent)
    ("eu-LISA\nNews\n\nTallinn, 14 October 2025\n\nEuropol asked for access to Eurodac.\n\nThe agency is entrusted with "
     "its operational management.\n", {("eurodac", "europol")}),
    ("FRA\nNews\n\nVienna, 14 October 2025\n\nEurodac is run centrally by eu-LISA.\n\nThe same agency also keeps the "
     "Visa Information System running.\n", {("eurodac", "eu-lisa"), ("vis", "eu-lisa")}),
])
def test_the_agency_after_another_named_only_as_an_object_on_an_agencys_page(tmp_path, gazetteer, page, expected):
    facts = facts_of(release(tmp_path, page), gazetteer, "system_operated_by")
    assert {(f.record.system.rsplit("/", 1)[-1], f.record.agency.rsplit("/", 1)[-1]) for f in facts} == expected
