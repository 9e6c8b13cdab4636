"""Full-text search (SQLite FTS5) and index-backed deadline sorting, for a million claims.

``claim_fts`` holds, per claim (rowid = claim.id), the words an analyst searches: quote, summary,
tags, the speaker's name and aliases (and their organisation's), and the notes of its outcome
events. Triggers keep it in step with every write, in the same transaction.

Deadline sorting puts claims without a deadline last in both directions; the two expression
indexes let SQLite walk the order instead of sorting a million rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SPEAKER_WORDS = (
    "(SELECT coalesce(s.name, '') || ' ' || coalesce(s.aliases, '') || ' ' || coalesce(a.name, '') "
    "FROM speaker s LEFT JOIN speaker a ON a.id = s.affiliation_id WHERE s.id = {claim}.speaker_id)"
)
NOTES = "(SELECT group_concat(note, ' ') FROM outcome_event WHERE claim_id = {id})"

SQLITE_UP = [
    "CREATE VIRTUAL TABLE claim_fts USING fts5(quote, summary, tags, speaker, notes, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    f"""CREATE TRIGGER claim_fts_ai AFTER INSERT ON claim BEGIN
        INSERT INTO claim_fts(rowid, quote, summary, tags, speaker, notes)
        VALUES (new.id, new.quote, new.summary, replace(new.tags, ',', ' '), {SPEAKER_WORDS.format(claim='new')}, '');
    END""",
    f"""CREATE TRIGGER claim_fts_au AFTER UPDATE OF quote, summary, tags, speaker_id ON claim BEGIN
        UPDATE claim_fts SET quote = new.quote, summary = new.summary, tags = replace(new.tags, ',', ' '),
               speaker = {SPEAKER_WORDS.format(claim='new')}
        WHERE rowid = new.id;
    END""",
    "CREATE TRIGGER claim_fts_ad AFTER DELETE ON claim BEGIN DELETE FROM claim_fts WHERE rowid = old.id; END",
    f"""CREATE TRIGGER claim_fts_event_ai AFTER INSERT ON outcome_event WHEN new.note <> '' BEGIN
        UPDATE claim_fts SET notes = {NOTES.format(id='new.claim_id')} WHERE rowid = new.claim_id;
    END""",
    f"""CREATE TRIGGER claim_fts_speaker_au AFTER UPDATE OF name, aliases, affiliation_id ON speaker BEGIN
        UPDATE claim_fts SET speaker = {SPEAKER_WORDS.format(claim='claim')}
        FROM claim WHERE claim.id = claim_fts.rowid AND claim.speaker_id IN
            (SELECT id FROM speaker WHERE id = new.id OR affiliation_id = new.id);
    END""",
    # existing rows
    f"""INSERT INTO claim_fts(rowid, quote, summary, tags, speaker, notes)
        SELECT claim.id, claim.quote, claim.summary, replace(claim.tags, ',', ' '),
               {SPEAKER_WORDS.format(claim='claim')}, coalesce({NOTES.format(id='claim.id')}, '')
        FROM claim""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claim_fts_speaker_au",
    "DROP TRIGGER IF EXISTS claim_fts_event_ai",
    "DROP TRIGGER IF EXISTS claim_fts_ad",
    "DROP TRIGGER IF EXISTS claim_fts_au",
    "DROP TRIGGER IF EXISTS claim_fts_ai",
    "DROP TABLE IF EXISTS claim_fts",
]


def upgrade() -> None:
    bind = op.get_bind()
    op.execute("CREATE INDEX ix_claim_deadline_asc ON claim ((deadline_latest IS NULL), deadline_latest, id)")
    op.execute("CREATE INDEX ix_claim_deadline_desc ON claim ((deadline_latest IS NOT NULL), deadline_latest, id)")
    op.execute("CREATE INDEX ix_claim_updated ON claim (updated_at, id)")
    if bind.dialect.name == "sqlite":
        for sql in SQLITE_UP:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_DOWN:
            op.execute(sql)
    op.execute("DROP INDEX ix_claim_updated")
    op.execute("DROP INDEX ix_claim_deadline_desc")
    op.execute("DROP INDEX ix_claim_deadline_asc")
