"""Possible outcomes (issue 17): ``suggestion`` holds each passage of a later article that the
matcher proposes as the outcome of an open claim, with its suggested status, observed date,
score and state (open, accepted, dismissed). Unique per (claim, article, passage offsets), so a
dismissed passage is never proposed again for that claim.

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["outcome_event.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("claim_id", "article_id", "start", "end", name="uq_suggestion_passage"),
    )
    op.create_index("ix_suggestion_state", "suggestion", ["state", "score"])
    op.create_index("ix_suggestion_article", "suggestion", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_suggestion_article", table_name="suggestion")
    op.drop_index("ix_suggestion_state", table_name="suggestion")
    op.drop_table("suggestion")
