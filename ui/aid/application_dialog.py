"""申请帮扶: a programme, the worker (type, Down, Enter), for 金秋助学 the child (name, ID number, stage,
admission year, school); eligibility and the amount are decided by the service, refusals name the field."""

from __future__ import annotations

from db.enums import AidKind, SchoolStage
from desktop.aid.applications import ApplicationDraft
from desktop.aid.queries import ProgrammeRow
from desktop.parties import search_workers
from ui.context import AppContext
from ui.hardship.file_dialog import buttons_for, text_box
from ui.qt import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget, Signal
from ui.widgets.commands import install_dialog_keys
from ui.widgets.fields import DateField, EnumCombo
from ui.widgets.forms import GuardedDialog, Problem
from ui.widgets.party_search import PartySearchBox
from ui.widgets.windows import fit_to_screen


class ApplicationDialog(GuardedDialog):
    """``created(application_id)`` once the application is saved."""

    created = Signal(int)

    def __init__(self, context: AppContext, programmes: list[ProgrammeRow], current: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.context, self.programmes = context, programmes
        self.setWindowTitle("帮扶申请")
        fit_to_screen(self, 640, 560)
        today = context.services.today()
        self.programme = QComboBox(objectName="aidProgramme")
        self.programme.addItems([f"{p.name}（{p.kind.label}）" for p in programmes])
        if current is not None and current in [p.id for p in programmes]:
            self.programme.setCurrentIndex([p.id for p in programmes].index(current))
        self.worker = PartySearchBox(lambda text: search_workers(context.database, text),
                                     "输入姓名或身份证号，从列表中选用已登记的职工")
        self.worker.setObjectName("aidWorker")
        self.worker_info = QLabel(objectName="aidWorkerInfo")
        self.child_name = QLineEdit(objectName="childName")
        self.child_id = QLineEdit(objectName="childIdNumber", placeholderText="18 位公民身份号码")
        self.stage = EnumCombo(SchoolStage, current=SchoolStage.UNDERGRADUATE, objectName="schoolStage")
        self.admission = QSpinBox(objectName="admissionYear", minimum=2000, maximum=2100, value=today.year)
        self.school = QLineEdit(objectName="school", placeholderText="录取或就读的学校")
        self.applied_on = DateField(today, objectName="appliedOn")
        self.reason = text_box("aidReason", "申请理由")
        self.worker.picked.connect(lambda hit: self.worker_info.setText(hit.label))
        self.programme.currentIndexChanged.connect(self._kind_changed)
        self._build()
        self._kind_changed()
        install_dialog_keys(self, save=self.save)
        self.worker.setFocus()

    def _school_inputs(self) -> list[QWidget]:
        return [self.child_name, self.child_id, self.stage, self.admission, self.school]

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in (("帮扶项目", self.programme), ("职工", self.worker), ("", self.worker_info),
                              ("子女姓名", self.child_name), ("子女身份证号", self.child_id),
                              ("就读阶段", self.stage), ("入学年份", self.admission), ("就读学校", self.school),
                              ("申请日期", self.applied_on), ("申请理由", self.reason)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons_for(self, self.save))
        inputs = [self.programme, self.worker, *self._school_inputs(), self.applied_on, self.reason]
        for first, second in zip(inputs, inputs[1:]):
            QWidget.setTabOrder(first, second)
        self.guard.watch(*inputs)
        self.guard.mark_clean()

    def chosen_programme(self) -> ProgrammeRow | None:
        index = self.programme.currentIndex()
        return self.programmes[index] if 0 <= index < len(self.programmes) else None

    def _kind_changed(self) -> None:
        programme = self.chosen_programme()
        school = programme is not None and programme.kind is AidKind.SCHOOL
        for widget in self._school_inputs():
            widget.setEnabled(school)

    def fields(self) -> dict[str, QWidget]:
        return {"职工": self.worker, "子女姓名": self.child_name, "子女身份证号": self.child_id,
                "就读阶段": self.stage, "入学年份": self.admission, "就读学校": self.school,
                "申请日期": self.applied_on, "金额标准": self.programme}

    def save(self) -> None:
        programme = self.chosen_programme()
        if programme is None or self.worker.chosen is None:
            widget = self.programme if programme is None else self.worker
            self.guard.check([Problem(widget, "请先选定帮扶项目和职工（输入姓名后按↓选择）")])
            return
        result = self.guard.attempt(lambda: self._submit(programme), self.fields())
        if result is None:
            return
        self.guard.mark_clean()
        self.accept()
        self.created.emit(result.id)

    def _submit(self, programme: ProgrammeRow):
        school = programme.kind is AidKind.SCHOOL
        draft = ApplicationDraft(
            programme.id, self.worker.chosen.id, self.applied_on.value(), self.reason.toPlainText(),
            child_name=self.child_name.text() if school else "", child_id_number=self.child_id.text() if school else "",
            school_stage=self.stage.value() if school else None,
            admission_year=self.admission.value() if school else None, school=self.school.text() if school else "")
        return self.context.services.aid.applications.apply(self.context.actor, draft)
