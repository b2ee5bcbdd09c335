"""热线工单 (12351 / 12345 接诉即办): the list of tickets with their limits, searchable, with
「只看待办」 (not closed); 登记工单 (Ctrl+N), 导入工单 (the platform's workbook), and one window
per ticket (联系记录 / 办理结果 / 回访, 转调解, 转咨询) that the 工作台 opens at the due step."""

from __future__ import annotations

from db.enums import ConsultChannel, ConsultOutcome
from desktop.auth import Permission
from desktop.errors import UserError
from desktop.frontdesk.referral import case_prefill
from desktop.frontdesk.ticket_listing import TICKET_COLUMNS, TicketView, ticket_case_prefill, ticket_source
from ui.changes import watch
from ui.context import AppContext
from ui.frontdesk.consultation_dialog import ConsultationDialog
from ui.frontdesk.consultations_page import list_view
from ui.frontdesk.ticket_dialog import TicketDialog
from ui.frontdesk.ticket_window import TicketWindow
from ui.qt import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import install_list

TITLE = "热线工单"
AREA_KEY = "tickets"
WATCHED = ("hotline_ticket", "ticket_contact", "officer", "consultation", "mediation_case")
RECEIVED = 2  # the list's first order: the newest ticket first
WIDTHS = (130, 100, 118, 118, 118, 110, 70, 60, 60)


def create(context: AppContext, parent=None) -> QWidget:
    return TicketsPage(context, parent)


class TicketsPage(QWidget):
    HELP = ("热线工单：登记工单（Ctrl+N）只用键盘即可完成；「导入工单」读取平台导出的派单表（有一行不对则整表不导入）；"
            "「只看待办」列出未办结的工单，超期的标红；双击打开工单登记联系记录、办理结果和回访。"
            "响应、办结时限在「设置 → 工单时限」中按平台设定。")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.tickets
        self.search = QLineEdit(objectName="ticketSearch", placeholderText="按工单编号、来电人或诉求内容查找")
        self.pending = QCheckBox("只看待办", objectName="ticketPending")
        self.new_button = QPushButton("登记工单（Ctrl+N）", objectName="newTicket")
        self.import_button = QPushButton("导入工单…", objectName="importTickets")
        self.new_button.setEnabled(context.can(Permission.FRONT_DESK))
        self.import_button.setEnabled(context.can(Permission.IMPORT))
        self.model = LazyTableModel(self._source(), self, load=False)
        self.table = list_view(self.model, "tickets", WIDTHS)
        self.table.horizontalHeader().setSortIndicator(RECEIVED, Qt.SortOrder.DescendingOrder)  # as read
        install_list(self.table, "tickets", context.preferences, open_row=self._open_row)
        self.dialog: TicketDialog | None = None
        self.windows: dict[int, TicketWindow] = {}
        self.consultation: ConsultationDialog | None = None
        self.intake = None
        self._build()
        self.search.returnPressed.connect(self.refresh)
        self.pending.toggled.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_ticket())
        self.import_button.clicked.connect(self.import_workbook)
        watch(self, context.changes, self.refresh, WATCHED, load_on_show=True)

    def _build(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.search, self.pending, self.new_button, self.import_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _source(self):
        """The rows for the search and filter, in the order the header shows (kept over a refresh)."""
        source = ticket_source(self.context.database, self.search.text(), self.pending.isChecked(), self.service.now())
        table = getattr(self, "table", None)
        if table is None:
            return source
        header = table.horizontalHeader()
        column = TICKET_COLUMNS[header.sortIndicatorSection()] if header.sortIndicatorSection() >= 0 else None
        if column is None or not column.sortable:
            return source
        return source.sorted_by(column.key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        self.model.set_source(self._source())

    def new_record(self) -> None:
        if self.context.can(Permission.FRONT_DESK):
            self.new_ticket()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_ticket(self) -> TicketDialog:
        self.dialog = TicketDialog(self.context, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.show()
        return self.dialog

    def _saved(self, ticket_id: int) -> None:
        self.refresh()
        self.open_record(ticket_id, "contacts")

    def open_record(self, record_id: int, tab: str | None = None) -> TicketWindow:
        """The ticket's window (one per ticket, raised when open) at ``tab``."""
        window = self.windows.get(record_id)
        if window is None:
            window = TicketWindow(self.context, record_id, self, refer_case=self.refer_to_case,
                                  refer_consultation=self.refer_to_consultation)
            window.finished.connect(lambda *_: self.windows.pop(record_id, None))
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

    def import_workbook(self) -> None:
        path = self.context.prompt.open_file(self, "导入热线工单", "", "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        try:
            count = self.context.services.ticket_import.import_workbook(self.context.actor, path)
        except UserError as error:
            self.context.prompt.warn(self, "工单未导入", str(error))
            return
        self.refresh()
        self.context.prompt.inform(self, "导入工单", f"已导入 {count} 件工单。")

    def refer_to_case(self, view: TicketView):
        """The case intake, prefilled from the ticket; the case it registers is linked."""
        from ui.cases.intake_dialog import IntakeDialog

        self.intake = IntakeDialog(self.context, self.context.services.cases, self)
        self.intake.prefill(ticket_case_prefill(self.context.database, view.id))
        self.intake.created.connect(lambda case_id: self._linked(view.id, case_id))
        self.intake.show()
        return self.intake

    def _linked(self, ticket_id: int, case_id: int) -> None:
        self.service.link_case(self.context.actor, ticket_id, case_id)
        self._reload_window(ticket_id)

    def refer_to_consultation(self, view: TicketView) -> ConsultationDialog:
        """A consultation made from the ticket (its ``ticket_id`` links the two)."""
        dialog = ConsultationDialog(self.context, self, ticket_id=view.id)
        dialog.channel.set_value(ConsultChannel.PHONE)  # both platforms take the worker's call
        dialog.worker_name.setText(view.caller_name)
        dialog.phone.setText(view.caller_phone)
        dialog.category.set_value(view.category)
        dialog.question.setPlainText(view.content)
        dialog.consulted_on.set_value(self.context.services.today())
        dialog.outcome.set_value(ConsultOutcome.ANSWERED)
        dialog.saved.connect(lambda consultation_id, outcome: self._consulted(view.id, consultation_id, outcome))
        self.consultation = dialog
        dialog.show()
        return dialog

    def _consulted(self, ticket_id: int, consultation_id: int, outcome) -> None:
        """A consultation saved with 转调解 opens the intake as the 法律咨询 area does; the case is
        linked to the consultation and to the ticket."""
        self._reload_window(ticket_id)
        if outcome is not ConsultOutcome.TO_MEDIATION:
            return
        from ui.cases.intake_dialog import IntakeDialog

        self.intake = IntakeDialog(self.context, self.context.services.cases, self)
        self.intake.prefill(case_prefill(self.context.database, consultation_id))
        self.intake.created.connect(lambda case_id: self._consultation_case(ticket_id, consultation_id, case_id))
        self.intake.show()

    def _consultation_case(self, ticket_id: int, consultation_id: int, case_id: int) -> None:
        self.context.services.consultations.link_case(self.context.actor, consultation_id, case_id)
        self._linked(ticket_id, case_id)

    def _reload_window(self, ticket_id: int) -> None:
        self.refresh()
        if ticket_id in self.windows:
            self.windows[ticket_id].reload()
