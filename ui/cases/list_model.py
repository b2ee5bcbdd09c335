"""The case list's table model: a row count and pages of plain rows, loaded as the view asks."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from desktop.cases.deadlines import CLOCK_LABELS, NEAR, OVERDUE, STOPPED
from desktop.cases.queries import CaseFilter, CaseQueries, CaseRow, Sort
from ui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, Qt

PAGE = 100
KEEP_PAGES = 30
COLUMNS = (
    ("number", "案件编号"), ("received_on", "收到申请"), ("accepted_on", "受理日期"), (None, "申请人"),
    ("employer", "被申请人"), ("source", "案件来源"), ("workers", "人数"), ("amount", "请求金额（元）"),
    (None, "调解员"), ("status", "状态"), ("due", "期限届满"), ("due", "期限状态"),
)
COLOURS = {NEAR: QColor("#fff1c2"), OVERDUE: QColor("#ffd0cc")}


def _cells(row: CaseRow) -> tuple[str, ...]:
    clock = {OVERDUE: f"已超期 {-row.days_left} 天", NEAR: f"临近·剩 {row.days_left} 天",
             STOPPED: CLOCK_LABELS[STOPPED]}.get(row.clock, f"剩 {row.days_left} 天")
    return (row.number or "（未受理）", f"{row.received_on:%Y-%m-%d}",
            f"{row.accepted_on:%Y-%m-%d}" if row.accepted_on else "", row.applicants, row.employer,
            row.source.label, str(row.workers), f"{row.amount_claimed:,.2f}", row.mediators, row.status.label,
            f"{row.due:%Y-%m-%d}" if row.clock != STOPPED else "", clock)


class CaseListModel(QAbstractTableModel):
    def __init__(self, queries: CaseQueries, today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._today = today
        self._filter, self._sort = CaseFilter(), Sort()
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()

    # ------------------------------------------------------------ query
    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    def set_query(self, case_filter: CaseFilter | None = None, sort: Sort | None = None) -> None:
        self.beginResetModel()
        self._filter = case_filter or self._filter
        self._sort = sort or self._sort
        self._pages.clear()
        self._count = self._queries.count(self._filter, self._today())
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query()

    def row(self, index: int) -> CaseRow:
        number = index // PAGE
        if number not in self._pages:
            self._pages[number] = self._queries.page(self._filter, self._sort, number * PAGE, PAGE, self._today())
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        rows = self._pages[number]
        return rows[min(index - number * PAGE, len(rows) - 1)]

    def case_id(self, index: int) -> int:
        return self.row(index).id

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self._count:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cells(self.row(index.row()))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = COLOURS.get(self.row(index.row()).clock)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.row(index.row()).id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key is not None:
            self.set_query(sort=Sort(key, order == Qt.SortOrder.DescendingOrder))
