"""Use cases: back the ledger up to a file, and restore it from one.

SQLite: the backup is a complete SQLite database file (consistent even while others write).
Restoring checks the backup (it must be a Claim Ledger database that passes its integrity
check), copies the current database aside first, then replaces the content. Other databases
(PostgreSQL): the backup is the full JSON dump, and restore loads it into an empty database.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from claimledger.services.errors import InputError, LedgerError
from claimledger.services.files import refuse_ledger_file
from claimledger.store import backup as sqlite_backup
from claimledger.store.engine import sqlite_path
from claimledger.store.search import ClaimFilter
from claimledger.store.migrate import SQLITE_MAGIC, backup_sqlite, head_revision

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork
    from claimledger.services.reading import Reader
    from claimledger.services.dump import Dump


class Backup:
    """Backup to a file and restore from one."""

    def __init__(self, uow: UnitOfWork, *, reader: Reader, dump: Dump):
        self.uow = uow
        self.reader = reader
        self.dump = dump

    def backup(self, target: str | Path) -> Path:
        target = Path(target)
        if target.is_dir():
            raise InputError(f"{target}: is a directory; give a file name")
        if not target.parent.exists():
            raise InputError(f"{target}: folder {target.parent} does not exist")
        live = sqlite_path(str(self.uow.engine.url))
        if live is not None and target.resolve() == live.resolve():
            raise InputError(f"{target}: is the database itself")
        refuse_ledger_file(target, "choose a new file name for the backup")
        if live is None:
            tmp = target.with_name(f".{target.name}.partial")
            with open(tmp, "w", encoding="utf-8") as fh:
                self.dump.export_json(fh, ClaimFilter(include_rejected=True))  # everything, rejected too
            tmp.replace(target)
            return target
        try:
            sqlite_backup.copy_sqlite(live, target)
        except sqlite3.Error as exc:
            raise LedgerError(f"backup failed: {exc}") from None
        return target

    def restore(self, source: str | Path) -> Path | None:
        """Replace the ledger's content with the backup's. Returns the copy of the previous content."""
        source = Path(source)
        if not source.is_file():
            raise InputError(f"{source}: no such file")
        refuse_ledger_file(source, "choose a backup copy")
        live = sqlite_path(str(self.uow.engine.url))
        if live is None:
            if self.reader.count_articles():
                raise InputError("restore into a non-empty PostgreSQL database is refused; create an empty one")
            self.dump.import_json_file(source)
            return None
        with open(source, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                raise InputError(f"{source}: not a Claim Ledger backup (not an SQLite file)")
        try:
            status = sqlite_backup.integrity(source)
            version = sqlite_backup.schema_revision(source)
        except sqlite3.Error as exc:
            raise InputError(f"{source}: not a Claim Ledger backup ({exc})") from None
        if status != "ok":
            raise InputError(f"{source}: backup is damaged ({status})")
        if version is None or version != head_revision():
            raise InputError(f"{source}: backup has schema {version}, this app {head_revision()}; "
                             "open the backup file with --db to upgrade it, then restore it")
        previous = backup_sqlite(live, "before-restore")
        self.uow.engine.dispose()
        sqlite_backup.restore_sqlite(source, live)
        return previous
