"""工作台「本年图表」on the demo data: the charts' series are the year's figures; a chart saves as a real PNG."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from desktop.stats.report import year_report
from tests.workbench.conftest import TODAY
from ui.charts import ChartPanel
from ui.main_window import MainWindow
from ui.qt import QBarSeries, QChartView, QLineSeries, QPieSeries, Qt

pytestmark = pytest.mark.db


@pytest.fixture
def charts(qtbot, demo_context):
    context = demo_context("director")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.current_area()
    page.charts.year.setValue(TODAY.year)
    page.sections.setCurrentWidget(page.charts)
    qtbot.waitUntil(lambda: page.charts.report is not None and page.charts.report.figures.year == TODAY.year)
    return context, page.charts


def test_four_charts_show_the_years_figures(charts):
    context, view = charts
    figures = year_report(context.database, TODAY.year).figures
    assert len(view.findChildren(QChartView)) == 4
    months = view.panels["cases_by_month"].chart()
    (bars,) = months.series()
    assert isinstance(bars, QBarSeries) and [s.label() for s in bars.barSets()] == ["受理", "结案"]
    accepted, closed = bars.barSets()
    assert accepted.count() == 12 and sum(accepted.at(i) for i in range(12)) == figures.cases.accepted > 0
    assert sum(closed.at(i) for i in range(12)) == figures.cases.closed
    (line,) = view.panels["recovered_by_month"].chart().series()
    assert isinstance(line, QLineSeries) and line.count() == 12
    recovered = sum(line.at(i).y() for i in range(12))
    axis = view.panels["recovered_by_month"].chart().axes(Qt.Orientation.Vertical)[0].titleText()
    assert recovered * (10000 if axis == "万元" else 1) == pytest.approx(float(figures.cases.amount_recovered))
    (pie,) = view.panels["letters_by_kind"].chart().series()
    assert isinstance(pie, QPieSeries)
    assert [s.value() for s in pie.slices()] == [figures.letters.prompt, figures.letters.opinion,
                                                 figures.letters.recommendation]
    assert pie.slices()[0].label().startswith("提示函")
    (paid,) = view.panels["claims_by_month"].chart().series()
    assert sum(paid.barSets()[0].at(i) for i in range(12)) == figures.claims.paid


def test_the_year_selector_redraws_the_charts(qtbot, charts):
    _, view = charts
    view.year.setValue(TODAY.year - 5)
    qtbot.waitUntil(lambda: view.report.figures.year == TODAY.year - 5)
    (bars,) = view.panels["cases_by_month"].chart().series()
    assert sum(bars.barSets()[0].at(i) for i in range(12)) == 0
    assert "暂无数据" in view.panels["cases_by_month"].chart().title()


def test_a_chart_is_saved_as_a_png(qtbot, charts, tmp_path):
    context, view = charts
    panel: ChartPanel = view.panels["cases_by_month"]
    context.prompt.script(str(tmp_path / "受理与结案"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "受理与结案.png"))
    assert not image.isNull() and image.width() > 200 and image.height() > 150
    assert (tmp_path / "受理与结案.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 3)}) > 2
