"""The tables as SQLAlchemy Core ``Table``s: what every query of ``store`` is written against.

``store.models`` declares the same tables as SQLModel classes (the storage contract the migrations
were written from); a test checks that both give the same DDL on SQLite and PostgreSQL, the same
indexes and the same column defaults. The queries use these: importing SQLModel (and pydantic,
SQLAlchemy's ORM and the models' validators) took ~0.35 s of the window's first paint, for tables
that no query needed as classes. Column names are part of the storage contract: change them only
with a migration (and in both modules).
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text as sql_text,
)


def utcnow() -> datetime:
    """Naive UTC, second precision: how every timestamp is stored (portable across backends)."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# (SQLModel's naming convention for indexes, so that ``index=True`` names them as the models do)
metadata = MetaData(naming_convention={"ix": "ix_%(column_0_label)s"})

article = Table(
    "article", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("outlet", String(200), nullable=True),
    Column("url", Text, nullable=True),
    Column("published_on", Date, nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("imported_at", DateTime, nullable=False),
    Column("origin", Text, nullable=False, default=""),
    Column("author", Text, nullable=True),
)

change_log = Table(
    "change_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("row_id", Integer, nullable=False),
    Column("at", DateTime, nullable=False, server_default=sql_text("CURRENT_TIMESTAMP")),
    sqlite_autoincrement=True,
)

change_log_mute = Table(
    "change_log_mute", metadata,
    Column("id", Integer, primary_key=True),
)

feed = Table(
    "feed", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=True),
    Column("added_at", DateTime, nullable=False),
    Column("checked_at", DateTime, nullable=True),
    Column("last_error", Text, nullable=True),
    UniqueConstraint("url", name="uq_feed_url"),
)

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

speaker = Table(
    "speaker", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("key", String(300), nullable=False),
    Column("kind", String(20), nullable=False, default="unknown"),
    Column("affiliation_id", Integer, ForeignKey("speaker.id", ondelete="SET NULL"), nullable=True),
    Column("aliases", Text, nullable=False, default=""),
    UniqueConstraint("key", name="uq_speaker_key"),
)

speaker_merge = Table(
    "speaker_merge", metadata,
    Column("id", Integer, primary_key=True),
    Column("from_id", Integer, nullable=False),
    Column("into_id", Integer, nullable=False),
    Column("record", Text, nullable=False),
    Column("merged_at", DateTime, nullable=False),
    Column("undone_at", DateTime, nullable=True),
    Index("ix_speaker_merge_into", "into_id", "id"),
)

claim = Table(
    "claim", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
    Column("speaker_id", Integer, ForeignKey("speaker.id", ondelete="SET NULL"), nullable=True),
    Column("quote", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    Column("kind", String(20), nullable=False),
    Column("modality", String(200), nullable=True),
    Column("condition", Text, nullable=True),
    Column("negated", Boolean, nullable=False, default=False),
    Column("review", String(20), nullable=False, default="suggested"),
    Column("confidence", Float, nullable=False, default=0.5),
    Column("deadline_expression", String(300), nullable=True),
    Column("deadline_anchor", Date, nullable=True),
    Column("deadline_earliest", Date, nullable=True),
    Column("deadline_latest", Date, nullable=True),
    Column("deadline_granularity", String(20), nullable=True),
    Column("event_expression", String(300), nullable=True),
    Column("event_earliest", Date, nullable=True),
    Column("event_latest", Date, nullable=True),
    Column("tags", Text, nullable=False, default=""),
    Column("status", String(30), nullable=False, default="pending"),
    Column("status_observed_on", Date, nullable=True),
    Column("version", Integer, nullable=False, default=1),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("speaker_mention", Text, nullable=True),
    Index("ix_claim_deadline_latest", "deadline_latest"),
    Index("ix_claim_rejected", "id", sqlite_where=sql_text("review = 'rejected'"),  # 0007
          postgresql_where=sql_text("review = 'rejected'")),
    Index("ix_claim_article", "article_id", "start"),
    Index("ix_claim_speaker_status", "speaker_id", "status", "deadline_latest"),
    Index("ix_claim_status", "status"),
    Index("ix_claim_speaker", "speaker_id"),
)

feed_entry = Table(
    "feed_entry", metadata,
    Column("id", Integer, primary_key=True),
    Column("feed_id", Integer, ForeignKey("feed.id", ondelete="CASCADE"), nullable=False),
    Column("key", Text, nullable=False),
    Column("link", Text, nullable=True),
    Column("article_id", Integer, ForeignKey("article.id", ondelete="SET NULL"), nullable=True),
    Column("seen_at", DateTime, nullable=False),
    UniqueConstraint("feed_id", "key", name="uq_feed_entry_key"),
)

claim_source = Table(
    "claim_source", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("linked_by", String(20), nullable=False),
    Column("score", Float, nullable=True),
    Column("linked_at", DateTime, nullable=False),
    Column("detached", Text, nullable=True),
    UniqueConstraint("claim_id", "article_id", name="uq_claim_source_article"),
    Index("ix_claim_source_article", "article_id"),
)

outcome_event = Table(
    "outcome_event", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(30), nullable=False),
    Column("observed_on", Date, nullable=False),
    Column("recorded_at", DateTime, nullable=False),
    Column("author", String(200), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("evidence_url", Text, nullable=True),
    Column("evidence_quote", Text, nullable=True),
    Index("ix_outcome_claim", "claim_id", "observed_on", "id"),
)

outcome_evidence = Table(
    "outcome_evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("outcome_event.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("url", Text, nullable=False),
    Column("quote", Text, nullable=True),
    UniqueConstraint("event_id", "position", name="uq_evidence_position"),
)

suggestion = Table(
    "suggestion", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("status", String(30), nullable=False),
    Column("observed_on", Date, nullable=False),
    Column("score", Float, nullable=False),
    Column("state", String(20), nullable=False, default="open"),
    Column("created_at", DateTime, nullable=False),
    Column("decided_at", DateTime, nullable=True),
    Column("event_id", Integer, ForeignKey("outcome_event.id", ondelete="SET NULL"), nullable=True),
    UniqueConstraint("claim_id", "article_id", "start", "end", name="uq_suggestion_passage"),
    Index("ix_suggestion_article", "article_id"),
    Index("ix_suggestion_state", "state", "score"),
)
