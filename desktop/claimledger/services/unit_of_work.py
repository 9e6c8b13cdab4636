"""The unit of work every part of the ledger shares: the open database (its engine and the
single writer), one transaction per use case (``read()``/``write()``), the clock (``today()``,
pinned by tests) and the author of what is recorded. The parts (services/*.py) receive it in
their constructors; none of them opens a session or a connection of its own.
"""
from __future__ import annotations

import getpass
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, NotSupportedError, ProgrammingError

from claimledger.services.errors import StorageError
from claimledger.store import changes, ledger_files, meta
from claimledger.store.engine import ledger_files_of, sqlite_path, writer


def default_author() -> str:
    """$CLAIMLEDGER_AUTHOR, else the login name."""
    if os.environ.get("CLAIMLEDGER_AUTHOR", "").strip():
        return os.environ["CLAIMLEDGER_AUTHOR"].strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): still record something honest
        return os.environ.get("USER", "") or "unknown"


LOST_CONNECTION = ("connection refused", "server closed the connection", "terminating connection",
                   "connection failed", "could not connect", "connection timeout expired", "consuming input failed",
                   "the connection is closed", "the database system is starting up", "the database system is shutting down")


@contextmanager
def database_errors() -> Iterator[None]:
    """Storage failures become one-line StorageErrors in words (never a traceback); errors about
    the data itself (a unique key, a bad value) stay what they are for the use case to handle."""
    try:
        yield
    except (IntegrityError, DataError, ProgrammingError, NotSupportedError):
        raise
    except DBAPIError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise StorageError("the database is busy in another program; try again in a moment") from None
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise StorageError("the database file is damaged; restore a backup (claimledger restore FILE)") from None
        if "disk is full" in text or "no space" in text:
            raise StorageError("the disk is full; nothing was saved — free some space and try again") from None
        if "readonly" in text or "read-only" in text:
            raise StorageError("the database is read-only; nothing was saved") from None
        if exc.connection_invalidated or any(w in text for w in LOST_CONNECTION):
            # a database server restarted, stopped or out of reach: the pool opens a new connection
            # (pre-ping) on the next call, so trying again once it is back is all it takes
            raise StorageError("the database server cannot be reached (it may be restarting, or the network is "
                               "down); nothing was saved or read — try again in a moment") from None
        detail = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
        raise StorageError(f"the ledger could not be read or written ({detail}); try again, or reopen it") from None


class UnitOfWork:
    """Transactions, clock and author over one engine (shared by all the ledger's parts)."""

    def __init__(self, engine: Engine, *, author: str | None = None, today=None):
        self.engine = engine
        self.writer = writer(engine)
        self.author = author or default_author()
        self._today = today  # tests pin "today" (a date, or a callable giving one); None means the real date
        # while live updates run (services/changes.py): told the change-log ids each write made,
        # (after, upto], so that the ledger's own writes are not reported back to it
        self.own_writes: Callable[..., None] | None = None

    def today(self) -> date:
        return self._today() if callable(self._today) else (self._today or date.today())

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """The SQLite file's path, else the URL (password hidden)."""
        path = sqlite_path(str(self.engine.url))
        return str(path) if path else self.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        with database_errors():
            with self._transaction(self.engine) as conn:
                yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or none of it. It is confirmed (returns)
        only if the ledger's files are still the ones it wrote to (store.ledger_files)."""
        with database_errors():
            own, span = self.own_writes, None
            try:
                with self._transaction(self.writer, write=True) as conn:
                    before = changes.last_change_id(conn) if own is not None else None
                    yield conn
                    if before is not None and (upto := changes.last_change_id(conn)) > before:
                        span = (before, upto)
                        own(*span)  # before the commit: the feed may read the log right after it
            except BaseException:
                if span is not None:
                    own(*span, cancel=True)  # not committed: a later write may take these ids
                raise

    @contextmanager
    def _transaction(self, engine: Engine, *, write: bool = False) -> Iterator[Connection]:
        """A connection in a transaction. On a SQLite file whose -wal/-shm were replaced under
        this process (its locks lost), the stale connections are closed and new ones opened
        *before* anything runs; after a write commits, the files must be the same still."""
        deadline = None
        while True:
            conn = engine.connect()
            try:
                tx = conn.begin()
                break
            except ledger_files.StaleLedgerFiles as exc:
                conn.close()  # closed for good at check-in: its files are not the ledger's any more
                files = ledger_files_of(self.engine)
                files.dispose_all() if files is not None else self.engine.dispose()
                deadline = deadline or time.monotonic() + ledger_files.STALE_WAIT_S
                if time.monotonic() > deadline:  # other connections of this process still on the old files
                    raise StorageError(f"{exc}; nothing was {'saved' if write else 'read'} — reopen the ledger") from None
                time.sleep(0.01)
            except BaseException:
                conn.close()
                raise
        try:
            with tx:
                yield conn
            files = ledger_files_of(self.engine)
            if write and files is not None and not files.usable(conn.info):
                raise StorageError("the ledger's files were replaced by another program while this was being saved; "
                                   "it may not have been saved — reopen the ledger and check")
        finally:
            conn.close()

    # -- metadata -------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        """A value of the ledger's ``meta`` table (its own read transaction)."""
        with self.read() as conn:
            return meta.get_meta(conn, key=key)

    @staticmethod
    def set_meta(conn: Connection, key: str, value: str) -> None:
        """Set a ``meta`` value inside the caller's write transaction."""
        meta.set_meta(conn, key=key, value=value)
