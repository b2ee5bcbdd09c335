"""Round trip of the demo database: export, import into an empty one, export again: same cells.

The empty database is set up as a new installation would be before history is brought
in: the same officers (the 调解员 column names them) and the same mutual-aid plans.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import AidPlan, Officer
from desktop.auth.permissions import SYSTEM
from desktop.demo.generate import generate
from desktop.registers_io import apply_import, plan_import
from tests.registers_io.conftest import TODAY, export, register_rows

DEMO_TODAY = dt.date(2024, 12, 20)


@pytest.fixture
def demo(database):
    generate(database, cases=120, letters=40, claims=200, seed=11, today=DEMO_TODAY)
    return database


@pytest.fixture
def installed(sqlite_template, tmp_path, demo):
    import shutil

    from db.engine import Database

    shutil.copy(sqlite_template, tmp_path / "new.db")
    target = Database(f"sqlite:///{tmp_path / 'new.db'}")
    with demo.read() as session:
        officers = [dict(username=o.username, display_name=o.display_name, role=o.role)
                    for o in session.scalars(select(Officer))]
        plans = [dict(code=p.code, name=p.name, kind=p.kind, term_start=p.term_start, term_end=p.term_end)
                 for p in session.scalars(select(AidPlan))]
    with target.write(None) as session:
        session.add_all([Officer(**o) for o in officers] + [AidPlan(**p) for p in plans])
    yield target
    target.dispose()


def test_demo_registers_survive_export_import_export(demo, installed, tmp_path):
    for kind in ("cases", "letters", "claims"):
        first = export(demo, kind, tmp_path / f"{kind}-1.xlsx", full_ids=True)
        plan = plan_import(installed, SYSTEM, kind, first, today=TODAY)
        assert plan.ok, plan.error_report()[:2000]
        apply_import(installed, SYSTEM, plan, today=TODAY)
        second = export(installed, kind, tmp_path / f"{kind}-2.xlsx", full_ids=True)
        before, after = register_rows(first), register_rows(second)
        assert len(before) > 20
        assert after == before, kind

