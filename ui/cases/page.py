"""调解案件: the case list with search and filters; opens the intake form and case windows."""

from __future__ import annotations

from desktop.auth import Permission
from desktop.cases.listing import CaseRowSource
from ui.cases.filters import FilterBar
from ui.changes import watch
from ui.context import AppContext
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import export_rows_action, install_list
from ui.qt import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, Qt, QTableView, QVBoxLayout, QWidget

TITLE = "调解案件"
AREA_KEY = "cases"
WATCHED = ("mediation_case", "case_applicant", "case_mediator", "employer", "worker")


class CaseTableModel(LazyTableModel):
    """The shared lazy model, with the full text as a tooltip where a column is too narrow."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


def create(context: AppContext, parent=None) -> QWidget:
    return CasesPage(context, parent)


class CasesPage(QWidget):
    HELP = ("调解案件：登记新案件（Ctrl+N），按案号、当事人姓名或单位查找（Ctrl+F），"
            "回车或双击打开案件，右键可复制或导出所选案件。")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services.cases
        self.windows: dict[int, QWidget] = {}
        self.intake_dialog = None
        self.model = CaseTableModel(CaseRowSource(self.services.queries), self, load=False)
        self.filters = FilterBar(self.services.mediation.officers(), self.services.queries.streets(), self)
        self.table = self._table()
        self.count_label = QLabel(objectName="caseCount")
        self.new_button = QPushButton("新登记案件", objectName="newCase", enabled=context.can(Permission.CASE_INTAKE))
        self._layout()
        self.filters.changed.connect(self._apply)
        self.new_button.clicked.connect(self.open_intake)
        self.list = install_list(self.table, "cases", context.preferences,
                                 open_row=lambda row: self.open_case(self.model.id_at(row)),
                                 export=export_rows_action(lambda: self.list, "调解案件", context))
        watch(self, context.changes, self.reload, WATCHED, load_on_show=True)

    def _table(self) -> QTableView:
        view = QTableView(objectName="caseTable")
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(26)
        view.verticalHeader().setVisible(False)
        for column, width in enumerate((168, 82, 82, 96, 186, 90, 38, 96, 80, 92, 82, 86)):
            view.setColumnWidth(column, width)
        return view

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filters.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

    def _apply(self, case_filter) -> None:
        self.model.set_source(self.model.source.filtered(case_filter).refreshed())
        count = self.model.rowCount()
        broad = self.model.source.broad
        self.count_label.setText(f"匹配较多，列出前 {count} 件，请继续输入" if broad else f"共 {count} 件")

    def reload(self) -> None:
        self._apply(self.filters.current())

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def new_record(self) -> None:
        if self.new_button.isEnabled():
            self.open_intake()

    def open_intake(self):
        from ui.cases.intake_dialog import IntakeDialog

        self.intake_dialog = IntakeDialog(self.context, self.services, self)
        self.intake_dialog.created.connect(self.open_case)
        self.intake_dialog.show()
        return self.intake_dialog

    def open_record(self, record_id: int, tab: str | None = None) -> None:
        """The case's window at ``tab`` (a key of ``ui.cases.case_tabs.TAB_KEYS``, or ``documents``/``letters``)."""
        self.open_case(record_id).show_tab(tab)

    def open_case(self, case_id: int):
        from ui.cases.case_window import CaseWindow

        window = self.windows.get(case_id)
        if window is None:
            window = CaseWindow(self.context, self.services, case_id, self)
            self.windows[case_id] = window
            window.finished.connect(lambda _=0, k=case_id: self.windows.pop(k, None))  # closed: deleted soon
        window.show()
        window.raise_()
        window.activateWindow()
        return window
