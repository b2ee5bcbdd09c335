"""``main.py calendar show`` and ``calendar import`` from the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_show_import_workbook_and_refused_text(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    missing = run("--db", url, "calendar", "show", "--year", "2027")
    assert missing.returncode == 0 and "2027 年：未录入" in missing.stdout
    shipped = run("--db", url, "calendar", "show", "--year", "2025")
    assert "2025-10-08  周三  放假" in shipped.stdout and "2025-10-11  周六  调休上班" in shipped.stdout

    book = Workbook()
    sheet = book.active
    sheet.append(["2027年节假日安排"])
    sheet.append(["日期", "类型", "节日", "说明"])
    sheet.append([date(2027, 1, 1), "放假", "元旦", "国办通知"])
    sheet.append(["2027-10-01", "放假", "国庆节", None])
    sheet.append([date(2027, 9, 26), "调休上班", "国庆节", None])
    book.save(tmp_path / "2027.xlsx")
    imported = run("--db", url, "calendar", "import", str(tmp_path / "2027.xlsx"))
    assert imported.returncode == 0, imported.stderr
    assert "2027-09-26  周日  调休上班  国庆节" in run("--db", url, "calendar", "show", "--year", "2027").stdout

    (tmp_path / "bad.txt").write_text("国庆节：10月1日至8日放假，共7天。", encoding="utf-8")
    refused = run("--db", url, "calendar", "import", str(tmp_path / "bad.txt"), "--year", "2028")
    assert refused.returncode == 1 and "写明共7天" in refused.stderr and "Traceback" not in refused.stderr
    assert "2028 年：未录入" in run("--db", url, "calendar", "show", "--year", "2028").stdout


def test_bad_workbook_row_refuses_the_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    book = Workbook()
    book.active.append(["日期", "类型", "节日"])
    book.active.append([date(2027, 1, 1), "放假", "元旦"])
    book.active.append([date(2027, 1, 4), "补班", "元旦"])
    book.save(tmp_path / "bad.xlsx")
    refused = run("--db", url, "calendar", "import", str(tmp_path / "bad.xlsx"))
    assert refused.returncode == 1 and "第 3 行" in refused.stderr and "补班" in refused.stderr
    assert "未录入" in run("--db", url, "calendar", "show", "--year", "2027").stdout
