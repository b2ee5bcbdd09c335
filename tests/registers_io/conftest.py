"""Fixtures for the register import/export tests: a filled database and workbook helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from db.engine import Database
from db.models import AidPlan
from desktop.auth.permissions import SYSTEM
from desktop.registers_io import ExportRequest, export_register
from tests.registers_io.data import PLAN_NAME, add_officers, populate

TODAY = dt.date(2025, 1, 10)
HEADER_ROW = 3


@pytest.fixture
def filled(database: Database) -> Database:
    populate(database)
    return database


@pytest.fixture
def empty_target(sqlite_template, tmp_path) -> Database:
    """A second, empty database that knows the same officers and plan (as a new install would)."""
    import shutil

    path = tmp_path / "target.db"
    shutil.copy(sqlite_template, path)
    target = Database(f"sqlite:///{path}")
    add_officers(target)
    add_plan(target)
    yield target
    target.dispose()


def add_plan(database: Database) -> None:
    with database.write(None) as session:
        session.add(AidPlan(code="ZY2024", name=PLAN_NAME, kind="INSERVICE_MEDICAL",
                            term_start=dt.date(2024, 1, 1), term_end=dt.date(2024, 12, 31)))


def export(database: Database, kind: str, path: Path, actor=SYSTEM, **request) -> Path:
    export_register(database, actor, ExportRequest(kind, **request), path, today=TODAY)
    return path


def rows_of(path: Path) -> list[tuple]:
    """Every row of the register's sheet, as values."""
    return list(load_workbook(path).active.iter_rows(values_only=True))


def register_rows(path: Path) -> list[tuple]:
    """Every row but the audit anchor line (each database has its own trail)."""
    return [row for row in rows_of(path) if not str(row[0]).startswith("审计链：")]


def data_rows(path: Path) -> list[tuple]:
    """The rows between the header and the totals row."""
    rows = rows_of(path)[HEADER_ROW:]
    return rows[: next(i for i, r in enumerate(rows) if r[0] == "合计")]


def workbook(path: Path, rows: list[list], *, title: str | None = "2024年案件台账（手工）") -> Path:
    """A hand-kept workbook: an optional title row, then ``rows`` (header first)."""
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
