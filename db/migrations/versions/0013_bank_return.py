"""the bank's return file (回盘): per-payment failure reason, batch counts of lines paid and failed

Revision ID: 0013
Revises: 0009
Create Date: 2026-12-03 18:10:00
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


revision = '0013'
down_revision = '0009'
branch_labels = None
depends_on = None

BATCH_COLUMNS = ('paid_count', 'paid_total', 'failed_count', 'failed_total')


def upgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failure_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('payment_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paid_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('paid_total', _Money(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('failed_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('failed_total', _Money(), nullable=False, server_default='0'))
    # a batch marked paid before the return file existed had every line paid
    op.execute("UPDATE payment_batch SET paid_count = count, paid_total = total WHERE status = 'PAID'")


def downgrade() -> None:
    op.execute("UPDATE payment_batch SET status = 'APPROVED' WHERE status = 'PARTIAL'")
    with op.batch_alter_table('payment_batch', schema=None) as batch_op:
        for name in reversed(BATCH_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_column('failure_reason')
