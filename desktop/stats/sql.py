"""SQL building blocks shared by the statistics: year ranges, months, day counts, outcomes.

How a closed case ended (the rule behind ``agreed`` and the success-rate divisor):

- agreed: an agreement was reached — ``agreed_on`` or ``agreed_amount`` is set. A
  closed case keeps its outcome fields, so this holds whatever happened after
  (performed, defaulted, closed).
- withdrawn / rejected / respondent declined (left out of the success-rate divisor):
  not agreed, and the state the case left when it was last moved to 结案 (its last
  ``StateTransition`` to CLOSED) is WITHDRAWN, REJECTED or RESPONDENT_DECLINED. A
  case with no recorded closing transition (imported data) counts as rejected /
  declined when it was never accepted (no ``accepted_on``); otherwise it stays in
  the divisor.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, and_, extract, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from db.enums import CaseStatus
from db.models import MediationCase, StateTransition

CASE_ENTITY = "mediation_case"
NOT_COUNTED_ENDINGS = (CaseStatus.WITHDRAWN.value, CaseStatus.REJECTED.value, CaseStatus.RESPONDENT_DECLINED.value)


def in_year(column, year: int) -> ColumnElement[bool]:
    """``column`` falls in the calendar year (a range, so the column's index is used)."""
    return and_(column >= date(year, 1, 1), column < date(year + 1, 1, 1))


def month_of(column) -> ColumnElement[int]:
    return extract("month", column)


class days_between(FunctionElement):  # noqa: N801 - reads like a SQL function
    """Whole calendar days from the first date to the second."""

    type = Integer()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_between_sqlite(element, compiler, **kw):
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)"


@compiles(days_between)
def _days_between_default(element, compiler, **kw):
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({end} - {start})"


def count_if(condition) -> ColumnElement[int]:
    return func.count().filter(condition)


def sum_if(column, condition) -> ColumnElement:
    return func.coalesce(func.sum(column).filter(condition), literal(0, column.type))


def total(column) -> ColumnElement:
    return func.coalesce(func.sum(column), literal(0, column.type))


def agreed() -> ColumnElement[bool]:
    return or_(MediationCase.agreed_on.is_not(None), MediationCase.agreed_amount.is_not(None))


def closing_state() -> ColumnElement[str]:
    """The state a case left when it was last moved to CLOSED (a correlated subquery, index-backed)."""
    return (
        select(StateTransition.from_state)
        .where(StateTransition.entity_type == CASE_ENTITY, StateTransition.entity_id == MediationCase.id,
               StateTransition.to_state == CaseStatus.CLOSED.value)
        .order_by(StateTransition.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def not_counted() -> ColumnElement[bool]:
    """Closed by withdrawal, rejection or the respondent declining (see module docstring)."""
    ended_from = closing_state()
    ended_so = or_(
        ended_from.in_(NOT_COUNTED_ENDINGS),
        and_(ended_from.is_(None), MediationCase.accepted_on.is_(None)),
    )
    return and_(~agreed(), ended_so)
