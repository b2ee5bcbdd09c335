"""新建帮扶项目: the kind, the round's name and year, the campaign date (送温暖), a fixed sum for every
recipient or none (amounts by the standards), a note."""

from __future__ import annotations

from db.enums import AidKind
from desktop.aid.programmes import ProgrammeDraft
from ui.context import AppContext
from ui.hardship.file_dialog import buttons_for, text_box
from ui.qt import QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateField, EnumCombo
from ui.widgets.forms import GuardedDialog
from ui.widgets.windows import fit_to_screen


class ProgrammeDialog(GuardedDialog):
    """``created(programme_id)`` once saved."""

    created = Signal(int)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("新建帮扶项目")
        fit_to_screen(self, 560, 400)
        today = context.services.today()
        self.kind = EnumCombo(AidKind, current=AidKind.SCHOOL, objectName="programmeKind")
        self.name = QLineEdit(objectName="programmeName", placeholderText=f"例如「{today.year}年金秋助学」")
        self.year = QSpinBox(objectName="programmeYear", minimum=2000, maximum=2100, value=today.year)
        self.held_on = DateField(today, objectName="programmeHeldOn")
        self.fixed = QLineEdit(objectName="programmeFixed", placeholderText="每人统一金额；留空则按帮扶标准分档")
        self.note = text_box("programmeNote", "说明（资金来源、文件依据等）")
        self.kind.currentIndexChanged.connect(lambda _i: self.held_on.setEnabled(self.kind.value() is AidKind.WINTER))
        self.held_on.setEnabled(False)
        form = QFormLayout()
        rows = (("项目类别", self.kind), ("项目名称", self.name), ("年度", self.year), ("活动日期", self.held_on),
                ("统一金额", self.fixed), ("说明", self.note))
        for label, widget in rows:
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons_for(self, self.save))
        self.guard.watch(*[w for _, w in rows])
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)
        self.kind.setFocus()

    def fields(self) -> dict[str, QWidget]:
        return {"项目名称": self.name, "年度": self.year, "统一金额": self.fixed}

    def save(self) -> None:
        kind = self.kind.value()
        draft = ProgrammeDraft(kind, self.name.text(), self.year.value(),
                               self.held_on.value() if kind is AidKind.WINTER else None,
                               self.fixed.text().strip() or None, self.note.toPlainText())
        result = self.guard.attempt(lambda: self.context.services.aid.programmes.create(self.context.actor, draft),
                                    self.fields())
        if result is None:
            return
        self.guard.mark_clean()
        self.accept()
        self.created.emit(result)
