"""The article-wide tables behind the name rules (what each capitalised run, each full name and each
courtesy title of a text reads as) give, for any window of the text and in any order of calls,
what reading that window afresh gives."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extraction import names

_WORDS = ("Ada Kone", "Tor Lind", "Ivo Rask", "Mr.", "Mrs.", "Ms.", "Miss", "Sen.", "President", "the", "The",
          "Norburg", "Ostland", "Bank", "of", "Norvane", "Party", "Ministry", "for", "and", "said", "says", "he",
          "she", "her", "his", "told", "reporters", "Kone's", "Lind,", "Rask.", "al-Rask", "Al-Rask", "Kone-Lind",
          "his wife,", "Jan", "Tuesday", "Says", "Will", '"', "\u201c", "\u201d", ",", ".", "\n", "\n\n", "'s",
          "Monday.", "U.S.", "NATO", "Reuters", "who", "Entrusting", "New", "Lind-born", "''", "Bank of Norburg",
          "Norvane Party", "Ministry for Ostland", "Mr. Tor Lind", "Ms. Ada Kone", "Ada Kone-Lind", "Ivo Kone Kone",
          "Tor Lind Lind")


@st.composite
def _texts(draw):
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "", "\u00a0"]), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


def _fresh():
    for value in vars(names).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


@settings(max_examples=400, deadline=None)
@given(_texts(), st.data(), st.sampled_from(["Kone", "Lind", "Rask", "Ada Kone", "Tor Lind", "Kone-Lind"]))
def test_every_window_reads_as_it_does_alone(text, data, name):
    # (the offsets that matter most: a word's ends, where a window cuts a run of names)
    bounds = sorted({0, len(text)} | {k for m in re.finditer(r"\w+", text) for k in m.span()})
    offsets = st.integers(0, len(text)) | st.sampled_from(bounds)
    windows = [tuple(sorted(w)) for w in data.draw(st.lists(st.tuples(offsets, offsets), min_size=1, max_size=6))]
    _fresh()
    names.orgs_in(text, 0, len(text))  # every table filled from the whole text first
    names.persons_before(text, len(text), {})
    names.full_names(text, len(text), name.split()[-1])
    warm = [(names.orgs_in(text, a, b), names.persons_before(text, b, {}), names._persons(text, a, b, set()), names.full_names(text, b, name.split()[-1]),
             names.sex(text, name, b), names.sex(text, name, b, whole=True), names.sex(text, name, b, pronouns=False))
            for a, b in windows]
    for (a, b), got in zip(windows, warm):
        _fresh()
        assert got == (names.orgs_in(text, a, b), names.persons_before(text, b, {}), names._persons(text, a, b, set()),
                       names.full_names(text, b, name.split()[-1]), names.sex(text, name, b),
                       names.sex(text, name, b, whole=True), names.sex(text, name, b, pronouns=False))


@settings(max_examples=300, deadline=None)
@given(_texts(), st.data())
def test_the_titles_before_an_offset_are_those_a_scan_up_to_it_finds(text, data):
    end = data.draw(st.integers(0, len(text)))
    scan = [names._title_mark(m) for m in names._SEX_TITLE.finditer(text, 0, end)]
    assert names._titles_before(text, end) == scan


def test_a_title_the_offset_cuts_is_read_as_cut():
    text = "Ms. Ada Kone arrived. Mr. Tor Lind spoke."
    end = text.index("Lind") + 2  # "Mr. Tor Li"
    assert names._titles_before(text, end) == [("f", "Kone"), ("m", "Li")]
    assert names._titles_before(text, len(text)) == [("f", "Kone"), ("m", "Lind")]


def test_a_run_the_window_cuts_is_read_as_cut():
    text = "Ivo Kone Kone said the Bank of Norburg agreed with Tor Lind."
    assert names.full_names(text, len(text), "Kone") == ["Ivo Kone Kone"]
    assert names.full_names(text, text.index(" Kone said"), "Kone") == ["Ivo Kone"]
    assert names.orgs_in(text, 0, len(text)) == [(text.index("Bank"), "Bank of Norburg")]
    assert names.orgs_in(text, 0, text.index("burg")) == [(text.index("Bank"), "Bank of Nor")]
    assert names._persons(text, 0, len(text), set())[-1] == (text.index("Tor"), "Tor Lind")
    assert names._persons(text, text.index("Lind"), len(text), set()) == []  # "Lind" alone: no surname given before
    assert names._persons(text, 0, text.index("Lind") + 2, set())[-1] == (text.index("Tor"), "Tor Li")
