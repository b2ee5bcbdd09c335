"""Create a demo database on first start (``ensure-demo``)."""

from __future__ import annotations

from sqlalchemy import func, inspect, select

from db.engine import Database
from db.migrate import upgrade
from db.models import MediationCase, Officer
from desktop.demo.generate import generate

MEDIUM = {"cases": 300, "letters": 60, "claims": 500}


def ensure_demo(url: str, *, seed: int = 1) -> bool:
    """Fill the database with a medium demo set if it is missing or empty; True if it did."""
    database = Database(url)
    try:
        path = database.sqlite_path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if _has_data(database):
            return False
        upgrade(database)
        generate(database, seed=seed, **MEDIUM)
        return True
    finally:
        database.dispose()


def _has_data(database: Database) -> bool:
    path = database.sqlite_path
    if path is not None and not path.exists():
        return False
    with database.engine.connect() as conn:
        if not inspect(conn).has_table(MediationCase.__tablename__):
            return False
        officers = conn.scalar(select(func.count()).select_from(Officer))
        cases = conn.scalar(select(func.count()).select_from(MediationCase))
    return bool(officers or cases)
