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

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from claimledger.services.backup import Backup
from claimledger.services.bulk import Bulk
from claimledger.services.changes import ChangeFeed
from claimledger.services.dump import Dump
from claimledger.services.errors import LedgerError
from claimledger.services.export import Reports
from claimledger.services.feeds import Feeds
from claimledger.services.health import Health
from claimledger.services.importing import Importer
from claimledger.services.outcomes import Outcomes
from claimledger.services.reading import Reader
from claimledger.services.sources import Sources
from claimledger.services.speakers import Speakers
from claimledger.services.stats import Stats
from claimledger.services.suggestions import Suggestions
from claimledger.services.unit_of_work import UnitOfWork
from claimledger.services.workbench import Workbench
from claimledger.store import migrate
from claimledger.store.engine import close_engine, ledger_files_of, make_engine, resolve_url, sqlite_path


class Ledger:
    def __init__(self, engine: Engine, *, author: str | None = None, today=None):
        self.uow = uow = UnitOfWork(engine, author=author, today=today)
        self.backup_path: Path | None = None  # the copy made before a migration, if one ran
        self.importer = Importer(uow)
        self.reader = Reader(uow)
        self.outcomes = Outcomes(uow)
        self.stats = Stats(uow, reader=self.reader)
        self.reports = Reports(uow, reader=self.reader, stats=self.stats)
        self.dump = Dump(uow)
        self.bulk = Bulk(uow)
        self.backup = Backup(uow, reader=self.reader, dump=self.dump)
        self.workbench = Workbench(uow)
        self.health = Health(uow)
        self.feeds = Feeds(uow, importer=self.importer)
        self.changes = ChangeFeed(uow)
        self.speakers = Speakers(uow)
        self.sources = Sources(uow)
        self.suggestions = Suggestions(uow)

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
        self.changes.stop()
        close_engine(self.engine)

    def reopen(self) -> None:
        """Close every idle connection and open new ones on the next use: after a storage error,
        or when the ledger's files were replaced under this program. Background work still
        running keeps its connection until it ends (its files are checked when it returns)."""
        self.engine.dispose()
        files = ledger_files_of(self.engine)
        if files is not None and not files.guard.startswith(("held", "unsupported")):
            files.take_guard()
