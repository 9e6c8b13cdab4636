"""PostgreSQL as a team's shared database: migrations (from every revision, with data; down and
up again), tsvector full-text search kept by triggers, dumps keeping ids, the bulk path, the
command line, concurrent first opens, clear errors. Run by ``make test-postgres`` (a throwaway
server, tests/pgcluster.py); skipped otherwise, except what needs no server."""
from __future__ import annotations

import csv
import io
import json
import sys
import threading
import time
from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from claimledger.cli import main
from claimledger.services import ClaimFilter, Ledger, LedgerError
from claimledger.store import migrate
from claimledger.store.engine import make_engine
from helpers import REPO as ROOT, SEED
from helpers.migrations import revisions as _revisions

TODAY = date(2026, 11, 28)
pg = pytest.mark.postgres_only


def ids(ledger, query):
    return {r.id for r in ledger.reader.claims(ClaimFilter(search=query), limit=None)}


@pg
@pytest.mark.parametrize("revision", [r for r in _revisions() if r != migrate.head_revision()])
def test_upgrade_from_every_revision_keeps_data_and_indexes_it(new_db, revision):
    url = new_db(f"up{revision}")
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text(
            "INSERT INTO article (id, title, published_on, text, sha256, imported_at, origin) VALUES "
            "(1, 't', '2021-07-06', 'The army will withdraw by May.', 'abc', '2021-07-06 00:00:00', 'x');"
            "INSERT INTO speaker (id, name, key, kind, aliases) VALUES (1, 'Defence Ministry', 'defence ministry', "
            "'organisation', ''), (2, 'Ana Lima', 'ana lima', 'person', 'the spokeswoman');"
            "UPDATE speaker SET affiliation_id = 1 WHERE id = 2;"
            "INSERT INTO claim (id, article_id, speaker_id, quote, start, \"end\", summary, kind, negated, review, "
            "confidence, tags, status, version, created_at, updated_at) VALUES (1, 1, 2, 'The army will withdraw by "
            "May.', 0, 30, 'pull-out', 'plan', false, 'suggested', 0.5, 'troops,army', 'pending', 1, "
            "'2021-07-06', '2021-07-06');"
            "INSERT INTO outcome_event (id, claim_id, status, observed_on, recorded_at, author, note) VALUES "
            "(1, 1, 'stalled', '2021-08-01', '2021-08-01', 'a', 'convoy halted at Bagram')"))
    engine.dispose()
    ledger = Ledger.open(url, today=TODAY)
    assert migrate.current_revision(ledger.engine) == migrate.head_revision()
    assert ledger.backup_path is None  # PostgreSQL: the server's backups, not a file copy
    for words in ("withdr", "pull out", "pull-out", "army", "Lima", "spokeswoman", "defence", "bagram"):
        assert ids(ledger, words) == {1}, words
    with ledger.engine.connect() as c:
        indexes = {r[0] for r in c.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'claim'"))}
        outlet = c.execute(text("SELECT data_type FROM information_schema.columns WHERE table_name = 'article' "
                                "AND column_name = 'outlet'")).scalar()
    assert {"ix_claim_deadline_asc", "ix_claim_deadline_desc", "ix_claim_updated", "ix_claim_search"} <= indexes
    assert outlet == "text"
    ledger.close()


@pg
def test_downgrade_and_upgrade_again(new_db):
    url = new_db("down")
    ledger = Ledger.open(url, today=TODAY)
    ledger.importer.import_file(SEED)
    cfg = migrate.alembic_config()
    with ledger.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert migrate.current_revision(ledger.engine) == "0002"
    ledger.close()
    ledger = Ledger.open(url, today=TODAY)  # upgrades again, search rebuilt
    assert ids(ledger, "withdraw foreign")
    ledger.close()


@pg
def test_search_follows_every_write(new_db):
    ledger = Ledger.open(new_db("search"), today=TODAY, author="tester")
    ledger.importer.import_file(SEED)
    troops = next(r for r in ledger.reader.claims(limit=None) if "withdraw all foreign troops" in r.quote)
    assert troops.id in ids(ledger, "withdr") and troops.id in ids(ledger, "united states")
    assert troops.id not in ids(ledger, "evacuation")
    ledger.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30", note="Bagram-evacuation complete")
    assert ids(ledger, "bagram-evacuation") == {troops.id} == ids(ledger, "bagram evac")
    ledger.outcomes.update_claim(troops.id, {"tags": "drawdown", "summary": "Pull-out deadline", "speaker": "Joe Biden"})
    assert ids(ledger, "drawdown") == {troops.id} == ids(ledger, "pull out") == ids(ledger, "biden")
    assert troops.id not in ids(ledger, "united states")
    with ledger.engine.begin() as c:  # a speaker renamed by hand (or a future service) is found too
        c.execute(text("UPDATE speaker SET name = 'Joseph R. Biden' WHERE name = 'Joe Biden'"))
    assert troops.id in ids(ledger, "joseph")
    assert ledger.reader.count_claims(ClaimFilter(search="joseph")) == 1
    ledger.close()


HOSTILE_SEARCHES = ["a & b", "!withdraw", "(", ")", "withdraw:*", "'", "''", "\\", "\\'", "<->", "a | b", "x:A",
                    "\x00", "w" * 3000, "&&&", "!(", "'withdraw' & !", "foo:*B", "*", ":", "<2>", "\"", "--", "%_",
                    "withdraw\x00foreign", "ütf 日本語 🙂", "1.5e10", "2021-09-11"]


@pg
def test_search_operators_are_plain_text(new_db):
    ledger = Ledger.open(new_db("ops"), today=TODAY)
    ledger.importer.import_file(SEED)
    everything = ids(ledger, "")
    assert everything, "the seed's claims"
    for query in HOSTILE_SEARCHES:
        found = ids(ledger, query)  # never an error
        assert found <= everything, query
        assert ledger.reader.count_claims(ClaimFilter(search=query)) == len(found), query
    assert ids(ledger, "withdraw:* | !x") == ids(ledger, "withdraw x") == set()  # operators are words
    ledger.close()


@pg
def test_search_uses_the_gin_index(new_db):
    ledger = Ledger.open(new_db("gin"), today=TODAY)
    ledger.importer.import_file(SEED)
    from claimledger.store import search as queries

    q = queries.claim_ids_select(ClaimFilter(search="withdraw troops"), today=TODAY, dialect="postgresql")
    with ledger.engine.connect() as c:
        c.execute(text("SET enable_seqscan = off"))
        compiled = q.compile(dialect=c.dialect, compile_kwargs={"literal_binds": True})
        plan = "\n".join(r[0] for r in c.execute(text(f"EXPLAIN {compiled}")))
    assert "ix_claim_search" in plan, plan
    ledger.close()


@pg
def test_dump_from_sqlite_into_postgres_keeps_ids_and_round_trips(tmp_path, new_db):
    src = Ledger.open(tmp_path / "src.db", today=TODAY, author="analyst")
    src.importer.import_file(SEED)
    src.importer.import_bytes(b" date 2021-07-06 The mayor, Jane Roe, promised to open the bridge by May 2022.", origin="b.txt")
    rows = src.reader.claims(limit=None, sort="id")
    src.outcomes.record_outcome(rows[-1].id, "fulfilled", observed_on="2022-05-02", note="opened",
                       evidence_url="https://example.org/bridge")
    src.outcomes.update_claim(rows[0].id, {"summary": "s", "tags": "a,b"})
    buf = io.StringIO()
    src.dump.export_json(buf)
    path = tmp_path / "d.json"
    path.write_text(buf.getvalue(), encoding="utf-8")
    dst = Ledger.open(new_db("dst"), today=TODAY)
    added = dst.dump.import_json_file(path)
    assert added["claims"] == len(rows) and added["outcome_events"] == 1
    again = io.StringIO()
    dst.dump.export_json(again)
    assert again.getvalue() == buf.getvalue()  # same ids, same everything
    assert [r.id for r in dst.reader.claims(limit=None, sort="id")] == [r.id for r in rows]
    # sequences were moved past the imported ids: new rows do not collide
    r = dst.importer.import_bytes(b" date 2021-07-07 The council will vote on the budget next week.", origin="c.txt")
    assert r.created and r.article_id > max(a.id for a in src.reader.list_articles())
    event = dst.outcomes.record_outcome(rows[0].id, "stalled", observed_on="2021-08-01")
    assert event.event_id > 1
    src.close()
    dst.close()


@pg
def test_bulk_load_on_postgres(new_db):
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    try:
        from generate import articles
    finally:
        sys.path.pop(0)
    ledger = Ledger.open(new_db("bulk"), today=TODAY)
    added = ledger.bulk.bulk_load(articles(600, seed=3), chunk=25)
    assert added["claims"] == 600 == ledger.reader.count_claims()
    assert ledger.bulk.bulk_load(articles(600, seed=3), chunk=25)["claims"] == 0  # same texts: skipped
    assert ledger.reader.count_claims(ClaimFilter(search="ministry")) > 0
    buf = io.StringIO(newline="")
    assert ledger.reports.export_csv(buf) == 600
    ledger.close()


@pg
def test_command_line_on_postgres(new_db, tmp_path, capsys):
    url = new_db("cli")

    def run(*argv):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("--db", url, "import", SEED)
    assert code == 0 and "imported article 1 (2021-07-06)" in out
    code, out, _ = run("--db", url, "claims", "--format", "json", "--search", "withdraw all foreign troops")
    (troops,) = json.loads(out)
    code, out, _ = run("--db", url, "mark", troops["id"], "fulfilled", "--on", "2021-08-30", "--evidence",
                       "https://example.org/x", "--note", "last flight")
    assert code == 0 and "fulfilled on 2021-08-30" in out
    code, out, _ = run("--db", url, "claims", "--search", "last flig")
    assert code == 0 and str(troops["id"]) in out
    report = tmp_path / "r.csv"
    assert run("--db", url, "export", "-o", report)[0] == 0
    row = next(r for r in csv.DictReader(report.open(encoding="utf-8", newline="")) if r["claim_id"] == str(troops["id"]))
    assert (row["status"], row["days_early_or_late"], row["speaker"]) == ("fulfilled", "-12", "United States")
    for fmt, suffix in (("json", "json"), ("html", "html"), ("claimreview", "jsonld")):
        assert run("--db", url, "export", "--format", fmt, "-o", tmp_path / f"r.{suffix}")[0] == 0
    assert run("--db", url, "export", "--rows", "events", "-o", tmp_path / "e.csv")[0] == 0
    other = new_db("cli2")
    code, out, _ = run("--db", other, "import-json", tmp_path / "r.json")
    assert code == 0 and "1 outcome events" in out
    code, out, _ = run("--db", other, "export", "--format", "json")
    assert json.loads(out)["claims"] == json.loads((tmp_path / "r.json").read_text())["claims"]
    code, _, err = run("--db", url, "mark", "99999", "fulfilled")
    assert code == 2 and "no claim with id 99999" in err


@pg
def test_many_first_opens_at_once(new_db):
    url = new_db("race")
    results: list = []

    def open_and_import():
        try:
            led = Ledger.open(url, today=TODAY)
            results.append(led.importer.import_file(SEED).article_id)
            led.close()
        except Exception as exc:  # noqa: BLE001 - reported below
            results.append(exc)

    threads = [threading.Thread(target=open_and_import) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == [1, 1, 1, 1], results


@pg
def test_missing_database_is_a_clear_message(new_db):
    url = new_db("exists")
    missing = url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(LedgerError) as exc:
        Ledger.open(missing)
    message = str(exc.value)
    assert "no_such_database" in message and "does not exist" in message and "\n" not in message


def test_unreachable_server_is_a_clear_message_soon():
    t0 = time.monotonic()
    with pytest.raises(LedgerError) as exc:
        Ledger.open("postgresql+psycopg://someone:secret@127.0.0.1:1/ledger")
    message = str(exc.value)
    assert "cannot open database" in message and "\n" not in message
    assert "secret" not in message  # the password is never shown
    assert time.monotonic() - t0 < 15
