"""保障项目: plans, their details, and the payout rule (saving a changed rule makes a new version)."""

from __future__ import annotations

from db.enums import PlanKind
from desktop.auth import Permission
from desktop.claims.plans import PlanDraft, PlanRow
from ui.claims.common import attempt, date_edit, date_of, select_data, set_date
from ui.claims.enrol_dialog import EnrolDialog
from ui.claims.rule_editor import RuleEditor
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from ui.widgets.prompts import prompt_for
from ui.widgets.tables import install_list


class PlansTab(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.claims.plans
        self.plans: list[PlanRow] = []
        self.list = QListWidget(objectName="plans_list")
        self.code, self.name = QLineEdit(objectName="plan_code"), QLineEdit(objectName="plan_name")
        self.kind = QComboBox(objectName="plan_kind")
        for kind in PlanKind:
            self.kind.addItem(kind.label, kind)
        self.term_start, self.term_end = date_edit(object_name="term_start"), date_edit(object_name="term_end")
        self.enrolment_rule = QPlainTextEdit(objectName="enrolment_rule")
        self.documents = QPlainTextEdit(objectName="required_documents")
        self.documents.setPlaceholderText("每行一项，如：\n申请表\n住院发票\n出院小结")
        self.rule = RuleEditor()
        self.effective_from = date_edit(object_name="effective_from")
        self.versions = QTableWidget(0, 3, objectName="versions")
        install_list(self.versions, "plan_versions", context.preferences)
        self.new_button = QPushButton("新建项目", objectName="new_plan")
        self.save_button = QPushButton("保存项目信息", objectName="save_plan")
        self.rule_button = QPushButton("保存为新版本规则", objectName="save_rule")
        self.enrol_button = QPushButton("登记参保会员…", objectName="enrol")
        self.enrol_dialog: EnrolDialog | None = None
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.enrol_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self._plan_box(), 3)
        layout.addWidget(self._rule_box(), 4)
        editable = self.context.can(Permission.PLAN_EDIT)
        for button in (self.new_button, self.save_button, self.rule_button):
            button.setEnabled(editable)
        self.enrol_button.setEnabled(self.context.can(Permission.CLAIM_INTAKE))

    def _plan_box(self) -> QGroupBox:
        box = QGroupBox("项目信息")
        form = QFormLayout(box)
        for label, widget in (("项目编码", self.code), ("项目名称", self.name), ("项目类别", self.kind),
                              ("保障期起", self.term_start), ("保障期止", self.term_end),
                              ("参保条件", self.enrolment_rule), ("申请材料", self.documents)):
            form.addRow(label, widget)
        form.addRow(self.save_button)
        return box

    def _rule_box(self) -> QGroupBox:
        box = QGroupBox("给付规则（修改后保存为新版本，已受理的申请仍按原版本）")
        layout = QVBoxLayout(box)
        layout.addWidget(self.rule)
        row = QFormLayout()
        row.addRow("新版本生效日期", self.effective_from)
        layout.addLayout(row)
        layout.addWidget(self.rule_button)
        self.versions.setHorizontalHeaderLabels(["版本", "生效日期", "规则说明"])
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.versions, 1)
        return box

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save_plan)
        self.rule_button.clicked.connect(self.save_rule)
        self.enrol_button.clicked.connect(self.enrol)

    def reload(self, select_id: int | None = None) -> None:
        self.plans = self.service.list()
        self.list.clear()
        for plan in self.plans:
            self.list.addItem(f"{plan.name}（{plan.code}）")
        ids = [p.id for p in self.plans]
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else (0 if ids else -1))

    def current(self) -> PlanRow | None:
        row = self.list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def _show(self, _row: int) -> None:
        plan = self.current()
        if plan is None:
            return
        self.code.setText(plan.code)
        self.code.setReadOnly(True)
        self.name.setText(plan.name)
        select_data(self.kind, plan.kind)
        set_date(self.term_start, plan.term_start)
        set_date(self.term_end, plan.term_end)
        self.enrolment_rule.setPlainText(plan.enrolment_rule)
        self.documents.setPlainText("\n".join(plan.required_documents))
        self.rule.load(plan.current_rule.rule_json if plan.current_rule else None)
        self._show_versions(plan.id)

    def _show_versions(self, plan_id: int) -> None:
        versions = self.service.versions(plan_id)
        self.versions.setRowCount(len(versions))
        for r, v in enumerate(versions):
            for c, value in enumerate((f"第 {v.version_no} 版", v.effective_from.isoformat(), v.description)):
                item = QTableWidgetItem(value)
                item.setToolTip(v.description)
                self.versions.setItem(r, c, item)

    def start_new(self) -> None:
        self.list.setCurrentRow(-1)
        self.code.clear()
        self.code.setReadOnly(False)
        self.name.clear()
        self.documents.clear()
        self.enrolment_rule.clear()
        self.versions.setRowCount(0)
        self.code.setFocus()

    def draft(self) -> PlanDraft:
        return PlanDraft(code=self.code.text().strip(), name=self.name.text().strip(), kind=self.kind.currentData(),
                         term_start=date_of(self.term_start), term_end=date_of(self.term_end),
                         enrolment_rule=self.enrolment_rule.toPlainText(),
                         required_documents=tuple(self.documents.toPlainText().splitlines()))

    def save_plan(self) -> None:
        plan, actor = self.current(), self.context.actor
        if plan is None:
            saved = attempt(self, lambda: self.service.create(actor, self.draft(), self.rule.rule_json()))
        else:
            saved = attempt(self, lambda: self.service.update(actor, plan.id, plan.version, self.draft()))
        if saved is not None:
            self.reload(saved.id)

    def save_rule(self) -> None:
        plan = self.current()
        if plan is None:
            prompt_for(self).inform(self, "给付规则", "新项目请点「保存项目信息」，规则作为第 1 版一并保存。")
            return
        saved = attempt(self, lambda: self.service.change_rule(self.context.actor, plan.id, self.rule.rule_json(),
                                                               date_of(self.effective_from)))
        if saved is not None:
            self.reload(plan.id)
            prompt_for(self).inform(self, "已保存", f"已保存为第 {saved.version_no} 版，{saved.effective_from} 起施行。")

    def enrol(self) -> EnrolDialog | None:
        plan = self.current()
        if plan is None:
            prompt_for(self).inform(self, "登记参保", "请先在左侧选择保障项目。")
            return None
        self.enrol_dialog = EnrolDialog(self.context, plan, self)
        self.enrol_dialog.open()
        return self.enrol_dialog
