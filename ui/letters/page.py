"""一函两书: what needs action, all letters (filterable), and the chain of the selected matter."""

from __future__ import annotations

from desktop.auth import Permission
from desktop.errors import UserError
from desktop.letters import LetterFilter, LetterServices
from desktop.parties import search_employers
from ui.changes import watch
from ui.context import AppContext
from ui.documents.panel import DocumentsPanel
from ui.widgets.history import history_button
from ui.errors import show_user_error
from ui.letters.chain_view import ChainPanel
from ui.letters.draft_dialogs import MatterDialog
from ui.letters.filters import LetterFilterBar
from ui.letters.tables import LetterRowsModel
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import export_rows_action, install_list
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

TITLE = "一函两书"
AREA_KEY = "letters"
DETAIL_TABS = ("chain", "documents")
"""``open_record`` tab keys: 监督链条, 所选文书的打印与送达."""
WATCHED = ("supervision_letter", "supervision_matter", "employer")


def create(context: AppContext, parent=None) -> QWidget:
    return LettersPage(context, parent=parent)


def _table(model, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _due_table(model) -> QTableView:
    """Fixed, remembered widths (the officer may widen any): long unit names are cut with …,
    the deadline columns stay in view at 1366 px."""
    view = _table(model, "needs_action")
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    for column, width in enumerate((92, 150, 64, 150, 200, 90, 92, 80)):
        view.setColumnWidth(column, width)
    return view


class LettersPage(QWidget):
    HELP = ("一函两书：「待办提醒」列出期限将到或已过的文书（期限在最前）；新建监督事项（Ctrl+N），"
            "查找（Ctrl+F）；右键可复制或导出所选行。")

    def __init__(self, context: AppContext, service: LetterServices | None = None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service or context.services.letters
        self.due_model = LetterRowsModel(show_note=True)
        self.all_model = LazyTableModel(self.service.queries.letter_source(LetterFilter()), self, load=False)
        self.due_table, self.all_table = _due_table(self.due_model), _table(self.all_model, "letters")
        self.all_table.setSortingEnabled(True)
        self.all_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.filters = LetterFilterBar()
        self.chain = ChainPanel(self.service, context.actor)
        self.documents = DocumentsPanel(context, "supervision_letter", None)
        self.selected: tuple[int, str | None] | None = None
        self.detail_tabs = QTabWidget(objectName="detail_tabs")
        self.tabs = QTabWidget(objectName="letter_tabs")
        self.new_button = QPushButton("新建监督事项", objectName="new_matter")
        self.from_case_button = QPushButton("从调解案件发起", objectName="from_case")
        self.matter_dialog: MatterDialog | None = None
        self._build()
        self._connect()

    def _build(self) -> None:
        tools = QHBoxLayout()
        for button in (self.new_button, self.from_case_button):
            button.setEnabled(self.context.can(Permission.LETTER_EDIT))
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(history_button(self.context, "supervision_letter", lambda: self.selected, self))
        all_tab = QWidget()
        all_layout = QVBoxLayout(all_tab)
        all_layout.addWidget(self.filters)
        all_layout.addWidget(self.all_table)
        self.tabs.addTab(self.due_table, "待办提醒")
        self.tabs.addTab(all_tab, "全部文书")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        self.detail_tabs.addTab(self.chain, "监督链条")
        self.detail_tabs.addTab(self.documents, "所选文书的打印与送达")
        splitter.addWidget(self.detail_tabs)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_matter)
        self.from_case_button.clicked.connect(self.start_from_case)
        self.filters.changed.connect(self.refresh)
        self.due_table.selectionModel().currentRowChanged.connect(lambda current, _: self._open_due(current.row()))
        self.all_table.selectionModel().currentRowChanged.connect(lambda current, _: self._open_letter(current.row()))
        watch(self, self.context.changes, self.refresh, WATCHED, load_on_show=True)
        self.due_list = install_list(self.due_table, "letters_due", self.context.preferences,
                                     open_row=self._open_due,
                                     export=export_rows_action(lambda: self.due_list, "一函两书待办", self.context))
        self.all_list = install_list(self.all_table, "letters_all", self.context.preferences,
                                     open_row=self._open_letter,
                                     export=export_rows_action(lambda: self.all_list, "一函两书", self.context))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.filters.employer.setFocus()

    def new_record(self) -> None:
        if self.new_button.isEnabled():
            self.new_matter()

    def refresh(self) -> None:
        due = self.service.queries.needs_action()
        self.due_model.set_rows(due)
        self.tabs.setTabText(0, f"待办提醒（{len(due)}）")
        self.all_model.set_source(self.service.queries.letter_source(self.filters.value()))
        self.chain.reload()

    def _open_due(self, row: int) -> None:
        if 0 <= row < len(self.due_model.rows):
            letter = self.due_model.row_at(row)
            self.chain.show_matter(letter.matter_id)
            self._select_letter(letter.id, letter.number)

    def _open_letter(self, row: int) -> None:
        letter_id = self.all_model.id_at(row)
        if letter_id is not None:
            self.chain.show_matter(self.service.queries.matter_of_letter(letter_id))
            self._select_letter(letter_id, self.all_model.row_at(row).cells[0])

    def open_record(self, record_id: int, tab: str | None = None) -> None:
        """The letter's chain, the letter selected, the detail at ``tab`` (``DETAIL_TABS``)."""
        self.chain.show_matter(self.service.queries.matter_of_letter(record_id))
        self._select_letter(record_id, self.chain.view.letter(record_id).number)
        self.detail_tabs.setCurrentIndex(DETAIL_TABS.index(tab) if tab in DETAIL_TABS else 0)

    def _select_letter(self, letter_id: int, number: str | None) -> None:
        self.selected = (letter_id, number)
        self.documents.set_owner(letter_id)

    def new_matter(self) -> None:
        settings = self.context.settings.load()
        self.matter_dialog = MatterDialog(self._search_employers, self.service.today(),
                                          settings.letter_deadline("PROMPT"), self._create, self)
        self.matter_dialog.open()

    def _search_employers(self, text: str):
        return search_employers(self.context.database, text)

    def _create(self, data) -> None:
        view = self.service.matters.create_matter(self.context.actor, data)
        self.chain.show_matter(view.matter.id)

    def start_from_case(self) -> None:
        number = self.context.prompt.ask_text(self, "从调解案件发起监督", "调解案件案号（如 密工调〔2024〕12号）：")
        if number is None or not number.strip():
            return
        try:
            view = self.service.matters.start_matter_from_case(self.context.actor, self.service.queries.find_case(number))
        except UserError as error:
            show_user_error(self, error)
            return
        self.chain.show_matter(view.matter.id)
