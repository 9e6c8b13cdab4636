"""A team's server restarts while the app is open: a call while it is down fails with a
StorageError in words (no traceback, no hang), and the next call after it is back works without
reopening the ledger (the engine's pre-ping replaces the dead pooled connections). Its own
throwaway server (tests/pgcluster.py), stopped and started between calls; run by
``make test-postgres``."""
from __future__ import annotations

import sys
import time
from datetime import date

import psycopg
import pytest
from sqlalchemy.engine import make_url

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.errors import StorageError
from helpers import REPO as ROOT, SEED

TODAY = date(2026, 11, 28)

sys.path.insert(0, str(ROOT / "tests"))
try:
    from pgcluster import server
finally:
    sys.path.pop(0)


@pytest.mark.postgres_only
def test_a_restarted_server_is_an_error_in_words_then_works_again():
    with server() as srv:
        admin = make_url(srv.url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute("CREATE DATABASE loss")
        ledger = Ledger.open(make_url(srv.url).set(database="loss").render_as_string(hide_password=False),
                             today=TODAY, author="tester")
        ledger.importer.import_file(SEED)
        before = ledger.reader.count_claims()
        assert before > 0
        claim = ledger.reader.claims(limit=1)[0]

        srv.stop("fast")  # an administrator's restart between two calls: the pooled connection was ended
        srv.start()
        assert ledger.reader.count_claims() == before  # pre-ping noticed and connected anew

        srv.stop("fast")
        t0 = time.monotonic()
        for call in (lambda: ledger.reader.count_claims(),
                     lambda: ledger.outcomes.record_outcome(claim.id, "stalled", observed_on="2021-08-01")):
            with pytest.raises(StorageError) as exc:
                call()
            message = str(exc.value)
            assert "server cannot be reached" in message and "try again" in message and "\n" not in message
        assert time.monotonic() - t0 < 15

        srv.start()
        assert ledger.reader.count_claims() == before  # no reopen needed
        ledger.outcomes.record_outcome(claim.id, "stalled", observed_on="2021-08-01", note="after the restart")
        assert ledger.reader.count_claims(ClaimFilter(search="restart")) == 1
        ledger.close()
