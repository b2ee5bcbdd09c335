"""法律援助: the list of legal-aid cases, searchable, with 「只看待办」 (not refused, not closed);
登记申请 (Ctrl+N) and one window per case (审查 / 指派 / 办理 / 结案 / 文书) that the 工作台 opens at
the due step. 转法律援助 from a consultation opens the application prefilled (``apply_from``)."""

from __future__ import annotations

from desktop.auth import Permission
from desktop.frontdesk.legal_aid_listing import COLUMNS, legal_aid_source
from ui.changes import watch
from ui.context import AppContext
from ui.frontdesk.consultations_page import list_view
from ui.frontdesk.legal_aid_dialog import LegalAidDialog
from ui.frontdesk.legal_aid_window import LegalAidWindow
from ui.qt import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import install_list

TITLE = "法律援助"
AREA_KEY = "legal_aid"
WATCHED = ("legal_aid_case", "legal_aid_progress", "legal_aid_lawyer", "worker", "employer")
WIDTHS = (150, 90, 70, 180, 70, 100, 70, 80, 90, 100)


def create(context: AppContext, parent=None) -> QWidget:
    return LegalAidPage(context, parent)


class LegalAidPage(QWidget):
    HELP = ("法律援助：登记申请（Ctrl+N）只用键盘即可完成；双击打开案件，依次资格审查、受理或不予援助（主任）、"
            "指派律师、记录开庭和进展、结案，并在「文书」中出具受理通知书、不予援助通知书和指派函。"
            "「只看待办」列出未结案的案件。律师名单在「设置 → 法律援助律师」中维护。")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit(objectName="legalAidSearch", placeholderText="按援助编号、申请人、证件号或单位查找")
        self.pending = QCheckBox("只看待办", objectName="legalAidPending")
        self.new_button = QPushButton("登记申请（Ctrl+N）", objectName="newLegalAid")
        self.new_button.setEnabled(context.can(Permission.FRONT_DESK))
        self.model = LazyTableModel(self._source(), self, load=False)
        self.table = list_view(self.model, "legalAid", WIDTHS)
        install_list(self.table, "legal_aid", context.preferences, open_row=self._open_row)
        self.dialog: LegalAidDialog | None = None
        self.windows: dict[int, LegalAidWindow] = {}
        bar = QHBoxLayout()
        for widget in (self.search, self.pending, self.new_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.search.returnPressed.connect(self.refresh)
        self.pending.toggled.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_application())
        watch(self, context.changes, self.refresh, WATCHED, load_on_show=True)

    def _source(self):
        source = legal_aid_source(self.context.database, self.search.text(), self.pending.isChecked(),
                                  self.context.services.today())
        table = getattr(self, "table", None)
        if table is None:
            return source
        header = table.horizontalHeader()
        column = COLUMNS[header.sortIndicatorSection()] if 0 <= header.sortIndicatorSection() < len(COLUMNS) else None
        if column is None or not column.sortable:
            return source
        return source.sorted_by(column.key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        self.model.set_source(self._source())

    def new_record(self) -> None:
        if self.context.can(Permission.FRONT_DESK):
            self.new_application()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_application(self, consultation_id: int | None = None) -> LegalAidDialog:
        """The application form; from a consultation (转法律援助) prefilled, and linked on saving."""
        view = self.context.services.consultations.get(consultation_id) if consultation_id else None
        self.dialog = LegalAidDialog(self.context, self, consultation=view)
        self.dialog.saved.connect(self._saved)
        self.dialog.show()
        return self.dialog

    def _saved(self, case_id: int) -> None:
        self.refresh()
        self.open_record(case_id, "review")

    def open_record(self, record_id: int, tab: str | None = None) -> LegalAidWindow:
        window = self.windows.get(record_id)
        if window is None:
            window = LegalAidWindow(self.context, record_id, self)
            window.finished.connect(lambda *_: self.windows.pop(record_id, None))
            window.changed.connect(lambda _id: self.refresh())
            self.windows[record_id] = window
        else:
            window.reload()
        window.show_tab(tab)
        window.show()
        window.raise_()
        return window

    def _open_row(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is not None:
            self.open_record(record.id)
