"""Engine factory: a SQLite path or any SQLAlchemy URL, with the pragmas reliability needs."""
from __future__ import annotations

import os
import random
import time
import weakref
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from claimledger.store import ledger_files

ENV_VAR = "CLAIMLEDGER_DB"
BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 10
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
PG_WRITE_LOCK = 0x436C61696D57524C  # advisory lock key ("ClaimWRL"): the ledger's one-writer-at-a-time lock


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("claimledger", appauthor=False) / "claimledger.db"


def resolve_url(db: str | os.PathLike | None) -> str:
    """``db`` (flag), else $CLAIMLEDGER_DB, else the user data directory; paths become sqlite URLs."""
    db = db or os.environ.get(ENV_VAR) or default_database_path()
    text = os.fspath(db)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for in-memory or other backends)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


class HintingSQLiteCompiler(SQLiteCompiler):
    """SQLAlchemy's SQLite compiler drops table hints; this one renders
    ``with_hint(table, "INDEXED BY ix", "sqlite")`` as SQLite's own INDEXED BY clause
    (store/search.py pins the index of a few plans SQLite's planner gets wrong)."""

    def get_from_hint_text(self, table, text):
        return text


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url``; a SQLite file's engine keeps its locks and checks its files
    (store/ledger_files.py, issue 12)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            u,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            poolclass=NullPool if path is None else None,
        )
        # the ledger's own engines render table hints; SQLAlchemy's class is left as it is
        engine.dialect.statement_compiler = HintingSQLiteCompiler
        _configure_sqlite(engine, path)
        return engine
    connect_args = {}
    if u.get_backend_name() == "postgresql" and u.get_driver_name() in ("psycopg", "psycopg2"):
        # an unreachable server is an error after a few seconds, not a frozen window; the server's
        # activity view shows who is connected
        connect_args = {k: v for k, v in (("connect_timeout", PG_CONNECT_TIMEOUT_S), ("application_name", "claimledger"))
                        if k not in u.query}
    engine = create_engine(u, echo=echo, pool_pre_ping=True, connect_args=connect_args)
    if u.get_backend_name() == "postgresql":
        _configure_postgres(engine)
    return engine


_FILES: "weakref.WeakKeyDictionary[Engine, ledger_files.LedgerFiles]" = weakref.WeakKeyDictionary()


def ledger_files_of(engine: Engine) -> "ledger_files.LedgerFiles | None":
    """The watched files of a SQLite file engine (None before its first connection, or not SQLite)."""
    return _FILES.get(engine)


_FINALIZERS: "weakref.WeakKeyDictionary[Engine, weakref.finalize]" = weakref.WeakKeyDictionary()


def close_engine(engine: Engine) -> None:
    """Close the engine's connections; a SQLite file's guard is let go as its last user leaves."""
    finalizer = _FINALIZERS.pop(engine, None)
    if finalizer is not None:
        finalizer.detach()
    files = _FILES.get(engine)
    if files is None:
        engine.dispose()
        return
    ledger_files.detach(files, engine.dispose)  # its connections' close events still reach ``files``
    _FILES.pop(engine, None)


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN is the one
    # used (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
    # Write transactions take the write lock up front (BEGIN IMMEDIATE): a deferred transaction
    # that later upgrades to a writer fails with "database is locked" without waiting.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]  # reads the header: -wal/-shm open now
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()
        if path is None:
            return
        files = _FILES.get(engine)
        if files is None:
            files = ledger_files.attach(path)
            if files is None:
                return
            _FILES[engine] = files
            _FINALIZERS[engine] = ledger_files.finalizer(engine, files)
            files.add_engine(engine)
        record.info["cl_pool"] = id(engine.pool)
        files.connected(record.info, wal=str(mode).lower() == "wal")

    @event.listens_for(engine, "close")
    def _on_close(_dbapi_conn, record):
        files = _FILES.get(engine)
        if files is not None:
            files.closed(record.info)

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn, record):
        """A connection opened on files since replaced, or returned to a pool already disposed, is
        closed now rather than kept: while it is open, new connections of this process would share
        SQLite's per-process state of the old files."""
        files = _FILES.get(engine)
        if files is None or record.dbapi_connection is None:
            return
        if (record.info.get("cl_gen") != files.generation or not record.info.get("cl_clean", True)
                or record.info.get("cl_pool") != id(engine.pool)):
            record.invalidate()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get("claimledger_write", False):
            _begin_immediate(conn)
        else:
            conn.exec_driver_sql("BEGIN")
        files = _FILES.get(engine)
        if files is not None and not files.usable(conn.info):
            conn.exec_driver_sql("ROLLBACK")
            raise ledger_files.StaleLedgerFiles(f"{path}: its -wal/-shm were replaced while this program had them open")


