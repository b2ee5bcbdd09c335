"""employer name sort key (pinyin)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 19:15:00
"""

from alembic import op
import sqlalchemy as sa

from db.sortkeys import SORT_KEY_LENGTH, pinyin_key

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

BATCH = 2000


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
