"""Union members enrolled in the mutual-aid plans (as from a unit's Excel roster)."""

from __future__ import annotations

from datetime import date, timedelta

from db.enums import PlanKind
from desktop.demo.bulk import Progress
from desktop.demo.context import Ctx
from desktop.demo.people import Person
from desktop.demo.plans import Plan
from desktop.demo.weighted import between

TAKE_UP = {PlanKind.INSERVICE_MEDICAL: 1.0, PlanKind.SECOND_REIMBURSEMENT: 0.7, PlanKind.SERIOUS_ILLNESS: 0.5,
           PlanKind.SCHOOL_AID: 0.3, PlanKind.WOMEN_DISEASE: 0.6}

Pools = dict[str, list[tuple[Person, int]]]


def enrol_members(ctx: Ctx, plans: list[Plan], count: int, start: date, end: date,
                  progress: Progress | None) -> Pools:
    """``count`` members, each enrolled in some plans; returns (member, enrolment id) per plan code."""
    pools: Pools = {plan.code: [] for plan in plans}
    for done in range(1, count + 1):
        firm = ctx.people.pick_firm()
        member = ctx.people.new_worker(firm, start, member=True)
        for plan in plans:
            if _joins(ctx, plan, member):
                pools[plan.code].append((member, _enrol(ctx, plan, member, firm.name, firm.id, start, end)))
        ctx.writer.maybe_flush()
        if progress and done % 5000 == 0:
            progress(done, count, "会员参保")
    for plan in plans:  # every plan needs someone to claim from it
        if not pools[plan.code]:
            member = ctx.people.new_worker(None, start, member=True)
            pools[plan.code].append((member, _enrol(ctx, plan, member, None, None, start, end)))
    return pools


def _joins(ctx: Ctx, plan: Plan, member: Person) -> bool:
    if plan.kind is PlanKind.WOMEN_DISEASE and member.male:
        return False
    return ctx.rng.random() < TAKE_UP.get(plan.kind, 0.5)


def _enrol(ctx: Ctx, plan: Plan, member: Person, unit: str | None, employer_id: int | None,
           start: date, end: date) -> int:
    enrolment_id = ctx.new_id("enrolment")
    ctx.add("enrolment", {
        "id": enrolment_id, "plan_id": plan.id, "worker_id": member.id, "employer_id": employer_id,
        "unit_name": unit, "card_no": member.card_no, "start_on": start, "end_on": end,
        "enrolled_on": start - timedelta(days=between(ctx.rng, 5, 30)),
    })
    return enrolment_id
