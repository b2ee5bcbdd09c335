"""A table model that loads pages of rows on demand from a ``RowSource``.

It holds only row ids and plain values for the pages the officer has scrolled to,
so a list of 100,000 cases opens as fast as its first page. Made with
``load=False`` it reads nothing (no rows) until ``refresh``/``set_source``: a list
watched with ``watch(..., load_on_show=True)`` is first read when first shown.

``load_later(source, runner, then)`` is ``set_source`` with the reading (the count and the
first page) on the task runner's worker: a search as you type, a filter or a refresh of a
list whose count is slow on a large file never holds the window; the rows shown stay
until the new ones come, and a read overtaken by a newer one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from desktop.money import format_amount
from desktop.paging import RowSource, TableRow
from ui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, Qt

if TYPE_CHECKING:
    from ui.tasks import TaskRunner

PAGE_SIZE = 200
TONES = {"warning": QColor("#fff3cd"), "overdue": QColor("#f8d7da"), "muted": QColor("#eeeeee")}
ID_ROLE = Qt.ItemDataRole.UserRole


class LazyTableModel(QAbstractTableModel):
    def __init__(self, source: RowSource, parent=None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._source = source
        self._pages: dict[int, list[TableRow]] = {}
        self._loaded = load
        self._count = source.count() if load else 0
        self._sort: tuple[str, bool] | None = None  # the header's sort, kept over a new search or filter
        self._generation = 0  # the newest read asked for (load_later); older ones are dropped

    @property
    def source(self) -> RowSource:
        return self._source

    def set_source(self, source: RowSource) -> None:
        """Show ``source`` (a new search, filter or refresh) in the order the header shows."""
        if self._sort is not None:
            source = source.sorted_by(*self._sort)
        self._generation += 1  # a read still on the worker is overtaken
        self.beginResetModel()
        self._source, self._pages, self._loaded = source, {}, True
        self._count = source.count()
        self.endResetModel()

    def refresh(self) -> None:
        """Reload from the database (after a change made here or elsewhere)."""
        self.set_source(self._source.refreshed())

    def load_later(self, source: RowSource, runner: TaskRunner, then: Callable[[], None] | None = None,
                   failed: Callable[[BaseException], None] | None = None) -> None:
        """``set_source(source)`` with its count and first page read on ``runner``'s worker;
        ``then`` runs (on the GUI thread) once the new rows are shown."""
        if self._sort is not None:
            source = source.sorted_by(*self._sort)
        self._generation += 1
        generation = self._generation

        def read(_control) -> tuple[int, list[TableRow]]:
            count = source.count()
            return count, list(source.fetch(0, PAGE_SIZE)) if count else []

        def show(result: tuple[int, list[TableRow]]) -> None:
            if generation != self._generation:
                return  # a newer read is on its way
            count, first = result
            self.beginResetModel()
            self._source, self._pages, self._loaded, self._count = source, ({0: first} if count else {}), True, count
            self.endResetModel()
            if then is not None:
                then()

        def fail(error: BaseException) -> None:
            if generation != self._generation:
                return
            if failed is None:
                raise error
            failed(error)

        runner.run(read, show, fail)

    def refresh_later(self, runner: TaskRunner, then: Callable[[], None] | None = None,
                      failed: Callable[[BaseException], None] | None = None) -> None:
        """``refresh`` with the reading on the worker (``load_later``)."""
        self.load_later(self._source.refreshed(), runner, then, failed)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._source.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._source.columns[section].title
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def row_at(self, row: int) -> TableRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._pages[page] = self._source.fetch(page * PAGE_SIZE, PAGE_SIZE)
        rows = self._pages[page]
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(item.cells[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and self._source.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and item.tone in TONES:
            return QBrush(TONES[item.tone])
        if role == ID_ROLE:
            return item.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self._source.columns[column].key
        if not self._source.columns[column].sortable:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        source = self._source.sorted_by(*self._sort)
        if self._loaded:
            self.set_source(source)
        else:
            self._source = source  # not read yet: read sorted when first loaded


def display_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Enum):
        return getattr(value, "label", str(value.value))
    return str(value)
