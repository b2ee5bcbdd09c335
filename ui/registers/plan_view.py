"""The import preview: what will be created or matched, and every problem by row and column."""

from __future__ import annotations

from desktop.registers_io import ImportPlan
from ui.qt import QAbstractItemView, QBrush, QColor, QHeaderView, QTableWidget, QTableWidgetItem
from ui.widgets.tables import install_list

ERROR_COLOUR = QColor("#b00020")
INFO_COLOUR = QColor("#555555")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    install_list(table, name, None)  # 复制 the plan's rows (a preview: nothing to open or remember)
    return table


def entries_table() -> QTableWidget:
    return _table(["行", "操作", "类别", "内容"], "plan_entries")


def problems_table() -> QTableWidget:
    return _table(["行", "列", "级别", "问题"], "plan_problems")


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], colours: list[QColor | None]) -> None:
    table.setRowCount(len(rows))
    for r, (values, colour) in enumerate(zip(rows, colours)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if colour is not None:
                item.setForeground(QBrush(colour))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def show_plan(plan: ImportPlan, entries: QTableWidget, problems: QTableWidget) -> None:
    _fill(entries, [(_row(e.row), e.action, e.entity, e.label) for e in plan.entries],
          [None] * len(plan.entries))
    _fill(problems, [(_row(p.row), p.column_header or "", "错误" if p.level == "error" else "提示", p.message)
                     for p in plan.problems],
          [ERROR_COLOUR if p.level == "error" else INFO_COLOUR for p in plan.problems])


def clear(*tables: QTableWidget) -> None:
    for table in tables:
        table.setRowCount(0)


def _row(row: int | None) -> str:
    return f"第 {row} 行" if row is not None else ""
