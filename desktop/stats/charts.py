"""The year's figures as charts: ``ChartSpec`` values built from the breakdown tables. Qt-free.

Every chart is read off one breakdown (``desktop.stats.report``): its categories are
the breakdown's rows (the 合计 row left out), each series one of its columns. So a
chart shows exactly the numbers of the table beside it, the workbook's native chart
can reference that table's cells (``source``, ``rows``, ``columns``), and the window
(QtCharts), the workbook (XlsxWriter) and the 工作简报 (reportlab) draw the same spec::

    report = year_report(database, 2026)
    workbench_charts(report)        # 工作台「本年图表」: by month, letters by kind, claims paid
    breakdown_chart(breakdown)      # the statistics page's chart beside one table (or None)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from desktop.stats.report import YearReport
from desktop.stats.values import TOTAL_LABEL, Breakdown

ChartKind = Literal["bar", "line", "pie"]
Number = int | Decimal
PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#a9353a", "#5b9bd5")
"""The series (or slice) colours, in turn, wherever a chart is drawn."""

CASES_BY_MONTH = "调解案件（按月份）"
CASES_BY_SOURCE = "调解案件（按案件来源）"
CASES_BY_CATEGORY = "调解案件（按争议类型）"
CASES_BY_MEDIATOR = "调解案件（按主调解员）"
CASES_BY_STREET = "调解案件（按街道乡镇）"
LETTERS_BY_KIND = "一函两书（按文书类型）"
CLAIMS_BY_PLAN = "互助保障（按保障项目）"
CLAIMS_BY_MONTH = "互助保障（按月份）"


@dataclass(frozen=True)
class ChartSpec:
    """One chart: ``series`` maps a series name to one value per category (``int`` counts, ``Decimal`` money).

    ``source`` is the breakdown it was read from; ``rows[i]`` is the breakdown row of
    ``categories[i]`` and ``columns[j]`` the breakdown column of the j-th series.
    """

    key: str
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[Number, ...]], ...]
    unit: str
    source: str = ""
    rows: tuple[int, ...] = ()
    columns: tuple[int, ...] = ()

    def values(self, name: str) -> tuple[Number, ...]:
        return dict(self.series)[name]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.series)

    @property
    def largest(self) -> Number:
        return max((v for _, values in self.series for v in values), default=0)


@dataclass(frozen=True)
class Plan:
    """Which columns of which breakdown a chart shows, and how."""

    key: str
    title: str
    kind: ChartKind
    source: str
    headers: tuple[str, ...]
    unit: str
    names: tuple[str, ...] = ()  # series names when they differ from the headers


WORKBENCH_PLANS = (
    Plan("cases_by_month", "本年受理与结案（按月）", "bar", CASES_BY_MONTH, ("受理件数", "结案件数"), "件",
         ("受理", "结案")),
    Plan("recovered_by_month", "挽回经济损失（按月）", "line", CASES_BY_MONTH, ("挽回经济损失（元）",), "元",
         ("挽回经济损失",)),
    Plan("letters_by_kind", "一函两书（按文书类型）", "pie", LETTERS_BY_KIND, ("发出件数",), "件", ("发出",)),
    Plan("claims_by_month", "互助保障赔付（按月）", "bar", CLAIMS_BY_MONTH, ("赔付（人次）",), "人次", ("赔付人次",)),
)
"""The 工作台's 本年图表, in the order shown (two by two)."""

