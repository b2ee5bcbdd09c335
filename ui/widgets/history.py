"""A record's history: every audit entry and state change about it, in Chinese.

Any area can open it: ``HistoryDialog(context, "mediation_case", case_id, parent, label=number).exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from desktop.audit_log.labels import action_label, entity_label, state_label
from ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.windows import fit_to_screen

CHANGE_HEADERS = ["时间", "操作人", "操作", "内容"]
STATE_HEADERS = ["时间", "操作人", "原状态", "新状态", "原因"]


def local_time(moment) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class HistoryDialog(QDialog):
    def __init__(self, context, entity_type: str, entity_id: int, parent=None, *, label: str | None = None) -> None:
        super().__init__(parent)
        name = f"{entity_label(entity_type)} {label or f'#{entity_id}'}"
        self.setWindowTitle(f"历史记录 — {name}")
        self.heading = QLabel(f"<b>{name} 的历史记录</b>")
        fit_to_screen(self, 900, 560)
        service = context.services.audit
        self.entries = service.history(context.actor, entity_type, entity_id)
        self.transitions = service.transitions(context.actor, entity_type, entity_id)
        self.changes = _table(CHANGE_HEADERS, "changes")
        self.states = _table(STATE_HEADERS, "states")
        self._fill(entity_type)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if self.transitions:
            layout.addWidget(QLabel("状态变更"))
            layout.addWidget(self.states, 2)
        layout.addWidget(QLabel(f"全部修改记录（{len(self.entries)} 条，按时间先后）"))
        layout.addWidget(self.changes, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, entity_type: str) -> None:
        for entry in self.entries:
            _append(self.changes, [local_time(entry.at), entry.officer_name, action_label(entry.action),
                                   entry.description])
        for step in self.transitions:
            _append(self.states, [local_time(step.at), step.officer_name, state_label(entity_type, step.from_state),
                                  state_label(entity_type, step.to_state), step.reason or ""])
        self.changes.resizeRowsToContents()
        self.states.resizeRowsToContents()


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _append(table: QTableWidget, cells: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(cells):
        table.setItem(row, column, QTableWidgetItem(text))


def history_button(context, entity_type: str, current: Callable[[], tuple[int, str | None] | None],
                   parent: QWidget) -> QPushButton:
    """A 历史记录 button for a detail view; ``current()`` gives (record id, label) or None."""
    button = QPushButton("历史记录", parent, objectName="history")

    def show() -> None:
        record = current()
        if record is None:
            return
        dialog = HistoryDialog(context, entity_type, record[0], parent, label=record[1])
        button.dialog = dialog
        dialog.open()

    button.clicked.connect(show)
    return button
