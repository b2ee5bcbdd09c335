"""employer name sort key (pinyin)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 19:15:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

BATCH = 2000
SORT_KEY_LENGTH = 1200  # as db.sortkeys at this revision: migrations never import application code


def pinyin_key(text):
    """``北京宏达`` -> ``bei3 jing1 hong2 da2`` (db.sortkeys.pinyin_key as of this revision)."""
    if not text:
        return None
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(text.strip(), style=Style.TONE3)).lower()[:SORT_KEY_LENGTH]


def upgrade() -> None:
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_sort', sa.String(length=SORT_KEY_LENGTH), nullable=True))
        batch_op.create_index(batch_op.f('ix_employer_name_sort'), ['name_sort'], unique=False)
    _fill_sort_keys(op.get_bind())


def _fill_sort_keys(connection) -> None:
    """Every existing employer's key, in batches (a centre's file may hold tens of thousands)."""
    employer = sa.table('employer', sa.column('id', sa.Integer), sa.column('name', sa.String),
                        sa.column('name_sort', sa.String))
    rows = connection.execute(sa.select(employer.c.id, employer.c.name)).all()
    update = (sa.update(employer).where(employer.c.id == sa.bindparam('row_id'))
              .values(name_sort=sa.bindparam('key')))
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        connection.execute(update, [{'row_id': row_id, 'key': pinyin_key(name)} for row_id, name in chunk])


def downgrade() -> None:
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_name_sort'))
        batch_op.drop_column('name_sort')
