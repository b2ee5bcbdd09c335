"""核准: the calculated amount by default; another amount needs a reason."""

from __future__ import annotations

from decimal import Decimal

from desktop.money import format_amount, parse_amount
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit


class ApproveDialog(QDialog):
    def __init__(self, number: str, calculated: Decimal, calculation_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"核准理赔 {number}")
        self.resize(560, 420)
        self.calculated = calculated
        self.amount = QLineEdit(f"{calculated:.2f}", objectName="amount")
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setPlaceholderText("核准金额与计算金额不同时必须填写原因")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("核准")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        shown = QPlainTextEdit(calculation_text, readOnly=True)
        form = QFormLayout(self)
        form.addRow("计算过程", shown)
        form.addRow("计算金额", QLabel(f"¥{format_amount(calculated)}"))
        form.addRow("核准金额（元）", self.amount)
        form.addRow("调整原因", self.reason)
        form.addRow(self.buttons)

    def values(self) -> tuple[Decimal, str]:
        """The amount and reason typed; raises ValidationError for a bad amount."""
        return parse_amount(self.amount.text(), field="核准金额"), self.reason.toPlainText().strip()
