"""Small building blocks for the case screens: dates, enum combos, read-only tables, a form dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.errors import UserError
from ui.errors import show_user_error
from ui.widgets.fields import DateField, EnumCombo
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def date_edit(value: date | None = None) -> QDateEdit:
    return DateField(value)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def read_date(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def enum_combo(members, *, empty: str | None = None) -> EnumCombo:
    return EnumCombo(members, blank=empty)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def table(headers: Sequence[str], *, stretch: int | None = None) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setWordWrap(True)
    widget.setTabKeyNavigation(False)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    widget.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            widget.setItem(r, c, QTableWidgetItem(str(value)))


def cell(widget: QTableWidget, row: int, column: int) -> str:
    item = widget.item(row, column)
    return item.text().strip() if item else ""


@dataclass(frozen=True)
class Field:
    """One input of a ``FormDialog``: kind is date | line | text | combo | int | check.
    A combo with ``empty`` offers that text for "none" first."""

    key: str
    label: str
    kind: str = "line"
    choices: Sequence = ()
    default: object = None
    empty: str | None = None


class FormDialog(QDialog):
    """A small form; OK calls ``submit(values)`` and closes only if it succeeds."""

    def __init__(self, title: str, fields: Sequence[Field], submit: Callable[[dict], None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._submit = submit
        self.inputs: dict[str, QWidget] = {f.key: _input(f) for f in fields}
        form = QFormLayout()
        for f in fields:
            form.addRow(f.label, self.inputs[f.key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {key: _value(widget) for key, widget in self.inputs.items()}

    def _on_ok(self) -> None:
        try:
            self._submit(self.values())
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()


def _input(f: Field) -> QWidget:
    if f.kind == "date":
        return date_edit(f.default)
    if f.kind == "text":
        edit = QPlainTextEdit(f.default or "")
        edit.setFixedHeight(70)
        return edit
    if f.kind == "combo":
        combo = enum_combo(f.choices, empty=f.empty)
        if f.default is not None:
            select_data(combo, f.default)
        return combo
    if f.kind == "check":
        return QCheckBox(checked=bool(f.default))
    if f.kind == "int":
        spin = QSpinBox()
        spin.setRange(1, 30)
        spin.setValue(int(f.default or 1))
        return spin
    return QLineEdit(str(f.default or ""))


def _value(widget: QWidget):
    if isinstance(widget, QDateEdit):
        return read_date(widget)
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.text()
