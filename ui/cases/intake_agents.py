"""Agents on the intake form (lawyer, relative, union, employer's staff), one row each."""

from __future__ import annotations

from db.enums import AgentKind, PartySide
from desktop.cases.forms import AgentInput
from ui.cases.widgets import cell, enum_combo, select_data
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

HEADERS = ("代理方", "类别", "姓名", "联系电话", "工作单位")


class AgentsSection(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(HEADERS), objectName="agents")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_button, remove = QPushButton("添加代理人"), QPushButton("删除所选")
        self.add_button.clicked.connect(self.add_row)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("委托代理人（律师、近亲属、工会或单位工作人员）；没有可不填。"))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def add_row(self) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setCellWidget(r, 0, enum_combo(PartySide))
        self.table.setCellWidget(r, 1, enum_combo(AgentKind))
        return r

    def load(self, agents) -> None:
        """The agents registered before (correcting a case)."""
        self.table.setRowCount(0)
        for agent in agents:
            r = self.add_row()
            select_data(self.table.cellWidget(r, 0), agent.side)
            select_data(self.table.cellWidget(r, 1), agent.kind)
            for column, value in ((2, agent.name), (3, agent.phone), (4, agent.organisation)):
                self.table.setItem(r, column, QTableWidgetItem(value))

    def values(self) -> list[AgentInput]:
        agents = []
        for r in range(self.table.rowCount()):
            name = cell(self.table, r, 2)
            if name:
                agents.append(AgentInput(self.table.cellWidget(r, 0).currentData(),
                                         self.table.cellWidget(r, 1).currentData(), name,
                                         cell(self.table, r, 3), cell(self.table, r, 4)))
        return agents
