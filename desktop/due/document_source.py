"""Due items of issued documents not yet served (未送达): each should be served within
``SERVICE_WORKING_DAYS`` working days of its issue."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import IssuedDocument, Officer
from desktop.calendar import HolidayCalendar, format_date
from desktop.due.claim_source import local_day
from desktop.due.items import DueItem, DueScope, RecordRef
from desktop.issuing.queries import NOT_SERVED_KINDS, current_only

AREA = "documents"
SERVICE_WORKING_DAYS = 3
D = IssuedDocument


class UnservedDocumentSource:
    area, label = AREA, "文书送达"
    kinds = frozenset({"issued_document", "holiday_day"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        issued_before = datetime.combine(scope.horizon + timedelta(days=1), time.min).astimezone()
        statement = current_only(
            select(D.id, D.title, D.number, D.issued_at, D.issued_by, Officer.display_name)
            .outerjoin(Officer, Officer.id == D.issued_by)
            .where(D.served_on.is_(None), D.kind.not_in(NOT_SERVED_KINDS), D.issued_at < issued_before))
        if scope.officer_id is not None:
            statement = statement.where(D.issued_by == scope.officer_id)
        for document_id, title, number, issued_at, officer_id, whose in session.execute(statement):
            issued_on = local_day(issued_at)
            last = calendar.add_working_days(issued_on, SERVICE_WORKING_DAYS)
            if last > scope.horizon:
                continue
            text = f"{format_date(issued_on)} 出具，应于其后 {SERVICE_WORKING_DAYS} 个工作日内送达"
            yield DueItem(AREA, "文书送达期限", f"{title} {number or ''}".strip(), last, text,
                          RecordRef(AREA, document_id, "unserved"), officer_id, whose or "")
