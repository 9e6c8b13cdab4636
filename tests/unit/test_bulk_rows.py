"""The bulk loader's row insertion (store.bulk_rows: executemany on SQLite, COPY on PostgreSQL)
keeps every value, hands back ids in the rows' order, fills defaults, and fails as a statement
does: SQLAlchemy's error, nothing of the transaction kept. Runs on both engines (``make
test-postgres`` for PostgreSQL)."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim, BulkEvent
from claimledger.store import bulk_rows, changes
from claimledger.store.models import Article, Claim, OutcomeEvent

TODAY = date(2026, 11, 28)
A, C, E = Article.__table__, Claim.__table__, OutcomeEvent.__table__
NOW = datetime(2026, 11, 28, 9, 30, 15)


def _article(i: int, **extra) -> dict:
    row = dict(title=f"T{i}", outlet=None, url=f"https://example.org/{i}", published_on=date(2025, 1, 1 + i),
               text=f"Body {i}, with\ttab, \"quotes\", back\\slash and a\nnew line; café", sha256=f"{i:064d}",
               imported_at=NOW, origin=f"o{i}.txt")
    row.update(extra)
    return row


def test_rows_kept_exactly_and_ids_in_order(new_db):
    ledger = Ledger.open(new_db("rows"), today=TODAY)
    with ledger.uow.write() as conn:
        ids = bulk_rows.insert_rows(conn, A, [_article(i) for i in range(5)], returning_ids=True)
        assert len(ids) == 5 == len(set(ids))
        stored = {r.id: r for r in conn.execute(select(A))}
    for i, article_id in enumerate(ids):
        r = stored[article_id]
        assert (r.title, r.outlet, r.published_on, r.imported_at, r.author) == (f"T{i}", None, date(2025, 1, 1 + i),
                                                                                NOW, None)
        assert r.text == _article(i)["text"]  # tab, quotes, backslash, line break, accent: as given
    ledger.close()


def test_a_column_left_out_gets_its_default(new_db):
    ledger = Ledger.open(new_db("defaults"), today=TODAY)
    rows = [_article(i) for i in range(2)]
    for row in rows:
        del row["origin"]  # Column(Text, nullable=False, default="")
    with ledger.uow.write() as conn:
        ids = bulk_rows.insert_rows(conn, A, rows, returning_ids=True)
        assert conn.execute(select(A.c.origin).where(A.c.id.in_(ids))).scalars().all() == ["", ""]
        assert bulk_rows.insert_rows(conn, A, []) == []
    ledger.close()


def test_a_failing_batch_raises_sqlalchemys_error_and_keeps_nothing(new_db):
    ledger = Ledger.open(new_db("fails"), today=TODAY)
    with ledger.uow.write() as conn:
        bulk_rows.insert_rows(conn, A, [_article(0)], returning_ids=True)
    with pytest.raises(IntegrityError):  # sha256 is unique: the batch repeats article 0
        with ledger.uow.write() as conn:
            bulk_rows.insert_rows(conn, A, [_article(1), _article(2), _article(0)], returning_ids=True)
    with ledger.uow.read() as conn:
        assert conn.execute(select(A.c.title)).scalars().all() == ["T0"]
    ledger.close()


def test_bulk_load_claims_events_search_and_change_log(new_db):
    """Through the bulk loader: claims and events stored, the last event's status cached on the
    claim, each claim findable by its words, its speaker and its events' notes (PostgreSQL: the
    search vector computed by the row trigger under COPY, then again for the notes), one change
    log row per article."""
    ledger = Ledger.open(new_db("bulk"), today=TODAY)
    with ledger.uow.read() as conn:
        before = changes.last_change_id(conn)
    events = [BulkEvent(status="in_progress", observed_on=date(2025, 6, 1), note="tender opened"),
              BulkEvent(status="fulfilled", observed_on=date(2025, 9, 1), note="ribbon cut by the mayor",
                        evidence_url="https://example.org/e")]
    articles = [BulkArticle(title=f"A{i}", published_on=date(2025, 3, 1 + i), text=f"Text {i}", origin=f"{i}.txt",
                            claims=[BulkClaim(quote=f"The council will build bridge{i}", start=0, end=10, kind="plan",
                                              speaker="Jürgen Okafor", speaker_kind="person",
                                              deadline_latest=date(2026, 1, 1), deadline_granularity="day",
                                              tags="transport", events=events if i == 1 else [])])
                for i in range(3)]
    added = ledger.bulk.bulk_load(articles, chunk=2)
    assert added == {"articles": 3, "claims": 3, "outcome_events": 2}
    rows = ledger.reader.claims(ClaimFilter(), sort="id", limit=None)
    assert [r.quote for r in rows] == [f"The council will build bridge{i}" for i in range(3)]
    assert [r.status for r in rows] == ["pending", "fulfilled", "pending"]
    found = {q: [r.quote[-7:] for r in ledger.reader.claims(ClaimFilter(search=q), limit=None)]
             for q in ("bridge1", "okafor", "ribbon mayor", "tender", "transport")}
    assert found == {"bridge1": ["bridge1"], "okafor": ["bridge0", "bridge1", "bridge2"],
                     "ribbon mayor": ["bridge1"], "tender": ["bridge1"],
                     "transport": ["bridge0", "bridge1", "bridge2"]}
    history = ledger.reader.claim(rows[1].id).history
    assert [(h.status, h.note) for h in history][-1] == ("fulfilled", "ribbon cut by the mayor")
    with ledger.uow.read() as conn:
        logged, _more = changes.changes_after(conn, after=before, limit=100)
    assert sorted((r.kind, r.row_id) for r in logged) == [("article", r.article_id) for r in rows]
    ledger.close()
