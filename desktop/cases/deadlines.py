"""The statutory clock of a case: its last day, how it was computed, and how close it is.

- Ordinary cases: ``mediation_limit_days`` (15) calendar days from receipt of the
  application (劳动争议调解仲裁法 Art. 14).
- Court-delegated (委派) 30 days; court-entrusted (委托) 15 days, or 7 under the
  simple procedure; counted from the day the papers were received.
- Agreed extensions add their days.
Counting starts the day after the start date. The clock only runs while the case
is still being registered, reviewed or mediated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, String, and_, case, cast, func, literal

from db.enums import CaseSource
from db.models import MediationCase
from desktop.calendar import HolidayCalendar, compute_deadline, format_date

DELEGATED_DAYS = 30
ENTRUSTED_DAYS = 15
ENTRUSTED_SIMPLE_DAYS = 7
COURT_SOURCES = frozenset({CaseSource.COURT_DELEGATED, CaseSource.COURT_ENTRUSTED})

NORMAL, NEAR, OVERDUE, STOPPED = "normal", "near", "overdue", "stopped"
CLOCK_LABELS = {NORMAL: "期限内", NEAR: "临近期限", OVERDUE: "已超期", STOPPED: "已停止计时"}


@dataclass(frozen=True)
class Clock:
    start: date
    days: int
    due: date
    explanation: str
    state: str
    days_left: int

    @property
    def label(self) -> str:
        return CLOCK_LABELS[self.state]


def base_limit(source: CaseSource, simple: bool, limit_days: int) -> tuple[int, str]:
    """The limit in days and the rule's name, by source."""
    if source == CaseSource.COURT_DELEGATED:
        return DELEGATED_DAYS, "法院委派调解期限"
    if source == CaseSource.COURT_ENTRUSTED:
        if simple:
            return ENTRUSTED_SIMPLE_DAYS, "法院委托调解期限（简易程序）"
        return ENTRUSTED_DAYS, "法院委托调解期限（普通程序）"
    return limit_days, "调解期限"


def clock_start(source: CaseSource, received_on: date, papers_received_on: date | None) -> tuple[date, str]:
    if source in COURT_SOURCES and papers_received_on is not None:
        return papers_received_on, "收到法院材料之日"
    return received_on, "收到调解申请之日"


def case_clock(
    *, source: CaseSource, received_on: date, papers_received_on: date | None, simple: bool,
    extension_days: int, running: bool, today: date, limit_days: int = 15, warn_after_days: int = 10,
    calendar: HolidayCalendar | None = None,
) -> Clock:
    """The case's deadline with a Chinese explanation, and its state on ``today``."""
    start, start_name = clock_start(source, received_on, papers_received_on)
    days, rule = base_limit(source, simple, limit_days)
    total = days + extension_days
    deadline = compute_deadline(start, total, "calendar", calendar or HolidayCalendar())
    text = f"{rule} {days} 日，自{start_name} {format_date(start)} 次日起算"
    if extension_days:
        text += f"，经双方同意延长 {extension_days} 日"
    text += f"，至 {format_date(deadline.due)} 届满"
    left = (deadline.due - today).days
    return Clock(start, total, deadline.due, text, _state(running, left, warn_after_days, limit_days), left)


def _state(running: bool, left: int, warn_after: int, limit: int) -> str:
    if not running:
        return STOPPED
    if left < 0:
        return OVERDUE
    return NEAR if left <= warn_margin(warn_after, limit) else NORMAL


def warn_margin(warn_after: int, limit: int) -> int:
    """Days before the end at which a case counts as near: 5 when 15 days are warned from day 10."""
    return max(0, limit - warn_after)


# ------------------------------------------------------------------- in SQL
def due_expression(dialect: str, limit_days: int):
    """A SQL expression for each case's last day (same rules as ``case_clock``)."""
    c = MediationCase
    court = c.source.in_([s.value for s in COURT_SOURCES])
    start = case((and_(court, c.papers_received_on.is_not(None)), c.papers_received_on), else_=c.received_on)
    days = case(
        (c.source == CaseSource.COURT_DELEGATED.value, DELEGATED_DAYS),
        (and_(c.source == CaseSource.COURT_ENTRUSTED.value, c.court_simple_procedure.is_(True)),
         ENTRUSTED_SIMPLE_DAYS),
        (c.source == CaseSource.COURT_ENTRUSTED.value, ENTRUSTED_DAYS),
        else_=limit_days,
    ) + c.extension_days
    if dialect == "sqlite":
        return func.date(start, cast(days, String).concat(literal(" days")))
    return start + cast(days, Integer)
