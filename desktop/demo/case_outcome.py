"""How a demo case went: decisions, sessions, agreement, performance and its history."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from db.enums import CaseStatus as S
from db.enums import FollowUpRoute, PauseReason, PaymentKind, PaymentStatus, SessionKind, SessionMode
from desktop.demo import case_texts as texts
from desktop.demo.bulk import moment
from desktop.demo.case_plan import CasePlan
from desktop.demo.context import Ctx
from desktop.demo.people import Firm, Person
from desktop.demo.weighted import Weighted, between, pick

ENDINGS = (S.REJECTED, S.RESPONDENT_DECLINED, S.AGREED, S.TERMINATED, S.WITHDRAWN)
ROUTES = Weighted({FollowUpRoute.PAYMENT_ORDER: 4, FollowUpRoute.ARBITRATION: 3,
                   FollowUpRoute.JUDICIAL_CONFIRMATION: 2, FollowUpRoute.COURT: 1})
MODES = Weighted({SessionMode.IN_PERSON: 15, SessionMode.PHONE: 3, SessionMode.VIDEO: 2})
METHODS = ("银行转账", "银行转账", "银行转账", "现金", "微信转账")
STEP_REASONS = {
    S.DRAFT: "登记调解申请", S.UNDER_REVIEW: "提交审查", S.ACCEPTED: "符合受理条件，予以受理",
    S.IN_MEDIATION: "组织双方进行调解", S.AGREED: "双方自愿达成调解协议", S.PERFORMING: "调解协议生效，进入履行",
    S.PERFORMED: "协议款项已全部履行完毕", S.DEFAULTED: "被申请人逾期未履行调解协议",
    S.CLOSED: "经审批结案", S.ARCHIVED: "案卷整理完毕，归档",
}
HUNDRED = Decimal(100)


def write_outcome(ctx: Ctx, plan: CasePlan, row: dict, firm: Firm, workers: list[Person], lead: int | None) -> None:
    _decision(ctx, plan, row)
    if plan.on(S.IN_MEDIATION):
        _sessions(ctx, plan, row, firm, workers, lead)
    if plan.status is S.IN_MEDIATION and ctx.rng.random() < 0.6:
        _pause(ctx, plan, row, lead)
    if plan.on(S.AGREED):
        _agreement(ctx, plan, row, firm, workers, lead)


def _decision(ctx: Ctx, plan: CasePlan, row: dict) -> None:
    rng = ctx.rng
    row["ended_on"] = next((plan.on(s) for s in ENDINGS if plan.on(s)), None)
    if plan.ending is S.REJECTED:
        row["decision_reason"] = pick(rng, texts.REJECT_REASONS)
    elif plan.ending is S.RESPONDENT_DECLINED:
        row["decision_reason"] = pick(rng, texts.DECLINE_REASONS)
    elif plan.ending is S.TERMINATED:
        row["termination_reason"] = plan.termination
        row["termination_note"] = texts.TERMINATION_NOTES[plan.termination]
    elif plan.ending is S.WITHDRAWN:
        row["remarks"] = pick(rng, texts.WITHDRAW_NOTES)
    agreed = plan.on(S.AGREED)
    if agreed and (agreed - plan.received).days > 15:
        row["extension_days"] = 15
        row["extension_reason"] = "经双方当事人同意，延长调解期限十五日"


OTHER_PAUSE_NOTE = "等待社保部门出具缴费记录"


def _pause(ctx: Ctx, plan: CasePlan, row: dict, lead: int | None) -> None:
    """A running case whose clock was suspended (中止): still suspended, or resumed."""
    rng = ctx.rng
    started = plan.on(S.IN_MEDIATION) + timedelta(days=between(rng, 0, 3))
    if started > ctx.today:
        return
    reason = pick(rng, list(PauseReason))
    resumed = started + timedelta(days=between(rng, 3, 12))
    if resumed > ctx.today or rng.random() < 0.6:
        resumed = None
        row["paused_since"] = started
    else:
        row["paused_days"] = (resumed - started).days
    ctx.add("case_pause", {"id": ctx.new_id("case_pause"), "case_id": plan.case_id, "reason": reason,
                           "reason_text": OTHER_PAUSE_NOTE if reason is PauseReason.OTHER else None,
                           "started_on": started, "resumed_on": resumed, "created_by": lead, "version": 1})


def _sessions(ctx: Ctx, plan: CasePlan, row: dict, firm: Firm, workers: list[Person], lead: int | None) -> None:
    rng = ctx.rng
    start = plan.on(S.IN_MEDIATION)
    end = row["ended_on"] or min(ctx.today, start + timedelta(days=14))
    days = sorted(start + timedelta(days=between(rng, 0, (end - start).days)) for _ in range(between(rng, 1, 3)))
    if plan.on(S.AGREED):
        days[-1] = plan.on(S.AGREED)
    mediator = ctx.staff.names.get(lead, "")
    for k, day in enumerate(days):
        mode = MODES.pick(rng)
        ctx.add("mediation_session", {
            "id": ctx.new_id("mediation_session"), "case_id": plan.case_id,
            "kind": SessionKind.INVESTIGATION if k == 0 and len(days) > 1 else SessionKind.MEDIATION,
            "held_on": day, "mode": mode, "recorded_by": lead,
            "place": f"区总工会劳动争议调解中心第{between(rng, 1, 3)}调解室" if mode is SessionMode.IN_PERSON else None,
            "attendees": f"申请人{workers[0].name}；被申请人{firm.name}委托代理人；调解员{mediator}",
            "applicant_position": f"坚持申请书中的请求，要求被申请人支付{row['amount_claimed']:,.2f}元",
            "respondent_position": pick(rng, texts.RESPONDENT_POSITIONS),
            "narrative": pick(rng, texts.NARRATIVES),
        })


def _agreement(ctx: Ctx, plan: CasePlan, row: dict, firm: Firm, workers: list[Person], lead) -> None:
    rng = ctx.rng
    agreed_on = plan.on(S.AGREED)
    claimed = row["amount_claimed"]
    agreed = (claimed * between(rng, 50, 100) / 100).quantize(Decimal(1)).quantize(Decimal("0.01"))
    terms = plan.terms or [(agreed_on + timedelta(days=between(rng, 5, 20)), None)]
    amounts = _split(agreed, len(terms))
    performed = Decimal("0.00")
    for seq, ((due, paid), amount) in enumerate(zip(terms, amounts, strict=True), 1):
        performed += _term(ctx, plan, firm, workers, seq, due, paid, amount)
    row.update(agreed_on=agreed_on, agreed_amount=agreed, amount_performed=performed, amount_recovered=performed)
    if plan.on(S.DEFAULTED):
        row["follow_up_route"] = ROUTES.pick(rng)
    _follow_up(ctx, plan, lead)


def _split(total: Decimal, parts: int) -> list[Decimal]:
    share = (total / parts / HUNDRED).quantize(Decimal(1)) * HUNDRED
    return [share] * (parts - 1) + [total - share * (parts - 1)]


def _term(ctx: Ctx, plan: CasePlan, firm: Firm, workers: list[Person], seq: int, due: date,
          paid: date | None, amount: Decimal) -> Decimal:
    rng = ctx.rng
    term_id = ctx.new_id("agreement_term")
    method = pick(rng, METHODS)
    payee = workers[0].name if len(workers) == 1 else f"{workers[0].name}等{len(workers)}人"
    ctx.add("agreement_term", {
        "id": term_id, "case_id": plan.case_id, "seq": seq, "amount": amount, "payer": firm.name,
        "due_on": due, "method": method,
        "description": f"被申请人于{due.year}年{due.month}月{due.day}日前以{method}方式向申请人支付第{seq}期款项{amount:,.2f}元",
    })
    ctx.add("payment", {
        "id": ctx.new_id("payment"), "kind": PaymentKind.SETTLEMENT, "case_id": plan.case_id,
        "worker_id": workers[0].id, "payee_name": payee, "amount": amount, "due_on": due, "paid_on": paid,
        "status": PaymentStatus.PAID if paid else PaymentStatus.PENDING, "method": method,
        "note": f"调解协议第{seq}期（由用人单位支付，中心跟踪）",
    })
    if paid is None:
        return Decimal("0.00")
    ctx.add("performance_payment", {
        "id": ctx.new_id("performance_payment"), "case_id": plan.case_id, "term_id": term_id,
        "paid_on": paid, "amount": amount, "method": method, "note": f"第{seq}期款项已到账",
        "recorded_at": moment(paid, 90),
    })
    return amount


def _follow_up(ctx: Ctx, plan: CasePlan, lead: int | None) -> None:
    rng = ctx.rng
    performed, defaulted = plan.on(S.PERFORMED), plan.on(S.DEFAULTED)
    if performed and rng.random() < 0.3:
        day, result = performed + timedelta(days=between(rng, 7, 30)), "申请人表示款项已全部收到，对调解工作满意"
    elif defaulted:
        day, result = defaulted, "被申请人仍未支付剩余款项，已告知申请人可依法申请支付令或仲裁"
    else:
        return
    if day <= ctx.today:
        ctx.add("follow_up", {"id": ctx.new_id("follow_up"), "case_id": plan.case_id, "visited_on": day,
                              "method": "电话回访", "result": result, "officer_id": lead})


def write_transitions(ctx: Ctx, plan: CasePlan, row: dict, lead: int | None) -> None:
    staff = ctx.staff
    previous = None
    for k, (status, day) in enumerate(plan.steps):
        if status in (S.DRAFT, S.UNDER_REVIEW):
            officer = staff.clerk
        elif status in (S.ACCEPTED, S.REJECTED, S.RESPONDENT_DECLINED, S.CLOSED, S.ARCHIVED) or lead is None:
            officer = staff.director
        else:
            officer = lead
        ctx.add("state_transition", {
            "id": ctx.new_id("state_transition"), "entity_type": "mediation_case", "entity_id": plan.case_id,
            "from_state": previous, "to_state": status.value, "at": moment(day, 20 + 15 * k),
            "officer_id": officer, "reason": _reason(status, row),
        })
        previous = status.value


def _reason(status: S, row: dict) -> str:
    if status in (S.REJECTED, S.RESPONDENT_DECLINED):
        return row["decision_reason"]
    if status is S.TERMINATED:
        return row["termination_note"]
    if status is S.WITHDRAWN:
        return row["remarks"]
    return STEP_REASONS[status]
