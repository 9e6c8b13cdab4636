"""Bring a database to the current schema; copy a SQLite file aside before changing it."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from claimledger.store.engine import sqlite_path

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message says what to do."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches it (it stays untouched)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        magic = fh.read(16)
    if magic != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a Claim Ledger database (not an SQLite file); choose another file")


def backup_sqlite(path: Path, label: str) -> Path:
    """A consistent copy of the live database next to it (SQLite online backup API)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}.bak")
        n += 1
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine) -> Path | None:
    """Upgrade to head. Returns the backup made first, if any (none for a new database)."""
    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    try:
        current = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    except Exception as exc:  # corrupt file, unreachable server, wrong credentials
        raise DatabaseError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {_first_line(exc)}") from exc
    if current == head:
        return None
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseError(
            f"database schema {current} was written by a newer Claim Ledger; update the app to open it"
        )
    if current is None and has_tables and "claim" in inspect(engine).get_table_names():
        raise DatabaseError("database has Claim Ledger tables but no schema version; restore it from a backup")
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None:
        backup = backup_sqlite(path, f"before-{head}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
