"""年度复核 and 脱困 on one hardship file: small guarded forms over the file's loaded version."""

from __future__ import annotations

from db.enums import HardshipLevel
from desktop.hardship.queries import FileRow
from ui.context import AppContext
from ui.hardship.file_dialog import buttons_for, text_box
from ui.qt import QFormLayout, QLineEdit, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateField, EnumCombo
from ui.widgets.forms import GuardedDialog
from ui.widgets.windows import fit_to_screen


class _StepDialog(GuardedDialog):
    """``done_step(file_id)`` after the service accepted the step."""

    done_step = Signal(int)
    TITLE = ""

    def __init__(self, context: AppContext, row: FileRow, parent=None) -> None:
        super().__init__(parent)
        self.context, self.row = context, row
        self.setWindowTitle(f"{self.TITLE} — {row.number} {row.worker_name}")
        fit_to_screen(self, 520, 320)
        self.on = DateField(context.services.today(), objectName="stepDate")

    def _lay_out(self, rows: list[tuple[str, QWidget]]) -> None:
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons_for(self, self.save))
        widgets = [w for _, w in rows]
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)
        self.guard.watch(*widgets)
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)
        widgets[0].setFocus()

    def save(self) -> None:
        if self.guard.attempt(self._submit, self.fields()) is None:
            return
        self.guard.mark_clean()
        self.accept()
        self.done_step.emit(self.row.id)

    def fields(self) -> dict[str, QWidget]:
        return {}

    def _submit(self):
        raise NotImplementedError


class ReviewDialog(_StepDialog):
    TITLE = "年度复核"

    def __init__(self, context: AppContext, row: FileRow, parent=None) -> None:
        super().__init__(context, row, parent)
        self.level = EnumCombo(HardshipLevel, current=row.level, objectName="reviewLevel")
        self.income = QLineEdit(str(row.income_per_head), objectName="reviewIncome")
        self.note = text_box("reviewNote", "复核意见（调整等级时必填）")
        self._lay_out([("困难等级", self.level), ("家庭月人均收入", self.income), ("复核意见", self.note),
                       ("复核日期", self.on)])

    def fields(self) -> dict[str, QWidget]:
        return {"复核日期": self.on, "复核意见": self.note, "家庭月人均收入": self.income}

    def _submit(self):
        return self.context.services.hardship.files.review(
            self.context.actor, self.row.id, self.row.version, on=self.on.value(), level=self.level.value(),
            income_per_head=self.income.text(), note=self.note.toPlainText())


class RelieveDialog(_StepDialog):
    TITLE = "脱困"

    def __init__(self, context: AppContext, row: FileRow, parent=None) -> None:
        super().__init__(context, row, parent)
        self.reason = QLineEdit(objectName="relieveReason", placeholderText="例如：本人再就业，家庭收入超过标准")
        self._lay_out([("脱困原因", self.reason), ("脱困日期", self.on)])

    def fields(self) -> dict[str, QWidget]:
        return {"脱困日期": self.on, "脱困原因": self.reason}

    def _submit(self):
        return self.context.services.hardship.files.relieve(
            self.context.actor, self.row.id, self.row.version, on=self.on.value(), reason=self.reason.text())
