"""reminders v2: effective deadlines, returned items, event notices, preferences, outbox delivery

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24

- items.effective_deadline: the deadline moved off a day off (Bộ luật Dân sự 2015, Điều 148),
  filled here from the calendar with the setting's default (it moves); ``tracker deadlines
  refresh`` recomputes it when the setting or the calendar changes;
- items.returned_at / returned_reason / returned_by_id: kept by the workflow's return, cleared
  when the item is reported again (filled here from each returned item's last return event);
- notices: event notices waiting for a digest or already told;
- users: notice mode, weekly summary and its Excel attachment, channels, phone and Zalo id;
- outbox: channel, Reply-To, attachment, attempts with an unknown outcome, the claiming pass,
  and the status "unknown".
"""
from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    # Plain ADD COLUMNs: rebuilding items or users on SQLite would break the rows that refer to them.
    # A SQLite database downgraded to 0004 kept the items' columns (see downgrade).
    bind = op.get_bind()
    present = {column['name'] for column in sa.inspect(bind).get_columns('items')}
    for column in (sa.Column('effective_deadline', sa.Date(), nullable=True),
                   sa.Column('returned_at', sa.DateTime(), nullable=True),
                   sa.Column('returned_reason', sa.Text(), nullable=True)):
        if column.name not in present:
            op.add_column('items', column)
    if 'returned_by_id' in present:
        pass
    elif bind.dialect.name == 'sqlite':  # SQLite adds a reference only inline
        op.execute(sa.text("ALTER TABLE items ADD COLUMN returned_by_id INTEGER "
                           "CONSTRAINT fk_items_returned_by_id_users REFERENCES users (id)"))
    else:
        op.add_column('items', sa.Column('returned_by_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_items_returned_by_id_users'), 'items', 'users', ['returned_by_id'], ['id'])
    op.create_index('ix_items_state_effective_deadline', 'items', ['state', 'effective_deadline'], unique=False)
    op.add_column('users', sa.Column('notice_mode', sa.String(length=10), server_default='digest', nullable=False))
    op.add_column('users', sa.Column('weekly_summary', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('users', sa.Column('summary_excel', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('users', sa.Column('channels', sa.String(length=50), server_default='email', nullable=False))
    op.add_column('users', sa.Column('phone', sa.String(length=30), nullable=True))
    op.add_column('users', sa.Column('zalo_id', sa.String(length=64), nullable=True))
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unknown_attempts', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('channel', sa.String(length=20), server_default='email', nullable=False))
        batch_op.add_column(sa.Column('reply_to', sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column('attachment_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('attachment', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=64), nullable=True))
        batch_op.drop_constraint('status', type_='check')
        batch_op.create_check_constraint('status', "status IN ('pending', 'sent', 'failed', 'unknown')")
    op.create_table('notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_notices_item_id_items')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notices_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notices')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_notices_dedupe_key'))
    )
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.create_index('ix_notices_user_delivered', ['user_id', 'delivered_on'], unique=False)
    _fill_effective_deadlines()
    _fill_returns()


def _fill_effective_deadlines():
    """Every distinct deadline moved off a day off by the calendar (the setting's default)."""
    from tracker.workdays import effective_deadline

    bind = op.get_bind()
    deadlines = [row[0] for row in bind.execute(sa.text(
        "SELECT DISTINCT deadline FROM items WHERE deadline IS NOT NULL"))]
    for deadline in deadlines:
        if isinstance(deadline, str):
            deadline = date.fromisoformat(deadline)
        bind.execute(sa.text("UPDATE items SET effective_deadline = :moved WHERE deadline = :deadline"),
                     {"moved": effective_deadline(deadline, moves=True), "deadline": deadline})


def _fill_returns():
    """Items returned and not reported since: their last return event, with its reason."""
    op.execute(sa.text(
        "UPDATE items SET returned_at = e.at, returned_reason = e.comment, returned_by_id = e.actor_id "
        "FROM item_events e WHERE e.item_id = items.id AND items.state = 'in_progress' "
        "AND e.id = (SELECT max(x.id) FROM item_events x WHERE x.item_id = items.id "
        "AND x.action IN ('return_', 'report', 'reopen')) AND e.action = 'return_'"))


def downgrade():
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_index('ix_notices_user_delivered')
    op.drop_table('notices')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint('status', type_='check')
        batch_op.create_check_constraint('status', "status IN ('pending', 'sent', 'failed')")
        for column in ('claimed_by', 'attachment', 'attachment_name', 'reply_to', 'channel', 'unknown_attempts'):
            batch_op.drop_column(column)
    for column in ('zalo_id', 'phone', 'channels', 'summary_excel', 'weekly_summary', 'notice_mode'):
        op.drop_column('users', column)
    op.drop_index('ix_items_state_effective_deadline', table_name='items')
    if op.get_bind().dialect.name == 'sqlite':
        # Rebuilding items (what SQLite needs to drop a referencing column) would break the rows
        # that refer to it; the four nullable columns stay, unused by version 0004's code.
        return
    op.drop_constraint('fk_items_returned_by_id_users', 'items', type_='foreignkey')
    for column in ('returned_by_id', 'returned_reason', 'returned_at', 'effective_deadline'):
        op.drop_column('items', column)
