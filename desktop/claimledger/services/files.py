"""Files the use cases read or write for the user are never files of a ledger this program has
open: opening and closing one would drop the program's SQLite locks on it (issue 12, see
store/ledger_files.py), writing one would destroy the ledger. The ledger itself is only ever
opened through SQLite (backups use SQLite's online backup API)."""
from __future__ import annotations

import os

from claimledger.services.errors import InputError
from claimledger.store import ledger_files


def is_link(value) -> bool:
    """An http(s) link, not a file name (the window names links without importing the fetching)."""
    return isinstance(value, str) and value[:8].lower().startswith(("http://", "https://"))


def refuse_ledger_file(path: str | os.PathLike, what: str) -> None:
    """InputError if ``path`` is an open ledger's database, -wal, -shm or -journal (any name
    of it: the same file is recognised by device and inode). ``what``: what to do instead."""
    try:
        ledger_files.refuse_ledger_file(path, what)
    except ledger_files.LedgerFileError as exc:
        raise InputError(str(exc)) from None
