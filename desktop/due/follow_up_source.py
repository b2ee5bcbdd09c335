"""Due items of closed case files: the 回访 planned at closing and not yet recorded, and
archived files lent out (借阅) and not yet back.

One statement joined to each case's lead mediator the way the case clocks are; a 回访 is a
duty of the file, so a closed or archived file still shows it until it is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import CaseStatus
from db.models import ArchiveLoan, Employer, MediationCase, Officer
from desktop.calendar import HolidayCalendar, format_date
from desktop.due.case_clocks import AREA, as_date, case_title, lead_mediator, officer_condition
from desktop.due.items import DueItem, DueScope, RecordRef

C = MediationCase
CLOSED_FILES = (CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value)


class FollowUpSource:
    area, label = AREA, "调解案件"
    kinds = frozenset({"mediation_case", "follow_up", "case_mediator"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        lead = lead_mediator()
        statement = (
            select(C.id, C.number, Employer.name, C.closed_on, C.follow_up_due_on, lead.c.officer_id,
                   lead.c.display_name)
            .join(Employer, Employer.id == C.respondent_id).outerjoin(lead, lead.c.case_id == C.id)
            .where(C.status.in_(CLOSED_FILES), C.follow_up_due_on.is_not(None), C.follow_up_due_on <= scope.horizon))
        mine = officer_condition(scope.officer_id)
        if mine is not None:
            statement = statement.where(mine)
        for case_id, number, employer, closed_on, due_on, officer_id, whose in session.execute(statement):
            text = f"{format_date(as_date(closed_on))}结案，按设置在结案后回访当事人（登记回访后消除）"
            yield DueItem(AREA, "结案回访", case_title(number, employer), as_date(due_on), text,
                          RecordRef(AREA, case_id, "follow_up"), officer_id, whose or "")


class ArchiveLoanSource:
    """Archived files lent out (借阅) and due back: the one who keeps the archive chases them."""

    area, label = AREA, "调解案件"
    kinds = frozenset({"archive_loan", "mediation_case"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        statement = (
            select(C.id, C.archive_no, Employer.name, ArchiveLoan.borrower, ArchiveLoan.lent_on,
                   ArchiveLoan.due_back_on, ArchiveLoan.lent_by, Officer.display_name)
            .join(C, C.id == ArchiveLoan.case_id).join(Employer, Employer.id == C.respondent_id)
            .outerjoin(Officer, Officer.id == ArchiveLoan.lent_by)
            .where(ArchiveLoan.returned_on.is_(None), ArchiveLoan.due_back_on <= scope.horizon))
        if scope.officer_id is not None:
            statement = statement.where(ArchiveLoan.lent_by == scope.officer_id)
        for case_id, archive_no, employer, borrower, lent_on, due_on, officer_id, whose in session.execute(statement):
            text = f"{format_date(as_date(lent_on))}借给{borrower}，应于{format_date(as_date(due_on))}前归还"
            yield DueItem(AREA, "卷宗借阅归还", case_title(archive_no, employer), as_date(due_on), text,
                          RecordRef(AREA, case_id, "archive"), officer_id, whose or "")
