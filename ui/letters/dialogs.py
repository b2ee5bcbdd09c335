"""The small action forms: sign, deliver, reply, department answers, escalate, close.

Each form is opened non-modally-blocking (``open()``) and calls ``on_submit(value)``
when the officer presses OK; an expected error is shown and the form stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from db.enums import DeliveryMethod, RectificationResult
from desktop.errors import UserError
from desktop.letters import Delivery, DepartmentResult, Figures, Reply
from ui.errors import show_user_error
from ui.widgets.fields import EnumCombo
from ui.letters.fields import amount_edit, amount_of, date_edit, date_of
from ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class ActionDialog(QDialog):
    """A titled form with OK/Cancel; ``value()`` builds the input, ``on_submit`` saves it."""

    def __init__(self, title: str, on_submit: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.on_submit = on_submit
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def value(self):
        raise NotImplementedError

    def submit(self) -> None:
        try:
            self.on_submit(self.value())
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()


class DateDialog(ActionDialog):
    """A date and, when ``reason_label`` is given, a text (reason, result...)."""

    def __init__(self, title: str, date_label: str, today: date, on_submit, parent=None,
                 reason_label: str | None = None) -> None:
        super().__init__(title, on_submit, parent)
        self.day = date_edit(today, "day")
        self.form.addRow(date_label, self.day)
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setFixedHeight(80)
        if reason_label:
            self.form.addRow(reason_label, self.reason)
        else:
            self.reason.hide()

    def value(self) -> tuple[date, str]:
        return date_of(self.day), self.reason.toPlainText().strip()


class DeliveryDialog(ActionDialog):
    def __init__(self, today: date, copy_to: str | None, copied: bool, on_submit, parent=None) -> None:
        super().__init__("登记送达", on_submit, parent)
        self.method = EnumCombo(DeliveryMethod, objectName="method")
        self.day = date_edit(today, "day")
        self.copy_to = QLineEdit(copy_to or "", objectName="copy_to")
        self.procuratorate = QCheckBox("已抄送检察机关", objectName="procuratorate")
        self.procuratorate.setChecked(copied)
        for label, widget in (("送达方式", self.method), ("送达日期", self.day), ("抄送", self.copy_to),
                              ("", self.procuratorate)):
            self.form.addRow(label, widget)

    def value(self) -> Delivery:
        return Delivery(self.method.value(), date_of(self.day), self.copy_to.text(),
                        self.procuratorate.isChecked())


class FiguresEditor(QWidget):
    """The figures the centre reports for a letter."""

    def __init__(self, form: QFormLayout, figures: Figures = Figures()) -> None:
        super().__init__()
        self.wages = amount_edit(figures.wages_recovered, "wages")
        self.insurance = amount_edit(figures.insurance_backpaid, "insurance")
        self.contracts = _count_spin(figures.contracts_signed, "contracts")
        self.workers = _count_spin(figures.workers_covered, "workers")
        for label, widget in (("追回（补发）工资（元）", self.wages), ("补缴社会保险（元）", self.insurance),
                              ("补签劳动合同（份）", self.contracts), ("惠及职工（人）", self.workers)):
            form.addRow(label, widget)

    def value(self) -> Figures:
        return Figures(amount_of(self.wages, "追回工资"), amount_of(self.insurance, "补缴社会保险"),
                       self.contracts.value(), self.workers.value())


def _count_spin(value: int, name: str) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(0, 100000)
    spin.setValue(value)
    return spin


class ReplyDialog(ActionDialog):
    def __init__(self, today: date, on_submit, parent=None) -> None:
        super().__init__("登记单位回复及整改结果", on_submit, parent)
        self.day = date_edit(today, "day")
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setFixedHeight(90)
        self.result = EnumCombo(RectificationResult, objectName="result")
        self.form.addRow("回复日期", self.day)
        self.form.addRow("回复内容摘要", self.summary)
        self.form.addRow("整改结果", self.result)
        self.figures = FiguresEditor(self.form)

    def value(self) -> Reply:
        return Reply(date_of(self.day), self.summary.toPlainText(), self.result.value(), self.figures.value())


class DepartmentResultDialog(ActionDialog):
    def __init__(self, today: date, on_submit, parent=None) -> None:
        super().__init__("登记部门处理结果", on_submit, parent)
        self.day = date_edit(today, "day")
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setFixedHeight(90)
        self.form.addRow("收到结果日期", self.day)
        self.form.addRow("处理结果", self.summary)
        self.figures = FiguresEditor(self.form)

    def value(self) -> DepartmentResult:
        return DepartmentResult(date_of(self.day), self.summary.toPlainText(), self.figures.value())


class EscalateDialog(ActionDialog):
    def __init__(self, title: str, department: str | None, on_submit, parent=None) -> None:
        super().__init__(title, on_submit, parent)
        self.department = QLineEdit(department or "", objectName="department")
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText("可不填：默认写明当前状态")
        if department is not None:
            self.form.addRow("主送部门", self.department)
        self.form.addRow("升级理由", self.reason)

    def value(self) -> tuple[str, str]:
        return self.department.text(), self.reason.text()
