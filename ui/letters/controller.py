"""Carrying out a letter action: the right form, then the service call (always through ``_run``), then a refresh."""

from __future__ import annotations

from collections.abc import Callable

from db.enums import LetterKind
from desktop.errors import UserError
from desktop.letters import (
    DEFAULT_DEPARTMENT, ChainView, LetterAction as A, LetterServices, LetterView, action_label,
)
from desktop.letters.flow import NEXT_KIND
from ui.errors import show_user_error
from ui.letters.dialogs import DateDialog, DeliveryDialog, DepartmentResultDialog, EscalateDialog, ReplyDialog
from ui.letters.draft_dialogs import DraftDialog
from ui.qt import QDialog, QWidget
from ui.widgets.prompts import prompt_for


class LetterActions:
    """Opens the form for an action (non-blocking) and saves through the letters services."""

    def __init__(self, service: LetterServices, actor, parent: QWidget, done: Callable[[int], None],
                 chain: Callable[[], ChainView | None] = lambda: None) -> None:
        self.service, self.actor, self.parent, self.done = service, actor, parent, done
        self.chain = chain  # the matter shown, for what a draft may still change of it
        self.active_dialog: QDialog | None = None

    def run(self, letter: LetterView, action: A) -> None:
        handler = getattr(self, f"_{action.name.lower()}")
        handler(letter)

    def _open(self, dialog: QDialog, letter: LetterView) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self.done(letter.matter_id))
        dialog.open()

    def _run(self, letter: LetterView, method: Callable, *args):
        """The one way this window changes a letter: the acting officer, the letter and the version shown."""
        return method(self.actor, letter.id, letter.version, *args)

    def _edit_draft(self, letter: LetterView) -> None:
        submit = lambda value: self._run(letter, self.service.drafts.update_draft, *value)  # noqa: E731
        chain = self.chain()
        unsigned = chain is not None and all(other.number is None for other in chain.letters)
        matter = chain.matter if unsigned and chain is not None else None
        dialog = DraftDialog(letter, submit, self.parent, matter=matter, today=self.service.today())
        self._open(dialog, letter)

    def _sign(self, letter: LetterView) -> None:
        submit = lambda value: self._run(letter, self.service.signing.sign, value[0])  # noqa: E731
        self._open(DateDialog(f"签发{letter.kind.label}", "签发日期", self.service.today(), submit, self.parent), letter)

    def _deliver(self, letter: LetterView) -> None:
        submit = lambda delivery: self._run(letter, self.service.delivery.deliver, delivery)  # noqa: E731
        dialog = DeliveryDialog(self.service.today(), letter.copy_to, letter.copied_to_procuratorate, submit, self.parent)
        self._open(dialog, letter)

    def _record_reply(self, letter: LetterView) -> None:
        submit = lambda reply: self._run(letter, self.service.replies.record_reply, reply)  # noqa: E731
        self._open(ReplyDialog(self.service.today(), submit, self.parent), letter)

    def _mark_overdue(self, letter: LetterView) -> None:
        question = f"{letter.title} 的期限 {letter.deadline_on} 已过，确认标记为「逾期未回复」？"
        if prompt_for(self.parent).confirm(self.parent, "标记逾期", question):
            self._direct(letter, self.service.replies.mark_overdue)

    def _escalate(self, letter: LetterView) -> None:
        department = DEFAULT_DEPARTMENT if NEXT_KIND.get(letter.kind) is LetterKind.RECOMMENDATION else None
        submit = lambda value: self._run(  # noqa: E731
            letter, lambda *a: self.service.escalation.escalate(*a, recipient_body=value[0], reason=value[1]))
        title = action_label(A.ESCALATE, letter.kind, letter.status)
        self._open(EscalateDialog(title, department, submit, self.parent), letter)

    def _case_opened(self, letter: LetterView) -> None:
        submit = lambda value: self._run(letter, self.service.department.department_case_opened, value[0])  # noqa: E731
        self._open(DateDialog("登记部门立案", "立案日期", self.service.today(), submit, self.parent), letter)

    def _department_refused(self, letter: LetterView) -> None:
        submit = lambda value: self._run(letter, self.service.department.department_refused, *value)  # noqa: E731
        dialog = DateDialog("登记部门不予立案", "答复日期", self.service.today(), submit, self.parent, "不予立案理由")
        self._open(dialog, letter)

    def _department_result(self, letter: LetterView) -> None:
        submit = lambda result: self._run(letter, self.service.department.department_result, result)  # noqa: E731
        self._open(DepartmentResultDialog(self.service.today(), submit, self.parent), letter)

    def _close(self, letter: LetterView) -> None:
        submit = lambda value: self._run(letter, self.service.replies.close, *value)  # noqa: E731
        title = action_label(A.CLOSE, letter.kind, letter.status)
        dialog = DateDialog(title, "日期", self.service.today(), submit, self.parent, "原因（整改完毕可不填）")
        self._open(dialog, letter)

    def _direct(self, letter: LetterView, method: Callable) -> None:
        try:
            self._run(letter, method)
        except UserError as error:
            show_user_error(self.parent, error)
            return
        self.done(letter.matter_id)
