"""帮扶标准 and 劳模名册: the amount standards by programme kind and grade (a new standard from a date;
earlier grants keep theirs) and the roll of model workers who may receive 劳模补助 and 送温暖."""

from __future__ import annotations

from db.enums import AidKind, HardshipLevel, SchoolStage
from desktop.aid.eligibility import MODEL_GRADE
from desktop.auth import Permission
from desktop.errors import UserError
from desktop.parties import search_workers
from ui.changes import watch
from ui.context import AppContext
from ui.qt import QComboBox, QDialog, QFormLayout, QLineEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget
from ui.widgets.fields import DateField, EnumCombo
from ui.widgets.party_search import PartySearchBox
from ui.widgets.tables import fill_records, record_id, table_widget
from ui.widgets.windows import fit_to_screen

STANDARD_HEADERS = ("项目类别", "档次", "金额", "生效日期")
ROLL_HEADERS = ("姓名", "所属单位", "荣誉称号", "授予年份")


def grades_of(kind: AidKind) -> list[tuple[str, str]]:
    """(stored grade, label) a standard of ``kind`` may have."""
    if kind is AidKind.SCHOOL:
        return [(s.value, s.label) for s in SchoolStage]
    if kind is AidKind.MODEL_WORKER:
        return [(MODEL_GRADE, "劳模")]
    return [(lv.value, lv.label) for lv in HardshipLevel] + [(MODEL_GRADE, "劳模")]


class StandardsWindow(QDialog):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("帮扶标准与劳模名册")
        fit_to_screen(self, 760, 520)
        editable = context.can(Permission.PLAN_EDIT)
        self.standards = table_widget(STANDARD_HEADERS, "aidStandards", stretch=1)
        self.kind = EnumCombo(AidKind, current=AidKind.SCHOOL, objectName="standardKind")
        self.grade = QComboBox(objectName="standardGrade")
        self.amount = QLineEdit(objectName="standardAmount", placeholderText="元，例如 5000")
        self.effective = DateField(context.services.today(), objectName="standardFrom")
        self.add_standard = QPushButton("设定新标准", objectName="addStandard", enabled=editable)
        self.roll = table_widget(ROLL_HEADERS, "modelWorkers", stretch=1)
        self.worker = PartySearchBox(lambda text: search_workers(context.database, text), "输入姓名或身份证号选定职工")
        self.worker.setObjectName("modelWorker")
        self.title = QLineEdit(objectName="modelTitle", placeholderText="例如「北京市劳动模范」")
        self.awarded = QSpinBox(objectName="modelYear", minimum=1950, maximum=2100,
                                value=context.services.today().year)
        self.add_model = QPushButton("加入名册", objectName="addModelWorker", enabled=editable)
        self.remove_model = QPushButton("移出名册", objectName="removeModelWorker", enabled=editable)
        self.tabs = QTabWidget(objectName="standardsTabs")
        self._build()
        self.kind.currentIndexChanged.connect(self._fill_grades)
        self.add_standard.clicked.connect(self.save_standard)
        self.add_model.clicked.connect(self.save_model)
        self.remove_model.clicked.connect(self.drop_model)
        self._fill_grades()
        watch(self, context.changes, self.reload, ("aid_rule", "model_worker"))
        self.reload()

    def _build(self) -> None:
        self.tabs.addTab(_page(self.standards, (("项目类别", self.kind), ("档次", self.grade),
                                                ("金额", self.amount), ("生效日期", self.effective)),
                               self.add_standard), "帮扶标准")
        self.tabs.addTab(_page(self.roll, (("职工", self.worker), ("荣誉称号", self.title), ("授予年份", self.awarded)),
                               self.add_model, self.remove_model), "劳模名册")
        QVBoxLayout(self).addWidget(self.tabs)

    def _fill_grades(self) -> None:
        self.grade.clear()
        for value, label in grades_of(self.kind.value()):
            self.grade.addItem(label, value)

    def reload(self) -> None:
        queries = self.context.services.aid.queries
        standards = queries.standards()
        fill_records(self.standards, [(s.kind.label, s.grade_label, f"{s.amount:,.2f}", s.effective_from)
                                      for s in standards], [s.id for s in standards])
        roll = queries.model_workers()
        fill_records(self.roll, [(m.name, m.unit, m.title, m.awarded_year or "") for m in roll], [m.id for m in roll])

    def save_standard(self) -> None:
        self._run("无法设定标准", lambda: self.context.services.aid.programmes.set_standard(
            self.context.actor, self.kind.value(), self.grade.currentData(), self.amount.text(), self.effective.value()))

    def save_model(self) -> None:
        if self.worker.chosen is None:
            self.context.prompt.warn(self, "无法加入名册", "请先选定职工（输入姓名后按↓选择）")
            return
        self._run("无法加入名册", lambda: self.context.services.aid.programmes.add_model_worker(
            self.context.actor, self.worker.chosen.id, self.title.text(), self.awarded.value()))

    def drop_model(self) -> None:
        chosen = record_id(self.roll, self.roll.currentRow())
        if chosen is not None and self.context.prompt.confirm(self, "移出名册", "确定将该职工移出劳模名册？"):
            self._run("无法移出名册", lambda: self.context.services.aid.programmes.remove_model_worker(
                self.context.actor, chosen))

    def _run(self, title: str, action) -> None:
        try:
            action()
        except UserError as error:
            self.context.prompt.warn(self, title, str(error))
        self.reload()


def _page(table: QWidget, rows, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(table)
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    layout.addLayout(form)
    for button in buttons:
        layout.addWidget(button)
    return page
