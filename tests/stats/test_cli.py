"""``stats`` from the command line, as a script or an auditor runs it."""

import json
import subprocess
import sys
from pathlib import Path

from tests.stats import dataset

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_stats_json_prints_contract(sqlite_database):
    dataset.build(sqlite_database)
    result = run("--db", str(sqlite_database.url), "stats", "--year", "2024", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == dataset.EXPECTED_2024
    assert result.stdout.startswith('{\n  "year": 2024,\n  "cases": {\n    "accepted": 7,')


def test_stats_text_is_a_chinese_table(sqlite_database):
    dataset.build(sqlite_database)
    result = run("--db", str(sqlite_database.url), "stats", "--year", "2024")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2024 年统计"
    assert any(line.split() == ["调解成功率", "60.00%"] for line in lines)
    assert any(line.split() == ["支付金额（元）", "3,000.50"] for line in lines)
    assert "【调解案件（按主调解员）】" in lines


def test_stats_bad_year_is_wrong_usage(sqlite_database):
    result = run("--db", str(sqlite_database.url), "stats", "--year", "二〇二四")
    assert result.returncode == 2
    assert "年度应为" in result.stderr and "Traceback" not in result.stderr


def test_export_stats_writes_the_workbook_and_audits(sqlite_database, tmp_path):
    from openpyxl import load_workbook
    from sqlalchemy import select

    from db.models import AuditEntry

    dataset.build(sqlite_database)
    out = tmp_path / "统计.xlsx"
    result = run("--db", str(sqlite_database.url), "export", "stats", "--out", str(out), "--year", "2024")
    assert result.returncode == 0, result.stderr
    assert "2024 年度统计表" in result.stdout
    overview = load_workbook(out)["总体"]
    assert overview["A1"].value == "2024年度统计数字"
    accepted = next(row for row in overview.iter_rows(min_row=4) if row[1].value == "受理案件")
    assert accepted[2].value == dataset.EXPECTED_2024["cases"]["accepted"]
    with sqlite_database.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "stats")).one()
    assert entry.action == "export" and "统计.xlsx" in entry.detail


def test_export_stats_refuses_date_range(sqlite_database, tmp_path):
    result = run("--db", str(sqlite_database.url), "export", "stats", "--out", str(tmp_path / "s.xlsx"),
                 "--from", "2024-01-01", "--to", "2024-06-30")
    assert result.returncode == 1
    assert "--year" in result.stderr and not (tmp_path / "s.xlsx").exists()
