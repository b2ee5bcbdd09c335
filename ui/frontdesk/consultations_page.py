"""法律咨询: the register of consultations, searchable, with a 待办 filter (referred on but not
linked yet); Ctrl+N opens the fast form; 转调解 opens the case intake prefilled and links the case."""

from __future__ import annotations

from db.enums import ConsultOutcome
from desktop.auth import Permission
from desktop.frontdesk.listing import consultation_source
from desktop.frontdesk.referral import case_prefill
from ui.changes import watch
from ui.context import AppContext
from ui.frontdesk.consultation_dialog import ConsultationDialog
from ui.qt import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, Qt, QTableView,
                   QVBoxLayout, QWidget)
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import install_list

TITLE = "法律咨询"
AREA_KEY = "consultations"
WATCHED = ("consultation", "worker", "employer", "mediation_case")


def create(context: AppContext, parent=None) -> QWidget:
    return ConsultationsPage(context, parent)


def list_view(model, name: str, widths: tuple[int, ...] = ()) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSortingEnabled(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


class ConsultationsPage(QWidget):
    HELP = "法律咨询：新登记（Ctrl+N）只用键盘即可完成；「只看待办」列出转调解、转法律援助后尚未关联的记录；双击打开更正。"

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.consultations
        self.search = QLineEdit(objectName="consultationSearch", placeholderText="按编号、咨询人、证件号或单位查找")
        self.pending = QCheckBox("只看待办", objectName="consultationPending")
        self.new_button = QPushButton("登记咨询（Ctrl+N）", objectName="newConsultation")
        self.new_button.setEnabled(context.can(Permission.FRONT_DESK))
        self.model = LazyTableModel(self._source(), self, load=False)
        self.table = list_view(self.model, "consultations", (150, 90, 50, 80, 180, 70, 300, 110))
        install_list(self.table, "consultations", context.preferences, open_row=self._open_row)
        self.dialog: ConsultationDialog | None = None
        self.intake = None
        self.aid_dialog = None
        self._build()
        self.search.returnPressed.connect(self.refresh)
        self.pending.toggled.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_consultation())
        watch(self, context.changes, self.refresh, WATCHED, load_on_show=True)

    def _build(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.search, self.pending, self.new_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _source(self):
        return consultation_source(self.context.database, self.search.text(), self.pending.isChecked())

    def refresh(self) -> None:
        self.model.set_source(self._source())

    def new_record(self) -> None:
        if self.context.can(Permission.FRONT_DESK):
            self.new_consultation()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_consultation(self, ticket_id: int | None = None) -> ConsultationDialog:
        self.dialog = ConsultationDialog(self.context, self, ticket_id=ticket_id)
        self.dialog.saved.connect(self._saved)
        self.dialog.show()
        return self.dialog

    def open_record(self, record_id: int, tab: str | None = None) -> None:
        """Shows the consultation's form (one page: ``tab`` is not used)."""
        self.dialog = ConsultationDialog(self.context, self, view=self.service.get(record_id))
        self.dialog.saved.connect(self._saved)
        self.dialog.show()

    def _open_row(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is not None:
            self.open_record(record.id)

    def _saved(self, record_id: int, outcome) -> None:
        self.refresh()
        view = self.service.get(record_id)
        if outcome is ConsultOutcome.TO_MEDIATION and view.case_id is None:
            self.refer_to_case(record_id)
        elif outcome is ConsultOutcome.TO_LEGAL_AID and view.legal_aid_id is None:
            self.refer_to_legal_aid(record_id)

    def refer_to_legal_aid(self, record_id: int):
        """The legal-aid application, prefilled from the consultation; saving it links the two."""
        from ui.frontdesk.legal_aid_dialog import LegalAidDialog

        self.aid_dialog = LegalAidDialog(self.context, self, consultation=self.service.get(record_id))
        self.aid_dialog.saved.connect(lambda _case_id: self.refresh())
        self.aid_dialog.show()
        return self.aid_dialog

    def refer_to_case(self, record_id: int):
        """The case intake, prefilled from the consultation; the case it registers is linked."""
        from ui.cases.intake_dialog import IntakeDialog

        self.intake = IntakeDialog(self.context, self.context.services.cases, self)
        self.intake.prefill(case_prefill(self.context.database, record_id))
        self.intake.created.connect(lambda case_id: self.service.link_case(self.context.actor, record_id, case_id))
        self.intake.show()
        return self.intake
