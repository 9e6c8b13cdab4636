"""Two analysts on one database (two ``Ledger`` objects, two connection pools): SQLite, and
PostgreSQL under ``make test-postgres``. Nobody overwrites anybody silently: a stale save raises
ConflictError carrying the other's values; outcome events recorded at once all survive and the
claim's status is its latest event."""
from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import event, text

from claimledger.services import ConflictError


def _latest_status(ledger, claim_id):
    with ledger.engine.connect() as c:
        return c.execute(text("SELECT status FROM outcome_event WHERE claim_id = :c ORDER BY observed_on DESC, id DESC "
                              "LIMIT 1"), {"c": claim_id}).scalar()


def test_stale_save_raises_conflict_with_their_values(pair):
    a, b = pair
    mine = a.reader.claims(limit=1)[0]  # A reads version 1
    v1 = mine.version
    v2 = b.outcomes.update_claim(mine.id, {"summary": "Bob's paraphrase", "tags": "bob"}, expected_version=v1)
    assert v2 == v1 + 1
    with pytest.raises(ConflictError) as exc:
        a.outcomes.update_claim(mine.id, {"summary": "Alice's paraphrase"}, expected_version=v1)
    theirs = exc.value.theirs
    assert exc.value.claim_id == mine.id
    assert (theirs["summary"], theirs["tags"], theirs["version"]) == ("Bob's paraphrase", "bob", v2)
    assert a.reader.claim(mine.id).row.summary == "Bob's paraphrase"  # nothing of Alice's was written
    # Alice saw Bob's version; saving on top of it is her informed choice
    assert a.outcomes.update_claim(mine.id, {"summary": "Alice's paraphrase"}, expected_version=theirs["version"]) == v2 + 1
    assert b.reader.claim(mine.id).row.summary == "Alice's paraphrase"


def test_stale_review_raises_conflict(pair):
    a, b = pair
    row = a.reader.claims(limit=1)[0]
    b.outcomes.set_review(row.id, "rejected", expected_version=row.version)
    with pytest.raises(ConflictError) as exc:
        a.outcomes.set_review(row.id, "accepted", expected_version=row.version)
    assert exc.value.theirs["review"] == "rejected"
    assert b.reader.claim(row.id).row.review == "rejected"


def test_outcomes_recorded_at_once_all_survive(pair):
    a, b = pair
    ids = [r.id for r in a.reader.claims(limit=None)][:2]
    start = threading.Barrier(2)
    done: dict[str, list] = {"alice": [], "bob": []}
    errors: list[BaseException] = []

    def record(ledger, name, offset):
        try:
            start.wait()
            for i in range(25):
                day = date(2021, 8, 1 + (i * 7 + offset) % 28)
                status = ("in_progress", "stalled", "fulfilled", "not_fulfilled")[(i + offset) % 4]
                done[name].append(ledger.outcomes.record_outcome(ids[i % 2], status, observed_on=day, note=f"{name} {i}").event_id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=record, args=(a, "alice", 0)), threading.Thread(target=record, args=(b, "bob", 3))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    everything = done["alice"] + done["bob"]
    assert len(set(everything)) == 50
    with a.engine.connect() as c:
        stored = {r[0]: r[1] for r in c.execute(text("SELECT id, author FROM outcome_event"))}
    assert all(stored[e] == "alice" for e in done["alice"]) and all(stored[e] == "bob" for e in done["bob"])
    assert len(ids) == 2
    for cid in ids:  # the status cache is the latest event, whoever wrote last
        assert a.reader.claim(cid).row.status == _latest_status(a, cid)


# The races below are decided by the write lock every write transaction takes first (SQLite:
# BEGIN IMMEDIATE; PostgreSQL: the ledger's advisory lock, store/engine.py). Without it, under
# PostgreSQL's READ COMMITTED, the loser of a save race was shown its own stale values, an earlier
# outcome committed second overwrote the cached status, and a double import hit a unique key.


