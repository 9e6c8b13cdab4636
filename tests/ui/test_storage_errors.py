"""A storage error in the window is never silent (issue 12): failed background reads show in the
status bar and in a bar above the table with Retry/Reopen/Check; a failed save keeps what the
analyst typed and offers to retry or reopen; File ▸ Check ledger reports in words."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from claimledger.services import StorageError
from ui_helpers import fill_outcome, open_window, written

DISK = StorageError("the ledger could not be read or written (disk I/O error); try again, or reopen it")


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings)


def _fail(*_a, **_k):
    raise DISK


def test_a_failed_background_read_is_shown_and_retry_clears_it(window, seeded_ledger, monkeypatch, qtbot):
    monkeypatch.setattr(seeded_ledger.reader, "counts", _fail)
    window.refresh()
    window.wait_idle()
    banner = window.storage.banner
    assert banner.isVisible()
    assert "disk I/O error" in banner.label.text() and "could not be read" in banner.label.text()
    assert "Could not read the ledger" in window.statusBar().currentMessage()
    monkeypatch.undo()
    banner.retry_button.click()
    window.wait_idle()
    assert not banner.isVisible()
    assert "claims" in window.counts_label.text()


def test_a_failed_page_of_the_table_is_shown(window, seeded_ledger, monkeypatch, qtbot):
    monkeypatch.setattr(seeded_ledger.reader, "claims", _fail)
    window.model.refresh()
    window.model.index(0, 0).data()  # the view asks for a row: its page cannot be read
    qtbot.waitUntil(window.storage.banner.isVisible, timeout=3000)
    assert "claims table" in window.storage.banner.label.text()


def test_a_failed_save_keeps_the_input_and_retry_saves_it(window, seeded_ledger, monkeypatch, qtbot):
    window.select_row(0)
    dialog = window.open_outcome_dialog()
    fill_outcome(dialog)
    dialog.note_edit.setPlainText("kept across the failure")
    real = seeded_ledger.outcomes.record_outcome
    monkeypatch.setattr(seeded_ledger.outcomes, "record_outcome", _fail)
    claim_id = dialog.claim.id
    dialog.buttons.accepted.emit()
    written(qtbot, window)
    assert dialog.isVisible() and seeded_ledger.reader.claim(claim_id).history == ()  # still open, nothing lost
    assert dialog.note_edit.toPlainText() == "kept across the failure"
    assert "Not saved" in dialog.error_label.text()
    assert "Not saved" in window.statusBar().currentMessage()
    box = window.storage.write_box
    assert box is not None and box.isVisible() and "was not saved" in box.text()
    assert "What you entered is kept" in box.informativeText()
    labels = [b.text().replace("&", "") for b in box.buttons()]
    assert "Retry" in labels and "Reopen ledger and retry" in labels
    monkeypatch.setattr(seeded_ledger.outcomes, "record_outcome", real)
    retry = next(b for b in box.buttons() if b.text().replace("&", "") == "Retry")
    retry.click()
    qtbot.waitUntil(lambda: seeded_ledger.reader.claim(claim_id).history != (), timeout=3000)
    written(qtbot, window)
    events = seeded_ledger.reader.claim(claim_id).history
    assert any(e.note == "kept across the failure" for e in events)
    assert "Outcome recorded" in window.statusBar().currentMessage()


def test_reopen_and_retry_reopens_the_ledger(window, seeded_ledger, monkeypatch, qtbot):
    claim = window.current_claim()
    calls = []
    real_reopen = seeded_ledger.reopen
    monkeypatch.setattr(seeded_ledger, "reopen", lambda: (calls.append("reopen"), real_reopen()))
    real = seeded_ledger.outcomes.update_claim
    monkeypatch.setattr(seeded_ledger.outcomes, "update_claim", _fail)
    window.claim_actions.write(claim, {"summary": "typed before the failure"})
    written(qtbot, window)
    box = window.storage.write_box
    assert box is not None
    monkeypatch.setattr(seeded_ledger.outcomes, "update_claim", real)
    next(b for b in box.buttons() if "Reopen" in b.text().replace("&", "")).click()
    qtbot.waitUntil(lambda: seeded_ledger.reader.claim(claim.id).row.summary == "typed before the failure", timeout=3000)
    assert calls == ["reopen"]


def test_check_ledger_reports_in_words(window, qtbot):
    window.menus.check_action.trigger()
    qtbot.waitUntil(lambda: window.storage.check_box is not None, timeout=5000)
    box = window.storage.check_box
    assert "The ledger is in order" in box.text()
    assert "page-by-page check found no damage" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Information
    box.close()


def test_check_ledger_names_a_problem_and_offers_to_reopen(window, seeded_ledger, qtbot, monkeypatch):
    from claimledger.store import health

    monkeypatch.setattr(health, "file_system_type", lambda path: "cifs")
    window.check_ledger()
    qtbot.waitUntil(lambda: window.storage.check_box is not None, timeout=5000)
    box = window.storage.check_box
    assert "1 problem" in box.text()
    assert "network drive (cifs)" in box.informativeText() and "local disk" in box.informativeText()
    assert any("Reopen" in b.text().replace("&", "") for b in box.buttons())
    box.close()


def test_start_up_check_speaks_up_only_about_problems(qtbot, seeded_ledger, settings, monkeypatch):
    """The start-up self-check: a ledger whose -wal went missing is reported in a dialog."""
    w = open_window(qtbot, seeded_ledger, settings)
    assert w.storage.check_box is None  # a healthy ledger: nothing pops up
    assert w.storage.last_check is not None and w.storage.last_check.ok

    real = seeded_ledger.health.check_storage
    shm = Path(f"{seeded_ledger.location}-shm")

    def check_after_removal(**kw):
        os.unlink(shm) if shm.exists() else None
        report = real(**kw)
        report.problems.append("x.db-shm is missing although this program has the ledger open")
        return report

    monkeypatch.setattr(seeded_ledger.health, "check_storage", check_after_removal)
    w.storage.check(integrity=None, startup=True)
    qtbot.waitUntil(lambda: w.storage.check_box is not None, timeout=5000)
    assert "is missing" in w.storage.check_box.informativeText()
    w.storage.check_box.close()
