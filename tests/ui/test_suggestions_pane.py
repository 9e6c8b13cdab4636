"""The Possible outcomes queue (issue 17): its count in the status bar, the passage highlighted in
the article pane, accept and dismiss through the window's write path, undo, and one claim's
possible outcomes in the claim details."""
from __future__ import annotations

import pytest

from ui_helpers import open_window, written

LATER = (" date 2021-08-31 The last U.S. troops left Afghanistan on August 30, ending America's longest war "
         "nearly two weeks before the deadline.\n\nThousands of Afghans crowded the airport.\n")


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    seeded_ledger.importer.import_bytes(LATER.encode(), origin="later.txt")
    w = open_window(qtbot, seeded_ledger, settings, active=True)
    qtbot.waitUntil(lambda: w.suggestions_pane.model.rowCount() > 0)
    return w


def _withdrawal_row(pane) -> int:
    rows = pane.model.rows
    return next(i for i, s in enumerate(rows) if "withdraw all foreign troops" in s.claim_quote)


def test_count_in_the_status_bar_opens_the_queue_and_the_passage_is_highlighted(qtbot, window):
    pane = window.suggestions_pane
    assert window.suggestions_button.isVisible()
    assert window.suggestions_button.text() == f"{pane.total} possible outcome{'s' if pane.total != 1 else ''}"
    window.suggestions_button.click()
    assert window.side_tabs.currentWidget() is pane
    pane.view.selectRow(_withdrawal_row(pane))
    s = pane.current()
    assert window.article_pane.article_id == s.article_id
    assert window.article_pane.selected_range() == (s.evidence_start, s.evidence_end)
    assert "left Afghanistan on August 30" in window.article_pane.highlighted_text()


def test_accept_records_the_outcome_and_undo_retracts_it(qtbot, window):
    pane, ledger = window.suggestions_pane, window.ledger
    window.show_suggestions()
    pane.view.selectRow(_withdrawal_row(pane))
    s = pane.current()
    before = pane.total
    pane.accept_button.click()
    written(qtbot, window)
    qtbot.waitUntil(lambda: pane.total == before - 1)
    detail = ledger.reader.claim(s.claim_id)
    assert detail.row.status == "fulfilled"
    assert ledger.suggestions.get(s.suggestion_id).state == "accepted"
    window.claim_actions.undo()
    written(qtbot, window)
    qtbot.waitUntil(lambda: pane.total == before)
    assert ledger.reader.claim(s.claim_id).row.status == "pending"
    assert ledger.suggestions.get(s.suggestion_id).state == "open"


def test_dismiss_is_remembered_and_undoable(qtbot, window):
    pane, ledger = window.suggestions_pane, window.ledger
    window.show_suggestions()
    pane.view.selectRow(0)
    s = pane.current()
    pane.dismiss_button.click()
    written(qtbot, window)
    qtbot.waitUntil(lambda: s.suggestion_id not in {r.suggestion_id for r in pane.model.rows})
    assert ledger.suggestions.get(s.suggestion_id).state == "dismissed"
    window.claim_actions.undo()
    written(qtbot, window)
    qtbot.waitUntil(lambda: s.suggestion_id in {r.suggestion_id for r in pane.model.rows})


def test_claim_details_list_the_claims_possible_outcomes(qtbot, window):
    pane = window.suggestions_pane
    claim_id = pane.model.rows[_withdrawal_row(pane)].claim_id
    assert window.show_claim(claim_id)
    label = window.detail_pane.suggestions_label
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "Possible outcomes" in label.text() and "fulfilled on 2021-08-30" in label.text()
    label.linkActivated.emit("review")
    assert window.side_tabs.currentWidget() is pane
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0 and {r.claim_id for r in pane.model.rows} == {claim_id})
