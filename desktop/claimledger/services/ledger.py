"""The ledger: one open database and the use cases over it, as named parts that share one unit
of work (services/unit_of_work.py: transactions, clock, author). Each public method of a part is
one transaction; callers never see sessions or connections.

    ledger = Ledger.open("/tmp/a.db")        # migrates (after a backup copy) if needed
    ledger.importer.import_file("article.txt")
    ledger.outcomes.record_outcome(7, "fulfilled", observed_on=date(2021, 8, 30), evidence_url="https://...")

The parts, and what each is handed (nothing else: they do not reach each other through the ledger):

    importer   Importer(uow)                     import articles (files, bytes, many, the seeds)
    reader     Reader(uow)                       articles, speakers, the claims table, one claim, counts
    outcomes   Outcomes(uow)                     record outcomes, review, edit claims (version check)
    stats      Stats(uow, reader=)               track records, what is due soon
    reports    Reports(uow, reader=, stats=)     CSV, ClaimReview and HTML reports
    dump       Dump(uow)                         the JSON dump out and in
    bulk       Bulk(uow)                         bulk loading on SQLAlchemy Core
    backup     Backup(uow, reader=, dump=)       backup to a file, restore from one
    workbench  Workbench(uow)                    claims added by hand, retraction, timeline, tags
    health     Health(uow)                       the storage check
    feeds      Feeds(uow, importer=)             news feeds followed, their new entries imported
    changes    ChangeFeed(uow)                   live updates: what other programs on the ledger change
    speakers   Speakers(uow)                     speakers listed, merged, split (one speaker across articles)
    sources    Sources(uow)                      further articles reporting a claim, linked and unlinked
    suggestions Suggestions(uow)                 possible outcomes read from later articles: accept, dismiss
"""
from __future__ import annotations

import importlib
import os
import threading
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from claimledger.services.errors import LedgerError
from claimledger.services.reading import Reader
from claimledger.services.unit_of_work import UnitOfWork
from claimledger.store import migrate
from claimledger.store.engine import close_engine, ledger_files_of, make_engine, resolve_url, sqlite_path


# the parts made the first time they are used (``Ledger.__getattr__``): name -> (module, class, the
# parts it is handed). The window's first page needs the reader alone, and importing every part
# (feeds, importing, suggestions and their text matching, reports…) took ~0.1 s of its start.
_LATER = {
    "importer": ("claimledger.services.importing", "Importer", ()),
    "outcomes": ("claimledger.services.outcomes", "Outcomes", ()),
    "stats": ("claimledger.services.stats", "Stats", ("reader",)),
    "reports": ("claimledger.services.export", "Reports", ("reader", "stats")),
    "dump": ("claimledger.services.dump", "Dump", ()),
    "bulk": ("claimledger.services.bulk", "Bulk", ()),
    "backup": ("claimledger.services.backup", "Backup", ("reader", "dump")),
    "workbench": ("claimledger.services.workbench", "Workbench", ()),
    "health": ("claimledger.services.health", "Health", ()),
    "feeds": ("claimledger.services.feeds", "Feeds", ("importer",)),
    "changes": ("claimledger.services.changes", "ChangeFeed", ()),
    "speakers": ("claimledger.services.speakers", "Speakers", ()),
    "sources": ("claimledger.services.sources", "Sources", ()),
    "suggestions": ("claimledger.services.suggestions", "Suggestions", ()),
}


class Ledger:
    def __init__(self, engine: Engine, *, author: str | None = None, today=None):
        self.uow = uow = UnitOfWork(engine, author=author, today=today)
        self.backup_path: Path | None = None  # the copy made before a migration, if one ran
        self._parts_lock = threading.RLock()
        self.reader = Reader(uow)  # (the other parts: made when first used, see _LATER)

    def __getattr__(self, name: str):
        """A part not made yet (``_LATER``): made now, once (background reads ask too), and an
        attribute of the ledger from then on (this is not called for it again)."""
        spec = _LATER.get(name)
        if spec is None:
            raise AttributeError(f"'Ledger' object has no attribute '{name}'")
        module, cls_name, needs = spec
        with self._parts_lock:
            part = self.__dict__.get(name)
            if part is None:
                cls = getattr(importlib.import_module(module), cls_name)
                part = cls(self.uow, **{n: getattr(self, n) for n in needs})
                self.__dict__[name] = part
        return part

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
    def engine(self) -> Engine:
        return self.uow.engine

    @property
    def url(self) -> str:
        return self.uow.url

    @property
    def location(self) -> str:
        return self.uow.location

    @property
    def dialect(self) -> str:
        return self.uow.dialect

    def close(self) -> None:
        """Close the connections (and let go of the SQLite file's lock guard). Idempotent."""
        changes = self.__dict__.get("changes")  # (not made: nothing to stop)
        if changes is not None:
            changes.stop()
        close_engine(self.engine)

    def reopen(self) -> None:
        """Close every idle connection and open new ones on the next use: after a storage error,
        or when the ledger's files were replaced under this program. Background work still
        running keeps its connection until it ends (its files are checked when it returns)."""
        self.engine.dispose()
        files = ledger_files_of(self.engine)
        if files is not None and not files.guard.startswith(("held", "unsupported")):
            files.take_guard()
