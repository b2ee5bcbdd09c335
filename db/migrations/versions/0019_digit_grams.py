"""search index: 4-digit pieces of digit runs

Revision ID: 0019
Revises: 0014
Create Date: 2026-12-04 12:50:00

A 2-digit piece of an ID number (``37``) is held by most workers, so an ID fragment or a
case number's sequence typed in the search box read half the index. Runs of four or more
ASCII digits are now also indexed by their 4-digit pieces (one record in about a thousand
holds a given one), stored under the kind ``<kind>:d`` so that a one-character search's
range of grams is what it was. ``search_gram.gram`` widens to 4 characters (PostgreSQL; SQLite does
not enforce a VARCHAR's length, and rebuilding its table without rowid is not worth it) and
the pieces are added for the records already there. The tokenizer is a copy of
``db.search_index.digit_grams`` as of this revision (migrations never import the program).
"""

import re

from alembic import op
import sqlalchemy as sa

revision = '0019'
down_revision = '0014'
branch_labels = None
depends_on = None

BATCH = 5000
KINDS = {  # kind: (table, searchable columns), as db/search_kinds.py registers them
    'case': ('mediation_case', ('number',)),
    'letter': ('supervision_letter', ('number',)),
    'claim': ('aid_claim', ('number',)),
    'worker': ('worker', ('name', 'id_number')),
    'unit': ('employer', ('name', 'credit_code')),
    'consultation': ('consultation', ('number',)),
    'ticket': ('hotline_ticket', ('platform_number',)),
}
_RUN = re.compile(r'[0-9]{4,}')


def _digit_grams(values) -> set:
    found = set()
    for value in values:
        for run in _RUN.findall(value or ''):
            found.update(run[i:i + 4] for i in range(len(run) - 3))
    return found


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.alter_column('search_gram', 'gram', type_=sa.String(length=4, collation='C'),
                        existing_type=sa.String(length=2, collation='C'), existing_nullable=False)
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
        batch.extend({'kind': f'{kind}:d', 'gram': g, 'entity_id': row[0]} for g in _digit_grams(row[1:]))
        if len(batch) >= BATCH:
            connection.execute(sa.insert(target), batch)
            batch = []
    if batch:
        connection.execute(sa.insert(target), batch)


def downgrade() -> None:
    grams = sa.table('search_gram', sa.column('kind', sa.String))
    op.get_bind().execute(sa.delete(grams).where(grams.c.kind.like('%:d')))
    if op.get_bind().dialect.name == 'postgresql':
        op.alter_column('search_gram', 'gram', type_=sa.String(length=2, collation='C'),
                        existing_type=sa.String(length=4, collation='C'), existing_nullable=False)
