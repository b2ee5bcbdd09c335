"""The life of each supervision matter: a chain of letters and the days each step happened."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from db.enums import LetterKind as K
from db.enums import LetterStatus as L
from db.enums import RectificationResult as R
from desktop.demo.weighted import Weighted, between

HORIZON = 3 * 365
CHAIN = (K.PROMPT, K.OPINION, K.RECOMMENDATION)
EMPLOYER_FINALS = {L.DRAFT: 1, L.SIGNED: 1, L.DELIVERED: 1, L.AWAITING_REPLY: 2, L.RECTIFIED: 2,
                   L.PARTIAL: 1, L.OVERDUE: 1, L.REFUSED: 1, L.CLOSED: 20}
DEPARTMENT_FINALS = {L.DRAFT: 0.5, L.SIGNED: 0.5, L.DELIVERED: 0.5, L.AWAITING_DEPARTMENT: 1,
                     L.CASE_OPENED: 1, L.REFUSED_WITH_REASON: 1, L.RESULT_RECEIVED: 1, L.CLOSED: 6}
EMPLOYER, DEPARTMENT = Weighted(EMPLOYER_FINALS), Weighted(DEPARTMENT_FINALS)
LENGTHS = Weighted({1: 60, 2: 25, 3: 15})
NO_EFFECT = Weighted({L.OVERDUE: 5, L.REFUSED: 3, L.PARTIAL: 2})
FORCED = [(1, s) for s in EMPLOYER_FINALS] + [(3, s) for s in DEPARTMENT_FINALS]


@dataclass(slots=True)
class LetterPlan:
    kind: K
    status: L
    steps: list[tuple[L, date]]
    result: R | None = None
    letter_id: int = 0

    def on(self, status: L) -> date | None:
        for step, day in self.steps:
            if step is status:
                return day
        return None


@dataclass(slots=True)
class MatterPlan:
    found: date
    letters: list[LetterPlan] = field(default_factory=list)
    matter_id: int = 0


def plan_matters(rng: Random, today: date, letters: int) -> list[MatterPlan]:
    plans, left, index = [], letters, 0
    while left > 0:
        length, final = FORCED[index] if index < len(FORCED) else (LENGTHS.pick(rng), None)
        length = min(length, left)
        if final is None or (length < 3 and final not in EMPLOYER_FINALS):
            final = _final(rng, CHAIN[length - 1])
        plans.append(plan_matter(rng, today, length, final))
        left, index = left - length, index + 1
    plans.sort(key=lambda p: p.found)
    return plans


def _final(rng: Random, kind: K) -> L:
    return (DEPARTMENT if kind is K.RECOMMENDATION else EMPLOYER).pick(rng)


def plan_matter(rng: Random, today: date, length: int, final: L) -> MatterPlan:
    routes, start = [], between(rng, 3, 15)
    for position, kind in enumerate(CHAIN[:length]):
        last = position == length - 1
        route, result = _route(rng, kind, final if last else L.ESCALATED, start)
        routes.append((kind, route, result))
        start = route[-1][1]
    span = start
    age = between(rng, span, max(span, HORIZON)) if final is L.CLOSED else span + between(rng, 0, 3)
    found = today - timedelta(days=max(age, span))
    plan = MatterPlan(found)
    for kind, route, result in routes:
        steps = [(s, found + timedelta(days=o)) for s, o in route]
        plan.letters.append(LetterPlan(kind, route[-1][0], steps, result))
    return plan


def _route(rng: Random, kind: K, final: L, t0: int) -> tuple[list[tuple[L, int]], R | None]:
    steps = [(L.DRAFT, t0)]
    if final is L.DRAFT:
        return steps, None
    for status, (low, high) in ((L.SIGNED, (1, 3)), (L.DELIVERED, (0, 3))):
        steps.append((status, steps[-1][1] + between(rng, low, high)))
        if final is status:
            return steps, None
    if kind is K.RECOMMENDATION:
        return _department(rng, steps, final), None
    return _employer(rng, steps, final)


def _employer(rng: Random, steps: list, final: L) -> tuple[list, R | None]:
    signed = steps[1][1]
    steps.append((L.AWAITING_REPLY, steps[-1][1]))
    if final is L.AWAITING_REPLY:
        return steps, None
    if final is L.CLOSED:
        answer = L.RECTIFIED if rng.random() < 0.75 else L.PARTIAL
    elif final is L.ESCALATED:
        answer = NO_EFFECT.pick(rng)
    else:
        answer = final
    day = signed + (between(rng, 22, 25) if answer is L.OVERDUE else between(rng, 3, 12))
    steps.append((answer, max(day, steps[-1][1])))
    result = {L.RECTIFIED: R.FULL, L.PARTIAL: R.PARTIAL, L.REFUSED: R.NONE, L.OVERDUE: R.NONE}[answer]
    if final in (L.CLOSED, L.ESCALATED):
        steps.append((final, steps[-1][1] + between(rng, 1, 12)))
    return steps, result


def _department(rng: Random, steps: list, final: L) -> list:
    steps.append((L.AWAITING_DEPARTMENT, steps[-1][1]))
    if final is L.AWAITING_DEPARTMENT:
        return steps
    refused = final is L.REFUSED_WITH_REASON or (final is L.CLOSED and rng.random() < 0.2)
    steps.append((L.REFUSED_WITH_REASON if refused else L.CASE_OPENED, steps[-1][1] + between(rng, 1, 7)))
    if final is steps[-1][0]:
        return steps
    if not refused:
        steps.append((L.RESULT_RECEIVED, steps[-1][1] + between(rng, 10, 40)))
        if final is L.RESULT_RECEIVED:
            return steps
    steps.append((L.CLOSED, steps[-1][1] + between(rng, 1, 10)))
    return steps
