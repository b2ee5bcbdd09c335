"""the complete case file: courts (诉调对接), court applications (司法确认/支付令), recusals (回避),
archive volumes (盒号/卷号/保管期限) and loans (借阅), planned follow-ups (回访), closing sign-off (结案审批)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 12:02:15.716140
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('court',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_court')),
    sa.UniqueConstraint('name', name=op.f('uq_court_name'))
    )
    op.create_table('archive_loan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('borrower', sa.String(length=50), nullable=False),
    sa.Column('organisation', sa.String(length=100), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('lent_on', sa.Date(), nullable=False),
    sa.Column('due_back_on', sa.Date(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('lent_by', sa.Integer(), nullable=True),
    sa.Column('returned_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_archive_loan_case_id_mediation_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lent_by'], ['officer.id'], name=op.f('fk_archive_loan_lent_by_officer')),
    sa.ForeignKeyConstraint(['returned_by'], ['officer.id'], name=op.f('fk_archive_loan_returned_by_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_loan'))
    )
    with op.batch_alter_table('archive_loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_loan_case_id'), ['case_id'], unique=False)

    op.create_table('case_recusal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_case_recusal_case_id_mediation_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by'], ['officer.id'], name=op.f('fk_case_recusal_decided_by_officer')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_case_recusal_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_recusal'))
    )
    with op.batch_alter_table('case_recusal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_recusal_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_recusal_officer_id'), ['officer_id'], unique=False)

    op.create_table('court_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('JUDICIAL_CONFIRMATION', 'PAYMENT_ORDER', name='courtapplicationkind', native_enum=False, length=32), nullable=False),
    sa.Column('court_id', sa.Integer(), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Enum('GRANTED', 'REJECTED', name='courtapplicationoutcome', native_enum=False, length=32), nullable=True),
    sa.Column('ruling_no', sa.String(length=80), nullable=True),
    sa.Column('ruled_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_court_application_case_id_mediation_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_court_application_court_id_court')),
    sa.ForeignKeyConstraint(['created_by'], ['officer.id'], name=op.f('fk_court_application_created_by_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_court_application'))
    )
    with op.batch_alter_table('court_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_court_application_case_id'), ['case_id'], unique=False)

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('satisfaction', sa.Enum('SATISFIED', 'BASIC', 'UNSATISFIED', name='satisfaction', native_enum=False, length=32), nullable=True))

    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('box_no', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('volume_no', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('retention', sa.Enum('PERMANENT', 'LONG', 'SHORT', name='retention', native_enum=False, length=32), nullable=True))
        batch_op.add_column(sa.Column('court_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('court_case_no', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('referred_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('court_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('follow_up_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('close_approved_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('close_approved_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('close_approval_note', sa.Text(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_mediation_case_court_id_court'), 'court', ['court_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_mediation_case_close_approved_by_officer'), 'officer', ['close_approved_by'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_mediation_case_close_approved_by_officer'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_mediation_case_court_id_court'), type_='foreignkey')
        batch_op.drop_column('close_approval_note')
        batch_op.drop_column('close_approved_on')
        batch_op.drop_column('close_approved_by')
        batch_op.drop_column('follow_up_due_on')
        batch_op.drop_column('court_due_on')
        batch_op.drop_column('referred_on')
        batch_op.drop_column('court_case_no')
        batch_op.drop_column('court_id')
        batch_op.drop_column('retention')
        batch_op.drop_column('volume_no')
        batch_op.drop_column('box_no')

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_column('satisfaction')

    with op.batch_alter_table('court_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_court_application_case_id'))

    op.drop_table('court_application')
    with op.batch_alter_table('case_recusal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_recusal_officer_id'))
        batch_op.drop_index(batch_op.f('ix_case_recusal_case_id'))

    op.drop_table('case_recusal')
    with op.batch_alter_table('archive_loan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_loan_case_id'))

    op.drop_table('archive_loan')
    op.drop_table('court')