BREAKDOWN_PLANS = {
    CASES_BY_MONTH: Plan("cases_month", "受理与结案（按月份）", "bar", CASES_BY_MONTH, ("受理件数", "结案件数"), "件",
                         ("受理", "结案")),
    CASES_BY_SOURCE: Plan("cases_source", "受理案件（按案件来源）", "pie", CASES_BY_SOURCE, ("受理件数",), "件",
                          ("受理",)),
    CASES_BY_CATEGORY: Plan("cases_category", "受理案件（按争议类型）", "bar", CASES_BY_CATEGORY, ("受理件数",), "件",
                            ("受理",)),
    CASES_BY_MEDIATOR: Plan("cases_mediator", "受理与结案（按主调解员）", "bar", CASES_BY_MEDIATOR,
                            ("受理件数", "结案件数"), "件", ("受理", "结案")),
    CASES_BY_STREET: Plan("cases_street", "受理案件（按街道乡镇）", "bar", CASES_BY_STREET, ("受理件数",), "件",
                          ("受理",)),
    LETTERS_BY_KIND: Plan("letters_kind", "发出与回复（按文书类型）", "bar", LETTERS_BY_KIND, ("发出件数", "已回复"),
                          "件", ("发出", "已回复")),
    CLAIMS_BY_PLAN: Plan("claims_plan", "赔付人次（按保障项目）", "bar", CLAIMS_BY_PLAN, ("赔付（人次）",), "人次",
                         ("赔付人次",)),
    CLAIMS_BY_MONTH: Plan("claims_month", "理赔金额（按月份）", "line", CLAIMS_BY_MONTH, ("理赔金额（元）",), "元",
                          ("理赔金额",)),
    "法律咨询（按月份）": Plan("consultations_month", "法律咨询量（按月份）", "bar", "法律咨询（按月份）", ("咨询量",), "件"),
    "法律咨询（按类别）": Plan("consultations_category", "法律咨询量（按类别）", "pie", "法律咨询（按类别）", ("咨询量",),
                           "件"),
    "热线工单（按月份）": Plan("tickets_month", "受理与办结工单（按月份）", "bar", "热线工单（按月份）",
                           ("受理量", "已办结"), "件"),
    "热线工单（按类别）": Plan("tickets_category", "受理工单（按诉求类别）", "bar", "热线工单（按类别）", ("受理量",), "件"),
    "热线工单（按平台）": Plan("tickets_platform", "受理工单（按平台）", "pie", "热线工单（按平台）", ("受理量",), "件"),
}
"""The statistics page's chart beside each breakdown table (by breakdown title)."""


def chart_from(breakdown: Breakdown, plan: Plan) -> ChartSpec:
    """``plan``'s columns of ``breakdown``, one category per row except 合计."""
    rows = tuple(i for i, row in enumerate(breakdown.rows) if row[0] != TOTAL_LABEL)
    columns = tuple(breakdown.headers.index(header) for header in plan.headers)
    names = plan.names or plan.headers
    series = tuple((name, tuple(_number(breakdown.rows[r][c]) for r in rows)) for name, c in zip(names, columns))
    return ChartSpec(plan.key, plan.title, plan.kind, tuple(str(breakdown.rows[r][0]) for r in rows), series,
                     plan.unit, breakdown.title, rows, columns)


def breakdown_chart(breakdown: Breakdown) -> ChartSpec | None:
    """The chart shown beside ``breakdown`` (None for a table that reads better as a table)."""
    plan = BREAKDOWN_PLANS.get(breakdown.title)
    return chart_from(breakdown, plan) if plan else None


def workbench_charts(report: YearReport) -> tuple[ChartSpec, ...]:
    return _charts(report.breakdowns, WORKBENCH_PLANS)


def report_charts(report: YearReport) -> tuple[ChartSpec, ...]:
    """Every breakdown's chart, in the order of the breakdowns."""
    return tuple(chart for chart in map(breakdown_chart, report.breakdowns) if chart is not None)


def _charts(breakdowns: Iterable[Breakdown], plans: Iterable[Plan]) -> tuple[ChartSpec, ...]:
    by_title = {b.title: b for b in breakdowns}
    return tuple(chart_from(by_title[plan.source], plan) for plan in plans if plan.source in by_title)


def _number(value: object) -> Number:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"a chart shows counts or money, not {value!r}")
    return value
