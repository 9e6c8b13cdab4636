"""The repository's stand-alone scripts (run by make targets or by hand) loaded as modules, so
tests use their functions without a copy: the seed scorer, the kill harness, the Qt libraries check."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from helpers import REPO

SEED_CHECK = REPO / "tests" / "fixtures" / "seed_check.py"  # a copy of ../shared/tools/seed_check.py
KILL_HARNESS = REPO / "tests" / "reliability" / "kill_harness.py"
CHECK_QT_LIBS = REPO / "packaging" / "check_qt_libs.py"


def load_script(path: Path, name: str) -> ModuleType:
    """A fresh module from the script at ``path``; the first one loaded under ``name`` is also
    registered in sys.modules (dataclasses look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


def seed_check() -> ModuleType:
    """tests/fixtures/seed_check.py: the shared scorer's matching rules (`make seed-check`)."""
    return load_script(SEED_CHECK, "seed_check")


def kill_harness() -> ModuleType:
    """tests/reliability/kill_harness.py: kills the app at random moments; ``prepare``, ``--hold``."""
    return load_script(KILL_HARNESS, "kill_harness")


def check_qt_libs() -> ModuleType:
    """packaging/check_qt_libs.py: `make run`'s check for Qt's system libraries."""
    return load_script(CHECK_QT_LIBS, "check_qt_libs")
