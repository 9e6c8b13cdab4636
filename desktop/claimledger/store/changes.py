"""The change log (migration 0011) and how a program learns that another one wrote to the ledger.

Triggers write one ``change_log`` row per changed claim, article or speaker, in the writer's own
transaction (any writer: this app, another copy of it, psql, sqlite3). A reader keeps the last
id it saw and reads what came after it (``changes_after``). Ids are handed out in commit order
(one writer at a time: SQLite's write lock; on PostgreSQL the triggers take the ledger's write
lock first), so "after the last id I saw" misses nothing.

What says *when* to read:
- SQLite: ``PRAGMA data_version`` on a connection of its own (``SqliteWatcher``): it changes when
  any other connection, of this process or another, commits to the file. Polled every 0.5 s.
- PostgreSQL: the triggers ``pg_notify('claimledger_changes')`` (delivered at commit); a
  connection of its own LISTENs (``PgListener``).

The bulk loader mutes the triggers inside its own transaction (``mute``/``unmute``) and logs one
row per article (``log_articles``): a million log rows would cost as much as the claims.

The caller owns the transaction of the query functions; the watchers own their connection.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Connection, Engine, delete, func, select

from claimledger.store import tables

CL = tables.change_log
MUTE = tables.change_log_mute
CHANNEL = "claimledger_changes"
SQLITE_POLL_S = 0.5  # how often a SQLite watcher asks whether the file changed
PG_KEEPALIVE_S = 30.0  # an idle listener checks its connection this often (a silently dead network)


# -- the log ------------------------------------------------------------------------------------
def last_change_id(conn: Connection) -> int:
    """The newest log row's id (0: none yet). Plain SQL: it runs twice in every write while a
    window listens (services/unit_of_work.py), and the statement layer's own overhead was most
    of its cost."""
    return conn.exec_driver_sql("SELECT max(id) FROM change_log").scalar() or 0


def changes_after(conn: Connection, *, after: int, limit: int) -> tuple[Sequence, bool]:
    """Up to ``limit`` log rows (id, kind, row_id) after id ``after``, oldest first, and whether
    rows right after ``after`` are gone (pruned, or the ledger was restored from an older copy:
    what changed is not known)."""
    rows = conn.execute(select(CL.c.id, CL.c.kind, CL.c.row_id).where(CL.c.id > after)
                        .order_by(CL.c.id).limit(limit)).all()
    first, last = conn.execute(select(func.min(CL.c.id), func.max(CL.c.id))).one()
    missed = (first is not None and first > after + 1 and after > 0) or (last or 0) < after
    return rows, missed


def prune(conn: Connection, *, keep_rows: int, before: datetime) -> int:
    """Delete log rows older than ``before``, always keeping the newest ``keep_rows``."""
    newest = last_change_id(conn)
    if newest <= keep_rows:
        return 0
    return conn.execute(delete(CL).where(CL.c.id <= newest - keep_rows, CL.c.at < before)).rowcount


def log_size(conn: Connection) -> int:
    """How many rows the log spans (ids from the oldest to the newest)."""
    first, last = conn.execute(select(func.min(CL.c.id), func.max(CL.c.id))).one()
    return 0 if first is None else last - first + 1


# -- the bulk loader's own logging ----------------------------------------------------------
def mute(conn: Connection) -> None:
    """Stop the log triggers for the rest of this transaction (until ``unmute``)."""
    conn.execute(MUTE.insert().values(id=1))


def unmute(conn: Connection) -> None:
    """Before the transaction commits: no other transaction ever sees the mute."""
    conn.execute(delete(MUTE))


def log_articles(conn: Connection, *, article_ids: Iterable[int]) -> None:
    """One ``article`` row each (the claims added under them: "read this article's claims
    again"), and on PostgreSQL the notification the muted triggers did not send."""
    rows = [dict(kind="article", row_id=i) for i in article_ids]
    if not rows:
        return
    conn.execute(CL.insert(), rows)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_notify('{CHANNEL}', '')")


# -- watchers: when to read the log -----------------------------------------------------------
class SqliteWatcher:
    """``wait`` returns True once another connection committed to the file (``PRAGMA
    data_version`` on a connection held for the purpose)."""

    def __init__(self, engine: Engine, *, interval: float = SQLITE_POLL_S):
        self.engine = engine
        self.interval = interval
        self._conn = None
        self._version = None

    def open(self) -> None:
        self._conn = self.engine.connect()
        self._version = self._data_version()

    def _data_version(self) -> int:
        with self._conn.begin():
            return self._conn.exec_driver_sql("PRAGMA data_version").scalar()

    def wait(self, timeout: float, stop: threading.Event) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0 or stop.wait(min(self.interval, left)):
                return False

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken: nothing to give back
                pass


class PgListener:
    """``wait`` returns True once a notification of ``CHANNEL`` arrived (LISTEN on a connection
    of its own, taken out of the engine's pool: same server, same credentials)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._raw = None
        self._pg = None
        self._quiet_since = 0.0

    def open(self) -> None:
        raw = self.engine.raw_connection()
        pg = raw.driver_connection
        raw.detach()  # ours for good: never handed to anybody else, closed by ``close``
        self._raw = raw
        pg.rollback()
        pg.autocommit = True
        pg.execute(f"LISTEN {CHANNEL}")
        self._pg = pg
        self._quiet_since = time.monotonic()

    def wait(self, timeout: float, stop: threading.Event) -> bool:
        for _ in self._pg.notifies(timeout=timeout, stop_after=1):
            self._quiet_since = time.monotonic()
            return True
        if time.monotonic() - self._quiet_since > PG_KEEPALIVE_S:
            self._pg.execute("SELECT 1")  # raises if the connection died without a word
            self._quiet_since = time.monotonic()
        return False

    def close(self) -> None:
        raw, self._raw, self._pg = self._raw, None, None
        if raw is not None:
            try:
                raw.close()
            except Exception:
                pass


def watcher(engine: Engine) -> SqliteWatcher | PgListener:
    """The watcher for the engine's database (not yet opened)."""
    return PgListener(engine) if engine.dialect.name == "postgresql" else SqliteWatcher(engine)
