"""indexes the 工作台's due list needs at 100k cases + 100k claims (bench/due.py): payments by
agreement term (what is still owed on an instalment), state transitions by the state reached
(when a claim was sent back for 补正)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 13:30:00
"""

from alembic import op


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('performance_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_performance_payment_term_id'), ['term_id'], unique=False)
    with op.batch_alter_table('state_transition', schema=None) as batch_op:
        batch_op.create_index('ix_state_transition_reached', ['entity_type', 'to_state', 'entity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('state_transition', schema=None) as batch_op:
        batch_op.drop_index('ix_state_transition_reached')
    with op.batch_alter_table('performance_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_performance_payment_term_id'))
