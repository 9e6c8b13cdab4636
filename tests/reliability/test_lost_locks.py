"""Issue 12: a confirmed save must never vanish when something in the app's process opens and
closes the ledger's files (a file dialog's mime sniffing, a thumbnailer, a drag-and-drop handler).

Closing any descriptor of a file drops every POSIX lock the process holds on it (SQLite, "How To
Corrupt Your Database Files", 2.2). Without a remedy the next program to close the ledger
believes it is the last one: it checkpoints and deletes -wal/-shm while the window still writes
into them, and the window's later confirmed saves go into a deleted file.

The sequence of the issue, without Qt: a process holding a ``Ledger`` (kill_harness.py ``hold``)
records an outcome, opens and closes the ledger's files, the command line lists the claims, the
first records a second outcome; a third process must see it while the first runs and after it
is SIGKILLed."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.scripts import KILL_HARNESS as HARNESS, kill_harness

CLI = Path(sys.executable).with_name("claimledger")

pytestmark = [pytest.mark.sqlite_only("POSIX locks on SQLite files"),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks; Linux"),
              pytest.mark.slow]  # the kill harness's --hold processes, SIGKILLed


class Window:
    """The window's stand-in: a process holding the ledger open, driven line by line."""

    def __init__(self, db: Path):
        self.proc = subprocess.Popen([sys.executable, str(HARNESS), "--hold", str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def ask(self, command: str) -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, f"the window process died: {self.proc.stderr.read()}"
        return json.loads(line)

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            f.close()


def seen_by_another_process(db: Path, event_id: int) -> bool:
    """A colleague's read (this test's process is a third one; it opens and closes its own connection)."""
    conn = sqlite3.connect(db, timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM outcome_event WHERE id = ?", (event_id,)).fetchone()[0] == 1
    finally:
        conn.close()


@pytest.fixture
def prepared(tmp_path):
    harness = kill_harness()
    db = tmp_path / "ledger.db"
    harness.prepare(db)  # the seed article imported, the ledger closed again
    return db


def run_sequence(db: Path, drop: str, colleague) -> tuple[dict, bool, bool]:
    window = Window(db)
    try:
        first = window.ask("record first")
        assert first["t"] == "e", first
        assert first["locks"] >= 2  # SQLite's shared lock on the database, the dead-man switch on -shm
        window.ask(f"drop {drop}")
        colleague()
        second = window.ask("record second")
        assert second["t"] == "e", second  # confirmed to the user
        live = seen_by_another_process(db, second["id"])
    finally:
        window.kill()
    after_kill = seen_by_another_process(db, second["id"])
    return second, live, after_kill


def test_dropped_locks_then_the_command_line_then_a_save_loses_nothing(prepared):
    """The issue's reproduction, with the real command line as the other program (~2 s)."""
    db = prepared

    def cli():
        r = subprocess.run([str(CLI), "--db", str(db), "claims"], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr

    second, live, after_kill = run_sequence(db, "db -wal -shm", cli)
    assert live, "the second confirmed outcome is not visible to another program while the window runs"
    assert after_kill, "the second confirmed outcome is gone after the window was killed"
    assert seen_by_another_process(db, second["id"] - 1)  # and the first, of course
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.close()


@pytest.mark.parametrize("drop", ["db", "-shm", "-wal"])
def test_closing_any_one_of_the_files_loses_nothing(prepared, drop):
    """Each file alone; the other program is a plain SQLite connection (as the command line opens it)."""
    db = prepared
    second, live, after_kill = run_sequence(db, drop, lambda: seen_by_another_process(db, 1))
    assert live and after_kill, (live, after_kill)


def test_the_window_keeps_its_locks_when_its_files_are_closed(prepared):
    """After the drop the ledger is still locked against a last-connection checkpoint: another
    program's close leaves -wal in place while the window has it open."""
    db = prepared
    window = Window(db)
    try:
        window.ask("record first")
        window.ask("drop")
        seen_by_another_process(db, 1)
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
    finally:
        window.kill()
