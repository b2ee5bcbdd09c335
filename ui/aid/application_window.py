"""One aid application: who, on what grounds, how much, where it stands, and the next step
(审核, 核准, 不予核准, 撤销) for an officer whose role allows it; the note or reason is asked for."""

from __future__ import annotations

from db.enums import AidStatus
from desktop.auth import Permission
from desktop.aid.queries import ApplicationDetail
from desktop.errors import UserError
from ui.changes import watch
from ui.context import AppContext
from ui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout
from ui.widgets.windows import fit_to_screen

S = AidStatus
STEPS = (  # key, button, from states, permission, question, reason required
    ("review", "审核通过", (S.SUBMITTED,), Permission.CLAIM_REVIEW, "审核意见（可留空）", False),
    ("approve", "核准", (S.REVIEWED,), Permission.CLAIM_APPROVE, "核准意见（可留空）", False),
    ("reject", "不予核准", (S.SUBMITTED, S.REVIEWED), Permission.CLAIM_REVIEW, "不予核准的原因", True),
    ("withdraw", "撤销", (S.SUBMITTED, S.REVIEWED, S.APPROVED), Permission.CLAIM_REVIEW, "撤销的原因", True),
)


class ApplicationWindow(QDialog):
    def __init__(self, context: AppContext, application_id: int, parent=None) -> None:
        super().__init__(parent)
        self.context, self.application_id = context, application_id
        self.detail: ApplicationDetail | None = None
        fit_to_screen(self, 720, 460)
        self.summary = QLabel(objectName="aidSummary", wordWrap=True)
        self.buttons = {key: QPushButton(text, objectName=f"aid_{key}") for key, text, *_ in STEPS}
        row = QHBoxLayout()
        for key, *_ in STEPS:
            row.addWidget(self.buttons[key])
            self.buttons[key].clicked.connect(lambda _=False, k=key: self.step(k))
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()
        layout.addLayout(row)
        watch(self, context.changes, self.reload, ("aid_application",))
        self.reload()

    def reload(self) -> None:
        self.detail = self.context.services.aid.queries.detail(self.application_id)
        if self.detail is None:
            return
        self.setWindowTitle(f"帮扶申请 {self.detail.row.number} — {self.detail.row.worker_name}")
        self.summary.setText(_summary(self.detail))
        for key, _text, states, permission, *_ in STEPS:
            self.buttons[key].setEnabled(self.detail.row.status in states and self.context.can(permission))

    def step(self, key: str) -> None:
        assert self.detail is not None
        _key, text, _states, _permission, question, _required = next(s for s in STEPS if s[0] == key)
        note = self.context.prompt.ask_text(self, text, question, multiline=True)
        if note is None:
            return
        service, row = self.context.services.aid.applications, self.detail.row
        try:
            getattr(service, key)(self.context.actor, row.id, row.version, note)
        except UserError as error:
            self.context.prompt.warn(self, f"无法{text}", str(error))
        self.reload()


def _summary(detail: ApplicationDetail) -> str:
    row = detail.row
    lines = [f"<b>{row.number}　{row.worker_name}</b>　{row.unit}",
             f"{row.programme}　<b>{row.status.label}</b>　金额 ¥{row.amount:,.2f}　申请日期 {row.applied_on:%Y-%m-%d}",
             f"资格依据：{row.grounds}"]
    if row.school_stage is not None:
        lines.append(f"子女：{row.child_name}　{row.school_stage.label}　{row.admission_year}年入学　{row.school}")
    if detail.reason:
        lines.append(f"申请理由：{detail.reason}")
    if detail.reviewed_on:
        lines.append(f"审核：{detail.reviewed_by} {detail.reviewed_on:%Y-%m-%d} {detail.review_note}")
    if detail.approved_on:
        lines.append(f"决定：{detail.approved_by} {detail.approved_on:%Y-%m-%d} {detail.decision_note}")
    return "<br>".join(lines)
