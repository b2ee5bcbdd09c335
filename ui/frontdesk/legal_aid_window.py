"""One legal-aid case: the application at the top; tabs 审查 (eligibility and the decision),
指派 (the lawyer), 办理 (hearings and progress), 结案, 文书 (keys ``review`` / ``assign`` /
``progress`` / ``close`` / ``documents``, as the due list opens them). Each step saves on its
own, version-checked, and is enabled only at its stage; the window then reloads the case."""

from __future__ import annotations

from collections.abc import Callable

from db.enums import LegalAidProcedure, LegalAidStatus
from desktop.auth import Permission
from desktop.frontdesk.legal_aid import CloseInput, ProgressInput, ReviewInput
from desktop.frontdesk.legal_aid_view import LegalAidView
from desktop.money import format_amount
from ui.context import AppContext
from ui.documents.panel import DocumentsPanel
from ui.frontdesk.ticket_dialog import text_box
from ui.qt import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget,
                   QVBoxLayout, QWidget, Signal)
from ui.widgets.fields import DateField, EnumCombo, MoneyField
from ui.widgets.forms import GuardedDialog
from ui.widgets.tables import fill, table_widget
from ui.widgets.windows import fit_to_screen

S = LegalAidStatus
TAB_KEYS = ("review", "assign", "progress", "close", "documents")


def _form_tab(*rows) -> QWidget:
    tab = QWidget()
    form = QFormLayout()
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            line = QHBoxLayout()
            line.addStretch(1)
            for button in row:
                line.addWidget(button)
            form.addRow("", line)
    layout = QVBoxLayout(tab)
    layout.addLayout(form)
    layout.addStretch(1)
    return tab


def _day(value) -> str:
    return f"{value:%Y-%m-%d}" if value else "—"


