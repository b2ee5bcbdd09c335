"""登记: the intake form for a new case, in three tabs; saving creates the case in 登记 state."""

from __future__ import annotations

from decimal import Decimal

from db.enums import ApplicationForm, CaseSource, DisputeCategory
from desktop.cases.deadlines import COURT_SOURCES
from desktop.cases.forms import ClaimInput, IntakeForm
from desktop.cases.intake import RegisteredIntake
from desktop.cases.services import CaseServices
from desktop.errors import UserError
from desktop.money import parse_amount
from ui.cases.intake_agents import AgentsSection
from ui.cases.intake_parties import ApplicantsSection, EmployerSection
from ui.cases.widgets import cell, date_edit, enum_combo, read_date, select_data, to_qdate
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.commands import install_dialog_keys
from ui.widgets.forms import GuardedDialog
from ui.widgets.windows import fit_to_screen


class IntakeDialog(GuardedDialog):
    """The intake form: a new case, or (with ``case_id``) correcting a registered one."""

    created = Signal(int)

    def __init__(self, context: AppContext, services: CaseServices, parent=None, case_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("新登记调解案件")
        fit_to_screen(self, 1180, 680)
        self.context, self.services, self.case_id = context, services, case_id
        self.source = enum_combo(CaseSource)
        self.form_kind = enum_combo(ApplicationForm)
        self.received_on = date_edit()
        self.referral_no, self.referring_body = QLineEdit(), QLineEdit()
        self.papers_on = date_edit()
        self.simple = QCheckBox("简易程序（7日）")
        self.oral_record = QPlainTextEdit(placeholderText="口头申请时当场记录：申请人基本情况、争议事项、理由和时间")
        self.categories = _category_list()
        self.facts = QPlainTextEdit(objectName="facts")
        self.requests = QPlainTextEdit(objectName="requests")
        self.applicants = ApplicantsSection(services.intake)
        self.employer = EmployerSection(services.intake)
        self.agents = AgentsSection()
        self.claims = _claims_table()
        self.total = QLabel(objectName="claimsTotal")
        self.save_button = QPushButton("保存登记", objectName="saveIntake")
        self.reason = QLineEdit(objectName="amendReason", placeholderText="更正原因，如：请求金额录入错误")
        self.tabs = QTabWidget()
        self._build()
        self.source.currentIndexChanged.connect(self._show_court_fields)
        self.form_kind.currentIndexChanged.connect(self._show_court_fields)
        self.claims.itemChanged.connect(lambda _: self._show_total())
        self.save_button.clicked.connect(self.save)
        self.registered = services.intake.current(case_id) if case_id is not None else None
        if self.registered is not None:
            self._load(self.registered)
        self._show_court_fields()
        self._show_total()
        self._keep_typing_safe()

    def _keep_typing_safe(self) -> None:
        """Enter never presses a button by itself (no blank applicant, no early save); Tab leaves
        text boxes; Esc or closing asks before throwing typed input away; Ctrl+S saves."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        for edit in (self.oral_record, self.facts, self.requests):
            edit.setTabChangesFocus(True)
        self.guard.watch(self.tabs, self.reason)
        self.guard.mark_clean()
        install_dialog_keys(self, save=self.save)

    def _load(self, registered: RegisteredIntake) -> None:
        """Show what was registered, ready to correct."""
        f = registered.form
        self.setWindowTitle(f"更正登记信息 — {registered.number or '未受理案件'}")
        self.save_button.setText("保存更正")
        self.reason.setVisible(True)
        self.reason_label.setVisible(True)
        select_data(self.source, f.source)
        select_data(self.form_kind, f.application_form)
        self.received_on.setDate(to_qdate(f.received_on))
        if f.papers_received_on:
            self.papers_on.setDate(to_qdate(f.papers_received_on))
        self.simple.setChecked(f.court_simple_procedure)
        self.referral_no.setText(f.referral_doc_no)
        self.referring_body.setText(f.referring_body)
        for edit, value in ((self.oral_record, f.oral_record), (self.facts, f.facts), (self.requests, f.requests)):
            edit.setPlainText(value)
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in f.categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.claims.setRowCount(max(len(f.claims), 1))
        for r, claim in enumerate(f.claims):
            for c, value in enumerate((claim.item, claim.amount, claim.basis)):
                self.claims.setItem(r, c, QTableWidgetItem(value))
        self.applicants.load(f.applicants, f.workers_involved)
        self.employer.use_hit(registered.employer)
        self.agents.load(f.agents)

    def prefill(self, prefill) -> None:
        """A new intake started from elsewhere (法律咨询转调解): the parties on file, the facts."""
        select_data(self.source, prefill.source)
        if prefill.worker is not None:
            self.applicants.use_hit(prefill.worker)
        else:  # a hotline caller not on file: typed in, the officer adds the ID and clicks 添加
            self.applicants.name.setText(prefill.caller_name)
            self.applicants.phone.setText(prefill.caller_phone)
        if prefill.employer is not None:
            self.employer.use_hit(prefill.employer)
        self.facts.setPlainText(prefill.facts)
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in prefill.categories:
                item.setCheckState(Qt.CheckState.Checked)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.tabs.addTab(self._application_tab(), "申请信息")
        self.tabs.addTab(self._parties_tab(), "当事人")
        self.tabs.addTab(self._claims_tab(), "请求事项")
        self.tabs.addTab(self.agents, "代理人")
        cancel = QPushButton("取消")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        self.reason_label = QLabel("更正原因")
        buttons.addWidget(self.reason_label)
        buttons.addWidget(self.reason, 1)
        self.reason.setVisible(False)
        self.reason_label.setVisible(False)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _application_tab(self) -> QWidget:
        left = QFormLayout()
        left.addRow("案件来源", self.source)
        left.addRow("申请方式", self.form_kind)
        left.addRow("收到申请日期", self.received_on)
        left.addRow("委派/委托文号", self.referral_no)
        left.addRow("转办/委托单位", self.referring_body)
        left.addRow("收到法院材料日期", self.papers_on)
        left.addRow("", self.simple)
        left.addRow("争议类型（可多选）", self.categories)
        right = QFormLayout()
        right.addRow("口头申请记录", self.oral_record)
        right.addRow("事实与理由", self.facts)
        right.addRow("请求事项", self.requests)
        page = QWidget()
        grid = QGridLayout(page)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(1, 1)
        return page

    def _parties_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self.applicants, 3)
        layout.addWidget(self.employer, 2)
        return page

    def _claims_tab(self) -> QWidget:
        add, remove = QPushButton("添加一项"), QPushButton("删除所选")
        add.clicked.connect(lambda: self.claims.insertRow(self.claims.rowCount()))
        remove.clicked.connect(lambda: self.claims.removeRow(self.claims.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.total)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("每项请求的金额（元）；合计即涉案金额。"))
        layout.addWidget(self.claims, 1)
        layout.addLayout(row)
        return page

    def _show_court_fields(self) -> None:
        court = self.source.currentData() in COURT_SOURCES
        for widget in (self.papers_on, self.simple):
            widget.setEnabled(court)
        self.simple.setEnabled(self.source.currentData() == CaseSource.COURT_ENTRUSTED)
        self.oral_record.setEnabled(self.form_kind.currentData() == ApplicationForm.ORAL)

    def _show_total(self) -> None:
        try:
            total = sum((parse_amount(c.amount or "0") for c in self.claim_inputs()), Decimal("0.00"))
        except UserError:
            self.total.setText("合计：金额填写有误")
            return
        self.total.setText(f"合计：{total:,.2f} 元")

    # ------------------------------------------------------------------ saving
    def claim_inputs(self) -> list[ClaimInput]:
        rows = [(cell(self.claims, r, 0), cell(self.claims, r, 1), cell(self.claims, r, 2))
                for r in range(self.claims.rowCount())]
        return [ClaimInput(item, amount, basis) for item, amount, basis in rows if item or amount]

    def form(self) -> IntakeForm:
        court = self.source.currentData() in COURT_SOURCES
        return IntakeForm(
            source=self.source.currentData(), received_on=read_date(self.received_on),
            applicants=tuple(self.applicants.entries), employer=self.employer.value(),
            application_form=self.form_kind.currentData(), oral_record=self.oral_record.toPlainText(),
            referral_doc_no=self.referral_no.text(), referring_body=self.referring_body.text(),
            papers_received_on=read_date(self.papers_on) if court else None,
            court_simple_procedure=self.simple.isChecked(), workers_involved=self.applicants.workers.value(),
            categories=tuple(self._checked_categories()), claims=tuple(self.claim_inputs()),
            agents=tuple(self.agents.values()),
            facts=self.facts.toPlainText(), requests=self.requests.toPlainText())

    def _checked_categories(self) -> list[DisputeCategory]:
        items = (self.categories.item(i) for i in range(self.categories.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        saved = self.guard.attempt(self._submit, self._fields())
        if saved is None:
            return
        if self.registered is None:
            self.created.emit(self.case_id)
        self.accept()


    def _submit(self) -> bool:
        if self.registered is not None:
            self.services.intake.amend(self.context.actor, self.case_id, self.form(), self.registered.version,
                                       self.reason.text())
        else:
            self.case_id = self.services.intake.register(self.context.actor, self.form())
        return True

    def _fields(self) -> dict[str, QWidget]:
        """Where each field a refusal names is typed (to mark it and move there)."""
        applicants = self.applicants
        return {"收到申请日期": self.received_on, "事实与理由": self.facts, "争议类型": self.categories,
                "申请人": applicants.name, "代表人": applicants.table, "统一社会信用代码": self.employer.edits.get("credit_code"),
                "单位联系电话": self.employer.edits.get("contact_phone"), "更正原因": self.reason}


def _category_list() -> QListWidget:
    widget = QListWidget(objectName="categories")
    for category in DisputeCategory:
        item = QListWidgetItem(category.label)
        item.setData(Qt.ItemDataRole.UserRole, category)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMinimumHeight(150)
    return widget


def _claims_table() -> QTableWidget:
    widget = QTableWidget(3, 3, objectName="claims")
    widget.setHorizontalHeaderLabels(["请求事项", "金额（元）", "依据"])
    widget.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    widget.setColumnWidth(0, 260)
    widget.setColumnWidth(1, 140)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    return widget
