"""Small input widgets the letter forms share: dates, amounts, categories, problems (enum choices: ui.widgets.fields.EnumCombo)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.enums import IssueCategory
from desktop.letters import ProblemInput
from desktop.money import parse_amount
from ui.widgets.fields import DateField, MoneyField
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def date_edit(value: date, name: str) -> QDateEdit:
    return DateField(value, objectName=name)


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()


def amount_edit(value: Decimal, name: str) -> QLineEdit:
    return MoneyField(value, objectName=name)


def amount_of(edit: QLineEdit, field: str) -> Decimal:
    text = edit.text().strip()
    return parse_amount(text, field=field) if text else Decimal("0.00")


class CategoryChecks(QWidget):
    """The scope list of DOMAIN.md as check boxes, three to a row."""

    def __init__(self, checked=(), parent=None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[IssueCategory, QCheckBox] = {}
        for index, category in enumerate(IssueCategory):
            box = QCheckBox(category.label, objectName=f"category_{category.value}")
            box.setChecked(category in checked)
            self.boxes[category] = box
            layout.addWidget(box, index // 3, index % 3)

    def selected(self) -> tuple[IssueCategory, ...]:
        return tuple(category for category, box in self.boxes.items() if box.isChecked())


class ProblemsTable(QWidget):
    """Problems found, each with its legal basis and the rectification asked for."""

    HEADERS = ("存在的问题", "法律依据", "整改要求")

    def __init__(self, problems=(), parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, objectName="problems")
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton("增加一行", objectName="add_problem")
        self.remove_button = QPushButton("删除所选行", objectName="remove_problem")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_selected)
        self._layout()
        for item in problems:
            self.add_row(item.problem, item.legal_basis, item.request)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, problem: str = "", basis: str = "", request: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((problem, basis, request)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def problems(self) -> tuple[ProblemInput, ...]:
        rows = (tuple(self._text(row, column) for column in range(3)) for row in range(self.table.rowCount()))
        return tuple(ProblemInput(*texts) for texts in rows if any(texts))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""
