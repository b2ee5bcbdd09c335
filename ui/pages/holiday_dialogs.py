"""The dialogs of 节假日安排: one day (add or correct), a reason, an import with its preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from db.enums import HolidayKind
from desktop.calendar.entries import DayEntry
from desktop.calendar.service import Preview
from desktop.errors import UserError
from ui.widgets.fields import DateField
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

WEEKDAYS = "一二三四五六日"


class DayDialog(QDialog):
    """A 放假 or 调休上班 day with its holiday and the reason for the change."""

    def __init__(self, title: str, entry: DayEntry, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.day = DateField(entry.day, objectName="day")
        self.kind = QComboBox(objectName="kind")
        for kind in HolidayKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.name = QLineEdit(entry.name, objectName="name", placeholderText="如 国庆节")
        self.reason = QLineEdit(objectName="reason", placeholderText="如 依据国办发明电〔2026〕×号")
        form = QFormLayout(self)
        form.addRow("日期", self.day)
        form.addRow("类型", self.kind)
        form.addRow("节日", self.name)
        form.addRow("修改原因", self.reason)
        form.addRow(_buttons(self))

    def entry(self) -> DayEntry:
        return DayEntry(self.day.value(), self.kind.currentData(), self.name.text(), self.reason.text())


class ReasonDialog(QDialog):
    def __init__(self, question: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("删除日期")
        self.reason = QLineEdit(objectName="reason")
        form = QFormLayout(self)
        form.addRow(QLabel(question))
        form.addRow("删除原因", self.reason)
        form.addRow(_buttons(self))


class ImportDialog(QDialog):
    """Pasted notice text (or a workbook already read): 预览 first, 保存 only after a good preview."""

    def __init__(self, preview_text: Callable[[str, int], Preview], year: int, parent=None,
                 preview: Preview | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("导入节假日安排")
        self.resize(760, 620)
        self._preview_text = preview_text
        self.preview: Preview | None = None
        self.year = QSpinBox(objectName="year", minimum=2000, maximum=2100, value=year)
        self.text = QPlainTextEdit(objectName="notice_text")
        self.text.setPlaceholderText("粘贴国务院办公厅通知正文，如：\n元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。")
        self.preview_button = QPushButton("预览", objectName="preview")
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="preview_table")
        self.table.setHorizontalHeaderLabels(["日期", "星期", "类型", "节日"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = _buttons(self, "保存")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._layout(preview is None)
        self.preview_button.clicked.connect(self.run_preview)
        self._show(preview)

    def _layout(self, with_text: bool) -> None:
        layout = QVBoxLayout(self)
        if with_text:
            form = QFormLayout()
            form.addRow("年份（通知未写明时）", self.year)
            layout.addLayout(form)
            layout.addWidget(self.text, 2)
            layout.addWidget(self.preview_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.buttons)

    def run_preview(self) -> None:
        try:
            preview = self._preview_text(self.text.toPlainText(), self.year.value())
        except UserError as error:
            self.summary.setText(f"<span style='color:#b00020'>无法导入：{error}</span>")
            self._show(None)
            return
        self._show(preview)

    def _show(self, preview: Preview | None) -> None:
        self.preview = preview
        self.save_button.setEnabled(preview is not None)
        self.table.setRowCount(0)
        if preview is None:
            return
        a = preview.arrangement
        replaced = f"，将整体替换该年已录入的 {preview.replaces} 条记录" if preview.replaces else ""
        self.summary.setText(f"{a.year} 年：放假 {len(a.days_off)} 天，调休上班 {len(a.workdays)} 天"
                             f"（依据：{a.source or '未写明'}）{replaced}。核对无误后点「保存」。")
        self.table.setRowCount(len(a.days))
        for row, d in enumerate(a.days):
            for column, text in enumerate((f"{d.day:%Y-%m-%d}", "周" + WEEKDAYS[d.day.weekday()], d.kind.label, d.name)):
                self.table.setItem(row, column, QTableWidgetItem(text))


def _buttons(dialog: QDialog, ok_text: str = "确定") -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def blank_entry(day: date) -> DayEntry:
    return DayEntry(day, HolidayKind.OFF, "")
