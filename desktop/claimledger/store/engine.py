"""Engine factory: a SQLite path or any SQLAlchemy URL, with the pragmas reliability needs."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ENV_VAR = "CLAIMLEDGER_DB"
BUSY_TIMEOUT_MS = 10_000


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


def make_engine(url: str, *, echo: bool = False) -> Engine:
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
        _configure_sqlite(engine)
        return engine
    return create_engine(u, echo=echo, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN is the one
    # used (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
    # Write transactions take the write lock up front (BEGIN IMMEDIATE): a deferred transaction
    # that later upgrades to a writer fails with "database is locked" without waiting.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("claimledger_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions announce a write (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(claimledger_write=True)
