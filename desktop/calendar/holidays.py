"""Working days under the State Council's holiday arrangements.

A day is a working day when it is a make-up workday (调休上班), or else when it
is Monday-Friday and not a day off. Years without an arrangement fall back to
plain weekends; ``covers`` tells the caller so that it can warn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class YearPlan:
    """One year's arrangement: dates off and make-up workdays, each with its holiday's name."""

    year: int
    source: str
    holidays: Mapping[date, str]
    workdays: Mapping[date, str]


class HolidayCalendar:
    """Days off and make-up workdays of the years it was given."""

    def __init__(self, plans: Iterable[YearPlan] = ()) -> None:
        """Later plans for the same year replace earlier ones as a whole."""
        self._plans = {plan.year: plan for plan in plans}
        self._holidays = {d: n for plan in self._plans.values() for d, n in plan.holidays.items()}
        self._workdays = {d: n for plan in self._plans.values() for d, n in plan.workdays.items()}

    @property
    def years(self) -> tuple[int, ...]:
        """The years with an arrangement, in order."""
        return tuple(sorted(self._plans))

    def covers(self, year: int) -> bool:
        """Whether the arrangement of ``year`` has been entered."""
        return year in self._plans

    def source(self, year: int) -> str:
        """The notice the year's arrangement comes from ("" when not covered)."""
        plan = self._plans.get(year)
        return plan.source if plan else ""

    def holiday_name(self, day: date) -> str | None:
        """The holiday ``day`` belongs to, if it is a listed day off."""
        return self._holidays.get(day)

    def makeup_workday_name(self, day: date) -> str | None:
        """The holiday a make-up working weekend day belongs to, if it is one."""
        return self._workdays.get(day)

    def is_day_off(self, day: date) -> bool:
        """A listed 放假 day, or a weekend day that is not a make-up workday."""
        return not self.is_working_day(day)

    def is_working_day(self, day: date) -> bool:
        """True for make-up workdays and for Monday-Friday that are not days off."""
        if day in self._workdays:
            return True
        return day.weekday() < 5 and day not in self._holidays

    def add_calendar_days(self, start: date, days: int) -> date:
        """``start`` plus ``days`` calendar days (holidays do not matter)."""
        return start + timedelta(days=days)

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start``.

        Counting starts the day after ``start`` (``start`` itself never counts,
        whether or not it is a working day); ``days=0`` returns ``start``.
        """
        if days < 0:
            raise ValueError(f"days must not be negative, got {days}")
        day = start
        while days:
            day += _ONE_DAY
            if self.is_working_day(day):
                days -= 1
        return day

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def holidays_between(self, first: date, last: date) -> list[tuple[date, str]]:
        """Listed days off from ``first`` to ``last`` inclusive, in order."""
        return sorted((d, n) for d, n in self._holidays.items() if first <= d <= last)

    def workdays_between(self, first: date, last: date) -> list[tuple[date, str]]:
        """Make-up workdays from ``first`` to ``last`` inclusive, in order."""
        return sorted((d, n) for d, n in self._workdays.items() if first <= d <= last)
