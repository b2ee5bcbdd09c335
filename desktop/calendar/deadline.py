"""Deadlines in calendar or working days, with an explanation an officer can check.

Counting starts the day after ``start`` (the statutory rule that the first day
is not counted). A working-day deadline skips weekends and days off and counts
make-up workdays. A calendar-day deadline may be rolled forward when its last
day is not a working day (``roll_to_working_day``), as 民法典 第二百零三条 has
it: a period whose last day falls on a 法定休假日 ends on the first working day
after it. A year whose arrangement is not in the database is counted on plain
weekends, and every deadline touching it carries ``missing_year_warning``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from desktop.calendar.holidays import HolidayCalendar
from desktop.calendar.text import format_date, format_month_day, format_span, named_runs
from desktop.errors import ValidationError

Unit = Literal["calendar", "working"]


@dataclass(frozen=True)
class Deadline:
    """The due date, how it was reached (Chinese) and warnings about missing data."""

    due: date
    explanation: str
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The explanation followed by the warnings, as shown, printed and exported."""
        notes = "；".join(self.warnings)
        return self.explanation + (f"（注意：{notes}）" if notes else "")


def missing_year_warning(year: int) -> str:
    """What every deadline reaching a year without an arrangement says."""
    return f"{year}年节假日安排尚未录入，期限按周六、周日休息计算，请在 设置 → 节假日安排 中补录"


def compute_deadline(
    start: date,
    days: int,
    unit: Unit,
    calendar: HolidayCalendar,
    *,
    roll_to_working_day: bool = False,
) -> Deadline:
    """The deadline ``days`` calendar or working days after ``start``.

    ``roll_to_working_day`` only affects calendar days (a working-day deadline
    always ends on a working day). Warnings name each year the computation
    touches whose holiday arrangement is not in ``calendar``.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise ValidationError(f"应为不小于 0 的整数，实际为 {days}", field="期限天数")
    if unit == "working":
        return _working_deadline(start, days, calendar)
    if unit == "calendar":
        return _calendar_deadline(start, days, calendar, roll_to_working_day)
    raise ValueError(f"unit must be 'calendar' or 'working', got {unit!r}")


def _working_deadline(start: date, days: int, calendar: HolidayCalendar) -> Deadline:
    due = calendar.add_working_days(start, days)
    skipped = _skipped_note(calendar, start, due)
    explanation = f"自 {format_date(start)} 起 {days} 个工作日{skipped}，至 {format_date(due)}"
    return Deadline(due, explanation, _uncovered_years(calendar, start, due))


def _calendar_deadline(start: date, days: int, calendar: HolidayCalendar, roll: bool) -> Deadline:
    last = calendar.add_calendar_days(start, days)
    explanation = f"自 {format_date(start)} 起 {days} 日，至 {format_date(last)}"
    if not roll:
        return Deadline(last, explanation)
    due, note = roll_off_day_off(calendar, last)
    warnings = _uncovered_years(calendar, last, due)
    if due == last:
        return Deadline(due, explanation, warnings)
    return Deadline(due, f"自 {format_date(start)} 起 {days} 日，{note}", warnings)


def roll_off_day_off(calendar: HolidayCalendar, last: date) -> tuple[date, str]:
    """The first working day on or after ``last``, and the sentence saying why it moved ("" if not)."""
    due = calendar.next_working_day(last)
    if due == last:
        return due, ""
    return due, f"届满日 {format_date(last)} 为法定休假日，顺延至 {format_date(due)}"


def _skipped_note(calendar: HolidayCalendar, start: date, due: date) -> str:
    """``（跳过 国庆节 10月1日-7日，9月29日、10月12日 调休上班）`` for the counted days."""
    first = start + timedelta(days=1)
    with_year = start.year != due.year
    runs = named_runs(calendar.holidays_between(first, due))
    workdays = calendar.workdays_between(first, due)
    parts = []
    if runs:
        spans = "、".join(f"{name} {format_span(a, b, with_year=with_year)}" for name, a, b in runs)
        parts.append(f"跳过 {spans}")
    if workdays:
        dates = "、".join(format_month_day(day, with_year=with_year) for day, _ in workdays)
        parts.append(f"{dates} 调休上班")
    return f"（{'，'.join(parts)}）" if parts else ""


def _uncovered_years(calendar: HolidayCalendar, first: date, last: date) -> tuple[str, ...]:
    return tuple(missing_year_warning(year) for year in range(first.year, last.year + 1) if not calendar.covers(year))
