"""One ticket: what the platform sent and its limits at the top; tabs 联系记录 / 办理结果 / 回访
(keys ``contacts`` / ``result`` / ``visit``, as the due list opens them) where the officer adds
a contact, records the result and the visit; 转调解 and 转咨询 below. Each step saves on its own
(version-checked); the window then reloads the ticket."""

from __future__ import annotations

from collections.abc import Callable

from db.enums import Satisfaction, TicketStatus
from desktop.auth import Permission
from desktop.frontdesk.ticket_listing import TicketView, ticket_view
from ui.context import AppContext
from ui.frontdesk.ticket_dialog import text_box
from ui.qt import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout,
                   QWidget, Signal)
from ui.widgets.fields import DateTimeField, EnumCombo
from ui.widgets.forms import GuardedDialog
from ui.widgets.tables import fill, table_widget
from ui.widgets.windows import fit_to_screen

TAB_KEYS = ("contacts", "result", "visit")
METHODS = ("电话", "短信", "面谈", "微信", "上门", "其他")


def _moment(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _right(button: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


class TicketWindow(GuardedDialog):
    """``refer_case(view)`` / ``refer_consultation(view)`` are the page's (it opens the forms)."""

    changed = Signal(int)

    def __init__(self, context: AppContext, ticket_id: int, parent=None, *,
                 refer_case: Callable[[TicketView], object], refer_consultation: Callable[[TicketView], object]):
        super().__init__(parent)
        self.context, self.service, self.ticket_id = context, context.services.tickets, ticket_id
        fit_to_screen(self, 900, 680)
        self.summary = QLabel(objectName="ticketSummary", wordWrap=True)
        self.content = QLabel(objectName="ticketContentShown", wordWrap=True)
        self.tabs = QTabWidget(objectName="ticketTabs")
        self.contacts = table_widget(("联系时间", "方式", "联系情况", "登记人"), "ticketContacts", stretch=2)
        self.contact_at = DateTimeField(objectName="contactAt")
        self.method = QComboBox(objectName="contactMethod", editable=True)
        self.method.addItems(METHODS)
        self.note = text_box("contactNote", "与来电人或单位联系的情况", 70)
        self.add_contact_button = QPushButton("添加联系记录", objectName="addContact")
        self.finished_at = DateTimeField(objectName="finishedAt")
        self.result = text_box("ticketResult", "办理结果（回复平台的内容）", 120)
        self.finish_button = QPushButton("登记办理结果", objectName="finishTicket")
        self.visited_at = DateTimeField(objectName="visitedAt")
        self.satisfaction = EnumCombo(Satisfaction, objectName="satisfaction")
        self.visit_note = QLineEdit(objectName="visitNote", placeholderText="回访情况，可不填")
        self.visit_button = QPushButton("登记回访并办结", objectName="visitTicket")
        for field in (self.contact_at, self.finished_at, self.visited_at, self.method, self.satisfaction):
            field.setMaximumWidth(220)
        self.to_case = QPushButton("转调解", objectName="ticketToCase")
        self.to_consultation = QPushButton("转咨询", objectName="ticketToConsultation")
        self._build()
        self.guard.watch(self.note, self.result, self.visit_note)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.finish_button.clicked.connect(self.finish)
        self.visit_button.clicked.connect(self.visit)
        self.to_case.clicked.connect(lambda: refer_case(self.view))
        self.to_consultation.clicked.connect(lambda: refer_consultation(self.view))
        self.reload()

    def _build(self) -> None:
        self.tabs.addTab(self._contacts_tab(), "联系记录")
        self.tabs.addTab(self._step_tab(("办结时间", self.finished_at), ("办理结果", self.result), self.finish_button),
                         "办理结果")
        self.tabs.addTab(self._step_tab(("回访时间", self.visited_at), ("满意度", self.satisfaction),
                                        ("回访情况", self.visit_note), self.visit_button), "回访")
        links = QHBoxLayout()
        links.addStretch(1)
        for button in (self.to_case, self.to_consultation):
            links.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.content)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(links)

    def _contacts_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout()
        form.addRow("联系时间", self.contact_at)
        form.addRow("联系方式", self.method)
        form.addRow("联系情况", self.note)
        form.addRow("", _right(self.add_contact_button))
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(form)
        return tab

    def _step_tab(self, *rows) -> QWidget:
        tab = QWidget()
        form = QFormLayout()
        for row in rows:
            if isinstance(row, tuple):
                form.addRow(*row)
            else:
                form.addRow("", _right(row))
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def show_tab(self, key: str | None) -> None:
        if key in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def reload(self) -> None:
        self.view = v = ticket_view(self.context.database, self.ticket_id)
        self.setWindowTitle(f"热线工单 — {v.title}（{v.status.label}）")
        links = "；".join(p for p in (v.case_number and f"已转调解：{v.case_number}",
                                     v.consultation_number and f"已转咨询：{v.consultation_number}") if p)
        self.summary.setText(
            f"<b>{v.title}</b>　状态：<b>{v.status.label}</b>　类别：{v.category.label}　承办人：{v.officer or '未指定'}<br>"
            f"接收：{_moment(v.received_at)}　响应期限：{_moment(v.reply_by)}　办结期限：{_moment(v.finish_by)}<br>"
            f"<span style='color:#666'>{v.deadline_explanation}</span><br>"
            f"来电人：{v.caller_name or '—'}　号码：{v.caller_phone or '—'}　{links}")
        self.content.setText("诉求内容：" + v.content)
        fill(self.contacts, [(_moment(c.contacted_at), c.method, c.note, c.officer) for c in v.contacts])
        self._show_steps(v)

    def _show_steps(self, v: TicketView) -> None:
        allowed = self.context.can(Permission.FRONT_DESK)
        open_ = allowed and v.status is not TicketStatus.CLOSED
        for widget in (self.contact_at, self.method, self.note, self.add_contact_button):
            widget.setEnabled(open_)
        finishing = allowed and v.status is TicketStatus.RESPONDED
        if not finishing and v.result:
            self.result.setPlainText(v.result)
            self.finished_at.set_value(v.finished_at)
        for widget in (self.finished_at, self.result, self.finish_button):
            widget.setEnabled(finishing)
        visiting = allowed and v.status is TicketStatus.FINISHED
        if v.status is TicketStatus.CLOSED and v.satisfaction is not None:
            self.satisfaction.set_value(v.satisfaction)
            self.visit_note.setText(v.visit_note)
            self.visited_at.set_value(v.closed_at)
        for widget in (self.visited_at, self.satisfaction, self.visit_note, self.visit_button):
            widget.setEnabled(visiting)
        self.to_case.setEnabled(allowed and v.case_id is None)
        self.to_consultation.setEnabled(allowed and v.consultation_id is None)
        self.guard.mark_clean()

    def _step(self, call: Callable[[], object], fields: dict[str, QWidget]) -> bool:
        if self.guard.attempt(lambda: call() or True, fields) is None:
            return False
        self.reload()
        self.changed.emit(self.ticket_id)
        return True

    def add_contact(self) -> None:
        actor, v = self.context.actor, self.view
        if self._step(lambda: self.service.add_contact(actor, v.id, v.version, self.contact_at.value(),
                                                       self.method.currentText(), self.note.toPlainText()),
                      {"联系时间": self.contact_at, "联系方式": self.method, "联系情况": self.note}):
            self.note.clear()
            self.guard.mark_clean()

    def finish(self) -> None:
        actor, v = self.context.actor, self.view
        self._step(lambda: self.service.finish(actor, v.id, v.version, self.finished_at.value(),
                                               self.result.toPlainText()),
                   {"办结时间": self.finished_at, "办理结果": self.result})

    def visit(self) -> None:
        actor, v = self.context.actor, self.view
        self._step(lambda: self.service.visit(actor, v.id, v.version, self.visited_at.value(),
                                              self.satisfaction.value(), self.visit_note.text()),
                   {"回访时间": self.visited_at, "回访情况": self.visit_note})
