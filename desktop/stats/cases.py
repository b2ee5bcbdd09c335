"""Mediation-case figures by SQL aggregation, whole-year or split into groups.

Accepted side: cases whose ``accepted_on`` falls in the year (accepted, amount
claimed, workers involved, collective = 10 or more workers). Closed side: cases
whose ``closed_on`` falls in the year (closed, agreed, not counted, agreed /
recovered / performed amounts over the agreed ones, on time). How a closed case
ended is decided in ``desktop.stats.sql``; the on-time rule is in
``desktop.stats.on_time``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Select, func, null, select
from sqlalchemy.orm import Session

from db.models import MediationCase
from desktop.stats import on_time as limits
from desktop.stats.sql import agreed, count_if, in_year, not_counted, sum_if, total
from desktop.stats.values import Rate, rate

ZERO = Decimal("0.00")
COLLECTIVE_WORKERS = 10


@dataclass(frozen=True)
class Grouping:
    """How cases are split into rows: a key for each side and the joins the keys need."""

    accepted_key: object = None
    closed_key: object = None
    join: Callable[[Select], Select] = field(default=lambda statement: statement)


WHOLE = Grouping()


@dataclass(frozen=True)
class AcceptedMetrics:
    accepted: int = 0
    amount_claimed: Decimal = ZERO
    workers_involved: int = 0
    collective: int = 0


@dataclass(frozen=True)
class ClosedMetrics:
    closed: int = 0
    agreed: int = 0
    not_counted: int = 0
    amount_agreed: Decimal = ZERO
    amount_recovered: Decimal = ZERO
    amount_performed: Decimal = ZERO
    on_time: int = 0
    on_time_base: int = 0

    @property
    def success_rate(self) -> Rate:
        """Agreed / (closed − withdrawn − rejected − respondent declined)."""
        return rate(self.agreed, self.closed - self.not_counted)

    @property
    def on_time_rate(self) -> Rate:
        return rate(self.on_time, self.on_time_base)


def accepted_metrics(session: Session, year: int, grouping: Grouping = WHOLE) -> dict:
    """``{group key: AcceptedMetrics}`` over the cases accepted in ``year``."""
    columns = (
        func.count(),
        total(MediationCase.amount_claimed),
        total(MediationCase.workers_involved),
        count_if(MediationCase.workers_involved >= COLLECTIVE_WORKERS),
    )
    statement = grouping.join(select(_key(grouping.accepted_key), *columns).select_from(MediationCase))
    statement = _group(statement.where(in_year(MediationCase.accepted_on, year)), grouping.accepted_key)
    return {row[0]: AcceptedMetrics(*row[1:]) for row in session.execute(statement)}


def closed_metrics(
    session: Session, year: int, grouping: Grouping = WHOLE, limit_days: int = limits.DEFAULT_LIMIT_DAYS
) -> dict:
    """``{group key: ClosedMetrics}`` over the cases closed in ``year``."""
    is_agreed = agreed()
    columns = (
        func.count(),
        count_if(is_agreed),
        count_if(not_counted()),
        sum_if(MediationCase.agreed_amount, is_agreed),
        sum_if(MediationCase.amount_recovered, is_agreed),
        sum_if(MediationCase.amount_performed, is_agreed),
        count_if(limits.on_time(limit_days)),
        count_if(limits.counts_for_on_time()),
    )
    statement = select(_key(grouping.closed_key), *columns).select_from(MediationCase)
    statement = grouping.join(statement)
    statement = _group(statement.where(in_year(MediationCase.closed_on, year)), grouping.closed_key)
    return {row[0]: ClosedMetrics(*row[1:]) for row in session.execute(statement)}


def _key(key):
    return null() if key is None else key


def _group(statement: Select, key) -> Select:
    return statement if key is None else statement.group_by(key)
