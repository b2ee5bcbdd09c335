"""The outcome: agreement (terms), termination, withdrawal; then performance and follow-up visits."""

from __future__ import annotations

from datetime import date, datetime, UTC
from decimal import Decimal

from db.audit import record_event
from db.enums import CaseStatus, TerminationReason
from db.models import AgreementTerm, FollowUp, PerformancePayment
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import amount, not_before, not_future, positive_amount, required, text
from desktop.cases.pauses import end_open_pause, record_clock
from desktop.cases.forms import AgreementInput, DefaultInput, FollowUpInput, PaymentInput, TerminationInput
from desktop.cases.mediation import require_state
from desktop.cases.workflow import CASE_WORKFLOW, ENTITY, FOLLOW_UP, PAYING
from desktop.errors import ValidationError
from desktop.frozen import ensure_not_issued
from desktop.money import format_amount

ZERO = Decimal("0.00")


def terms_total(entry: AgreementInput) -> Decimal:
    return sum((amount(t.amount, f"协议条款{i}金额") for i, t in enumerate(entry.terms, 1)), ZERO)


def check_agreement(entry: AgreementInput) -> list[AgreementTerm]:
    not_future(entry.agreed_on, "协议日期")
    if not entry.terms:
        raise ValidationError("至少填写一项协议条款", field="协议条款")
    return [_term(i, t) for i, t in enumerate(entry.terms, 1)]


def _term(seq: int, term) -> AgreementTerm:
    """One term; a payment term says who pays, by when and how (the 调解协议书 prints all three)."""
    money = amount(term.amount, f"协议条款{seq}金额")
    row = AgreementTerm(seq=seq, description=required(term.description, f"协议条款{seq}内容"), amount=money,
                        payer=text(term.payer), due_on=term.due_on, method=text(term.method))
    if money > ZERO:
        required(term.payer, f"协议条款{seq}支付方")
        if term.due_on is None:
            raise ValidationError("有金额的条款必须填写履行期限", field=f"协议条款{seq}履行期限")
        required(term.method, f"协议条款{seq}支付方式")
    return row


def _check_due_dates(terms: list[AgreementTerm], agreed_on: date) -> None:
    for term in terms:
        if term.due_on is not None and term.due_on < agreed_on:
            raise ValidationError("履行期限不能早于协议日期", field=f"协议条款{term.seq}履行期限")


AMENDABLE_AGREEMENT = frozenset({CaseStatus.AGREED, CaseStatus.PERFORMING})


