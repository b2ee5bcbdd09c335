"""核准: the calculated amount by default; another amount needs a reason.

The dialog approves through ``submit`` before it closes: a bad amount or a refused approval
leaves it open with what was typed, the wrong field marked."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from desktop.money import format_amount
from ui.qt import QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit
from ui.widgets.fields import MoneyField
from ui.widgets.forms import GuardedDialog

Submit = Callable[[Decimal, str], object]


class ApproveDialog(GuardedDialog):
    def __init__(self, number: str, calculated: Decimal, calculation_text: str, submit: Submit,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"核准理赔 {number}")
        self.resize(560, 420)
        self.calculated, self.submit, self.result_ = calculated, submit, None
        self.amount = MoneyField(calculated, objectName="amount", label="核准金额")
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setPlaceholderText("核准金额与计算金额不同时必须填写原因")
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("核准")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.approve)
        self.buttons.rejected.connect(self.reject)
        shown = QPlainTextEdit(calculation_text, readOnly=True)
        form = QFormLayout(self)
        form.addRow("计算过程", shown)
        form.addRow("计算金额", QLabel(f"¥{format_amount(calculated)}"))
        form.addRow("核准金额（元）", self.amount)
        form.addRow("调整原因", self.reason)
        form.addRow(self.buttons)
        self.guard.watch(self.amount, self.reason)

    def values(self) -> tuple[Decimal, str]:
        """The amount and reason typed; raises ValidationError for a bad amount."""
        return self.amount.value(), self.reason.toPlainText().strip()

    def approve(self) -> None:
        """Approve, and close only when the service accepted it."""
        fields = {"核准金额": self.amount, "调整原因": self.reason, "核准原因": self.reason}
        result = self.guard.attempt(lambda: self.submit(*self.values()), fields)
        if result is not None:
            self.result_ = result
            self.accept()
