"""Consistent copies of a live SQLite database (the online backup API: safe while other
connections read and write; the copy is a complete database, WAL content included)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def copy_sqlite(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` (written aside, checked, then renamed into place)."""
    tmp = dst.with_name(f".{dst.name}.partial")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
    finally:
        source.close()
    if check != "ok":
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"copy failed its integrity check: {check}")
    os.replace(tmp, dst)


def restore_sqlite(backup: Path, live: Path) -> None:
    """Overwrite the live database's content with the backup's, through SQLite (the live
    file's WAL and other connections stay consistent)."""
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(live, timeout=10)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
