"""导出台账: which register, which period, which columns, masked or full IDs, where to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.auth import Permission
from desktop.errors import UserError
from desktop.registers_io import EXPORTS, KIND_LABELS, ExportRequest, Period, count_rows, export_register
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, Qt, QSpinBox, QVBoxLayout, QWidget,
)
from ui.tasks import TaskControl, TaskRunner
from ui.widgets.fields import DateField
from ui.widgets.prompts import prompt_for

PERIODS = [("year", "按年度"), ("range", "按日期范围"), ("all", "全部")]


class ExportPanel(QWidget):
    def __init__(self, context: AppContext, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.context, self.runner = context, runner
        self.kind = QComboBox(objectName="export_kind")
        for key in EXPORTS:
            self.kind.addItem(KIND_LABELS[key], key)
        self.period = QComboBox(objectName="export_period")
        for key, label in PERIODS:
            self.period.addItem(label, key)
        self.year = QSpinBox(objectName="export_year", minimum=2000, maximum=2100, value=dt.date.today().year)
        self.start, self.end = _date_edit(dt.date(dt.date.today().year, 1, 1)), _date_edit(dt.date.today())
        self.columns = _column_list()
        self.full_ids = QCheckBox("导出完整证件号（不打码）", objectName="full_ids")
        self.out = QLineEdit(objectName="export_out", placeholderText="选择保存位置，例如 D:\\台账\\理赔台账.xlsx")
        self.export_button = QPushButton("导出", objectName="export_button")
        self.result = QLabel(objectName="export_result", wordWrap=True)
        self._build()
        self._connect()
        self._fill_columns()
        self._period_changed()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow("台账", self.kind)
        period_row = QHBoxLayout()
        for widget in (self.period, self.year, QLabel("从"), self.start, QLabel("至"), self.end):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        form.addRow("时间", period_row)
        form.addRow("导出列", self.columns)
        allowed = self.context.can(Permission.EXPORT_FULL_IDS)
        self.full_ids.setEnabled(allowed)
        self.full_ids.setToolTip("默认身份证号、卡号打码导出" if allowed else "您的角色无权导出完整证件号，只能打码导出")
        form.addRow("", self.full_ids)
        browse = QPushButton("浏览…", clicked=self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form.addRow("保存到", out_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.export_button.setEnabled(self.context.can(Permission.EXPORT))

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._fill_columns)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.export_button.clicked.connect(self.start_export)

    def _fill_columns(self) -> None:
        self.columns.clear()
        for header in EXPORTS[self.kind.currentData()][0].headers:
            item = QListWidgetItem(header, self.columns)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def _period_changed(self) -> None:
        mode = self.period.currentData()
        self.year.setVisible(mode == "year")
        for widget in (self.start, self.end):
            widget.setEnabled(mode == "range")

    def _browse(self) -> None:
        name = f"{self.kind.currentText()}.xlsx"
        path = prompt_for(self).save_file(self, "导出台账", name, "Excel 工作簿 (*.xlsx)")
        if path is not None:
            self.out.setText(str(path) if path.suffix == ".xlsx" else f"{path}.xlsx")

    def request(self) -> ExportRequest:
        mode = self.period.currentData()
        if mode == "year":
            period = Period.of_year(self.year.value())
        elif mode == "range":
            period = Period.between(self.start.date().toPython(), self.end.date().toPython())
        else:
            period = Period()
        checked = [self.columns.item(i).text() for i in range(self.columns.count())
                   if self.columns.item(i).checkState() == Qt.CheckState.Checked]
        return ExportRequest(self.kind.currentData(), period, tuple(checked), self.full_ids.isChecked())

    def start_export(self) -> None:
        if not self.out.text().strip():
            show_user_error(self, UserError("请先选择保存位置。"))
            return
        try:
            request = self.request()
        except UserError as error:
            show_user_error(self, error)
            return
        out = Path(self.out.text().strip())
        self.export_button.setEnabled(False)
        self.runner.run(lambda control: self._work(control, request, out), self._done, self._failed,
                        parent=self, title=f"正在导出{self.kind.currentText()}…")

    def _work(self, control: TaskControl, request: ExportRequest, out: Path) -> tuple[int, Path]:
        total = count_rows(self.context.database, request)
        control.report(0, total, f"共 {total} 行，正在写入…")
        count = export_register(self.context.database, self.context.actor, request, out,
                                progress=lambda n: control.report(n, total, f"已写入 {n} / {total} 行"),
                                should_cancel=control.cancelled)
        return count, out

    def _done(self, result: tuple[int, Path]) -> None:
        count, out = result
        self.export_button.setEnabled(True)
        self.result.setText(f"已导出 {count} 行到 {out}")

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self.result.setText(f"未导出：{error}")
        show_user_error(self, error, "导出未完成")


def _column_list() -> QListWidget:
    """Checkable headers laid out in rows, so the whole list fits without scrolling."""
    columns = QListWidget(objectName="export_columns")
    columns.setFlow(QListWidget.Flow.LeftToRight)
    columns.setWrapping(True)
    columns.setResizeMode(QListWidget.ResizeMode.Adjust)
    columns.setSpacing(4)
    columns.setMaximumHeight(72)
    return columns


def _date_edit(day: dt.date) -> QDateEdit:
    return DateField(day)
