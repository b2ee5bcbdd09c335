"""A small demo data set on the ``database`` fixture (SQLite and PostgreSQL).

The data set is generated once per test session and backend; every test gets its own
copy of it (``template_database`` in tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.demo import generate

TODAY = date(2026, 11, 23)
SMALL = {"cases": 120, "letters": 45, "claims": 160}


def _generate_small(database) -> None:
    generate(database, seed=7, today=TODAY, **SMALL)


@pytest.fixture
def demo_db(database, template_database):
    return template_database("demo-small", _generate_small)
