"""调解协议履行款: what employers owe under mediation agreements (read-only; the centre tracks, never pays).

The list is read when the tab is first shown and again after a change while shown,
always on the task runner's worker: the window never waits for it. Typing in the
search box waits for a pause (``TYPING_PAUSE_MS``) before reading again; a read
overtaken by a newer one is dropped.
"""

from __future__ import annotations

from desktop.claims.settlements import STATES, SettlementFilter, SettlementRow
from desktop.errors import UserError
from desktop.money import format_amount
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.widgets.tables import export_rows_action, install_list
from ui.qt import (
    QAbstractItemView, QAbstractTableModel, QBrush, QColor, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QModelIndex, Qt, QTableView, QTimer, QVBoxLayout, QWidget,
)

HEADERS = ("来源", "案件编号", "案件状态", "付款方", "收款职工", "内容", "应付（元）", "履行期限", "已付（元）",
           "未付（元）", "履行情况")
WATCHED = ("agreement_term", "performance_payment", "payment", "mediation_case")
TONES = {"已逾期": QColor("#f8d7da"), "已履行": QColor("#eeeeee")}
TYPING_PAUSE_MS = 300


def cells(row: SettlementRow) -> tuple[str, ...]:
    return (row.source, row.case_number, row.case_status, row.payer, row.payees, row.description,
            format_amount(row.amount), row.due_on.isoformat() if row.due_on else "",
            format_amount(row.paid), format_amount(row.outstanding), row.state)


class SettlementModel(QAbstractTableModel):
    """The rows as read; cells are formatted only for the rows on screen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SettlementRow] = []

    def set_rows(self, rows: list[SettlementRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells(row)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.state in TONES:
            return QBrush(TONES[row.state])
        return None

    def text(self, row: int, column: int) -> str:
        return cells(self.rows[row])[column]


class SettlementsTab(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.queries = context.services.claims.settlements
        self.search = QLineEdit(objectName="settlement_search", placeholderText="案件编号、付款单位或职工姓名")
        self.state = QComboBox(objectName="settlement_state")
        self.state.addItems(["全部", *STATES])
        self.month = QLineEdit(objectName="settlement_month", placeholderText="履行期限月份 如 2026-06")
        self.summary = QLabel("正在读取…", objectName="settlement_summary")
        self.model = SettlementModel(self)
        self.table = self._table()
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.reload)
        self._generation = 0
        self._build()
        for edit in (self.search, self.month):
            edit.textChanged.connect(self.pause.start)
        self.state.currentIndexChanged.connect(self.reload)
        watch(self, context.changes, self.reload, WATCHED, load_on_show=True)

    def _table(self) -> QTableView:
        view = QTableView(objectName="settlements_table")
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 150, 70, 200, 110, 120, 90, 90, 90, 90)):
            view.setColumnWidth(column, width)
        self.list = install_list(view, "settlements", self.context.preferences,
                                 export=export_rows_action(lambda: self.list, "理赔支付", self.context))
        return view

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
        """Read the rows for the current filter on the worker; show them when they come."""
        self.pause.stop()
        self._generation += 1
        generation, queries, flt = self._generation, self.queries, self.current_filter()
        self.context.runner.run(lambda _control: queries.list(flt), lambda rows: self._show(generation, rows),
                                self._failed)

    def _show(self, generation: int, rows: list[SettlementRow]) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self.model.set_rows(rows)
        owed = sum((row.outstanding for row in rows), start=0)
        self.summary.setText(f"共 {len(rows)} 项，未付合计 ¥{format_amount(owed)}")

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error, "无法读取履行款")
