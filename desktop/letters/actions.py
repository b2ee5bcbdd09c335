"""What can be done next to a letter: only the moves its workflow allows and the officer may make."""

from __future__ import annotations

import enum
from datetime import date

from db.enums import LetterKind, LetterStatus as S
from desktop.auth import Actor, Permission
from desktop.letters.flow import NEXT_KIND, flow_for


class LetterAction(enum.Enum):
    EDIT_DRAFT = ("修改草稿", (S.DRAFT,))
    SIGN = ("签发", (S.SIGNED,))
    DELIVER = ("登记送达", (S.DELIVERED,))
    RECORD_REPLY = ("登记回复及整改结果", (S.RECTIFIED, S.PARTIAL, S.REFUSED))
    MARK_OVERDUE = ("标记逾期未回复", (S.OVERDUE,))
    ESCALATE = ("升级", (S.ESCALATED,))
    CASE_OPENED = ("登记部门立案", (S.CASE_OPENED,))
    DEPARTMENT_REFUSED = ("登记部门不予立案", (S.REFUSED_WITH_REASON,))
    DEPARTMENT_RESULT = ("登记部门处理结果", (S.RESULT_RECEIVED,))
    CLOSE = ("办结", (S.CLOSED,))

    def __init__(self, label: str, targets: tuple[S, ...]) -> None:
        self.label = label
        self.targets = targets


def action_label(action: LetterAction, kind: LetterKind, status: S) -> str:
    if action is LetterAction.ESCALATE and kind in NEXT_KIND:
        return f"升级为{NEXT_KIND[kind].label}"
    if action is LetterAction.CLOSE and status is S.DRAFT:
        return "撤销草稿"
    return action.label


def allowed_actions(kind: LetterKind, status: S, deadline_on: date | None, actor: Actor,
                    today: date) -> tuple[LetterAction, ...]:
    """The actions offered for a letter in ``status``, in display order."""
    if not actor.can(Permission.LETTER_EDIT):
        return ()
    return tuple(a for a in LetterAction if _offered(a, kind, status, deadline_on, actor, today))


def _offered(action: LetterAction, kind: LetterKind, status: S, deadline_on, actor: Actor, today: date) -> bool:
    if action is LetterAction.EDIT_DRAFT:
        return status is S.DRAFT
    if not any(t in flow_for(kind).next_states(status) for t in action.targets):
        return False
    if action is LetterAction.SIGN:
        return actor.can(Permission.ISSUE_DOCUMENT)
    if action is LetterAction.MARK_OVERDUE:
        return deadline_passed(deadline_on, today)
    if action is LetterAction.ESCALATE:
        return kind in NEXT_KIND
    if action is LetterAction.CLOSE:
        return status is not S.ESCALATED  # closed with the rest of the chain
    return True


def deadline_passed(deadline_on: date | None, today: date) -> bool:
    return deadline_on is not None and today > deadline_on
