"""units: unique per parent + kind + name (a "xã Yên Hòa" and a "thị trấn Yên Hòa" coexist)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

Documents name a commune and a town of the same name under one parent; the kind prefix is what
tells them apart, so the registry's uniqueness includes the kind. (On SQLite the table is rebuilt;
``migrations/env.py`` turns foreign keys off around the upgrade so the rows that point at units
do not block it.)
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_constraint('uq_units_parent_name', type_='unique')
        batch_op.create_unique_constraint('uq_units_parent_kind_name', ['parent_id', 'kind', 'name'])


def downgrade():
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_constraint('uq_units_parent_kind_name', type_='unique')
        batch_op.create_unique_constraint('uq_units_parent_name', ['parent_id', 'name'])
