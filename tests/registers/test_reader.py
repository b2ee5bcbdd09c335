"""Reading registers the way officers hand them in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.errors import UserError, ValidationError
from desktop.registers import CASES, CLAIMS, Cancelled, Column, RegisterSpec, read_register

HEADER = list(CLAIMS.headers)
GOOD = ["HZ-1", "王秀英", "11010519491231002X", "某某物流", "在职住院", dt.datetime(2024, 3, 5),
        1234.5, 1000, 1000, dt.datetime(2024, 4, 1), "已支付"]


def book(tmp_path: Path, rows: list[list[object]], fix: Callable | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if fix is not None:
        fix(ws)
    path = tmp_path / "in.xlsx"
    wb.save(path)
    return path


def problems(result) -> list[str]:
    return [str(p) for p in result.errors]


def test_plain_register(tmp_path: Path) -> None:
    result = read_register(CLAIMS, book(tmp_path, [HEADER, GOOD]))
    assert result.ok and result.header_row == 1
    row = result.rows[0]
    assert row["_row"] == 2 and row["身份证号"] == "11010519491231002X"
    assert row["申请日期"] == dt.date(2024, 3, 5) and row["申请金额"] == Decimal("1234.50")


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    rows = [["2024年理赔台账"], ["填报单位：某区总工会", None, "2024-12-31"], [], HEADER, GOOD]
    result = read_register(CLAIMS, book(tmp_path, rows))
    assert result.header_row == 4 and [r["_row"] for r in result.rows] == [5]


def test_reordered_extra_and_aliased_columns(tmp_path: Path) -> None:
    header = ["附言", "申请金额（元）", "*姓名", "身份证号码", "申请日期", "理赔编号", "联系电话"]
    rows = [header, ["急", "1,000.00", "李强", "110101199003071234", "2024/3/5", "HZ-2", "138"]]
    result = read_register(CLAIMS, book(tmp_path, rows))
    assert result.ok
    row = result.rows[0]
    assert row["申请金额"] == Decimal("1000.00") and row["姓名"] == "李强"
    assert row["身份证号"] == "110101199003071234" and row["所属单位"] is None
    infos = {(p.column_header, p.level) for p in result.problems}
    assert ("附言", "info") in infos and ("联系电话", "info") in infos
    assert ("所属单位", "info") in infos  # missing optional column, read as blank


def test_blank_rows_and_closing_rows_are_skipped(tmp_path: Path) -> None:
    rows = [HEADER, [], GOOD, [None, "  ", "\u3000"], GOOD, ["合计", None, None, None, None, None, 2469]]
    rows += [[], ["制表人：　　审核人："]]
    result = read_register(CLAIMS, book(tmp_path, rows))
    assert result.ok and [r["_row"] for r in result.rows] == [3, 5]


def test_totals_label_in_an_extra_column(tmp_path: Path) -> None:
    rows = [["序号"] + HEADER, [1] + GOOD, ["合计"] + [None] * 6 + [1234.5]]
    result = read_register(CLAIMS, book(tmp_path, rows))
    assert result.ok and len(result.rows) == 1


def test_repeated_header_is_skipped(tmp_path: Path) -> None:
    result = read_register(CLAIMS, book(tmp_path, [HEADER, GOOD, HEADER, GOOD]))
    assert result.ok and [r["_row"] for r in result.rows] == [2, 4]


def test_text_numbers_full_width_and_units(tmp_path: Path) -> None:
    row = ["ＨＺ－３", "\u3000张伟 ", "１１０１０５１９４９１２３１００２ｘ", "某某", "重疾", "2024年3月5日",
           "１２,３４５.６元", "¥100", " 0.5 ", "20240401", "已支付"]
    result = read_register(CLAIMS, book(tmp_path, [HEADER, row]))
    assert result.ok, problems(result)
    got = result.rows[0]
    assert got["姓名"] == "张伟" and got["身份证号"] == "11010519491231002X"
    assert got["申请金额"] == Decimal("12345.60") and got["核定金额"] == Decimal("100.00")
    assert got["已支付金额"] == Decimal("0.50") and got["支付日期"] == dt.date(2024, 4, 1)


@pytest.mark.parametrize("raw", ["2024.3.5", "2024年3月5日", "2024-03-05", "2024/3/5",
                                 "20240305", 45356, dt.datetime(2024, 3, 5)])
def test_every_date_habit(tmp_path: Path, raw: object) -> None:
    row = GOOD[:5] + [raw] + GOOD[6:]
    assert read_register(CLAIMS, book(tmp_path, [HEADER, row])).rows[0]["申请日期"] == dt.date(2024, 3, 5)


def test_id_stored_as_number(tmp_path: Path) -> None:
    row = GOOD[:2] + [110105194912310000] + GOOD[3:]
    result = read_register(CLAIMS, book(tmp_path, [HEADER, row]))
    assert problems(result) == [
        "第 2 行「身份证号」: 身份证号被 Excel 存成了数字，末位已丢失，请将该列设为文本后重新录入"
    ]


def test_bad_cells_name_row_and_column(tmp_path: Path) -> None:
    bad = GOOD[:5] + ["2024-02-30", "壹仟元", -5] + GOOD[8:]
    result = read_register(CLAIMS, book(tmp_path, [["台账"], HEADER, GOOD, bad]))
    assert problems(result) == [
        "第 4 行「申请日期」: 日期「2024-02-30」不存在",
        "第 4 行「申请金额」: 「壹仟元」不是有效的金额",
        "第 4 行「核定金额」: 金额不能为负数",
    ]
    assert len(result.rows) == 2 and result.rows[1]["申请日期"] is None


def test_empty_required_cell(tmp_path: Path) -> None:
    row = list(GOOD)
    row[HEADER.index("姓名")] = " "
    assert problems(read_register(CLAIMS, book(tmp_path, [HEADER, row]))) == ["第 2 行「姓名」: 必填项为空"]


def test_missing_required_header(tmp_path: Path) -> None:
    header = [h for h in HEADER if h != "身份证号"]
    row = [v for h, v in zip(HEADER, GOOD) if h != "身份证号"]
    result = read_register(CLAIMS, book(tmp_path, [header, row]))
    assert problems(result) == ["第 1 行「身份证号」: 表头中缺少此列（必填）"]


def test_no_header_at_all(tmp_path: Path) -> None:
    result = read_register(CLAIMS, book(tmp_path, [["随便写的表"], ["甲", "乙"]]))
    assert not result.ok and result.rows == []
    assert "找不到表头" in str(result.errors[0])


def test_vertical_merge_applies_to_each_row(tmp_path: Path) -> None:
    header = ["案件编号", "受理日期", "申请人", "被申请人", "请求金额"]
    rows = [header, ["C-1", "2024-03-05", "甲", "某某建筑公司", 100],
            ["C-2", None, "乙", None, 200], ["C-3", None, "丙", None, 300]]

    def merge(ws) -> None:
        ws.merge_cells("B2:B4")
        ws.merge_cells("D2:D4")

    result = read_register(CASES, book(tmp_path, rows, merge))
    assert result.ok, problems(result)
    assert [r["被申请人"] for r in result.rows] == ["某某建筑公司"] * 3
    assert [r["受理日期"] for r in result.rows] == [dt.date(2024, 3, 5)] * 3


def test_horizontally_merged_title_is_not_data(tmp_path: Path) -> None:
    rows = [["2024年度理赔台账"], HEADER, GOOD]
    result = read_register(CLAIMS, book(tmp_path, rows, lambda ws: ws.merge_cells("A1:K1")))
    assert result.ok and result.header_row == 2


def test_booleans_and_validator(tmp_path: Path) -> None:
    def validator(value: str) -> str:
        if not value.startswith("9"):
            raise ValidationError("校验位错误")
        return value.upper()

    spec = RegisterSpec("t", "t", (Column("单位"), Column("信用代码", validator=validator),
                                   Column("是否会员", "bool")), "t")
    rows = [["单位", "信用代码", "是否会员"], ["甲", "91350100m000100y43", "是"], ["乙", "X1", "否"]]
    result = read_register(spec, book(tmp_path, rows))
    assert [r["是否会员"] for r in result.rows] == [True, False]
    assert result.rows[0]["信用代码"] == "91350100M000100Y43"
    assert problems(result) == ["第 3 行「信用代码」: 校验位错误"]


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = book(tmp_path, [HEADER] + [GOOD] * 1200)
    seen: list[int] = []
    read_register(CLAIMS, path, progress=seen.append)
    assert seen[-1] == 1200
    with pytest.raises(Cancelled):
        read_register(CLAIMS, path, should_cancel=lambda: True)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("not excel")
    with pytest.raises(UserError, match="不是有效的 Excel 工作簿"):
        read_register(CLAIMS, path)
    with pytest.raises(UserError, match="找不到文件"):
        read_register(CLAIMS, tmp_path / "missing.xlsx")


def test_duplicate_header_is_reported(tmp_path: Path) -> None:
    result = read_register(CLAIMS, book(tmp_path, [HEADER + ["姓名"], GOOD + ["别的"]]))
    assert result.ok and result.rows[0]["姓名"] == "王秀英"
    assert "第 1 行「姓名」: M 列与前面的同名列重复，已忽略" in [str(p) for p in result.problems]


def test_two_row_header_with_merged_group(tmp_path: Path) -> None:
    top = ["理赔编号", "姓名", "身份证号", "申请日期", "金额（元）", None]
    sub = [None, None, None, None, "申请金额", "核定金额"]
    data = ["HZ-9", "赵敏", "11010519491231002X", "2024-03-05", "100", "80"]

    def merge(ws) -> None:
        for letter in "ABCD":
            ws.merge_cells(f"{letter}2:{letter}3")
        ws.merge_cells("E2:F2")

    result = read_register(CLAIMS, book(tmp_path, [["理赔台账"], top, sub, data], merge))
    assert result.ok and result.header_row == 3
    assert result.rows[0]["姓名"] == "赵敏" and result.rows[0]["核定金额"] == Decimal("80.00")