@pytest.mark.slow  # a writer held at its commit for a second
def test_racing_saves_the_loser_gets_the_winners_values(pair):
    """Bob saves while Alice's save is half-way (after she read the claim, before she wrote it)."""
    a, b = pair
    row = a.reader.claims(limit=1)[0]
    results: dict[str, object] = {}

    def bob_saves():
        try:
            results["bob"] = b.outcomes.update_claim(row.id, {"summary": "Bob"}, expected_version=row.version)
        except ConflictError as exc:
            results["bob"] = exc

    bob = threading.Thread(target=bob_saves)

    @event.listens_for(a.engine, "before_cursor_execute")
    def _midway(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE CLAIM") and not bob.is_alive() and "bob" not in results:
            bob.start()
            bob.join(1.0)  # Bob either finishes (nothing stops him) or waits for Alice's lock

    try:
        results["alice"] = a.outcomes.update_claim(row.id, {"summary": "Alice"}, expected_version=row.version)
    except ConflictError as exc:
        results["alice"] = exc
    event.remove(a.engine, "before_cursor_execute", _midway)
    bob.join(30)
    losers = [(name, r) for name, r in results.items() if isinstance(r, ConflictError)]
    winners = [name for name, r in results.items() if not isinstance(r, ConflictError)]
    assert len(losers) == 1 and len(winners) == 1, results
    (loser, exc), winner = losers[0], winners[0]
    assert exc.theirs["summary"] == winner.capitalize(), f"{loser} was shown {exc.theirs['summary']!r}"
    assert a.reader.claim(row.id).row.summary == winner.capitalize()


@pytest.mark.slow  # a writer held at its commit for a second
def test_racing_outcomes_keep_the_status_of_the_latest_event(pair):
    """Bob records an earlier outcome while Alice's later one is about to commit."""
    a, b = pair
    cid = a.reader.claims(limit=1)[0].id
    # no notes: on PostgreSQL an event with a note also touches the claim row (search trigger of
    # migration 0003), which happens to serialise the two; without one nothing does
    bob = threading.Thread(target=lambda: b.outcomes.record_outcome(cid, "stalled", observed_on="2021-08-01"))

    @event.listens_for(a.engine, "commit")
    def _before_commit(conn):
        if not bob.is_alive() and bob.ident is None:
            bob.start()
            bob.join(1.0)

    a.outcomes.record_outcome(cid, "fulfilled", observed_on="2021-08-30")
    event.remove(a.engine, "commit", _before_commit)
    bob.join(30)
    assert _latest_status(a, cid) == "fulfilled"
    assert a.reader.claim(cid).row.status == "fulfilled"  # the cache agrees with the events


def _while_committing(ledger, action):
    """Run ``action`` in another thread just before ``ledger``'s next write commits; wait up to 1 s."""
    other = threading.Thread(target=action)

    @event.listens_for(ledger.engine, "commit")
    def _before_commit(conn):
        if other.ident is None and conn.get_execution_options().get("claimledger_write"):
            other.start()
            other.join(1.0)

    return other, lambda: event.remove(ledger.engine, "commit", _before_commit)


@pytest.mark.slow  # a writer held at its commit for a second
def test_racing_imports_of_one_article_store_it_once(pair):
    a, b = pair
    raw = b" date 2021-07-07 The minister, Ana Lima, promised to publish the audit by June 2022."
    results = {}
    bob, done = _while_committing(a, lambda: results.setdefault("bob", b.importer.import_bytes(raw, origin="b.txt")))
    results["alice"] = a.importer.import_bytes(raw, origin="a.txt")
    done()
    bob.join(30)
    assert sorted(r.created for r in results.values()) == [False, True]
    assert results["alice"].article_id == results["bob"].article_id
    assert sum(1 for art in a.reader.list_articles() if art.origin in ("a.txt", "b.txt")) == 1


@pytest.mark.slow  # a writer held at its commit for a second
def test_racing_imports_sharing_a_new_speaker(pair):
    a, b = pair
    results = {}
    bob, done = _while_committing(a, lambda: results.setdefault("bob", b.importer.import_bytes(
        b" date 2021-07-08 Finance Minister Ana Lima said taxes will rise next year.", origin="b.txt")))
    results["alice"] = a.importer.import_bytes(b" date 2021-07-07 Ana Lima said the bridge will open by May 2022.",
                                      origin="a.txt")
    done()
    bob.join(30)
    assert "bob" in results and results["bob"].created and results["alice"].created
    assert [name for _, name in a.reader.list_speakers()].count("Ana Lima") == 1


def test_a_writer_waits_for_another_then_fails_clearly(pair, monkeypatch):
    """Past the busy timeout the second writer gets a one-line LedgerError, and writes nothing."""
    from claimledger.services import LedgerError
    from claimledger.store import engine as store_engine

    a, b = pair
    cid = a.reader.claims(limit=1)[0].id
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 400)
    outcome: dict = {}

    def bob_records():
        t0 = time.monotonic()
        try:
            b.outcomes.record_outcome(cid, "stalled", observed_on="2021-08-01")
        except LedgerError as exc:
            outcome["error"] = exc
        outcome["waited"] = time.monotonic() - t0

    with a.uow.write() as conn:  # Alice's transaction stays open
        conn.execute(text("UPDATE claim SET summary = 'held' WHERE id = :i"), {"i": cid})
        bob = threading.Thread(target=bob_records)
        bob.start()
        bob.join(5)
        stuck = bob.is_alive()
    bob.join(30)
    assert not stuck, "Bob waited for Alice's write beyond the busy timeout"
    exc = outcome.get("error")
    assert exc is not None and "busy" in str(exc) and "\n" not in str(exc)
    assert 0.3 < outcome["waited"] < 5
    assert b.reader.claim(cid).history == () and b.reader.claim(cid).row.summary == "held"
    b.outcomes.record_outcome(cid, "stalled", observed_on="2021-08-01")  # and once she is done, Bob can save
