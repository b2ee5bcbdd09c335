"""The groups of the 工作台 as tabs of lists, one line per due item (what, record, whose, last day, how)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from desktop.calendar import format_date
from desktop.due import GROUP_LABELS, DueGroup, DueItem, DueSummary, RecordRef
from ui.qt import QTabWidget, QTableWidget
from ui.widgets.tables import fill, install_list, table_widget

SHOWN_GROUPS = (DueGroup.OVERDUE, DueGroup.TODAY, DueGroup.NEAR, DueGroup.THIS_WEEK)
HEADERS = ("期限事项", "记录", "类别", "经办人", "截止日期", "剩余", "期限如何计算")


def days_text(item: DueItem, today: date) -> str:
    left = item.days_left(today)
    return f"超期 {-left} 天" if left < 0 else "今天" if left == 0 else f"还有 {left} 天"


def item_cells(item: DueItem, today: date, labels: Mapping[str, str]) -> tuple[str, ...]:
    return (item.what, item.title, labels.get(item.area, item.area), item.whose or "（未指派）",
            format_date(item.due_on), days_text(item, today), item.explanation)


class DueTabs(QTabWidget):
    """One list per group; Enter or a double-click opens the record (``open_ref``)."""

    def __init__(self, preferences, open_ref: Callable[[RecordRef], None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("due_groups")
        self.open_ref = open_ref
        self.tables: dict[DueGroup, QTableWidget] = {}
        self.items: dict[DueGroup, tuple[DueItem, ...]] = {}
        for group in SHOWN_GROUPS:
            table = table_widget(HEADERS, f"due_{group.value}", stretch=len(HEADERS) - 1)
            install_list(table, f"workbench_{group.value}", preferences,
                         open_row=lambda row, g=group: self.open_row(g, row))
            self.tables[group] = table
            self.addTab(table, GROUP_LABELS[group])

    def show_summary(self, summary: DueSummary, labels: Mapping[str, str]) -> None:
        for index, group in enumerate(SHOWN_GROUPS):
            self.items[group] = summary.groups.get(group, ())
            fill(self.tables[group], [item_cells(item, summary.today, labels) for item in self.items[group]])
            self.setTabText(index, f"{GROUP_LABELS[group]}（{len(self.items[group])}）")
        first = next((i for i, g in enumerate(SHOWN_GROUPS) if self.items[g]), 0)
        self.setCurrentIndex(first)

    def open_row(self, group: DueGroup, row: int) -> None:
        items = self.items.get(group, ())
        if 0 <= row < len(items):
            self.open_ref(items[row].ref)
