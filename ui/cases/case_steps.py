"""What each button of the case window opens, and which service call it makes."""

from __future__ import annotations

from datetime import date

from db.enums import FollowUpRoute, PauseReason, Retention, Satisfaction, SessionKind, SessionMode, TerminationReason
from desktop.cases.archive import LoanInput, VolumeInput
from desktop.cases.forms import DefaultInput, FollowUpInput, PaymentInput, SessionInput, TerminationInput
from desktop.cases.pauses import PauseInput
from ui.cases.case_dialogs import AgreementDialog, TeamDialog
from ui.cases.intake_dialog import IntakeDialog
from ui.cases.party_dialogs import employer_dialog, worker_dialog
from ui.cases.widgets import Field, FormDialog

IMMEDIATE = {"submit", "start", "performed"}


def step_dialog(window, key: str):
    """The dialog for ``key`` (a step or a record action), wired to its service call."""
    s, actor, cid, version = window.services, window.context.actor, window.case_id, window.detail.version
    builders = {
        "amend": lambda: IntakeDialog(window.context, s, case_id=cid),
        "edit_worker": lambda: worker_dialog(window),
        "edit_employer": lambda: employer_dialog(window),
        "accept": lambda: FormDialog("受理案件", [Field("on", "受理日期", "date")],
                                     lambda v: s.review.accept(actor, cid, v["on"], version=version)),
        "revoke": lambda: FormDialog("撤销受理（案件编号作废，不再使用）", [Field("reason", "撤销原因", "text")],
                                     lambda v: s.review.revoke(actor, cid, v["reason"], version=version)),
        "reject": lambda: FormDialog("不予受理", [Field("on", "决定日期", "date"), Field("reason", "不予受理理由", "text")],
                                     lambda v: s.review.reject(actor, cid, v["on"], v["reason"], version=version)),
        "decline": lambda: FormDialog("对方不同意调解", [Field("on", "日期", "date"), Field("reason", "情况说明", "text")],
                                      lambda v: s.review.decline(actor, cid, v["on"], v["reason"], version=version)),
        "agree": lambda: AgreementDialog(lambda v: s.outcome.agree(actor, cid, v, version=version), window.detail.employer.name),
        "amend_terms": lambda: amend_terms_dialog(window),
        "terminate": lambda: FormDialog("终止调解", [
            Field("on", "终止日期", "date"), Field("reason", "终止原因", "combo", TerminationReason),
            Field("note", "说明", "text")],
            lambda v: s.outcome.terminate(actor, cid, TerminationInput(v["on"], v["reason"], v["note"]), version=version)),
        "withdraw": lambda: FormDialog("申请人撤回", [Field("on", "撤回日期", "date"), Field("reason", "撤回原因", "text")],
                                       lambda v: s.outcome.withdraw(actor, cid, v["on"], v["reason"], version=version)),
        "defaulted": lambda: FormDialog("协议未履行", [
            Field("route", "后续途径", "combo", FollowUpRoute), Field("note", "未履行情况", "text")],
            lambda v: s.outcome.mark_defaulted(actor, cid, DefaultInput(v["route"], v["note"]), version=version)),
        "close": lambda: FormDialog("结案", [Field("on", "结案日期", "date"), Field("note", "结案说明", "text")],
                                    lambda v: s.closing.close(actor, cid, v["on"], v["note"], version=version)),
        "archive": lambda: FormDialog("归档", [Field("on", "归档日期", "date")],
                                      lambda v: s.closing.archive(actor, cid, v["on"], version=version)),
        "reopen": lambda: FormDialog("重新打开已结案件", [Field("reason", "重新打开原因", "text")],
                                     lambda v: s.closing.reopen(actor, cid, v["reason"], version=version)),
        "assign": lambda: TeamDialog(lambda team: s.mediation.assign(actor, cid, team, version=version), s.mediation.officers()),
        "session": lambda: FormDialog("新增调解/调查笔录", session_fields(),
                                      lambda v: s.mediation.add_session(actor, cid, SessionInput(**v), version=version)),
        "edit_session": lambda: edit_session_dialog(window),
        "extend": lambda: FormDialog("延长调解期限（双方同意）", [
            Field("days", "延长天数", "int", default=15), Field("reason", "延长理由", "text")],
            lambda v: s.mediation.extend(actor, cid, v["days"], v["reason"], version=version)),
        "pause": lambda: FormDialog("中止调解期限（中止期间不计入调解期限）", [
            Field("reason", "中止原因", "combo", PauseReason), Field("started_on", "中止日期", "date"),
            Field("note", "具体原因（选「其他」时必填）", "text")],
            lambda v: s.pauses.pause(actor, cid, PauseInput(v["reason"], v["started_on"], v["note"]), version=version)),
        "resume": lambda: FormDialog("恢复计时", [Field("on", "恢复计时日期", "date")],
                                     lambda v: s.pauses.resume(actor, cid, v["on"], version=version)),
        "payment": lambda: FormDialog("登记履行款", [
            Field("paid_on", "履行日期", "date"), Field("amount", "金额（元）"), Field("method", "方式", default="银行转账"),
            Field("note", "备注")], lambda v: s.outcome.record_payment(actor, cid, PaymentInput(**v), version=version)),
        "volume": lambda: FormDialog("填写卷宗信息", [
            Field("box_no", "盒号"), Field("volume_no", "卷号"),
            Field("retention", "保管期限", "combo", Retention, empty="（请选择）")],
            lambda v: s.archive.file_volume(actor, cid, VolumeInput(**v), version=version)),
        "lend": lambda: FormDialog("卷宗借阅登记", [
            Field("borrower", "借阅人"), Field("organisation", "借阅单位"), Field("purpose", "借阅事由", "text"),
            Field("lent_on", "借出日期", "date"), Field("due_back_on", "应还日期", "date")],
            lambda v: s.archive.lend(actor, cid, LoanInput(**v), version=version)),
        "give_back": lambda: FormDialog("卷宗归还", [Field("on", "归还日期", "date")],
                                        lambda v: s.archive.give_back(actor, cid, v["on"], version=version)),
        "follow_up": lambda: FormDialog("新增回访", [
            Field("visited_on", "回访日期", "date"), Field("method", "方式", default="电话"),
            Field("satisfaction", "满意度", "combo", Satisfaction, empty="（请选择）"), Field("result", "回访情况", "text")],
            lambda v: s.outcome.add_follow_up(actor, cid, FollowUpInput(**v), version=version)),
    }
    dialog = builders[key]()
    dialog.setParent(window, dialog.windowFlags())
    return dialog


