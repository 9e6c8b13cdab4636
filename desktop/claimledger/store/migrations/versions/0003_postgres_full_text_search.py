"""PostgreSQL: full-text search (a ``claim.search`` tsvector kept by triggers, GIN-indexed);
free-text columns unbounded as on SQLite.

The PostgreSQL counterpart of 0002's SQLite FTS5 table, over the same words: the claim's quote,
summary and tags, its speaker's name and aliases (and their organisation's name), and the notes
of its outcome events. A BEFORE trigger on ``claim`` computes the vector whenever one of those
columns is written (``UPDATE claim SET search = NULL`` recomputes it); triggers on
``outcome_event`` and ``speaker`` do that for the claims whose notes or speaker changed, in the
same transaction. Text search configuration ``simple``: lower-cased words, no stemming, no stop
words (claims are in many languages; an analyst searching "will" means "will").
``queries._search_condition`` matches it with ``to_tsquery('simple', 'word':* & ...)``.

Also (PostgreSQL): the free-text columns declared with a length become ``text``. SQLite never
enforced those lengths, so the app stores whatever an analyst, an article's front matter or a
JSON dump gives (a 250-character outlet, a long author name); on PostgreSQL the same import
failed with "value too long for type character varying(200)". Columns under a unique index
(speaker name/key, sha256, meta key) keep their bound.

Nothing changes on SQLite.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None
# read by store.migrate: a SQLite file at 0002 needs no safety copy to reach this revision
SQLITE_NOOP = True

# (table, column, declared length): bounded in 0001, unbounded from here on (PostgreSQL)
UNBOUNDED = [
    ("article", "outlet", 200), ("speaker", "kind", 20), ("claim", "kind", 20), ("claim", "modality", 200),
    ("claim", "review", 20), ("claim", "deadline_expression", 300), ("claim", "deadline_granularity", 20),
    ("claim", "event_expression", 300), ("claim", "status", 30), ("outcome_event", "status", 30),
    ("outcome_event", "author", 200),
]

POSTGRES_UP = [f"ALTER TABLE {t} ALTER COLUMN {c} TYPE text" for t, c, _ in UNBOUNDED] + [
    "ALTER TABLE claim ADD COLUMN search tsvector",
    """CREATE FUNCTION claim_search_vector(p_claim_id integer, p_quote text, p_summary text, p_tags text,
                                           p_speaker_id integer) RETURNS tsvector
       LANGUAGE sql STABLE AS $$
         SELECT to_tsvector('simple', coalesce(p_quote, ''))
             || to_tsvector('simple', coalesce(p_summary, ''))
             || to_tsvector('simple', replace(coalesce(p_tags, ''), ',', ' '))
             || to_tsvector('simple', coalesce(
                  (SELECT s.name || ' ' || s.aliases || ' ' || coalesce(a.name, '')
                     FROM speaker s LEFT JOIN speaker a ON a.id = s.affiliation_id
                    WHERE s.id = p_speaker_id), ''))
             || to_tsvector('simple', coalesce(
                  (SELECT string_agg(note, ' ' ORDER BY id) FROM outcome_event WHERE claim_id = p_claim_id), ''))
       $$""",
    """CREATE FUNCTION claim_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.search := claim_search_vector(NEW.id, NEW.quote, NEW.summary, NEW.tags, NEW.speaker_id);
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER claim_search_biu BEFORE INSERT OR UPDATE OF quote, summary, tags, speaker_id, search
       ON claim FOR EACH ROW EXECUTE FUNCTION claim_search_fill()""",
    """CREATE FUNCTION claim_search_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           UPDATE claim SET search = NULL WHERE id = OLD.claim_id;
         ELSE
           UPDATE claim SET search = NULL WHERE id = NEW.claim_id;
           IF TG_OP = 'UPDATE' AND OLD.claim_id <> NEW.claim_id THEN
             UPDATE claim SET search = NULL WHERE id = OLD.claim_id;
           END IF;
         END IF;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER outcome_event_search_ai AFTER INSERT ON outcome_event
       FOR EACH ROW WHEN (NEW.note <> '') EXECUTE FUNCTION claim_search_event_changed()""",
    """CREATE TRIGGER outcome_event_search_au AFTER UPDATE OF note, claim_id ON outcome_event
       FOR EACH ROW WHEN (OLD.note IS DISTINCT FROM NEW.note OR OLD.claim_id IS DISTINCT FROM NEW.claim_id)
       EXECUTE FUNCTION claim_search_event_changed()""",
    """CREATE TRIGGER outcome_event_search_ad AFTER DELETE ON outcome_event
       FOR EACH ROW WHEN (OLD.note <> '') EXECUTE FUNCTION claim_search_event_changed()""",
    """CREATE FUNCTION claim_search_speaker_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE claim SET search = NULL
          WHERE speaker_id IN (SELECT id FROM speaker WHERE id = NEW.id OR affiliation_id = NEW.id);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER speaker_search_au AFTER UPDATE OF name, aliases, affiliation_id ON speaker
       FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.aliases IS DISTINCT FROM NEW.aliases
                          OR OLD.affiliation_id IS DISTINCT FROM NEW.affiliation_id)
       EXECUTE FUNCTION claim_search_speaker_changed()""",
    # existing rows (the BEFORE trigger computes each vector)
    "UPDATE claim SET search = NULL",
    "CREATE INDEX ix_claim_search ON claim USING gin (search)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_claim_search",
    "DROP TRIGGER IF EXISTS speaker_search_au ON speaker",
    "DROP FUNCTION IF EXISTS claim_search_speaker_changed()",
    "DROP TRIGGER IF EXISTS outcome_event_search_ad ON outcome_event",
    "DROP TRIGGER IF EXISTS outcome_event_search_au ON outcome_event",
    "DROP TRIGGER IF EXISTS outcome_event_search_ai ON outcome_event",
    "DROP FUNCTION IF EXISTS claim_search_event_changed()",
    "DROP TRIGGER IF EXISTS claim_search_biu ON claim",
    "DROP FUNCTION IF EXISTS claim_search_fill()",
    "DROP FUNCTION IF EXISTS claim_search_vector(integer, text, text, text, integer)",
    "ALTER TABLE claim DROP COLUMN IF EXISTS search",
] + [f"ALTER TABLE {t} ALTER COLUMN {c} TYPE varchar({n})" for t, c, n in UNBOUNDED]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in POSTGRES_UP:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in POSTGRES_DOWN:
            op.execute(sql)
