"""The cheap tests the extractors make before a costly pattern never turn a match away: the
words a sentence must hold for a pattern to be looked for in it (``Context.holds_any``),
and the lookaheads some patterns open with on their first character."""

from __future__ import annotations

import re

import pytest

from jhakg.extract import (
    context,
    council_terms,
    dates,
    meeting_words,
    network_words,
    operator_agencies,
    operator_words,
    operators,
    person_names,
    posts_by_relation,
    priority_wording,
    reports,
    roles,
)
from jhakg.extract.context import Context

from .conftest import ROOT, release

# each pattern with the word lists one word of each of which its every match holds
WORDS = [
    (meeting_words.MEETING_NOUN, [meeting_words.MEETING_NOUN_WORDS]),
    (meeting_words.MEETING_VERB, [meeting_words.MEETING_VERB_WORDS]),
    (meeting_words.SIGNING, [meeting_words.SIGNING_WORDS]),
    (meeting_words.INVITED_TO, [meeting_words.INVITED_TO_WORDS]),
    (network_words.CHAIR_WORDS, [network_words.CHAIR_WORDS_WORDS]),
    (network_words.NETWORK_ANAPHOR, [network_words.NETWORK_ANAPHOR_WORDS]),
    (council_terms.DEMONYM_PRESIDENCY, [council_terms.PRESIDENCY_WORDS]),
    (council_terms.DEMONYMS_PRESIDENCIES, [council_terms.PRESIDENCY_WORDS]),
    (council_terms.PRIORITY_OF, [council_terms.PRESIDENCY_WORDS]),
    (operator_words.PLURAL, [operator_words.PLURAL_WORDS]),
    (operator_words.COUNTED, [operator_words.COUNTED_WORDS]),
    (operator_agencies.AGENCY_PRONOUN, [operator_agencies.AGENCY_PRONOUN_WORDS]),
    (operator_agencies.THE_AGENCY, [("agency",)]),
    (operators._WHICH_IT_RUNS, [("which",)]),
    (priority_wording.AROUND, [priority_wording.AROUND_VERBS, priority_wording.AROUND_ENDS]),
    (priority_wording.HEDGE, [priority_wording.HEDGE_WORDS]),
    (reports.REPORT, [("report",)]),
    (person_names.APPOINTED_LIST, [person_names.APPOINTED_LIST_WORDS]),
]

# patterns that open with a lookahead on what a match begins with
GUARDED = [pattern for _, pattern in dates.PATTERNS if pattern.pattern.startswith(("(?=", "(?i)(?="))] + [
    dates.RELATIVE, dates.TODAY, dates.DAY_AFTER, reports.LEGAL_ACT,
    person_names.name_before_pattern(), person_names.CHAIRED_BOARD, person_names.BOARD_MET_CHAIRED, person_names.WHO_HEADS,
    roles._SUCCESSION_VERB]


