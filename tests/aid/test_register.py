"""The 帮扶救助台账 (``export aid``), headless and on the command line: one row per application with its
programme, grounds, child, amount and state; ID numbers (the worker's and the child's) masked by default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from db.enums import Role
from desktop.registers_io.exporting import ExportRequest, export_register
from desktop.registers_io.period import Period
from tests.aid.helpers import aid, approved, child_id, hardship_worker, school_draft, school_round

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.db


def _rows(path):
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "申请编号")
    return rows[header], [dict(zip(rows[header], row)) for row in rows[header + 1:]
                          if row[0] and str(row[0]).startswith("BF")]


def _two_applications(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    first = services.applications.apply(actors[Role.CLERK], school_draft(programme, hardship_worker(database, actors)))
    approved(services, actors, first.id)
    services.applications.apply(actors[Role.CLERK], school_draft(
        programme, hardship_worker(database, actors, "李强", 245), child_id_number=child_id(47), child_name="李小强"))
    return first


def test_export_lists_each_application_masked(database, actors, tmp_path):
    first = _two_applications(database, actors)
    out = tmp_path / "帮扶救助台账.xlsx"
    assert export_register(database, actors[Role.ADMIN], ExportRequest("aid", Period.of_year(2025)), out) == 2
    header, rows = _rows(out)
    assert header[:4] == ["申请编号", "帮扶项目", "项目类别", "姓名"]
    mine = next(r for r in rows if r["申请编号"] == first.number)
    assert (mine["帮扶项目"], mine["项目类别"], mine["姓名"], mine["子女姓名"], mine["就读阶段"]) == (
        "2025年金秋助学", "金秋助学", "王小芳", "王晓明", "本科")
    assert mine["状态"] == "已核准" and float(mine["金额"]) == 5000 and mine["资格依据"].startswith("困难职工档案")
    assert "*" in mine["身份证号"] and "*" in mine["子女身份证号"]
    full = tmp_path / "full.xlsx"
    export_register(database, actors[Role.ADMIN], ExportRequest("aid", Period(), full_ids=True), full)
    assert {r["子女身份证号"] for r in _rows(full)[1]} == {child_id(), child_id(47)}


def test_export_aid_on_the_command_line(sqlite_database, sqlite_actors, tmp_path):
    _two_applications(sqlite_database, sqlite_actors)
    out = tmp_path / "aid.xlsx"
    url = sqlite_database.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "main.py", "--db", url, "export", "aid", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "已导出 2 行" in done.stdout and len(_rows(out)[1]) == 2
