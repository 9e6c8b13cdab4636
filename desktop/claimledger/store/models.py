"""Tables. Column names are part of the storage contract: change them only with a migration.
The queries use the same tables declared in SQLAlchemy Core, ``store.tables`` (a test checks that
they agree): change both.

Enum-valued columns hold the plain strings of ``claimledger.domain`` enums (portable across
SQLite and PostgreSQL, readable with any SQL client). ``Claim.status``/``status_observed_on``
cache the latest ``OutcomeEvent`` (by observed date, then id) so that filtering a million
claims by status needs no join; the events stay the record, written in the same transaction,
and any past state is replayed from them.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime, Float, Index, Integer, Text, UniqueConstraint, text as sql_text
from sqlmodel import Field, SQLModel

from claimledger.store.tables import utcnow


class Meta(SQLModel, table=True):
    """Key/value facts about the database itself (e.g. that the seeds were imported)."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))


class Article(SQLModel, table=True):
    __tablename__ = "article"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, sa_column=Column(Text))
    published_on: date = Field(index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(max_length=64, unique=True)
    imported_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    origin: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    author: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # a web page's byline


class Speaker(SQLModel, table=True):
    __tablename__ = "speaker"
    __table_args__ = (UniqueConstraint("key", name="uq_speaker_key"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    key: str = Field(max_length=300, description="case-folded name, for de-duplication")
    kind: str = Field(default="unknown", max_length=20)
    affiliation_id: int | None = Field(default=None, foreign_key="speaker.id", ondelete="SET NULL")
    aliases: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class Claim(SQLModel, table=True):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_deadline_latest", "deadline_latest"),
        Index("ix_claim_status", "status"),
        Index("ix_claim_speaker", "speaker_id"),
        Index("ix_claim_article", "article_id", "start"),
        Index("ix_claim_speaker_status", "speaker_id", "status", "deadline_latest"),  # 0006: track records
        Index("ix_claim_rejected", "id", sqlite_where=sql_text("review = 'rejected'"),  # 0007: counts without them
              postgresql_where=sql_text("review = 'rejected'")),
    )
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", ondelete="SET NULL")
    quote: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    kind: str = Field(max_length=20)
    modality: str | None = Field(default=None, max_length=200)
    condition: str | None = Field(default=None, sa_column=Column(Text))
    negated: bool = False
    review: str = Field(default="suggested", max_length=20)
    confidence: float = 0.5
    deadline_expression: str | None = Field(default=None, max_length=300)
    deadline_anchor: date | None = None
    deadline_earliest: date | None = None
    deadline_latest: date | None = None
    deadline_granularity: str | None = Field(default=None, max_length=20)
    event_expression: str | None = Field(default=None, max_length=300)
    event_earliest: date | None = None
    event_latest: date | None = None
    tags: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: str = Field(default="pending", max_length=30)
    status_observed_on: date | None = None
    # optimistic locking: every edit is `UPDATE ... WHERE id = ? AND version = ?`, then version + 1
    version: int = Field(default=1, sa_column=Column(Integer, nullable=False, default=1))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    speaker_mention: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # 0012: "Mr. Biden"


class ClaimSource(SQLModel, table=True):
    """A further article reporting a claim (0012): where it says it, who linked it (``auto`` on
    import, ``analyst`` by hand), and ``detached``, the claim it is on its own (JSON of its row)."""

    __tablename__ = "claim_source"
    __table_args__ = (UniqueConstraint("claim_id", "article_id", name="uq_claim_source_article"),
                      Index("ix_claim_source_article", "article_id"))
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE")
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    start: int
    end: int
    quote: str = Field(sa_column=Column(Text, nullable=False))
    linked_by: str = Field(max_length=20)
    score: float | None = None
    linked_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    detached: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class SpeakerMerge(SQLModel, table=True):
    """A merge of speaker ``from_id`` into ``into_id`` (0012); ``record`` (JSON) is what it changed,
    enough to reverse it; ``undone_at`` once reversed."""

    __tablename__ = "speaker_merge"
    __table_args__ = (Index("ix_speaker_merge_into", "into_id", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    from_id: int
    into_id: int  # no foreign key: the record stays when that speaker is merged on in turn
    record: str = Field(sa_column=Column(Text, nullable=False))
    merged_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    undone_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))


class OutcomeEvent(SQLModel, table=True):
    """Append-only: never updated, never deleted (but with its claim)."""

    __tablename__ = "outcome_event"
    __table_args__ = (Index("ix_outcome_claim", "claim_id", "observed_on", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE")
    status: str = Field(max_length=30)
    observed_on: date
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    author: str = Field(default="", max_length=200)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    evidence_url: str | None = Field(default=None, sa_column=Column(Text))
    evidence_quote: str | None = Field(default=None, sa_column=Column(Text))


class OutcomeEvidence(SQLModel, table=True):
    """Further evidence of an outcome event, beyond the event's own ``evidence_url``/``evidence_quote``
    (position 1, 2, …). Append-only with its event."""

    __tablename__ = "outcome_evidence"
    __table_args__ = (UniqueConstraint("event_id", "position", name="uq_evidence_position"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="outcome_event.id", ondelete="CASCADE")
    position: int
    url: str = Field(sa_column=Column(Text, nullable=False))
    quote: str | None = Field(default=None, sa_column=Column(Text))


class Feed(SQLModel, table=True):
    """A news feed (RSS, Atom) the analyst follows; ``last_error`` is the last refresh's failure."""

    __tablename__ = "feed"
    __table_args__ = (UniqueConstraint("url", name="uq_feed_url"),)
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False))
    title: str | None = Field(default=None, sa_column=Column(Text))
    added_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    checked_at: datetime | None = Field(default=None, sa_column=Column(DateTime))
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class FeedEntry(SQLModel, table=True):
    """An entry of a feed, once imported (or found already in the ledger): ``key`` is its GUID,
    else its link. Deleted with its feed; the article stays."""

    __tablename__ = "feed_entry"
    __table_args__ = (UniqueConstraint("feed_id", "key", name="uq_feed_entry_key"),)
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id", ondelete="CASCADE")
    key: str = Field(sa_column=Column(Text, nullable=False))
    link: str | None = Field(default=None, sa_column=Column(Text))
    article_id: int | None = Field(default=None, foreign_key="article.id", ondelete="SET NULL")
    seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))


class ChangeLog(SQLModel, table=True):
    """What each write changed (migration 0011, written by triggers in the write's own
    transaction): ``kind`` is ``claim``, ``article`` or ``speaker``. Read by the other programs
    open on the ledger from the last id they saw (store/changes.py); pruned after a day."""

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)
    row_id: int
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, server_default=sql_text("CURRENT_TIMESTAMP")))