class OutcomeService(CaseActions):
    def agree(self, actor: Actor, case_id: int, entry: AgreementInput, *, version: int) -> Decimal:
        """Record the agreement; returns the agreed amount (sum of the terms)."""
        terms = check_agreement(entry)

        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.AGREED)
            not_before(entry.agreed_on, record.received_on, "协议日期", "收到申请日期")
            _check_due_dates(terms, entry.agreed_on)
            self._move(session, record, CaseStatus.AGREED, actor, "达成调解协议")
            record.terms = terms
            record.agreed_on = record.ended_on = entry.agreed_on
            record.agreed_amount = sum((t.amount for t in terms), ZERO)
            end_open_pause(session, record, entry.agreed_on)
            return record.agreed_amount
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def amend_agreement(self, actor: Actor, case_id: int, entry: AgreementInput, *, version: int) -> Decimal:
        """Correct the agreement (date and terms) until its 调解协议书 is issued; returns the new amount."""
        terms = check_agreement(entry)

        def action(session, record):
            require_state(record, AMENDABLE_AGREEMENT, "修改协议条款")
            ensure_not_issued(session, "agreement", ENTITY, record.id, "协议条款")
            not_before(entry.agreed_on, record.received_on, "协议日期", "收到申请日期")
            _check_due_dates(terms, entry.agreed_on)
            total = sum((t.amount for t in terms), ZERO)
            if total < (record.amount_performed or ZERO):
                raise ValidationError(f"不能少于已履行金额 {format_amount(record.amount_performed)} 元", field="协议金额")
            record.terms = terms
            record.agreed_on = record.ended_on = entry.agreed_on
            record.agreed_amount = total
            return total
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def terminate(self, actor: Actor, case_id: int, entry: TerminationInput, *, version: int) -> None:
        not_future(entry.ended_on, "终止日期")
        if entry.reason == TerminationReason.OTHER:
            required(entry.note, "终止说明")

        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.TERMINATED)
            if entry.reason == TerminationReason.TIME_LIMIT:
                _check_time_limit(session, record, entry.ended_on)
            reason = entry.reason.label + (f"：{entry.note.strip()}" if text(entry.note) else "")
            self._move(session, record, CaseStatus.TERMINATED, actor, reason)
            record.termination_reason, record.termination_note = entry.reason, text(entry.note)
            record.ended_on = entry.ended_on
            end_open_pause(session, record, entry.ended_on)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def withdraw(self, actor: Actor, case_id: int, on: date, reason: str, *, version: int) -> None:
        not_future(on, "撤回日期")
        reason = required(reason, "撤回原因")

        def action(session, record):
            self._move(session, record, CaseStatus.WITHDRAWN, actor, reason)
            record.ended_on = on
            end_open_pause(session, record, on)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def record_payment(self, actor: Actor, case_id: int, entry: PaymentInput, *, version: int) -> Decimal:
        """Record an instalment received; returns the amount performed so far."""
        paid = positive_amount(entry.amount, "履行金额")
        not_future(entry.paid_on, "履行日期")

        def action(session, record):
            require_state(record, PAYING, "登记履行款")
            not_before(entry.paid_on, record.agreed_on, "履行日期", "协议日期")
            total = record.amount_performed + paid
            if record.agreed_amount is not None and total > record.agreed_amount:
                raise ValidationError(
                    f"累计履行 {format_amount(total)} 元将超过协议金额 {format_amount(record.agreed_amount)} 元",
                    field="履行金额")
            if record.status == CaseStatus.AGREED:
                self._move(session, record, CaseStatus.PERFORMING, actor, "开始履行")
            record.performances.append(PerformancePayment(
                paid_on=entry.paid_on, amount=paid, method=text(entry.method), note=text(entry.note),
                term_id=_term_id(record, entry.term_seq), recorded_at=datetime.now(UTC)))
            record.amount_performed = record.amount_recovered = total
            return total
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def mark_performed(self, actor: Actor, case_id: int, *, version: int) -> None:
        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.PERFORMED)
            owed = (record.agreed_amount or ZERO) - record.amount_performed
            if owed > 0:
                raise ValidationError(f"尚有 {format_amount(owed)} 元未登记履行，不能确认已履行", field="履行金额")
            self._move(session, record, CaseStatus.PERFORMED, actor, "协议已履行完毕")
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def mark_defaulted(self, actor: Actor, case_id: int, entry: DefaultInput, *, version: int) -> None:
        note = required(entry.note, "未履行情况")

        def action(session, record):
            self._move(session, record, CaseStatus.DEFAULTED, actor, f"{entry.route.label}：{note}")
            record.follow_up_route = entry.route
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def add_follow_up(self, actor: Actor, case_id: int, entry: FollowUpInput, *, version: int) -> None:
        """Record a 回访; allowed on a closed or archived file without reopening it (audited),
        and it settles the 回访 planned at closing."""
        not_future(entry.visited_on, "回访日期")
        result = required(entry.result, "回访情况")
        if entry.satisfaction is None:
            raise ValidationError("请选择当事人的满意度", field="满意度")

        def action(session, record):
            require_state(record, FOLLOW_UP, "登记回访")
            not_before(entry.visited_on, record.ended_on or record.received_on, "回访日期", "办理结束日期")
            record.follow_ups.append(FollowUp(visited_on=entry.visited_on, method=text(entry.method), result=result,
                                              satisfaction=entry.satisfaction, officer_id=actor.officer_id))
            record.follow_up_due_on = None
            record_event(session, "follow_up", entity_type=ENTITY, entity_id=record.id,
                         detail=f"{entry.visited_on:%Y-%m-%d} {entry.satisfaction.label}：{result}")
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action, writable=False)


def _term_id(record, seq: int | None) -> int | None:
    if seq is None:
        return None
    for term in record.terms:
        if term.seq == seq:
            return term.id
    raise ValidationError(f"没有第 {seq} 项协议条款", field="对应条款")


def _check_time_limit(session, record, on: date) -> None:
    clock = record_clock(session, record, on, running=True)
    if on <= clock.due:
        raise ValidationError(f"调解期限至 {clock.due:%Y-%m-%d} 届满，尚未超期，不能以期限届满为由终止",
                              field="终止原因")
