"""folded search columns: findings.text_folded, units.name_folded, items.notes_folded

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Search must ignore case and diacritics on SQLite (whose lower() folds only ASCII) and PostgreSQL
alike: the texts are kept folded beside the originals (the ORM keeps them up to date) and filled
here for existing rows.
"""
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _fold(text):
    text = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.lower().split())


def upgrade():
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('text_folded', sa.Text(), nullable=True))
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_folded', sa.String(length=400), nullable=True))
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notes_folded', sa.Text(), nullable=True))
    connection = op.get_bind()
    for row in connection.execute(sa.text("SELECT id, text FROM findings")).all():
        connection.execute(sa.text("UPDATE findings SET text_folded = :f WHERE id = :id"),
                           {"f": _fold(row.text), "id": row.id})
    for row in connection.execute(sa.text("SELECT id, name, former_names FROM units")).all():
        names = [row.name, *[n for n in (row.former_names or "").split("\n") if n.strip()]]
        connection.execute(sa.text("UPDATE units SET name_folded = :f WHERE id = :id"),
                           {"f": _fold(" | ".join(names)), "id": row.id})
    rows = connection.execute(sa.text(
        "SELECT id, remedy, progress FROM items WHERE remedy IS NOT NULL OR progress IS NOT NULL")).all()
    for row in rows:
        notes = _fold(" | ".join(t for t in (row.remedy, row.progress) if t)) or None
        connection.execute(sa.text("UPDATE items SET notes_folded = :f WHERE id = :id"), {"f": notes, "id": row.id})


def downgrade():
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_column('notes_folded')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('name_folded')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_column('text_folded')
