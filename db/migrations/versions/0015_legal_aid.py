"""legal aid: 法律援助案件, their progress (hearings) and the centre's list of lawyers

Revision ID: 0015
Revises: 0019
Create Date: 2026-12-04 12:29:42.118979
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


revision = '0015'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('legal_aid_lawyer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.Enum('UNION', 'DUTY', name='lawyerkind', native_enum=False, length=32), nullable=False),
    sa.Column('firm', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_aid_lawyer'))
    )
    op.create_table('legal_aid_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.Enum('WAGES', 'SOCIAL_INSURANCE', 'CONTRACT', 'INJURY', 'DISMISSAL', 'OTHER', name='consultcategory', native_enum=False, length=32), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('amount_claimed', _Money(), nullable=False),
    sa.Column('workers_involved', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('PENDING', 'ACCEPTED', 'REFUSED', 'ASSIGNED', 'IN_PROGRESS', 'CLOSED', name='legalaidstatus', native_enum=False, length=32), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('is_member', sa.Boolean(), nullable=True),
    sa.Column('hardship_level', sa.Enum('EXTREME', 'HARDSHIP', 'RELATIVE', name='hardshiplevel', native_enum=False, length=32), nullable=True),
    sa.Column('hardship_number', sa.String(length=40), nullable=True),
    sa.Column('review_note', sa.Text(), nullable=True),
    sa.Column('reviewer_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('lawyer_id', sa.Integer(), nullable=True),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('procedure', sa.Enum('ARBITRATION', 'FIRST_INSTANCE', 'SECOND_INSTANCE', 'EXECUTION', name='legalaidprocedure', native_enum=False, length=32), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('amount_recovered', _Money(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['officer.id'], name=op.f('fk_legal_aid_case_decided_by_officer')),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_legal_aid_case_employer_id_employer')),
    sa.ForeignKeyConstraint(['lawyer_id'], ['legal_aid_lawyer.id'], name=op.f('fk_legal_aid_case_lawyer_id_legal_aid_lawyer')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_legal_aid_case_officer_id_officer')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['officer.id'], name=op.f('fk_legal_aid_case_reviewer_id_officer')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_legal_aid_case_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_aid_case')),
    sa.UniqueConstraint('number', name=op.f('uq_legal_aid_case_number'))
    )
    with op.batch_alter_table('legal_aid_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_aid_case_applied_on'), ['applied_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_closed_on'), ['closed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_decided_on'), ['decided_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_lawyer_id'), ['lawyer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_case_worker_id'), ['worker_id'], unique=False)

    op.create_table('legal_aid_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('procedure', sa.Enum('ARBITRATION', 'FIRST_INSTANCE', 'SECOND_INSTANCE', 'EXECUTION', name='legalaidprocedure', native_enum=False, length=32), nullable=False),
    sa.Column('is_hearing', sa.Boolean(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['legal_aid_case.id'], name=op.f('fk_legal_aid_progress_case_id_legal_aid_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_legal_aid_progress_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_aid_progress'))
    )
    with op.batch_alter_table('legal_aid_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_aid_progress_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_aid_progress_happened_on'), ['happened_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('legal_aid_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_aid_progress_happened_on'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_progress_case_id'))

    op.drop_table('legal_aid_progress')
    with op.batch_alter_table('legal_aid_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_worker_id'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_status'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_officer_id'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_lawyer_id'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_employer_id'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_decided_on'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_closed_on'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_category'))
        batch_op.drop_index(batch_op.f('ix_legal_aid_case_applied_on'))

    op.drop_table('legal_aid_case')
    op.drop_table('legal_aid_lawyer')
