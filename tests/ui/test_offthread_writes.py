"""The window's writes run off the GUI thread (issue 15): one at a time, in the order the analyst
made them; the selection moves on at once and the write catches up; the undo command enters the
stack only after the write succeeded; undo and redo go the same way; closing the window waits for
the writes asked for."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from claimledger.services import StorageError
from ui_helpers import fill_outcome, open_window, rows, written


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings, active=True)


@pytest.fixture
def gate(seeded_ledger, monkeypatch):
    """``update_claim`` waits for ``release`` (set it to let the writes through); ``calls``: for
    each, (claim id, changes, whether it ran on the main thread)."""
    release, calls = threading.Event(), []
    real = seeded_ledger.outcomes.update_claim

    def gated(claim_id, changes, **kw):
        calls.append((claim_id, dict(changes), threading.current_thread() is threading.main_thread()))
        assert release.wait(10), "the test never released the write"
        return real(claim_id, changes, **kw)

    monkeypatch.setattr(seeded_ledger.outcomes, "update_claim", gated)
    yield release, calls
    release.set()


def _queue(window) -> list[int]:
    window.menus.review_queue_action.trigger()
    assert window.claim_actions.in_review_queue()
    ids = [c.id for c in rows(window.model)]
    window.select_row(1)
    window.table.setFocus()
    return ids


def test_review_keys_write_off_the_gui_thread_in_the_order_pressed(window, seeded_ledger, qtbot, gate):
    release, calls = gate
    queue = _queue(window)
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    assert window.current_claim().id == queue[2]  # the selection moved on at once
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    assert window.current_claim().id == queue[3]
    qtbot.waitUntil(lambda: len(calls) == 1)
    qtbot.wait(50)  # the window answers events while the write waits
    assert window.claim_actions.pending()
    assert window.claim_actions.undo_stack.count() == 0  # pushed only once written
    assert seeded_ledger.reader.claim(queue[1]).row.review == "suggested"
    release.set()
    written(qtbot, window)
    assert [(c[0], c[1]["review"]) for c in calls] == [(queue[1], "accepted"), (queue[2], "rejected")]
    assert not any(on_main for *_c, on_main in calls)
    assert seeded_ledger.reader.claim(queue[1]).row.review == "accepted"
    assert seeded_ledger.reader.claim(queue[2]).row.review == "rejected"
    assert window.claim_actions.undo_stack.count() == 2
    assert window.current_claim().id == queue[3]  # still the claim the analyst went on to
    assert [c.id for c in rows(window.model)][:2] == [queue[0], queue[3]]


def test_undo_right_after_a_key_undoes_that_write_off_the_gui_thread(window, seeded_ledger, qtbot, gate):
    release, calls = gate
    queue = _queue(window)
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    window.menus.undo_action.trigger()  # before the acceptance is written: it waits for it
    qtbot.waitUntil(lambda: len(calls) == 1)
    release.set()
    written(qtbot, window)
    assert [(c[0], c[1]["review"]) for c in calls] == [(queue[1], "accepted"), (queue[1], "suggested")]
    assert not any(on_main for *_c, on_main in calls)
    assert seeded_ledger.reader.claim(queue[1]).row.review == "suggested"
    stack = window.claim_actions.undo_stack
    assert (stack.count(), stack.index()) == (1, 0)
    window.menus.redo_action.trigger()
    written(qtbot, window)
    assert seeded_ledger.reader.claim(queue[1]).row.review == "accepted" and stack.index() == 1
    assert len(calls) == 3 and not calls[2][2]


def test_a_failed_outcome_keeps_the_dialog_and_pushes_nothing(window, seeded_ledger, qtbot, monkeypatch):
    window.select_row(0)
    claim_id = window.current_claim().id
    threads = []

    def broken(*_a, **_kw):
        threads.append(threading.current_thread() is threading.main_thread())
        raise StorageError("the disk is full")

    monkeypatch.setattr(seeded_ledger.outcomes, "record_outcome", broken)
    monkeypatch.setattr(window.storage, "write_failed", lambda exc, **kw: threads.append(("shown", str(exc))))
    dialog = window.open_outcome_dialog()
    fill_outcome(dialog)
    dialog.accept()
    assert dialog.saving and not dialog.record_button.isEnabled()
    dialog.reject()  # closing waits for the write
    assert dialog.isVisible()
    written(qtbot, window)
    assert threads == [False, ("shown", "the disk is full")]
    assert dialog.isVisible() and not dialog.saving and dialog.record_button.isEnabled()
    assert "the disk is full" in dialog.error_label.text()
    assert window.claim_actions.undo_stack.count() == 0
    assert seeded_ledger.reader.claim(claim_id).history == ()


def test_closing_the_window_waits_for_the_writes_asked_for(window, seeded_ledger, qtbot, gate):
    release, calls = gate
    queue = _queue(window)
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    QTimer.singleShot(300, release.set)  # the writes are slow: the window waits for them
    window.close()
    assert not window.claim_actions.pending()
    assert [seeded_ledger.reader.claim(i).row.review for i in queue[1:3]] == ["accepted", "accepted"]
