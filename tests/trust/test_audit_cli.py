"""``audit verify`` catches a direct edit, deletion or reordering of audit rows, naming the entry."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.models import Employer

ROOT = Path(__file__).resolve().parents[2]


def _main(*args, db_url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", db_url, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def audited_db(sqlite_database, sqlite_actors):
    for name in ("甲公司", "乙公司", "丙公司"):
        with sqlite_database.write(sqlite_actors[next(iter(sqlite_actors))]) as session:
            session.add(Employer(name=name))
    with sqlite_database.write(sqlite_actors[next(iter(sqlite_actors))]) as session:
        session.get(Employer, 2).name = "乙有限公司"
    sqlite_database.dispose()
    return sqlite_database


def _url(database) -> str:
    return database.url.render_as_string(hide_password=False)


def test_untouched_trail_verifies(audited_db):
    result = _main("audit", "verify", db_url=_url(audited_db))
    assert result.returncode == 0, result.stderr
    assert "审计记录完整" in result.stdout


def _edit(database, sql: str) -> None:
    conn = sqlite3.connect(database.sqlite_path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_edited_value_is_caught_and_named(audited_db):
    _edit(audited_db, "UPDATE audit_entry SET new_value = '丙有限公司' WHERE seq = 9")
    result = _main("audit", "verify", db_url=_url(audited_db))
    assert result.returncode == 1
    assert "第 9 条" in result.stderr and "内容被改动" in result.stderr
    assert "首个异常条目" in result.stderr and "employer" in result.stderr


def test_deleted_entry_is_caught(audited_db):
    _edit(audited_db, "DELETE FROM audit_entry WHERE seq = 5")
    result = _main("audit", "verify", db_url=_url(audited_db))
    assert result.returncode == 1 and "第 6 条" in result.stderr


def test_reordered_entries_are_caught(audited_db):
    _edit(audited_db, "UPDATE audit_entry SET at = (SELECT at FROM audit_entry WHERE seq = 1) WHERE seq = 3")
    result = _main("audit", "verify", db_url=_url(audited_db))
    assert result.returncode == 1 and "第 3 条" in result.stderr


def test_audit_export_writes_workbook_and_is_audited(audited_db, tmp_path):
    out = tmp_path / "audit.xlsx"
    result = _main("audit", "export", "--out", str(out), "--officer", "管理员", db_url=_url(audited_db))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out).active
    assert sheet.cell(1, 1).value == "序号" and sheet.max_row > 1
    verify = _main("audit", "verify", db_url=_url(audited_db))
    assert verify.returncode == 0, verify.stderr


def test_audit_filter_by_date_and_record(audited_db):
    from datetime import date, timedelta

    from db.enums import Role
    from desktop.audit_log.query import AuditFilter, AuditService
    from desktop.auth import Actor

    auditor = Actor(None, "审计", Role.AUDITOR)
    service = AuditService(audited_db)
    today = date.today()
    assert service.count(auditor, AuditFilter(date_from=today, date_to=today)) > 0
    assert service.count(auditor, AuditFilter(date_to=today - timedelta(days=2))) == 0
    history = service.history(auditor, "employer", 2)
    assert [r.action for r in history] == ["create", "update"]
    assert history[1].description == "名称：乙公司 → 乙有限公司"
