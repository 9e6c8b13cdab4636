"""PostgreSQL: search folds accents as SQLite's does ("muller" finds "Müller", "Jose" finds "José").

SQLite's FTS5 table (0002) tokenizes with ``unicode61 remove_diacritics 2``; PostgreSQL's tsvector
(0003) used the ``simple`` configuration, which keeps accents, so the same search found other
rows on a team database. From here on both the stored vector (``claim_search_vector``) and the
query side (``store.search``: ``to_tsquery('claimledger', …)``) use the text search configuration
``claimledger``: ``simple`` (lower case, no stemming, no stop words) with the ``unaccent``
dictionary in front of it for every token type that can hold a non-ASCII letter.

``unaccent`` is in PostgreSQL's contrib (Debian's ``postgresql`` package ships it) and is a
*trusted* extension since PostgreSQL 13: whoever may create objects in the database (its owner,
or a role with CREATE on it) may create it, no superuser needed. Where that is not allowed (a
role with rights on the schema only) or the server lacks contrib, the migration does not fail:
``claimledger`` is then ``simple`` alone — search works, accents are not folded — and
``claimledger check`` says so and how to turn it on (README, "PostgreSQL search").

Every stored vector is recomputed (the GIN index is dropped first and built once afterwards:
a minute or so per million claims). Downgrade puts ``simple`` back and drops the configuration;
the extension stays (it is the database's, and other schemas or programs may use it).

Nothing changes on SQLite.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None
SQLITE_NOOP = True  # read by store.migrate: no safety copy of a SQLite file for this revision

# the default parser's token types that may hold letters outside ASCII (the ascii* ones cannot)
ACCENTED_TOKENS = "word, hword, hword_part, numword, numhword, hword_numpart"

VECTOR = """CREATE OR REPLACE FUNCTION claim_search_vector(p_claim_id integer, p_quote text, p_summary text,
                                              p_tags text, p_speaker_id integer) RETURNS tsvector
   LANGUAGE sql STABLE AS $$
     SELECT to_tsvector('{cfg}', coalesce(p_quote, ''))
         || to_tsvector('{cfg}', coalesce(p_summary, ''))
         || to_tsvector('{cfg}', replace(coalesce(p_tags, ''), ',', ' '))
         || to_tsvector('{cfg}', coalesce(
              (SELECT s.name || ' ' || s.aliases || ' ' || coalesce(a.name, '')
                 FROM speaker s LEFT JOIN speaker a ON a.id = s.affiliation_id
                WHERE s.id = p_speaker_id), ''))
         || to_tsvector('{cfg}', coalesce(
              (SELECT string_agg(note, ' ' ORDER BY id) FROM outcome_event WHERE claim_id = p_claim_id), ''))
   $$"""

RECOMPUTE = [
    "DROP INDEX IF EXISTS ix_claim_search",
    "UPDATE claim SET search = NULL",  # the BEFORE trigger of 0003 computes each vector
    "CREATE INDEX ix_claim_search ON claim USING gin (search)",
]


def _create_unaccent(bind) -> bool:
    """CREATE EXTENSION unaccent in a savepoint; False (and the transaction still usable) when
    the server refuses it (no privilege, no contrib)."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        return True
    except DBAPIError:
        return False


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    folding = _create_unaccent(bind)
    op.execute("CREATE TEXT SEARCH CONFIGURATION claimledger (COPY = simple)")
    if folding:
        op.execute(f"ALTER TEXT SEARCH CONFIGURATION claimledger ALTER MAPPING FOR {ACCENTED_TOKENS} "
                   "WITH unaccent, simple")
    op.execute(VECTOR.format(cfg="claimledger"))
    for sql in RECOMPUTE:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(VECTOR.format(cfg="simple"))
    for sql in RECOMPUTE:
        op.execute(sql)
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS claimledger")
