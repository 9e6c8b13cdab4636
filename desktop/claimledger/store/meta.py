"""Key/value facts about the database itself (table ``meta``). The caller owns the transaction."""
from __future__ import annotations

from sqlalchemy import Connection, select

from claimledger.store import tables

M = tables.meta


def get_meta(conn: Connection, *, key: str) -> str | None:
    return conn.execute(select(M.c.value).where(M.c.key == key)).scalar_one_or_none()


def set_meta(conn: Connection, *, key: str, value: str) -> None:
    if conn.execute(select(M.c.key).where(M.c.key == key)).first():
        conn.execute(M.update().where(M.c.key == key).values(value=value))
    else:
        conn.execute(M.insert().values(key=key, value=value))
