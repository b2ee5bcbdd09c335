"""工作台「本年图表」: the year by month (cases accepted and closed, amounts recovered), letters by kind, claims paid.

Four charts two by two under a year selector, read from the year's report
(``desktop.stats``) on the task runner when the tab is first shown, when the year
changes and after any change committed while it is visible.
"""

from __future__ import annotations

from datetime import date

from desktop.errors import UserError
from desktop.stats.charts import WORKBENCH_PLANS, workbench_charts
from desktop.stats.report import YearReport, year_report
from ui.changes import watch
from ui.charts import ChartPanel
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget, Signal

AUDIT_ONLY = ("audit_entry", "audit_head")
COLUMNS = 2


class YearCharts(QWidget):
    loaded = Signal(object)  # YearReport

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year_charts")
        self.context = context
        self.report: YearReport | None = None
        self._generation = 0
        self.year = QSpinBox(objectName="chart_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(" 年")
        self.year.setKeyboardTracking(False)
        self.panels = {plan.key: ChartPanel(self, minimum_height=200) for plan in WORKBENCH_PLANS}
        top = QHBoxLayout()
        top.addWidget(QLabel("年度"))
        top.addWidget(self.year)
        top.addWidget(QLabel("（数字与「统计」页一致；右键图表或点「保存为图片…」可存为 PNG）"))
        top.addStretch(1)
        grid = QGridLayout()
        for index, panel in enumerate(self.panels.values()):
            grid.addWidget(panel, index // COLUMNS, index % COLUMNS)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.year.valueChanged.connect(self.reload)
        watch(self, context.changes, self.reload, ignore=AUDIT_ONLY, load_on_show=True)

    def reload(self) -> None:
        self._generation += 1
        generation, year, database = self._generation, self.year.value(), self.context.database
        self.context.runner.run(lambda _control: year_report(database, year),
                                lambda report: self._arrived(generation, report), self._failed)

    def _arrived(self, generation: int, report: YearReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        for spec in workbench_charts(report):
            self.panels[spec.key].show_spec(spec)
        self.loaded.emit(report)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error, "无法读取本年图表")
