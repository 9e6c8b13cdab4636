"""Feeds and the entries seen in them (SQLAlchemy Core). The caller owns the transaction."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, func, select

from claimledger.store import tables

F = tables.feed
E = tables.feed_entry


def feed_with_url(conn: Connection, *, url: str):
    return conn.execute(select(F).where(F.c.url == url)).first()


def insert_feed(conn: Connection, *, url: str, title: str | None, added_at: datetime) -> int:
    return conn.execute(F.insert().values(url=url, title=title, added_at=added_at)).inserted_primary_key[0]


def feed_rows(conn: Connection, *, feed_id: int | None = None) -> Sequence:
    """Feeds by id (one, with ``feed_id``), each with ``entries``: how many entries were seen."""
    n = select(func.count()).where(E.c.feed_id == F.c.id).scalar_subquery()
    q = select(F, n.label("entries")).order_by(F.c.id)
    if feed_id is not None:
        q = q.where(F.c.id == feed_id)
    return conn.execute(q).all()


def delete_feed(conn: Connection, *, feed_id: int) -> bool:
    """Remove the feed and its entries (not their articles); False if there was none."""
    conn.execute(E.delete().where(E.c.feed_id == feed_id))  # also without SQLite's foreign_keys pragma
    return conn.execute(F.delete().where(F.c.id == feed_id)).rowcount > 0


def keys_seen(conn: Connection, *, feed_id: int, keys: Sequence[str]) -> set[str]:
    """Those of ``keys`` already recorded for the feed."""
    if not keys:
        return set()
    return set(conn.execute(select(E.c.key).where(E.c.feed_id == feed_id, E.c.key.in_(keys))).scalars())


def record_entry(conn: Connection, *, feed_id: int, key: str, link: str | None, article_id: int | None,
                 seen_at: datetime) -> None:
    """Remember an entry (a no-op if another refresh recorded it meanwhile)."""
    present = select(E.c.id).where(E.c.feed_id == feed_id, E.c.key == key)
    if conn.execute(present).first() is None:
        conn.execute(E.insert().values(feed_id=feed_id, key=key, link=link, article_id=article_id, seen_at=seen_at))


def mark_checked(conn: Connection, *, feed_id: int, checked_at: datetime, error: str | None,
                 title: str | None = None) -> None:
    values = {"checked_at": checked_at, "last_error": error}
    if title:
        values["title"] = title
    conn.execute(F.update().where(F.c.id == feed_id).values(**values))
