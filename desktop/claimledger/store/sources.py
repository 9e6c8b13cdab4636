"""Further sources of a claim (SQLAlchemy Core): the ``claim_source`` rows — another article
reporting the same claim, where it says it, who linked it — and the candidates an imported claim
is compared with. The claim's own article is not a row here. The caller owns the transaction."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Connection, delete, func, select

from claimledger.store import tables

C = tables.claim
A = tables.article
CS = tables.claim_source

AUTO, ANALYST = "auto", "analyst"
_CANDIDATE = (C.c.id, C.c.article_id, C.c.quote, C.c.review, C.c.deadline_earliest, C.c.deadline_latest)
_CANDIDATE_KEYED = (*_CANDIDATE, C.c.speaker_id, C.c.kind)  # with what a candidate is kept by


def insert_source(conn: Connection, *, claim_id: int, article_id: int, start: int, end: int, quote: str,
                  linked_by: str, linked_at: datetime, score: float | None = None,
                  detached: str | None = None) -> int:
    return conn.execute(CS.insert().values(
        claim_id=claim_id, article_id=article_id, start=start, end=end, quote=quote, linked_by=linked_by,
        score=score, linked_at=linked_at, detached=detached)).inserted_primary_key[0]


def insert_sources(conn: Connection, rows: Sequence[dict]) -> None:
    """Several source rows (the columns of :func:`insert_source`) in one statement."""
    if rows:
        conn.execute(CS.insert(), list(rows))


def sources_of(conn: Connection, *, claim_id: int) -> Sequence:
    """The claim's source rows with their article's title, outlet, url and date, earliest first."""
    q = (select(CS, A.c.title.label("article_title"), A.c.outlet, A.c.url, A.c.published_on)
         .join(A, A.c.id == CS.c.article_id).where(CS.c.claim_id == claim_id)
         .order_by(A.c.published_on, CS.c.article_id))
    return conn.execute(q).all()


def claim_and_article(conn: Connection, *, claim_id: int):
    """The claim's article id, quote and offsets with its article's title, outlet, url and date
    (not its text), None if there is no such claim."""
    q = (select(C.c.article_id, C.c.quote, C.c.start, C.c.end, A.c.title, A.c.outlet, A.c.url, A.c.published_on)
         .join(A, A.c.id == C.c.article_id).where(C.c.id == claim_id))
    return conn.execute(q).first()


def source_of(conn: Connection, *, claim_id: int, article_id: int):
    return conn.execute(select(CS).where(CS.c.claim_id == claim_id, CS.c.article_id == article_id)).first()


def delete_source(conn: Connection, *, source_id: int) -> None:
    conn.execute(delete(CS).where(CS.c.id == source_id))


def move_sources(conn: Connection, *, from_claim: int, to_claim: int) -> list[int]:
    """The sources of ``from_claim`` given to ``to_claim`` (those of an article ``to_claim``
    already has are left where they are); the ids moved."""
    have = set(conn.execute(select(CS.c.article_id).where(CS.c.claim_id == to_claim)).scalars())
    rows = conn.execute(select(CS.c.id, CS.c.article_id).where(CS.c.claim_id == from_claim)).all()
    ids = [r.id for r in rows if r.article_id not in have]
    if ids:
        conn.execute(CS.update().where(CS.c.id.in_(ids)).values(claim_id=to_claim))
    return ids


def set_claim_of_sources(conn: Connection, *, source_ids: Iterable[int], claim_id: int) -> None:
    ids = list(source_ids)
    if ids:
        conn.execute(CS.update().where(CS.c.id.in_(ids)).values(claim_id=claim_id))


def source_counts(conn: Connection, *, claim_ids: Iterable[int]) -> dict[int, int]:
    """{claim id: number of further sources} for those of ``claim_ids`` that have any (one query)."""
    ids = list(claim_ids)
    if not ids:
        return {}
    q = select(CS.c.claim_id, func.count()).where(CS.c.claim_id.in_(ids)).group_by(CS.c.claim_id)
    return dict(conn.execute(q).all())


def has_sources(conn: Connection) -> bool:
    return conn.execute(select(CS.c.id).limit(1)).first() is not None


def all_sources_of_claims(conn: Connection, *, claim_ids: Iterable[int]) -> Sequence:
    """Every source row of those claims (for the JSON dump), by claim then id."""
    ids = sorted(set(claim_ids))
    if not ids:
        return []
    out = []
    for i in range(0, len(ids), 500):  # bounded IN lists
        out.extend(conn.execute(select(CS).where(CS.c.claim_id.in_(ids[i:i + 500]))).all())
    return sorted(out, key=lambda r: (r.claim_id, r.id))


def articles_of_claim(conn: Connection, *, claim_id: int) -> set[int]:
    """The articles reporting the claim: its own and its sources'."""
    own = conn.execute(select(C.c.article_id).where(C.c.id == claim_id)).scalar()
    return {own, *conn.execute(select(CS.c.article_id).where(CS.c.claim_id == claim_id)).scalars()} - {None}


def candidates(conn: Connection, *, speaker_id: int, kind: str, not_article: int, limit: int = 2000) -> Sequence:
    """Claims a newly imported claim of this speaker and kind may repeat: the speaker's ``limit``
    newest claims of that kind in other articles (id, article_id, quote, review, deadline
    bounds), newest first."""
    q = (select(*_CANDIDATE).where(C.c.speaker_id == speaker_id, C.c.kind == kind, C.c.article_id != not_article)
         .order_by(C.c.id.desc()).limit(limit))
    return conn.execute(q).all()


def claims_since(conn: Connection, *, after: int, limit: int) -> Sequence:
    """The claims with ids above ``after``, as :func:`candidates` reads them, with their speaker
    and kind; oldest first, ``limit`` of them at most."""
    return conn.execute(select(*_CANDIDATE_KEYED).where(C.c.id > after)
                        .order_by(C.c.id).limit(limit)).all()


def candidates_by_ids(conn: Connection, *, claim_ids: Sequence[int]) -> Sequence:
    """The claims ``claim_ids`` that exist, as :func:`candidates` reads them, with their speaker
    and kind."""
    if not claim_ids:
        return []
    return conn.execute(select(*_CANDIDATE_KEYED).where(C.c.id.in_(list(claim_ids)))).all()


def events_count(conn: Connection, *, claim_id: int) -> int:
    E = tables.outcome_event
    return conn.execute(select(func.count()).select_from(E).where(E.c.claim_id == claim_id)).scalar()


def delete_claim(conn: Connection, *, claim_id: int) -> None:
    """The claim's row removed (it lives on as another claim's source; its sources were moved)."""
    conn.execute(delete(C).where(C.c.id == claim_id))
