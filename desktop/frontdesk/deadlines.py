"""A ticket's reply-by and finish-by, from its platform's limits in 设置 (stored in the database).

Limits are in working days or in hours, both counted on the centre's calendar:

- N 工作日: the N-th working day after the day received (the day received never counts),
  until the end of that day (23:59:59);
- N 小时: clock hours on working days only: time on a weekend or a 法定休假日 does not count, so
  a ticket received on Saturday starts its clock at 0:00 of the next working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from db.enums import TicketChannel
from desktop.calendar import HolidayCalendar
from desktop.settings import DEFAULT_TICKET_DEADLINES, OrganisationSettings

END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True)
class TicketDeadlines:
    reply_by: datetime
    finish_by: datetime
    explanation: str


def ticket_deadlines(settings: OrganisationSettings, channel: TicketChannel, received_at: datetime,
                     calendar: HolidayCalendar) -> TicketDeadlines:
    raw: dict[str, Any] = settings.ticket_deadlines.get(channel.value) or DEFAULT_TICKET_DEADLINES[channel.value]
    reply, reply_text = limit_end(received_at, int(raw["reply"]), raw["reply_unit"], calendar)
    finish, finish_text = limit_end(received_at, int(raw["finish"]), raw["finish_unit"], calendar)
    return TicketDeadlines(reply, finish, f"{channel.label}：响应时限{reply_text}；办结时限{finish_text}")


def limit_end(start: datetime, amount: int, unit: str, calendar: HolidayCalendar) -> tuple[datetime, str]:
    if unit == "HOURS":
        end = add_working_hours(start, amount, calendar)
        return end, f"{amount}小时（只计工作日），至 {end:%Y-%m-%d %H:%M}"
    day = calendar.add_working_days(start.date(), amount)
    return datetime.combine(day, END_OF_DAY), f"{amount}个工作日（接收次日起算），至 {day:%Y-%m-%d} 24时"


def add_working_hours(start: datetime, hours: int, calendar: HolidayCalendar) -> datetime:
    remaining = timedelta(hours=hours)
    moment = start
    while True:
        if not calendar.is_working_day(moment.date()):
            moment = datetime.combine(calendar.next_working_day(moment.date()), time(0))
        midnight = datetime.combine(moment.date() + timedelta(days=1), time(0))
        if midnight - moment >= remaining:
            return moment + remaining
        remaining -= midnight - moment
        moment = midnight
