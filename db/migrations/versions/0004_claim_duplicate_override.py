"""claim duplicate override reason

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-03 13:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('aid_claim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('duplicate_override', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('aid_claim', schema=None) as batch_op:
        batch_op.drop_column('duplicate_override')
