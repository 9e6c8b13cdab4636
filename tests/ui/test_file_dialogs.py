"""Issue 12 with a real QFileDialog: the app's file dialogs browse the ledger's folder while the
window has the ledger open, and nothing the window confirms afterwards is lost.

Qt's stock dialog sniffs every file it lists (open + close), which drops all of the process's
POSIX locks on the ledger (2 → 0 within ~20 ms of showing the folder); then the command line
beside the window deletes -wal/-shm at its close and the window's next save goes into a
deleted file. The app's dialogs (ui/file_dialogs.py) must leave SQLite's locks whole; the
store's lock guard must keep the ledger safe even if something else drops them."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from claimledger.store import ledger_files
from ui_helpers import fill_outcome, open_window, written

pytestmark = [pytest.mark.sqlite_only("SQLite files and their POSIX locks"),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks; Linux")]

CLI = Path(sys.executable).with_name("claimledger")
SHOWN_S = 0.6  # the stock dialog drops the locks ~20 ms after it shows the folder


def own_locks(ledger) -> int:
    return ledger_files.registered(ledger.location).report()["posix_locks"]


def browse_and_cancel(qtbot, folder: Path, open_dialog) -> dict:
    """Run ``open_dialog()`` (a modal file dialog of the app); once it shows, go to ``folder``,
    let it list and type the files for SHOWN_S, note what it showed, cancel it."""
    seen: dict = {}

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, poke)
            return
        dialog.setDirectory(str(folder))
        end = time.monotonic() + SHOWN_S
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)
        seen["native"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog) is False
        seen["directory"] = dialog.directory().absolutePath()
        dialog.reject()

    QTimer.singleShot(0, poke)
    open_dialog()
    assert seen, "no file dialog was shown"
    return seen


def _open_ledger(w):
    w.menus.open_database_dialog()


def _import(w):
    w.importer.choose_files()


def _export(w):
    d = w.open_export_dialog()
    d.choose_file()
    d.close()


def _pdf(w):
    d = w.open_export_dialog()
    d.choose_pdf()
    d.close()


@pytest.mark.parametrize("open_dialog", [_open_ledger, _import, _export, _pdf], ids=["open-ledger", "import",
                                                                                      "export", "pdf"])
def test_a_file_dialog_on_the_ledgers_folder_keeps_the_locks(qtbot, seeded_ledger, settings, open_dialog):
    w = open_window(qtbot, seeded_ledger, settings)
    folder = Path(seeded_ledger.location).parent
    # SQLite's SHARED lock on the database, the -shm dead-man switch (and, for a moment, a third
    # while a background read of the window runs: CI once counted it)
    qtbot.waitUntil(lambda: own_locks(seeded_ledger) == 2, timeout=5000)
    seen = browse_and_cancel(qtbot, folder, lambda: open_dialog(w))
    assert seen["directory"] == str(folder) and not seen["native"]
    try:
        qtbot.waitUntil(lambda: own_locks(seeded_ledger) == 2, timeout=5000)
    except AssertionError:
        raise AssertionError(f"the file dialog dropped the window's locks on the ledger: {own_locks(seeded_ledger)}")


def _seen_by(db: Path, event_id: int) -> bool:
    code = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
            "print(c.execute('SELECT count(*) FROM outcome_event WHERE id = ?', (int(sys.argv[2]),)).fetchone()[0])\n"
            "c.close()\n")
    out = subprocess.run([sys.executable, "-c", code, str(db), str(event_id)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip() == "1"


@pytest.mark.slow
def test_after_browsing_the_command_line_beside_the_window_loses_nothing(qtbot, seeded_ledger, settings, tmp_path):
    """The issue's sequence in the window: browse the folder, the command line lists the claims,
    the window records an outcome (confirmed); another program sees it, now and in the files a
    SIGKILL would leave."""
    w = open_window(qtbot, seeded_ledger, settings)
    db = Path(seeded_ledger.location)
    browse_and_cancel(qtbot, db.parent, lambda: _open_ledger(w))
    r = subprocess.run([str(CLI), "--db", str(db), "claims"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr

    w.select_row(0)
    dialog = w.open_outcome_dialog()
    fill_outcome(dialog)
    dialog.note_edit.setPlainText("recorded after the file dialog")
    claim_id = dialog.claim.id
    dialog.buttons.accepted.emit()
    written(qtbot, w)  # confirmed: the window's write is done and announced
    history = seeded_ledger.reader.claim(claim_id).history
    assert history, dialog.error_label.text()
    event_id = history[-1].id
    assert "Outcome recorded" in w.statusBar().currentMessage()

    assert _seen_by(db, event_id), "another program does not see the outcome the window confirmed"
    # what a SIGKILL of the window would leave: the files as they are on disk (copied by another
    # process: a copy made here would open and close them, and drop this process's locks)
    image = tmp_path / "after-kill"
    image.mkdir()
    files = [str(p) for p in (db, Path(f"{db}-wal")) if p.exists()]
    subprocess.run(["cp", *files, str(image)], check=True)
    assert _seen_by(image / db.name, event_id), "the confirmed outcome is not in the files a kill would leave"
