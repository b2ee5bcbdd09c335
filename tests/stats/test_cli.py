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
