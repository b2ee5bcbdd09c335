"""Supervision matters and their letter chains (提示函 -> 意见书 -> 建议书)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from db.enums import DayUnit, DeliveryMethod, IssueCategory, LetterKind, MatterSource, RectificationResult
from db.enums import LetterStatus as L
from desktop.demo import letter_texts as texts
from desktop.demo.letter_outcome import letter_children, reply_fields
from desktop.demo.bulk import Progress, moment
from desktop.demo.case_rows import CaseRef
from desktop.demo.context import Ctx
from desktop.demo.letter_plan import LetterPlan, MatterPlan
from desktop.demo.people import Firm
from desktop.demo.weighted import Weighted, between, pick
from desktop.documents.kinds import letter_document

DEADLINES = {LetterKind.PROMPT: (15, DayUnit.CALENDAR), LetterKind.OPINION: (15, DayUnit.WORKING),
             LetterKind.RECOMMENDATION: (5, DayUnit.WORKING)}
DELIVERY_WEIGHTS = {DeliveryMethod.IN_PERSON: 6, DeliveryMethod.POST: 2, DeliveryMethod.LEFT_AT_ADDRESS: 1,
                    DeliveryMethod.ELECTRONIC: 1}
DELIVERY, CATEGORIES = Weighted(DELIVERY_WEIGHTS), Weighted(texts.CATEGORY_WEIGHTS)


def add_working_days(start: date, days: int) -> date:
    day = start
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def write_letters(ctx: Ctx, plans: list[MatterPlan], cases: list[CaseRef], progress: Progress | None) -> None:
    firms = {firm.id: firm for firm in ctx.people.firms}
    for plan in plans:
        plan.matter_id = ctx.new_id("supervision_matter")
        for letter in plan.letters:
            letter.letter_id = ctx.new_id("supervision_letter")
    numbers = _numbers(ctx, plans)
    for done, plan in enumerate(plans, 1):
        _matter(ctx, plan, cases, firms, numbers)
        ctx.writer.maybe_flush()
        if progress and done % 500 == 0:
            progress(done, len(plans), "一函两书")


def _numbers(ctx: Ctx, plans: list[MatterPlan]) -> dict[int, str]:
    signed = sorted((letter.on(L.SIGNED), letter.letter_id, letter.kind)
                    for plan in plans for letter in plan.letters if letter.on(L.SIGNED))
    return {lid: ctx.book.take(letter_document(kind).number_kind, day.year, "supervision_letter", lid, day)
            for day, lid, kind in signed}


def _matter(ctx: Ctx, plan: MatterPlan, cases: list[CaseRef], firms: dict[int, Firm], numbers) -> None:
    rng = ctx.rng
    case = pick(rng, cases) if cases and rng.random() < 0.25 else None
    if case and case.received >= plan.found:
        case = None
    firm = firms[case.employer_id] if case else ctx.people.pick_firm()
    categories = _categories(ctx)
    workers = between(rng, 3, 120)
    amount = Decimal(between(rng, 20, 3000) * 100) if IssueCategory.PAY in categories else Decimal("0.00")
    source = MatterSource.MEDIATION_CASE if case else pick(rng, (MatterSource.COMPLAINT, MatterSource.INSPECTION))
    found_facts = f"{firm.name}存在" + "、".join(
        texts.PROBLEMS[c][0] for c in categories) + f"等问题，涉及职工{workers}人。"
    closed = plan.letters[-1].on(L.CLOSED)
    ctx.add("supervision_matter", {
        "id": plan.matter_id, "employer_id": firm.id, "case_id": case.id if case else None, "source": source,
        "found_on": plan.found, "check_method": pick(rng, texts.CHECK_METHODS), "facts": found_facts,
        "workers_affected": workers, "amount_involved": amount, "closed_on": closed,
        "created_by": pick(rng, ctx.staff.mediators), "version": 1,
        "created_at": moment(plan.found, 30), "updated_at": moment(closed or plan.found, 30),
    })
    previous: LetterPlan | None = None
    for letter in plan.letters:
        _letter(ctx, plan, letter, previous, firm, categories, found_facts, workers, amount, numbers)
        previous = letter


def _categories(ctx: Ctx) -> list[IssueCategory]:
    chosen = [CATEGORIES.pick(ctx.rng) for _ in range(between(ctx.rng, 1, 3))]
    return list(dict.fromkeys(chosen))


def _letter(ctx, plan, letter: LetterPlan, previous, firm, categories, facts, workers, amount, numbers) -> None:
    rng = ctx.rng
    issued = letter.on(L.SIGNED)
    days, unit = DEADLINES[letter.kind]
    copied = rng.random() < 0.3
    row = {
        "id": letter.letter_id, "matter_id": plan.matter_id, "kind": letter.kind,
        "number": numbers.get(letter.letter_id), "status": letter.status,
        "previous_letter_id": previous.letter_id if previous else None, "employer_id": firm.id,
        "recipient_body": texts.INSPECTORATE if letter.kind is LetterKind.RECOMMENDATION else firm.name,
        "facts": facts, "legal_basis": "；".join(texts.PROBLEMS[c][1] for c in categories),
        "requests": "；".join(texts.PROBLEMS[c][2] for c in categories),
        "history": _history(previous, numbers), "workers_affected": workers, "amount_involved": amount,
        "deadline_days": days, "deadline_unit": unit, "deadline_on": _deadline(issued, days, unit),
        "issued_on": issued, "delivered_on": letter.on(L.DELIVERED),
        "delivery_method": _delivery(ctx) if letter.on(L.DELIVERED) else None,
        "copy_to": texts.PROCURATORATE if copied else None, "copied_to_procuratorate": copied,
        "closed_on": letter.on(L.CLOSED), "officer_id": pick(rng, ctx.staff.mediators), "version": 1,
        "created_at": moment(letter.steps[0][1], 40), "updated_at": moment(letter.steps[-1][1], 40),
    }
    row.update(reply_fields(ctx, letter, workers, amount, categories))
    ctx.add("supervision_letter", row)
    letter_children(ctx, letter, categories)


def _deadline(issued: date | None, days: int, unit: DayUnit) -> date | None:
    if issued is None:
        return None
    return issued + timedelta(days=days) if unit is DayUnit.CALENDAR else add_working_days(issued, days)


def _delivery(ctx: Ctx) -> DeliveryMethod:
    return DELIVERY.pick(ctx.rng)


def _history(previous: LetterPlan | None, numbers) -> str | None:
    if previous is None:
        return None
    issued = previous.on(L.SIGNED)
    answer = {RectificationResult.PARTIAL: "仅部分整改", RectificationResult.NONE: "未按期整改"}.get(previous.result, "未整改")
    return (f"本会于{issued.year}年{issued.month}月{issued.day}日发出{previous.kind.label}"
            f"（{numbers.get(previous.letter_id)}），用人单位{answer}。")
