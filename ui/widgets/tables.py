"""Lists as officers expect them in an office: one builder and one behaviour for every table.

``table_widget`` builds a read-only list; ``install_list`` gives any table view the habits:
Enter or double-click opens, Ctrl+C copies the selected rows as tab-separated text (pastes into
Excel/WPS as cells), a right-click menu (打开 · 复制 · 导出所选 · 打印), column widths and sort
remembered per list, Tab moves on to the next control instead of cell to cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ui.qt import (
    QAbstractItemView,
    QAction,
    QEvent,
    QGuiApplication,
    QHeaderView,
    QKeySequence,
    QMenu,
    QObject,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)
from ui.widgets.prompts import prompt_for
from ui.widgets.sorting import display_sort_key

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SortItem(QTableWidgetItem):
    """A cell that sorts by what it shows: numbers as numbers, Chinese names by pinyin."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return display_sort_key(self.text()) < display_sort_key(other.text())


def table_widget(headers: Sequence[str], name: str = "", *, stretch: int | None = None,
                 sortable: bool = False) -> QTableWidget:
    """A read-only list of whole rows; ``stretch`` is the column that takes the spare width."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # the officer may widen; remembered
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(sortable)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    """Replace the rows (sorting is paused while filling, then re-applied)."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            text = "" if value is None else str(value)
            item = SortItem(text)
            if len(text) > LONG_TEXT:
                item.setToolTip(text)
            table.setItem(r, c, item)
    table.setSortingEnabled(sorting)
    if rows and not getattr(table, "widths_settled", False):  # first rows: fit them, unless remembered
        table.resizeColumnsToContents()
        _cap_widths(table)
        table.resizeRowsToContents()
        table.widths_settled = True


LONG_TEXT = 24  # characters: a longer cell shows all of it as its tooltip
FITTED_WIDTH_CAP = 480  # a long text column fitted to its content would push the others off screen


def _cap_widths(table: QTableWidget) -> None:
    """No column fitted wider than ``FITTED_WIDTH_CAP`` pixels (the text is elided; the cell's
    tooltip and 复制 keep all of it)."""
    for column in range(table.columnCount()):
        if table.columnWidth(column) > FITTED_WIDTH_CAP:
            table.setColumnWidth(column, FITTED_WIDTH_CAP)


def fill_records(table: QTableWidget, rows: Sequence[Sequence[object]], ids: Sequence[int]) -> None:
    """``fill`` and keep each row's record id on its first cell (``record_id`` reads it back)."""
    fill(table, rows)
    for index, record in enumerate(ids):
        item = table.item(index, 0)
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, record)


def record_id(table: QTableWidget, row: int) -> int | None:
    item = table.item(row, 0)
    return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


@dataclass
class ListActions:
    """What a list can do with its rows; ``None`` leaves the menu entry out."""

    open: Callable[[int], None] | None = None           # the row number
    export: Callable[[list[int]], None] | None = None   # the selected row numbers
    print: Callable[[list[int]], None] | None = None