def _begin_immediate(conn) -> None:
    """BEGIN IMMEDIATE, waiting up to the busy timeout for another writer, fairly.

    SQLite's own busy handler sleeps ever longer between tries (up to 100 ms), so a process
    committing one transaction after another re-takes the lock in the short moment between
    them while the others sleep. Measured with three processes recording outcomes flat out into
    one file (tests/reliability/kill_harness.py --writers 3): the longest wait of one writer
    between two saves was 1.0-1.5 s with SQLite's handler, 0.13-0.18 s trying again every
    0.2-2 ms (random, so that waiters do not move in step). Past the busy timeout the caller
    still gets "database is locked" (a LedgerError saying the database is busy)."""
    try:
        conn.exec_driver_sql("PRAGMA busy_timeout = 0")
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                busy = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
                if not busy or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(0.0002, 0.002))
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _configure_postgres(engine: Engine) -> None:
    """Write transactions take the ledger's write lock first (a transaction-scoped advisory
    lock), so that writers run one after another as they do on SQLite, and readers never wait.

    Under READ COMMITTED, two use cases that read and then write (edit with a version check,
    record an outcome and refresh the cached status, import an article unless its text is
    already there, find-or-create a speaker) otherwise interleave: the loser of a save race was
    shown its own stale values instead of the winner's, an earlier outcome committed second
    overwrote the cached status of a later one, and two imports of one article or one new
    speaker failed with a unique-key violation. Writes in this app are short (milliseconds; a
    bulk chunk about a second), so a team loses nothing noticeable by taking turns. The wait is
    bounded like SQLite's busy timeout and then reported as "database is locked"."""

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if not conn.get_execution_options().get("claimledger_write", False):
            return
        try:
            conn.exec_driver_sql(
                f"DO $$ BEGIN SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}; PERFORM pg_advisory_xact_lock({PG_WRITE_LOCK}); "
                "SET LOCAL lock_timeout = DEFAULT; END $$")
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != "55P03":  # lock_not_available
                raise
            raise OperationalError(
                "pg_advisory_xact_lock", None,
                _Locked(f"database is locked: another writer held it for over {BUSY_TIMEOUT_MS // 1000} s"),
            ) from None


    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _no_nul(conn, cursor, statement, parameters, context, executemany):
        return statement, _without_nul(parameters)


class _Locked(Exception):
    pass


def _without_nul(params):
    """PostgreSQL text cannot hold U+0000 (SQLite can; an article decoded from UTF-16, a JSON dump
    may carry one): it is stored as U+FFFD, one character for one, so that claim offsets into an
    article's text still hold."""
    if isinstance(params, dict):
        for v in params.values():
            if v.__class__ is str and "\x00" in v:
                return {k: (v.replace("\x00", "\ufffd") if v.__class__ is str else v) for k, v in params.items()}
        return params
    if isinstance(params, (list, tuple)) and params:
        if isinstance(params[0], (dict, list, tuple)):  # executemany
            return type(params)(_without_nul(p) for p in params)
        for v in params:
            if v.__class__ is str and "\x00" in v:
                return type(params)((v.replace("\x00", "\ufffd") if v.__class__ is str else v) for v in params)
    return params


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions announce a write: BEGIN IMMEDIATE on SQLite, the
    ledger's write lock on PostgreSQL. Either way one writer at a time; readers never wait."""
    return engine.execution_options(claimledger_write=True)
