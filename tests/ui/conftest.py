"""UI fixtures: the ledger of the window has the workbench use cases (until ``Ledger`` itself
includes ``WorkbenchService``, a subclass adds them)."""
from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2021, 9, 1)  # as in tests/conftest.py


@pytest.fixture
def ledger(tmp_path):
    """Overrides the root fixture for tests/ui: a workbench ledger, "today" pinned."""
    from claimledger.ui.app import ledger_class

    led = ledger_class().open(tmp_path / "t.db", today=TODAY, author="tester")
    yield led
    led.close()


@pytest.fixture
def settings(tmp_path):
    """A QSettings file of this test's own (state kept between runs, without touching the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
