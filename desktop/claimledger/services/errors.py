"""Errors the services raise for the caller to show. Messages are one line, for humans."""
from __future__ import annotations


class LedgerError(Exception):
    """Base: an operation could not be done; nothing was written."""

    exit_status = 1


class StorageError(LedgerError):
    """The database could not be read or written (the disk, the file system, its locks, the
    server). The operation did not happen; trying again, or reopening the ledger, may help."""


class InputError(LedgerError, ValueError):
    """The user's input is wrong (file, date, status, id ...). CLI exit status 2."""

    exit_status = 2


class NotFoundError(InputError):
    pass


class ConflictError(LedgerError):
    """Someone else changed the claim since it was read; ``theirs`` holds their version."""

    def __init__(self, message: str, *, claim_id: int, theirs: dict | None = None):
        super().__init__(message)
        self.claim_id = claim_id
        self.theirs = theirs or {}
