"""What came of a letter: the reply, the figures, the department's answer, and its history."""

from __future__ import annotations

from decimal import Decimal

from db.enums import IssueCategory as I
from db.enums import LetterStatus as L
from db.enums import RectificationResult as R
from desktop.demo import letter_texts as texts
from desktop.demo.bulk import moment
from desktop.demo.context import Ctx
from desktop.demo.letter_plan import LetterPlan
from desktop.demo.weighted import between

REPLIES = {R.FULL: texts.REPLY_FULL, R.PARTIAL: texts.REPLY_PARTIAL}
STEP_REASONS = {
    L.DRAFT: "起草文书", L.SIGNED: "主任审核签发", L.DELIVERED: "送达用人单位", L.AWAITING_REPLY: "等待书面回复",
    L.RECTIFIED: "用人单位回复已全部整改", L.PARTIAL: "用人单位回复部分整改", L.OVERDUE: "整改期限届满未回复",
    L.REFUSED: "用人单位拒不整改", L.ESCALATED: "升级发出下一文书", L.AWAITING_DEPARTMENT: "移送有关部门处理",
    L.CASE_OPENED: "部门已立案", L.REFUSED_WITH_REASON: "部门不予立案并说明理由",
    L.RESULT_RECEIVED: "收到部门处理结果", L.CLOSED: "核实整改情况后办结",
}


def reply_fields(ctx: Ctx, letter: LetterPlan, workers: int, amount: Decimal, categories: list[I]) -> dict:
    fields: dict = {"result": letter.result}
    replied = letter.on(L.RECTIFIED) or letter.on(L.PARTIAL) or letter.on(L.REFUSED)
    if replied:
        fields.update(reply_on=replied, reply_summary=REPLIES.get(letter.result, texts.REPLY_REFUSED))
    fields.update(_department(letter))
    share = _share(ctx, letter)
    if share:
        fields.update(_figures(ctx, share, workers, amount, categories))
    return fields


def _department(letter: LetterPlan) -> dict:
    fields = {"department_case_on": letter.on(L.CASE_OPENED)}
    if letter.on(L.REFUSED_WITH_REASON):
        fields["department_refusal"] = texts.DEPARTMENT_REFUSAL
    if letter.on(L.RESULT_RECEIVED):
        fields.update(department_result_on=letter.on(L.RESULT_RECEIVED), department_result=texts.DEPARTMENT_RESULT)
    return fields


def _share(ctx: Ctx, letter: LetterPlan) -> Decimal:
    """How much of the problem was put right (0 when nothing was, or not yet)."""
    if letter.result is R.FULL or letter.on(L.RESULT_RECEIVED):
        return Decimal(1)
    if letter.result is R.PARTIAL:
        return Decimal(between(ctx.rng, 30, 80)) / 100
    return Decimal(0)


def _figures(ctx: Ctx, share: Decimal, workers: int, amount: Decimal, categories: list[I]) -> dict:
    covered = max(1, int(workers * share))
    insured = I.SOCIAL_INSURANCE in categories or I.SAFETY in categories
    return {
        "wages_recovered": (amount * share).quantize(Decimal("0.01")),
        "insurance_backpaid": Decimal(covered * between(ctx.rng, 20, 120) * 100) if insured else Decimal("0.00"),
        "contracts_signed": covered if I.CONTRACTS in categories else 0,
        "workers_covered": covered,
    }


def letter_children(ctx: Ctx, letter: LetterPlan, categories: list[I]) -> None:
    for category in categories:
        ctx.add("letter_category", {"letter_id": letter.letter_id, "category": category})
    for seq, category in enumerate(categories, 1):
        problem, basis, request = texts.PROBLEMS[category]
        ctx.add("letter_problem", {"id": ctx.new_id("letter_problem"), "letter_id": letter.letter_id, "seq": seq,
                                   "problem": problem, "legal_basis": basis, "request": request})
    previous = None
    for k, (status, day) in enumerate(letter.steps):
        officer = ctx.staff.director if status in (L.SIGNED, L.CLOSED) else ctx.staff.mediators[0]
        ctx.add("state_transition", {
            "id": ctx.new_id("state_transition"), "entity_type": "supervision_letter",
            "entity_id": letter.letter_id, "from_state": previous, "to_state": status.value,
            "at": moment(day, 45 + 10 * k), "officer_id": officer, "reason": STEP_REASONS[status],
        })
        previous = status.value
