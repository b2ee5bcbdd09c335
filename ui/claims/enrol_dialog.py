"""登记参保: enrol one member in the selected plan (rosters come through the workbook import)."""

from __future__ import annotations

from datetime import date

from desktop.claims.enrolment import EnrolmentResult, RosterRow
from desktop.claims.plans import PlanRow
from ui.claims.common import attempt, date_edit, date_of
from ui.context import AppContext
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit
from ui.widgets.prompts import prompt_for

FIELDS = (("name", "姓名"), ("id_number", "身份证号"), ("phone", "手机号码"), ("unit", "所属单位"),
          ("card_no", "会员卡号（京卡）"))


class EnrolDialog(QDialog):
    def __init__(self, context: AppContext, plan: PlanRow, parent=None) -> None:
        super().__init__(parent)
        self.context, self.plan = context, plan
        self.result_: EnrolmentResult | None = None
        self.setWindowTitle(f"登记参保 — {plan.name}")
        self.edits = {key: QLineEdit(objectName=f"enrol_{key}") for key, _ in FIELDS}
        self.start_on = date_edit(max(date.today(), plan.term_start), "enrol_start")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("登记参保")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"保障期 {plan.term_start} 至 {plan.term_end}；等待期自参保起始日起算。"))
        for key, label in FIELDS:
            form.addRow(label, self.edits[key])
        form.addRow("参保起始日", self.start_on)
        form.addRow(buttons)

    def row(self) -> RosterRow:
        return RosterRow(**{key: edit.text().strip() for key, edit in self.edits.items()}, row_no=1)

    def save(self) -> None:
        service = self.context.services.claims.enrolment
        result = attempt(self, lambda: service.enrol_members(self.context.actor, self.plan.id, [self.row()],
                                                             start_on=date_of(self.start_on)))
        if result is None:
            return
        if not result.ok:
            prompt_for(self).warn(self, "无法登记", "\n".join(f"「{p.field}」：{p.message}" for p in result.problems))
            return
        self.result_ = result
        prompt_for(self).inform(self, "已登记", result.summary())
        self.accept()
