"""Use case: check the ledger's storage and say in words what is wrong and what to do.

The window runs it at start-up (page check only on small files) and from File ▸ Check ledger
(always with the page check); ``claimledger check`` prints it. What it looks at: that the ledger
reads; SQLite's ``PRAGMA quick_check``; WAL mode, and -wal/-shm present and still the files this
program opened; this program's locks on them and the lock guard (store/ledger_files.py); where
the file lives (a network drive, a synchronised folder, free space).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimledger.services.errors import LedgerError
from claimledger.store import fts, health
from claimledger.store.engine import ledger_files_of, sqlite_path
from claimledger.store.migrate import QUICK_CHECK_MAX_BYTES

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

LOW_SPACE_BYTES = 100 * 1024 * 1024


@dataclass
class StorageCheck:
    location: str
    problems: list[str] = field(default_factory=list)  # something is wrong: act now
    warnings: list[str] = field(default_factory=list)  # risky, or could not be checked
    fine: list[str] = field(default_factory=list)  # what was checked and is in order

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''} with the ledger"
        if self.warnings:
            return f"The ledger is readable; {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}"
        return "The ledger is in order"

    def text(self) -> str:
        parts = [f"{self.summary()}: {self.location}"]
        for title, items in (("Problems", self.problems), ("Warnings", self.warnings), ("Checked", self.fine)):
            if items:
                parts.append(f"{title}:\n" + "\n".join(f"• {i}" for i in items))
        return "\n\n".join(parts)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:,.0f} KB"


class Health:
    """The storage check."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def check_storage(self, *, integrity: bool | None = None) -> StorageCheck:
        """``integrity``: run SQLite's page-by-page check (True), never (False), or only when the
        file is small enough to check in about a tenth of a second (None: at start-up)."""
        report = StorageCheck(self.uow.location)
        path = sqlite_path(str(self.uow.engine.url))
        files = ledger_files_of(self.uow.engine)
        size = path.stat().st_size if path is not None and path.exists() else 0
        run_check = integrity if integrity is not None else (path is not None and size <= QUICK_CHECK_MAX_BYTES)
        try:
            with self.uow.read() as conn:
                claims, articles = health.claim_and_article_counts(conn)
                mode = health.journal_mode(conn) if path is not None else ""
                opened = conn.info.get("cl_files")
                started = time.monotonic()
                problems = health.quick_check(conn) if run_check and path is not None else None
                took = time.monotonic() - started
                folding = fts.accent_folding(conn)
        except LedgerError as exc:
            replaced = files is not None and files.replaced_at
            damaged = "damaged" in str(exc)
            report.problems.append(f"The ledger cannot be read: {exc}."
                                   + (" Its write-ahead log was removed or replaced by another program while this "
                                      "program had it open." if replaced else "")
                                   + ("" if damaged else " Reopen it (File ▸ Reopen ledger); if that fails, close "
                                      "the app and restore a backup."))
            return report
        report.fine.append(f"It opens and reads: {claims:,} claim{'s' if claims != 1 else ''} in {articles:,} "
                           f"article{'s' if articles != 1 else ''}.")
        if path is None:
            report.fine.append("It is in memory: nothing is kept after the program ends." if self.uow.dialect == "sqlite"
                               else "It is on a database server, which keeps it safe for several programs at once.")
            if folding:
                report.fine.append("Search folds accents (\"muller\" finds \"Müller\").")
            elif folding is False:
                report.warnings.append(
                    "Search does not fold accents (\"muller\" does not find \"Müller\"): the server did not allow "
                    "the unaccent extension when this ledger was set up. Ask its administrator to run, in this "
                    "database: CREATE EXTENSION unaccent; ALTER TEXT SEARCH CONFIGURATION claimledger ALTER MAPPING "
                    "FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple; "
                    "UPDATE claim SET search = NULL;")
            return report
        if problems is None:
            if path is not None:
                report.warnings.append(f"The page-by-page check was skipped at start-up ({_mb(size)} file); "
                                       "File ▸ Check ledger runs it.")
        elif problems == ["ok"]:
            report.fine.append(f"SQLite's page-by-page check found no damage ({_mb(size)} in {took:.1f} s).")
        else:
            report.problems.append("The database file is damaged (" + "; ".join(problems[:3]) + "). Stop working "
                                   "in it: restore the latest backup (claimledger restore FILE), or the copy made "
                                   "before the last upgrade (*.bak next to it).")
        self._check_files(report, path, files, mode, opened)
        self._check_place(report, path)
        return report

    @staticmethod
    def _check_files(report: StorageCheck, path, files, mode: str, opened) -> None:
        if mode != "wal":
            report.problems.append(f"The ledger is not in write-ahead-log mode (it is in “{mode}” mode); another "
                                   "program changed it. Close the other programs, then reopen the ledger.")
            return
        name = path.name
        missing = [s for s in ("-wal", "-shm") if not os.path.exists(f"{path}{s}")]
        if missing:
            report.problems.append(f"{' and '.join(name + s for s in missing)} "
                                   f"{'is' if len(missing) == 1 else 'are'} missing although this program has the "
                                   "ledger open: another program or a clean-up or sync tool removed "
                                   f"{'it' if len(missing) == 1 else 'them'}. Reopen the ledger (File ▸ Reopen "
                                   "ledger) and check your last changes.")
        elif files is not None and opened is not None and files.current() != opened:
            report.problems.append(f"{name}-wal or {name}-shm was replaced while this program had the ledger open. "
                                   "Reopen the ledger (File ▸ Reopen ledger) and check your last changes.")
        else:
            report.fine.append(f"Its write-ahead log ({name}-wal, {name}-shm) is in place.")
        if files is None:
            return
        state = files.report()
        guard = state["guard"]
        if state["replaced_at"]:
            when = ", ".join(time.strftime("%H:%M:%S", time.localtime(t)) for t in state["replaced_at"][-3:])
            report.warnings.append(f"At {when} the ledger's write-ahead log ({name}-wal, {name}-shm) was found "
                                   "replaced or removed by another program while this program had it open; this "
                                   "program opened the new files before reading or writing anything more. If a "
                                   "clean-up or sync tool removed them, the changes saved just before may be "
                                   "missing: check them.")
        if guard == "held":
            report.fine.append("Its locks are kept while it is open here: file dialogs, backups and other "
                               "programs beside this one cannot make this program lose them.")
        elif guard.startswith("unsupported"):
            report.warnings.append("This system cannot keep the ledger's locks safe ("
                                   + guard.split(": ", 1)[-1] + "): while the ledger is open here, do not open its "
                                   "files in other tools, and let only one program use it at a time.")
        else:
            report.warnings.append(f"The lock guard is not in place yet ({guard.split(': ', 1)[-1]}); it is "
                                   "tried again with the next save.")
        if state["locks_dropped"]:
            text = ("Something in this program opened and closed the ledger's files, which drops SQLite's own "
                    "locks. ")
            if guard == "held":
                report.warnings.append(text + "The lock guard still protects the ledger; reopen it (File ▸ Reopen "
                                       "ledger) to restore SQLite's locks.")
            else:
                report.problems.append(text + "Another program may now remove its write-ahead log: reopen the "
                                       "ledger (File ▸ Reopen ledger) now.")

    @staticmethod
    def _check_place(report: StorageCheck, path) -> None:
        fstype = health.on_network_drive(path)
        if fstype:
            report.problems.append(f"The ledger is on a network drive ({fstype}). SQLite's locks do not work "
                                   "reliably over a network: two programs on it at once can damage it, and a "
                                   "dropped connection can lose saves. Keep it on a local disk (or use a "
                                   "PostgreSQL server for a team).")
        client = health.synced_by(path)
        if client:
            report.warnings.append(f"The ledger is in a folder synchronised by {client}. The sync copies the "
                                   "database while it changes, may put an older copy back over it, and makes "
                                   "conflicting copies when two computers use it. Keep the ledger outside "
                                   "synchronised folders; put backups there instead (claimledger backup FILE).")
        free = health.free_bytes(path)
        if free is not None and free < LOW_SPACE_BYTES:
            report.warnings.append(f"Only {_mb(free)} are free on its disk; saves fail when the disk is full.")
