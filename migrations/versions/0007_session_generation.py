"""users.session_generation: a counter that ends every session of a user when it changes

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-24

A signed-in browser carries the generation it was signed in under; signing out, a password change
or reset, deactivation, a role or unit change and "sign out other devices" raise it, and every
cookie carrying an older one stops working.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(sa.Column('session_generation', sa.Integer(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('login_failures') as batch_op:
        batch_op.create_index('ix_login_failures_remote_addr_at', ['remote_addr', 'at'])


def downgrade():
    with op.batch_alter_table('login_failures') as batch_op:
        batch_op.drop_index('ix_login_failures_remote_addr_at')
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_column('session_generation')
