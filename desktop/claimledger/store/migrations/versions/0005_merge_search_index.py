"""SQLite: merge the full-text index (claim_fts, migration 0002) into one segment.

FTS5 writes each transaction's words as a new segment of the index and merges segments a little
at a time, so a ledger filled by many imports (or by the bulk path) keeps a couple of dozen of
them (25 in the million-claim benchmark ledger). Reading all matches of a word costs about the
same either way, but looking one row up — what a search does when most claims match and it
tests rows in deadline order until the page is full (the "probe" plan of store/queries.py) —
visits every segment: ~36 µs a word with 25 segments, ~8 µs merged. Merging once takes ~2.5 s
at a million claims (FTS5's 'optimize' command); later writes add small segments again, which
FTS5 merges as it goes and the plan choice counts (queries.fts_segments).

Nothing changes on PostgreSQL (its GIN index has no segments).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')")


def downgrade() -> None:
    pass  # the same index, merged: nothing to undo
