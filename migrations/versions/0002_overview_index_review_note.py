"""overview covering index; findings.review_note

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The overview counts items per (unit, time status); the wider index lets both SQLite and
PostgreSQL answer it from the index alone. ``review_note`` keeps what the importer flagged.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_index('ix_items_unit_state')
        batch_op.create_index(
            'ix_items_overview',
            ['unit_id', 'state', 'finding_id', 'deadline', 'reported_on', 'updated_at'],
            unique=False,
        )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_note', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_column('review_note')
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_index('ix_items_overview')
        batch_op.create_index('ix_items_unit_state', ['unit_id', 'state'], unique=False)
