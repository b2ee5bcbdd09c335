"""登记工单: a ticket dispatched by the 12351 / 12345 platform, keyboard first — Tab moves on
(also out of the content box), Enter on a one-line field saves, Esc asks before discarding.
A call is: number, Tab past the platform, category, content, caller, phone, Enter. The received time is now, the officer the one signed in; the deadlines follow 设置 → 工单时限."""

from __future__ import annotations

from db.enums import ConsultCategory, TicketChannel
from desktop.frontdesk.tickets import TicketInput
from ui.context import AppContext
from ui.qt import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateTimeField, EnumCombo
from ui.widgets.forms import GuardedDialog
from ui.widgets.windows import fit_to_screen


def text_box(name: str, placeholder: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name, placeholderText=placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def officer_combo(context: AppContext, name: str, current: int | None) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem("（未指定）", None)
    for officer_id, officer in context.services.consultations.officers():
        combo.addItem(officer, officer_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class TicketDialog(GuardedDialog):
    """A new ticket; ``saved(id)`` after saving."""

    saved = Signal(int)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context, self.service = context, context.services.tickets
        self.setWindowTitle("登记热线工单")
        fit_to_screen(self, 640, 520)
        self.number = QLineEdit(objectName="platformNumber", placeholderText="平台派单的工单编号")
        self.channel = EnumCombo(TicketChannel, objectName="ticketChannel")
        self.received = DateTimeField(self.service.now(), objectName="receivedAt")
        self.category = EnumCombo(ConsultCategory, objectName="ticketCategory")
        self.content = text_box("ticketContent", "诉求内容")
        self.caller = QLineEdit(objectName="callerName", placeholderText="来电人，可不填")
        self.phone = QLineEdit(objectName="callerPhone", placeholderText="来电号码，可不填")
        self.officer = officer_combo(context, "ticketOfficer", context.actor.officer_id)
        self._build()
        self.guard.watch(*self._inputs())
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)
        self.number.setFocus()

    def _inputs(self) -> list[QWidget]:
        return [self.number, self.channel, self.category, self.content, self.caller, self.phone, self.officer,
                self.received]  # the time last: Tab walks through its sections

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in zip(("工单编号", "平台", "诉求类别", "诉求内容", "来电人", "来电号码", "承办人", "接收时间"),
                                 self._inputs()):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("保存（Enter）")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        inputs = self._inputs()
        for first, second in zip(inputs, inputs[1:]):
            QWidget.setTabOrder(first, second)

    def data(self) -> TicketInput:
        return TicketInput(self.number.text(), self.channel.value(), self.received.value(), self.category.value(),
                           self.content.toPlainText(), self.caller.text(), self.phone.text(),
                           self.officer.currentData())

    def fields(self) -> dict[str, QWidget]:
        return {"工单编号": self.number, "接收时间": self.received, "诉求内容": self.content, "来电人": self.caller,
                "来电号码": self.phone}

    def save(self) -> None:
        ticket_id = self.guard.attempt(lambda: self.service.register(self.context.actor, self.data()), self.fields())
        if ticket_id is None:
            return
        self.accept()
        self.saved.emit(ticket_id)
