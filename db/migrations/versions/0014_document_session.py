"""issued_document.session_id: the session a 调解笔录 records

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 18:35:00

A case has a 调解笔录 for each session; the issued document now says which one, so a
session's record is frozen once its own 笔录 is issued and 更正重出 re-renders that same
session. Earlier issues are matched to the latest session held by then (what was printed).
"""

from alembic import op
import sqlalchemy as sa

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('issued_document') as batch:
        batch.add_column(sa.Column('session_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_issued_document_session_id_mediation_session', 'mediation_session',
                                 ['session_id'], ['id'])
    sqlite = op.get_bind().dialect.name == "sqlite"
    issued_day = "date(issued_document.issued_at)" if sqlite else "CAST(issued_document.issued_at AS DATE)"
    op.execute(f"""
        UPDATE issued_document SET session_id = (
            SELECT s.id FROM mediation_session s
            WHERE s.case_id = issued_document.owner_id
              AND s.held_on <= {issued_day}
            ORDER BY s.held_on DESC, s.id DESC LIMIT 1)
        WHERE kind = 'session-record' AND owner_type = 'mediation_case'
    """)


def downgrade() -> None:
    with op.batch_alter_table('issued_document') as batch:
        batch.drop_constraint('fk_issued_document_session_id_mediation_session', type_='foreignkey')
        batch.drop_column('session_id')
