"""Several pieces of evidence per outcome: ``outcome_evidence`` holds the links (with their quoted
passages) beyond the event's own ``evidence_url``/``evidence_quote``, which stay the first one
(the CSV report, ClaimReview and older readers keep working unchanged).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outcome_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["outcome_event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "position", name="uq_evidence_position"),
    )


def downgrade() -> None:
    op.drop_table("outcome_evidence")
