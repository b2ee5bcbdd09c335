"""The claim intake form: member found as you type, event and costs, documents, live calculation."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.auth import Permission
from desktop.claims import rules
from desktop.claims.intake import ClaimDraft, ClaimRefused, SavedClaim
from desktop.claims.plans import PlanRow
from desktop.errors import UserError
from desktop.money import format_amount
from desktop.parties import search_workers
from desktop.validation import mask_id_number
from ui.claims.common import attempt, date_edit, date_of, money_edit, money_of
from ui.context import AppContext
from ui.qt import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, Qt, QTimer, QVBoxLayout, QWidget,
)
from ui.widgets.party_search import PartySearchBox
from ui.widgets.windows import fit_to_screen
from ui.widgets.prompts import prompt_for

EVENT_TYPES = ("疾病住院", "门诊治疗", "意外伤害", "重大疾病", "女职工特殊疾病", "子女意外伤害", "子女入学", "生活困难")
RELATIONSHIPS = ("本人", "配偶", "子女", "父母")
LEVELS = ("", "三级", "二级", "一级", "社区卫生服务中心", "其他")
COSTS = (("total_cost", "总费用"), ("fund_paid", "统筹支付"), ("copay", "自负费用"), ("self_pay", "自费费用"))


@dataclass
class _Fields:
    """The form's input widgets, by purpose."""

    member: PartySearchBox
    member_info: QLabel
    relationship: QComboBox
    beneficiary: QLineEdit
    plan: QComboBox
    event_type: QComboBox
    grade: QComboBox
    event_on: object
    inpatient: QCheckBox
    admission_on: object
    discharge_on: object
    applied_on: object
    hospital: QLineEdit
    level: QComboBox
    diagnosis: QLineEdit
    costs: dict
    account: QLineEdit


