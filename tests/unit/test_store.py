"""Engine pragmas, migrations (every revision upgrades to head, a backup first), hostile files."""
import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from claimledger.services import Ledger, LedgerError
from claimledger.store import migrate
from claimledger.store.engine import make_engine, resolve_url


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


def test_new_database_is_at_head_without_backup(tmp_path):
    ledger = Ledger.open(tmp_path / "n.db")
    assert migrate.current_revision(ledger.engine) == migrate.head_revision()
    assert ledger.backup_path is None
    assert not list(tmp_path.glob("*.bak"))


def _revisions():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions())
def test_every_revision_upgrades_to_head_keeping_data(tmp_path, revision):
    path = tmp_path / f"r{revision}.db"
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
    assert [a.title for a in ledger.list_articles()] == ["t"]
    if revision != migrate.head_revision():
        assert ledger.backup_path is not None and ledger.backup_path.exists()
        with sqlite3.connect(ledger.backup_path) as b:
            assert b.execute("SELECT count(*) FROM article").fetchone()[0] == 1


def test_backup_copy_is_complete(tmp_path):
    ledger = Ledger.open(tmp_path / "b.db")
    ledger.import_bytes(b" date 2021-07-06 The army will withdraw by May.", origin="a.txt")
    copy = migrate.backup_sqlite(tmp_path / "b.db", "test")
    with sqlite3.connect(copy) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM article").fetchone()[0] == 1


@pytest.mark.parametrize("content", [b"hello, I am not a database", b"\x00" * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_non_database_file_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(LedgerError) as exc:
        Ledger.open(path)
    assert str(path) in str(exc.value) or "database" in str(exc.value)
    assert "\n" not in str(exc.value)
    assert path.read_bytes() == content


def test_database_from_newer_app_refused(tmp_path):
    path = tmp_path / "new.db"
    Ledger.open(path).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(LedgerError, match="newer Claim Ledger"):
        Ledger.open(path)
