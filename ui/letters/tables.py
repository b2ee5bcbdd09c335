"""Letter rows in a table: plain ``LetterRow`` objects, never live ORM objects."""

from __future__ import annotations

from desktop.letters import LetterRow
from ui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, Qt

COLUMNS = ("文号", "文书", "用人单位 / 主送", "街道", "签发日期", "期限", "回复日期", "状态", "提示")
# 待办: what is due and when, first, so a narrow window never hides it
DUE_COLUMNS = ("期限", "提示", "文书", "文号", "用人单位 / 主送", "状态", "签发日期", "街道")


def cell(row: LetterRow, column: int) -> str:
    values = (row.number or "（草稿）", row.kind.label, _who(row), row.street or "", _day(row.issued_on),
              _day(row.deadline_on), _day(row.reply_on), row.status.label, row.note)
    return values[column]


def _who(row: LetterRow) -> str:
    return row.employer_name if row.addressee == row.employer_name else f"{row.employer_name} → {row.addressee}"


def _day(day) -> str:
    return str(day) if day else ""


class LetterRowsModel(QAbstractTableModel):
    def __init__(self, show_note: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[LetterRow] = []
        self.columns = DUE_COLUMNS if show_note else COLUMNS[:-1]

    def set_rows(self, rows: list[LetterRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell(row, COLUMNS.index(self.columns[index.column()]))
        if role == Qt.ItemDataRole.ForegroundRole and "逾期" in row.note:
            return QBrush(QColor("#b91c1c"))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        return None

    def row_at(self, index: int) -> LetterRow:
        return self.rows[index]
