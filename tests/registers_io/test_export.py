"""What an auditor reads in an exported register: headers, numbers, dates, masking, totals, safety."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.enums import Role
from db.models import AuditEntry
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers_io import Period
from tests.registers_io.conftest import HEADER_ROW, data_rows, export, rows_of

INTERFACE_HEADERS = {
    "cases": "案件编号, 受理日期, 申请人, 身份证号, 被申请人, 统一社会信用代码, 争议类型, 案件来源, 涉及人数, "
             "请求金额, 调解员, 状态, 调解结果, 协议金额, 已履行金额, 挽回经济损失, 结案日期",
    "letters": "文书编号, 文书类型, 发出日期, 对象单位, 统一社会信用代码, 问题类别, 涉及职工人数, 整改期限, 回复日期, "
               "整改结果, 上一文书编号, 状态",
    "claims": "理赔编号, 姓名, 身份证号, 所属单位, 保障项目, 申请日期, 申请金额, 核定金额, 已支付金额, 支付日期, 状态",
}


@pytest.mark.parametrize("kind", INTERFACE_HEADERS)
def test_header_row_has_the_interface_texts(filled, tmp_path, kind):
    header = rows_of(export(filled, kind, tmp_path / "r.xlsx"))[HEADER_ROW - 1]
    assert set(INTERFACE_HEADERS[kind].split(", ")) <= set(header)


def test_cases_register_reads_like_a_hand_made_one(filled, tmp_path):
    path = export(filled, "cases", tmp_path / "cases.xlsx", period=Period.of_year(2024))
    ws = load_workbook(path).active
    assert ws["A1"].value == "2024年度劳动争议调解案件登记台账"
    assert "北京市密云区总工会劳动争议调解中心" in ws["A2"].value
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref.startswith("A3")
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$3"
    rows = data_rows(path)
    assert [r[0] for r in rows] == ["密工调〔2024〕1号", "密工调〔2024〕2号", "密工调〔2024〕4号", "密工调〔2024〕3号"]
    first = ws[HEADER_ROW + 1]
    assert first[9].data_type == "n" and "0.00" in first[9].number_format
    assert isinstance(first[1].value, dt.datetime) and first[1].is_date
    assert Decimal(str(first[9].value)) == Decimal("23456.78")
    assert rows[0][12] == "达成协议" and rows[1][12] == "撤回" and rows[2][12] == "终止调解"
    assert rows[0][10] == "王调解、孙调解" and rows[0][6] == "拖欠劳动报酬、经济补偿金"


def test_totals_row_sums_money_and_people(filled, tmp_path):
    path = export(filled, "cases", tmp_path / "cases.xlsx", period=Period.of_year(2024))
    totals = next(r for r in rows_of(path) if r[0] == "合计")
    assert totals[8] == 2 + 1 + 12 + 1
    assert round(Decimal(str(totals[9])), 2) == Decimal("23456.78") + Decimal("5000.00") + Decimal("0.10") \
        + Decimal("1000000.05")


def test_ids_are_masked_by_default_and_each_of_several_is_masked(filled, tmp_path):
    rows = data_rows(export(filled, "cases", tmp_path / "cases.xlsx", period=Period.of_year(2024)))
    ids = rows[0][3].split("、")
    assert len(ids) == 2 and all(i[6:14] == "********" for i in ids)
    claims = data_rows(export(filled, "claims", tmp_path / "claims.xlsx"))
    assert all("********" in r[2] for r in claims)
    payments = data_rows(export(filled, "payments", tmp_path / "payments.xlsx"))
    assert payments[0][5].endswith("4567") and payments[0][5].startswith("*")


def test_full_ids_for_a_director(filled, tmp_path, actors):
    rows = data_rows(export(filled, "claims", tmp_path / "c.xlsx", actor=actors[Role.DIRECTOR], full_ids=True))
    assert "*" not in rows[0][2] and len(rows[0][2]) == 18


def test_clerk_may_not_export_full_ids_and_nothing_is_written(filled, tmp_path, actors):
    with pytest.raises(PermissionDenied, match="导出完整证件号"):
        export(filled, "claims", tmp_path / "c.xlsx", actor=actors[Role.CLERK], full_ids=True)
    assert not (tmp_path / "c.xlsx").exists()


def test_formula_like_text_comes_out_as_inert_text(filled, tmp_path):
    path = export(filled, "cases", tmp_path / "cases.xlsx", full_ids=True)
    cells = [c for row in load_workbook(path).active.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith(("=", "+"))]
    assert {c.value for c in cells} == {'=HYPERLINK("http://x","点我")'}
    assert all(c.data_type == "s" for c in cells)
    claims = load_workbook(export(filled, "claims", tmp_path / "claims.xlsx")).active
    name = next(c for row in claims.iter_rows() for c in row if c.value == "+钱七")
    assert name.data_type == "s"


def test_year_and_column_choice(filled, tmp_path):
    path = export(filled, "claims", tmp_path / "c.xlsx", period=Period.between(dt.date(2024, 6, 1), None),
                  columns=("状态", "理赔编号", "申请金额"))
    rows = rows_of(path)
    assert rows[HEADER_ROW - 1] == ("理赔编号", "申请金额", "状态")
    assert [r[0] for r in data_rows(path)] == ["HZ202400002", "HZ202400003"]
    with pytest.raises(ValidationError, match="没有这些列"):
        export(filled, "claims", tmp_path / "d.xlsx", columns=("案件编号",))


def test_every_export_is_in_the_audit_trail(filled, tmp_path):
    export(filled, "letters", tmp_path / "l.xlsx", period=Period.of_year(2024))
    with filled.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity_type == "letters" and "l.xlsx" in entry.detail and '"rows": 3' in entry.detail
