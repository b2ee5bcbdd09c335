"""结案 and 归档: closing makes the file read-only; reopening needs the right and a reason."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from db.audit import record_event
from db.enums import CaseStatus
from db.models import StateTransition
from desktop import settings as org_settings
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import not_before, not_future, required
from desktop.cases.workflow import CASE_WORKFLOW, ENTITY
from desktop.numbering import take_number


class ClosingService(CaseActions):
    def close(self, actor: Actor, case_id: int, closed_on: date, note: str = "", *, version: int) -> None:
        not_future(closed_on, "结案日期")

        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.CLOSED)
            not_before(closed_on, record.ended_on or record.received_on, "结案日期", "办理结束日期")
            self._move(session, record, CaseStatus.CLOSED, actor, note.strip() or "结案")
            record.closed_on = closed_on
            record.follow_up_due_on = planned_follow_up(session, record, closed_on)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def archive(self, actor: Actor, case_id: int, archived_on: date, *, version: int) -> str:
        """File the closed case; returns the archive number (卷宗号) assigned."""
        not_future(archived_on, "归档日期")

        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.ARCHIVED)
            not_before(archived_on, record.closed_on, "归档日期", "结案日期")
            self._move(session, record, CaseStatus.ARCHIVED, actor, "归档")
            record.archived_on = archived_on
            record.archive_no = take_number(session, "archive", archived_on.year, entity_type=ENTITY,
                                            entity_id=record.id).number
            return record.archive_no
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action, writable=False)

    def reopen(self, actor: Actor, case_id: int, reason: str, *, version: int) -> CaseStatus:
        """Return a closed (or archived) file to the state it was closed from."""
        reason = required(reason, "重新打开原因")

        def action(session, record):
            if record.status == CaseStatus.ARCHIVED:
                self._move(session, record, CaseStatus.CLOSED, actor, f"撤销归档：{reason}")
            target = _closed_from(session, record.id)
            self._move(session, record, target, actor, f"重新打开：{reason}")
            record.closed_on = record.archived_on = record.follow_up_due_on = None
            record_event(session, "reopen", entity_type=ENTITY, entity_id=record.id, detail=reason)
            return target
        return self._run(actor, Permission.CASE_REOPEN, case_id, version, action, writable=False)


def planned_follow_up(session, record, closed_on: date) -> date | None:
    """The 回访 planned at closing (设置「回访间隔天数」 after it): for a case that was mediated."""
    if record.accepted_on is None:
        return None
    return closed_on + timedelta(days=org_settings.load(session).follow_up_days)


def _closed_from(session, case_id: int) -> CaseStatus:
    state = session.scalar(
        select(StateTransition.from_state)
        .where(StateTransition.entity_type == ENTITY, StateTransition.entity_id == case_id,
               StateTransition.to_state == CaseStatus.CLOSED.value,
               StateTransition.from_state != CaseStatus.ARCHIVED.value)
        .order_by(StateTransition.id.desc()).limit(1)
    )
    return CaseStatus(state)
