"""Bring a database to the current schema; copy a SQLite file aside before changing it.

Alembic is imported only when a database is not at :data:`HEAD` (a new or older ledger): opening
a current one reads its version with one query, and the window's first paint does not wait for
Alembic's import and its reading of every migration file (~0.15 s).
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from claimledger.store import ledger_files
from claimledger.store.tables import metadata as our_tables
from claimledger.store.backup import connect_read_only, copy_sqlite
from claimledger.store.engine import sqlite_path, writer

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024  # about 0.1 s of PRAGMA quick_check
MIGRATION_LOCK = 0x436C61696D4C6467  # PostgreSQL advisory lock key ("ClaimLdg"): one migrator at a time


# The newest migration (migrations/versions): a test checks it against Alembic's own head, so a new
# migration that forgets it fails the suite.
HEAD = "0013"

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message says what to do."""


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _at_head(engine: Engine) -> bool:
    """Whether the database's recorded version is :data:`HEAD` (one query; False when it has no
    version table or cannot be read: the full path then says why)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]
    except Exception:  # no such table, a file that is no database, an unreachable server
        return False


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy Claim Ledger database before anything writes to it
    (it stays untouched: only read, and read-only). A new or empty file passes.

    Checked: the SQLite magic; the header (page size, and that the file is as long as the
    header says: a copy cut short fails here); that SQLite can read its schema; that it is not
    some other program's database; and, for files up to QUICK_CHECK_MAX_BYTES, ``PRAGMA
    quick_check`` over every page (a bigger file would cost seconds at each start; its damage is
    found when the pages are read)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if ledger_files.registered(path) is not None:
        return  # open in this process already (checked then); a raw read would drop its locks (issue 12)
    size = path.stat().st_size
    with open(path, "rb") as fh:
        header = fh.read(100)
    if header[:16] != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a Claim Ledger database (not an SQLite file); choose another file")
    if len(header) < 100:
        raise _damaged(path, f"only {size} bytes, cut short")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path, "invalid header")
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size > 32):  # a WAL with frames holds the newest pages
        pages = int.from_bytes(header[28:32], "big")
        header_size_valid = header[24:28] == header[92:96] and pages > 0
        if size % page_size or (header_size_valid and size < pages * page_size):
            expected = f" of {pages * page_size}" if header_size_valid else ""
            raise _damaged(path, f"cut short: {size}{expected} bytes")
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return  # cannot even open it read-only (permissions ...): the normal open reports why
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        if size <= QUICK_CHECK_MAX_BYTES:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                raise _damaged(path, "; ".join(" ".join(p.split()) for p in problems))
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR",
                            "SQLITE_PERM", "SQLITE_AUTH")):
            return  # not about the file's contents; the normal open reports (or waits) as it does
        if name == "SQLITE_NOTADB":
            raise DatabaseError(f"{path} is not a Claim Ledger database (not a readable SQLite file); "
                                "choose another file") from None
        raise _damaged(path, _first_line(exc)) from None
    finally:
        conn.close()
    ours = set(our_tables.tables) | {"alembic_version"}
    foreign = sorted(t for t in tables if t not in ours and not t.startswith(("sqlite_", "claim_fts")))
    if foreign and "alembic_version" not in tables:
        shown = ", ".join(foreign[:4]) + (" ..." if len(foreign) > 4 else "")
        raise DatabaseError(f"{path} is not a Claim Ledger database (it holds other tables: {shown}); "
                            "choose another file")


def _damaged(path: Path, detail: str) -> DatabaseError:
    return DatabaseError(f"{path} is damaged ({detail}); restore a backup copy (*.bak next to it) "
                         "or choose another file")


def backup_sqlite(path: Path, label: str) -> Path:
    """A consistent copy of the live database next to it (SQLite online backup API)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}.bak")
        n += 1
    # no integrity check of the copy: opening a large ledger must stay quick, and the source
    # passed its own check before the upgrade
    copy_sqlite(path, target, verify=False)
    return target


def sqlite_noop(script: "ScriptDirectory", current: str, head: str) -> bool:
    """Whether every revision from ``current`` to ``head`` leaves a SQLite file as it is (the
    module says ``SQLITE_NOOP = True``, as PostgreSQL-only revisions do): then there is nothing to
    copy aside, and a million-claim ledger opens without writing a second gigabyte next to it."""
    pending = list(script.iterate_revisions(head, current))
    return bool(pending) and all(getattr(rev.module, "SQLITE_NOOP", False) for rev in pending)


def upgrade(engine: Engine) -> Path | None:
    """Upgrade to head. Returns the backup made first, if any (none for a new database)."""
    if _at_head(engine):
        return None
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

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
    if current is not None and path is not None and not sqlite_noop(script, current, head):
        backup = backup_sqlite(path, f"before-{head}")
    cfg = alembic_config()
    # One migrator at a time: two people opening the same new or old database at once must not
    # both create tables. SQLite: the write lock taken up front (BEGIN IMMEDIATE, waiting up to
    # the busy timeout); PostgreSQL: an advisory lock held until this transaction ends. Under
    # the lock the version is read again; whoever came second finds the work done.
    with writer(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        if MigrationContext.configure(conn).get_current_revision() == head:
            return backup
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, head)
    return backup


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
