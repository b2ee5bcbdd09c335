"""The statutory clock of a case: its last day, how it was computed, and how close it is.

- Ordinary cases: ``mediation_limit_days`` (15) calendar days from receipt of the
  application (劳动争议调解仲裁法 Art. 14).
- Court-delegated (委派) 30 days; court-entrusted (委托) 15 days, or 7 under the
  simple procedure; counted from the day the papers were received.
- Agreed extensions add their days, and so do the days the clock was suspended
  (中止: from the day it was suspended to the day it resumed).
- A last day on a 法定休假日 moves to the next working day (民法典 第二百零三条).
Counting starts the day after the start date. The clock only runs while the case
is still being registered, reviewed or mediated, and not while it is suspended.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, String, and_, case, cast, func, literal

from db.enums import CaseSource
from db.models import MediationCase
from desktop.calendar import HolidayCalendar, compute_deadline, format_date
from desktop.calendar.deadline import roll_off_day_off

DELEGATED_DAYS = 30
ENTRUSTED_DAYS = 15
ENTRUSTED_SIMPLE_DAYS = 7
COURT_SOURCES = frozenset({CaseSource.COURT_DELEGATED, CaseSource.COURT_ENTRUSTED})

NORMAL, NEAR, OVERDUE, STOPPED, PAUSED = "normal", "near", "overdue", "stopped", "paused"
CLOCK_LABELS = {NORMAL: "期限内", NEAR: "临近期限", OVERDUE: "已超期", STOPPED: "已停止计时", PAUSED: "已中止"}


@dataclass(frozen=True)
class PauseSpan:
    """One suspension: why, from when, until when (``None``: still suspended)."""

    reason: str
    started_on: date
    resumed_on: date | None

    def days(self, today: date) -> int:
        """Days added to the clock: from the day suspended to the day resumed (or today)."""
        return max(0, ((self.resumed_on or today) - self.started_on).days)

    def describe(self, today: date) -> str:
        until = f"至 {format_date(self.resumed_on)} 恢复" if self.resumed_on else "起中止至今"
        return f"{self.reason}，{format_date(self.started_on)} {until}，{self.days(today)} 日"


@dataclass(frozen=True)
class Clock:
    start: date
    days: int
    due: date
    explanation: str
    state: str
    days_left: int
    paused_days: int = 0
    warnings: tuple[str, ...] = ()

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
    calendar: HolidayCalendar | None = None, pauses: Sequence[PauseSpan] = (), ended_pause_days: int = 0,
) -> Clock:
    """The case's deadline with a Chinese explanation, and its state on ``today``.

    A clock still suspended shows the day it would end if it resumed today. ``ended_pause_days``
    stands for ``pauses`` when only their total is at hand (the case's ``paused_days``).
    """
    start, start_name = clock_start(source, received_on, papers_received_on)
    days, rule = base_limit(source, simple, limit_days)
    paused = sum(p.days(today) for p in pauses) + ended_pause_days
    total = days + extension_days + paused
    calendar = calendar or HolidayCalendar()
    last = calendar.add_calendar_days(start, total)
    due, rolled = roll_off_day_off(calendar, last)
    warnings = compute_deadline(start, total, "calendar", calendar, roll_to_working_day=True).warnings
    text = f"{rule} {days} 日，自{start_name} {format_date(start)} 次日起算"
    if extension_days:
        text += f"，经双方同意延长 {extension_days} 日"
    if pauses:
        text += f"，中止 {paused} 日（" + "；".join(p.describe(today) for p in pauses) + "）"
    elif paused:
        text += f"，中止 {paused} 日"
    text += f"，至 {format_date(last)} 届满" + (f"；{rolled}" if rolled else "")
    if warnings:
        text += "（注意：" + "；".join(warnings) + "）"
    left = (due - today).days
    suspended = any(p.resumed_on is None for p in pauses)
    state = PAUSED if running and suspended else _state(running, left, warn_after_days, limit_days)
    return Clock(start, total, due, text, state, left, paused, warnings)


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
    """A SQL expression for each case's last day before a move off a day off (same rules as
    ``case_clock`` for a clock not suspended now; ``paused_days`` holds the ended suspensions)."""
    c = MediationCase
    court = c.source.in_([s.value for s in COURT_SOURCES])
    start = case((and_(court, c.papers_received_on.is_not(None)), c.papers_received_on), else_=c.received_on)
    days = case(
        (c.source == CaseSource.COURT_DELEGATED.value, DELEGATED_DAYS),
        (and_(c.source == CaseSource.COURT_ENTRUSTED.value, c.court_simple_procedure.is_(True)),
         ENTRUSTED_SIMPLE_DAYS),
        (c.source == CaseSource.COURT_ENTRUSTED.value, ENTRUSTED_DAYS),
        else_=limit_days,
    ) + c.extension_days + c.paused_days
    if dialect == "sqlite":
        return func.date(start, cast(days, String).concat(literal(" days")))
    return start + cast(days, Integer)
