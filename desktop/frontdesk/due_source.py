"""Hotline tickets on the centre's due list: 响应期限 until the first contact, 办结期限 until the
办理结果 is in, 回访 after that (due the finish-by day: the platform counts 回访 in its limit)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import TicketStatus
from db.models import HotlineTicket, Officer
from desktop.calendar import HolidayCalendar
from desktop.due.items import DueItem, DueScope, RecordRef

AREA_KEY = "tickets"
WHAT = {TicketStatus.RECEIVED: ("工单响应期限", "reply_by", "contacts"),
        TicketStatus.RESPONDED: ("工单办结期限", "finish_by", "result"),
        TicketStatus.FINISHED: ("工单回访", "finish_by", "visit")}


class TicketDueSource:
    area = AREA_KEY
    label = "热线工单"
    kinds = frozenset({"hotline_ticket", "ticket_contact"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterator[DueItem]:
        t = HotlineTicket
        limit = datetime.combine(scope.horizon, time.max)
        open_states = tuple(WHAT)
        statement = (select(t.id, t.platform_number, t.channel, t.status, t.reply_by, t.finish_by, t.officer_id,
                            t.deadline_explanation, Officer.display_name)
                     .outerjoin(Officer, Officer.id == t.officer_id)
                     .where(t.status.in_(open_states),
                            ((t.status == TicketStatus.RECEIVED) & (t.reply_by <= limit))
                            | ((t.status != TicketStatus.RECEIVED) & (t.finish_by <= limit))))
        if scope.officer_id is not None:
            statement = statement.where(t.officer_id == scope.officer_id)
        for row in session.execute(statement):
            what, column, tab = WHAT[row.status]
            moment: datetime = getattr(row, column)
            yield DueItem(AREA_KEY, what, f"{row.channel.label} {row.platform_number}", moment.date(),
                          f"截止 {moment:%Y-%m-%d %H:%M}；{row.deadline_explanation or ''}",
                          RecordRef(AREA_KEY, row.id, tab), row.officer_id, row.display_name or "")
