"""审查: submit for review, then accept (the number is assigned now), reject, or record a refusal."""

from __future__ import annotations

from datetime import date

from db.enums import CaseStatus
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import not_before, not_future, required
from desktop.cases.workflow import CASE_WORKFLOW, ENTITY
from desktop.numbering import take_number


class ReviewService(CaseActions):
    def submit(self, actor: Actor, case_id: int, version: int | None = None) -> None:
        def action(session, record):
            self._move(session, record, CaseStatus.UNDER_REVIEW, actor, "提交审查")
        self._run(actor, Permission.CASE_INTAKE, case_id, version, action)

    def accept(self, actor: Actor, case_id: int, accepted_on: date, version: int | None = None) -> str:
        """Accept the case; returns the case number assigned."""
        not_future(accepted_on, "受理日期")

        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.ACCEPTED)
            not_before(accepted_on, record.received_on, "受理日期", "收到申请日期")
            self._move(session, record, CaseStatus.ACCEPTED, actor, "受理")
            record.accepted_on = accepted_on
            record.number = take_number(session, "case", accepted_on.year, entity_type=ENTITY,
                                        entity_id=record.id).number
            return record.number
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def reject(self, actor: Actor, case_id: int, on: date, reason: str, version: int | None = None) -> None:
        self._decide(actor, case_id, CaseStatus.REJECTED, on, required(reason, "不予受理理由"), version)

    def decline(self, actor: Actor, case_id: int, on: date, reason: str, version: int | None = None) -> None:
        """The respondent does not agree to mediation (the applicant is told in writing)."""
        self._decide(actor, case_id, CaseStatus.RESPONDENT_DECLINED, on, required(reason, "情况说明"), version)

    def _decide(self, actor, case_id, target, on: date, reason: str, version) -> None:
        not_future(on, "日期")

        def action(session, record):
            CASE_WORKFLOW.check(record.status, target)
            not_before(on, record.received_on, "日期", "收到申请日期")
            self._move(session, record, target, actor, reason)
            record.decision_reason = reason
            record.ended_on = on
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)
