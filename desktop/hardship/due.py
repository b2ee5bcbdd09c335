"""The 工作台's hardship items: files whose yearly 复核 falls due (the officer who filed them)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import HardshipStatus
from db.models import HardshipFile, Officer, Worker
from desktop.calendar import HolidayCalendar
from desktop.due.items import DueItem, DueScope, RecordRef

AREA = "hardship"


class HardshipReviewsDue:
    area, label, kinds = AREA, "困难职工", frozenset({"hardship_file", "hardship_review"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        query = (select(HardshipFile.id, HardshipFile.number, Worker.name, HardshipFile.next_review_on,
                        HardshipFile.officer_id, Officer.display_name)
                 .join(Worker, Worker.id == HardshipFile.worker_id)
                 .outerjoin(Officer, Officer.id == HardshipFile.officer_id)
                 .where(HardshipFile.status == HardshipStatus.ACTIVE,
                        HardshipFile.next_review_on <= scope.horizon))
        if scope.mine_only:
            query = query.where(HardshipFile.officer_id == scope.officer_id)
        for file_id, number, name, due_on, officer_id, officer in session.execute(query):
            assert due_on is not None  # the query keeps only files with a review date
            yield DueItem(AREA, "困难职工年度复核", f"{number} {name}", due_on,
                          "建档或上次复核之日起一年", RecordRef(AREA, file_id, "review"), officer_id, officer or "")
