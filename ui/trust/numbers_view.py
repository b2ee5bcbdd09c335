"""编号登记簿: every number handed out, used or voided, with a check that each year's
sequence is whole."""

from __future__ import annotations

from desktop.errors import UserError
from desktop.numbering_register import kind_label
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import install_list

WATCHED = ("issued_number",)


class NumbersView(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.register = context.services.numbers
        self.kind = QComboBox(objectName="numberKind")
        self.year = QComboBox(objectName="numberYear")
        self.check_button = QPushButton("检查序号是否连续", objectName="checkSequence")
        self.check_label = QLabel(objectName="sequenceCheck", wordWrap=True)
        self.count_label = QLabel(objectName="numberCount")
        self.table = QTableView(objectName="numbers")
        self.model = LazyTableModel(self.register.source(context.actor), self, load=False)
        self._build()
        self._fill_choices()
        self.kind.currentIndexChanged.connect(self.search)
        self.year.currentIndexChanged.connect(self.search)
        self.check_button.clicked.connect(self.check)
        watch(self, context.changes, self._on_changed, WATCHED, load_on_show=True)
        self.search()

    def _build(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (("种类", self.kind), ("年度", self.year)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.check_button)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.table.setModel(self.model)
        self.list = install_list(self.table, "numbers", self.context.preferences)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        for column, width in enumerate((170, 130, 60, 60, 70, 120, 300, 140)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("本中心发出的全部编号：作废的编号保留在登记簿中，不再使用。"))
        layout.addLayout(filters)
        layout.addWidget(self.check_label)
        layout.addWidget(self.table, 1)

    def _fill_choices(self) -> None:
        pairs = self.register.kinds_and_years()
        self.kind.addItem("全部种类", None)
        for kind in sorted({k for k, _ in pairs}, key=kind_label):
            self.kind.addItem(kind_label(kind), kind)
        self.year.addItem("全部年度", None)
        for year in sorted({y for _, y in pairs}, reverse=True):
            self.year.addItem(f"{year}年", year)

    def search(self) -> None:
        try:
            self.model.set_source(self.register.source(self.context.actor, self.kind.currentData(),
                                                       self.year.currentData()))
        except UserError as error:
            show_user_error(self, error)
            return
        self._show_count()
        self.check_label.clear()

    def check(self) -> None:
        kind, year = self.kind.currentData(), self.year.currentData()
        if kind is None or year is None:
            show_user_error(self, UserError("请先选择一种编号和一个年度，再检查序号。"), "检查序号")
            return
        self.check_label.setText(self.register.check(self.context.actor, kind, year).text)

    def _on_changed(self) -> None:
        self.model.refresh()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(f"共 {self.model.rowCount()} 个")
