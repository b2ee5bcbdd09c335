"""Due items of mediation cases: the statutory clock (调解期限) and agreement instalments (履行期限).

The clock reuses the case list's SQL (``due_expression``: the last day before a move off a
day off) and the clock's own explanation (``case_clock``); one statement per kind, filtered
to the horizon in SQL, so the work grows with what is due, not with the cases kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from db.enums import CaseSource, CaseStatus, MediatorRole
from db.models import AgreementTerm, CaseMediator, Employer, MediationCase, Officer, PerformancePayment
from desktop import settings as org_settings
from desktop.calendar import HolidayCalendar, format_date
from desktop.calendar.deadline import roll_off_day_off
from desktop.cases.deadlines import case_clock, due_expression
from desktop.cases.workflow import ACTIVE
from desktop.due.items import DueItem, DueScope, RecordRef

C = MediationCase
AREA = "cases"
PERFORMING = (CaseStatus.AGREED.value, CaseStatus.PERFORMING.value, CaseStatus.DEFAULTED.value)


def as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def lead_mediator():
    """Each case's lead mediator's id and name (outer-joined: a new case has none)."""
    return (select(CaseMediator.case_id, CaseMediator.officer_id, Officer.display_name)
            .join(Officer, Officer.id == CaseMediator.officer_id)
            .where(CaseMediator.role == MediatorRole.LEAD.value).subquery("lead"))


def officer_condition(officer_id: int | None):
    """The officer's cases: a mediator of it, or (none assigned yet) the one who registered it."""
    if officer_id is None:
        return None
    mediates = exists().where(CaseMediator.case_id == C.id, CaseMediator.officer_id == officer_id)
    return or_(mediates, C.created_by == officer_id)


def case_title(number: str | None, employer: str) -> str:
    return f"{number or '（未编号）'} {employer}"


class CaseClockSource:
    area, label = AREA, "调解案件"
    kinds = frozenset({"mediation_case", "case_mediator", "case_pause", "holiday_day", "setting"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        prefs = org_settings.load(session)
        due = due_expression(session.get_bind().dialect.name, prefs.mediation_limit_days)
        lead = lead_mediator()
        statement = (
            select(C.id, C.number, Employer.name, C.source, C.received_on, C.papers_received_on,
                   C.court_simple_procedure, C.extension_days, C.paused_days, lead.c.officer_id, lead.c.display_name)
            .join(Employer, Employer.id == C.respondent_id).outerjoin(lead, lead.c.case_id == C.id)
            .where(C.status.in_([s.value for s in ACTIVE]), C.paused_since.is_(None), due <= scope.horizon))
        mine = officer_condition(scope.officer_id)
        if mine is not None:
            statement = statement.where(mine)
        for row in session.execute(statement):
            item = self._item(row, scope, calendar, prefs)
            if item.due_on <= scope.horizon:
                yield item

    @staticmethod
    def _item(row, scope: DueScope, calendar: HolidayCalendar, prefs) -> DueItem:
        case_id, number, employer, source, received, papers, simple, extension, paused, officer_id, whose = row
        clock = case_clock(source=CaseSource.of(source), received_on=as_date(received),
                           papers_received_on=as_date(papers) if papers else None, simple=bool(simple),
                           extension_days=extension or 0, running=True, today=scope.today,
                           limit_days=prefs.mediation_limit_days, warn_after_days=prefs.warn_after_days,
                           calendar=calendar, ended_pause_days=paused or 0)
        return DueItem(AREA, "调解期限届满", case_title(number, employer), clock.due, clock.explanation,
                       RecordRef(AREA, case_id, "sessions"), officer_id, whose or "")


class InstalmentSource:
    """Agreement terms whose day has come and that are not yet paid in full."""

    area, label = AREA, "调解案件"
    kinds = frozenset({"mediation_case", "agreement_term", "performance_payment", "case_mediator", "holiday_day"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        T, P = AgreementTerm, PerformancePayment
        paid = (select(func.coalesce(func.sum(P.amount), 0)).where(P.term_id == T.id)
                .correlate(T).scalar_subquery())
        lead = lead_mediator()
        statement = (
            select(C.id, C.number, Employer.name, T.seq, T.description, T.amount, T.due_on, paid,
                   lead.c.officer_id, lead.c.display_name)
            .join(C, C.id == T.case_id).join(Employer, Employer.id == C.respondent_id)
            .outerjoin(lead, lead.c.case_id == C.id)
            .where(C.status.in_(PERFORMING), T.due_on.is_not(None), T.due_on <= scope.horizon, paid < T.amount))
        mine = officer_condition(scope.officer_id)
        if mine is not None:
            statement = statement.where(mine)
        for case_id, number, employer, seq, description, amount, due_on, paid_so_far, officer_id, whose in \
                session.execute(statement):
            due_on = as_date(due_on)
            last, rolled = roll_off_day_off(calendar, due_on)
            if last > scope.horizon:
                continue
            owed = Decimal(amount) - Decimal(paid_so_far or 0)
            text = f"调解协议第 {seq} 项「{description}」约定于 {format_date(due_on)} 前履行，尚欠 {owed:,.2f} 元"
            yield DueItem(AREA, "协议履行期限", case_title(number, employer), last, text + (f"；{rolled}" if rolled else ""),
                          RecordRef(AREA, case_id, "performance"), officer_id, whose or "")


