"""Rows of the claims register (理赔台账) and the payments register (支付台账).

Both are plain column selects (no ORM objects), so 30,000 rows stream quickly.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import PaymentStatus
from db.models import AidClaim, AidPlan, Enrolment, Payment, PaymentBatch, Worker

from .period import Period

BATCH = 1000


def claim_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Claims applied for in ``period``, in ``CLAIMS`` column order."""
    statement = (
        select(AidClaim.number, Worker.name, Worker.id_number,
               func.coalesce(Enrolment.unit_name, Worker.unit_name), AidPlan.name, AidClaim.applied_on,
               AidClaim.claimed_amount, AidClaim.approved_amount, AidClaim.paid_amount, AidClaim.paid_on,
               AidClaim.status, AidClaim.duplicate_override)
        .join(Worker, AidClaim.worker_id == Worker.id)
        .join(AidPlan, AidClaim.plan_id == AidPlan.id)
        .outerjoin(Enrolment, AidClaim.enrolment_id == Enrolment.id)
        .where(*period.conditions(AidClaim.applied_on))
        .order_by(AidClaim.applied_on, AidClaim.id)
        .execution_options(yield_per=BATCH)
    )
    for row in session.execute(statement):
        *values, status, override = row
        yield [*values, status.label, f"主任确认非重复：{override}" if override else None]


def payment_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Payments paid (or, if unpaid, due) in ``period``, in ``PAYMENTS`` column order; 实付金额
    only for a payment actually paid (已支付), so the register's 合计 is money that left."""
    when = func.coalesce(Payment.paid_on, Payment.due_on)
    statement = (
        select(PaymentBatch.number, AidClaim.number, Payment.kind, Payment.payee_name, Worker.id_number,
               Payment.account_no, Payment.amount, Payment.due_on, Payment.paid_on, Payment.method,
               Payment.status)
        .outerjoin(PaymentBatch, Payment.batch_id == PaymentBatch.id)
        .outerjoin(AidClaim, Payment.claim_id == AidClaim.id)
        .outerjoin(Worker, Payment.worker_id == Worker.id)
        .where(*period.conditions(when))
        .order_by(when, Payment.id)
        .execution_options(yield_per=BATCH)
    )
    for batch, claim, kind, *values, status in session.execute(statement):
        paid = values[3] if status == PaymentStatus.PAID else None
        yield [batch, claim, kind.label, *values, status.label, paid]