def session_fields(entry: SessionInput | None = None) -> list[Field]:
    """The inputs of a session's record, filled from ``entry`` when correcting one."""
    e = entry or SessionInput(held_on=date.today())
    return [
        Field("held_on", "日期", "date", default=e.held_on if entry else None),
        Field("kind", "类别", "combo", SessionKind, default=e.kind),
        Field("mode", "方式", "combo", SessionMode, default=e.mode), Field("place", "地点", default=e.place),
        Field("attendees", "参加人员", default=e.attendees),
        Field("applicant_position", "申请人意见", "text", default=e.applicant_position),
        Field("respondent_position", "被申请人意见", "text", default=e.respondent_position),
        Field("proposal", "调解方案", "text", default=e.proposal), Field("narrative", "经过", "text", default=e.narrative)]


def edit_session_dialog(window) -> FormDialog:
    """修改所选笔录: the selected session's record to correct, until its 调解笔录 is issued."""
    s, actor, cid, detail = window.services, window.context.actor, window.case_id, window.detail
    line = detail.sessions[max(window.tabs.sessions.currentRow(), 0)]
    return FormDialog(f"修改笔录（{line.cells[0]} {line.cells[1]}，调解笔录出具前）", session_fields(line.entry),
                      lambda v: s.mediation.edit_session(actor, cid, line.id, SessionInput(**v), version=detail.version))


def amend_terms_dialog(window) -> AgreementDialog:
    """修改协议条款: the recorded terms to correct, until the 调解协议书 is issued (the service refuses after)."""
    s, actor, cid, detail = window.services, window.context.actor, window.case_id, window.detail
    dialog = AgreementDialog(lambda v: s.outcome.amend_agreement(actor, cid, v, version=detail.version),
                             detail.employer.name, title="修改协议条款（调解协议书出具前）")
    agreed_on = dict(detail.fields).get("协议日期")
    dialog.fill(date.fromisoformat(agreed_on) if agreed_on else None, detail.terms)
    return dialog


def run_immediate(window, key: str) -> None:
    s, actor, cid, version = window.services, window.context.actor, window.case_id, window.detail.version
    if key == "submit":
        s.review.submit(actor, cid, version=version)
    elif key == "start":
        s.mediation.start(actor, cid, version=version)
    elif key == "performed":
        s.outcome.mark_performed(actor, cid, version=version)
