"""Starting the GUI: no display, a bad database, the first run importing the seed article."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimledger.services import ClaimFilter, Ledger
from claimledger.ui import app as gui_app


def test_no_display_is_one_clear_line(monkeypatch, capsys, tmp_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(gui_app.sys, "platform", "linux")
    assert gui_app.run(str(tmp_path / "x.db")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["claimledger: no display available; set DISPLAY or run a CLI command, e.g. claimledger claims"]
    assert not (tmp_path / "x.db").exists()


def test_has_display():
    assert gui_app.has_display({"DISPLAY": ":0"}, "linux")
    assert gui_app.has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert gui_app.has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not gui_app.has_display({}, "linux")
    assert gui_app.has_display({}, "win32") and gui_app.has_display({}, "darwin")


def test_bad_database_is_reported_not_a_crash(qapp, tmp_path, capsys):
    bogus = tmp_path / "not-a-db.db"
    bogus.write_bytes(b"this is not SQLite at all\n" * 100)
    assert gui_app.run(str(bogus)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("claimledger: ")


FIRST_RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from claimledger.ui import app

import time
started = time.monotonic()

def close():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and hasattr(w, "model"):
            # the sample article imports in the background, after the first paint
            if (w.importer.is_running() or w.model.rowCount() == 0) and time.monotonic() - started < 30:
                QTimer.singleShot(100, close)
                return
            print("WINDOW", w.windowTitle(), w.model.rowCount(), sep="|")
            w.close()

qapp = app.make_app()
QTimer.singleShot(300, close)
sys.exit(app.run(sys.argv[1]))
"""


@pytest.mark.slow
def test_first_run_imports_the_seed_and_shows_the_window(tmp_path):
    """In a child process: app.exec() and quitting leave nothing behind in the test's QApplication."""
    db = tmp_path / "first.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("CLAIMLEDGER_SEEDS", None)
    done = subprocess.run([sys.executable, "-c", FIRST_RUN, str(db)], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    windows = [line.split("|") for line in done.stdout.splitlines() if line.startswith("WINDOW|")]
    ledger = Ledger.open(db)
    try:
        n = ledger.reader.count_claims(ClaimFilter())
        assert n > 0
        assert windows == [["WINDOW", "Claim Ledger", str(n)]]
        assert any("Taliban" in a.title for a in ledger.reader.list_articles())
        assert ledger.importer.import_seeds_once() == []  # once per database, ever
    finally:
        ledger.close()


OPEN_FILES = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from claimledger.ui import app

def close():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and hasattr(w, "importer"):
            if w.importer.is_running():
                QTimer.singleShot(100, close)
                return
            w.wait_idle()
            print("ICON", not w.windowIcon().isNull(), QApplication.desktopFileName(), sep="|")
            print("ROWS", w.model.rowCount(), sep="|")
            w.close()

qapp = app.make_app()
QTimer.singleShot(300, close)
sys.exit(app.run(sys.argv[1], sys.argv[2:]))
"""


@pytest.mark.slow
def test_files_on_the_command_line_are_imported_in_the_background(tmp_path):
    from ui_helpers import generated_article

    article = tmp_path / "given.txt"
    article.write_bytes(generated_article(3, 4))
    db = tmp_path / "open.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               CLAIMLEDGER_SEEDS=str(tmp_path / "no-seeds"))
    done = subprocess.run([sys.executable, "-c", OPEN_FILES, str(db), str(article)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ICON|True|io.github.claimledger.ClaimLedger" in done.stdout
    assert "ROWS|4" in done.stdout
    ledger = Ledger.open(db)
    try:
        assert [a.origin for a in ledger.reader.list_articles()] == ["given.txt"]
    finally:
        ledger.close()
