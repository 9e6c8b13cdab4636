"""The outcome dialog asks, never presumes (issue 14): no status and no date until the analyst
gives them; Record (and Enter) only on a complete form; a typed date replaces the whole field;
a date before the article is refused in words; the timing against the deadline is shown live."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ui_helpers import open_window, row_of_quote

WITHDRAWAL = "withdraw all foreign troops"  # plan, deadline 2021-09-11; article published 2021-07-06


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings)


def _dialog(window, words: str = WITHDRAWAL):
    window.select_row(row_of_quote(window.model, words))
    dialog = window.open_outcome_dialog()
    assert dialog.isVisible()
    return dialog


def _choose(dialog, status: str) -> None:
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status))


def test_nothing_is_chosen_for_the_analyst_and_enter_does_nothing(window, seeded_ledger, qtbot):
    dialog = _dialog(window)
    assert dialog.status_combo.currentIndex() == -1 and dialog.status() is None
    assert dialog.status_combo.placeholderText()
    assert dialog.date_edit.text() == "" and dialog.observed_on() is None
    assert not dialog.record_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.date_edit.edit, Qt.Key.Key_Enter)
    dialog.accept()  # even called directly: an incomplete form records nothing
    assert dialog.isVisible()
    assert seeded_ledger.reader.claim(dialog.claim.id).history == ()

    _choose(dialog, "fulfilled")
    assert not dialog.record_button.isEnabled()  # a status alone is not enough
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and seeded_ledger.reader.claim(dialog.claim.id).history == ()

    dialog.date_edit.edit.setFocus()
    qtbot.keyClicks(dialog.date_edit.edit, "2021-08")  # not finished: a hint, still disabled
    assert not dialog.record_button.isEnabled()
    assert "YYYY-MM-DD" in dialog.timing_label.text()
    qtbot.keyClicks(dialog.date_edit.edit, "-30")
    assert dialog.record_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=5000):  # written, then it closes
        qtbot.keyClick(dialog.date_edit.edit, Qt.Key.Key_Return)  # complete: Enter records
    (event,) = seeded_ledger.reader.claim(dialog.claim.id).history
    assert (event.status, event.observed_on) == ("fulfilled", date(2021, 8, 30))


def test_a_date_with_no_status_is_not_enough(window, seeded_ledger, qtbot):
    dialog = _dialog(window)
    dialog.date_edit.setText("2021-08-30")
    assert not dialog.record_button.isEnabled()
    assert "Choose the status" in dialog.timing_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and seeded_ledger.reader.claim(dialog.claim.id).history == ()


def test_typing_over_a_selected_date_replaces_all_of_it(window, qtbot):
    dialog = _dialog(window)
    edit = dialog.date_edit.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "2026-08-15")
    assert dialog.observed_on() == date(2026, 8, 15)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    qtbot.keyClicks(edit, "2021-08-31")
    assert edit.text() == "2021-08-31"
    assert dialog.observed_on() == date(2021, 8, 31)  # the year typed, not the old one


def test_the_date_field_takes_only_the_iso_shape(window, qtbot):
    dialog = _dialog(window)
    edit = dialog.date_edit.edit
    qtbot.keyClicks(edit, "31/08/2021")
    assert "/" not in edit.text() and dialog.observed_on() is None and not dialog.record_button.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "yesterday")
    assert edit.text() == ""


def test_a_date_before_the_article_is_refused_in_words(window, seeded_ledger, qtbot):
    dialog = _dialog(window)
    _choose(dialog, "fulfilled")
    dialog.date_edit.setText("2021-07-01")
    assert not dialog.record_button.isEnabled()
    text = dialog.timing_label.text()
    assert "2021-07-01 is before the article was published (2021-07-06)" in text
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and seeded_ledger.reader.claim(dialog.claim.id).history == ()
    dialog.date_edit.setText("2021-07-06")  # the day of publication itself is fine
    assert dialog.record_button.isEnabled()


def test_impossible_and_future_dates_are_refused_in_words(window):
    dialog = _dialog(window)
    _choose(dialog, "in_progress")
    dialog.date_edit.setText("2021-02-30")
    assert not dialog.record_button.isEnabled() and "not a date" in dialog.timing_label.text()
    dialog.date_edit.setText("2021-09-05")  # "today" is 2021-09-01 in the tests
    assert not dialog.record_button.isEnabled() and "after today (2021-09-01)" in dialog.timing_label.text()


TIMINGS = {  # claim, and for each (status, observed on): the line shown under the date
    WITHDRAWAL: [("fulfilled", "2021-08-30", "Fulfilled 12 days early (deadline 2021-09-11)."),
                 ("not_fulfilled", "2021-08-15", "Observed 27 days before the deadline (2021-09-11).")],
    "written peace proposal": [  # due by 2021-08-31
        ("partially_fulfilled", "2021-08-31", "Partially fulfilled on the deadline day (deadline 2021-08-31)."),
        ("fulfilled", "2021-09-01", "Fulfilled 1 day late (deadline 2021-08-31).")],
}


@pytest.mark.parametrize("words", list(TIMINGS))
def test_the_timing_against_the_deadline_is_shown_before_recording(window, seeded_ledger, words):
    dialog = _dialog(window, words)
    for status, observed_on, line in TIMINGS[words]:
        _choose(dialog, status)
        dialog.date_edit.setText(observed_on)
        assert dialog.timing_label.text() == line
    assert seeded_ledger.reader.claim(dialog.claim.id).history == ()  # all of it before anything is saved


def test_a_claim_without_deadline_says_so(window, seeded_ledger):
    claim = next(c for c in seeded_ledger.reader.claims(limit=100) if c.deadline_latest is None)
    window.select_row(row_of_quote(window.model, claim.quote[:40]))
    dialog = window.open_outcome_dialog()
    _choose(dialog, "fulfilled")
    dialog.date_edit.setText("2021-08-01")
    assert "no deadline" in dialog.timing_label.text()
    assert dialog.record_button.isEnabled()


def test_the_calendar_fills_the_whole_date(window):
    from PySide6.QtCore import QDate

    dialog = _dialog(window)
    dialog.date_edit.setText("2026-01-01")
    dialog.date_edit.calendar.clicked.emit(QDate(2021, 8, 30))
    assert dialog.date_edit.text() == "2021-08-30"


def test_the_dialog_only_collects_the_input_and_the_window_writes_it(window, seeded_ledger, qtbot):
    """One write path: the dialog has no ledger; Record hands the status and arguments over, and
    only the window's run_write records them and pushes the undo command."""
    dialog = _dialog(window)
    assert not hasattr(dialog, "_ledger")
    got = []
    dialog.submitted.connect(lambda status, params: got.append((status, params)))
    _choose(dialog, "fulfilled")
    dialog.date_edit.setText("2021-08-30")
    dialog.note_edit.setPlainText("done")
    depth = window.claim_actions.undo_stack.count()
    with qtbot.waitSignal(dialog.finished, timeout=5000):  # written, then it closes
        dialog.accept()
    ((status, params),) = got
    assert status == "fulfilled" and params["observed_on"] == date(2021, 8, 30) and params["note"] == "done"
    (event,) = seeded_ledger.reader.claim(dialog.claim.id).history
    assert (event.status, event.note) == ("fulfilled", "done")
    assert window.claim_actions.undo_stack.count() == depth + 1
