"""Where the files shipped with the app live: the source tree, an installed copy, or a
PyInstaller bundle (``sys._MEIPASS``). ``CLAIMLEDGER_SEEDS`` points elsewhere for seeds."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    here = Path(__file__).resolve()
    roots.append(here.parents[2])  # the repository (desktop/claimledger/ -> repo root)
    roots.append(Path(sys.prefix) / "share" / "claimledger")
    return roots


def _find(name: str) -> Path | None:
    for root in _roots():
        if (root / name).is_dir():
            return root / name
    return None


def seeds_dir() -> Path | None:
    env = os.environ.get("CLAIMLEDGER_SEEDS")
    if env:
        return Path(env) if Path(env).is_dir() else None
    return _find("seeds")


def resources_dir() -> Path | None:
    return _find("resources")
