"""Issue 12, the pieces: the lock guard, the fail-safe before and after a transaction, the app's
own code refusing to open the ledger's files, storage errors in words, the storage check."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from claimledger.cli import main
from claimledger.services import InputError, Ledger, StorageError
from claimledger.services import unit_of_work
from claimledger.store import ledger_files
from helpers import SEED

LINUX = sys.platform.startswith("linux")

pytestmark = pytest.mark.sqlite_only("SQLite files and their locks")


@pytest.fixture
def led(tmp_path):
    ledger = Ledger.open(tmp_path / "l.db", today=date(2021, 9, 1))
    ledger.importer.import_file(SEED)
    yield ledger
    ledger.close()


def drop_locks(db: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        os.close(os.open(db + suffix, os.O_RDONLY))


def other_process(db: Path, sql: str) -> str:
    """Run ``sql`` in another process (its own connection, closed at the end: the last one, if
    this process's locks are gone) and return the first column of the first row."""
    code = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "r = c.execute(sys.argv[2]).fetchone()\nprint(r[0] if r else '')\nc.close()\n")
    out = subprocess.run([sys.executable, "-c", code, str(db), sql], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def events_seen_elsewhere(db: Path) -> int:
    return int(other_process(db, "SELECT count(*) FROM outcome_event"))


# -- the guard --------------------------------------------------------------------------------------
@pytest.mark.skipif(not LINUX, reason="open-file-description locks: Linux")
def test_the_guard_keeps_the_ledger_locked_when_its_files_are_closed(led):
    db = led.location
    state = ledger_files.registered(db).report()
    assert state["guard"] == "held" and state["posix_locks"] == 2
    drop_locks(db)
    assert ledger_files.registered(db).report()["locks_dropped"]
    other_process(Path(db), "SELECT count(*) FROM claim")  # would be the last connection: checkpoint, delete
    assert Path(db + "-wal").exists() and Path(db + "-shm").exists()
    r = led.outcomes.record_outcome(1, "fulfilled", observed_on=date(2021, 8, 30))
    assert other_process(Path(db), f"SELECT count(*) FROM outcome_event WHERE id = {r.event_id}") == "1"


@pytest.mark.skipif(not LINUX, reason="open-file-description locks: Linux")
def test_closing_the_ledger_still_cleans_up_and_releases_the_guard(tmp_path):
    db = tmp_path / "c.db"
    ledger = Ledger.open(db)
    ledger.importer.import_file(SEED)
    assert Path(f"{db}-wal").exists()
    ledger.close()
    assert not Path(f"{db}-wal").exists()  # the last connection checkpointed and removed it, as before
    assert ledger_files.registered(db) is None
    with open("/proc/locks") as fh:
        assert f" {os.stat(db).st_ino} " not in fh.read().replace(":", " ")


def test_another_program_reads_and_writes_beside_the_guard(led):
    """The guard's read locks are what a reader holds: another program's writes go through."""
    db = Path(led.location)
    other_process(db, "UPDATE claim SET summary = 'from the other program' WHERE id = 1")
    assert led.reader.claim(1).row.summary == "from the other program"
    led.outcomes.record_outcome(1, "stalled", observed_on=date(2021, 8, 1))
    assert events_seen_elsewhere(db) == 1


def test_a_second_open_of_the_same_ledger_does_not_read_its_file_raw(led):
    """``Ledger.open`` checks a file's header by reading it, unless this process has it open
    already: closing that read would drop the open ledger's locks."""
    again = Ledger.open(led.location)
    try:
        assert again.reader.count_claims() == led.reader.count_claims()
        report = ledger_files.registered(led.location).report()
        assert report["guard"] == "held"
        if LINUX:
            assert not report["locks_dropped"]
    finally:
        again.close()
    assert ledger_files.registered(led.location).report()["guard"] == "held"  # the first one still has it


def test_an_entry_whose_file_is_gone_is_not_given_to_a_new_file_with_its_inode(tmp_path):
    """File systems reuse inode numbers: the state of a deleted ledger (an engine left unclosed)
    must not be handed to a new file that got its number."""
    new = tmp_path / "new.db"
    new.write_bytes(b"")
    st = os.stat(new)
    key = (st.st_dev, st.st_ino)
    ghost = ledger_files.LedgerFiles(path=str(tmp_path / "deleted.db"), key=key, engines=1)
    ledger_files._REGISTRY[key] = ghost
    try:
        files = ledger_files.attach(new)
        assert files is not ghost and files.path == str(new)
        assert ledger_files.registered(new) is files
        ledger_files.detach(files, lambda: None)
    finally:
        ledger_files._REGISTRY.pop(key, None)


def test_an_engine_collected_while_the_registry_is_in_use_does_not_hang_its_thread(tmp_path):
    """The collector may finalise an unclosed engine anywhere, also inside a registry section of the
    same thread (seen: a test stuck 300 s in ``detach`` until its timeout): it lets go of the file
    once that section ends, and never waits for the lock its own thread holds."""
    import threading

    class Owner:
        pass

    db = tmp_path / "collected.db"
    db.write_bytes(b"")
    files = ledger_files.attach(db)
    owner = Owner()
    fin = ledger_files.finalizer(owner, files)
    done = threading.Event()

    def collect_inside_a_section():
        with ledger_files._REGISTRY_LOCK:
            fin()  # what the collector does when it finds the owner gone
        done.set()

    worker = threading.Thread(target=collect_inside_a_section, daemon=True)
    worker.start()
    worker.join(5)
    assert done.is_set(), "the thread waits for the registry lock it holds itself"
    assert ledger_files.registered(db) is None  # let go as the section ended


# -- the fail-safe ------------------------------------------------------------------------------------
def replace_wal_and_shm(db: Path) -> None:
    """What another program does when it believes it is the last connection: the -wal is folded
    into the database and removed with the -shm; then a new connection makes new ones."""
    other_process(db, "PRAGMA wal_checkpoint(FULL)")
    os.unlink(f"{db}-wal")
    os.unlink(f"{db}-shm")
    other_process(db, "SELECT count(*) FROM claim")
    other_process(db, "PRAGMA user_version")


@pytest.mark.parametrize("guard", [True, False], ids=["with-guard", "without-guard"])
def test_a_replaced_wal_is_noticed_before_anything_is_written(led, monkeypatch, guard):
    db = Path(led.location)
    led.outcomes.record_outcome(1, "in_progress", observed_on=date(2021, 8, 1))
    if not guard:
        monkeypatch.setattr(ledger_files.LedgerFiles, "take_guard", lambda self: None)
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]); "
                               "c.execute('select 1 from claim').fetchone(); print('ok', flush=True); "
                               "sys.stdin.read()", str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:  # a program beside that keeps the new -wal/-shm open
        replace_wal_and_shm(db)
        assert holder.stdout.readline().strip() == "ok"
        r = led.outcomes.record_outcome(1, "fulfilled", observed_on=date(2021, 8, 30))
        assert other_process(db, f"SELECT count(*) FROM outcome_event WHERE id = {r.event_id}") == "1"
        assert led.reader.claim(1).row.status == "fulfilled"
    finally:
        holder.communicate("", timeout=30)


