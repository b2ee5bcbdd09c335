"""The life of each demo claim: its states and days, and the monthly payment batches.

Batches are made on the 20th and paid on the 25th; an approved claim goes into the
first batch made after its approval. A claim still APPROVED today is one whose
batch has not been made yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from db.enums import ClaimStatus as C
from desktop.demo.weighted import Weighted, between

HORIZON = 3 * 365
STATUS_WEIGHTS = {C.SUBMITTED: 1, C.DOCS_INCOMPLETE: 1, C.REVIEWED: 1, C.APPROVED: 1.5, C.REJECTED: 6,
                  C.PAID: 30, C.ARCHIVED: 60}
STATUSES = Weighted(STATUS_WEIGHTS)
BATCH_DAY, PAY_DAY = 20, 25


@dataclass(slots=True)
class ClaimPlan:
    status: C
    steps: list[tuple[C, date]]
    batch_day: date | None = None
    claim_id: int = 0

    @property
    def applied(self) -> date:
        return self.steps[0][1]

    def on(self, status: C) -> date | None:
        for step, day in self.steps:
            if step is status:
                return day
        return None


def batch_after(day: date) -> date:
    """The first batch day strictly after ``day``."""
    candidate = day.replace(day=BATCH_DAY)
    if candidate <= day:
        candidate = (candidate.replace(day=1) + timedelta(days=32)).replace(day=BATCH_DAY)
    return candidate


def pay_day(batch_day: date) -> date:
    return batch_day.replace(day=PAY_DAY)


def plan_claims(rng: Random, today: date, count: int) -> list[ClaimPlan]:
    statuses = list(STATUS_WEIGHTS)
    plans = []
    for index in range(count):
        status = statuses[index] if index < len(statuses) else STATUSES.pick(rng)
        plans.append(plan_claim(rng, today, status))
    plans.sort(key=lambda p: p.applied)
    return plans


def plan_claim(rng: Random, today: date, status: C) -> ClaimPlan:
    offsets = _route(rng, status)
    if status is C.APPROVED:
        last_batch = today.replace(day=BATCH_DAY) if today.day >= BATCH_DAY else \
            (today.replace(day=1) - timedelta(days=1)).replace(day=BATCH_DAY)
        age = offsets[-1][1] + between(rng, 0, (today - last_batch).days)
    elif status in (C.PAID, C.ARCHIVED, C.REJECTED):
        age = between(rng, offsets[-1][1] + 40, HORIZON)
    else:
        age = offsets[-1][1] + between(rng, 0, 3)
    applied = today - timedelta(days=age)
    while True:
        plan = _dated(rng, status, offsets, applied)
        if plan.steps[-1][1] <= today:
            return plan
        applied -= timedelta(days=31)


def _route(rng: Random, status: C) -> list[tuple[C, int]]:
    route = [(C.SUBMITTED, 0)]
    if status is C.SUBMITTED:
        return route
    if status is C.DOCS_INCOMPLETE or rng.random() < 0.2:
        route.append((C.DOCS_INCOMPLETE, between(rng, 1, 5)))
        if status is C.DOCS_INCOMPLETE:
            return route
    route.append((C.REVIEWED, route[-1][1] + between(rng, 2, 12)))
    if status is C.REVIEWED:
        return route
    decided = C.REJECTED if status is C.REJECTED else C.APPROVED
    route.append((decided, route[-1][1] + between(rng, 1, 7)))
    return route


def _dated(rng: Random, status: C, offsets: list, applied: date) -> ClaimPlan:
    steps = [(s, applied + timedelta(days=o)) for s, o in offsets]
    plan = ClaimPlan(status, steps)
    if status in (C.PAID, C.ARCHIVED):
        plan.batch_day = batch_after(steps[-1][1])
        steps.append((C.PAID, pay_day(plan.batch_day)))
        if status is C.ARCHIVED:
            steps.append((C.ARCHIVED, steps[-1][1] + timedelta(days=between(rng, 20, 90))))
    return plan
