"""Importing the claims register: members matched by ID number, plans by name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ClaimStatus, PaymentKind, PaymentStatus
from db.models import AidClaim, AidPlan, Enrolment, Payment
from desktop.parties import WorkerInput, find_or_create_worker
from desktop.registers import Problem

from .checks import RowChecker, Seen
from .matching import PartyBook, number_taken
from .numbers import register_imported
from .plan import PlanEntry

CLAIM_ENTITY = "aid_claim"
ZERO = Decimal("0.00")
EVENT_TYPE = "台账导入"


@dataclass(frozen=True)
class ClaimRecord:
    row: int
    number: str
    name: str
    id_number: str
    unit: str | None
    plan_id: int
    applied_on: dt.date
    claimed: Decimal
    approved: Decimal | None
    paid: Decimal
    paid_on: dt.date | None
    status: ClaimStatus


def plans_by_name(session: Session) -> dict[str, int]:
    """Plans by name and by code: officers write either."""
    plans = session.execute(select(AidPlan.id, AidPlan.name, AidPlan.code)).all()
    return {**{code: id_ for id_, _, code in plans}, **{name: id_ for id_, name, _ in plans}}


def plan_id(check: RowChecker, plans: dict[str, int]) -> int | None:
    name = check.get("保障项目")
    if name is None:
        check.error("保障项目", "必填项为空")
    elif name not in plans:
        check.error("保障项目", f"保障项目「{name}」不存在，请先在“保障项目”中添加")
    return plans.get(name) if name else None


class ClaimPlanner:
    def __init__(self, session: Session, problems: list[Problem], entries: list[PlanEntry],
                 today: dt.date) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.parties = PartyBook(session, entries)
        self.plans = plans_by_name(session)
        self.seen = Seen()

    def record(self, row: dict[str, Any]) -> ClaimRecord | None:
        check = RowChecker(row, self.problems, self.today)
        number = self._number(check)
        id_number = check.id_number("身份证号")
        plan = plan_id(check, self.plans)
        applied_on = check.not_future("申请日期")
        check.not_future("支付日期")
        check.not_before("支付日期", "申请日期")
        paid = self._amounts(check)
        status = check.label("状态", ClaimStatus) or self._default_status(check)
        name = check.get("姓名")
        if check.failed or None in (number, id_number, plan, applied_on, name):
            return None
        self.parties.worker(check, "姓名", name, id_number)
        if check.failed:
            return None
        self.entries.append(PlanEntry(check.number, "新建", "理赔", number))
        return ClaimRecord(check.number, number, name, id_number, check.get("所属单位"), plan, applied_on,
                           check.get("申请金额") or ZERO, check.get("核定金额"), paid, check.get("支付日期"),
                           status)

    def _number(self, check: RowChecker) -> str | None:
        number = check.get("理赔编号")
        if number is None:
            return None
        first = self.seen.first_row(number, check.number)
        if first is not None:
            check.error("理赔编号", f"与第 {first} 行的理赔编号重复")
        elif number_taken(self.session, AidClaim.number, number):
            check.error("理赔编号", f"理赔编号「{number}」已存在于系统中")
        return number

    def _amounts(self, check: RowChecker) -> Decimal:
        paid, approved = check.get("已支付金额") or ZERO, check.get("核定金额")
        if approved is not None and paid > approved:
            check.error("已支付金额", f"已支付金额 {paid} 超过核定金额 {approved}")
        if paid > 0 and check.get("支付日期") is None:
            check.error("支付日期", "有已支付金额，但没有支付日期")
        return paid

    def _default_status(self, check: RowChecker) -> ClaimStatus:
        if check.get("状态") is not None:
            return ClaimStatus.SUBMITTED  # the label was wrong: already an error
        status = ClaimStatus.PAID if check.get("支付日期") else ClaimStatus.SUBMITTED
        check.info("状态", f"未填写状态，按「{status.label}」导入")
        return status


def apply_claims(session: Session, records: list[ClaimRecord], tick) -> None:
    for record in records:
        worker = find_or_create_worker(session, WorkerInput(record.name, record.id_number, unit_name=record.unit))
        claim = AidClaim(
            number=record.number, plan_id=record.plan_id, worker_id=worker.id, status=record.status,
            enrolment_id=_enrolment(session, record.plan_id, worker.id), event_type=EVENT_TYPE,
            event_on=record.applied_on, applied_on=record.applied_on, claimed_amount=record.claimed,
            approved_amount=record.approved, paid_amount=record.paid, paid_on=record.paid_on,
        )
        session.add(claim)
        session.flush()
        if record.paid > 0:
            session.add(Payment(kind=PaymentKind.CLAIM_PAYOUT, status=PaymentStatus.PAID, claim_id=claim.id,
                                worker_id=worker.id, payee_name=record.name, amount=record.paid,
                                paid_on=record.paid_on))
        register_imported(session, "claim", record.number, CLAIM_ENTITY, claim.id)
        tick()


def _enrolment(session: Session, plan: int, worker: int) -> int | None:
    return session.scalar(select(Enrolment.id).where(Enrolment.plan_id == plan, Enrolment.worker_id == worker)
                          .order_by(Enrolment.start_on.desc()).limit(1))
