"""The parties on the intake form: applicants (found or new) and the respondent employer."""

from __future__ import annotations

from desktop.cases.forms import EmployerInput, WorkerInput
from desktop.cases.intake import COLLECTIVE_SIZE
from desktop.cases.intake import IntakeService
from ui.cases.widgets import fill, table
from ui.widgets.forms import FormGuard, Problem
from ui.widgets.party_search import PartySearchBox
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

EMPLOYER_FIELDS = (("name", "单位名称"), ("credit_code", "统一社会信用代码"), ("address", "地址"),
                   ("legal_representative", "法定代表人"), ("contact_name", "联系人"), ("contact_phone", "联系电话"),
                   ("industry", "所属行业"), ("street", "街道/乡镇"))


class ApplicantsSection(QGroupBox):
    def __init__(self, intake: IntakeService, parent=None) -> None:
        super().__init__("申请人（职工）", parent)
        self._intake = intake
        self.entries: list[WorkerInput] = []
        self.search = PartySearchBox(intake.search_workers, "查找已登记的职工：输入姓名、身份证号或电话，从列表中选用")
        self.name, self.id_number, self.phone, self.job = (QLineEdit() for _ in range(4))
        self.gender = QComboBox()
        self.gender.addItems(["", "男", "女"])
        self.representative = QCheckBox("代表人")
        self.add_button = QPushButton("添加新申请人")
        self.remove_button = QPushButton("移除所选")
        self.table = table(("姓名", "身份证号", "性别", "联系电话", "岗位", "代表人", "身份"), stretch=1)
        self.workers = QSpinBox(minimum=1, maximum=9999)
        self.collective = QLabel()
        self._layout()
        self.guard = FormGuard(self)
        self.search.picked.connect(self.use_hit)
        self.add_button.clicked.connect(self.add_new)
        self.remove_button.clicked.connect(self._remove)
        self.workers.valueChanged.connect(self._show_collective)

    def _layout(self) -> None:
        grid = QGridLayout()
        for col, (label, widget) in enumerate((("姓名", self.name), ("性别", self.gender), ("身份证号", self.id_number),
                                               ("手机", self.phone), ("岗位", self.job))):
            grid.addWidget(QLabel(label), 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.representative, 1, 5)
        grid.addWidget(self.add_button, 1, 6)
        count = QHBoxLayout()
        count.addWidget(QLabel("涉及职工人数"))
        count.addWidget(self.workers)
        count.addWidget(self.collective, 1)
        count.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(QLabel("或登记新的申请人："))
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(count)

    def load(self, entries, workers: int) -> None:
        """The applicants registered before (correcting a case)."""
        self.entries = list(entries)
        self.workers.setValue(max(workers, 1))
        self._show()

    def use_hit(self, hit) -> None:
        """Add a worker already on file (found as the officer typed)."""
        self._append(WorkerInput(name=hit.name, id_number=hit.id_number or "", phone=hit.phone or "",
                                 representative=self.representative.isChecked(), job_title=self.job.text(),
                                 worker_id=hit.id))
        self.search.reset()

    def add_new(self) -> None:
        """Add the applicant typed in; nothing is added while the name is empty."""
        if not self.guard.check([Problem(self.name, "请先填写新申请人的姓名，再点「添加新申请人」")]
                                     if not self.name.text().strip() else []):
            return
        self._append(WorkerInput(name=self.name.text(), id_number=self.id_number.text(), gender=self.gender.currentText(),
                                 phone=self.phone.text(), job_title=self.job.text(),
                                 representative=self.representative.isChecked()))
        for edit in (self.name, self.id_number, self.phone, self.job):
            edit.clear()
        self.name.setFocus()

    def _append(self, entry: WorkerInput) -> None:
        self.entries.append(entry)
        self._show()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._show()

    def _show(self) -> None:
        fill(self.table, [(e.name, e.id_number, e.gender, e.phone, e.job_title, "是" if e.representative else "",
                           "已登记" if e.worker_id else "新建") for e in self.entries])
        self.workers.setValue(max(self.workers.value(), len(self.entries)))
        self._show_collective()

    def _show_collective(self) -> None:
        count = max(self.workers.value(), len(self.entries))
        self.collective.setText(f"集体争议（≥{COLLECTIVE_SIZE}人），须推举3-5名代表人" if count >= COLLECTIVE_SIZE else "")


class EmployerSection(QGroupBox):
    def __init__(self, intake: IntakeService, parent=None) -> None:
        super().__init__("被申请人（用人单位）", parent)
        self._intake = intake
        self.employer_id: int | None = None
        self.search = PartySearchBox(intake.search_employers, "查找已登记的单位：输入名称或统一社会信用代码，从列表中选用")
        self.edits = {key: QLineEdit(objectName=f"employer_{key}") for key, _ in EMPLOYER_FIELDS}
        self.history = QLabel(objectName="employerHistory", wordWrap=True)
        self.history.setStyleSheet("color: #8a4b00;")
        self.new_button = QPushButton("改为登记新单位")
        self._layout()
        self.search.picked.connect(self.use_hit)
        self.search.cleared.connect(self.clear_choice)
        self.new_button.clicked.connect(self.clear_choice)

    def _layout(self) -> None:
        form = QFormLayout()
        for key, label in EMPLOYER_FIELDS:
            form.addRow(label, self.edits[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.new_button)

    def use_hit(self, hit) -> None:
        """Use an employer already on file and show what the centre has on it."""
        self.employer_id = hit.id
        for key, edit in self.edits.items():
            edit.setText(getattr(hit, key, None) or "")
            edit.setReadOnly(True)
        self.history.setText("历史与冲突检查：" + self._intake.employer_history(hit.id).summary)

    def clear_choice(self) -> None:
        self.employer_id = None
        self.history.clear()
        for edit in self.edits.values():
            edit.setReadOnly(False)
            edit.clear()

    def value(self) -> EmployerInput:
        if self.employer_id is not None:
            return EmployerInput(employer_id=self.employer_id, name=self.edits["name"].text())
        return EmployerInput(**{key: edit.text() for key, edit in self.edits.items()})
