"""Live updates survive a server restart (issue 18): while the server is down the feed says so in
words (``on_state``) and keeps trying; once it is back it reconnects by itself, reports
"everything" once (notifications sent meanwhile may be lost), and from then on reports changes
as before. Its own throwaway server (tests/pgcluster.py); run by ``make test-postgres``."""
from __future__ import annotations

import queue
import sys
import time
from datetime import date

import psycopg
import pytest
from sqlalchemy.engine import make_url

from claimledger.services import Ledger
from helpers import REPO as ROOT, SEED

TODAY = date(2026, 11, 28)

sys.path.insert(0, str(ROOT / "tests"))
try:
    from pgcluster import server
finally:
    sys.path.pop(0)


def _next(q: queue.Queue, want, timeout: float = 30.0):
    end = time.monotonic() + timeout
    while (left := end - time.monotonic()) > 0:
        try:
            item = q.get(timeout=left)
        except queue.Empty:
            break
        if want(item):
            return item
    raise AssertionError("not reported in time")


@pytest.mark.postgres_only
def test_the_listener_reconnects_after_a_restart_and_reads_everything_once():
    with server() as srv:
        admin = make_url(srv.url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute("CREATE DATABASE live")
        url = make_url(srv.url).set(database="live").render_as_string(hide_password=False)
        a = Ledger.open(url, today=TODAY, author="alice")
        b = Ledger.open(url, today=TODAY, author="bob")
        b.importer.import_file(SEED)
        claim = b.reader.claims(limit=1)[0]
        changes, states = queue.Queue(), queue.Queue()
        unsubscribe = a.changes.subscribe(changes.put, on_state=states.put)
        b.outcomes.record_outcome(claim.id, "stalled", observed_on="2021-08-01")
        _next(changes, lambda c: claim.id in c.claim_ids)

        srv.stop("fast")
        paused = _next(states, lambda s: s is not None)
        assert "Live updates paused" in paused and "\n" not in paused
        assert a.changes.paused == paused
        srv.start()
        assert _next(states, lambda s: True) is None  # live again, by itself
        assert _next(changes, lambda c: True).everything  # once: what was missed is not known
        assert a.changes.paused is None

        b.outcomes.record_outcome(claim.id, "fulfilled", observed_on="2021-08-30")  # b's pool: pre-ping
        got = _next(changes, lambda c: claim.id in c.claim_ids)
        assert not got.everything
        unsubscribe()
        assert not a.changes.running
        a.close()
        b.close()
