"""Outcome events and their further evidence (SQLAlchemy Core). Events are append-only: these
functions insert and read them, never update or delete one. The caller owns the transaction."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, select

from claimledger.store import bulk_rows
from claimledger.store import tables
from claimledger.store.search import ClaimFilter, claim_ids_select

E = tables.outcome_event
EV = tables.outcome_evidence


def events_of(conn: Connection, *, claim_id: int) -> Sequence:
    return conn.execute(select(E).where(E.c.claim_id == claim_id).order_by(E.c.observed_on, E.c.id)).all()


def latest_event(conn: Connection, *, claim_id: int):
    return conn.execute(
        select(E).where(E.c.claim_id == claim_id).order_by(E.c.observed_on.desc(), E.c.id.desc()).limit(1)
    ).first()


def event_by_id(conn: Connection, *, event_id: int):
    """The event's row, None if there is none."""
    return conn.execute(select(E).where(E.c.id == event_id)).first()


def insert_event(conn: Connection, *, claim_id: int, status: str, observed_on: date, recorded_at: datetime,
                 author: str, note: str, evidence_url: str | None, evidence_quote: str | None,
                 id: int | None = None) -> int:
    """Append one event (with ``id`` when given: a dump loaded into an empty ledger); its id."""
    values = dict(claim_id=claim_id, status=status, observed_on=observed_on, recorded_at=recorded_at, author=author,
                  note=note, evidence_url=evidence_url, evidence_quote=evidence_quote)
    if id is not None:
        values["id"] = id
    return conn.execute(E.insert().values(**values)).inserted_primary_key[0]


def insert_events(conn: Connection, rows: Sequence[dict]) -> None:
    """Append many events in one go (bulk loading; store.bulk_rows: COPY on PostgreSQL); rows
    carry every column but id."""
    bulk_rows.insert_rows(conn, E, rows)


def same_event_exists(conn: Connection, *, claim_id: int, status: str, observed_on: date, recorded_at: datetime,
                      author: str, note: str, evidence_url: str | None, evidence_quote: str | None) -> bool:
    """Whether the claim already has an event with exactly these values (two NULLs are the same)."""
    def same(column, value):
        return column.is_(None) if value is None else column == value

    return conn.execute(select(E.c.id).where(
        E.c.claim_id == claim_id, E.c.status == status, E.c.observed_on == observed_on,
        E.c.recorded_at == recorded_at, E.c.author == author, E.c.note == note,
        same(E.c.evidence_url, evidence_url), same(E.c.evidence_quote, evidence_quote))).first() is not None


def events_of_claims(conn: Connection, *, claim_ids: Sequence[int],
                     as_of: date | None = None) -> dict[int, list[tuple[int, date, str]]]:
    """{claim id: [(event id, observed_on, status), ...]} oldest first, observed up to ``as_of``."""
    q = select(E.c.id, E.c.claim_id, E.c.observed_on, E.c.status).where(E.c.claim_id.in_(list(claim_ids)))
    if as_of is not None:
        q = q.where(E.c.observed_on <= as_of)
    out: dict[int, list] = {}
    for e in conn.execute(q.order_by(E.c.observed_on, E.c.id)):
        out.setdefault(e.claim_id, []).append((e.id, e.observed_on, e.status))
    return out


def events_of_selected_claims(conn: Connection, *, f: ClaimFilter, today: date, dialect: str) -> Sequence:
    """Every event of the claims ``f`` selects (observed up to ``f.as_of``), by id."""
    ids = claim_ids_select(f, today=today, dialect=dialect).subquery()
    q = select(E).where(E.c.claim_id.in_(select(ids.c.id)))
    if f.as_of is not None:
        q = q.where(E.c.observed_on <= f.as_of)
    return conn.execute(q.order_by(E.c.id)).all()


def more_evidence_of(conn: Connection, *, event_ids: Iterable[int]) -> dict[int, tuple[tuple[str, str | None], ...]]:
    """{event id: ((url, quote), ...)} — the evidence beyond each event's own first link."""
    ids = list(event_ids)
    if not ids:
        return {}
    out: dict[int, list] = {}
    for r in conn.execute(select(EV.c.event_id, EV.c.url, EV.c.quote).where(EV.c.event_id.in_(ids))
                          .order_by(EV.c.event_id, EV.c.position)):
        out.setdefault(r.event_id, []).append((r.url, r.quote))
    return {k: tuple(v) for k, v in out.items()}


def add_more_evidence(conn: Connection, *, event_id: int, items: Sequence[tuple[str, str | None]]) -> None:
    if items:
        conn.execute(EV.insert(), [dict(event_id=event_id, position=i, url=u, quote=q or None)
                                   for i, (u, q) in enumerate(items, 1)])
