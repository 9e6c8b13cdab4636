"""Review keys act only where they are meant to (issue 14): bare A/R/E in the review queue, the
Claim menu's entries with modifier keys elsewhere; every shortcut of the window is bound once;
the table shows each claim's review state; after a review or an edit in the queue, the claim
that followed it in the queue is selected — never an unrelated one."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox

from claimledger.services import ClaimFilter
from claimledger.ui import claims_model as cm
from ui_helpers import open_window, rows, written

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings, active=True)


def _reviews(ledger, ids) -> dict[int, str]:
    return {i: ledger.reader.claim(i).row.review for i in ids}


def _queue(window) -> list[int]:
    return [c.id for c in rows(window.model)]


def test_bare_keys_outside_the_review_queue_change_nothing_and_say_where_they_work(window, seeded_ledger, qtbot):
    assert not window.claim_actions.in_review_queue()
    window.select_row(1)
    window.table.setFocus()
    ids = _queue(window)
    before = _reviews(seeded_ledger, ids)
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_U):
        qtbot.keyClick(window.table, key)
    assert _reviews(seeded_ledger, ids) == before
    assert "review queue" in window.statusBar().currentMessage()
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    assert window.claim_actions.editor is None  # no editor either
    message = window.statusBar().currentMessage()
    assert "review queue" in message and "Ctrl+Shift+E" in message
    assert window.claim_actions.undo_stack.count() == 0


def test_menu_entries_have_modifier_shortcuts_that_work_anywhere(window, seeded_ledger, qtbot):
    assert window.menus.accept_action.shortcut() == QKeySequence("Ctrl+Shift+A")
    assert window.menus.reject_action.shortcut() == QKeySequence("Ctrl+Shift+J")
    assert window.menus.edit_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    window.select_row(0)
    first = window.current_claim().id
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, CTRL_SHIFT)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(first).row.review == "accepted"
    second = window.current_claim().id
    assert second != first
    window.article_pane.editor.setFocus()  # elsewhere in the window, too
    qtbot.keyClick(window.article_pane.editor, Qt.Key.Key_J, CTRL_SHIFT)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(second).row.review == "rejected"


def _bindings(window) -> list[tuple[str, str]]:
    out = []
    for a in window.findChildren(QAction):
        for seq in a.shortcuts():
            out.append((seq.toString(), a.text().replace("&", "") or a.objectName()))
    for s in window.findChildren(QShortcut):
        for seq in s.keys():
            out.append((seq.toString(), f"QShortcut on {s.parent().objectName() or type(s.parent()).__name__}"))
    return out


def test_no_key_sequence_is_bound_twice(window):
    bindings = _bindings(window)
    assert any(k == "Ctrl+Shift+A" for k, _ in bindings) and any(k == "A" for k, _ in bindings)
    seen: dict[str, str] = {}
    twice = []
    for key, owner in bindings:
        if key in seen:
            twice.append(f"{key}: {seen[key]} and {owner}")
        seen.setdefault(key, owner)
    assert twice == []


def test_the_table_shows_each_claims_review_state(window, qtbot, seeded_ledger):
    assert not window.table.isColumnHidden(cm.COL_QUOTE)
    window.select_row(0)
    claim = window.current_claim()
    index = window.model.index(0, cm.COL_QUOTE)
    suggested_icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert suggested_icon is not None and not suggested_icon.isNull()
    assert "To review" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.model.index(0, cm.COL_REVIEW).data() == "To review"
    window.menus.accept_action.trigger()
    written(qtbot, window)
    row = window.model.row_of(claim.id, near=0)
    accepted = window.model.index(row, cm.COL_QUOTE)
    assert window.model.index(row, cm.COL_REVIEW).data() == "Accepted"
    assert accepted.data(Qt.ItemDataRole.DecorationRole).cacheKey() != suggested_icon.cacheKey()
    assert "Accepted" in accepted.data(Qt.ItemDataRole.ToolTipRole)
    assert accepted.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Accepted: ")

    seeded_ledger.outcomes.update_claim(claim.id, {"review": "rejected"})
    model = cm.ClaimsTableModel(seeded_ledger)  # rejected claims listed on purpose
    model.set_filter(ClaimFilter(reviews=frozenset({"rejected"})))
    assert model.rowCount() == 1
    quote = model.index(0, cm.COL_QUOTE)
    assert model.index(0, cm.COL_REVIEW).data() == "Rejected"
    assert quote.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert quote.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_after_each_review_key_the_next_claim_of_the_queue_is_selected(window, seeded_ledger, qtbot):
    window.menus.review_queue_action.trigger()
    assert window.claim_actions.in_review_queue()
    queue = _queue(window)
    assert len(queue) > 5
    window.select_row(1)
    window.table.setFocus()
    assert window.current_claim().id == queue[1]

    qtbot.keyClick(window.table, Qt.Key.Key_A)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(queue[1]).row.review == "accepted"
    assert window.current_claim().id == queue[2]

    qtbot.keyClick(window.table, Qt.Key.Key_R)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(queue[2]).row.review == "rejected"
    assert window.current_claim().id == queue[3]

    # E: an edit that moves the claim in the queue's order (its deadline) — saving accepts it, and
    # the claim that followed it is selected, not whatever now stands at its row
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    editor = window.claim_actions.editor
    assert editor is not None and editor.isVisible()
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Save and accept"
    editor.latest_edit.set_value(date(2030, 1, 1))
    editor.speaker_edit.setText("Zabihullah Mujahid")
    ok.click()
    written(qtbot, window)
    edited = seeded_ledger.reader.claim(queue[3]).row
    assert (edited.review, edited.deadline_latest) == ("accepted", date(2030, 1, 1))
    assert window.current_claim().id == queue[4]
    assert window.current_claim().review == "suggested"

    # the last claim of the queue: the one before it (still to review) is selected
    window.select_row(window.model.rowCount() - 1)
    last = window.current_claim().id
    before_last = window.model.claim_at(window.model.rowCount() - 2).id
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(last).row.review == "accepted"
    assert window.current_claim().id == before_last

    # undo brings each back to the queue, in turn
    for _ in range(4):
        window.menus.undo_action.trigger()
        written(qtbot, window)
    assert all(seeded_ledger.reader.claim(i).row.review == "suggested" for i in (queue[1], queue[2], queue[3], last))
    assert seeded_ledger.reader.claim(queue[3]).row.deadline_latest != date(2030, 1, 1)


def test_an_edit_outside_the_queue_keeps_the_edited_claim_selected(window, seeded_ledger):
    window.select_row(0)
    claim = window.current_claim()
    editor = window.claim_actions.edit_current()
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Ok).text() != "Save and accept"
    editor.latest_edit.set_value(date(2030, 1, 1))  # sorted by deadline: it moves to the end
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.current_claim().id == claim.id
    assert seeded_ledger.reader.claim(claim.id).row.review == claim.review  # an edit is not a review here
