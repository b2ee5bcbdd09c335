"""Whether a case ended within its mediation time limit (the on-time rate).

Rule: only cases that were accepted count (a rejected or declined application
never went to mediation). A case is on time when the day its mediation ended
(``ended_on``, or ``closed_on`` when that is empty) is no later than its limit:

- ordinary cases: ``received_on`` + the centre's limit (15 calendar days by law,
  the setting 调解期限);
- 法院委派 (``COURT_DELEGATED``): papers_received_on + 30 days;
- 法院委托 (``COURT_ENTRUSTED``): papers_received_on + 15 days, 7 under the
  simple procedure (``court_simple_procedure``);
  for court cases ``received_on`` stands in when papers_received_on is empty;
- plus ``extension_days`` the parties agreed to, and ``paused_days``: the days the
  clock was suspended (中止) do not count against the limit.

Days are calendar days counted from the day after the start; the last day is not
moved off a holiday.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func
from sqlalchemy.sql.expression import ColumnElement

from db.enums import CaseSource
from db.models import MediationCase
from desktop.stats.sql import days_between

DEFAULT_LIMIT_DAYS = 15
COURT_DELEGATED_DAYS = 30
COURT_ENTRUSTED_DAYS = 15
COURT_SIMPLE_DAYS = 7
COURT_SOURCES = (CaseSource.COURT_DELEGATED, CaseSource.COURT_ENTRUSTED)


def limit_days(ordinary_days: int = DEFAULT_LIMIT_DAYS) -> ColumnElement[int]:
    source = MediationCase.source
    return case(
        (source == CaseSource.COURT_DELEGATED, COURT_DELEGATED_DAYS),
        (and_(source == CaseSource.COURT_ENTRUSTED, MediationCase.court_simple_procedure), COURT_SIMPLE_DAYS),
        (source == CaseSource.COURT_ENTRUSTED, COURT_ENTRUSTED_DAYS),
        else_=ordinary_days,
    )


def clock_start() -> ColumnElement:
    return case(
        (MediationCase.source.in_(COURT_SOURCES),
         func.coalesce(MediationCase.papers_received_on, MediationCase.received_on)),
        else_=MediationCase.received_on,
    )


def counts_for_on_time() -> ColumnElement[bool]:
    return MediationCase.accepted_on.is_not(None)


def on_time(ordinary_days: int = DEFAULT_LIMIT_DAYS) -> ColumnElement[bool]:
    ended = func.coalesce(MediationCase.ended_on, MediationCase.closed_on)
    allowed = limit_days(ordinary_days) + MediationCase.extension_days + MediationCase.paused_days
    return and_(counts_for_on_time(), days_between(clock_start(), ended) <= allowed)
