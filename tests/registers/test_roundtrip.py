"""What write_register writes, read_register reads back unchanged."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from desktop.registers import CASES, CLAIMS, Column, RegisterSpec, read_register, write_register

from .conftest import CLAIM_ROWS, write_claims


def expected(row: list[object]) -> list[object]:
    return [v.date() if isinstance(v, dt.datetime) else v for v in row]


def test_claims_round_trip_with_full_ids(tmp_path: Path) -> None:
    result = read_register(CLAIMS, write_claims(tmp_path / "c.xlsx", mask_ids=False))
    assert result.ok and [p for p in result.problems] == []
    assert [r["_row"] for r in result.rows] == [4, 5, 6]
    got = [[r[h] for h in CLAIMS.headers] for r in result.rows]
    assert got == [expected(row) for row in CLAIM_ROWS]


def test_cases_round_trip(tmp_path: Path) -> None:
    row = ["密工调〔2024〕12号", dt.date(2024, 3, 5), "王秀英", "11010519491231002X",
           "北京某某建筑工程有限公司", "91350100M000100Y43", "拖欠劳动报酬", "12351热线转办",
           12, Decimal("356000.00"), "刘调解", "已履行", "达成协议", Decimal("300000.00"),
           Decimal("300000.00"), Decimal("300000.00"), dt.date(2024, 3, 18), 6]
    blank = [f"密工调〔2024〕{13}号", dt.date(2024, 3, 6), "李强"] + [None] * 15
    blank[4] = "某某"
    path = tmp_path / "cases.xlsx"
    write_register(CASES, [row, blank], path, title_context={"year": 2024},
                   organisation="某区总工会", exported_on=dt.date(2024, 12, 31), mask_ids=False)
    result = read_register(CASES, path)
    assert result.ok
    assert [[r[h] for h in CASES.headers] for r in result.rows] == [row, blank]


def test_masked_export_is_refused_on_import(tmp_path: Path) -> None:
    result = read_register(CLAIMS, write_claims(tmp_path / "m.xlsx"))
    assert [str(p) for p in result.errors][0] == (
        "第 4 行「身份证号」: 身份证号已打码（含 *），请改用导出时选择“完整证件号”的台账"
    )
    assert len(result.errors) == len(CLAIM_ROWS)


def test_registers_import_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import desktop.registers, desktop.registers.writer, desktop.registers.reader\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_every_column_kind_round_trips(tmp_path: Path) -> None:
    spec = RegisterSpec("all", "{year}年全部类型", (
        Column("名称"), Column("金额", "money", total=True), Column("人数", "int", total=True),
        Column("日期", "date"), Column("身份证号", "id"), Column("卡号", "card"),
        Column("是否会员", "bool"), Column("比例", "percent"),
    ), "全部")
    rows = [
        ["甲", Decimal("1.05"), 3, dt.date(2000, 2, 29), "11010519491231002X",
         "6217000010001234567", True, Decimal("0.125")],
        ["乙", Decimal("0.00"), 0, dt.date(1900, 3, 1), None, None, False, Decimal("1")],
    ]
    path = tmp_path / "all.xlsx"
    write_register(spec, rows, path, title_context={"year": 2024}, organisation="x",
                   exported_on=dt.date(2024, 1, 1), mask_ids=False)
    ws = load_workbook(path).active
    assert ws["H4"].number_format == "0.00%" and ws["G4"].value == "是"
    assert ws["B6"].value == 1.05 and ws["C6"].value == 3  # totals
    result = read_register(spec, path)
    assert result.ok
    assert [[r[h] for h in spec.headers] for r in result.rows] == rows
