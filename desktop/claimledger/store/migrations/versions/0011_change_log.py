"""Live updates (issue 18): ``change_log`` lists what every write changed, written by triggers in
the same transaction as the change, so that any writer (this app, another copy of it, psql,
sqlite3) is seen by the other programs open on the ledger. They read it from "the last id I
saw" (store/changes.py): ``kind`` is ``claim``, ``article`` or ``speaker``, ``row_id`` that
row's id.

What is logged:
- claim inserted, updated or deleted: the claim (an outcome's cached status is an update);
- outcome event inserted: its claim (a writer that does not refresh the cached status);
- article inserted, updated or deleted: the article (the article list, its counts);
- speaker updated or deleted: the speaker (the names shown in the claims table).

A transaction holding a row in ``change_log_mute`` writes no log rows (the bulk loader: a million
claims would be a million log rows; it logs one ``article`` row per article itself and deletes
its mute row before committing, so no other transaction ever sees it).

SQLite: row triggers (SQLite has no other kind); ids AUTOINCREMENT, so never reused after a
prune. Writers take turns (one write lock), so ids are handed out in commit order.

PostgreSQL: statement triggers with transition tables (one INSERT … SELECT per statement, not
one function call per row), and ``pg_notify('claimledger_changes', '')`` (sent at commit, one
per transaction) to wake the listeners. Ids come from a sequence: a transaction that took one
and committed after a later one would be skipped by a reader that had read past it. So every
logged statement first takes the ledger's write lock (the advisory lock the app's writers hold
from their first statement, store/engine.py): any writer, psql too, hands out log ids in
commit order. The lock is taken in a BEFORE trigger, before the statement's row locks.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PG_WRITE_LOCK = 0x436C61696D57524C  # store/engine.py: the ledger's one-writer-at-a-time lock
CHANNEL = "claimledger_changes"

UNMUTED = "NOT EXISTS (SELECT 1 FROM change_log_mute)"

# (trigger suffix, table, event, kind, id column of the changed row)
SQLITE_TRIGGERS = [
    ("claim_ai", "claim", "INSERT", "claim", "new.id"),
    ("claim_au", "claim", "UPDATE", "claim", "new.id"),
    ("claim_ad", "claim", "DELETE", "claim", "old.id"),
    ("event_ai", "outcome_event", "INSERT", "claim", "new.claim_id"),
    ("article_ai", "article", "INSERT", "article", "new.id"),
    ("article_au", "article", "UPDATE", "article", "new.id"),
    ("article_ad", "article", "DELETE", "article", "old.id"),
    ("speaker_au", "speaker", "UPDATE", "speaker", "new.id"),
    ("speaker_ad", "speaker", "DELETE", "speaker", "old.id"),
]

# (trigger suffix, table, event, transition table, kind, id column)
PG_TRIGGERS = [
    ("claim_ai", "claim", "INSERT", "NEW", "claim", "id"),
    ("claim_au", "claim", "UPDATE", "NEW", "claim", "id"),
    ("claim_ad", "claim", "DELETE", "OLD", "claim", "id"),
    ("event_ai", "outcome_event", "INSERT", "NEW", "claim", "claim_id"),
    ("article_ai", "article", "INSERT", "NEW", "article", "id"),
    ("article_au", "article", "UPDATE", "NEW", "article", "id"),
    ("article_ad", "article", "DELETE", "OLD", "article", "id"),
    ("speaker_au", "speaker", "UPDATE", "NEW", "speaker", "id"),
    ("speaker_ad", "speaker", "DELETE", "OLD", "speaker", "id"),
]
PG_LOCKED_TABLES = ["claim", "outcome_event", "article", "speaker"]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "change_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("row_id", sa.BigInteger(), nullable=False),
        # naive UTC, as every timestamp of the ledger (PostgreSQL's CURRENT_TIMESTAMP would be local)
        sa.Column("at", sa.DateTime(), nullable=False, server_default=sa.text(
            "(now() AT TIME ZONE 'utc')" if dialect == "postgresql" else "CURRENT_TIMESTAMP")),
        sqlite_autoincrement=True,
    )
    op.create_table("change_log_mute", sa.Column("id", sa.Integer(), primary_key=True))
    if dialect == "sqlite":
        for suffix, table, event, kind, column in SQLITE_TRIGGERS:
            op.execute(f"CREATE TRIGGER change_log_{suffix} AFTER {event} ON {table} WHEN {UNMUTED} BEGIN "
                       f"INSERT INTO change_log(kind, row_id) VALUES ('{kind}', {column}); END")
        return
    if dialect != "postgresql":
        return
    op.execute(f"""CREATE FUNCTION change_log_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({PG_WRITE_LOCK});
    RETURN NULL;
END $$""")
    for table in PG_LOCKED_TABLES:
        op.execute(f"CREATE TRIGGER change_log_lock_{table} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION change_log_lock()")
    # TG_ARGV: the kind, and the id column of the transition table ``changed``
    op.execute(f"""CREATE FUNCTION change_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    IF {UNMUTED} THEN
        EXECUTE format('INSERT INTO change_log(kind, row_id) SELECT DISTINCT %L, %I FROM changed', TG_ARGV[0], TG_ARGV[1]);
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n > 0 THEN
            PERFORM pg_notify('{CHANNEL}', '');
        END IF;
    END IF;
    RETURN NULL;
END $$""")
    for suffix, table, event, transition, kind, column in PG_TRIGGERS:
        op.execute(f"CREATE TRIGGER change_log_{suffix} AFTER {event} ON {table} "
                   f"REFERENCING {transition} TABLE AS changed FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION change_log_write('{kind}', '{column}')")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for suffix, *_ in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS change_log_{suffix}")
    elif dialect == "postgresql":
        for suffix, table, *_ in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS change_log_{suffix} ON {table}")
        for table in PG_LOCKED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS change_log_lock_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS change_log_write()")
        op.execute("DROP FUNCTION IF EXISTS change_log_lock()")
    op.drop_table("change_log_mute")
    op.drop_table("change_log")
