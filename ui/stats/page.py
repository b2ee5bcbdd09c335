"""统计: the year's figures, the breakdown tables and the statistics workbook.

The page reads the year's report through ``desktop.stats`` when it is shown and
again after any change is committed while it is visible (a page that is not
shown only notes that its figures are stale). The report is a dozen aggregate
queries (seconds on 100,000 cases), so it is read on the task runner's worker:
the window keeps answering, 「正在统计…」 shows until the figures come, and a
report overtaken by a newer one (another year, another change) is dropped.
"""

from __future__ import annotations

from datetime import date

from desktop.auth import Permission
from desktop.errors import UserError
from desktop.stats.export import export_stats
from desktop.stats.report import YearReport, year_report
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.stats.headline import HeadlinePanel
from ui.stats.tables import BreakdownView
from ui.widgets.prompts import prompt_for

TITLE = "统计"
FIRST_YEAR, LAST_YEAR = 2000, 2100
AUDIT_ONLY = ("audit_entry", "audit_head")


class StatsPage(QWidget):
    loaded = Signal(object)  # YearReport, once its figures are shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: YearReport | None = None
        self._generation = 0  # the newest read asked for; older ones are dropped
        self.year = _year_spin()
        self.status = QLabel("", objectName="status")
        self.export_button = QPushButton("导出统计表", objectName="export")
        self.headline = HeadlinePanel()
        self.tabs = QTabWidget(objectName="breakdowns")
        self.views: dict[str, BreakdownView] = {}
        self._build()
        self.year.valueChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        watch(self, context.changes, self.reload, ignore=AUDIT_ONLY, load_on_show=True)
        self._apply_permission()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("统计年度"))
        bar.addWidget(self.year)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        """Read the year's report on the worker; the figures show when it comes."""
        self._generation += 1
        generation, year, database = self._generation, self.year.value(), self.context.database
        self.status.setText(f"正在统计 {year} 年度…")
        self.context.runner.run(lambda _control: year_report(database, year),
                                lambda report: self._arrived(generation, report),
                                lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, report: YearReport) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self.report = report
        self.status.setText("")
        self.headline.show_figures(report.figures)
        self._show_breakdowns()
        self.loaded.emit(report)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText("")
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error, "无法读取统计数字")

    def _show_breakdowns(self) -> None:
        current = self.tabs.currentIndex()
        for breakdown in self.report.breakdowns:
            view = self.views.get(breakdown.title)
            if view is None:
                view = self.views[breakdown.title] = BreakdownView()
                index = self.tabs.addTab(view, tab_label(breakdown.title))
                self.tabs.setTabToolTip(index, breakdown.title)
            view.show_breakdown(breakdown)
        self.tabs.setCurrentIndex(max(current, 0))

    def export(self) -> None:
        year = self.year.value()
        path = prompt_for(self).save_file(self, "导出统计表", f"{year}年度统计.xlsx", "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        out = path if path.suffix.lower() == ".xlsx" else path.with_name(f"{path.name}.xlsx")
        try:
            export_stats(self.context.database, self.context.actor, year, out)
        except UserError as error:
            show_user_error(self, error, "统计表未导出")
            return
        prompt_for(self).inform(self, "导出统计表", f"已导出 {year} 年度统计表：\n{out}")

    def _apply_permission(self) -> None:
        if not self.context.can(Permission.EXPORT):
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(f"您的角色（{self.context.actor.role.label}）无权导出")


def tab_label(title: str) -> str:
    """``调解案件（按月份）`` -> ``调解·按月份``: eight tabs fit side by side."""
    area, _, split = title.partition("（")
    return f"{area[:2]}·{split.rstrip('）')}" if split else title


def _year_spin() -> QSpinBox:
    spin = QSpinBox(objectName="year")
    spin.setRange(FIRST_YEAR, LAST_YEAR)
    spin.setValue(date.today().year)
    spin.setSuffix(" 年")
    spin.setKeyboardTracking(False)
    return spin
