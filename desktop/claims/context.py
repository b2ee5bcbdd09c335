"""Everything the calculation of one claim depends on, loaded in one session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import ClaimStatus
from db.models import AidClaim, AidPlan, Enrolment, PlanRuleVersion, Worker
from desktop.claims import rules
from desktop.claims.plans import current_version, split_documents
from desktop.claims.states import COUNTED_STATUSES
from desktop.errors import NotFound

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ClaimContext:
    worker: Worker
    plan: AidPlan
    version: PlanRuleVersion | None
    enrolment: Enrolment | None
    ytd_paid: Decimal
    documents: dict[str, bool]
    missing: tuple[str, ...]
    duplicate: AidClaim | None
    calculation: rules.Calculation


def load_context(session: Session, draft, exclude_claim_id: int | None = None) -> ClaimContext:
    worker, plan = _worker(session, draft.worker_id), _plan(session, draft.plan_id)
    version = current_version(session, plan.id, draft.event_on)
    enrolment = find_enrolment(session, plan.id, worker.id, draft.event_on)
    ytd = year_to_date(session, worker.id, plan.id, draft.event_on.year, exclude_claim_id)
    documents = _documents(plan, draft.documents)
    calc = _calculate(version, plan, enrolment, draft, ytd)
    duplicate = find_duplicate(session, worker.id, plan.id, draft.event_on, draft.discharge_on, exclude_claim_id)
    missing = tuple(name for name, received in documents.items() if not received)
    return ClaimContext(worker, plan, version, enrolment, ytd, documents, missing, duplicate, calc)


def _calculate(version, plan: AidPlan, enrolment, draft, ytd: Decimal) -> rules.Calculation:
    if version is None:
        return rules.Calculation(ZERO, ZERO, ("该保障项目尚未设定给付规则",), ("该保障项目尚未设定给付规则",))
    claim_input = rules.ClaimFacts(
        event_on=draft.event_on, applied_on=draft.applied_on, term_start=plan.term_start, term_end=plan.term_end,
        enrolment_start=enrolment.start_on if enrolment else None,
        enrolment_end=enrolment.end_on if enrolment else None, discharge_on=draft.discharge_on,
        grade=draft.grade, total_cost=draft.total_cost, fund_paid=draft.fund_paid, copay=draft.copay,
        self_pay=draft.self_pay)
    calc = rules.calculate(rules.parse_rule(version.rule_json), claim_input, ytd)
    head = f"适用规则：{plan.name} 第 {version.version_no} 版（{version.effective_from} 起施行）"
    return rules.Calculation(calc.amount, calc.base, (head, *calc.lines), calc.refusals)


def find_enrolment(session: Session, plan_id: int, worker_id: int, on: date) -> Enrolment | None:
    """The enrolment covering ``on``, else the member's latest one in the plan (for the refusal text)."""
    query = select(Enrolment).where(Enrolment.plan_id == plan_id, Enrolment.worker_id == worker_id)
    covering = session.scalar(query.where(Enrolment.start_on <= on, Enrolment.end_on >= on).limit(1))
    return covering or session.scalar(query.order_by(Enrolment.start_on.desc()).limit(1))


def year_to_date(session: Session, worker_id: int, plan_id: int, year: int, exclude: int | None = None) -> Decimal:
    """Approved and paid amounts of the member in the plan for events in ``year``."""
    query = select(func.coalesce(func.sum(AidClaim.approved_amount), 0)).where(
        AidClaim.worker_id == worker_id, AidClaim.plan_id == plan_id, AidClaim.status.in_(COUNTED_STATUSES),
        AidClaim.event_on >= date(year, 1, 1), AidClaim.event_on <= date(year, 12, 31))
    if exclude is not None:
        query = query.where(AidClaim.id != exclude)
    total = session.scalar(query)
    return _money(total)


def _money(value) -> Decimal:
    """SUM and COALESCE keep the Money type, so the value is already yuan."""
    return Decimal(value or 0).quantize(Decimal("0.01"))


def find_duplicate(session: Session, worker_id: int, plan_id: int, event_on: date, discharge_on: date | None,
                   exclude: int | None = None) -> AidClaim | None:
    query = select(AidClaim).where(
        AidClaim.worker_id == worker_id, AidClaim.plan_id == plan_id, AidClaim.event_on == event_on,
        AidClaim.status != ClaimStatus.REJECTED)
    if discharge_on is not None:
        query = query.where((AidClaim.discharge_on == discharge_on) | AidClaim.discharge_on.is_(None))
    if exclude is not None:
        query = query.where(AidClaim.id != exclude)
    return session.scalar(query.order_by(AidClaim.id).limit(1))


def _documents(plan: AidPlan, given: dict[str, bool]) -> dict[str, bool]:
    required = split_documents(plan.required_documents)
    documents = {name: bool(given.get(name)) for name in required}
    documents.update({name: bool(v) for name, v in given.items() if name not in documents})
    return documents


def _worker(session: Session, worker_id: int | None) -> Worker:
    worker = session.get(Worker, worker_id) if worker_id is not None else None
    if worker is None:
        raise NotFound("会员不存在，请重新查找。")
    return worker


def _plan(session: Session, plan_id: int | None) -> AidPlan:
    plan = session.get(AidPlan, plan_id) if plan_id is not None else None
    if plan is None:
        raise NotFound("保障项目不存在，请重新选择。")
    return plan