def test_without_the_fail_safe_that_write_would_be_lost(led, monkeypatch):
    """The test above can fail: with the check switched off the outcome goes into the deleted -wal."""
    db = Path(led.location)
    monkeypatch.setattr(ledger_files.LedgerFiles, "usable", lambda self, info: True)
    led.outcomes.record_outcome(1, "in_progress", observed_on=date(2021, 8, 1))
    replace_wal_and_shm(db)
    r = led.outcomes.record_outcome(1, "fulfilled", observed_on=date(2021, 8, 30))
    assert other_process(db, f"SELECT count(*) FROM outcome_event WHERE id = {r.event_id}") == "0"


def test_files_replaced_while_a_write_commits_is_not_confirmed(led):
    db = Path(led.location)
    with pytest.raises(StorageError, match="may not have been saved"):
        with led.uow.write() as conn:
            conn.exec_driver_sql("UPDATE claim SET summary = 'lost?' WHERE id = 1")
            os.rename(f"{db}-wal", f"{db}-wal.old")  # someone replaces it under the transaction
            Path(f"{db}-wal").write_bytes(b"")
    os.unlink(f"{db}-wal")
    os.rename(f"{db}-wal.old", f"{db}-wal")


# -- the app's own code never opens the ledger's files --------------------------------------------
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_importing_the_ledgers_own_files_is_refused(led, suffix):
    with pytest.raises(InputError, match="open in this program"):
        led.importer.import_file(led.location + suffix)


