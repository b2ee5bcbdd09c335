"""hardship files (困难职工档案) and their yearly reviews

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-03 15:55:03.682763
"""

from alembic import op
import sqlalchemy as sa


class _Money(sa.types.TypeDecorator):
    """db.types.Money at this revision (copied: migrations never import application code)."""

    impl = sa.Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.Integer())
        return dialect.type_descriptor(sa.Numeric(14, 2, asdecimal=True))


revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hardship_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('EXTREME', 'HARDSHIP', 'RELATIVE', name='hardshiplevel', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('ACTIVE', 'RELIEVED', name='hardshipstatus', native_enum=False, length=32), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('household_members', sa.Text(), nullable=True),
    sa.Column('income_per_head', _Money(), nullable=False),
    sa.Column('causes', sa.Text(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('relieved_on', sa.Date(), nullable=True),
    sa.Column('relieved_reason', sa.Text(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_hardship_file_officer_id_officer')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_hardship_file_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hardship_file')),
    sa.UniqueConstraint('number', name=op.f('uq_hardship_file_number')),
    sa.UniqueConstraint('worker_id', name=op.f('uq_hardship_file_worker_id'))
    )
    with op.batch_alter_table('hardship_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hardship_file_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_next_review_on'), ['next_review_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_hardship_file_status'), ['status'], unique=False)

    op.create_table('hardship_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('result', sa.Enum('MAINTAINED', 'CHANGED', name='reviewresult', native_enum=False, length=32), nullable=False),
    sa.Column('level', sa.Enum('EXTREME', 'HARDSHIP', 'RELATIVE', name='hardshiplevel', native_enum=False, length=32), nullable=False),
    sa.Column('income_per_head', _Money(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['hardship_file.id'], name=op.f('fk_hardship_review_file_id_hardship_file')),
    sa.ForeignKeyConstraint(['reviewed_by'], ['officer.id'], name=op.f('fk_hardship_review_reviewed_by_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hardship_review'))
    )
    with op.batch_alter_table('hardship_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hardship_review_file_id'), ['file_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('hardship_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hardship_review_file_id'))

    op.drop_table('hardship_review')
    with op.batch_alter_table('hardship_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hardship_file_status'))
        batch_op.drop_index(batch_op.f('ix_hardship_file_next_review_on'))
        batch_op.drop_index(batch_op.f('ix_hardship_file_level'))

    op.drop_table('hardship_file')