class ClaimForm(QDialog):
    """新建理赔申请. ``saved`` is the service's answer after a successful save."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.intake = context.services.claims.intake
        self.plans = {p.id: p for p in context.services.claims.plans.list(active_only=True)}
        self.saved: SavedClaim | None = None
        self.setWindowTitle("新建理赔申请")
        fit_to_screen(self, 1180, 700)
        self.f = _make_fields(context, list(self.plans.values()))
        self.documents = QListWidget(objectName="documents")
        self.calculation = QPlainTextEdit(objectName="calculation", readOnly=True)
        self.notice = QLabel(objectName="notice", wordWrap=True)
        self.save_button = QPushButton("保存申请", objectName="save")
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._build()
        self._connect()
        self._plan_changed()

    # ----------------------------------------------------------- layout
    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._member_box())
        left.addWidget(self._event_box())
        left.addWidget(self._cost_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>赔付计算</b>（按保障项目规则，随填写实时更新）"))
        right.addWidget(self.calculation, 3)
        right.addWidget(self.notice)
        right.addWidget(QLabel("<b>材料清单</b>（勾选已收到的材料；缺少材料将进入待补正）"))
        right.addWidget(self.documents, 2)
        right.addLayout(self._buttons())
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 4)

    def _member_box(self) -> QGroupBox:
        box, form = _group("会员")
        form.addRow("会员（姓名/身份证号/卡号）", self.f.member)
        form.addRow("", self.f.member_info)
        form.addRow("与会员关系", self.f.relationship)
        form.addRow("受益人姓名（非本人时）", self.f.beneficiary)
        return box

    def _event_box(self) -> QGroupBox:
        box, form = _group("保障项目与事故")
        form.addRow("保障项目", self.f.plan)
        form.addRow("事故/疾病类别", _row(self.f.event_type, QLabel("等级"), self.f.grade))
        form.addRow("发生日期", _row(self.f.event_on, QLabel("申请日期"), self.f.applied_on))
        form.addRow(self.f.inpatient, _row(QLabel("入院"), self.f.admission_on, QLabel("出院"), self.f.discharge_on))
        form.addRow("医院", _row(self.f.hospital, QLabel("级别"), self.f.level))
        form.addRow("诊断", self.f.diagnosis)
        return box

    def _cost_box(self) -> QGroupBox:
        box, form = _group("费用（元）")
        c = self.f.costs
        form.addRow("总费用", _row(c["total_cost"], QLabel("统筹支付"), c["fund_paid"]))
        form.addRow("自负费用", _row(c["copay"], QLabel("自费费用"), c["self_pay"]))
        form.addRow("收款卡号（默认京卡）", self.f.account)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        cancel = QPushButton("取消")
        cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        self.save_button.setEnabled(self.context.can(Permission.CLAIM_INTAKE))
        return row

    def _connect(self) -> None:
        f = self.f
        f.plan.currentIndexChanged.connect(self._plan_changed)
        f.member.picked.connect(self._member_picked)
        f.member.cleared.connect(self.schedule)
        f.inpatient.toggled.connect(self._inpatient_toggled)
        for edit in (*f.costs.values(), f.hospital):
            edit.textChanged.connect(self.schedule)
        for combo in (f.grade, f.event_type):
            combo.currentTextChanged.connect(self.schedule)
        for edit in (f.event_on, f.admission_on, f.discharge_on, f.applied_on):
            edit.dateChanged.connect(self.schedule)
        self.documents.itemChanged.connect(self.schedule)
        self._timer.timeout.connect(self.recalculate)
        self.save_button.clicked.connect(self.save)

    # ---------------------------------------------------------- behaviour
    def schedule(self, *_args) -> None:
        self._timer.start()

    def _member_picked(self, hit) -> None:
        self.f.member_info.setText(f"{hit.name}　{mask_id_number(hit.id_number)}　{hit.unit_name or ''}")
        self.schedule()

    def _inpatient_toggled(self, on: bool) -> None:
        self.f.admission_on.setEnabled(on)
        self.f.discharge_on.setEnabled(on)
        self.schedule()

    def _plan_changed(self, *_args) -> None:
        plan = self.plans.get(self.f.plan.currentData())
        self._fill_documents(plan)
        self._fill_grades(plan)
        self.schedule()

    def _fill_documents(self, plan: PlanRow | None) -> None:
        self.documents.blockSignals(True)
        self.documents.clear()
        for name in plan.required_documents if plan else ():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.documents.blockSignals(False)

    def _fill_grades(self, plan: PlanRow | None) -> None:
        self.f.grade.clear()
        rule = rules.parse_rule(plan.current_rule.rule_json) if plan and plan.current_rule else None
        if isinstance(rule, rules.FixedRule):
            self.f.grade.addItems(list(rule.grades))
        self.f.grade.setEnabled(isinstance(rule, rules.FixedRule))

    def set_documents(self, received: set[str]) -> None:
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in received else Qt.CheckState.Unchecked)

    def draft(self) -> ClaimDraft:
        f, inpatient = self.f, self.f.inpatient.isChecked()
        chosen = f.member.chosen
        return ClaimDraft(
            worker_id=chosen.id if chosen else None, plan_id=f.plan.currentData(),
            event_type=f.event_type.currentText().strip(), event_on=date_of(f.event_on),
            applied_on=date_of(f.applied_on), admission_on=date_of(f.admission_on) if inpatient else None,
            discharge_on=date_of(f.discharge_on) if inpatient else None,
            relationship=f.relationship.currentText(), beneficiary_name=f.beneficiary.text().strip(),
            hospital=f.hospital.text().strip(), hospital_level=f.level.currentText(),
            diagnosis=f.diagnosis.text().strip(), grade=f.grade.currentText().strip() if f.grade.isEnabled() else "",
            **{key: money_of(f.costs[key], label) for key, label in COSTS},
            documents=self._checked_documents(), account_no=f.account.text().strip())

    def _checked_documents(self) -> dict[str, bool]:
        items = (self.documents.item(i) for i in range(self.documents.count()))
        return {item.text(): item.checkState() == Qt.CheckState.Checked for item in items}

    def recalculate(self) -> None:
        try:
            draft = self.draft()
            if draft.worker_id is None or draft.plan_id is None:
                self._show_waiting()
                return
            preview = self.intake.preview(draft)
        except UserError as error:
            self.calculation.setPlainText(f"无法计算：{error}")
            self.notice.setText("")
            return
        self.calculation.setPlainText(preview.calculation.text())
        self.notice.setText(_notice(preview))

    def _show_waiting(self) -> None:
        self.calculation.setPlainText("请先选择会员和保障项目，再填写事故日期与费用。")
        self.notice.setText("")

    def save(self) -> None:
        draft = attempt(self, self.draft)
        if draft is None:
            return
        try:
            self.saved = self.intake.submit(self.context.actor, draft)
        except ClaimRefused as refused:
            self.saved = self._record_refusal(draft, refused)
        except UserError as error:
            prompt_for(self).warn(self, "无法保存", str(error))
            return
        if self.saved is not None:
            self.accept()

    def _record_refusal(self, draft: ClaimDraft, refused: ClaimRefused) -> SavedClaim | None:
        if not prompt_for(self).confirm(self, "不符合赔付规则", f"{refused}\n\n是否登记为「不予赔付」并保留记录？"):
            return None
        return attempt(self, lambda: self.intake.submit(self.context.actor, draft, record_refusal=True))


def _notice(preview) -> str:
    parts = []
    if preview.calculation.refused:
        parts.append("<span style='color:#b00020'><b>不予赔付：</b>" + "；".join(preview.calculation.refusals)
                     + "</span>")
    else:
        parts.append(f"<b>应付金额：¥{format_amount(preview.calculation.amount)}</b>")
    if preview.duplicate_number:
        parts.append(f"<span style='color:#b06000'><b>疑似重复：</b>与 {preview.duplicate_number} "
                     "的会员、项目和事故日期相同</span>")
    if preview.missing_documents:
        parts.append("缺少材料（保存后进入待补正）：" + "、".join(preview.missing_documents))
    return "<br>".join(parts)


def _make_fields(context: AppContext, plans: list[PlanRow]) -> _Fields:
    member = PartySearchBox(lambda text: search_workers(context.database, text), "输入姓名、身份证号或京卡卡号查找")
    member.setObjectName("member")
    event_type = _combo(EVENT_TYPES, "event_type", editable=True)
    plan = QComboBox(objectName="plan")
    for row in plans:
        plan.addItem(f"{row.name}（{row.code}）", row.id)
    return _Fields(
        member=member, member_info=QLabel(objectName="member_info"),
        relationship=_combo(RELATIONSHIPS, "relationship"), beneficiary=QLineEdit(objectName="beneficiary"),
        plan=plan, event_type=event_type, grade=_combo((), "grade", editable=True),
        event_on=date_edit(object_name="event_on"), inpatient=QCheckBox("住院", checked=True, objectName="inpatient"),
        admission_on=date_edit(object_name="admission_on"), discharge_on=date_edit(object_name="discharge_on"),
        applied_on=date_edit(object_name="applied_on"), hospital=QLineEdit(objectName="hospital"),
        level=_combo(LEVELS, "level"), diagnosis=QLineEdit(objectName="diagnosis"),
        costs={key: money_edit(key) for key, _ in COSTS}, account=QLineEdit(objectName="account"))


def _combo(items, name: str, editable: bool = False) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItems(list(items))
    combo.setEditable(editable)
    return combo


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    return box, QFormLayout(box)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
