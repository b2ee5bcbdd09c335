"""The one workbook writer: typed cells, atomic replace, Chinese errors, and nobody else writes xlsx."""

from __future__ import annotations

import datetime as dt
import errno
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.errors import UserError
from desktop.xlsx import write_workbook

ROOT = Path(__file__).parents[2]


def _write(path: Path, rows) -> Path:
    with write_workbook(path) as book:
        sheet = book.sheet("表", [10, 10, 10])
        money = book.style(num_format="#,##0.00")
        for row in rows:
            sheet.append(row, [None, money, None])
    return path


def test_cells_are_typed(tmp_path):
    ws = load_workbook(_write(tmp_path / "a.xlsx", [["=1+1", Decimal("3000.50"), dt.date(2026, 5, 1)]])).active
    assert ws["A1"].data_type == "s" and ws["A1"].value == "=1+1" and ws["A1"].quotePrefix
    assert ws["B1"].value == 3000.5 and ws["B1"].number_format == "#,##0.00"
    assert ws["C1"].value == dt.datetime(2026, 5, 1) and ws["C1"].number_format == "yyyy-mm-dd"


def test_failure_keeps_the_previous_file_and_leaves_nothing(tmp_path):
    out = _write(tmp_path / "a.xlsx", [["旧"]])
    before = out.read_bytes()
    with pytest.raises(RuntimeError), write_workbook(out) as book:
        book.sheet("表").append(["新"])
        raise RuntimeError("boom")
    assert out.read_bytes() == before and list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize(("error", "message"), [
    (PermissionError(errno.EACCES, "denied"), "正在 Excel 中打开"),
    (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足"),
])
def test_file_system_failures_speak_chinese(tmp_path, monkeypatch, error, message):
    def fail(src, dst):
        raise error

    monkeypatch.setattr("desktop.xlsx.book.os.replace", fail)
    with pytest.raises(UserError, match=message):
        _write(tmp_path / "a.xlsx", [["x"]])
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path):
    with pytest.raises(UserError, match="文件夹不存在"):
        _write(tmp_path / "nowhere" / "a.xlsx", [["x"]])


def test_no_other_module_writes_workbooks():
    """openpyxl is for reading; XlsxWriter is used only by desktop/xlsx."""
    writers = re.compile(r"import xlsxwriter|from xlsxwriter|openpyxl import .*Workbook\b|WriteOnlyCell|openpyxl\.worksheet\._writer")
    offenders = [str(p.relative_to(ROOT)) for folder in ("db", "desktop", "ui") for p in (ROOT / folder).rglob("*.py")
                 if "xlsx" not in p.parent.name and writers.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
