"""The 统计 page: an officer picks the year, reads the figures, exports the workbook."""

from datetime import date

import pytest
from openpyxl import load_workbook

from db.enums import CaseSource
from db.models import Employer, MediationCase
from tests.stats import dataset
from ui.main_window import MainWindow
from ui.qt import Qt


@pytest.fixture
def page(qtbot, gui_context):
    dataset.build(gui_context.database)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    return window.show_area("统计")


def choose_year(qtbot, page, year: int) -> None:
    page.year.selectAll()
    qtbot.keyClicks(page.year, str(year))
    qtbot.keyClick(page.year, Qt.Key.Key_Return)


def test_stats_is_an_area_before_settings(page):
    titles = [page.window().navigation.item(i).text() for i in range(page.window().navigation.count())]
    assert "统计" in titles and titles[-1] == "设置"
    assert titles.index("统计") > titles.index("台账导出")


def test_officer_reads_the_years_figures(qtbot, page):
    choose_year(qtbot, page, 2024)
    assert page.year.value() == 2024
    headline = page.headline
    assert headline.text_of("cases", "accepted") == "7"
    assert headline.text_of("cases", "success_rate") == "60.00%"
    assert headline.text_of("cases", "amount_claimed") == "39,000.75"
    assert headline.text_of("letters", "prompt") == "2"
    assert headline.text_of("claims", "amount_paid") == "3,000.50"
    assert "撤回" in headline.values[("cases", "success_rate")].toolTip()
    months = page.views["调解案件（按月份）"]
    assert months.cell_text("合计", "受理件数") == "7"
    assert months.cell_text("1月", "挽回经济损失（元）") == "8,000.00"
    assert "对方不同意调解" in months.note.text()
    assert page.tabs.count() == 13
    choose_year(qtbot, page, 2025)
    assert headline.text_of("cases", "closed") == "1"


def test_page_refreshes_after_a_change(qtbot, page, gui_context):
    choose_year(qtbot, page, 2024)
    with gui_context.database.write(None) as session:
        session.add(MediationCase(source=CaseSource.WALK_IN, received_on=date(2024, 5, 6),
                                  accepted_on=date(2024, 5, 7), respondent=Employer(name="新公司")))
    qtbot.waitUntil(lambda: page.headline.text_of("cases", "accepted") == "8")


def test_export_writes_the_workbook(qtbot, page, tmp_path, monkeypatch):
    shown = page.context.prompt.recorded("inform")
    page.context.prompt.script(tmp_path / "年度统计")
    choose_year(qtbot, page, 2024)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    workbook = load_workbook(tmp_path / "年度统计.xlsx")
    assert shown and "年度统计.xlsx" in shown[0]
    assert workbook["总体"]["A1"].value == "2024年度统计数字"
    accepted = next(row for row in workbook["总体"].iter_rows(min_row=4) if row[1].value == "受理案件")
    assert accepted[2].value == 7
    assert len(workbook.sheetnames) == 14


def test_export_cancelled_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    page.context.prompt.script(None)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_officer_reads_the_front_desk_figures_and_tables(qtbot, page):
    choose_year(qtbot, page, 2024)
    headline = page.headline
    assert headline.text_of("consultations", "total") == "5"
    assert headline.text_of("tickets", "received") == "5"
    assert headline.text_of("tickets", "on_time_response_rate") == "60.00%"
    assert headline.text_of("tickets", "satisfaction_rate") == "66.67%"
    assert "基本满意" in headline.values[("tickets", "satisfaction_rate")].toolTip()
    labels = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert {"法律·按月份", "法律·按类别", "热线·按月份", "热线·按类别", "热线·按平台"} <= set(labels)
    page.tabs.setCurrentIndex(labels.index("热线·按平台"))
    platforms = page.views["热线工单（按平台）"]
    assert platforms.isVisible()
    assert platforms.cell_text("12345接诉即办", "满意率") == "50.00%"
    assert platforms.cell_text("合计", "办结率") == "60.00%"
    assert "响应期限" in platforms.note.text()
    categories = page.views["法律咨询（按类别）"]
    assert categories.cell_text("工资", "咨询量") == "2" and categories.cell_text("工资", "占比") == "40.00%"
    assert page.views["法律咨询（按月份）"].cell_text("合计", "来访") == "2"
    choose_year(qtbot, page, 2025)
    assert headline.text_of("consultations", "total") == "1"


def test_each_breakdown_has_its_chart_beside_the_table(qtbot, page, tmp_path):
    from ui.qt import QBarSeries, QChartView, QPieSeries

    choose_year(qtbot, page, 2024)
    assert len(page.findChildren(QChartView)) == len(page.views) == 13
    months = page.views["调解案件（按月份）"].chart
    (bars,) = months.chart().series()
    assert isinstance(bars, QBarSeries) and [s.label() for s in bars.barSets()] == ["受理", "结案"]
    assert sum(bars.barSets()[0].at(i) for i in range(12)) == 7
    (pie,) = page.views["调解案件（按案件来源）"].chart.chart().series()
    assert isinstance(pie, QPieSeries) and dict((s.label().split(" ")[0], s.value()) for s in pie.slices())["来访"] == 2
    choose_year(qtbot, page, 2023)
    (bars,) = months.chart().series()
    assert sum(bars.barSets()[0].at(i) for i in range(12)) == page.report.figures.cases.accepted
    page.context.prompt.script(str(tmp_path / "按月.png"))
    months.view.customContextMenuRequested.disconnect()
    months.ask_and_save()
    assert (tmp_path / "按月.png").read_bytes()[:4] == b"\x89PNG"
