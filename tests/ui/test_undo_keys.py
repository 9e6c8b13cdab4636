"""Undo and Redo by their standard keys (issue 14): each sequence bound once (no "Ambiguous
shortcut overload"), Ctrl+Y as well as the platform's Redo, and Ctrl+Z right after an outcome is
recorded, wherever the focus was when the dialog opened."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from claimledger.ui.undo import standard_keys
from ui_helpers import fill_outcome, open_window, row_of_quote, written

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings, active=True)


def _keys(seqs) -> list[str]:
    return [s.toString() for s in seqs]


def test_standard_sequences_each_once_even_where_the_platform_has_them_already():
    x11 = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")]}  # Linux desktops' Redo
    keys = standard_keys(QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
                         bindings=lambda k: x11[k])
    assert _keys(keys) == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_the_actions_carry_the_platforms_standard_keys(window):
    undo, redo = window.menus.undo_action, window.menus.redo_action
    assert _keys(undo.shortcuts()) == _keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo_keys = _keys(redo.shortcuts())
    platform_redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert platform_redo, "the platform names at least one redo key"
    for seq in platform_redo:
        assert seq.toString() in redo_keys
    assert "Ctrl+Y" in redo_keys and "Ctrl+Shift+Z" in redo_keys
    assert len(redo_keys) == len(set(redo_keys)) and len(undo.shortcuts()) == len(set(_keys(undo.shortcuts())))
    for a in (undo, redo):
        assert a.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


@pytest.mark.parametrize("redo_key", [(Qt.Key.Key_Z, CTRL_SHIFT), (Qt.Key.Key_Y, CTRL)])
def test_undo_and_redo_by_key_without_ambiguity(window, seeded_ledger, qtbot, qtlog, redo_key):
    window.select_row(0)
    claim_id = window.current_claim().id
    window.menus.accept_action.trigger()
    written(qtbot, window)
    assert seeded_ledger.reader.claim(claim_id).row.review == "accepted"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(claim_id).row.review == "suggested"
    qtbot.keyClick(window.table, *redo_key)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(claim_id).row.review == "accepted"
    assert not [r.message for r in qtlog.records if "mbiguous" in r.message]


def _record_through_the_dialog(window, qtbot, words: str = "withdraw all foreign troops"):
    window.menus.record_action.trigger()
    dialog = window.outcome_dialog
    assert dialog.isVisible()
    fill_outcome(dialog, "fulfilled", "2021-08-30")
    with qtbot.waitSignal(dialog.finished, timeout=5000):  # written, then it closes
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.parametrize("focus", ["search box", "article text", "table"])
def test_ctrl_z_right_after_recording_an_outcome_wherever_the_focus_was(window, seeded_ledger, qtbot, focus):
    window.select_row(row_of_quote(window.model, "withdraw all foreign troops"))
    claim_id = window.current_claim().id
    widget = {"search box": window.filter_bar.search_edit, "article text": window.article_pane.editor,
              "table": window.table}[focus]
    widget.setFocus()
    if focus == "search box":
        qtbot.keyClicks(widget, "x")  # something of its own to undo
        widget.clear()
        window.wait_idle()
        window.select_row(row_of_quote(window.model, "withdraw all foreign troops"))
        widget.setFocus()
    _record_through_the_dialog(window, qtbot)
    assert [e.status for e in seeded_ledger.reader.claim(claim_id).history] == ["fulfilled"]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    written(qtbot, window)
    assert [e.status for e in seeded_ledger.reader.claim(claim_id).history] == ["fulfilled", "pending"]
    assert window.current_claim().status == "pending"
