"""The selected claim: its calculation, documents and the actions its state and the officer allow."""

from __future__ import annotations

import html

from desktop.auth import Permission
from desktop.claims.next_steps import CLAIM_ACTIONS, next_steps
from desktop.claims.queries import ClaimDetail
from desktop.money import format_amount
from ui.claims.approve_dialog import ApproveDialog
from ui.claims.common import attempt
from ui.context import AppContext
from ui.documents.panel import DocumentsPanel
from ui.widgets.history import history_button
from ui.qt import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, Qt,
    QVBoxLayout, QWidget,
)
from ui.widgets.prompts import prompt_for

class ClaimDetailPanel(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.queries = context.services.claims.queries
        self.review = context.services.claims.review
        self.detail: ClaimDetail | None = None
        self.approve_dialog: ApproveDialog | None = None
        self.title = QLabel("请在左侧选择一笔理赔申请", objectName="detail_title", wordWrap=True)
        self.calculation = QPlainTextEdit(objectName="detail_calculation", readOnly=True)
        self.documents = QListWidget(objectName="detail_documents")
        self.info = QLabel(objectName="detail_info", wordWrap=True)
        self.buttons = {key: QPushButton(action.label, objectName=key) for key, action in CLAIM_ACTIONS.items()}
        self.not_duplicate_button = QPushButton("确认非重复…", objectName="not_duplicate")
        self.notices = DocumentsPanel(context, "aid_claim", None)
        self._build()
        self.show_claim(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel("计算过程"))
        layout.addWidget(self.calculation, 3)
        layout.addWidget(QLabel("材料清单（勾选已收到的材料）"))
        layout.addWidget(self.documents, 2)
        layout.addWidget(self.info)
        row = QHBoxLayout()
        for key, button in self.buttons.items():
            row.addWidget(button)
            button.clicked.connect(getattr(self, f"do_{key}"))
        row.addWidget(self.not_duplicate_button)
        self.not_duplicate_button.clicked.connect(self.do_not_duplicate)
        row.addStretch(1)
        row.addWidget(history_button(self.context, "aid_claim", self._current_record, self))
        layout.addLayout(row)
        layout.addWidget(QLabel("理赔/支付通知"))
        layout.addWidget(self.notices, 2)

    def _current_record(self) -> tuple[int, str] | None:
        return (self.detail.row.id, self.detail.row.number) if self.detail else None

    def show_claim(self, claim_id: int | None) -> None:
        self.detail = self.queries.detail(claim_id) if claim_id is not None else None
        self.notices.set_owner(claim_id)
        d = self.detail
        self.title.setText(_title(d) if d else "请在左侧选择一笔理赔申请")
        self.calculation.setPlainText(d.calculation_text if d else "")
        self._fill_documents(d)
        self.info.setText(_info(d) if d else "")
        offered = next_steps(d.row.status if d else None, self.context.actor)
        for key, button in self.buttons.items():
            button.setVisible(key in offered)
        self.not_duplicate_button.setVisible(bool(d and d.duplicates)
                                             and self.context.actor.can(Permission.BATCH_APPROVE))

    def _fill_documents(self, d: ClaimDetail | None) -> None:
        self.documents.clear()
        for name, received in d.documents if d else ():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)
            self.documents.addItem(item)

    def _documents(self, checked: bool) -> list[str]:
        items = (self.documents.item(i) for i in range(self.documents.count()))
        return [i.text() for i in items if (i.checkState() == Qt.CheckState.Checked) == checked]

    def _done(self, result) -> None:
        if result is not None and self.detail is not None:
            self.show_claim(self.detail.row.id)

    # ------------------------------------------------------------ actions
    def do_complete(self) -> None:
        d, received = self.detail, set(self._documents(True))
        service = self.context.services.claims.intake
        self._done(attempt(self, lambda: service.complete_documents(self.context.actor, d.row.id, d.version,
                                                                   received)))

    def do_review(self) -> None:
        d = self.detail
        self._done(attempt(self, lambda: self.review.review(self.context.actor, d.row.id, d.version)))

    def do_request(self) -> None:
        d, missing = self.detail, self._documents(False)
        if not missing:
            prompt_for(self).inform(self, "要求补正", "请先在材料清单中取消勾选缺少的材料。")
            return
        self._done(attempt(self, lambda: self.review.request_documents(self.context.actor, d.row.id, d.version,
                                                                       missing)))

    def do_approve(self) -> None:
        d = self.detail
        submit = lambda amount, reason: self.review.approve(  # noqa: E731
            self.context.actor, d.row.id, d.version, amount, reason)
        dialog = ApproveDialog(d.row.number, d.row.calculated or 0, d.calculation_text, submit, self)
        dialog.accepted.connect(lambda: self._done(dialog.result_))
        self.approve_dialog = dialog
        dialog.open()

    def do_not_duplicate(self) -> None:
        """The director's written reason why this claim is no duplicate of the ones named (audited)."""
        d = self.detail
        others = "\n".join(d.duplicates)
        reason = prompt_for(self).ask_text(
            self, "确认非重复", f"{d.row.number}：\n{others}\n\n请写明为何不是重复理赔（将记入审计日志）：", multiline=True)
        if reason is None:
            return
        self._done(attempt(self, lambda: self.review.confirm_not_duplicate(self.context.actor, d.row.id, d.version,
                                                                           reason)))

    def do_archive(self) -> None:
        d = self.detail
        self._done(attempt(self, lambda: self.review.archive(self.context.actor, d.row.id, d.version)))

    def do_reject(self) -> None:
        d = self.detail
        reason = prompt_for(self).ask_text(self, "不予赔付", f"{d.row.number} 不予赔付的原因：", multiline=True)
        if reason is None:
            return
        self._done(attempt(self, lambda: self.review.reject(self.context.actor, d.row.id, d.version, reason)))


def _title(d: ClaimDetail) -> str:
    r = d.row
    return (f"<b>{r.number}</b>　{r.name}（{r.id_masked}）<br>{r.plan_name} · {r.event_type} · "
            f"{r.event_on}　状态：<b>{r.status.label}</b>")


def _info(d: ClaimDetail) -> str:
    lines = [f"计算金额 ¥{format_amount(d.row.calculated or 0)}"]
    if d.row.approved is not None:
        lines.append(f"核准金额 ¥{format_amount(d.row.approved)}" + (f"（{d.approval_note}）" if d.approval_note else ""))
    if d.duplicates:
        lines.extend(f"<span style='color:#b00020'>重复理赔：{html.escape(text)}，不能核准或编入批次</span>"
                     for text in d.duplicates)
    elif d.duplicate_number and not d.duplicate_override:
        lines.append(f"<span style='color:#b06000'>疑似重复：与 {d.duplicate_number} 相同会员、项目和事故日期</span>")
    if d.duplicate_override:
        lines.append(f"主任确认非重复：{html.escape(d.duplicate_override)}")
    if d.missing:
        lines.append("缺少材料：" + "、".join(d.missing))
    if d.reject_reason:
        lines.append(f"不予赔付原因：{d.reject_reason}")
    lines.extend(f"<span style='color:#b00020'>{html.escape(text)}</span>" for text in d.failed_payments)
    if d.batch_number:
        lines.append(f"支付批次：{d.batch_number}" + (f"，{d.row.paid_on} 已支付" if d.row.paid_on else ""))
    return "<br>".join(lines)
