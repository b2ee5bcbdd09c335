"""Alembic environment: runs on the connection handed over by ``db.migrate``."""

from alembic import context

import db.models  # noqa: F401  (fills the metadata)
from db.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
