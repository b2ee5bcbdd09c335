"""The legal-aid application form (登记法律援助申请): keyboard only — type, Tab, Enter saves, Esc
asks before discarding. Today's date and one worker are filled in; from a consultation
(转法律援助) the worker, the unit, the category and the question come prefilled and the
consultation is linked when the application is saved."""

from __future__ import annotations

from db.enums import ConsultCategory
from desktop.frontdesk.consultations import ConsultationView
from desktop.frontdesk.legal_aid_inputs import ApplicationInput
from desktop.parties import EmployerInput, WorkerInput
from ui.context import AppContext
from ui.frontdesk.ticket_dialog import text_box
from ui.qt import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateField, EnumCombo, MoneyField
from ui.widgets.forms import GuardedDialog
from ui.widgets.windows import fit_to_screen


class LegalAidDialog(GuardedDialog):
    """A new application; ``saved(id)`` after saving. ``consultation`` prefills and links."""

    saved = Signal(int)

    def __init__(self, context: AppContext, parent=None, consultation: ConsultationView | None = None) -> None:
        super().__init__(parent)
        self.context, self.consultation = context, consultation
        self.service = context.services.legal_aid
        self.setWindowTitle("登记法律援助申请" + (f" — 来自咨询 {consultation.number}" if consultation else ""))
        fit_to_screen(self, 720, 600)
        self.origin = QLabel(objectName="legalAidOrigin")
        self.worker_name = QLineEdit(objectName="aidWorkerName", placeholderText="申请人姓名")
        self.id_number = QLineEdit(objectName="aidIdNumber", placeholderText="可不填；填写则同一证件号只登记一人")
        self.phone = QLineEdit(objectName="aidPhone")
        self.employer = QLineEdit(objectName="aidEmployer", placeholderText="用人单位名称，可不填")
        self.category = EnumCombo(ConsultCategory, objectName="aidCategory")
        self.matter = text_box("aidMatter", "申请援助的事项和请求", 90)
        self.amount = MoneyField(objectName="aidAmount")
        self.workers = QSpinBox(objectName="aidWorkers")
        self.workers.setRange(1, 9999)
        self.applied_on = DateField(context.services.today(), objectName="aidAppliedOn")
        self._build()
        if consultation is not None:
            self._prefill(consultation)
        self.guard.watch(*self._inputs())
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)
        self.worker_name.setFocus()

    def _inputs(self) -> list[QWidget]:
        return [self.worker_name, self.id_number, self.phone, self.employer, self.category, self.matter,
                self.amount, self.workers, self.applied_on]

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in (("申请人", self.worker_name), ("身份证号", self.id_number), ("联系电话", self.phone),
                              ("用人单位", self.employer), ("争议类别", self.category), ("援助事项", self.matter),
                              ("请求金额（元）", self.amount), ("涉及人数", self.workers),
                              ("申请日期", self.applied_on)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("保存（Enter）")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addLayout(form)
        layout.addWidget(buttons)
        inputs = self._inputs()
        for first, second in zip(inputs, inputs[1:]):
            QWidget.setTabOrder(first, second)

    def _prefill(self, view: ConsultationView) -> None:
        worker = view.data.worker
        self.origin.setText(f"转自法律咨询 {view.number}：{view.worker_name}（保存后两条记录相互关联）")
        self.worker_name.setText(worker.name)
        self.id_number.setText(worker.id_number or "")
        self.phone.setText(worker.phone or "")
        for edit in (self.worker_name, self.id_number, self.phone):
            edit.setReadOnly(True)  # the one identity on file
        self.employer.setText(view.employer_name)
        self.category.set_value(view.data.category)
        self.matter.setPlainText(view.data.question)

    def data(self) -> ApplicationInput:
        c = self.consultation
        worker = WorkerInput(self.worker_name.text(), self.id_number.text(), phone=self.phone.text())
        employer = EmployerInput(self.employer.text()) if self.employer.text().strip() else None
        return ApplicationInput(self.applied_on.value(), worker, self.category.value(), self.matter.toPlainText(),
                                self.amount.value("请求金额"),
                                self.workers.value(), c.data.worker_id if c else None, employer, None,
                                c.id if c else None)

    def fields(self) -> dict[str, QWidget]:
        return {"申请日期": self.applied_on, "姓名": self.worker_name, "身份证号": self.id_number,
                "联系电话": self.phone, "单位名称": self.employer, "援助事项": self.matter, "请求金额": self.amount,
                "涉及人数": self.workers, "来源咨询": self.worker_name}

    def save(self) -> None:
        record_id = self.guard.attempt(lambda: self.service.apply(self.context.actor, self.data()), self.fields())
        if record_id is None:
            return
        self.accept()
        self.saved.emit(record_id)
