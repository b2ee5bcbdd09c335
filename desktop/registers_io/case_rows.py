"""Rows of the cases register (调解案件登记台账), straight from the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.enums import CaseStatus, DisputeCategory, MediatorRole
from db.models import MediationCase, Officer, StateTransition

from .period import Period

SEPARATOR = "、"
AGREED = "达成协议"
NO_ID = "无"  # an applicant without an ID number among others who have one
# States a case can end in without an agreement; the 调解结果 column names them.
ENDINGS = (CaseStatus.TERMINATED, CaseStatus.WITHDRAWN, CaseStatus.REJECTED,
           CaseStatus.RESPONDENT_DECLINED)
CASE_ENTITY = "mediation_case"
_CATEGORY_ORDER = {member: index for index, member in enumerate(DisputeCategory)}


def case_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Numbered cases accepted in ``period``, in ``CASES`` column order."""
    officers = dict(session.execute(select(Officer.id, Officer.display_name)).all())
    endings = closing_states(session)
    statement = (
        select(MediationCase)
        .where(MediationCase.number.is_not(None), *period.conditions(MediationCase.accepted_on))
        .options(selectinload(MediationCase.applicants), selectinload(MediationCase.categories),
                 selectinload(MediationCase.mediators))
        .order_by(MediationCase.accepted_on, MediationCase.id)
        .execution_options(yield_per=500)
    )
    for case in session.scalars(statement):
        yield _row(case, officers, endings.get(case.id))


def closing_states(session: Session) -> dict[int, CaseStatus]:
    """For each closed case, the state it left when it was last moved to 结案."""
    statement = (select(StateTransition.entity_id, StateTransition.from_state)
                 .where(StateTransition.entity_type == CASE_ENTITY,
                        StateTransition.to_state == CaseStatus.CLOSED.value)
                 .order_by(StateTransition.id))
    return {case_id: CaseStatus(state) for case_id, state in session.execute(statement) if state}


def outcome(case: MediationCase, ending: CaseStatus | None) -> str | None:
    """调解结果: 达成协议, or the state the case ended in without one."""
    if case.agreed_on is not None or case.agreed_amount is not None:
        return AGREED
    state = case.status if case.status in ENDINGS else ending
    return state.label if state in ENDINGS else None


def _row(case: MediationCase, officers: dict[int, str], ending: CaseStatus | None) -> list[object]:
    workers = [a.worker for a in case.applicants]
    ids = [w.id_number or NO_ID for w in workers]
    categories = sorted((c.category for c in case.categories), key=_CATEGORY_ORDER.__getitem__)
    return [
        case.number, case.accepted_on, _join(w.name for w in workers),
        _join(ids) if any(w.id_number for w in workers) else None,
        case.respondent.name, case.respondent.credit_code, _join(c.label for c in categories),
        case.source.label, case.workers_involved, case.amount_claimed, _mediators(case, officers),
        case.status.label, outcome(case, ending), case.agreed_amount, case.amount_performed,
        case.amount_recovered, case.closed_on, paused_days(case),
    ]


def paused_days(case: MediationCase, today: date | None = None) -> int:
    """Days the clock was suspended (中止): ended suspensions, and one still running up to today."""
    running = (today or date.today()) - case.paused_since if case.paused_since else None
    return case.paused_days + (max(0, running.days) if running else 0)


def _mediators(case: MediationCase, officers: dict[int, str]) -> str | None:
    """The lead first, then the other mediators by name; recorders are not mediators."""
    lead = [officers[m.officer_id] for m in case.mediators if m.role == MediatorRole.LEAD]
    rest = sorted(officers[m.officer_id] for m in case.mediators if m.role == MediatorRole.MEMBER)
    return _join(lead + rest)


def _join(parts) -> str | None:
    text = SEPARATOR.join(p for p in parts if p)
    return text or None
