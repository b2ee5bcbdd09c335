"""Legal-aid cases on the centre's due list: 审查期限 (``REVIEW_DAYS`` working days from the
application, on the calendar) while the case awaits its decision, and every hearing (开庭)
from today to the horizon while the case is handled. "Mine": the officer who registered it."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import LegalAidStatus
from db.models import LegalAidCase, LegalAidProgress, Officer, Worker
from desktop.calendar import HolidayCalendar
from desktop.due.items import DueItem, DueScope, RecordRef
from desktop.frontdesk.legal_aid_listing import REVIEW_DAYS

AREA_KEY = "legal_aid"
L = LegalAidCase


def review_due(calendar: HolidayCalendar, applied_on):
    return calendar.add_working_days(applied_on, REVIEW_DAYS)


class LegalAidDueSource:
    area = AREA_KEY
    label = "法律援助"
    kinds = frozenset({"legal_aid_case", "legal_aid_progress"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterator[DueItem]:
        yield from self._reviews(session, scope, calendar)
        yield from self._hearings(session, scope)

    def _base(self, *columns):
        return (select(L.id, L.number, Worker.name, L.officer_id, Officer.display_name, *columns)
                .join(Worker, Worker.id == L.worker_id).outerjoin(Officer, Officer.id == L.officer_id))

    def _mine(self, query, scope: DueScope):
        return query.where(L.officer_id == scope.officer_id) if scope.mine_only else query

    def _reviews(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterator[DueItem]:
        query = self._mine(self._base(L.applied_on).where(L.status == LegalAidStatus.PENDING), scope)
        for case_id, number, name, officer_id, officer, applied_on in session.execute(query):
            due_on = review_due(calendar, applied_on)
            if due_on <= scope.horizon:
                yield DueItem(AREA_KEY, "法律援助审查期限", f"{number} {name}", due_on,
                              f"申请日 {applied_on:%Y-%m-%d} 起 {REVIEW_DAYS} 个工作日内作出受理或不予援助决定",
                              RecordRef(AREA_KEY, case_id, "review"), officer_id, officer or "")

    def _hearings(self, session: Session, scope: DueScope) -> Iterator[DueItem]:
        p = LegalAidProgress
        query = self._mine(self._base(p.happened_on, p.procedure, p.place).join(p, p.case_id == L.id)
                           .where(p.is_hearing.is_(True), p.happened_on >= scope.today,
                                  p.happened_on <= scope.horizon,
                                  L.status.in_((LegalAidStatus.ASSIGNED, LegalAidStatus.IN_PROGRESS))), scope)
        for case_id, number, name, officer_id, officer, on, procedure, place in session.execute(query):
            yield DueItem(AREA_KEY, "法律援助开庭", f"{number} {name}", on,
                          f"{procedure.label}开庭" + (f"，{place}" if place else ""),
                          RecordRef(AREA_KEY, case_id, "progress"), officer_id, officer or "")