class ListBehaviour(QObject):
    def __init__(self, view: QTableView, key: str, preferences, actions: ListActions) -> None:
        super().__init__(view)
        self.view, self.key, self.preferences, self.actions = view, key, preferences, actions
        view.setTabKeyNavigation(False)
        view.installEventFilter(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)
        if actions.open is not None:
            view.doubleClicked.connect(lambda index: actions.open(index.row()))
        self.copy_action = QAction("复制(&C)", view, shortcut=QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        view.addAction(self.copy_action)
        if not isinstance(view, QTableWidget):
            view.widths_settled = True  # a paged list is never fitted by fill(): its widths are the officer's
        self._restore()
        header = view.horizontalHeader()
        header.sectionResized.connect(self._save)
        header.sortIndicatorChanged.connect(self._save)

    # -- rows -----------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {index.row() for index in selection.selectedIndexes()} if selection else set()
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def rows_text(self, rows: Sequence[int]) -> list[list[str]]:
        model = self.view.model()
        columns = [c for c in range(model.columnCount()) if not self.view.isColumnHidden(c)]
        return [[_clean(model.index(r, c).data()) for c in columns] for r in rows]

    def headers(self) -> list[str]:
        model = self.view.model()
        return [_clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
                if not self.view.isColumnHidden(c)]

    def copy_selected(self) -> str:
        """Copy the selected rows, with the column titles first, as tab-separated text."""
        rows = self.selected_rows()
        if not rows:
            return ""
        lines = ["\t".join(self.headers())] + ["\t".join(cells) for cells in self.rows_text(rows)]
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    # -- keys and menu --------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.matches(QKeySequence.StandardKey.Copy):  # the view would copy one cell only
            self.copy_selected()
            return True
        if event.key() in OPEN_KEYS and self.actions.open:
            if self.view.currentIndex().isValid():
                self.actions.open(self.view.currentIndex().row())
                return True
        return False

    def menu(self) -> QMenu:
        menu = QMenu(self.view)
        rows = self.selected_rows()
        if self.actions.open is not None:
            menu.addAction("打开", lambda: self.actions.open(rows[0])).setEnabled(bool(rows))
        menu.addAction("复制", self.copy_selected).setEnabled(bool(rows))
        if self.actions.export is not None:
            menu.addAction("导出所选…", lambda: self.actions.export(rows)).setEnabled(bool(rows))
        if self.actions.print is not None:
            menu.addAction("打印…", lambda: self.actions.print(rows)).setEnabled(bool(rows))
        return menu

    def _menu(self, point) -> None:
        index = self.view.indexAt(point)
        if index.isValid() and index.row() not in self.selected_rows():
            self.view.selectRow(index.row())
        self.menu().exec(self.view.viewport().mapToGlobal(point))

    # -- remembered widths and sort -----------------------------------------------------------
    def _pref_key(self) -> str:
        return f"lists/{self.key}/header"

    def _save(self, *_) -> None:
        # Widths a table has before its first rows are the layout's, not the officer's: remembering
        # them would stop every later sign-in from fitting the columns (all 100 px).
        if self.preferences is not None and getattr(self.view, "widths_settled", False):
            self.preferences.setValue(self._pref_key(), self.view.horizontalHeader().saveState())

    def _restore(self) -> None:
        state = self.preferences.value(self._pref_key()) if self.preferences is not None else None
        header = self.view.horizontalHeader()
        if state is None or not header.restoreState(state):
            return
        self.view.widths_settled = True
        if self.view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())


def install_list(view: QTableView, key: str, preferences, *, open_row=None, export=None,
                 print_rows=None) -> ListBehaviour:
    """Give ``view`` the office habits; ``key`` names the list in the remembered preferences."""
    behaviour = ListBehaviour(view, key, preferences, ListActions(open_row, export, print_rows))
    view.list_behaviour = behaviour
    return behaviour


def export_rows_action(behaviour_of: Callable[[], ListBehaviour], title: str, context):
    """An ``export`` for ``install_list``: the selected rows, as shown, to a workbook the officer names,
    with ID, card and phone numbers masked, recorded in the audit log (``context``: the AppContext)."""
    from desktop.errors import UserError

    def export(rows: list[int]) -> None:
        behaviour = behaviour_of()
        prompt = prompt_for(behaviour.view)
        path = prompt.save_file(behaviour.view, "导出所选", f"{title}.xlsx", "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        try:
            count = context.services.selection_export.export(context.actor, title, behaviour.headers(),
                                                             behaviour.rows_text(rows), path)
        except UserError as error:
            prompt.warn(behaviour.view, "导出所选", str(error))
            return
        prompt.inform(behaviour.view, "导出所选", f"已导出 {count} 行到：\n{path}")

    return export


def _clean(value) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")
