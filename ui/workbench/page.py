"""工作台: what is due across every area, for me or for the whole centre, grouped by how soon.

Counts per area at the top (any source's label, known or not), a 我的 / 全中心 toggle,
the groups 已超期 / 今天到期 / 三个工作日内 / 本周 as lists; a double-click opens the record
(``open_requested``, the main window dispatches it). The list is read on the task runner
and read again when a change touches any source's tables (another seat's commit arrives
through the poller as well).
"""

from __future__ import annotations

from db.enums import Role
from desktop.due import DueGroup, DueSummary
from ui.context import AppContext
from ui.changes import watch
from desktop.errors import UserError
from ui.errors import show_user_error
from ui.qt import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QTabWidget, QVBoxLayout, QWidget, Signal
from ui.workbench.charts import YearCharts
from ui.workbench.due_tables import SHOWN_GROUPS, DueTabs

TITLE = "工作台"
AREA_KEY = "workbench"
CENTRE_ROLES = frozenset({Role.ADMIN, Role.DIRECTOR, Role.AUDITOR})
"""Roles that start on 全中心 (they own no cases of their own); everyone else starts on 我的."""


def create(context: AppContext, parent=None) -> QWidget:
    return WorkbenchPage(context, parent)


class WorkbenchPage(QWidget):
    HELP = ("工作台：列出各业务已超期、今天到期、三个工作日内和本周到期的事项；"
            "「我的」只看本人经办的，「全中心」看全部。双击一行打开该记录。")
    open_requested = Signal(object)  # RecordRef
    loaded = Signal(object)  # DueSummary

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("workbench_page")
        self.context, self.due = context, context.services.due
        self.summary: DueSummary | None = None
        self._generation = 0
        self.mine = QRadioButton("我的", objectName="scope_mine")
        self.centre = QRadioButton("全中心", objectName="scope_centre")
        self.scope = QButtonGroup(self)
        for button in (self.mine, self.centre):
            self.scope.addButton(button)
        (self.centre if context.actor.role in CENTRE_ROLES else self.mine).setChecked(True)
        self.group_counts = QLabel(objectName="group_counts")
        self.area_counts = QLabel(objectName="area_counts", wordWrap=True)
        self.tabs = DueTabs(context.preferences, self.open_requested.emit, self)
        self.charts = YearCharts(context, self)
        self.sections = QTabWidget(objectName="workbench_sections")
        self._layout()
        self.scope.buttonClicked.connect(lambda _: self.reload())
        watch(self, context.changes, self.reload, self.due.kinds(), load_on_show=True)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel("查看："))
        top.addWidget(self.mine)
        top.addWidget(self.centre)
        top.addSpacing(24)
        top.addWidget(self.group_counts)
        top.addStretch(1)
        self.group_counts.setStyleSheet("font-size: 15px; font-weight: bold;")
        due = QWidget()
        column = QVBoxLayout(due)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.area_counts)
        column.addWidget(self.tabs, 1)
        self.sections.addTab(due, "到期事项")
        self.sections.addTab(self.charts, "本年图表")
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections, 1)

    def officer_id(self) -> int | None:
        return self.context.actor.officer_id if self.mine.isChecked() else None

    def reload(self) -> None:
        """Read the list for the scope chosen on the worker; show it when it comes (unless a newer read is on its way)."""
        self._generation += 1
        generation, officer, due = self._generation, self.officer_id(), self.due
        self.context.runner.run(lambda _control: due.summary(officer),
                                lambda summary: self._arrived(generation, summary), self._failed)

    def _arrived(self, generation: int, summary: DueSummary) -> None:
        if generation == self._generation:
            self.show_summary(summary)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error, "无法读取到期事项")

    def show_summary(self, summary: DueSummary) -> None:
        self.summary = summary
        labels = self.due.labels()
        self.tabs.show_summary(summary, labels)
        self.group_counts.setText("　".join(f"{self.tabs.tabText(i).split('（')[0]} {summary.count(g)} 件"
                                           for i, g in enumerate(SHOWN_GROUPS)))
        self.area_counts.setText(area_counts_text(summary, labels))
        self.loaded.emit(summary)

    def open_record(self, record_id: int, tab: str | None = None) -> None:
        """The 工作台 has no records of its own: shows the group named by ``tab`` (a ``DueGroup`` value)."""
        keys = [g.value for g in SHOWN_GROUPS]
        self.tabs.setCurrentIndex(keys.index(tab) if tab in keys else 0)


def area_counts_text(summary: DueSummary, labels: dict[str, str]) -> str:
    """「调解案件 12 件 · 一函两书 3 件」: every area with items, by the label its source gives (merged by label)."""
    per_label: dict[str, int] = {}
    for area, count in summary.per_area.items():
        label = labels.get(area, area)
        per_label[label] = per_label.get(label, 0) + count
    if not per_label:
        return "各业务均无到期事项。"
    overdue = sum(1 for item in summary.groups.get(DueGroup.OVERDUE, ()))
    return "各业务：" + " · ".join(f"{label} {n} 件" for label, n in per_label.items()) + f"（其中已超期 {overdue} 件）"

