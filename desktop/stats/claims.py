"""Mutual-aid claim figures: received, paid, rejected, money paid, by plan and by month.

received: ``applied_on`` in the year. paid / rejected: the claim reached that
state in the year (``paid_on`` / ``rejected_on`` in the year). amount_paid (the
JSON contract): payments dated (``paid_on``) in the year with status 已支付, of
every kind the centre pays out — claim payouts, hardship aid, school aid — but
not settlement money, which the employer pays. Average payout: the paid amount
of the claims paid in the year ÷ their number. Rejection rate: rejected ÷ (paid
+ rejected) over the claims decided in the year. Members covered: distinct
members with an enrolment running on any day of the year.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, and_, cast, func, null, select
from sqlalchemy.orm import Session

from db.enums import PaymentKind, PaymentStatus
from db.models import AidClaim, Enrolment, Payment
from desktop.stats.sql import in_year, month_of, total
from desktop.stats.values import Rate, average, rate

ZERO = Decimal("0.00")
Key = Callable[[object], object] | None


@dataclass(frozen=True)
class ClaimMetrics:
    received: int = 0
    paid: int = 0
    rejected: int = 0
    claims_paid_amount: Decimal = ZERO
    amount_paid: Decimal = ZERO

    @property
    def average_payout(self) -> Decimal:
        return average(self.claims_paid_amount, self.paid)

    @property
    def rejection_rate(self) -> Rate:
        return rate(self.rejected, self.paid + self.rejected)


def by_plan(_date_column):
    """A key for ``claim_metrics``: the claim's plan (a payment follows its claim)."""
    return AidClaim.plan_id


def by_month(date_column):
    return cast(month_of(date_column), Integer)


def claim_metrics(session: Session, year: int, key: Key = None) -> dict:
    """``{group: ClaimMetrics}``; ``key(date_column)`` splits the rows, ``None`` gives the year (group None)."""
    parts: dict = defaultdict(dict)
    for name, column in (("received", AidClaim.applied_on), ("rejected", AidClaim.rejected_on)):
        for group, (count,) in _rows(session, key, column, year, func.count()).items():
            parts[group][name] = count
    paid = _rows(session, key, AidClaim.paid_on, year, func.count(), total(AidClaim.paid_amount))
    for group, (count, amount) in paid.items():
        parts[group].update(paid=count, claims_paid_amount=amount)
    for group, (amount,) in _payment_rows(session, key, year).items():
        parts[group]["amount_paid"] = amount
    return {group: ClaimMetrics(**values) for group, values in parts.items()}


def members_covered(session: Session, year: int, per_plan: bool = False) -> dict:
    """Distinct members enrolled on some day of the year: ``{plan_id (None for all): count}``."""
    key = Enrolment.plan_id if per_plan else null()
    statement = select(key, func.count(func.distinct(Enrolment.worker_id))).where(
        and_(Enrolment.start_on <= date(year, 12, 31), Enrolment.end_on >= date(year, 1, 1))
    )
    statement = statement.group_by(key) if per_plan else statement
    return {row[0]: row[1] for row in session.execute(statement)}


def _rows(session: Session, key: Key, date_column, year: int, *columns) -> dict:
    group = key(date_column) if key else null()
    statement = select(group, *columns).where(in_year(date_column, year))
    statement = statement.group_by(group) if key else statement
    return {row[0]: tuple(row[1:]) for row in session.execute(statement)}


def _payment_rows(session: Session, key: Key, year: int) -> dict:
    group = key(Payment.paid_on) if key else null()
    statement = select(group, total(Payment.amount)).where(
        in_year(Payment.paid_on, year), Payment.kind != PaymentKind.SETTLEMENT, Payment.status == PaymentStatus.PAID
    )
    if key is by_plan:
        statement = statement.join(AidClaim, AidClaim.id == Payment.claim_id)
    statement = statement.group_by(group) if key else statement
    return {row[0]: tuple(row[1:]) for row in session.execute(statement)}
