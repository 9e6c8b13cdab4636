"""Articles (SQLAlchemy Core): inserted once per text (by its SHA-256), listed newest first,
read back whole. The caller owns the transaction."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from claimledger.store import bulk_rows
from claimledger.store import tables
from claimledger.store.search import ClaimFilter, visible

A = tables.article
C = tables.claim


def _published_by(as_of: date | None) -> list:
    return [] if as_of is None else [A.c.published_on <= as_of]


def article_with_text(conn: Connection, *, sha256: str):
    """(id, title, published_on) of the article whose text has this digest, None if new."""
    return conn.execute(select(A.c.id, A.c.title, A.c.published_on).where(A.c.sha256 == sha256)).first()


def article_at_link(conn: Connection, *, links: Sequence[str]):
    """(id, title, published_on) of the first article stored with one of these links as its
    url or its origin (an article imported from a link), None if there is none."""
    if not links:
        return None
    q = select(A.c.id, A.c.title, A.c.published_on).where(A.c.url.in_(links) | A.c.origin.in_(links))
    return conn.execute(q.order_by(A.c.id).limit(1)).first()


def article_id_with_text(conn: Connection, *, sha256: str) -> int | None:
    return conn.execute(select(A.c.id).where(A.c.sha256 == sha256)).scalar()


def digests_present(conn: Connection, *, digests: Sequence[str]) -> set[str]:
    """Those of ``digests`` whose text is stored already."""
    return set(conn.execute(select(A.c.sha256).where(A.c.sha256.in_(digests))).scalars())


def insert_article(conn: Connection, *, title: str, outlet: str | None, url: str | None, published_on: date,
                   text: str, sha256: str, imported_at: datetime, origin: str, id: int | None = None,
                   author: str | None = None) -> int:
    """Insert one article (with ``id`` when given: a dump loaded into an empty ledger); its id."""
    values = dict(title=title, outlet=outlet, url=url, published_on=published_on, text=text, sha256=sha256,
                  imported_at=imported_at, origin=origin, author=author)
    if id is not None:
        values["id"] = id
    return conn.execute(A.insert().values(**values)).inserted_primary_key[0]


def insert_articles_returning_ids(conn: Connection, rows: Sequence[dict]) -> list[int]:
    """Insert articles (rows of every column but id) in one go (store.bulk_rows: COPY on
    PostgreSQL); their ids, in order."""
    return bulk_rows.insert_rows(conn, A, rows, returning_ids=True)


def article_exists(conn: Connection, *, article_id: int) -> bool:
    return conn.execute(select(A.c.id).where(A.c.id == article_id)).first() is not None


def has_articles(conn: Connection) -> bool:
    return conn.execute(select(A.c.id).limit(1)).first() is not None


def count_articles(conn: Connection, *, as_of: date | None = None) -> int:
    """Articles in all, or those published up to ``as_of``."""
    return conn.execute(select(func.count()).select_from(A).where(*_published_by(as_of))).scalar_one()


def article_summaries(conn: Connection, *, offset: int = 0, limit: int | None = None, as_of: date | None = None,
                      include_rejected: bool = False) -> Sequence:
    """Articles newest first (published date, then id) with their ``claim_count`` (rejected
    claims left out unless ``include_rejected``); published up to ``as_of`` when given."""
    # The page is chosen first (the article index alone), then its claims are counted: with the
    # count in the same select, PostgreSQL counted the claims of every row OFFSET skips too — the
    # list's last page at 560,000 claims took 6 s, on the window's thread at start-up.
    page = select(A.c.id, A.c.title, A.c.outlet, A.c.url, A.c.published_on, A.c.origin).where(*_published_by(as_of))
    page = page.order_by(A.c.published_on.desc(), A.c.id.desc()).offset(offset)
    page = (page if limit is None else page.limit(limit)).subquery("page")
    counted = ClaimFilter(include_rejected=include_rejected)
    n = select(func.count()).where(C.c.article_id == page.c.id, *visible(counted)).scalar_subquery()
    q = select(*page.c, n.label("claim_count")).order_by(page.c.published_on.desc(), page.c.id.desc())
    return conn.execute(q).all()


def article_position(conn: Connection, *, article_id: int, as_of: date | None = None) -> int | None:
    """Where the article stands in ``article_summaries``' order (0 = newest), None if absent (or
    published after ``as_of``)."""
    a = conn.execute(select(A.c.published_on).where(A.c.id == article_id, *_published_by(as_of))).first()
    if a is None:
        return None
    newer = (A.c.published_on > a.published_on) | ((A.c.published_on == a.published_on) & (A.c.id > article_id))
    return conn.execute(select(func.count()).select_from(A).where(newer, *_published_by(as_of))).scalar_one()


def article_view(conn: Connection, *, article_id: int):
    """The article with its text (every column but sha256), None if there is none."""
    q = select(A.c.id, A.c.title, A.c.outlet, A.c.url, A.c.published_on, A.c.origin, A.c.text, A.c.imported_at,
               A.c.author)
    return conn.execute(q.where(A.c.id == article_id)).first()


def article_text_and_date(conn: Connection, *, article_id: int):
    """(text, published_on) of the article, None if there is none."""
    return conn.execute(select(A.c.text, A.c.published_on).where(A.c.id == article_id)).first()


def article_text(conn: Connection, *, article_id: int) -> str:
    """The article's text (it must exist)."""
    return conn.execute(select(A.c.text).where(A.c.id == article_id)).scalar_one()


def articles_by_ids(conn: Connection, *, article_ids: Sequence[int]) -> Sequence:
    """The rows (every column) of these articles, by id."""
    if not article_ids:
        return []
    return conn.execute(select(A).where(A.c.id.in_(article_ids)).order_by(A.c.id)).all()
