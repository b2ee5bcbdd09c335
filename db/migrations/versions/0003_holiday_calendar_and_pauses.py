"""working-day calendar in the database; clock pauses (中止) of mediation cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 12:00:00

The State Council's arrangements for 2023-2026 (until now a file per
workstation, resources/holidays/cn.json) are copied here as data: a migration
never imports the application.
"""

from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# year: (notice, notice date, ((kind, holiday, first day, last day), ...))
SHIPPED = {
    2023: ('国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）', '2022-12-08', (
        ('OFF', '元旦', '2022-12-31', '2023-01-02'),
        ('OFF', '春节', '2023-01-21', '2023-01-27'),
        ('OFF', '清明节', '2023-04-05', '2023-04-05'),
        ('OFF', '劳动节', '2023-04-29', '2023-05-03'),
        ('OFF', '端午节', '2023-06-22', '2023-06-24'),
        ('OFF', '中秋节、国庆节', '2023-09-29', '2023-10-06'),
        ('WORK', '春节', '2023-01-28', '2023-01-28'),
        ('WORK', '春节', '2023-01-29', '2023-01-29'),
        ('WORK', '劳动节', '2023-04-23', '2023-04-23'),
        ('WORK', '劳动节', '2023-05-06', '2023-05-06'),
        ('WORK', '端午节', '2023-06-25', '2023-06-25'),
        ('WORK', '中秋节、国庆节', '2023-10-07', '2023-10-07'),
        ('WORK', '中秋节、国庆节', '2023-10-08', '2023-10-08'),
    )),
    2024: ('国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）', '2023-10-25', (
        ('OFF', '元旦', '2024-01-01', '2024-01-01'),
        ('OFF', '春节', '2024-02-10', '2024-02-17'),
        ('OFF', '清明节', '2024-04-04', '2024-04-06'),
        ('OFF', '劳动节', '2024-05-01', '2024-05-05'),
        ('OFF', '端午节', '2024-06-10', '2024-06-10'),
        ('OFF', '中秋节', '2024-09-15', '2024-09-17'),
        ('OFF', '国庆节', '2024-10-01', '2024-10-07'),
        ('WORK', '春节', '2024-02-04', '2024-02-04'),
        ('WORK', '春节', '2024-02-18', '2024-02-18'),
        ('WORK', '清明节', '2024-04-07', '2024-04-07'),
        ('WORK', '劳动节', '2024-04-28', '2024-04-28'),
        ('WORK', '劳动节', '2024-05-11', '2024-05-11'),
        ('WORK', '中秋节', '2024-09-14', '2024-09-14'),
        ('WORK', '国庆节', '2024-09-29', '2024-09-29'),
        ('WORK', '国庆节', '2024-10-12', '2024-10-12'),
    )),
    2025: ('国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', '2024-11-12', (
        ('OFF', '元旦', '2025-01-01', '2025-01-01'),
        ('OFF', '春节', '2025-01-28', '2025-02-04'),
        ('OFF', '清明节', '2025-04-04', '2025-04-06'),
        ('OFF', '劳动节', '2025-05-01', '2025-05-05'),
        ('OFF', '端午节', '2025-05-31', '2025-06-02'),
        ('OFF', '国庆节、中秋节', '2025-10-01', '2025-10-08'),
        ('WORK', '春节', '2025-01-26', '2025-01-26'),
        ('WORK', '春节', '2025-02-08', '2025-02-08'),
        ('WORK', '劳动节', '2025-04-27', '2025-04-27'),
        ('WORK', '国庆节、中秋节', '2025-09-28', '2025-09-28'),
        ('WORK', '国庆节、中秋节', '2025-10-11', '2025-10-11'),
    )),
    2026: ('国务院办公厅关于2026年部分节假日安排的通知', '2025-11-04', (
        ('OFF', '元旦', '2026-01-01', '2026-01-03'),
        ('OFF', '春节', '2026-02-15', '2026-02-23'),
        ('OFF', '清明节', '2026-04-04', '2026-04-06'),
        ('OFF', '劳动节', '2026-05-01', '2026-05-05'),
        ('OFF', '端午节', '2026-06-19', '2026-06-21'),
        ('OFF', '中秋节', '2026-09-25', '2026-09-27'),
        ('OFF', '国庆节', '2026-10-01', '2026-10-07'),
        ('WORK', '元旦', '2026-01-04', '2026-01-04'),
        ('WORK', '春节', '2026-02-14', '2026-02-14'),
        ('WORK', '春节', '2026-02-28', '2026-02-28'),
        ('WORK', '劳动节', '2026-05-09', '2026-05-09'),
        ('WORK', '国庆节', '2026-09-20', '2026-09-20'),
        ('WORK', '国庆节', '2026-10-10', '2026-10-10'),
    )),
}
REASON = '按国务院办公厅通知录入（随程序提供）'


def upgrade() -> None:
    holiday = op.create_table(
        'holiday_day',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('plan_year', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('OFF', 'WORK', name='holidaykind', native_enum=False, length=32), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('source', sa.String(length=200), nullable=False),
        sa.Column('notice_date', sa.Date(), nullable=True),
        sa.Column('notice_text', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_day')),
        sa.UniqueConstraint('day', name=op.f('uq_holiday_day_day')),
    )
    op.create_index(op.f('ix_holiday_day_plan_year'), 'holiday_day', ['plan_year'], unique=False)
    op.create_table(
        'case_pause',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Enum('APPRAISAL', 'PARTY_MISSING', 'FORCE_MAJEURE', 'OTHER', name='pausereason',
                                    native_enum=False, length=32), nullable=False),
        sa.Column('reason_text', sa.Text(), nullable=True),
        sa.Column('started_on', sa.Date(), nullable=False),
        sa.Column('resumed_on', sa.Date(), nullable=True),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_case_pause_case_id_mediation_case')),
        sa.ForeignKeyConstraint(['created_by'], ['officer.id'], name=op.f('fk_case_pause_created_by_officer')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_pause')),
    )
    op.create_index(op.f('ix_case_pause_case_id'), 'case_pause', ['case_id'], unique=False)
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paused_days', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('paused_since', sa.Date(), nullable=True))
    op.bulk_insert(holiday, list(_shipped_rows()))


def _shipped_rows():
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for year, (notice, notice_date, entries) in SHIPPED.items():
        for kind, name, first, last in entries:
            day, end = date.fromisoformat(first), date.fromisoformat(last)
            while day <= end:
                yield {'day': day, 'plan_year': year, 'kind': kind, 'name': name, 'reason': REASON,
                       'source': notice, 'notice_date': date.fromisoformat(notice_date), 'notice_text': None,
                       'version': 1, 'created_at': now, 'updated_at': now}
                day += timedelta(days=1)


def downgrade() -> None:
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_column('paused_since')
        batch_op.drop_column('paused_days')
    op.drop_index(op.f('ix_case_pause_case_id'), table_name='case_pause')
    op.drop_table('case_pause')
    op.drop_index(op.f('ix_holiday_day_plan_year'), table_name='holiday_day')
    op.drop_table('holiday_day')
