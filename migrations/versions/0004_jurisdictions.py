"""jurisdictions: every inspection followed up by its coordinating unit

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

Version 1 let every coordinator and leader see every inspection. From now on an inspection is
seen and followed up by its coordinating unit (and the leaders above it). Inspections that have
none take their creator's unit; those whose creator has none (an admin, a command-line import
without ``--as``) stay without one, so only admins see them until one sets it on the edit page.
Coordinators and leaders without a unit keep their accounts and see nothing until given one.
The indexes serve the scope queries (an office's inspections, a unit's subtree).
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text(
        "UPDATE inspections SET coordinator_unit_id = "
        "(SELECT users.unit_id FROM users WHERE users.id = inspections.created_by_id) "
        "WHERE coordinator_unit_id IS NULL AND created_by_id IS NOT NULL"))
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_coordinator_unit_id', ['coordinator_unit_id'], unique=False)
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index('ix_units_parent_id', ['parent_id'], unique=False)


def downgrade():
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index('ix_units_parent_id')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index('ix_inspections_coordinator_unit_id')
