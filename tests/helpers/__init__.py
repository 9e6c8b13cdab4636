"""Plain helpers shared between test modules: constants, functions, script loaders. No fixtures
here (those live in the conftest.py files); nothing here is collected as a test.

Imported as ``helpers`` (``from helpers import SEED``, ``from helpers.cli import run``): the
``pythonpath`` setting in pyproject.toml's [tool.pytest.ini_options] puts tests/ on sys.path, so
this works from every test directory and under any way of starting pytest.

The UI tests' helpers stay in tests/ui/ui_helpers.py (they need Qt).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_5b4a2467856888dd.txt"  # the shipped seed article
SEED_GOLD = REPO / "seeds" / "000_5b4a2467856888dd.gold.json"  # its reference claims (DESIGN.md)
TODAY = date(2021, 9, 1)  # the `ledger` fixture's today: after the seed's "next month" window, before September 11

# A second article, published after the seed, with two claims: as-of and rejected-claim tests.
LATER_ARTICLE = ("Taliban office\n\nTaliban spokesman Zabihullah Mujahid said on Saturday that the group will open a "
                 "new office in Doha by January 15, 2025.\n\nFinance minister Maria Lopez said the government will "
                 "cut fuel taxes by December 2024.\n")
