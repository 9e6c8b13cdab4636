"""One speaker and one claim across articles (issue 17).

- ``claim.speaker_mention``: the words the article used for the claim's speaker ("Mr. Biden"),
  filled on import; splitting an alias off a speaker takes the claims attributed under it.
- ``claim_source``: further articles reporting the same claim (the claim's own article is not
  a row here). ``detached`` is the claim the source would be on its own (JSON of its row), so
  unlinking gives it back with its deadline, kind and, for a claim linked by hand, its id.
- ``speaker_merge``: each merge of one speaker into another, with what it changed, so that it
  can be reversed (``undone_at`` set then).

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no table copy on SQLite: the claim_fts triggers of 0002 stay)
    op.add_column("claim", sa.Column("speaker_mention", sa.Text(), nullable=True))
    op.create_table(
        "claim_source",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("linked_by", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.Column("detached", sa.Text(), nullable=True),
        sa.UniqueConstraint("claim_id", "article_id", name="uq_claim_source_article"),
    )
    op.create_index("ix_claim_source_article", "claim_source", ["article_id"])
    op.create_table(
        "speaker_merge",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("into_id", sa.Integer(), nullable=False),  # no key: kept when that speaker is merged on
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_speaker_merge_into", "speaker_merge", ["into_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_speaker_merge_into", table_name="speaker_merge")
    op.drop_table("speaker_merge")
    op.drop_index("ix_claim_source_article", table_name="claim_source")
    op.drop_table("claim_source")
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("speaker_mention")
