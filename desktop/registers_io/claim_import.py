"""Importing the claims register: members matched by ID number, plans by name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ClaimStatus, PaymentKind, PaymentStatus
from db.models import AidClaim, AidPlan, Enrolment, Payment, Worker
from desktop.claims.duplicates import describe_values
from desktop.parties import WorkerInput
from desktop.registers import Problem

from .checks import RowChecker
from .matching import PartyBook, resolve_workers
from .numbers import NumberBook, chunked, register_imported
from .plan import ImportOptions, PlanEntry

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
                 today: dt.date, options: ImportOptions = ImportOptions()) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.parties = PartyBook(session, entries)
        self.plans = plans_by_name(session)
        self.numbers = NumberBook(session, AidClaim.number, "理赔编号", "理赔编号")
        self.on_file: dict[tuple[str, int, dt.date], str] = {}  # (ID number, plan, event) → 「与理赔 …重复」
        self.in_file: dict[tuple[str, int, dt.date], tuple[int, str]] = {}  # → (row, number)

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        self.numbers.prefetch(rows)
        self.parties.prefetch(row.get("身份证号") for row in rows)
        self._prefetch_claims({str(row["身份证号"]).strip().upper() for row in rows if row.get("身份证号")})

    def _prefetch_claims(self, id_numbers: set[str]) -> None:
        """The claims on file (not rejected, not confirmed distinct) of every member named in the file."""
        for chunk in chunked(id_numbers):
            query = (select(Worker.id_number, AidClaim.plan_id, AidClaim.event_on, AidClaim.number, AidClaim.status,
                            AidClaim.approved_amount, AidClaim.calculated_amount, AidClaim.claimed_amount)
                     .join(Worker, Worker.id == AidClaim.worker_id)
                     .where(Worker.id_number.in_(chunk), AidClaim.status != ClaimStatus.REJECTED,
                            AidClaim.duplicate_override.is_(None))
                     .order_by(AidClaim.number))
            for id_number, plan, event_on, number, status, *amounts in self.session.execute(query):
                key = (str(id_number), plan, event_on)
                self.on_file.setdefault(key, describe_values(number, status, *amounts))

    def record(self, row: dict[str, Any]) -> ClaimRecord | None:
        check = RowChecker(row, self.problems, self.today)
        number = self.numbers.check(check)
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
        if status != ClaimStatus.REJECTED and id_number and plan is not None and applied_on and number:
            self._not_duplicate(check, (id_number, plan, applied_on), number)
        if check.failed:
            return None
        self.entries.append(PlanEntry(check.number, "新建", "理赔", number))
        return ClaimRecord(check.number, number, name, id_number, check.get("所属单位"), plan, applied_on,
                           check.get("申请金额") or ZERO, check.get("核定金额"), paid, check.get("支付日期"),
                           status)

    def _not_duplicate(self, check: RowChecker, key: tuple[str, int, dt.date], number: str) -> None:
        """The same member, plan and event as a claim on file or an earlier row (neither rejected) refuses
        the file: a claim is never paid twice, whichever door it comes in by."""
        if key in self.on_file:
            check.error("申请日期", f"{self.on_file[key]}（同一会员、保障项目和事故日期），不能导入")
        elif key in self.in_file:
            row, other = self.in_file[key]
            check.error("申请日期", f"与第 {row} 行的理赔 {other} 重复（同一会员、保障项目和事故日期）")
        else:
            self.in_file[key] = (check.number, number)

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
    """Create the claims (and a payment for each amount paid) a thousand at a time."""
    workers = resolve_workers(session, [WorkerInput(r.name, r.id_number, unit_name=r.unit) for r in records])
    enrolments = _enrolments(session, {w.id for w in workers.values()})
    for chunk in chunked(records, 1000):
        claims = [_claim(r, workers[r.id_number].id, enrolments) for r in chunk]
        session.add_all(claims)
        session.flush()
        session.add_all(_payment(r, c) for r, c in zip(chunk, claims) if r.paid > 0)
        register_imported(session, "claim", [(c.number, CLAIM_ENTITY, c.id) for c in claims])
        for _ in chunk:
            tick()


def _claim(record: ClaimRecord, worker_id: int, enrolments: dict[tuple[int, int], int]) -> AidClaim:
    return AidClaim(
        number=record.number, plan_id=record.plan_id, worker_id=worker_id, status=record.status,
        enrolment_id=enrolments.get((record.plan_id, worker_id)), event_type=EVENT_TYPE,
        event_on=record.applied_on, applied_on=record.applied_on, claimed_amount=record.claimed,
        approved_amount=record.approved, paid_amount=record.paid, paid_on=record.paid_on,
    )


def _payment(record: ClaimRecord, claim: AidClaim) -> Payment:
    return Payment(kind=PaymentKind.CLAIM_PAYOUT, status=PaymentStatus.PAID, claim_id=claim.id,
                   worker_id=claim.worker_id, payee_name=record.name, amount=record.paid, paid_on=record.paid_on)


def _enrolments(session: Session, worker_ids: set[int]) -> dict[tuple[int, int], int]:
    """The latest enrolment of each (plan, worker)."""
    found: dict[tuple[int, int], int] = {}
    for chunk in chunked(worker_ids):
        rows = session.execute(select(Enrolment.plan_id, Enrolment.worker_id, Enrolment.id)
                               .where(Enrolment.worker_id.in_(chunk)).order_by(Enrolment.start_on))
        found.update(((plan, worker), id_) for plan, worker, id_ in rows)
    return found
