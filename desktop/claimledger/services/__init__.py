"""Use cases over the store. No Qt here."""
from claimledger.services.errors import ConflictError, InputError, LedgerError, NotFoundError, StorageError
from claimledger.services.ledger import Ledger
from claimledger.domain import ClaimFilter

__all__ = ["ClaimFilter", "ConflictError", "InputError", "Ledger", "LedgerError", "NotFoundError", "StorageError"]