class ChangeLogMute(SQLModel, table=True):
    """A row here (only ever inside the bulk loader's own transaction) stops the change-log
    triggers: the bulk loader logs one row per article itself."""

    __tablename__ = "change_log_mute"
    id: int | None = Field(default=None, primary_key=True)


class Suggestion(SQLModel, table=True):
    """A possible outcome of an open claim, read from a passage (``start``/``end`` into the later
    article's text; ``quote`` is that passage) by ``services.suggestions``. ``state``: open,
    accepted (``event_id``: the outcome event it became) or dismissed. One row per claim and
    passage, ever: a dismissed passage is never proposed again for that claim (migration 0013)."""

    __tablename__ = "suggestion"
    __table_args__ = (
        UniqueConstraint("claim_id", "article_id", "start", "end", name="uq_suggestion_passage"),
        Index("ix_suggestion_state", "state", "score"),
        Index("ix_suggestion_article", "article_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE")
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    start: int
    end: int
    quote: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(max_length=30)
    observed_on: date
    score: float = Field(sa_column=Column(Float, nullable=False))
    state: str = Field(default="open", max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime, nullable=False))
    decided_at: datetime | None = Field(default=None, sa_column=Column(DateTime))
    event_id: int | None = Field(default=None, foreign_key="outcome_event.id", ondelete="SET NULL")