def test_a_hard_link_to_the_ledger_is_recognised(led, tmp_path):
    link = tmp_path / "article.txt"
    os.link(led.location, link)
    with pytest.raises(InputError, match="the ledger"):
        led.importer.import_file(link)


def test_backup_restore_and_json_import_refuse_the_ledgers_files(led, tmp_path):
    with pytest.raises(InputError):
        led.backup.backup(led.location + "-wal")
    with pytest.raises(InputError):
        led.backup.restore(led.location)
    with pytest.raises(InputError):
        led.dump.import_json_file(led.location + "-shm")
    assert led.backup.backup(tmp_path / "copy.db").exists()  # a new file in the same folder is fine


def test_export_onto_the_ledger_is_refused_by_the_command_line(tmp_path, capsys):
    db = tmp_path / "e.db"
    assert main(["--db", str(db), "import", str(SEED)]) == 0
    assert main(["--db", str(db), "export", "-o", str(db)]) == 2
    err = capsys.readouterr().err
    assert "is the ledger database itself" in err and err.count("\n") == 1
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM claim").fetchone()[0] > 0
    c.close()
    assert not any(p.name.startswith(".e.db.") for p in tmp_path.iterdir())  # no half-written export left


# -- storage errors in words ------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, words", [
    ("disk I/O error", "could not be read or written (disk I/O error)"),
    ("database is locked", "busy in another program"),
    ("database disk image is malformed", "damaged"),
    ("locking protocol", "could not be read or written (locking protocol)"),
])
def test_storage_failures_become_storage_errors_in_words(raw, words):
    with pytest.raises(StorageError, match=words.replace("(", r"\(").replace(")", r"\)")):
        with unit_of_work.database_errors():
            raise OperationalError("SELECT 1", {}, sqlite3.OperationalError(raw))


# -- the storage check --------------------------------------------------------------------------------------
def test_storage_check_of_a_healthy_ledger(led):
    report = led.health.check_storage(integrity=True)
    assert report.ok and not report.problems, report.text()
    text = report.text()
    assert "page-by-page check found no damage" in text and "write-ahead log" in text


def test_storage_check_says_when_the_wal_was_removed(led):
    """A clean-up tool removes the -wal: the next read notices and opens the files again (the
    fail-safe); the check says what happened and what may be missing."""
    other_process(Path(led.location), "PRAGMA wal_checkpoint(FULL)")
    os.unlink(led.location + "-wal")
    report = led.health.check_storage(integrity=False)
    assert any("write-ahead log" in w and "removed" in w and "check them" in w for w in report.warnings), report.text()
    assert Path(led.location + "-wal").exists()  # in use again


def test_storage_check_warns_about_network_drives_and_synced_folders(tmp_path, monkeypatch):
    from claimledger.store import health

    folder = tmp_path / "Dropbox" / "work"
    folder.mkdir(parents=True)
    ledger = Ledger.open(folder / "s.db")
    try:
        monkeypatch.setattr(health, "file_system_type", lambda path: "nfs4")
        report = ledger.health.check_storage(integrity=False)
    finally:
        ledger.close()
    assert any("network drive (nfs4)" in p for p in report.problems), report.text()
    assert any("synchronised by Dropbox" in w for w in report.warnings), report.text()


def test_the_check_command(tmp_path, capsys):
    db = tmp_path / "k.db"
    assert main(["--db", str(db), "import", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 0
    assert "The ledger is in order" in capsys.readouterr().out
