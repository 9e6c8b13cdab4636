"""Engine pragmas, migrations (every revision upgrades to head, a backup first), hostile files."""
import random
import subprocess
import sys
import sqlite3
from datetime import date

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from claimledger.services import Ledger, LedgerError
from claimledger.store import migrate
from claimledger.store.engine import make_engine, resolve_url
from helpers import SEED
from helpers.migrations import revisions as _revisions

SEED_TEXT = SEED.read_bytes()


@pytest.mark.sqlite_only("pragmas")
def test_sqlite_pragmas(tmp_path):
    engine = make_engine(resolve_url(tmp_path / "p.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_resolve_url_prefers_flag_then_env(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).endswith("env.db")
    assert resolve_url(tmp_path / "flag.db").endswith("flag.db")
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("CLAIMLEDGER_DB")
    assert resolve_url(None).endswith("claimledger/claimledger.db")


def test_new_database_is_at_head_without_backup(tmp_path, new_db):
    ledger = Ledger.open(new_db("n"))
    assert migrate.current_revision(ledger.engine) == migrate.head_revision()
    assert ledger.backup_path is None
    assert not list(tmp_path.glob("*.bak"))


def test_the_head_constant_is_alembics_head_and_a_current_ledger_opens_without_alembic(new_db):
    assert migrate.HEAD == migrate.head_revision()  # a new migration must move HEAD too
    path = new_db("h")
    Ledger.open(path).close()
    code = ("import sys; from claimledger.services import Ledger; "
            f"Ledger.open({str(path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("revision", _revisions())
def test_every_revision_upgrades_to_head_keeping_data(new_db, revision):
    path = new_db(f"r{revision}")
    engine = make_engine(resolve_url(path))
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO article (title, published_on, text, sha256, imported_at, origin) "
                          "VALUES ('t', '2021-07-06', 'It will rain.', 'abc', '2021-07-06 00:00:00', 'x')"))
    engine.dispose()
    ledger = Ledger.open(path)
    assert migrate.current_revision(ledger.engine) == migrate.head_revision()
    assert [a.title for a in ledger.reader.list_articles()] == ["t"]
    script = ScriptDirectory.from_config(migrate.alembic_config())
    if ledger.dialect == "sqlite" and migrate.sqlite_noop(script, revision, migrate.head_revision()):
        assert ledger.backup_path is None  # only PostgreSQL-only revisions to go: no copy
    elif revision != migrate.head_revision() and ledger.dialect == "sqlite":  # PostgreSQL: the server's backups
        assert ledger.backup_path is not None and ledger.backup_path.exists()
        with sqlite3.connect(ledger.backup_path) as b:
            assert b.execute("SELECT count(*) FROM article").fetchone()[0] == 1


def test_postgres_only_revisions_need_no_sqlite_copy():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.sqlite_noop(script, "0002", "0003")  # 0003 changes PostgreSQL only
    assert not migrate.sqlite_noop(script, "0002", "0004")  # 0004 adds a table everywhere
    assert not migrate.sqlite_noop(script, "0001", "0003")
    assert not migrate.sqlite_noop(script, "0003", "0003")
    assert migrate.sqlite_noop(script, "0008", "0009")  # 0009: accent folding on PostgreSQL
    assert not migrate.sqlite_noop(script, "0009", "0010")  # 0010: the article's author, everywhere


@pytest.mark.sqlite_only("file backups")
def test_opening_a_file_through_a_postgres_only_revision_copies_nothing(tmp_path, monkeypatch):
    path = tmp_path / "p.db"
    engine = make_engine(resolve_url(path))
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()
    monkeypatch.setattr(migrate, "head_revision", lambda: "0003")  # as when 0003 was the newest
    engine = make_engine(resolve_url(path))
    assert migrate.upgrade(engine) is None
    assert migrate.current_revision(engine) == "0003"
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.sqlite_only("file backups")
def test_backup_copy_is_complete(tmp_path):
    ledger = Ledger.open(tmp_path / "b.db")
    ledger.importer.import_bytes(b" date 2021-07-06 The army will withdraw by May.", origin="a.txt")
    copy = migrate.backup_sqlite(tmp_path / "b.db", "test")
    with sqlite3.connect(copy) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM article").fetchone()[0] == 1


@pytest.mark.sqlite_only("files")
@pytest.mark.parametrize("content", [b"hello, I am not a database", b"\x00" * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_non_database_file_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(LedgerError) as exc:
        Ledger.open(path)
    assert str(path) in str(exc.value) or "database" in str(exc.value)
    assert "\n" not in str(exc.value)
    assert path.read_bytes() == content


def _real_database(path):
    """A checkpointed, vacuumed ledger file (every page in use) with the seed and an outcome."""
    ledger = Ledger.open(path, today=date(2021, 9, 1))
    ledger.importer.import_bytes(SEED_TEXT, origin="seed.txt")
    ledger.outcomes.record_outcome(ledger.reader.claims(limit=1)[0].id, "fulfilled", observed_on="2021-08-30", note="done")
    ledger.close()
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("VACUUM")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()  # the last connection: the WAL is folded in and removed
    assert not path.with_name(path.name + "-wal").exists()
    return path.read_bytes()


def _refused_untouched(path, content):
    with pytest.raises(LedgerError) as exc:
        Ledger.open(path)
    message = str(exc.value)
    assert str(path) in message and "\n" not in message
    assert path.read_bytes() == content
    return message


@pytest.mark.sqlite_only("files")
@pytest.mark.parametrize("keep", ["50 bytes", "header", "first page", "half", "all but the last page", "all but 1 byte"])
def test_truncated_database_refused_and_untouched(tmp_path, keep):
    path = tmp_path / "cut.db"
    whole = _real_database(path)
    page = int.from_bytes(whole[16:18], "big")
    n = {"50 bytes": 50, "header": 100, "first page": page, "half": len(whole) // 2,
         "all but the last page": len(whole) - page, "all but 1 byte": len(whole) - 1}[keep]
    path.write_bytes(whole[:n])
    message = _refused_untouched(path, whole[:n])
    assert "damaged" in message or "not a Claim Ledger database" in message


@pytest.mark.sqlite_only("files")
@pytest.mark.parametrize("where", ["page 1 after the header", "page 2", "a middle page", "the last page"])
def test_garbage_pages_refused_and_untouched(tmp_path, where):
    path = tmp_path / "garbage.db"
    whole = _real_database(path)
    page = int.from_bytes(whole[16:18], "big")
    pages = len(whole) // page
    start = {"page 1 after the header": 100, "page 2": page, "a middle page": (pages // 2) * page,
             "the last page": (pages - 1) * page}[where]
    end = (start // page + 1) * page
    noise = random.Random(where).randbytes(end - start)
    damaged = whole[:start] + noise + whole[end:]
    path.write_bytes(damaged)
    message = _refused_untouched(path, damaged)
    assert "damaged" in message or "not a Claim Ledger database" in message


@pytest.mark.sqlite_only("files")
def test_other_programs_database_refused_and_untouched(tmp_path):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as c:  # rollback journal, as most programs leave it
        c.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        c.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    c.close()
    content = path.read_bytes()
    assert "other tables: moz_places" in _refused_untouched(path, content)


@pytest.mark.sqlite_only("files")
def test_healthy_database_with_unusual_path_opens(tmp_path):
    path = tmp_path / "a #1 ?50%.db"
    _real_database(path)
    ledger = Ledger.open(path)
    assert ledger.reader.count_claims() >= 2
    ledger.close()


def test_database_from_newer_app_refused(new_db):
    path = new_db("new")
    ledger = Ledger.open(path)
    with ledger.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    ledger.close()
    with pytest.raises(LedgerError, match="newer Claim Ledger"):
        Ledger.open(path)
