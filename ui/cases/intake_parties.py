"""The parties on the intake form: applicants (found or new) and the respondent employer."""

from __future__ import annotations

from desktop.cases.forms import EmployerInput, WorkerInput
from desktop.cases.intake import COLLECTIVE_SIZE
from desktop.cases.intake import IntakeService
from ui.cases.widgets import fill, table
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

EMPLOYER_FIELDS = (("name", "单位名称"), ("credit_code", "统一社会信用代码"), ("address", "地址"),
                   ("legal_representative", "法定代表人"), ("contact_name", "联系人"), ("contact_phone", "联系电话"),
                   ("industry", "所属行业"), ("street", "街道/乡镇"))


def hit_list() -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(96)
    return widget


class ApplicantsSection(QGroupBox):
    def __init__(self, intake: IntakeService, parent=None) -> None:
        super().__init__("申请人（职工）", parent)
        self._intake = intake
        self.entries: list[WorkerInput] = []
        self.search = QLineEdit(objectName="workerSearch", placeholderText="查找已登记的职工：输入姓名或身份证号")
        self.hits = hit_list()
        self.name, self.id_number, self.phone, self.job = (QLineEdit() for _ in range(4))
        self.gender = QComboBox()
        self.gender.addItems(["", "男", "女"])
        self.representative = QCheckBox("代表人")
        self.add_button = QPushButton("添加新申请人")
        self.use_button = QPushButton("选用所选职工")
        self.remove_button = QPushButton("移除所选")
        self.table = table(("姓名", "身份证号", "性别", "联系电话", "岗位", "代表人", "身份"), stretch=1)
        self.workers = QSpinBox(minimum=1, maximum=9999)
        self.collective = QLabel()
        self._layout()
        self.search.textChanged.connect(self._find)
        self.hits.itemDoubleClicked.connect(lambda _: self.use_selected())
        self.use_button.clicked.connect(self.use_selected)
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
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.use_button)
        count = QHBoxLayout()
        count.addWidget(QLabel("涉及职工人数"))
        count.addWidget(self.workers)
        count.addWidget(self.collective, 1)
        count.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(find)
        layout.addWidget(self.hits)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(count)

    def _find(self, text: str) -> None:
        self.hits.clear()
        for hit in self._intake.search_workers(text):
            label = f"{hit.name}　{hit.id_number or '（无身份证号）'}　{hit.phone or ''}　{hit.unit_name or ''}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def use_selected(self) -> None:
        item = self.hits.currentItem()
        if item is None:
            return
        hit = item.data(Qt.ItemDataRole.UserRole)
        self._append(WorkerInput(name=hit.name, id_number=hit.id_number or "", gender=hit.gender or "",
                                 phone=hit.phone or "", representative=self.representative.isChecked(),
                                 job_title=self.job.text(), worker_id=hit.id))

    def add_new(self) -> None:
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
        self.search = QLineEdit(objectName="employerSearch", placeholderText="查找已登记的单位：输入名称或统一社会信用代码")
        self.hits = hit_list()
        self.edits = {key: QLineEdit(objectName=f"employer_{key}") for key, _ in EMPLOYER_FIELDS}
        self.history = QLabel(objectName="employerHistory", wordWrap=True)
        self.history.setStyleSheet("color: #8a4b00;")
        self.new_button = QPushButton("改为登记新单位")
        self._layout()
        self.search.textChanged.connect(self._find)
        self.hits.itemDoubleClicked.connect(lambda _: self.use_selected())
        self.hits.itemActivated.connect(lambda _: self.use_selected())
        self.new_button.clicked.connect(self.clear_choice)

    def _layout(self) -> None:
        form = QFormLayout()
        for key, label in EMPLOYER_FIELDS:
            form.addRow(label, self.edits[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hits)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.new_button)

    def _find(self, text: str) -> None:
        self.hits.clear()
        for hit in self._intake.search_employers(text):
            item = QListWidgetItem(f"{hit.name}　{hit.credit_code or ''}　{hit.street or ''}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def use_selected(self) -> None:
        item = self.hits.currentItem()
        if item is None:
            return
        hit = item.data(Qt.ItemDataRole.UserRole)
        self.employer_id = hit.id
        for key, edit in self.edits.items():
            edit.setText(getattr(hit, key) or "")
            edit.setReadOnly(True)
        self.history.setText("历史与冲突检查：" + self._intake.employer_history(hit.id).summary())

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
