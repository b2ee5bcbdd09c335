"""The employer's reply and its result, the deadline passing, and closing a letter or matter."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from db.enums import LetterKind, LetterStatus as S
from db.models import SupervisionLetter
from desktop.auth import Actor
from desktop.errors import TransitionError, ValidationError
from desktop.letters.base import LetterServiceBase, get_letter, non_negative, not_after_today, not_before, required_text
from desktop.letters.flow import CLOSE_WITHOUT_REASON, RESULT_STATE, flow_for
from desktop.letters.inputs import Figures, Reply


class ReplyService(LetterServiceBase):
    def record_reply(self, actor: Actor, letter_id: int, version: int, reply: Reply) -> None:
        """The employer's written reply and what was found rectified (figures included)."""
        with self._write(actor) as session:
            letter = get_letter(session, letter_id, version)
            if letter.kind is LetterKind.RECOMMENDATION:
                raise TransitionError("建议书由部门处理，请登记部门立案或处理结果。")
            target = RESULT_STATE[reply.result.value]
            flow_for(letter.kind).check(letter.status, target)
            self._check_reply(letter, reply)
            flow_for(letter.kind).move(session, letter, target, actor, reply.summary)
            letter.reply_on, letter.reply_summary, letter.result = reply.reply_on, reply.summary.strip(), reply.result
            set_figures(letter, reply.figures)

    def mark_overdue(self, actor: Actor, letter_id: int, version: int) -> None:
        """Offered only once the deadline has passed without a reply."""
        with self._write(actor) as session:
            letter = get_letter(session, letter_id, version)
            flow_for(letter.kind).check(letter.status, S.OVERDUE)
            today = self.today()
            if letter.deadline_on is None or today <= letter.deadline_on:
                raise TransitionError(f"期限（{letter.deadline_on:%Y-%m-%d}）尚未届满，不能标记逾期。")
            reason = f"期限 {letter.deadline_on:%Y-%m-%d} 已过，至 {today:%Y-%m-%d} 未收到回复"
            flow_for(letter.kind).move(session, letter, S.OVERDUE, actor, reason)

    def close(self, actor: Actor, letter_id: int, version: int, closed_on: date, reason: str = "") -> None:
        """Close a letter; closing the last letter of the chain closes the whole matter."""
        with self._write(actor) as session:
            letter = get_letter(session, letter_id, version)
            flow_for(letter.kind).check(letter.status, S.CLOSED)
            if letter.status not in CLOSE_WITHOUT_REASON and not reason.strip():
                raise ValidationError(f"从「{letter.status.label}」办结必须填写原因", field="办结原因")
            not_before(closed_on, letter.reply_on or letter.issued_on, "办结日期", "回复或签发日期")
            not_after_today(closed_on, self.today(), "办结日期")
            flow_for(letter.kind).move(session, letter, S.CLOSED, actor, reason)
            letter.closed_on = closed_on
            if letter.id == max(item.id for item in letter.matter.letters):
                _close_matter(session, letter, actor, closed_on)

    def _check_reply(self, letter: SupervisionLetter, reply: Reply) -> None:
        required_text(reply.summary, "回复内容摘要")
        not_before(reply.reply_on, letter.issued_on, "回复日期", "签发日期")
        not_after_today(reply.reply_on, self.today(), "回复日期")
        check_figures(reply.figures)


def check_figures(figures: Figures) -> None:
    non_negative(figures.wages_recovered, "追回工资")
    non_negative(figures.insurance_backpaid, "补缴社会保险")
    non_negative(figures.contracts_signed, "补签劳动合同")
    non_negative(figures.workers_covered, "惠及职工人数")


def set_figures(letter: SupervisionLetter, figures: Figures) -> None:
    letter.wages_recovered = figures.wages_recovered
    letter.insurance_backpaid = figures.insurance_backpaid
    letter.contracts_signed = figures.contracts_signed
    letter.workers_covered = figures.workers_covered


def _close_matter(session: Session, last: SupervisionLetter, actor: Actor, closed_on: date) -> None:
    for earlier in last.matter.letters:
        if earlier.status is S.ESCALATED:
            flow_for(earlier.kind).move(session, earlier, S.CLOSED, actor, "随监督事项办结")
            earlier.closed_on = closed_on
    last.matter.closed_on = closed_on
