"""设置 → 节假日安排: a year's 放假 and 调休上班 days, kept in the database for every workstation."""

from __future__ import annotations

from datetime import date

from desktop.auth import Permission
from desktop.calendar import missing_year_warning
from desktop.calendar.entries import DayEntry
from desktop.calendar.recompute import Moved
from desktop.calendar.service import SavedDay, YearView
from desktop.errors import UserError
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.pages.holiday_dialogs import DayDialog, ImportDialog, ReasonDialog, blank_entry
from ui.pages.holiday_grid import YearGrid
from ui.widgets.tables import install_list
from ui.qt import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

WATCHED = ("holiday_day",)
WEEKDAYS = "一二三四五六日"


class HolidayPage(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.calendar
        self.view: YearView | None = None
        self.selected: date | None = None
        self.year = QSpinBox(objectName="year", minimum=2000, maximum=2100, value=date.today().year)
        self.status = QLabel(objectName="status", wordWrap=True)
        self.grid = YearGrid()
        self.table = QTableWidget(0, 6, objectName="days")
        install_list(self.table, "holiday_days", context.preferences)
        self.buttons = {key: QPushButton(text, objectName=key) for key, text in (
            ("add", "新增日期…"), ("edit", "修改所选…"), ("remove", "删除所选…"),
            ("import_text", "从通知文本导入…"), ("import_book", "从工作簿导入…"))}
        self._build()
        self._connect()
        self.load()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel("年份"))
        top.addWidget(self.year)
        for button in self.buttons.values():
            top.addWidget(button)
        top.addStretch(1)
        self.table.setHorizontalHeaderLabels(["日期", "星期", "类型", "节日", "原因", "依据"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        legend = QLabel("<span style='background:#f8d7da'>&nbsp;休&nbsp;</span> 放假　"
                        "<span style='background:#d6e4ff'>&nbsp;班&nbsp;</span> 调休上班　"
                        "<span style='background:#f3f3f3'>&nbsp;&nbsp;&nbsp;</span> 周六、周日")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(legend)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.table, 2)
        allowed = self.context.can(Permission.SETTINGS)
        for button in self.buttons.values():
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip("只有管理员可以维护节假日安排")

    def _connect(self) -> None:
        self.year.valueChanged.connect(lambda _: self.load())
        self.grid.day_clicked.connect(self._select_day)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.buttons["add"].clicked.connect(self.add_day)
        self.buttons["edit"].clicked.connect(self.edit_day)
        self.buttons["remove"].clicked.connect(self.remove_day)
        self.buttons["import_text"].clicked.connect(self.import_text)
        self.buttons["import_book"].clicked.connect(self.import_workbook)
        watch(self, self.context.changes, self.load, WATCHED)

    # ---------------------------------------------------------------- showing
    def load(self) -> None:
        self.view = self.service.year(self.year.value())
        self.grid.show_year(self.view.year, {d.day: (d.kind, d.name) for d in self.view.days})
        self._fill_table(self.view.days)
        if self.view.entered:
            self.status.setText(f"{self.view.year} 年已录入：放假 {sum(d.kind.name == 'OFF' for d in self.view.days)} 天，"
                                f"调休上班 {sum(d.kind.name == 'WORK' for d in self.view.days)} 天。依据：{self.view.source}")
        else:
            self.status.setText(f"<span style='color:#b00020'>{missing_year_warning(self.view.year)}</span>")

    def _fill_table(self, days: tuple[SavedDay, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(days))
        for row, d in enumerate(days):
            cells = (f"{d.day:%Y-%m-%d}", "周" + WEEKDAYS[d.day.weekday()], d.kind.label, d.name, d.reason, d.source)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def _select_day(self, day: date) -> None:
        self.selected = day
        row = next((i for i, d in enumerate(self.view.days) if d.day == day), None)
        self.table.blockSignals(True)
        self.table.clearSelection()
        if row is not None:
            self.table.selectRow(row)
        self.table.blockSignals(False)

    def _row_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.selected = self.view.days[min(rows)].day

    def selected_saved(self) -> SavedDay | None:
        return next((d for d in self.view.days if d.day == self.selected), None) if self.view else None

    # ---------------------------------------------------------------- changing
    def add_day(self) -> None:
        day = self.selected if self.selected and self.selected.year == self.year.value() else date(self.year.value(), 1, 1)
        dialog = DayDialog("新增日期", blank_entry(day), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: self.service.add_day(self.context.actor, self.year.value(), dialog.entry()))

    def edit_day(self) -> None:
        saved = self.selected_saved()
        if saved is None:
            self.context.prompt.inform(self, "修改日期", "请先在月历或列表中选择一个已录入的日期。")
            return
        dialog = DayDialog("修改日期", DayEntry(saved.day, saved.kind, saved.name), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: self.service.edit_day(self.context.actor, saved.id, saved.version, dialog.entry()))

    def remove_day(self) -> None:
        saved = self.selected_saved()
        if saved is None:
            self.context.prompt.inform(self, "删除日期", "请先在月历或列表中选择一个已录入的日期。")
            return
        dialog = ReasonDialog(f"删除 {saved.day:%Y-%m-%d}（{saved.kind.label}，{saved.name}）？", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(lambda: self.service.remove_day(self.context.actor, saved.id, saved.version,
                                                      dialog.reason.text()))

    def import_text(self) -> None:
        dialog = ImportDialog(self.service.preview_text, self.year.value(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.preview is not None:
            self._save(dialog.preview)

    def import_workbook(self) -> None:
        path = self.context.prompt.open_file(self, "选择节假日安排工作簿", "", "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        try:
            preview = self.service.preview_file(path)
        except UserError as error:
            show_user_error(self, error, "无法导入")
            return
        dialog = ImportDialog(self.service.preview_text, self.year.value(), self, preview=preview)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(preview)

    def _save(self, preview) -> None:
        year = preview.arrangement.year
        if self._run(lambda: self.service.save_year(self.context.actor, preview.arrangement)):
            self.year.setValue(year)

    def _run(self, action) -> bool:
        try:
            moved = action()
        except UserError as error:
            show_user_error(self, error, "节假日安排未保存")
            return False
        self.load()
        self.context.prompt.inform(self, "节假日安排", "已保存。" + _moved_text(moved))
        return True


def _moved_text(moved: list[Moved]) -> str:
    if not moved:
        return "没有未结的期限因此改变。"
    lines = [f"{m.kind} {m.number}：{m.before:%Y-%m-%d} → {m.after:%Y-%m-%d}" for m in moved[:15]]
    more = f"\n……共 {len(moved)} 项" if len(moved) > 15 else ""
    return f"以下 {len(moved)} 项未结期限已重新计算（已记入审计记录）：\n" + "\n".join(lines) + more
