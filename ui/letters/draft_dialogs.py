"""Forms that edit a whole letter body: a new matter (with its first letter) and a letter draft."""

from __future__ import annotations

from datetime import date

from db.enums import DayUnit, LetterKind, MatterSource
from desktop.letters import LetterView, MatterInput
from desktop.settings import LetterDeadline
from ui.letters.content_form import ContentForm
from ui.letters.dialogs import ActionDialog
from ui.letters.fields import date_edit, date_of, enum_combo
from ui.qt import QComboBox, QLineEdit


class DraftDialog(ActionDialog):
    """Edit a draft letter; ``on_submit`` receives its ``LetterContent``."""

    def __init__(self, letter: LetterView, on_submit, parent=None) -> None:
        super().__init__(f"修改{letter.kind.label}草稿", on_submit, parent)
        self.resize(820, 600)
        self.content_form = ContentForm(letter.kind, letter)
        self.form.addRow(self.content_form)

    def value(self):
        return self.content_form.content()


class MatterDialog(ActionDialog):
    """Start a supervision matter: the employer, what was found, and the first letter's problems."""

    def __init__(self, employers: list[tuple[int, str]], today: date, deadline: LetterDeadline,
                 on_submit, parent=None) -> None:
        super().__init__("新建劳动法律监督事项", on_submit, parent)
        self.resize(860, 640)
        self.employer = QComboBox(objectName="employer")
        self.employer.setEditable(True)
        for employer_id, name in employers:
            self.employer.addItem(name, employer_id)
        self.employer.setCurrentIndex(-1)
        self.source = enum_combo([s for s in MatterSource if s is not MatterSource.MEDIATION_CASE], "source")
        self.found_on = date_edit(today, "found_on")
        self.check_method = QLineEdit(objectName="check_method")
        self.check_method.setPlaceholderText("如：现场检查、查阅工资台账、职工座谈")
        self.content_form = ContentForm(LetterKind.PROMPT)
        self.content_form.deadline_days.setValue(deadline.days)
        self.content_form.deadline_unit.set_value(DayUnit(deadline.unit))
        for label, widget in (("用人单位", self.employer), ("线索来源", self.source), ("发现日期", self.found_on),
                              ("检查方式", self.check_method)):
            self.form.addRow(label, widget)
        self.form.addRow(self.content_form)

    def employer_id(self) -> int | None:
        index = self.employer.findText(self.employer.currentText().strip())
        return self.employer.itemData(index) if index >= 0 else None

    def value(self) -> MatterInput:
        from desktop.errors import ValidationError

        employer_id = self.employer_id()
        if employer_id is None:
            raise ValidationError("请从列表中选择已登记的用人单位", field="用人单位")
        content = self.content_form.content()
        return MatterInput(
            employer_id=employer_id, source=self.source.value(), found_on=date_of(self.found_on),
            facts=content.facts, check_method=self.check_method.text(), workers_affected=content.workers_affected,
            amount_involved=content.amount_involved, letter=content,
        )
