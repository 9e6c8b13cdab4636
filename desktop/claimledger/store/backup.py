"""Consistent copies of a live SQLite database (the online backup API: safe while other
connections read and write; the copy is a complete database, WAL content included)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def file_uri(path: Path) -> str:
    """A SQLite ``file:`` URI for a path (characters such as ?, # and % escaped)."""
    return "file:" + quote(str(Path(path).resolve()), safe="/")


def connect_read_only(path: Path, **kwargs) -> sqlite3.Connection:
    return sqlite3.connect(f"{file_uri(path)}?mode=ro", uri=True, **kwargs)


def copy_sqlite(src: Path, dst: Path, *, verify: bool = True) -> None:
    """Copy ``src`` to ``dst`` (written aside, checked unless ``verify`` is off, then renamed
    into place)."""
    tmp = dst.with_name(f".{dst.name}.partial")
    tmp.unlink(missing_ok=True)
    source = connect_read_only(src)
    check = "ok"
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            if verify:
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
    source = connect_read_only(backup)
    try:
        target = sqlite3.connect(live, timeout=10)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def integrity(path: Path) -> str:
    con = connect_read_only(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def schema_revision(path: Path) -> str | None:
    """The Alembic revision a SQLite database file is at (read-only), None if it records none.
    sqlite3.Error when it is no such database."""
    con = connect_read_only(path)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    return None if row is None else row[0]
