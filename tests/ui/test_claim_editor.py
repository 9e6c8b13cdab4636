"""The claim editor (issue 14): no literal "&" in its labels; a claim added from a sloppy
selection starts from whole words without dangling punctuation; a quote can be corrected, and
its offsets follow it (``text[start:end] == quote``); a quote not in the article is refused."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from claimledger.services import InputError
from claimledger.ui.claim_editor import ClaimEditor, ConflictDialog, clean_selection, locate_quote
from ui_helpers import open_window, row_of_quote, written

PEACE = "present a written peace proposal to the Afghan government side as soon as next month"


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings)


def _article_text(ledger) -> str:
    return ledger.reader.get_article(ledger.reader.list_articles()[0].id).text


def _literal_ampersands(dialog) -> list[str]:
    """Labels that would show an "&": a mnemonic with no buddy to give it to."""
    out = []
    for label in dialog.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if "&" in text and not text.lstrip().startswith("<") and label.buddy() is None:
            out.append(label.text())
    return out


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# -- labels ----------------------------------------------------------------------------------------
def test_no_label_of_the_dialogs_shows_an_ampersand(window, seeded_ledger, qtbot):
    window.select_row(0)
    editor = window.claim_actions.edit_current()
    assert _literal_ampersands(editor) == []
    window_label = next(lb for lb in editor.findChildren(QLabel) if lb.text() == "&Window:")
    assert window_label.buddy() is editor.earliest_edit
    editor.reject()
    outcome = window.open_outcome_dialog()
    assert _literal_ampersands(outcome) == []
    outcome.reject()
    claim = window.current_claim()
    conflict = ConflictDialog(claim, {"summary": "Mine"}, window)
    qtbot.addWidget(conflict)
    assert _literal_ampersands(conflict) == []


# -- a selection made whole words --------------------------------------------------------------------
TEXT = "They want a factory, which will open by May. Officials of the U.S. said “it will be built”."


@pytest.mark.parametrize("selected, expected", [
    ("y want a factory,", "want a factory"),            # a cut word mostly outside: left out
    ("hey want a factory", "They want a factory"),       # mostly inside: taken whole
    ("t a factory, which will ope", "a factory, which will open"),  # "t" of "want" out; "ope" of "open" in
    ("y, which will op", "which will"),                    # half a word: the selection ran into it
    (" which will open by May. ", "which will open by May"),  # the sentence's full stop
    ("Officials of the U.S.", "Officials of the U.S."),     # an abbreviation's full stop stays
    ("said “it will be built", "said “it will be built"),  # cut word is whole: kept; the quote mark is inside
    ("“it will be built”.", "“it will be built”"),      # paired quotation marks stay
    ("it will be built”.", "it will be built"),         # an unpaired one goes
])
def test_a_selection_is_made_whole_words_without_dangling_punctuation(selected, expected):
    start = TEXT.index(selected)
    s, e = clean_selection(TEXT, start, start + len(selected))
    assert TEXT[s:e] == expected


def test_a_selection_of_punctuation_only_is_trimmed_of_spaces_only():
    assert clean_selection("a , — b", 1, 6) == (2, 5)


def test_a_claim_added_from_a_sloppy_selection_starts_from_whole_words(window, qtbot, seeded_ledger):
    text = _article_text(seeded_ledger)
    raw = "ns to " + PEACE + ","  # from inside "plans" to the comma after "month"
    start = text.index(raw)
    window.select_row(0)
    window.article_pane.select_text(start, start + len(raw))
    window.menus.add_action.trigger()
    editor = window.claim_actions.editor
    assert editor.quote_edit.toPlainText() == "to " + PEACE
    assert editor.expression_edit.text() == "as soon as next month"
    _ok(editor).click()
    written(qtbot, window)
    new = window.current_claim()
    assert new.quote == "to " + PEACE == text[new.start:new.end]


def test_a_new_claims_quote_can_be_corrected_before_it_is_added(window, qtbot, seeded_ledger):
    text = _article_text(seeded_ledger)
    start = text.index(PEACE)
    window.select_row(0)
    window.article_pane.select_text(start, start + len(PEACE))
    window.menus.add_action.trigger()
    editor = window.claim_actions.editor
    editor.quote_edit.setPlainText("a written  peace proposal")  # a doubled space is no matter
    assert "Characters" in editor.quote_note.text()
    _ok(editor).click()
    written(qtbot, window)
    new = window.current_claim()
    assert new.quote == "a written peace proposal" == text[new.start:new.end]
    assert new.start == text.index("a written peace proposal")


# -- correcting an existing claim's quote ------------------------------------------------------------
def test_an_existing_claims_quote_is_corrected_and_its_offsets_follow(window, qtbot, seeded_ledger):
    text = _article_text(seeded_ledger)
    window.select_row(row_of_quote(window.model, "withdraw all foreign troops"))
    claim = window.current_claim()
    editor = window.claim_actions.edit_current()
    assert editor.quote_edit.toPlainText() == claim.quote
    longer = "the United States vacated its main Afghan base"
    editor.quote_edit.setPlainText(longer)
    assert f"(were {claim.start:,}–{claim.end:,})" in editor.quote_note.text()
    _ok(editor).click()
    written(qtbot, window)
    row = seeded_ledger.reader.claim(claim.id).row
    assert row.quote == longer == text[row.start:row.end]
    assert (row.start, row.end) == (text.index(longer), text.index(longer) + len(longer))
    assert window.current_claim().id == claim.id
    window.menus.undo_action.trigger()  # the old words and offsets come back
    written(qtbot, window)
    row = seeded_ledger.reader.claim(claim.id).row
    assert (row.quote, row.start, row.end) == (claim.quote, claim.start, claim.end)


def test_curly_quotes_and_line_breaks_typed_differently_still_find_the_words(seeded_ledger):
    text = _article_text(seeded_ledger)
    printed = '"Although we (Taliban) have the upper hand'  # the article's straight quotation mark
    typed = "“Although we (Taliban) have the upper\nhand"
    span = locate_quote(text, typed, 0)
    assert span is not None and text[span[0]:span[1]] == printed
    assert locate_quote(text, "the upper hand on battlefield", 0) is None  # a word missing: not the article's


def test_a_quote_that_is_not_in_the_article_is_refused_in_words(window, seeded_ledger):
    window.select_row(0)
    claim = window.current_claim()
    editor = window.claim_actions.edit_current()
    editor.quote_edit.setPlainText("the Taliban promised free elections")
    assert "is not in the article" in editor.quote_note.text()
    _ok(editor).click()
    assert editor.isVisible() and "is not in the article" in editor.error_label.text()
    editor.quote_edit.setPlainText("   ")
    _ok(editor).click()
    assert editor.isVisible() and "empty" in editor.error_label.text()
    editor.reject()
    assert seeded_ledger.reader.claim(claim.id).row.quote == claim.quote


def test_the_ledger_keeps_the_quote_equal_to_the_article_text(seeded_ledger):
    claim = seeded_ledger.reader.claims(limit=1)[0]
    text = _article_text(seeded_ledger)
    for bad in ({"start": -1}, {"end": len(text) + 5}, {"start": claim.end, "end": claim.start}):
        with pytest.raises(InputError):
            seeded_ledger.outcomes.update_claim(claim.id, bad)
    version = seeded_ledger.outcomes.update_claim(claim.id, {"start": 0, "end": 11})
    row = seeded_ledger.reader.claim(claim.id).row
    assert (row.quote, row.version) == (text[0:11], version)


def test_the_editor_without_the_article_text_shows_the_quote_as_before(qtbot):
    editor = ClaimEditor({"kind": "plan"}, "some words")
    qtbot.addWidget(editor)
    assert editor.quote_edit is None and "start" not in editor.values()
