"""The statistics workbook read back with openpyxl: sheets, numbers as numbers, formats, footers."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desktop.errors import UserError
from desktop.stats.report import year_report
from desktop.stats.workbook import write_stats_workbook
from tests.stats import dataset


@pytest.fixture
def workbook(sqlite_database, tmp_path):
    dataset.build(sqlite_database)
    report = year_report(sqlite_database, 2024)
    out = write_stats_workbook(report.figures, report.breakdowns, tmp_path / "统计.xlsx",
                               organisation="北京市密云区总工会", exported_on=date(2025, 1, 6))
    return load_workbook(out)


def values_by_label(sheet, label_column=2, value_column=3):
    return {row[label_column - 1].value: row[value_column - 1] for row in sheet.iter_rows(min_row=4)}


def test_sheets_and_headings(workbook):
    assert workbook.sheetnames == ["总体", "调解案件（按月份）", "调解案件（按案件来源）", "调解案件（按争议类型）",
                                   "调解案件（按主调解员）", "调解案件（按街道乡镇）", "一函两书（按文书类型）",
                                   "互助保障（按保障项目）", "互助保障（按月份）", "法律咨询（按月份）",
                                   "法律咨询（按类别）", "热线工单（按月份）", "热线工单（按类别）", "热线工单（按平台）"]
    overview = workbook["总体"]
    assert overview["A1"].value == "2024年度统计数字"
    assert "北京市密云区总工会" in overview["A2"].value and "2025-01-06" in overview["A2"].value
    assert [c.value for c in overview[3]] == ["类别", "项目", "数值", "口径说明"]
    assert overview["A3"].font.bold


def test_overview_numbers_are_numbers_with_formats(workbook):
    cells = values_by_label(workbook["总体"])
    assert cells["受理案件"].value == 7 and cells["受理案件"].number_format == "0"
    assert cells["调解成功率"].value == 0.6 and cells["调解成功率"].number_format == "0.00%"
    assert cells["涉案金额（元）"].value == Decimal("39000.75") or cells["涉案金额（元）"].value == 39000.75
    assert cells["涉案金额（元）"].number_format == "#,##0.00"
    assert cells["支付金额（元）"].value == 3000.5


def test_breakdown_sheet_with_totals_and_footer(workbook):
    sheet = workbook["调解案件（按月份）"]
    assert sheet["A1"].value == "2024年度调解案件（按月份）"
    headers = [c.value for c in sheet[3]]
    assert headers[:3] == ["月份", "受理件数", "涉及人数"]
    total = next(row for row in sheet.iter_rows(min_row=4) if row[0].value == "合计")
    by_header = dict(zip(headers, total))
    assert by_header["受理件数"].value == 7 and by_header["受理件数"].font.bold
    assert by_header["调解成功率"].value == 0.6 and by_header["调解成功率"].number_format == "0.00%"
    notes = [row[0].value for row in sheet.iter_rows(min_row=4) if str(row[0].value).startswith("注：")]
    assert notes and "撤回" in notes[0] and "不予受理" in notes[0] and "对方不同意调解" in notes[0]


def test_text_that_looks_like_a_formula_stays_text(sqlite_database, tmp_path):
    from db.models import Employer, MediationCase
    from db.enums import CaseSource

    with sqlite_database.write(None) as session:
        session.add(MediationCase(source=CaseSource.WALK_IN, received_on=date(2024, 1, 2),
                                  accepted_on=date(2024, 1, 3), respondent=Employer(name="某公司", street="=1+1")))
    report = year_report(sqlite_database, 2024)
    out = write_stats_workbook(report.figures, report.breakdowns, tmp_path / "s.xlsx", "中心", date(2025, 1, 1))
    sheet = load_workbook(out)["调解案件（按街道乡镇）"]
    assert sheet["A4"].value == "=1+1" and sheet["A4"].data_type == "s"


def test_unwritable_folder_is_a_message(sqlite_database, tmp_path):
    report = year_report(sqlite_database, 2024)
    with pytest.raises(UserError, match="文件夹不存在"):
        write_stats_workbook(report.figures, report.breakdowns, tmp_path / "无" / "s.xlsx", "中心", date(2025, 1, 1))


def test_front_desk_sheets_carry_the_hand_counted_figures(workbook):
    cells = values_by_label(workbook["总体"])
    assert cells["咨询量"].value == 5 and cells["受理量"].value == 5
    assert cells["满意率"].value == 0.6667 and cells["满意率"].number_format == "0.00%"
    months = workbook["法律咨询（按月份）"]
    headers = [c.value for c in months[3]]
    assert headers[:6] == ["月份", "咨询量", "来访", "来电", "网络", "驿站"]
    rows = {row[0].value: dict(zip(headers, (c.value for c in row))) for row in months.iter_rows(min_row=4)}
    assert rows["1月"]["咨询量"] == 2 and rows["3月"]["驿站"] == 1 and rows["合计"]["转法律援助"] == 1
    platforms = workbook["热线工单（按平台）"]
    headers = [c.value for c in platforms[3]]
    rows = {row[0].value: dict(zip(headers, (c.value for c in row))) for row in platforms.iter_rows(min_row=4)}
    assert rows["12345接诉即办"]["受理量"] == 2 and rows["12345接诉即办"]["满意率"] == 0.5
    assert rows["合计"]["办结率"] == 0.6 and rows["合计"]["按时响应"] == 3
    notes = [row[0].value for row in platforms.iter_rows(min_row=4) if str(row[0].value).startswith("注：")]
    assert "满意 + 基本满意" in notes[0] and "响应期限" in notes[0]


def chart_refs(chart):
    """(type, title, [(series name, categories ref, values ref)]) of a chart openpyxl read back."""
    title = "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
    series = [(s.tx.v, s.cat.strRef.f if s.cat.strRef else s.cat.numRef.f, s.val.numRef.f) for s in chart.series]
    return chart.tagname, title, series


def test_each_breakdown_sheet_has_its_chart_over_the_tables_cells(workbook):
    months = workbook["调解案件（按月份）"]
    assert len(months._charts) == 1
    kind, title, series = chart_refs(months._charts[0])
    headers = [c.value for c in months[3]]
    accepted, closed = (chr(ord("A") + headers.index(h)) for h in ("受理件数", "结案件数"))
    sheet = "'调解案件（按月份）'"
    assert kind == "barChart" and months._charts[0].type == "col" and title == "受理与结案（按月份）"
    assert series == [("受理", f"{sheet}!$A$4:$A$15", f"{sheet}!${accepted}$4:${accepted}$15"),
                      ("结案", f"{sheet}!$A$4:$A$15", f"{sheet}!${closed}$4:${closed}$15")]
    assert [months[f"A{r}"].value for r in (4, 15, 16)] == ["1月", "12月", "合计"]
    assert sum(months[f"{accepted}{r}"].value for r in range(4, 16)) == 7
    anchor = months._charts[0].anchor._from
    assert (anchor.row, anchor.col) == (2, len(headers) + 1)


def test_pie_and_line_charts_reference_their_columns(workbook):
    source = workbook["调解案件（按案件来源）"]
    kind, _title, [(name, categories, values)] = chart_refs(source._charts[0])
    rows = [row[0].value for row in source.iter_rows(min_row=4)]
    last = 4 + rows.index("合计") - 1
    assert kind == "pieChart" and name == "受理"
    assert categories.endswith(f"!$A$4:$A${last}") and values.endswith(f"!$B$4:$B${last}")
    claims = workbook["互助保障（按月份）"]
    kind, title, [(name, _categories, values)] = chart_refs(claims._charts[0])
    amount = chr(ord("A") + [c.value for c in claims[3]].index("理赔金额（元）"))
    assert kind == "lineChart" and title == "理赔金额（按月份）" and values.endswith(f"!${amount}$4:${amount}$15")
    assert not workbook["总体"]._charts