class LegalAidWindow(GuardedDialog):
    changed = Signal(int)

    def __init__(self, context: AppContext, case_id: int, parent=None) -> None:
        super().__init__(parent)
        self.context, self.service, self.case_id = context, context.services.legal_aid, case_id
        today = context.services.today()
        fit_to_screen(self, 920, 700)
        self.summary = QLabel(objectName="aidSummary", wordWrap=True)
        self.tabs = QTabWidget(objectName="aidTabs")
        self.is_member = QCheckBox("工会会员", objectName="aidIsMember")
        self.hardship = QLabel(objectName="aidHardship")
        self.review_note = text_box("aidReviewNote", "审查意见：会员身份、经济困难情况、是否属于援助范围", 70)
        self.reviewed_on = DateField(today, objectName="aidReviewedOn")
        self.review_button = QPushButton("保存审查意见", objectName="aidReview")
        self.decided_on = DateField(today, objectName="aidDecidedOn")
        self.reason = text_box("aidReason", "受理意见，或不予援助的理由（不予援助时必填）", 60)
        self.accept_button = QPushButton("受理", objectName="aidAccept")
        self.refuse_button = QPushButton("不予援助", objectName="aidRefuse")
        self.lawyer = QComboBox(objectName="aidLawyer")
        self.procedure = EnumCombo(LegalAidProcedure, objectName="aidProcedure")
        self.assigned_on = DateField(today, objectName="aidAssignedOn")
        self.assign_button = QPushButton("指派", objectName="aidAssign")
        self.progress = table_widget(("日期", "程序", "开庭", "地点", "进展情况"), "aidProgress", stretch=4)
        self.step_on = DateField(today, objectName="aidStepOn")
        self.step_procedure = EnumCombo(LegalAidProcedure, objectName="aidStepProcedure")
        self.hearing = QCheckBox("开庭（可填将来的日期，列入工作台）", objectName="aidHearing")
        self.place = QLineEdit(objectName="aidPlace", placeholderText="开庭地点，可不填")
        self.step_note = text_box("aidStepNote", "进展情况", 60)
        self.step_button = QPushButton("添加进展", objectName="aidAddStep")
        self.closed_on = DateField(today, objectName="aidClosedOn")
        self.outcome = text_box("aidOutcome", "办理结果：裁决、判决、调解或撤诉的结果", 80)
        self.recovered = MoneyField(objectName="aidRecovered", label="挽回金额")
        self.close_button = QPushButton("结案", objectName="aidClose")
        self.documents = DocumentsPanel(context, "legal_aid_case", case_id)
        self._build()
        self.guard.watch(self.review_note, self.reason, self.step_note, self.outcome)
        self._connect()
        self.reload()

    def _build(self) -> None:
        self.tabs.addTab(_form_tab(("会员身份", self.is_member), ("困难职工档案", self.hardship),
                                   ("审查意见", self.review_note), ("审查日期", self.reviewed_on),
                                   (self.review_button,), ("决定日期", self.decided_on), ("意见/理由", self.reason),
                                   (self.accept_button, self.refuse_button)), "审查")
        self.tabs.addTab(_form_tab(("承办律师", self.lawyer), ("程序", self.procedure),
                                   ("指派日期", self.assigned_on), (self.assign_button,)), "指派")
        progress = QWidget()
        layout = QVBoxLayout(progress)
        layout.addWidget(self.progress, 1)
        layout.addWidget(_form_tab(("日期", self.step_on), ("程序", self.step_procedure), ("", self.hearing),
                                   ("地点", self.place), ("进展情况", self.step_note), (self.step_button,)))
        self.tabs.addTab(progress, "办理")
        self.tabs.addTab(_form_tab(("结案日期", self.closed_on), ("办理结果", self.outcome),
                                   ("挽回金额（元）", self.recovered), (self.close_button,)), "结案")
        self.tabs.addTab(self.documents, "文书")
        main = QVBoxLayout(self)
        main.addWidget(self.summary)
        main.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.review_button.clicked.connect(self.review)
        self.accept_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.assign_button.clicked.connect(self.assign)
        self.step_button.clicked.connect(self.add_step)
        self.close_button.clicked.connect(self.close_case)

    def show_tab(self, key: str | None) -> None:
        if key in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def reload(self) -> None:
        self.view = v = self.service.get(self.case_id)
        self.setWindowTitle(f"法律援助 — {v.number}（{v.status.label}）")
        lawyer = f"承办律师：{v.lawyer}（{v.procedure.label if v.procedure else ''}）" if v.lawyer else ""
        recovered = f"挽回金额：{format_amount(v.amount_recovered)} 元" if v.amount_recovered is not None else ""
        self.summary.setText(
            f"<b>{v.number}</b>　状态：<b>{v.status.label}</b>　申请日期：{_day(v.applied_on)}　"
            f"申请人：{v.worker_name}　单位：{v.employer_name or '—'}<br>"
            f"类别：{v.category.label}　请求金额：{format_amount(v.amount_claimed)} 元　涉及人数：{v.workers_involved}"
            f"　{lawyer}　{recovered}<br>援助事项：{v.matter}"
            + (f"<br>不予援助理由：{v.decision_reason}" if v.status is S.REFUSED else ""))
        self.hardship.setText(v.hardship_on_file)
        fill(self.progress, [(_day(p.happened_on), p.procedure.label, "是" if p.is_hearing else "", p.place, p.note)
                             for p in v.progress])
        self._load_steps(v)
        self._enable(v)
        self.guard.mark_clean()

    def _load_steps(self, v: LegalAidView) -> None:
        self.is_member.setChecked(v.is_member if v.is_member is not None else v.worker_is_member)
        if v.reviewed_on:
            self.review_note.setPlainText(v.review_note)
            self.reviewed_on.set_value(v.reviewed_on)
        if v.decided_on:
            self.reason.setPlainText(v.decision_reason)
            self.decided_on.set_value(v.decided_on)
        self.lawyer.clear()
        for lawyer in self.context.services.lawyers.list():
            self.lawyer.addItem(lawyer.label, lawyer.id)
        if v.lawyer_id is not None:
            self.lawyer.setCurrentIndex(max(self.lawyer.findData(v.lawyer_id), 0))
        if v.procedure is not None:
            self.procedure.set_value(v.procedure)
            self.step_procedure.set_value(v.procedure)
        if v.closed_on:
            self.closed_on.set_value(v.closed_on)
            self.outcome.setPlainText(v.outcome)
            self.recovered.set_value(v.amount_recovered)

    def _enable(self, v: LegalAidView) -> None:
        can = self.context.can(Permission.FRONT_DESK)
        groups = {
            (self.is_member, self.review_note, self.reviewed_on, self.review_button): can and v.status is S.PENDING,
            (self.decided_on, self.reason, self.accept_button, self.refuse_button):
                self.context.can(Permission.LEGAL_AID_DECIDE) and v.status is S.PENDING and v.reviewed_on is not None,
            (self.lawyer, self.procedure, self.assigned_on, self.assign_button):
                can and v.status in (S.ACCEPTED, S.ASSIGNED, S.IN_PROGRESS),
            (self.step_on, self.step_procedure, self.hearing, self.place, self.step_note, self.step_button,
             self.closed_on, self.outcome, self.recovered, self.close_button):
                can and v.status in (S.ASSIGNED, S.IN_PROGRESS),
        }
        for widgets, enabled in groups.items():
            for widget in widgets:
                widget.setEnabled(enabled)
        self.assign_button.setText("更换律师" if v.status in (S.ASSIGNED, S.IN_PROGRESS) else "指派")

    def _step(self, call: Callable[[], object], fields: dict[str, QWidget]) -> bool:
        if self.guard.attempt(lambda: call() or True, fields) is None:
            return False
        self.reload()
        self.changed.emit(self.case_id)
        return True

    def review(self) -> None:
        data = ReviewInput(self.is_member.isChecked(), self.review_note.toPlainText(), self.reviewed_on.value())
        if self._step(lambda: self.service.review(self.context.actor, self.case_id, data, self.view.version),
                      {"审查意见": self.review_note, "审查日期": self.reviewed_on}):
            self.reason.setFocus()

    def decide(self, accept: bool) -> None:
        call = self.service.accept if accept else self.service.refuse
        if self._step(lambda: call(self.context.actor, self.case_id, self.decided_on.value(),
                                   self.reason.toPlainText(), self.view.version),
                      {"决定日期": self.decided_on, "受理意见": self.reason, "不予援助理由": self.reason,
                       "审查意见": self.review_note}) and accept:
            self.show_tab("assign")

    def assign(self) -> None:
        if self._step(lambda: self.service.assign(self.context.actor, self.case_id, self.lawyer.currentData(),
                                                  self.procedure.value(), self.assigned_on.value(), self.view.version),
                      {"承办律师": self.lawyer, "指派日期": self.assigned_on}):
            self.show_tab("progress")

    def add_step(self) -> None:
        data = ProgressInput(self.step_on.value(), self.step_procedure.value(), self.step_note.toPlainText(),
                             self.hearing.isChecked(), self.place.text())
        if self._step(lambda: self.service.record_progress(self.context.actor, self.case_id, data, self.view.version),
                      {"日期": self.step_on, "进展情况": self.step_note, "地点": self.place}):
            self.step_note.clear()
            self.place.clear()
            self.hearing.setChecked(False)
            self.guard.mark_clean()

    def close_case(self) -> None:
        self._step(lambda: self.service.close(self.context.actor, self.case_id,
                                              CloseInput(self.closed_on.value(), self.outcome.toPlainText(),
                                                         self.recovered.value("挽回金额")), self.view.version),
                   {"结案日期": self.closed_on, "办理结果": self.outcome, "挽回金额": self.recovered})
