"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

def upgrade() -> None:

    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_published_on'), ['published_on'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('speaker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('affiliation_id', sa.Integer(), nullable=True),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['affiliation_id'], ['speaker.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key', name='uq_speaker_key')
    )
    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('modality', sa.String(length=200), nullable=True),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('review', sa.String(length=20), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('deadline_expression', sa.String(length=300), nullable=True),
    sa.Column('deadline_anchor', sa.Date(), nullable=True),
    sa.Column('deadline_earliest', sa.Date(), nullable=True),
    sa.Column('deadline_latest', sa.Date(), nullable=True),
    sa.Column('deadline_granularity', sa.String(length=20), nullable=True),
    sa.Column('event_expression', sa.String(length=300), nullable=True),
    sa.Column('event_earliest', sa.Date(), nullable=True),
    sa.Column('event_latest', sa.Date(), nullable=True),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('status_observed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index('ix_claim_article', ['article_id', 'start'], unique=False)
        batch_op.create_index('ix_claim_deadline_latest', ['deadline_latest'], unique=False)
        batch_op.create_index('ix_claim_speaker', ['speaker_id'], unique=False)
        batch_op.create_index('ix_claim_status', ['status'], unique=False)

    op.create_table('outcome_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('observed_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evidence_url', sa.Text(), nullable=True),
    sa.Column('evidence_quote', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outcome_event', schema=None) as batch_op:
        batch_op.create_index('ix_outcome_claim', ['claim_id', 'observed_on', 'id'], unique=False)

def downgrade() -> None:

    with op.batch_alter_table('outcome_event', schema=None) as batch_op:
        batch_op.drop_index('ix_outcome_claim')

    op.drop_table('outcome_event')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index('ix_claim_status')
        batch_op.drop_index('ix_claim_speaker')
        batch_op.drop_index('ix_claim_deadline_latest')
        batch_op.drop_index('ix_claim_article')

    op.drop_table('claim')
    op.drop_table('speaker')
    op.drop_table('meta')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_published_on'))

    op.drop_table('article')

