"""The life of each demo case: which states it went through, and on which days.

A plan is built backwards from the state the case is in today: the route to that
state gives day offsets from receipt; the age is then chosen so the last step is
not in the future. Closed cases remember how they ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from db.enums import CaseStatus as S
from db.enums import TerminationReason
from desktop.demo.weighted import Weighted, between, pick

STATUS_WEIGHTS = {
    S.DRAFT: 0.3, S.UNDER_REVIEW: 0.3, S.ACCEPTED: 0.4, S.IN_MEDIATION: 1.0, S.REJECTED: 0.3,
    S.RESPONDENT_DECLINED: 0.3, S.WITHDRAWN: 0.3, S.TERMINATED: 0.4, S.AGREED: 0.4, S.PERFORMING: 1.0,
    S.PERFORMED: 1.0, S.DEFAULTED: 1.0, S.CLOSED: 30.0, S.ARCHIVED: 63.0,
}
ENDINGS = {S.PERFORMED: 70, S.TERMINATED: 12, S.WITHDRAWN: 8, S.REJECTED: 5, S.RESPONDENT_DECLINED: 5}
TERMINATION_WEIGHTS = {TerminationReason.TIME_LIMIT: 4, TerminationReason.PARTY_REFUSED: 3,
                       TerminationReason.PARTY_WITHDREW: 1, TerminationReason.GAP_TOO_WIDE: 4,
                       TerminationReason.OTHER: 1}
STATUSES, ENDING_PICK, TERMINATIONS = Weighted(STATUS_WEIGHTS), Weighted(ENDINGS), Weighted(TERMINATION_WEIGHTS)
# Every state at least once, and in-mediation cases at day 11, 14 (warning) and 18 (overdue).
FORCED = [(status, None) for status in S] + [(S.IN_MEDIATION, 11), (S.IN_MEDIATION, 14), (S.IN_MEDIATION, 18)]
HORIZON = 3 * 365


@dataclass(slots=True)
class CasePlan:
    status: S
    ending: S
    received: date
    steps: list[tuple[S, date]]
    terms: list[tuple[date, date | None]] = field(default_factory=list)  # (due, paid or None)
    termination: TerminationReason | None = None
    case_id: int = 0
    dates: dict = field(default_factory=dict)

    def on(self, status: S) -> date | None:
        return self.dates.get(status)

    @property
    def last_day(self) -> date:
        return self.steps[-1][1]


def plan_cases(rng: Random, today: date, count: int) -> list[CasePlan]:
    """``count`` plans sorted by receipt date (the order ids and rows are made in)."""
    plans = []
    for index in range(count):
        status, age = FORCED[index] if index < len(FORCED) else (STATUSES.pick(rng), None)
        plans.append(plan_case(rng, today, status, age))
    plans.sort(key=lambda p: p.received)
    return plans


def plan_case(rng: Random, today: date, status: S, age: int | None = None) -> CasePlan:
    ending = ENDING_PICK.pick(rng) if status in (S.CLOSED, S.ARCHIVED) else status
    route, terms, reason = _route(rng, ending)
    if status in (S.CLOSED, S.ARCHIVED):
        closed = route[-1][1] + between(rng, 1, 15)
        route.append((S.CLOSED, closed))
        if status is S.ARCHIVED:
            route.append((S.ARCHIVED, closed + between(rng, 15, 90)))
    age = age if age is not None else _age(rng, status, route, terms)
    received = today - timedelta(days=max(age, route[-1][1]))
    plan = CasePlan(status, ending, received, [(s, received + timedelta(days=o)) for s, o in route])
    plan.terms = [(received + timedelta(days=d), _paid(received, p, today)) for d, p in terms]
    plan.termination = reason
    plan.dates = dict(plan.steps)
    return plan


def _paid(received: date, offset: int | None, today: date) -> date | None:
    if offset is None:
        return None
    day = received + timedelta(days=offset)
    return day if day <= today else None


def _age(rng: Random, status: S, route: list, terms: list) -> int:
    span = route[-1][1]
    if status is S.IN_MEDIATION:
        return between(rng, max(span, 1), 20)
    if status is S.PERFORMING:
        return between(rng, span, terms[-1][0] - 1)
    if status in (S.PERFORMED, S.DEFAULTED):
        return span + between(rng, 0, 120)
    if status is S.CLOSED:
        return span + between(rng, 0, 300)
    if status is S.ARCHIVED:
        return between(rng, span, max(span, HORIZON))
    return span + between(rng, 0, 2)


def _route(rng: Random, ending: S) -> tuple[list[tuple[S, int]], list, TerminationReason | None]:
    """States up to ``ending`` with day offsets; agreement terms; termination reason."""
    route = [(S.DRAFT, 0)]
    if ending is S.DRAFT:
        return route, [], None
    route.append((S.UNDER_REVIEW, between(rng, 0, 1)))
    if ending is S.UNDER_REVIEW:
        return route, [], None
    if ending in (S.REJECTED, S.RESPONDENT_DECLINED):
        return route + [(ending, route[-1][1] + between(rng, 1, 4))], [], None
    route.append((S.ACCEPTED, route[-1][1] + between(rng, 0, 2)))
    if ending is S.ACCEPTED:
        return route, [], None
    route.append((S.IN_MEDIATION, route[-1][1] + between(rng, 0, 2)))
    if ending is S.IN_MEDIATION:
        return route, [], None
    return _mediation_end(rng, route, ending)


def _mediation_end(rng: Random, route: list, ending: S):
    started = route[-1][1]
    if ending is S.TERMINATED:
        reason = TERMINATIONS.pick(rng)
        day = max(started + 1, 15 + between(rng, 0, 1)) if reason is TerminationReason.TIME_LIMIT else started + between(rng, 1, 12)
        return route + [(S.TERMINATED, day)], [], reason
    if ending is S.WITHDRAWN:
        return route + [(S.WITHDRAWN, started + between(rng, 1, 10))], [], None
    agreed = started + between(rng, 1, 11)
    route.append((S.AGREED, agreed))
    if ending is S.AGREED:
        return route, [], None
    return _performance(rng, route, ending, agreed)


def _performance(rng: Random, route: list, ending: S, agreed: int):
    count = pick(rng, (1, 1, 2, 2, 3)) if ending is not S.PERFORMING else pick(rng, (2, 3))
    first = agreed + between(rng, 0, 7)
    dues = [first + 30 * k for k in range(count)]
    route.append((S.PERFORMING, agreed))
    if ending is S.PERFORMING:
        return route, [(d, d + between(rng, 0, 3)) for d in dues], None
    if ending is S.PERFORMED:
        terms = [(d, max(d + between(rng, -3, 4), agreed + 1)) for d in dues]
        route.append((S.PERFORMED, max(p for _, p in terms)))
        return route, terms, None
    paid = between(rng, 0, count - 1)
    terms = [(d, d + between(rng, 0, 3) if k < paid else None) for k, d in enumerate(dues)]
    route.append((S.DEFAULTED, dues[paid] + between(rng, 5, 30)))
    return route, terms, None
