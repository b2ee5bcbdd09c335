"""Mutual-aid claims in every state, their documents, payment batches and payouts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, update

from db.enums import BatchStatus, PaymentKind, PaymentStatus
from db.enums import ClaimStatus as C
from db.models import PaymentBatch
from desktop.demo.bulk import Progress, moment
from desktop.demo.claim_details import details
from desktop.demo.claim_plan import ClaimPlan, pay_day
from desktop.demo.context import Ctx
from desktop.demo.members import Pools
from desktop.demo.people import Person
from desktop.demo.plans import Plan, calculate, rule_base
from desktop.demo.weighted import Weighted, between, pick

REJECT_REASONS = ("所患疾病不属于本项目保障范围", "发生费用时尚在等待期内", "超过申请时限",
                  "经核实已在其他项目重复申请", "未提供有效的费用结算凭证")
CAP_REACHED = "本年度累计赔付已达封顶额"
STEP_REASONS = {C.SUBMITTED: "受理理赔申请", C.REVIEWED: "材料齐全，审核计算", C.APPROVED: "核准赔付",
                C.PAID: "随批次支付至京卡", C.ARCHIVED: "理赔资料归档"}
PAY_METHOD = "京卡（互助服务卡）转账"


@dataclass
class Batch:
    id: int
    total: Decimal = Decimal("0.00")
    count: int = 0


def write_claims(ctx: Ctx, claim_plans: list[ClaimPlan], plans: list[Plan], pools: Pools,
                 progress: Progress | None) -> dict[date, Batch]:
    batches = _batches(ctx, claim_plans)
    ytd: dict[tuple, Decimal] = {}
    choice = Weighted({index: plan.weight for index, plan in enumerate(plans)})
    for done, cp in enumerate(claim_plans, 1):
        plan = plans[choice.pick(ctx.rng)]
        member, enrolment_id = pick(ctx.rng, pools[plan.code])
        _claim(ctx, cp, plan, member, enrolment_id, ytd, batches)
        ctx.writer.maybe_flush()
        if progress and done % 2000 == 0:
            progress(done, len(claim_plans), "互助理赔")
    return batches


def _batches(ctx: Ctx, claim_plans: list[ClaimPlan]) -> dict[date, Batch]:
    batches = {}
    for day in sorted({cp.batch_day for cp in claim_plans if cp.batch_day}):
        batch = Batch(ctx.new_id("payment_batch"))
        number = ctx.book.take("batch", day.year, "payment_batch", batch.id, day)
        ctx.add("payment_batch", {
            "id": batch.id, "number": number, "status": BatchStatus.PAID, "made_on": day, "paid_on": pay_day(day),
            "approved_by": ctx.staff.director, "created_by": ctx.staff.clerk, "version": 1,
            "created_at": moment(day, 60), "updated_at": moment(pay_day(day), 60),
        })
        batches[day] = batch
    return batches


def save_batch_totals(ctx: Ctx, batches: dict[date, Batch]) -> None:
    rows = [{"b_id": b.id, "b_total": b.total, "b_count": b.count} for b in batches.values()]
    if rows:
        statement = (update(PaymentBatch).where(PaymentBatch.id == bindparam("b_id"))
                     .values(total=bindparam("b_total"), count=bindparam("b_count"),
                             paid_total=bindparam("b_total"), paid_count=bindparam("b_count")))
        ctx.writer.connection.execute(statement, rows)


def _claim(ctx: Ctx, cp: ClaimPlan, plan: Plan, member: Person, enrolment_id: int, ytd: dict, batches) -> None:
    cp.claim_id = ctx.new_id("aid_claim")
    info = details(ctx.rng, plan, member, cp.applied)
    base = rule_base(plan.rule, info["total_cost"], info["fund_paid"], info["copay"], info["self_pay"], info.get("grade"))
    key = (member.id, plan.code, cp.applied.year)
    before = ytd.get(key, Decimal("0.00"))
    raw, amount, text = calculate(plan.rule, base, before)
    capped = amount == 0 and cp.on(C.APPROVED) is not None
    if capped:
        _cap_reached(cp)
    row = _row(ctx, cp, plan, member, enrolment_id, info, raw)
    if cp.on(C.REVIEWED):
        row.update(eligible_base=base, calculated_amount=amount, calculation_text=text,
                   rule_version_id=plan.rule_version_id, ytd_paid_before=before,
                   reviewed_by=pick(ctx.rng, ctx.staff.mediators))
    if cp.on(C.APPROVED):
        row.update(approved_amount=amount, approved_by=ctx.staff.director, approved_on=cp.on(C.APPROVED))
        ytd[key] = before + amount
    if cp.on(C.REJECTED):
        reason = CAP_REACHED if capped else pick(ctx.rng, REJECT_REASONS)
        row.update(reject_reason=reason, rejected_on=cp.on(C.REJECTED), approved_amount=None)
    if cp.on(C.PAID):
        _pay(ctx, cp, row, member, amount, batches[cp.batch_day])
    ctx.add("aid_claim", row)
    _documents(ctx, cp, plan, row)
    _transitions(ctx, cp, row)


def _cap_reached(cp: ClaimPlan) -> None:
    approved = cp.on(C.APPROVED)
    cp.steps = [step for step in cp.steps if step[0] in (C.SUBMITTED, C.DOCS_INCOMPLETE, C.REVIEWED)]
    cp.steps.append((C.REJECTED, approved))
    cp.status, cp.batch_day = C.REJECTED, None


def _row(ctx: Ctx, cp: ClaimPlan, plan: Plan, member: Person, enrolment_id: int, info: dict, raw: Decimal) -> dict:
    number = ctx.book.take("claim", cp.applied.year, "aid_claim", cp.claim_id, cp.applied)
    row = {
        "id": cp.claim_id, "number": number, "plan_id": plan.id, "worker_id": member.id,
        "enrolment_id": enrolment_id, "status": cp.status, "claimed_amount": raw, "applied_on": cp.applied,
        "account_no": member.card_no, "version": 1,
        "created_at": moment(cp.applied, 15), "updated_at": moment(cp.steps[-1][1], 75), **info,
    }
    return row


def _pay(ctx: Ctx, cp: ClaimPlan, row: dict, member: Person, amount: Decimal, batch: Batch) -> None:
    paid = cp.on(C.PAID)
    row.update(paid_amount=amount, paid_on=paid, payment_method=PAY_METHOD, batch_id=batch.id)
    batch.total += amount
    batch.count += 1
    ctx.add("payment", {
        "id": ctx.new_id("payment"), "kind": PaymentKind.CLAIM_PAYOUT, "status": PaymentStatus.PAID,
        "batch_id": batch.id, "claim_id": cp.claim_id, "worker_id": member.id, "payee_name": member.name,
        "amount": amount, "due_on": cp.batch_day, "paid_on": paid, "method": PAY_METHOD,
        "account_no": member.card_no, "note": f"理赔{row['number']}",
    })


def _documents(ctx: Ctx, cp: ClaimPlan, plan: Plan, row: dict) -> None:
    missing: list[str] = []
    if cp.status is C.DOCS_INCOMPLETE:
        missing = ctx.rng.sample(plan.documents[1:], between(ctx.rng, 1, 2))
        row["missing_documents"] = "、".join(missing)
    for name in plan.documents:
        ctx.add("claim_document", {"id": ctx.new_id("claim_document"), "claim_id": cp.claim_id,
                                   "name": name, "received": name not in missing})


def _transitions(ctx: Ctx, cp: ClaimPlan, row: dict) -> None:
    staff, previous = ctx.staff, None
    for k, (status, day) in enumerate(cp.steps):
        officer = staff.director if status in (C.APPROVED, C.REJECTED) else staff.clerk
        if status is C.REVIEWED:
            officer = row["reviewed_by"]  # the reviewer is not the approver (separation of duties)
        if status is C.DOCS_INCOMPLETE:
            missing = row.get("missing_documents")
            reason = f"材料不全，通知补正：{missing}" if missing else "材料不全，通知补正（已补齐）"
        else:
            reason = row["reject_reason"] if status is C.REJECTED else STEP_REASONS[status]
        ctx.add("state_transition", {
            "id": ctx.new_id("state_transition"), "entity_type": "aid_claim", "entity_id": cp.claim_id,
            "from_state": previous, "to_state": status.value, "at": moment(day, 100 + 10 * k),
            "officer_id": officer, "reason": reason,
        })
        previous = status.value
