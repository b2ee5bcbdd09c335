"""The archived file as a volume: 盒号, 卷号, 保管期限, and its borrowing log (借阅/归还).

An archived file stays read-only; these records are kept beside it (no reopening), each
one unit of work, audited like every change. A file out on loan is 借阅中 until returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.enums import CaseStatus, Retention
from db.models import ArchiveLoan
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import not_before, not_future, required, text
from desktop.cases.mediation import require_state
from desktop.errors import ValidationError

ARCHIVED = frozenset({CaseStatus.ARCHIVED})


@dataclass(frozen=True)
class VolumeInput:
    box_no: str
    volume_no: str
    retention: Retention | None


@dataclass(frozen=True)
class LoanInput:
    borrower: str
    purpose: str
    lent_on: date
    due_back_on: date
    organisation: str = ""


def open_loan(session, case_id: int) -> ArchiveLoan | None:
    """The loan of the file not yet returned (at most one)."""
    return session.scalar(select(ArchiveLoan).where(ArchiveLoan.case_id == case_id, ArchiveLoan.returned_on.is_(None)))


class ArchiveService(CaseActions):
    def file_volume(self, actor: Actor, case_id: int, entry: VolumeInput, *, version: int) -> None:
        """Record where the archived file is kept and for how long."""
        box, volume = required(entry.box_no, "盒号"), required(entry.volume_no, "卷号")
        if entry.retention is None:
            raise ValidationError("请选择保管期限（永久/长期/短期）", field="保管期限")

        def action(session, record):
            require_state(record, ARCHIVED, "填写卷宗信息")
            record.box_no, record.volume_no, record.retention = box, volume, entry.retention
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action, writable=False)

    def lend(self, actor: Actor, case_id: int, entry: LoanInput, *, version: int) -> None:
        borrower, purpose = required(entry.borrower, "借阅人"), required(entry.purpose, "借阅事由")
        not_future(entry.lent_on, "借出日期")
        not_before(entry.due_back_on, entry.lent_on, "应还日期", "借出日期")

        def action(session, record):
            require_state(record, ARCHIVED, "借阅登记")
            current = open_loan(session, record.id)
            if current is not None:
                raise ValidationError(f"卷宗已于 {current.lent_on:%Y-%m-%d} 借给{current.borrower}，尚未归还，"
                                      "归还后才能再次借出", field="借阅人")
            not_before(entry.lent_on, record.archived_on, "借出日期", "归档日期")
            session.add(ArchiveLoan(case_id=record.id, borrower=borrower, organisation=text(entry.organisation),
                                    purpose=purpose, lent_on=entry.lent_on, due_back_on=entry.due_back_on,
                                    lent_by=actor.officer_id))
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action, writable=False)

    def give_back(self, actor: Actor, case_id: int, returned_on: date, *, version: int) -> None:
        not_future(returned_on, "归还日期")

        def action(session, record):
            current = open_loan(session, record.id)
            if current is None:
                raise ValidationError("卷宗不在借阅中，无需归还", field="归还日期")
            not_before(returned_on, current.lent_on, "归还日期", "借出日期")
            current.returned_on, current.returned_by = returned_on, actor.officer_id
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action, writable=False)
