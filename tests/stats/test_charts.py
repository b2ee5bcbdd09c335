"""Chart specs against the hand-built dataset: every value is the figure of the table it is read from."""

from decimal import Decimal

import pytest

from desktop.stats.charts import breakdown_chart, report_charts, workbench_charts
from desktop.stats.report import year_report
from tests.stats import dataset

pytestmark = pytest.mark.db


@pytest.fixture
def report(database):
    dataset.build(database)
    return year_report(database, 2024)


def table(report, title):
    return next(b for b in report.breakdowns if b.title == title)


def test_workbench_charts_are_the_years_figures(report):
    charts = {c.key: c for c in workbench_charts(report)}
    assert list(charts) == ["cases_by_month", "recovered_by_month", "letters_by_kind", "claims_by_month"]
    months = charts["cases_by_month"]
    assert months.kind == "bar" and months.categories == tuple(f"{m}月" for m in range(1, 13))
    assert months.names == ("受理", "结案")
    assert sum(months.values("受理")) == report.figures.cases.accepted == 7
    assert sum(months.values("结案")) == report.figures.cases.closed
    assert months.values("结案")[0] == 1 and months.values("受理")[10] == 1
    recovered = charts["recovered_by_month"]
    assert recovered.kind == "line" and recovered.unit == "元"
    assert recovered.values("挽回经济损失")[0] == Decimal("8000.00")
    assert sum(recovered.values("挽回经济损失")) == report.figures.cases.amount_recovered
    letters = charts["letters_by_kind"]
    assert letters.kind == "pie" and letters.categories == ("提示函", "意见书", "建议书")
    assert letters.values("发出") == (report.figures.letters.prompt, report.figures.letters.opinion,
                                      report.figures.letters.recommendation)
    claims = charts["claims_by_month"]
    assert sum(claims.values("赔付人次")) == report.figures.claims.paid


def test_every_breakdown_has_its_chart_with_cell_references(report):
    charts = report_charts(report)
    assert [c.source for c in charts] == [b.title for b in report.breakdowns]
    for chart in charts:
        breakdown = table(report, chart.source)
        assert "合计" not in chart.categories
        for (_name, values), column in zip(chart.series, chart.columns):
            assert values == tuple(breakdown.rows[r][column] for r in chart.rows)
        assert chart.categories == tuple(breakdown.rows[r][0] for r in chart.rows)


def test_source_pie_and_mediator_bars(report):
    source = breakdown_chart(table(report, "调解案件（按案件来源）"))
    assert source.kind == "pie"
    assert dict(zip(source.categories, source.values("受理")))["来访"] == 2
    mediators = breakdown_chart(table(report, "调解案件（按主调解员）"))
    assert "王调解" in mediators.categories and mediators.names == ("受理", "结案")
