"""The 困难职工档案台账 (``export hardship``): one row per file, ID numbers masked unless full IDs are asked for."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from db.enums import HardshipLevel, Role
from desktop.hardship.files import HardshipFileService
from desktop.registers_io import ExportRequest, Period, export_register
from tests.hardship.helpers import draft, make_worker

pytestmark = pytest.mark.db
ROOT = Path(__file__).resolve().parents[2]


def _rows(path):
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "档案编号")
    return rows[header], [row for row in rows[header + 1:] if row[0] and str(row[0]).startswith("KN")]


def test_export_lists_files_with_level_street_and_relief(database, actors, tmp_path):
    service, clerk, director = HardshipFileService(database), actors[Role.CLERK], actors[Role.DIRECTOR]
    first = service.open_file(clerk, draft(make_worker(database), level=HardshipLevel.EXTREME))
    other = service.open_file(clerk, draft(make_worker(database, name="张伟", street="果园街道", seq=245)))
    service.relieve(director, other.id, other.version, on=date(2026, 3, 1), reason="再就业")
    out = tmp_path / "困难职工档案台账.xlsx"
    assert export_register(database, actors[Role.ADMIN], ExportRequest("hardship", Period.of_year(2025)), out) == 2
    header, rows = _rows(out)
    assert header[:6] == ["档案编号", "姓名", "身份证号", "所属单位", "街道", "困难等级"]
    by_number = {row[0]: dict(zip(header, row)) for row in rows}
    mine = by_number[first.number]
    assert (mine["姓名"], mine["街道"], mine["困难等级"], mine["状态"]) == ("王小芳", "鼓楼街道", "特困", "在档")
    assert "*" in mine["身份证号"] and not mine["身份证号"].startswith("110105198003")
    relieved = by_number[other.number]
    assert (relieved["状态"], relieved["脱困原因"]) == ("已脱困", "再就业")
    full = tmp_path / "full.xlsx"
    export_register(database, actors[Role.ADMIN], ExportRequest("hardship", Period(), full_ids=True), full)
    assert all("*" not in dict(zip(header, row))["身份证号"] for row in _rows(full)[1])


def test_export_hardship_on_the_command_line(sqlite_database, sqlite_actors, tmp_path):
    HardshipFileService(sqlite_database).open_file(sqlite_actors[Role.CLERK], draft(make_worker(sqlite_database)))
    out = tmp_path / "hardship.xlsx"
    url = sqlite_database.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "main.py", "--db", url, "export", "hardship", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "已导出 1 行" in done.stdout and len(_rows(out)[1]) == 1
