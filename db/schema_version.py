"""Is a database's schema current? Answered without importing Alembic.

Importing Alembic and walking its scripts costs about 0.3 s, most of a headless
command's start when there is nothing to upgrade. The head is read here from the
migration files' ``revision``/``down_revision`` lines; the database's revision is
one ``SELECT`` on ``alembic_version``. Only when they differ (or anything is
unclear: no table, two heads, an unreadable file) does the caller run the real
upgrade, which also refuses a newer schema.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


def _links(source: str) -> tuple[str | None, tuple[str, ...]]:
    found = {name: ast.literal_eval(value.strip()) for name, value in _ASSIGNMENT.findall(source)}
    down = found.get("down_revision")
    downs = tuple(down) if isinstance(down, (tuple, list)) else ((down,) if down else ())
    return found.get("revision"), downs


def head_revision() -> str | None:
    """The one head of the migration scripts, or None when it is not plain (so: ask Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in VERSIONS.glob("*.py"):
            revision, downs = _links(path.read_text(encoding="utf-8"))
            if not isinstance(revision, str):
                return None
            revisions.add(revision)
            parents.update(downs)
    except (OSError, ValueError, SyntaxError):
        return None
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def database_revision(database: Database) -> str | None:
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def is_current(database: Database) -> bool:
    """True only when the database is certainly at the scripts' head."""
    head = head_revision()
    return head is not None and database_revision(database) == head
