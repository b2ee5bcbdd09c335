"""``export`` and ``import`` as scripts use them: exit codes 0 / 1 / 2 and Chinese messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import MediationCase
from tests.registers_io.conftest import data_rows, workbook
from tests.registers_io.data import id_no, populate
from tests.registers_io.test_refusals import CASE_HEADER, GOOD_CASE

ROOT = Path(__file__).resolve().parents[2]


def main_py(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", url, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def url(sqlite_database) -> str:
    populate(sqlite_database)
    return sqlite_database.url.render_as_string(hide_password=False)


def cases(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(MediationCase))


def test_export_writes_a_masked_register(url, tmp_path):
    done = main_py(url, "export", "cases", "--out", tmp_path / "c.xlsx", "--year", 2024)
    assert done.returncode == 0, done.stderr
    rows = data_rows(tmp_path / "c.xlsx")
    assert len(rows) == 4 and "*" in rows[0][3]


def test_export_full_ids(url, tmp_path):
    assert main_py(url, "export", "claims", "--out", tmp_path / "c.xlsx", "--full-ids").returncode == 0
    assert "*" not in data_rows(tmp_path / "c.xlsx")[0][2]


def test_usage_errors_exit_2(url, tmp_path):
    assert main_py(url, "export", "nonsense", "--out", tmp_path / "x.xlsx").returncode == 2
    assert main_py(url, "export", "cases").returncode == 2
    assert main_py(url, "import", "payments", tmp_path / "x.xlsx").returncode == 2


def test_refused_import_exits_1_lists_every_bad_row_and_writes_nothing(url, sqlite_database, tmp_path):
    bad = list(GOOD_CASE)
    bad[0], bad[3] = "密工调〔2024〕41号", id_no(2)[:-1] + ("0" if id_no(2)[-1] != "0" else "1")
    path = workbook(tmp_path / "bad.xlsx", [CASE_HEADER, GOOD_CASE, bad])
    before = cases(sqlite_database)
    done = main_py(url, "import", "cases", path)
    assert done.returncode == 1
    assert "第 4 行「身份证号」: 校验位错误" in done.stderr and "Traceback" not in done.stderr
    assert cases(sqlite_database) == before


def test_dry_run_reports_and_writes_nothing_then_import_writes(url, sqlite_database, tmp_path):
    path = workbook(tmp_path / "good.xlsx", [CASE_HEADER, GOOD_CASE])
    before = cases(sqlite_database)
    dry = main_py(url, "import", "cases", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "新建案件 1 个" in dry.stdout and "未写入" in dry.stdout
    assert cases(sqlite_database) == before
    real = main_py(url, "import", "cases", path)
    assert real.returncode == 0, real.stderr
    assert cases(sqlite_database) == before + 1


def test_missing_file_is_a_refusal_not_a_traceback(url, tmp_path):
    done = main_py(url, "import", "cases", tmp_path / "nope.xlsx")
    assert done.returncode == 1 and "Traceback" not in done.stderr