def _texts() -> list[str]:
    # the corpus, the seeds and the paraphrase sets: the sets hold the phrasings later rules were written for
    paths = sorted((ROOT / "tests" / "corpus").glob("c*.txt")) + sorted((ROOT / "seeds").glob("*.txt")) + \
        sorted((ROOT / "tests").glob("paraphrases*/docs/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("pattern,words", WORDS, ids=lambda x: x.pattern[:30] if isinstance(x, re.Pattern) else "")
def test_a_patterns_words_are_in_each_of_its_matches(pattern, words):
    for text in _texts():
        for m in pattern.finditer(text):
            found = m.group().lower()
            assert all(any(w in found for w in group) for group in words), (pattern.pattern[:60], m.group())


def test_the_words_are_found_in_any_case_and_only_where_the_text_can_tell(tmp_path, gazetteer):
    ctx = Context(release(tmp_path, "The COUNCIL met in Brussels."), gazetteer, None)
    assert ctx.holds_any(0, len(ctx.text), ("council",))
    assert not ctx.holds_any(0, 8, ("brussels",))  # the word lies outside the stretch
    assert not ctx.holds_any(0, len(ctx.text), ("meeting", "summit"))
    # 'ſ' is an 's' to a case-insensitive pattern, but lower-casing keeps it: the text cannot tell
    odd = Context(release(tmp_path, "The ministers held the ſummit in Brussels today.", "odd.txt"), gazetteer, None)
    assert odd.holds_any(0, len(odd.text), ("summit",))


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda p: p.pattern[:30])
def test_a_leading_lookahead_turns_no_match_away(pattern):
    source = pattern.pattern
    flags = ""
    if source.startswith("(?i)"):
        flags, source = "(?i)", source[4:]
    assert source.startswith("(?=")
    depth, end = 0, 0
    for i, ch in enumerate(source):
        depth += {"(": 1, ")": -1}.get(ch, 0) if source[i - 1:i] != "\\" else 0
        if depth == 0:
            end = i + 1
            break
    bare = re.compile(flags + source[end:], pattern.flags)
    for text in _texts():
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_dates_are_tried_only_where_they_can_begin_and_found_as_a_scan_finds_them(monkeypatch):
    """find_dates tries most patterns only at the places a match can begin (a figure, a day of
    the week, a word before a figure): the same dates as scanning every character."""
    odd = ["A1June 5, 2024 and B2 July 2023", "Thursday, June 5 and xMonday 3 June", "June\n\n  5 and Sept. 21st, 2024",
           "Mon. 3 June; 14/11/2013 - 15/11/2013; 3.-4.VI.2010", "from 20–21 April 2023 to 27-9-2017 to 28-9-2017",
           "March 7-8th, 2019 and Sep 21st and 2024.10.11. and 04-03-2021", "1 and 2 June 2020, the 12th of January 2024"]
    texts = _texts() + odd
    found = [dates.find_dates(text) for text in texts]
    monkeypatch.setattr(dates, "_matches_at", lambda pattern, text, starts, windows: dates._matches(pattern, text, windows))
    assert found == [dates.find_dates(text) for text in texts]
    assert all(found[-len(odd):])  # each of the odd texts holds dates


def test_the_name_before_a_post_is_found_as_the_one_pattern_finds_it():
    """name_before tries the one pattern's alternatives one by one, each only where the text holds
    its words: the same name, of the same alternative, as the whole pattern's search."""
    def as_one(m):
        if m is None:
            return None
        number = next(g for g in range(1, 10) if m.group(g))
        return number, m.start(), m.end(), m.start(number), m.group(number)

    def as_parts(found):
        return None if found is None else (found[0], found[1].start(), found[1].end(), found[1].start(1), found[1].group(1))

    own = ["Anna Schmidt, the newly appointed Director of CEPOL", "The Board appointed Jan Kowalski as its Chair",
           "Maria Rossi was appointed Executive Director", "Pieter de Vries as the Head of Unit",
           "Jana Novak participated for Europol as Head", "Eva Berg took part as Chair", "Ida Holm was present as Director",
           "Tomas Berg took office as Director", "Ola Dahl has acted as Chair", "Ulla Lind succeeded Mr Ek as Head",
           "Karl Stein, who has served as Deputy Director", "Jan Novak is the Director",
           "Eva Holm, a lawyer, became Deputy Director", "The Board, with Ida Berg as Chair",
           "The Board elected Ms Ida Berg (Sweden) as its new Chair and Mr Jan de Vries (Poland) as Deputy Chair"]
    tried = matched = 0
    alternatives = set()
    for text in _texts() + own:
        for post in re.finditer(r"(?<=[ \t])[A-Z]", text):  # where a post may begin: the text before it
            line_start = max(text.rfind("\n", 0, post.start()) + 1, post.start() - person_names.BEFORE_WINDOW)
            before = text[line_start:post.start()]
            expected = as_one(person_names.name_before_pattern().search(before))
            assert as_parts(person_names.name_before(before)) == expected, before
            tried, matched = tried + 1, matched + (expected is not None)
            alternatives.add(expected and expected[0])
    assert matched > 100 and tried > 10 * matched and alternatives >= {1, 2, 3, 4, 5, 6, 7, 8, 9}


@pytest.mark.parametrize("pattern", list(posts_by_relation.CUES), ids=lambda p: p.pattern[:30])
def test_a_cue_of_a_pattern_is_in_each_of_its_matches(pattern):
    matched = 0
    for text in _texts():
        for m in pattern.finditer(text):
            assert posts_by_relation.CUES[pattern].search(m.group()), m.group()
            matched += 1
    assert matched


def test_web_addresses_are_looked_for_on_their_lines_and_found_as_a_scan_finds_them(tmp_path, gazetteer):
    """Context.urls reads only the lines that hold a '/' or 'www.': the addresses a scan of the
    whole text finds."""
    odd = ["See https://a.eu/x\nand www.b.eu and c.d/e today.", "x/y and/or z", "www.", "A\nwww.europa.eu/a b/c\n",
           "No address here.", "europa.eu/home\n\n//x.y/", "Read http://x.y"]
    for n, text in enumerate(_texts() + [x + "\nThe ministers met in Brussels on Monday." for x in odd]):
        doc = release(tmp_path, text, f"u{n}.txt")
        ctx = Context(doc, gazetteer, None)
        assert [(u.start, u.end) for u in ctx.urls] == [m.span() for m in context._URL.finditer(doc.text)]


def test_the_letter_classes_written_as_ranges_hold_the_same_letters():
    """The classes of upper- and lower-case letters of the Latin scripts (up to U+024F) are
    written as ranges, which compile faster than the letters one by one: the same letters."""
    upper, lower = re.compile(person_names.UPPER_LETTER), re.compile(f"[{person_names._LO}]")
    for code in range(0x2000):
        ch = chr(code)
        assert bool(upper.fullmatch(ch)) == (0x41 <= code < 0x250 and ch.isupper() and ch.isalpha()), hex(code)
        assert bool(lower.fullmatch(ch)) == (0x61 <= code < 0x250 and ch.islower() and ch.isalpha()), hex(code)
    assert len(person_names._UP) < 200 and "A-Z" in person_names._UP
