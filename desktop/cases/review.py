"""审查: submit for review, then accept (the number is assigned now), reject, or record a refusal."""

from __future__ import annotations

from datetime import date

from db.enums import CaseStatus
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import not_before, not_future, required
from desktop.cases.workflow import CASE_WORKFLOW, ENTITY
from desktop.cases.pauses import end_open_pause
from desktop.errors import TransitionError, ValidationError
from desktop.numbering import take_number, void_number

REVOCABLE = frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION})
REVOKE_REASON_LIMIT = 200


class ReviewService(CaseActions):
    def submit(self, actor: Actor, case_id: int, *, version: int) -> None:
        def action(session, record):
            self._move(session, record, CaseStatus.UNDER_REVIEW, actor, "提交审查")
        self._run(actor, Permission.CASE_INTAKE, case_id, version, action)

    def accept(self, actor: Actor, case_id: int, accepted_on: date, *, version: int) -> str:
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

    def revoke(self, actor: Actor, case_id: int, reason: str, *, version: int) -> None:
        """撤销受理: a case accepted by mistake (a duplicate, the wrong centre) goes back to
        审查 and its number is voided: it stays in the number register as voided, never
        reused. Not once a mediation or investigation record exists."""
        reason = required(reason, "撤销原因")
        if len(reason) > REVOKE_REASON_LIMIT:
            raise ValidationError(f"不超过 {REVOKE_REASON_LIMIT} 字（现 {len(reason)} 字）", field="撤销原因")

        def action(session, record):
            CASE_WORKFLOW.check(record.status, CaseStatus.UNDER_REVIEW)
            if record.status not in REVOCABLE:
                raise TransitionError(f"案件当前为「{record.status.label}」，只有已受理、调解中的案件可以撤销受理。")
            if record.sessions:
                raise TransitionError("案件已有调解/调查笔录，不能撤销受理；请以终止调解或申请人撤回结束。")
            void_number(session, record.number, f"撤销受理：{reason}")
            self._move(session, record, CaseStatus.UNDER_REVIEW, actor, f"撤销受理（编号 {record.number} 作废）：{reason}")
            record.number, record.accepted_on = None, None
        self._run(actor, Permission.VOID_NUMBER, case_id, version, action)

    def reject(self, actor: Actor, case_id: int, on: date, reason: str, *, version: int) -> None:
        self._decide(actor, case_id, CaseStatus.REJECTED, on, required(reason, "不予受理理由"), version)

    def decline(self, actor: Actor, case_id: int, on: date, reason: str, *, version: int) -> None:
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
            end_open_pause(session, record, on)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)
