"""users.session_generation (ends every session of a user) and revoked_sessions (signed out)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

A signed-in browser carries the generation it was signed in under; signing out, a password change
or reset, deactivation, a role or unit change and "sign out other devices" raise it, and every
cookie carrying an older one stops working. Signing out on one device records that session's
random id in revoked_sessions instead, until the session would have expired anyway.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(sa.Column('session_generation', sa.Integer(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('login_failures') as batch_op:
        batch_op.create_index('ix_login_failures_remote_addr_at', ['remote_addr', 'at'])
    op.create_table('revoked_sessions',
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_revoked_sessions_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_revoked_sessions'))
    )
    with op.batch_alter_table('revoked_sessions') as batch_op:
        batch_op.create_index(batch_op.f('ix_revoked_sessions_expires_at'), ['expires_at'], unique=False)


def downgrade():
    op.drop_table('revoked_sessions')
    with op.batch_alter_table('login_failures') as batch_op:
        batch_op.drop_index('ix_login_failures_remote_addr_at')
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_column('session_generation')
