"""search index: 1- and 2-character grams of the searchable fields

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-03 12:30:00

Creates ``search_gram`` and fills it for the records already there. The tokenizer is a
copy of ``db.search_index`` as of this revision (migrations never import the program):
each field's distinct 2-character pieces plus its last character, ASCII lower-cased.
"""

from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0003'
branch_labels = None
depends_on = None

BATCH = 5000
KINDS = {  # kind: (table, searchable columns), as db/search_kinds.py registers them
    'case': ('mediation_case', ('number',)),
    'letter': ('supervision_letter', ('number',)),
    'claim': ('aid_claim', ('number',)),
    'worker': ('worker', ('name', 'id_number')),
    'unit': ('employer', ('name', 'credit_code')),
}
_LOWER = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')


def _grams(values) -> set:
    found = set()
    for value in values:
        text = (value or '').translate(_LOWER)
        found.update(text[i:i + 2] for i in range(len(text) - 1))
        if text:
            found.add(text[-1])
    return found


def upgrade() -> None:
    gram = sa.String(length=2).with_variant(sa.String(length=2, collation='C'), 'postgresql')
    op.create_table(
        'search_gram',
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('gram', gram, nullable=False),
        sa.Column('entity_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint('kind', 'gram', 'entity_id', name=op.f('pk_search_gram')),
        sqlite_with_rowid=False,
    )
    connection = op.get_bind()
    for kind, (table, columns) in KINDS.items():
        _fill(connection, kind, table, columns)


def _fill(connection, kind: str, table: str, columns: tuple) -> None:
    source = sa.table(table, sa.column('id', sa.Integer), *(sa.column(c, sa.String) for c in columns))
    target = sa.table('search_gram', sa.column('kind', sa.String), sa.column('gram', sa.String),
                      sa.column('entity_id', sa.Integer))
    rows = connection.execute(sa.select(source.c.id, *(source.c[c] for c in columns))).all()
    batch = []
    for row in rows:
        batch.extend({'kind': kind, 'gram': g, 'entity_id': row[0]} for g in _grams(row[1:]))
        if len(batch) >= BATCH:
            connection.execute(sa.insert(target), batch)
            batch = []
    if batch:
        connection.execute(sa.insert(target), batch)


def downgrade() -> None:
    op.drop_table('search_gram')
