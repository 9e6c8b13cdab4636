"""UI fixtures (the `ledger` and `seeded_ledger` fixtures come from tests/conftest.py)."""
from __future__ import annotations

import pytest


@pytest.fixture
def settings(tmp_path):
    """A QSettings file of this test's own (state kept between runs, without touching the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
