"""Due items of 一函两书: letters awaiting the unit's reply or the department's handling, by their deadline."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import LetterKind, LetterStatus
from db.models import Employer, Officer, SupervisionLetter
from desktop.calendar import HolidayCalendar, format_date
from desktop.due.case_clocks import as_date
from desktop.due.items import DueItem, DueScope, RecordRef
from desktop.letters.flow import AWAITING

L = SupervisionLetter
AREA = "letters"
DUTY = {LetterStatus.AWAITING_REPLY: "整改回复期限", LetterStatus.AWAITING_DEPARTMENT: "部门处理期限"}


class LetterSource:
    area, label = AREA, "一函两书"
    kinds = frozenset({"supervision_letter"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        statement = (select(L.id, L.kind, L.number, L.status, L.deadline_on, L.deadline_explanation, L.issued_on,
                            L.deadline_days, L.officer_id, Employer.name, Officer.display_name)
                     .join(Employer, Employer.id == L.employer_id).outerjoin(Officer, Officer.id == L.officer_id)
                     .where(L.status.in_([s.value for s in AWAITING]), L.deadline_on.is_not(None),
                            L.deadline_on <= scope.horizon))
        if scope.officer_id is not None:
            statement = statement.where(L.officer_id == scope.officer_id)
        for (letter_id, kind, number, status, deadline, explanation, issued, days, officer_id, employer,
             whose) in session.execute(statement):
            status, deadline = LetterStatus.of(status), as_date(deadline)
            text = explanation or (f"自 {format_date(as_date(issued))} 签发起 {days} 日" if issued else f"期限 {days} 日")
            title = f"{LetterKind.of(kind).label} {number or '（未编号）'} {employer}"
            yield DueItem(AREA, DUTY[status], title, deadline, text, RecordRef(AREA, letter_id, "chain"),
                          officer_id, whose or "")
