"""aid programmes (金秋助学, 送温暖, 劳模补助) and their applications

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 15:07:30.098484
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




revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('aid_programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('SCHOOL', 'WINTER', 'MODEL_WORKER', name='aidkind', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('fixed_amount', _Money(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_programme')),
    sa.UniqueConstraint('name', name=op.f('uq_aid_programme_name'))
    )
    with op.batch_alter_table('aid_programme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_programme_kind'), ['kind'], unique=False)

    op.create_table('aid_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('SCHOOL', 'WINTER', 'MODEL_WORKER', name='aidkind', native_enum=False, length=32), nullable=False),
    sa.Column('grade', sa.String(length=32), nullable=False),
    sa.Column('amount', _Money(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_rule')),
    sa.UniqueConstraint('kind', 'grade', 'effective_from', name=op.f('uq_aid_rule_kind_grade_effective_from'))
    )
    op.create_table('model_worker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('awarded_year', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_model_worker_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_model_worker')),
    sa.UniqueConstraint('worker_id', name=op.f('uq_model_worker_worker_id'))
    )
    op.create_table('aid_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('SUBMITTED', 'REVIEWED', 'APPROVED', 'REJECTED', 'WITHDRAWN', name='aidstatus', native_enum=False, length=32), nullable=False),
    sa.Column('grounds', sa.String(length=200), nullable=False),
    sa.Column('hardship_file_id', sa.Integer(), nullable=True),
    sa.Column('child_name', sa.String(length=50), nullable=True),
    sa.Column('child_id_number', sa.String(length=18), nullable=True),
    sa.Column('school_stage', sa.Enum('HIGH_SCHOOL', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'UNDERGRADUATE', 'POSTGRADUATE', name='schoolstage', native_enum=False, length=32), nullable=True),
    sa.Column('admission_year', sa.Integer(), nullable=True),
    sa.Column('school', sa.String(length=200), nullable=True),
    sa.Column('amount', _Money(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.Integer(), nullable=True),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('review_note', sa.Text(), nullable=True),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['officer.id'], name=op.f('fk_aid_application_approved_by_officer')),
    sa.ForeignKeyConstraint(['hardship_file_id'], ['hardship_file.id'], name=op.f('fk_aid_application_hardship_file_id_hardship_file')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_aid_application_officer_id_officer')),
    sa.ForeignKeyConstraint(['programme_id'], ['aid_programme.id'], name=op.f('fk_aid_application_programme_id_aid_programme')),
    sa.ForeignKeyConstraint(['reviewed_by'], ['officer.id'], name=op.f('fk_aid_application_reviewed_by_officer')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_aid_application_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_application')),
    sa.UniqueConstraint('number', name=op.f('uq_aid_application_number'))
    )
    with op.batch_alter_table('aid_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_application_child_id_number'), ['child_id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_aid_application_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_aid_application_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_aid_application_worker_id'), ['worker_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('aid_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_application_worker_id'))
        batch_op.drop_index(batch_op.f('ix_aid_application_status'))
        batch_op.drop_index(batch_op.f('ix_aid_application_programme_id'))
        batch_op.drop_index(batch_op.f('ix_aid_application_child_id_number'))

    op.drop_table('aid_application')
    op.drop_table('model_worker')
    op.drop_table('aid_rule')
    with op.batch_alter_table('aid_programme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_programme_kind'))

    op.drop_table('aid_programme')
