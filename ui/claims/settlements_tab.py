"""调解协议履行款: what employers owe under mediation agreements (read-only; the centre tracks, never pays)."""

from __future__ import annotations

from desktop.claims.settlements import STATES, SettlementFilter, SettlementQueries
from desktop.money import format_amount
from ui.changes import watch
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView, QBrush, QColor, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

HEADERS = ("来源", "案件编号", "案件状态", "付款方", "收款职工", "内容", "应付（元）", "履行期限", "已付（元）",
           "未付（元）", "履行情况")
WATCHED = ("agreement_term", "performance_payment", "payment", "mediation_case")
TONES = {"已逾期": QColor("#f8d7da"), "已履行": QColor("#eeeeee")}


class SettlementsTab(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.queries = SettlementQueries(context.database)
        self.search = QLineEdit(objectName="settlement_search", placeholderText="案件编号、付款单位或职工姓名")
        self.state = QComboBox(objectName="settlement_state")
        self.state.addItems(["全部", *STATES])
        self.month = QLineEdit(objectName="settlement_month", placeholderText="履行期限月份 如 2026-06")
        self.summary = QLabel(objectName="settlement_summary")
        self.table = QTableWidget(0, len(HEADERS), objectName="settlements_table")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._build()
        for edit in (self.search, self.month):
            edit.textChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        watch(self, context.changes, self.reload, WATCHED)
        self.reload()

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel("履行情况"))
        filters.addWidget(self.state)
        filters.addWidget(self.month, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("调解协议约定的履行款项（由调解模块记录，此处只读，中心不代付）"))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def current_filter(self) -> SettlementFilter:
        state = self.state.currentText()
        return SettlementFilter(self.search.text().strip(), "" if state == "全部" else state,
                                self.month.text().strip())

    def reload(self, *_args) -> None:
        rows = self.queries.list(self.current_filter())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.source, row.case_number, row.case_status, row.payer, row.payees, row.description,
                      format_amount(row.amount), row.due_on.isoformat() if row.due_on else "",
                      format_amount(row.paid), format_amount(row.outstanding), row.state)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.state in TONES:
                    item.setBackground(QBrush(TONES[row.state]))
                self.table.setItem(r, c, item)
        owed = sum((row.outstanding for row in rows), start=0)
        self.summary.setText(f"共 {len(rows)} 项，未付合计 ¥{format_amount(owed)}")
