"""Search finds the same rows on PostgreSQL as on SQLite, accents folded both ways (migration
0009: the ``claimledger`` text search configuration, ``simple`` behind ``unaccent``); the
migration goes down and up again; a server that refuses the extension still gives a working
ledger that says what is missing. Run by ``make test-postgres``."""
from __future__ import annotations

import sys
from datetime import date

import psycopg
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim, BulkEvent
from claimledger.store import fts, migrate
from helpers import REPO as ROOT

TODAY = date(2026, 11, 28)
pg = pytest.mark.postgres_only

sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
try:
    from generate import articles as generated
    from scale import SEARCHES as BENCHMARK_SEARCHES
finally:
    sys.path.pop(0)

ACCENTED = [
    ("Jürgen Müller", "The Zürich council will open the new café by May 2027", "", ""),
    ("José Álvarez-Núñez", "The ministry plans to cut fees at the Málaga harbour", "économie", "confirmed by Señora Peña"),
    ("Françoise Lefèvre", "Paris will host the forum in Besançon next year", "santé", ""),
    ("Ana Muller", "The mayor promised a muller mill in Jose de Mayo", "", "see gazette"),
    ("Zoë Brontë", "Officials expect the Ångström institute to reopen", "", "naïve estimate"),
]
ACCENT_SEARCHES = [
    "muller", "Müller", "MÜLLER", "mül", "mull", "jurgen", "Jürgen", "jose", "José", "JOSÉ", "josé álv",
    "alvarez", "Álvarez-Núñez", "alvarez-nunez", "nunez", "núñ", "zurich", "Zürich", "zur", "cafe", "café",
    "francoise", "Françoise", "lefevre", "LEFÈVRE", "besancon", "Besançon", "economie", "économie", "sante",
    "pena", "Peña", "señora", "malaga", "zoe", "bronte", "Brontë", "angstrom", "Ångström", "naive", "naïve",
    "muller mill", "jose de mayo", "café fees", "plans cafe",
]


def accented_articles():
    for i, (speaker, quote, tags, note) in enumerate(ACCENTED):
        body = f"{quote}, {speaker} said."
        events = [BulkEvent(status="in_progress", observed_on=date(2026, 1, 2), note=note)] if note else []
        yield BulkArticle(title=f"Accents {i}", published_on=date(2025, 3, 1 + i), text=body, origin=f"a{i}.txt",
                          claims=[BulkClaim(quote=quote, start=0, end=len(quote), kind="plan", speaker=speaker,
                                            speaker_kind="person", tags=tags, events=events)])


def _fill(ledger: Ledger) -> None:
    ledger.bulk.bulk_load(generated(400, seed=11), chunk=50)
    ledger.bulk.bulk_load(accented_articles())


def ids(ledger, query):
    return {r.id for r in ledger.reader.claims(ClaimFilter(search=query), limit=None)}


@pg
def test_the_same_rows_on_sqlite_and_postgresql(tmp_path, new_db):
    lite = Ledger.open(tmp_path / "lite.db", today=TODAY)
    post = Ledger.open(new_db("accents"), today=TODAY)
    for ledger in (lite, post):
        _fill(ledger)
    assert lite.reader.count_claims() == post.reader.count_claims() == 405
    with post.uow.read() as conn:
        assert fts.accent_folding(conn) is True
    differ = {}
    for query in ACCENT_SEARCHES + BENCHMARK_SEARCHES:
        a, b = ids(lite, query), ids(post, query)
        if a != b:
            differ[query] = (sorted(a - b)[:5], sorted(b - a)[:5])
        assert post.reader.count_claims(ClaimFilter(search=query)) == len(b), query
    assert not differ, differ
    # and the folding is real, not an empty match on both sides
    muller = ids(post, "muller")
    assert len(muller) == 2 and muller == ids(post, "Müller") == ids(post, "MÜLLER")
    assert ids(post, "jose") == ids(post, "José") and len(ids(post, "jose")) == 2
    assert len(ids(post, "pena")) == 1 and len(ids(post, "ministry")) > 10
    lite.close()
    post.close()


@pg
def test_accent_folding_migration_goes_down_and_up(new_db):
    url = new_db("accentdown")
    ledger = Ledger.open(url, today=TODAY)
    ledger.bulk.bulk_load(accented_articles())
    assert len(ids(ledger, "muller")) == 2
    cfg = migrate.alembic_config()
    with ledger.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    with ledger.engine.connect() as conn:  # as written by 0003: 'simple', accents kept
        assert conn.execute(text("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'claimledger'")).scalar() == 0
        plain = "search @@ to_tsquery('simple', :q)"
        assert conn.execute(text(f"SELECT count(*) FROM claim WHERE {plain}"), {"q": "muller"}).scalar() == 1
        assert conn.execute(text(f"SELECT count(*) FROM claim WHERE {plain}"), {"q": "müller"}).scalar() == 1
    ledger.close()
    ledger = Ledger.open(url, today=TODAY)  # upgrades again: vectors recomputed
    assert migrate.current_revision(ledger.engine) == migrate.head_revision()
    assert len(ids(ledger, "muller")) == 2 == len(ids(ledger, "müller"))
    ledger.close()


@pg
def test_without_the_extension_search_works_and_the_check_says_why(new_db):
    """A role that may create tables in the schema but not extensions in the database (CREATE on
    the database withheld): the ledger opens, searches (accents kept) and ``check`` says what to
    ask the administrator for."""
    url = new_db("noext")
    admin_url = make_url(url).set(drivername="postgresql")
    role = f"noext_{make_url(url).database}"[:60]
    with psycopg.connect(admin_url.render_as_string(hide_password=False), autocommit=True) as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
        admin.execute(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"')
        admin.execute(f'REVOKE CREATE ON DATABASE "{admin_url.database}" FROM PUBLIC')
    try:
        ledger = Ledger.open(make_url(url).set(username=role).render_as_string(hide_password=False), today=TODAY)
        ledger.bulk.bulk_load(accented_articles())
        with ledger.uow.read() as conn:
            assert fts.accent_folding(conn) is False
            assert conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")).scalar() == 0
        assert len(ids(ledger, "müller")) == 1 and len(ids(ledger, "muller")) == 1  # accents kept
        report = ledger.health.check_storage()
        assert any("does not fold accents" in w and "CREATE EXTENSION unaccent" in w for w in report.warnings)
        ledger.close()
    finally:
        maintenance = admin_url.set(database="postgres").render_as_string(hide_password=False)
        with psycopg.connect(maintenance, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{admin_url.database}" WITH (FORCE)')
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
