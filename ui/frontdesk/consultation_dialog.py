"""The consultation form: keyboard first — Tab moves on (also out of the text boxes), Enter
on any one-line field saves, Esc asks before discarding. Today's date, 来访 and the signed-in
officer are filled in, so a walk-in is: name, ID, unit, Tab past the category, question,
answer, Enter."""

from __future__ import annotations

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome
from desktop.frontdesk.consultations import ConsultationInput, ConsultationView
from desktop.parties import EmployerInput, WorkerInput
from ui.context import AppContext
from ui.qt import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateField, EnumCombo
from ui.widgets.forms import GuardedDialog
from ui.widgets.windows import fit_to_screen


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name, placeholderText=placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(80)
    return box


class ConsultationDialog(GuardedDialog):
    """A new consultation, or (with ``view``) correcting one; ``saved(id, outcome)`` after saving."""

    saved = Signal(int, object)

    def __init__(self, context: AppContext, parent=None, view: ConsultationView | None = None,
                 ticket_id: int | None = None) -> None:
        super().__init__(parent)
        self.context, self.view, self.ticket_id = context, view, ticket_id
        self.service = context.services.consultations
        self.setWindowTitle("更正咨询记录 — " + view.number if view else "登记法律咨询")
        fit_to_screen(self, 720, 640)
        self.consulted_on = DateField(context.services.today(), objectName="consultedOn")
        self.channel = EnumCombo(ConsultChannel, objectName="channel")
        self.worker_name = QLineEdit(objectName="workerName", placeholderText="咨询人姓名")
        self.id_number = QLineEdit(objectName="idNumber", placeholderText="可不填；填写则同一证件号只登记一人")
        self.phone = QLineEdit(objectName="phone")
        self.employer = QLineEdit(objectName="employer", placeholderText="用人单位名称，可不填")
        self.category = EnumCombo(ConsultCategory, objectName="category")
        self.question = _text_box("question", "咨询的问题")
        self.answer = _text_box("answer", "解答内容（当场解答时必填）")
        self.officer = QComboBox(objectName="officer")
        self.lawyer = QLineEdit(objectName="lawyer", placeholderText="值班律师姓名，可不填")
        self.outcome = EnumCombo(ConsultOutcome, objectName="outcome")
        self.note = QLineEdit(objectName="outcomeNote", placeholderText="处理说明（「其他」时必填）")
        self._fill_officers()
        self._build()
        if view is not None:
            self._load(view)
        self.guard.watch(*self._inputs())
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)
        self.worker_name.setFocus()

    def _fill_officers(self) -> None:
        self.officer.addItem("（无）", None)
        for officer_id, name in self.service.officers():
            self.officer.addItem(name, officer_id)
        self.officer.setCurrentIndex(max(self.officer.findData(self.context.actor.officer_id), 0))

    def _inputs(self) -> list[QWidget]:
        return [self.worker_name, self.id_number, self.phone, self.employer, self.category, self.question,
                self.answer, self.outcome, self.note, self.officer, self.lawyer, self.consulted_on, self.channel]

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in (("咨询人", self.worker_name), ("身份证号", self.id_number), ("联系电话", self.phone),
                              ("用人单位", self.employer), ("咨询类别", self.category), ("咨询问题", self.question),
                              ("解答内容", self.answer), ("处理结果", self.outcome), ("处理说明", self.note),
                              ("接待人员", self.officer), ("解答律师", self.lawyer), ("咨询日期", self.consulted_on),
                              ("咨询方式", self.channel)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("保存（Enter）")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        inputs = self._inputs()
        for first, second in zip(inputs, inputs[1:]):
            QWidget.setTabOrder(first, second)

    def _load(self, view: ConsultationView) -> None:
        d = view.data
        self.consulted_on.set_value(d.consulted_on)
        self.channel.set_value(d.channel)
        self.worker_name.setText(d.worker.name)
        self.id_number.setText(d.worker.id_number or "")
        self.phone.setText(d.worker.phone or "")
        self.employer.setText(view.employer_name)
        self.category.set_value(d.category)
        self.question.setPlainText(d.question)
        self.answer.setPlainText(d.answer)
        self.officer.setCurrentIndex(max(self.officer.findData(d.officer_id), 0))
        self.lawyer.setText(d.lawyer_name)
        self.outcome.set_value(d.outcome)
        self.note.setText(d.outcome_note)
        for edit in (self.worker_name, self.id_number, self.phone):
            edit.setReadOnly(True)  # the worker's own details are corrected in 当事人信息更正

    def data(self) -> ConsultationInput:
        worker = WorkerInput(self.worker_name.text(), self.id_number.text(), phone=self.phone.text())
        employer = EmployerInput(self.employer.text()) if self.employer.text().strip() else None
        return ConsultationInput(
            self.consulted_on.value(), self.channel.value(), worker, self.category.value(),
            self.question.toPlainText(), self.outcome.value(), self.answer.toPlainText(),
            self.view.data.worker_id if self.view else None, employer, None, self.officer.currentData(),
            self.lawyer.text(), self.note.text(), self.ticket_id)

    def fields(self) -> dict[str, QWidget]:
        return {"咨询日期": self.consulted_on, "姓名": self.worker_name, "身份证号": self.id_number,
                "联系电话": self.phone, "单位名称": self.employer, "咨询问题": self.question, "解答内容": self.answer,
                "接待人员": self.officer, "解答律师": self.lawyer, "处理说明": self.note, "来源工单": self.worker_name}

    def save(self) -> None:
        record_id = self.guard.attempt(self._submit, self.fields())
        if record_id is None:
            return
        self.accept()
        self.saved.emit(record_id, self.outcome.value())

    def _submit(self) -> int:
        actor = self.context.actor
        if self.view is None:
            return self.service.register(actor, self.data())
        self.service.correct(actor, self.view.id, self.data(), self.view.version)
        return self.view.id
