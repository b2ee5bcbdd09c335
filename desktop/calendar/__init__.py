"""Calendar service for deadlines: holiday arrangements, working days, due dates.

The arrangements live in the database (table ``holiday_day``, one row per 放假 or
调休上班 day with its source); ``calendar_of(session)`` gives the current
``HolidayCalendar`` (cached per process, reloaded when the table changes) and
``compute_deadline`` turns a start date and a period into a ``Deadline`` with a
Chinese explanation.
"""

from desktop.calendar.deadline import Deadline, Unit, compute_deadline, missing_year_warning
from desktop.calendar.holidays import HolidayCalendar, YearPlan
from desktop.calendar.store import calendar_of
from desktop.calendar.text import format_date

__all__ = [
    "Deadline",
    "HolidayCalendar",
    "Unit",
    "YearPlan",
    "calendar_of",
    "compute_deadline",
    "format_date",
    "missing_year_warning",
]
