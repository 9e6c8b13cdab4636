"""Claims (SQLAlchemy Core): the one builder of a new claim's row, inserting and editing claims
(with the version check), the cached status, and the plain reads the use cases need. The
filtered, sorted, paged lists are ``store.search``. The caller owns the transaction."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, select

from claimledger.domain import Review, Status
from claimledger.store import bulk_rows
from claimledger.store.events import latest_event
from claimledger.store import tables
from claimledger.store.search import ClaimFilter, claim_ids_select, claim_rows_select

C = tables.claim


def new_claim_row(*, article_id: int, quote: str, start: int, end: int, kind: str, speaker_id: int | None = None,
                  summary: str = "", modality: str | None = None, condition: str | None = None,
                  negated: bool = False, review: str = Review.SUGGESTED.value, confidence: float = 0.5,
                  deadline_expression: str | None = None, deadline_anchor: date | None = None,
                  deadline_earliest: date | None = None, deadline_latest: date | None = None,
                  deadline_granularity: str | None = None, event_expression: str | None = None,
                  event_earliest: date | None = None, event_latest: date | None = None, tags: str = "",
                  status: str = Status.PENDING.value, status_observed_on: date | None = None, version: int = 1,
                  now: datetime | None = None, created_at: datetime | None = None,
                  updated_at: datetime | None = None, id: int | None = None,
                  speaker_mention: str | None = None) -> dict:
    """Every column of a new claim's row, for ``insert_claim``/``insert_claims`` (import, bulk
    load, JSON import and claims added by hand all build theirs here). ``created_at`` and
    ``updated_at`` default to ``now``; ``id`` only when given (a dump loaded into an empty ledger)."""
    row = dict(
        article_id=article_id, speaker_id=speaker_id, quote=quote, start=start, end=end, summary=summary, kind=kind,
        modality=modality, condition=condition, negated=negated, review=review, confidence=confidence,
        deadline_expression=deadline_expression, deadline_anchor=deadline_anchor, deadline_earliest=deadline_earliest,
        deadline_latest=deadline_latest, deadline_granularity=deadline_granularity, event_expression=event_expression,
        event_earliest=event_earliest, event_latest=event_latest, tags=tags, status=status,
        status_observed_on=status_observed_on, version=version,
        created_at=now if created_at is None else created_at, updated_at=now if updated_at is None else updated_at,
        speaker_mention=speaker_mention,
    )
    if id is not None:
        row["id"] = id
    return row


def insert_claim(conn: Connection, row: dict) -> int:
    """Insert one row of ``new_claim_row``; the claim's id."""
    return conn.execute(C.insert().values(**row)).inserted_primary_key[0]


def insert_claims(conn: Connection, rows: Sequence[dict]) -> None:
    """Insert rows of ``new_claim_row`` in one executemany."""
    if rows:
        conn.execute(C.insert(), rows)


def insert_claims_returning_ids(conn: Connection, rows: Sequence[dict]) -> list[int]:
    """Insert rows of ``new_claim_row`` in one go (store.bulk_rows: COPY on PostgreSQL); their
    ids, in the rows' order."""
    return bulk_rows.insert_rows(conn, C, rows, returning_ids=True)


def claim_exists(conn: Connection, *, claim_id: int) -> bool:
    return conn.execute(select(C.c.id).where(C.c.id == claim_id)).first() is not None


def existing_claim_ids(conn: Connection, *, claim_ids: Iterable[int]) -> set[int]:
    """Those of ``claim_ids`` that are claims in the ledger."""
    ids = list(claim_ids)
    return set(conn.execute(select(C.c.id).where(C.c.id.in_(ids))).scalars()) if ids else set()


def claim_by_id(conn: Connection, *, claim_id: int):
    """The claim's row (every column), None if there is none."""
    return conn.execute(select(C).where(C.c.id == claim_id)).first()


def claim_at(conn: Connection, *, article_id: int, start: int, end: int, quote: str) -> int | None:
    """The id of the article's claim quoting ``quote`` at ``start``–``end``, if there is one."""
    return conn.execute(select(C.c.id).where(C.c.article_id == article_id, C.c.start == start, C.c.end == end,
                                             C.c.quote == quote)).scalar()


def claim_rows_by_ids(conn: Connection, *, claim_ids: Iterable[int], f: ClaimFilter, today: date) -> Sequence:
    """The list rows (``claim_rows_select``) of those of ``claim_ids`` that ``f`` selects, as of
    ``f.as_of``: one query, whichever of them changed (the window re-reads just the rows it shows)."""
    ids = sorted(set(claim_ids))
    if not ids:
        return []
    q = claim_rows_select(f, today=today, dialect=conn.dialect.name).where(C.c.id.in_(ids))
    return conn.execute(q).all()


def claims_selected(conn: Connection, *, f: ClaimFilter, today: date, dialect: str) -> Sequence:
    """The rows (every column) of the claims ``f`` selects, by id."""
    ids = claim_ids_select(f, today=today, dialect=dialect).subquery()
    return conn.execute(select(C).where(C.c.id.in_(select(ids.c.id))).order_by(C.c.id)).all()


def update_claim_at_version(conn: Connection, *, claim_id: int, version: int, values: dict,
                            updated_at: datetime) -> bool:
    """Write ``values`` and version + 1 if the claim is still at ``version`` (optimistic
    locking); False when someone saved it since."""
    done = conn.execute(C.update().where(C.c.id == claim_id, C.c.version == version)
                        .values(**values, version=version + 1, updated_at=updated_at))
    return done.rowcount == 1


def touch_claim(conn: Connection, *, claim_id: int, updated_at: datetime) -> None:
    """Mark the claim changed (its outcomes changed; its version stays)."""
    conn.execute(C.update().where(C.c.id == claim_id).values(updated_at=updated_at))


def refresh_status_cache(conn: Connection, *, claim_ids: Iterable[int]) -> None:
    """Set each claim's cached status to its latest event (pending when it has none)."""
    for cid in claim_ids:
        ev = latest_event(conn, claim_id=cid)
        conn.execute(
            C.update().where(C.c.id == cid).values(
                status=ev.status if ev else Status.PENDING.value,
                status_observed_on=ev.observed_on if ev else None,
            )
        )


def tag_names(conn: Connection, *, limit: int) -> list[str]:
    """Tags in use (at most ``limit`` distinct tag lists read), sorted."""
    rows = conn.execute(select(C.c.tags).where(C.c.tags != "").distinct().limit(limit)).scalars()
    return sorted({t for s in rows for t in s.split(",") if t})
