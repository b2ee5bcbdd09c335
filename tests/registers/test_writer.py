"""The written register looks like a hand-made one and holds real numbers and dates."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.errors import UserError
from desktop.registers import CLAIMS, Cancelled, Column, RegisterSpec, write_register

from .conftest import CLAIM_ROWS, write_claims

FIRST_DATA = 4
LAST_DATA = FIRST_DATA + len(CLAIM_ROWS) - 1


def col(header: str) -> int:
    return CLAIMS.headers.index(header) + 1


def test_title_caption_and_header(claims_sheet: Worksheet) -> None:
    assert claims_sheet.title == "理赔台账"
    assert claims_sheet["A1"].value == "2024年度职工互助保障理赔台账"
    assert claims_sheet["A1"].font.b and claims_sheet["A1"].font.sz >= 16
    assert "A1:L1" in {str(r) for r in claims_sheet.merged_cells.ranges}
    assert claims_sheet["A2"].value == "填报单位：北京市某区总工会"
    assert claims_sheet["G2"].value == "导出日期：2024-12-31"
    header = [c.value for c in claims_sheet[3]]
    assert header == list(CLAIMS.headers)
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("DDEBF7") for c in claims_sheet[3])
    assert claims_sheet["A3"].border.bottom.style == "thin"


def test_frozen_filtered_and_print_ready(claims_sheet: Worksheet) -> None:
    assert claims_sheet.freeze_panes == "A4"
    assert claims_sheet.auto_filter.ref == f"A3:L{LAST_DATA}"
    assert claims_sheet.print_title_rows == "$1:$3"
    setup = claims_sheet.page_setup
    assert setup.orientation == "landscape"
    assert str(setup.paperSize) == "9"
    assert (setup.fitToWidth or 1) == 1 and setup.fitToHeight == 0  # fitToWidth="1" is the schema default
    assert claims_sheet.sheet_properties.pageSetUpPr.fitToPage is True


def test_column_widths_from_spec_or_estimated(claims_sheet: Worksheet) -> None:
    dims = claims_sheet.column_dimensions
    assert int(dims["A"].width) == 18  # from the spec (stored with Excel's 5-pixel padding: 18.71)
    assert dims["G"].width >= 12  # estimated: "1,000,000.05" fits
    assert dims["C"].width >= 20  # an 18-character ID


def test_money_is_a_number_with_two_decimals(claims_sheet: Worksheet) -> None:
    cell = claims_sheet.cell(FIRST_DATA, col("申请金额"))
    assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    assert Decimal(str(cell.value)) == Decimal("12345.67")
    assert claims_sheet.cell(FIRST_DATA + 1, col("已支付金额")).value is None


def test_dates_are_excel_dates(claims_sheet: Worksheet) -> None:
    cell = claims_sheet.cell(FIRST_DATA, col("申请日期"))
    assert isinstance(cell.value, dt.datetime) and cell.number_format == "yyyy-mm-dd"
    assert cell.value.date() == dt.date(2024, 3, 5)
    assert claims_sheet.cell(FIRST_DATA + 1, col("申请日期")).value == dt.datetime(2024, 6, 30)


def test_totals_row_is_exact_to_the_cent(claims_sheet: Worksheet) -> None:
    totals = claims_sheet[LAST_DATA + 1]
    assert totals[0].value == "合计" and totals[0].font.b
    expected = {"申请金额": "1012345.82", "核定金额": "1010000.19", "已支付金额": "10000.01"}
    for header, amount in expected.items():
        cell = totals[col(header) - 1]
        assert Decimal(str(cell.value)).quantize(Decimal("0.01")) == Decimal(amount)
        assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    assert totals[col("姓名") - 1].value is None


def test_sign_off_row(claims_sheet: Worksheet) -> None:
    sign = claims_sheet.cell(LAST_DATA + 3, 1).value
    assert sign.startswith("制表人：") and "审核人：" in sign and "日期：" in sign


def test_ids_masked_by_default(claims_sheet: Worksheet) -> None:
    ids = [claims_sheet.cell(r, col("身份证号")).value for r in range(FIRST_DATA, LAST_DATA + 1)]
    assert ids[0] == "110105********002X"
    assert all(v[6:14] == "********" for v in ids)


def test_full_ids_on_request(tmp_path: Path) -> None:
    ws = load_workbook(write_claims(tmp_path / "full.xlsx", mask_ids=False)).active
    cell = ws.cell(FIRST_DATA, col("身份证号"))
    assert cell.value == "11010519491231002X" and cell.data_type == "s"


def test_cards_keep_last_four(tmp_path: Path) -> None:
    spec = RegisterSpec("cards", "{year}", (Column("姓名"), Column("卡号", "card")), "卡")
    write_register(spec, [["李强", "6217000010001234567"]], tmp_path / "c.xlsx",
                   title_context={"year": 2024}, organisation="x", exported_on=dt.date.today())
    assert load_workbook(tmp_path / "c.xlsx").active["B4"].value == "*" * 15 + "4567"


def test_no_totals_row_without_total_columns(tmp_path: Path) -> None:
    spec = RegisterSpec("names", "名单", (Column("姓名"), Column("单位")), "名单")
    write_register(spec, [["王", "甲"]], tmp_path / "n.xlsx", organisation="x",
                   exported_on=dt.date(2024, 1, 1))
    ws = load_workbook(tmp_path / "n.xlsx").active
    assert ws["A5"].value is None and ws["A6"].value.startswith("制表人")


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[int] = []
    rows = CLAIM_ROWS * 400
    write_claims(tmp_path / "p.xlsx", rows, progress=seen.append)
    assert seen[-1] == len(rows) and seen == sorted(seen)


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    rows_dirs = set(Path(tempfile.gettempdir()).glob("uniondesk-xlsx-*"))
    with pytest.raises(Cancelled):
        write_claims(tmp_path / "claims.xlsx", CLAIM_ROWS * 1000, should_cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []
    assert set(Path(tempfile.gettempdir()).glob("uniondesk-xlsx-*")) <= rows_dirs  # the row stream is gone too


def test_cancel_keeps_the_previous_file(tmp_path: Path) -> None:
    out = write_claims(tmp_path / "claims.xlsx")
    before = out.read_bytes()
    with pytest.raises(Cancelled):
        write_claims(out, CLAIM_ROWS * 1000, should_cancel=lambda: True)
    assert out.read_bytes() == before and list(tmp_path.iterdir()) == [out]


def test_a_failing_row_leaves_no_file(tmp_path: Path) -> None:
    def rows():
        yield CLAIM_ROWS[0]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_claims(tmp_path / "claims.xlsx", rows())
    assert list(tmp_path.iterdir()) == []


def test_wrong_row_length_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_claims(tmp_path / "claims.xlsx", [["too", "short"]])


def test_totals_fit_their_column(tmp_path: Path) -> None:
    rows = [[f"HZ-{i}", "王", "11010519491231002X", "甲", "乙", dt.date(2024, 1, 1),
             Decimal("99999.99"), None, None, None, "已提交", None] for i in range(1000)]
    ws = load_workbook(write_claims(tmp_path / "t.xlsx", rows)).active
    total = ws.cell(FIRST_DATA + len(rows), col("申请金额")).value
    shown = f"{Decimal(str(total)):,.2f}"
    assert shown == "99,999,990.00"
    assert ws.column_dimensions["G"].width >= len(shown) + 1


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="文件夹不存在"):
        write_claims(tmp_path / "nowhere" / "claims.xlsx")


def test_file_open_in_excel_is_a_user_error(tmp_path: Path, monkeypatch) -> None:
    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "in use")

    monkeypatch.setattr("desktop.registers.writer.os.replace", locked)
    with pytest.raises(UserError, match="正在 Excel 中打开"):
        write_claims(tmp_path / "claims.xlsx")
    assert list(tmp_path.iterdir()) == []
