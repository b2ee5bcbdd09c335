"""The department's handling of a 建议书: case opened or refused with reasons, then its result."""

from __future__ import annotations

from datetime import date

from db.enums import LetterKind, LetterStatus as S
from db.models import SupervisionLetter
from desktop.auth import Actor
from desktop.errors import TransitionError
from desktop.letters.base import LetterServiceBase, get_letter, not_after_today, not_before, required_text
from desktop.letters.flow import DEPARTMENT_FLOW
from desktop.letters.inputs import DepartmentResult
from desktop.letters.replies import check_figures, set_figures


class DepartmentService(LetterServiceBase):
    def department_case_opened(self, actor: Actor, letter_id: int, version: int, opened_on: date) -> None:
        with self._write(actor) as session:
            letter = self._department_letter(session, letter_id, version, S.CASE_OPENED)
            self._check_day(opened_on, letter.delivered_on, "立案日期")
            DEPARTMENT_FLOW.move(session, letter, S.CASE_OPENED, actor)
            letter.reply_on = letter.department_case_on = opened_on

    def department_refused(self, actor: Actor, letter_id: int, version: int, answered_on: date, reason: str) -> None:
        with self._write(actor) as session:
            letter = self._department_letter(session, letter_id, version, S.REFUSED_WITH_REASON)
            self._check_day(answered_on, letter.delivered_on, "部门答复日期")
            required_text(reason, "不予立案的理由")
            DEPARTMENT_FLOW.move(session, letter, S.REFUSED_WITH_REASON, actor, reason)
            letter.reply_on, letter.department_refusal = answered_on, reason.strip()

    def department_result(self, actor: Actor, letter_id: int, version: int, result: DepartmentResult) -> None:
        with self._write(actor) as session:
            letter = self._department_letter(session, letter_id, version, S.RESULT_RECEIVED)
            self._check_day(result.result_on, letter.department_case_on, "处理结果日期")
            required_text(result.summary, "处理结果")
            check_figures(result.figures)
            DEPARTMENT_FLOW.move(session, letter, S.RESULT_RECEIVED, actor)
            letter.department_result_on, letter.department_result = result.result_on, result.summary.strip()
            set_figures(letter, result.figures)

    def _department_letter(self, session, letter_id: int, version: int, target: S) -> SupervisionLetter:
        letter = get_letter(session, letter_id, version)
        if letter.kind is not LetterKind.RECOMMENDATION:
            raise TransitionError(f"{letter.kind.label}由用人单位回复，请登记单位回复。")
        DEPARTMENT_FLOW.check(letter.status, target)
        return letter

    def _check_day(self, day: date, earlier: date | None, field: str) -> None:
        not_before(day, earlier, field, "送达或立案日期")
        not_after_today(day, self.today(), field)
