"""A small demo data set on the ``database`` fixture (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.demo import generate

TODAY = date(2026, 11, 23)
SMALL = {"cases": 120, "letters": 45, "claims": 160}


@pytest.fixture
def demo_db(database):
    generate(database, seed=7, today=TODAY, **SMALL)
    return database
