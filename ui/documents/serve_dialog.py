"""登记送达: the date, the method and who received the document."""

from __future__ import annotations

from datetime import date

from db.enums import DeliveryMethod
from ui.widgets.fields import DateField
from ui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit


class ServeDialog(QDialog):
    def __init__(self, recipient: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("登记送达")
        self.served_on = DateField(objectName="served_on")
        self.served_on.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox(objectName="method")
        for method in DeliveryMethod:
            self.method.addItem(method.label, method)
        self.served_to = QLineEdit(recipient or "", objectName="served_to")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("送达日期", self.served_on)
        form.addRow("送达方式", self.method)
        form.addRow("受送达人（签收人）", self.served_to)
        form.addRow(buttons)

    def values(self) -> tuple[date, DeliveryMethod, str]:
        return self.served_on.date().toPython(), self.method.currentData(), self.served_to.text().strip()

    @classmethod
    def ask(cls, parent, recipient: str | None) -> tuple[date, DeliveryMethod, str] | None:
        dialog = cls(recipient, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
