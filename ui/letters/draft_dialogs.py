"""Forms that edit a whole letter body: a new matter (with its first letter) and a letter draft."""

from __future__ import annotations

from datetime import date

from db.enums import DayUnit, LetterKind, MatterSource
from desktop.letters import LetterView, MatterInput, MatterOrigin, MatterView
from desktop.parties import EmployerInput
from desktop.settings import LetterDeadline
from ui.letters.content_form import ContentForm
from ui.letters.dialogs import ActionDialog
from ui.widgets.fields import EnumCombo
from ui.letters.fields import date_edit, date_of
from ui.qt import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit
from ui.widgets.party_search import PartySearchBox
from ui.widgets.windows import fit_to_screen


class OriginRow(QHBoxLayout):
    """线索来源 · 发现日期 · 检查方式: how a matter was found, as its letters quote it."""

    def __init__(self, today: date, matter: MatterView | None = None) -> None:
        super().__init__()
        from_case = matter is not None and matter.source is MatterSource.MEDIATION_CASE
        sources = [s for s in MatterSource if from_case or s is not MatterSource.MEDIATION_CASE]
        self.source = EnumCombo(sources, current=matter.source if matter else None, objectName="source")
        self.source.setEnabled(not from_case)
        self.found_on = date_edit(matter.found_on if matter else today, "found_on")
        self.check_method = QLineEdit(matter.check_method or "" if matter else "", objectName="check_method")
        self.check_method.setPlaceholderText("如：现场检查、查阅工资台账、职工座谈")
        for label, widget in (("线索来源", self.source), ("发现日期", self.found_on), ("检查方式", self.check_method)):
            self.addWidget(QLabel(label))
            self.addWidget(widget, 1 if widget is self.check_method else 0)

    def origin(self) -> MatterOrigin:
        return MatterOrigin(self.source.value(), date_of(self.found_on), self.check_method.text())


class DraftDialog(ActionDialog):
    """Edit a draft letter; ``on_submit`` receives its ``LetterContent`` and, when ``matter`` is
    given (no letter of it signed yet), the matter's ``MatterOrigin`` too."""

    def __init__(self, letter: LetterView, on_submit, parent=None, matter: MatterView | None = None,
                 today: date | None = None) -> None:
        super().__init__(f"修改{letter.kind.label}草稿", on_submit, parent)
        fit_to_screen(self, 820, 640)
        self.origin_row = OriginRow(today or date.today(), matter) if matter is not None else None
        if self.origin_row is not None:
            self.form.addRow(self.origin_row)
        self.content_form = ContentForm(letter.kind, letter)
        self.form.addRow(self.content_form)

    def value(self):
        origin = self.origin_row.origin() if self.origin_row is not None else None
        return self.content_form.content(), origin


class EmployerPicker(QGroupBox):
    """Find an employer on file as you type, or fill in a new one."""

    NEW_FIELDS = (("name", "单位名称"), ("credit_code", "统一社会信用代码"), ("street", "街道/乡镇"),
                  ("industry", "行业"), ("address", "地址"))

    def __init__(self, search, parent=None) -> None:
        super().__init__("用人单位", parent)
        self.search = PartySearchBox(search, "查找已登记的单位：输入名称或统一社会信用代码，从列表中选用")
        self.search.setObjectName("employer_search")
        self.chosen_label = QLabel("未选择：可从上方查找，或在下方登记新单位", objectName="employer_chosen")
        self.edits = {key: QLineEdit(objectName=f"new_{key}") for key, _ in self.NEW_FIELDS}
        form = QFormLayout(self)
        form.addRow(self.search)
        form.addRow(self.chosen_label)
        row = QHBoxLayout()
        for key, label in self.NEW_FIELDS[:3]:
            self.edits[key].setPlaceholderText(f"新单位{label}")
            row.addWidget(self.edits[key])
        form.addRow("或登记新单位", row)
        self.search.picked.connect(lambda hit: self.chosen_label.setText(f"已选择：{hit.label}"))
        self.search.cleared.connect(lambda: self.chosen_label.setText("未选择"))

    def employer_id(self) -> int | None:
        return self.search.chosen.id if self.search.chosen else None

    def new_employer(self) -> EmployerInput | None:
        values = {key: edit.text().strip() or None for key, edit in self.edits.items()}
        return EmployerInput(**values) if values["name"] else None


class MatterDialog(ActionDialog):
    """Start a supervision matter: the employer, what was found, and the first letter's problems."""

    def __init__(self, search, today: date, deadline: LetterDeadline, on_submit, parent=None) -> None:
        super().__init__("新建劳动法律监督事项", on_submit, parent)
        fit_to_screen(self, 880, 680)
        self.employer = EmployerPicker(search)
        self.origin_row = OriginRow(today)
        self.source, self.found_on, self.check_method = (self.origin_row.source, self.origin_row.found_on,
                                                         self.origin_row.check_method)
        self.content_form = ContentForm(LetterKind.PROMPT)
        self.content_form.deadline_days.setValue(deadline.days)
        self.content_form.deadline_unit.set_value(DayUnit(deadline.unit))
        self.form.addRow(self.employer)
        self.form.addRow(self.origin_row)
        self.form.addRow(self.content_form)

    def value(self) -> MatterInput:
        content = self.content_form.content()
        return MatterInput(
            employer_id=self.employer.employer_id(), new_employer=self.employer.new_employer(),
            source=self.source.value(), found_on=date_of(self.found_on), facts=content.facts,
            check_method=self.check_method.text(), workers_affected=content.workers_affected,
            amount_involved=content.amount_involved, letter=content,
        )
