"""Fixtures shared by the reliability tests."""
from __future__ import annotations

from datetime import date

import pytest

from claimledger.services import Ledger
from helpers import SEED

TODAY = date(2026, 11, 28)


@pytest.fixture
def pair(new_db):
    """Two ledgers on one database (alice's and bob's program), the seed article imported."""
    url = new_db("pair")
    a = Ledger.open(url, today=TODAY, author="alice")
    a.importer.import_file(SEED)
    b = Ledger.open(url, today=TODAY, author="bob")
    yield a, b
    a.close()
    b.close()
