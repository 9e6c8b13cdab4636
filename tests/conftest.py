"""Shared fixtures. Qt runs headless (offscreen) unless the caller chose a platform."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.setdefault("LANG", "C.UTF-8")

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_5b4a2467856888dd.txt"
TODAY = date(2021, 9, 1)  # after the seed's "next month" window, before September 11


@pytest.fixture
def ledger(tmp_path):
    """A fresh database per test; "today" pinned so deadlines and overdue are stable."""
    from claimledger.services import Ledger

    led = Ledger.open(tmp_path / "t.db", today=TODAY, author="tester")
    yield led
    led.close()


@pytest.fixture
def seeded_ledger(ledger):
    """The ledger with the shipped seed article imported."""
    ledger.import_file(SEED)
    return ledger
