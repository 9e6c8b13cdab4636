"""The ledger: one open database and the use cases over it. Each public method is one
transaction; callers never see sessions or connections.

    ledger = Ledger.open("/tmp/a.db")        # migrates (after a backup copy) if needed
    ledger.import_file("article.txt")
    ledger.record_outcome(7, "fulfilled", observed_on=date(2021, 8, 30), evidence_url="https://...")
"""
from __future__ import annotations

import getpass
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, NotSupportedError, ProgrammingError

from claimledger.services.errors import LedgerError, StorageError
from claimledger.services.backup import BackupService
from claimledger.services.bulk import BulkService
from claimledger.services.dump import DumpService
from claimledger.services.export import ExportService
from claimledger.services.health import HealthService
from claimledger.services.importing import ImportService
from claimledger.services.outcomes import OutcomeService
from claimledger.services.reading import ReadService
from claimledger.services.stats import StatsService
from claimledger.services.workbench import WorkbenchService
from claimledger.store import ledger_files, meta, migrate
from claimledger.store.engine import close_engine, ledger_files_of, make_engine, resolve_url, sqlite_path, writer


def default_author() -> str:
    """$CLAIMLEDGER_AUTHOR, else the login name."""
    if os.environ.get("CLAIMLEDGER_AUTHOR", "").strip():
        return os.environ["CLAIMLEDGER_AUTHOR"].strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): still record something honest
        return os.environ.get("USER", "") or "unknown"


@contextmanager
def _database_errors() -> Iterator[None]:
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
        detail = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
        raise StorageError(f"the ledger could not be read or written ({detail}); try again, or reopen it") from None


class Ledger(ImportService, ReadService, OutcomeService, StatsService, ExportService, DumpService, BulkService,
             BackupService, WorkbenchService, HealthService):
    def __init__(self, engine: Engine, *, author: str | None = None, today=None):
        self.engine = engine
        self._writer = writer(engine)
        self.author = author or default_author()
        self._today = today  # tests pin "today"; None means the real date
        self.backup_path: Path | None = None

    @classmethod
    def open(cls, db: str | os.PathLike | None = None, **kwargs) -> "Ledger":
        """Open (creating if needed) and upgrade the database named by ``db``/$CLAIMLEDGER_DB."""
        url = resolve_url(db)
        path = sqlite_path(url)
        try:
            if path is not None:
                migrate.check_sqlite_file(path)
            engine = make_engine(url)
            backup = migrate.upgrade(engine)
        except migrate.DatabaseError as exc:
            raise LedgerError(str(exc)) from None
        except Exception as exc:  # driver missing, bad URL ...
            shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
            raise LedgerError(f"cannot open database {shown}: {migrate._first_line(exc)}") from None
        ledger = cls(engine, **kwargs)
        ledger.backup_path = backup
        return ledger

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        path = sqlite_path(str(self.engine.url))
        return str(path) if path else self.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def today(self) -> date:
        return self._today() if callable(self._today) else (self._today or date.today())

    def close(self) -> None:
        """Close the connections (and let go of the SQLite file's lock guard). Idempotent."""
        close_engine(self.engine)

    def reopen(self) -> None:
        """Close every idle connection and open new ones on the next use: after a storage error,
        or when the ledger's files were replaced under this program. Background work still
        running keeps its connection until it ends (its files are checked when it returns)."""
        self.engine.dispose()
        files = ledger_files_of(self.engine)
        if files is not None and not files.guard.startswith(("held", "unsupported")):
            files.take_guard()

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with _database_errors():
            with self._transaction(self.engine) as conn:
                yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or none of it. It is confirmed (returns)
        only if the ledger's files are still the ones it wrote to (store.ledger_files)."""
        with _database_errors():
            with self._transaction(self._writer, write=True) as conn:
                yield conn

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
        with self._read() as conn:
            return meta.get_meta(conn, key=key)

    def _set_meta(self, conn: Connection, key: str, value: str) -> None:
        meta.set_meta(conn, key=key, value=value)
