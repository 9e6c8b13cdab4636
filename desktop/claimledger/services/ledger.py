"""The ledger: one open database and the use cases over it. Each public method is one
transaction; callers never see sessions or connections.

    ledger = Ledger.open("/tmp/a.db")        # migrates (after a backup copy) if needed
    ledger.import_file("article.txt")
    ledger.record_outcome(7, "fulfilled", observed_on=date(2021, 8, 30), evidence_url="https://...")
"""
from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from claimledger.services.errors import LedgerError
from claimledger.services.backup import BackupService
from claimledger.services.bulk import BulkService
from claimledger.services.dump import DumpService
from claimledger.services.export import ExportService
from claimledger.services.importing import ImportService
from claimledger.services.outcomes import OutcomeService
from claimledger.services.reading import ReadService
from claimledger.services.stats import StatsService
from claimledger.services.workbench import WorkbenchService
from claimledger.store import migrate
from claimledger.store.engine import make_engine, resolve_url, sqlite_path, writer
from claimledger.store.models import Meta

M = Meta.__table__


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
    """Storage failures a user can act on become one-line LedgerErrors (never a traceback)."""
    try:
        yield
    except DBAPIError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise LedgerError("the database is busy in another program; try again in a moment") from None
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise LedgerError("the database file is damaged; restore a backup (claimledger restore FILE)") from None
        if "disk is full" in text or "no space" in text:
            raise LedgerError("the disk is full; nothing was saved — free some space and try again") from None
        if "readonly" in text or "read-only" in text:
            raise LedgerError("the database is read-only; nothing was saved") from None
        raise


class Ledger(ImportService, ReadService, OutcomeService, StatsService, ExportService, DumpService, BulkService,
             BackupService, WorkbenchService):
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
        self.engine.dispose()

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with _database_errors():
            with self.engine.connect() as conn:
                with conn.begin():
                    yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or none of it."""
        with _database_errors():
            with self._writer.begin() as conn:
                yield conn

    # -- metadata -------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self._read() as conn:
            return conn.execute(select(M.c.value).where(M.c.key == key)).scalar_one_or_none()

    def _set_meta(self, conn: Connection, key: str, value: str) -> None:
        if conn.execute(select(M.c.key).where(M.c.key == key)).first():
            conn.execute(M.update().where(M.c.key == key).values(value=value))
        else:
            conn.execute(M.insert().values(key=key, value=value))
