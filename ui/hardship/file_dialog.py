"""建档: a new hardship file, keyboard only — find the worker (type, Down, Enter), Tab through the
level, household, income, causes; Enter on a one-line field saves, Esc asks before discarding."""

from __future__ import annotations

from db.enums import HardshipLevel
from desktop.errors import ValidationError
from desktop.hardship.files import HardshipDraft
from desktop.parties import search_workers
from ui.context import AppContext
from ui.qt import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTimer, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateField, EnumCombo
from ui.widgets.forms import GuardedDialog, Problem
from ui.widgets.party_search import PartySearchBox
from ui.widgets.windows import fit_to_screen


def text_box(name: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name, placeholderText=placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def buttons_for(dialog, save) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText("保存（Enter）")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class OpenFileDialog(GuardedDialog):
    """``created(file_id)`` once the file is saved."""

    created = Signal(int)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("困难职工建档")
        fit_to_screen(self, 640, 560)
        self.worker = PartySearchBox(lambda text: search_workers(context.database, text),
                                     "输入姓名或身份证号，从列表中选用已登记的职工")
        self.worker.setObjectName("hardshipWorker")
        self.worker_info = QLabel(objectName="hardshipWorkerInfo")
        self.level = EnumCombo(HardshipLevel, current=HardshipLevel.HARDSHIP, objectName="hardshipLevel")
        self.household_size = QSpinBox(objectName="householdSize", minimum=1, maximum=20, value=3)
        self.income = QLineEdit(objectName="incomePerHead", placeholderText="元／人·月，例如 860")
        self.causes = text_box("causes", "致困原因：患病、残疾、子女就学、下岗失业……")
        self.members = text_box("householdMembers", "家庭成员：每行一人（关系 姓名 情况）", 90)
        self.filed_on = DateField(context.services.today(), objectName="filedOn")
        self.worker.picked.connect(self._picked)
        self.worker.cleared.connect(self.worker_info.clear)
        self._build()
        self.guard.watch(*self._inputs())
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)
        self.worker.setFocus()

    def _picked(self, hit) -> None:
        """The worker is chosen: show who, and move on to the level (the search list closes)."""
        self.worker_info.setText(hit.label)
        QTimer.singleShot(0, self._move_on)  # after the list has closed and given the focus back

    def _move_on(self) -> None:
        self.worker.completer().popup().hide()
        self.activateWindow()
        self.level.setFocus()

    def _inputs(self) -> list[QWidget]:
        return [self.worker, self.level, self.household_size, self.income, self.causes, self.members, self.filed_on]

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in (("职工", self.worker), ("", self.worker_info), ("困难等级", self.level),
                              ("家庭人口", self.household_size), ("家庭月人均收入", self.income),
                              ("致困原因", self.causes), ("家庭成员", self.members), ("建档日期", self.filed_on)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons_for(self, self.save))
        inputs = self._inputs()
        for first, second in zip(inputs, inputs[1:]):
            QWidget.setTabOrder(first, second)

    def fields(self) -> dict[str, QWidget]:
        return {"职工": self.worker, "家庭人口": self.household_size, "家庭月人均收入": self.income,
                "致困原因": self.causes}

    def save(self) -> None:
        if self.worker.chosen is None:
            self.guard.check([Problem(self.worker, "请从查找结果中选定职工（输入姓名后按↓选择）")])
            return
        result = self.guard.attempt(self._submit, self.fields())
        if result is None:
            return
        self.guard.mark_clean()
        self.accept()
        self.created.emit(result.id)

    def _submit(self):
        if not self.income.text().strip():
            raise ValidationError("请填写家庭月人均收入", field="家庭月人均收入")
        draft = HardshipDraft(self.worker.chosen.id, self.level.value(), self.household_size.value(),
                              self.income.text(), self.causes.toPlainText(), self.filed_on.value(),
                              self.members.toPlainText())
        return self.context.services.hardship.files.open_file(self.context.actor, draft)
