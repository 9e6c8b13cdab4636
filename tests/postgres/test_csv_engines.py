"""The CSV export is the same file on PostgreSQL as on SQLite, byte for byte, for the same data:
PostgreSQL reads its rows through a named cursor with dates and timestamps written as text by
the server (``store.search.raw_dates``), SQLite as stored — the contract (README, DESIGN.md) must
not depend on the engine. Run by ``make test-postgres``."""
from __future__ import annotations

import io
import sys
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim, BulkEvent
from claimledger.store.models import Claim
from helpers import REPO as ROOT

TODAY = date(2026, 11, 28)
pg = pytest.mark.postgres_only

sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
try:
    from generate import articles as generated
finally:
    sys.path.pop(0)


def awkward_articles():
    """Cells the CSV writer must quote, neutralise or leave empty; dates on both sides of a
    deadline (days early or late); accented and non-Latin text."""
    cells = [
        ("=SUM(A1:A9) will rise, they said", "-12 percent", "+tag,@other", 'a "quoted" note\nover two lines'),
        ("Ministry of Finance; \"quotes\", commas", "", "", ""),
        ("Zürich will open the café", "\tleading tab", "santé", "=cmd|' /C calc'!A0"),
        ("Москва построит мост к 2027 году", "summary\r\nwith CRLF", "", "@note"),
    ]
    for i, (quote, summary, tags, note) in enumerate(cells):
        body = f"{quote} — reported on day {i}."
        claims = [BulkClaim(quote=quote, start=0, end=len(quote), kind="promise", speaker=f"=Speaker {i}",
                            speaker_kind="person", summary=summary, tags=tags, modality="-will" if i % 2 else None,
                            condition="if +funds arrive" if i == 1 else None,
                            deadline_expression="by =2027", deadline_earliest=date(2027, 1, 1),
                            deadline_latest=date(2027, 12, 31), deadline_granularity="year",
                            events=[BulkEvent(status="fulfilled", observed_on=date(2026, 3, 1 + i), author="-me",
                                              note=note, evidence_url="=HYPERLINK(\"x\")", evidence_quote="",
                                              recorded_at=datetime(2026, 3, 2, 4, 5, 6, 789000))])]
        yield BulkArticle(title=f"+Awkward {i}, \"title\"", published_on=date(2025, 6, 1 + i), text=body,
                          origin=f"awk{i}.txt", outlet="@Outlet" if i else None, url=f"https://example.org/{i}",
                          claims=claims)


def _fill(ledger: Ledger) -> None:
    ledger.bulk.bulk_load(generated(300, seed=5), chunk=40)
    ledger.bulk.bulk_load(awkward_articles())
    # the same change times on both (they are the moment of writing), with fractions of a second
    with ledger.uow.write() as conn:
        ids = [r[0] for r in conn.execute(Claim.__table__.select().with_only_columns(Claim.__table__.c.id))]
        base = datetime(2026, 5, 6, 7, 8, 9, 123456)
        for cid in ids:
            conn.execute(update(Claim.__table__).where(Claim.__table__.c.id == cid)
                         .values(updated_at=base + timedelta(seconds=cid * 37, microseconds=cid * 911)))


def _export(ledger: Ledger, f: ClaimFilter, **kw) -> bytes:
    out = io.StringIO(newline="")
    ledger.reports.export_csv(out, f, **kw)
    return out.getvalue().encode("utf-8")


@pg
def test_csv_export_is_byte_identical_on_sqlite_and_postgresql(tmp_path, new_db):
    lite = Ledger.open(tmp_path / "lite.db", today=TODAY)
    post = Ledger.open(new_db("csvengines"), today=TODAY)
    for ledger in (lite, post):
        _fill(ledger)
    try:
        for f, kw in [(ClaimFilter(), {}), (ClaimFilter(search="will"), {"excel": True}),
                      (ClaimFilter(as_of=date(2026, 3, 2)), {}), (ClaimFilter(include_rejected=True), {"sort": "deadline"})]:
            a, b = _export(lite, f, **kw), _export(post, f, **kw)
            assert a.count(b"\r\n") > 4
            if a != b:
                la, lb = a.splitlines(), b.splitlines()
                first = next(i for i, (x, y) in enumerate(zip(la, lb)) if x != y) if la[:len(lb)] != lb[:len(la)] else min(len(la), len(lb))
                pytest.fail(f"{f}: line {first} differs\nsqlite:     {la[first:first + 1]}\npostgresql: {lb[first:first + 1]}")
        whole = _export(post, ClaimFilter())
        assert b"2026-05-06T" in whole and b".123" not in whole  # timestamps to the second, ISO 8601
        assert b"\"'=SUM(A1:A9) will rise, they said\"" in whole  # neutralised, quoted (comma)
    finally:
        lite.close()
        post.close()
