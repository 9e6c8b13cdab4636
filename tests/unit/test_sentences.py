"""Sentence and paragraph splitting: exact offsets, abbreviations, quotes, headlines, datelines."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimledger.extraction.sentences import dateline_span, is_headline, paragraphs, split


def texts(text):
    return [s.text for s in split(text)]


def test_offsets_are_exact_and_ordered():
    text = "  First one.  Second one!\n\nThird?  "
    ss = split(text)
    assert [s.text for s in ss] == ["First one.", "Second one!", "Third?"]
    for s in ss:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in ss] == [0, 0, 1]


@pytest.mark.parametrize("text, expected", [
    ("Gen. Austin met U.S. officials at 9 a.m. on Monday. He left.",
     ["Gen. Austin met U.S. officials at 9 a.m. on Monday.", "He left."]),
    ("Mr. Smith and Dr. Jones spoke. They agreed.", ["Mr. Smith and Dr. Jones spoke.", "They agreed."]),
    ("John F. Kennedy Jr. spoke in St. Louis on Sept. 12. It rained.",
     ["John F. Kennedy Jr. spoke in St. Louis on Sept. 12.", "It rained."]),
    ("Growth slowed in the U.S. The euro zone fared better.",
     ["Growth slowed in the U.S.", "The euro zone fared better."]),
    ("U.S. President Joe Biden spoke. Acme Inc. said it would hire.",
     ["U.S. President Joe Biden spoke.", "Acme Inc. said it would hire."]),
    ("Prices rose 3.5% in No. 2 position. Then fell.", ["Prices rose 3.5% in No. 2 position.", "Then fell."]),
    # "no." without a number after it is the word, ending its sentence
    ("Lind said all ten members would vote no. Sen. Ada Kone said she would wait.",
     ["Lind said all ten members would vote no.", "Sen. Ada Kone said she would wait."]),
])
def test_abbreviations_do_not_end_sentences(text, expected):
    assert texts(text) == expected


def test_quotes_keep_their_closing_mark_and_split_inside():
    text = '"We will win. We are strong," he said. "Next."'
    assert texts(text) == ['"We will win.', 'We are strong," he said.', '"Next."']


def test_a_capitalised_pronoun_after_an_exclamation_in_quotes_starts_a_sentence():
    # ('"...!" Graven remarked' goes on; '"...!" She replied' is her own sentence)
    text = "Pell said, \u201cwe will need you next year!\u201d She replied that it was an honor."
    assert [text[s.start:s.end] for s in split(text)] == [
        "Pell said, \u201cwe will need you next year!\u201d", "She replied that it was an honor."]
    text = "\u201cThe port will close in May!\u201d Graven remarked."
    assert len(split(text)) == 1
    # (a country, a title and a full name before the verb: "US Senator Ada Graven said")
    text = "\u201cThe port will close in May!\u201d US Senator Ada Graven said as she opened the session."
    assert len(split(text)) == 1


def test_ellipsis_followed_by_lowercase_continues():
    text = "Talks will speed up in the coming days ... and they are expected to enter a new stage."
    assert texts(text) == [text]


def test_headline_and_dateline():
    text = "US urges negotiated settlement\n\nKABUL, July 5 (Reuters) - The Taliban said it would talk. Others agreed."
    ss = split(text)
    assert ss[0].text == "US urges negotiated settlement" and is_headline(ss[0])
    assert ss[1].text == "The Taliban said it would talk."  # the dateline is not part of the sentence
    assert not is_headline(ss[1])
    assert dateline_span("WASHINGTON (Reuters) - The Fed said.") == (0, 23)
    assert dateline_span("NEW YORK, March 3 (AP) \u2014 Stocks fell.") is not None
    assert dateline_span("The Fed said - quietly - nothing.") is None
    # a place in title case with the agency and no date ("Geneva (AFP) - ")
    assert split("Geneva (AFP) \u2013 Minister Ana Lind said the talks will resume.")[0].text.startswith("Minister")
    assert dateline_span("Paris (Reuters) was the first to report it - quietly.") is None


def test_byline_is_a_headline():
    assert is_headline("By Jane Doe and John Roe")
    assert not is_headline("The minister said the plan would go ahead.")


def test_soft_wrapped_lines_join_but_headlines_break():
    text = "Storm batters coast\nThe storm, which formed on Monday,\nhit the coast overnight. Power failed."
    ps = paragraphs(text)
    assert ps[0].text == "Storm batters coast"
    assert texts(text)[1:] == ["The storm, which formed on Monday,\nhit the coast overnight.", "Power failed."]


def test_empty_and_whitespace():
    assert split("") == [] and split("   \n\n  ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.,!?\"\u201c\u201d'\n-()US:;0123456789")), max_size=300))
# an input with output, tried on every run: the loop below is never only over nothing
@example('ab. "AB!" US: 12\n\nab?')
def test_offsets_hold_for_any_text(text):
    prev_end = -1
    for s in split(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= prev_end
        prev_end = s.end


@pytest.mark.parametrize("text, first", [
    ("NorwayGeneral Ada Kone said the troops will leave in May.", "General Ada Kone said"),
    ("United KingdomThe harbour board said the quay will close.", "The harbour board said"),
    ("McDonald said the quay will close.", "McDonald said"),  # a name, not a place glued to a word
    ("HarbourThe board said the quay will close.", "The board said"),  # any category before an article
])
def test_a_country_glued_to_the_first_word_is_no_part_of_the_first_sentence(text, first):
    assert split(text)[0].text.startswith(first)


def test_an_initialism_before_a_quoted_lower_case_word_ends_no_sentence():
    text = "The front-runner said the U.S. \u201cclearly\u201d needed a more robust air campaign."
    assert len(split(text)) == 1
    text = "Kone lives in the U.S. \u201cThe port will close,\u201d she said."
    assert len(split(text)) == 2


@pytest.mark.parametrize("agency", ["CNN", "Kyodo News", "NHK"])
def test_a_dateline_of_any_news_service_is_no_part_of_the_first_sentence(agency):
    para = f"VISTA ROJA, Valmora, July 6 ({agency}) \u2014 Gov. Beatriz Ocampo announced Tuesday that she will send troops."
    assert dateline_span(para) == (0, para.index("Gov."))
