"""Text that looks like a formula is stored, and shown, as the text itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.registers import Column, RegisterSpec, read_register, write_register
from desktop.xlsx.safety import cell_text, is_risky_text, needs_quote_prefix

NASTY = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", '=HYPERLINK("http://x","y")',
         "#N/A", "#DIV/0!", "=", "-"]
SPEC = RegisterSpec("notes", "备注", (Column("备注"), Column("身份证号", "id")), "备注")


@pytest.fixture
def written(tmp_path: Path) -> Path:
    rows = [[text, text] for text in NASTY]
    write_register(SPEC, rows, tmp_path / "n.xlsx", organisation="x",
                   exported_on=dt.date(2024, 1, 1), mask_ids=False)
    return tmp_path / "n.xlsx"


def test_formula_like_text_is_a_string_cell(written: Path) -> None:
    ws = load_workbook(written).active
    for row, text in enumerate(NASTY, 4):
        for cell in (ws.cell(row, 1), ws.cell(row, 2)):
            assert cell.data_type == "s", text
            assert cell.value == text.replace("\r", "\n")


def test_formula_like_text_carries_the_quote_prefix(written: Path) -> None:
    ws = load_workbook(written).active
    assert all(ws.cell(row, 1).quotePrefix for row in range(4, 4 + len(NASTY)))


def test_no_formula_reaches_the_file(written: Path) -> None:
    import zipfile

    with zipfile.ZipFile(written) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_read_back_unchanged(written: Path) -> None:
    rows = read_register(SPEC, written).rows
    assert [r["备注"] for r in rows] == [t.strip() or None for t in NASTY]


def test_plain_text_is_not_prefixed(tmp_path: Path) -> None:
    write_register(SPEC, [["张三 1+1", "1101"]], tmp_path / "p.xlsx", organisation="x",
                   exported_on=dt.date(2024, 1, 1), mask_ids=False)
    cell = load_workbook(tmp_path / "p.xlsx").active["A4"]
    assert cell.value == "张三 1+1" and not cell.quotePrefix


def test_is_risky_text() -> None:
    assert all(is_risky_text(t) for t in NASTY if not t.startswith("#"))
    assert not any(is_risky_text(t) for t in ("张三", "1+1", "", " =1", "#N/A"))
    assert all(needs_quote_prefix(t) for t in NASTY)


def test_illegal_xml_characters_are_dropped() -> None:
    assert cell_text("北京\x0b某某\x00公司") == "北京某某公司"
    assert cell_text(12) == "12"
    assert cell_text("第一行\r\n第二行\r第三行") == "第一行\n第二行\n第三行"
