"""One breakdown as a read-only table with its definitions underneath."""

from __future__ import annotations

from desktop.stats import Breakdown
from desktop.stats.charts import breakdown_chart
from desktop.stats.labels import display
from desktop.stats.values import TOTAL_LABEL
from ui.charts import ChartPanel
from ui.widgets.tables import install_list
from ui.qt import (
    QAbstractItemView,
    QFont,
    QLabel,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BreakdownView(QWidget):
    """The table, its chart beside it (``desktop.stats.charts.breakdown_chart``; hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(objectName="breakdown")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        install_list(self.table, "breakdown", None)  # 复制 pastes the breakdown into Excel/WPS
        self.note = QLabel(wordWrap=True, objectName="footer")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ChartPanel(minimum_height=260)
        self.chart.setMinimumWidth(380)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="table_and_chart")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

    def show_breakdown(self, breakdown: Breakdown) -> None:
        table = self.table
        table.clear()
        table.setColumnCount(len(breakdown.headers))
        table.setRowCount(len(breakdown.rows))
        table.setHorizontalHeaderLabels([_wrapped(h) for h in breakdown.headers])
        for row, cells in enumerate(breakdown.rows):
            for column, value in enumerate(cells):
                table.setItem(row, column, _item(value, total=cells[0] == TOTAL_LABEL))
        self.note.setText(f"注：{breakdown.footer_note}")
        spec = breakdown_chart(breakdown)
        if spec is not None:
            self.chart.show_spec(spec)
        self.chart.setVisible(spec is not None)
        self._fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, sharing out any room left over."""
        header = self.table.horizontalHeader()
        count = self.table.columnCount()
        if not count:
            return
        self.table.resizeColumnsToContents()
        room = self.table.width() - 2 * self.table.frameWidth() - self.table.verticalScrollBar().sizeHint().width()
        spare = room - header.length() - 1
        for column in range(count) if spare > 0 else ():
            header.resizeSection(column, header.sectionSize(column) + spare // count)

    def cell_text(self, row_label: str, header: str) -> str:
        """What the officer reads in the row starting with ``row_label`` under ``header``."""
        headers = [self.table.horizontalHeaderItem(c).text().replace("\n", "") for c in range(self.table.columnCount())]
        rows = [self.table.item(r, 0).text() for r in range(self.table.rowCount())]
        return self.table.item(rows.index(row_label), headers.index(header)).text()


def _item(value, total: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(display(value))
    if not isinstance(value, str):
        item.setTextAlignment(NUMBER_ALIGNMENT)
    if total:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _wrapped(header: str) -> str:
    """A long header on two lines, the unit（元）on the second."""
    return header.replace("（", "\n（") if len(header) > 5 else header
