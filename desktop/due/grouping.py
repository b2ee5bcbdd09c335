"""The groups of the 工作台: 已超期 / 今天到期 / 三个工作日内 / 本周 / 以后."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from desktop.calendar import HolidayCalendar

NEAR_WORKING_DAYS = 3


class DueGroup(enum.Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    NEAR = "near"
    THIS_WEEK = "this_week"
    LATER = "later"


GROUP_LABELS = {
    DueGroup.OVERDUE: "已超期",
    DueGroup.TODAY: "今天到期",
    DueGroup.NEAR: "三个工作日内",
    DueGroup.THIS_WEEK: "本周",
    DueGroup.LATER: "以后",
}


def near_limit(today: date, calendar: HolidayCalendar) -> date:
    """The last day of 三个工作日内: the third working day after today."""
    return calendar.add_working_days(today, NEAR_WORKING_DAYS)


def week_end(today: date) -> date:
    """Sunday of this week."""
    return today + timedelta(days=6 - today.weekday())


def group_of(due_on: date, today: date, calendar: HolidayCalendar) -> DueGroup:
    """The first group that holds ``due_on``, in the order above."""
    if due_on < today:
        return DueGroup.OVERDUE
    if due_on == today:
        return DueGroup.TODAY
    if due_on <= near_limit(today, calendar):
        return DueGroup.NEAR
    if due_on <= week_end(today):
        return DueGroup.THIS_WEEK
    return DueGroup.LATER


def default_horizon(today: date, calendar: HolidayCalendar) -> date:
    """Far enough for every group but 以后: the later of the week's end and the third working day."""
    return max(week_end(today), near_limit(today, calendar))
