"""front desk: legal consultations, hotline tickets and their contact records

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-03 16:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0004'
branch_labels = None
depends_on = None

CHANNELS = ('VISIT', 'PHONE', 'ONLINE', 'STATION')
CATEGORIES = ('WAGES', 'SOCIAL_INSURANCE', 'CONTRACT', 'INJURY', 'DISMISSAL', 'OTHER')
OUTCOMES = ('ANSWERED', 'TO_MEDIATION', 'TO_LEGAL_AID', 'TO_LITIGATION', 'OTHER')
TICKET_CHANNELS = ('HOTLINE_12351', 'HOTLINE_12345')
TICKET_STATES = ('RECEIVED', 'RESPONDED', 'FINISHED', 'CLOSED')
SATISFACTION = ('SATISFIED', 'BASIC', 'UNSATISFIED')


def _enum(name, values):
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _common():
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'consultation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(60), nullable=False),
        sa.Column('consulted_on', sa.Date(), nullable=False),
        sa.Column('channel', _enum('consultchannel', CHANNELS), nullable=False),
        sa.Column('worker_id', sa.Integer(), nullable=False),
        sa.Column('employer_id', sa.Integer(), nullable=True),
        sa.Column('category', _enum('consultcategory', CATEGORIES), nullable=False),
        sa.Column('question', sa.Text(), nullable=False),
        sa.Column('answer', sa.Text(), nullable=True),
        sa.Column('officer_id', sa.Integer(), nullable=True),
        sa.Column('lawyer_name', sa.String(50), nullable=True),
        sa.Column('outcome', _enum('consultoutcome', OUTCOMES), nullable=False),
        sa.Column('outcome_note', sa.Text(), nullable=True),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('legal_aid_id', sa.Integer(), nullable=True),
        *_common(),
        sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name='fk_consultation_worker_id_worker'),
        sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name='fk_consultation_employer_id_employer'),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name='fk_consultation_officer_id_officer'),
        sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name='fk_consultation_case_id_mediation_case'),
        sa.PrimaryKeyConstraint('id', name='pk_consultation'),
        sa.UniqueConstraint('number', name='uq_consultation_number'),
    )
    for column in ('consulted_on', 'worker_id', 'employer_id', 'category', 'officer_id', 'outcome', 'case_id',
                   'legal_aid_id'):
        op.create_index(f'ix_consultation_{column}', 'consultation', [column])
    op.create_table(
        'hotline_ticket',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform_number', sa.String(60), nullable=False),
        sa.Column('channel', _enum('ticketchannel', TICKET_CHANNELS), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('reply_by', sa.DateTime(), nullable=False),
        sa.Column('finish_by', sa.DateTime(), nullable=False),
        sa.Column('deadline_explanation', sa.Text(), nullable=True),
        sa.Column('category', _enum('consultcategory', CATEGORIES), nullable=False),
        sa.Column('caller_name', sa.String(50), nullable=True),
        sa.Column('caller_phone', sa.String(30), nullable=True),
        sa.Column('worker_id', sa.Integer(), nullable=True),
        sa.Column('employer_id', sa.Integer(), nullable=True),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('officer_id', sa.Integer(), nullable=True),
        sa.Column('status', _enum('ticketstatus', TICKET_STATES), nullable=False),
        sa.Column('responded_at', sa.DateTime(), nullable=True),
        sa.Column('result', sa.Text(), nullable=True),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('satisfaction', _enum('satisfaction', SATISFACTION), nullable=True),
        sa.Column('visit_note', sa.Text(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('consultation_id', sa.Integer(), nullable=True),
        *_common(),
        sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name='fk_hotline_ticket_worker_id_worker'),
        sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name='fk_hotline_ticket_employer_id_employer'),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name='fk_hotline_ticket_officer_id_officer'),
        sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name='fk_hotline_ticket_case_id_mediation_case'),
        sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'],
                                name='fk_hotline_ticket_consultation_id_consultation'),
        sa.PrimaryKeyConstraint('id', name='pk_hotline_ticket'),
        sa.UniqueConstraint('platform_number', name='uq_hotline_ticket_platform_number'),
    )
    for column in ('channel', 'received_at', 'reply_by', 'finish_by', 'category', 'worker_id', 'employer_id',
                   'officer_id', 'status', 'case_id', 'consultation_id'):
        op.create_index(f'ix_hotline_ticket_{column}', 'hotline_ticket', [column])
    op.create_table(
        'ticket_contact',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('contacted_at', sa.DateTime(), nullable=False),
        sa.Column('method', sa.String(30), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('officer_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['ticket_id'], ['hotline_ticket.id'], ondelete='CASCADE',
                                name='fk_ticket_contact_ticket_id_hotline_ticket'),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name='fk_ticket_contact_officer_id_officer'),
        sa.PrimaryKeyConstraint('id', name='pk_ticket_contact'),
    )
    op.create_index('ix_ticket_contact_ticket_id', 'ticket_contact', ['ticket_id'])


def downgrade() -> None:
    op.drop_table('ticket_contact')
    op.drop_table('hotline_ticket')
    op.drop_table('consultation')
