"""inspections.requires_evidence: "báo cáo cần ít nhất một minh chứng"

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

An inspection can require every report to carry at least one evidence file; the workflow's
guard refuses a report without one. Off for existing inspections.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    # A plain ADD COLUMN (no table rebuild on SQLite, whose foreign keys would refuse the drop).
    op.add_column('inspections', sa.Column('requires_evidence', sa.Boolean(create_constraint=False),
                                           nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_column('requires_evidence')
