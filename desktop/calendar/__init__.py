"""Calendar service for deadlines: holiday arrangements, working days, due dates.

``HolidayCalendar.load()`` reads the bundled ``resources/holidays/cn.json`` and
any files an officer adds; ``compute_deadline`` turns a start date and a period
into a ``Deadline`` with a Chinese explanation.
"""

from desktop.calendar.deadline import Deadline, Unit, compute_deadline
from desktop.calendar.holiday_file import BUNDLED_FILE, YearPlan, read_holiday_file
from desktop.calendar.holidays import HolidayCalendar
from desktop.calendar.text import format_date

__all__ = [
    "BUNDLED_FILE",
    "Deadline",
    "HolidayCalendar",
    "Unit",
    "YearPlan",
    "compute_deadline",
    "format_date",
    "read_holiday_file",
]
