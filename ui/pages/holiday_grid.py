"""A year as twelve month grids: 放假 days in red (休), 调休上班 days in blue (班)."""

from __future__ import annotations

import calendar as months
from datetime import date

from db.enums import HolidayKind
from ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Qt,
    Signal,
)

OFF_COLOUR, WORK_COLOUR, WEEKEND_COLOUR = QColor("#f8d7da"), QColor("#d6e4ff"), QColor("#f3f3f3")
WEEKDAYS = "一二三四五六日"


class MonthGrid(QTableWidget):
    """One month: weeks as rows, Monday to Sunday as columns."""

    def __init__(self, parent=None) -> None:
        super().__init__(6, 7, parent)
        self.setHorizontalHeaderLabels(list(WEEKDAYS))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumSize(220, 170)

    def show_month(self, year: int, month: int, marks: dict[date, tuple[HolidayKind, str]]) -> None:
        self.clearContents()
        for week, days in enumerate(months.Calendar().monthdatescalendar(year, month)):
            for column, day in enumerate(days):
                if day.month == month:
                    self.setItem(week, column, _day_item(day, marks.get(day)))

    def cell_of(self, day: date) -> QTableWidgetItem | None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == day:
                    return item
        return None


def _day_item(day: date, mark: tuple[HolidayKind, str] | None) -> QTableWidgetItem:
    item = QTableWidgetItem(str(day.day))
    item.setData(Qt.ItemDataRole.UserRole, day)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if mark is None:
        if day.weekday() >= 5:
            item.setBackground(QBrush(WEEKEND_COLOUR))
        return item
    kind, name = mark
    item.setText(f"{day.day}{'休' if kind is HolidayKind.OFF else '班'}")
    item.setBackground(QBrush(OFF_COLOUR if kind is HolidayKind.OFF else WORK_COLOUR))
    item.setToolTip(f"{day:%Y-%m-%d} {kind.label}（{name}）")
    return item


class YearGrid(QWidget):
    """Twelve months, three a row; ``day_clicked(date)`` when a day is clicked."""

    day_clicked = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        self.months: list[MonthGrid] = []
        for index in range(12):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(2, 2, 2, 2)
            column.addWidget(QLabel(f"<b>{index + 1}月</b>"), alignment=Qt.AlignmentFlag.AlignHCenter)
            grid = MonthGrid()
            grid.itemClicked.connect(self._clicked)
            column.addWidget(grid)
            self.months.append(grid)
            layout.addWidget(box, index // 4, index % 4)

    def show_year(self, year: int, marks: dict[date, tuple[HolidayKind, str]]) -> None:
        for month, grid in enumerate(self.months, start=1):
            grid.show_month(year, month, marks)

    def _clicked(self, item: QTableWidgetItem) -> None:
        self.day_clicked.emit(item.data(Qt.ItemDataRole.UserRole))
