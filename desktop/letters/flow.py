"""The letter workflows and the actions an officer may take on a letter.

Letters to the employer (提示函, 意见书) and to a department (建议书) follow
different tables; both record their moves as ``supervision_letter`` transitions.

Employer letters::

    DRAFT -> SIGNED -> DELIVERED -> AWAITING_REPLY
    AWAITING_REPLY -> RECTIFIED | PARTIAL | REFUSED (reply recorded) | OVERDUE (deadline passed)
    OVERDUE -> RECTIFIED | PARTIAL | REFUSED (late reply) | ESCALATED | CLOSED
    PARTIAL | REFUSED -> ESCALATED | CLOSED;  RECTIFIED | ESCALATED -> CLOSED
    DRAFT -> CLOSED (draft withdrawn, with a reason)

建议书::

    DRAFT -> SIGNED -> DELIVERED -> AWAITING_DEPARTMENT
    AWAITING_DEPARTMENT -> CASE_OPENED | REFUSED_WITH_REASON (reason required)
    CASE_OPENED -> RESULT_RECEIVED -> CLOSED;  REFUSED_WITH_REASON -> CLOSED
"""

from __future__ import annotations

from db.enums import LetterKind, LetterStatus as S
from desktop.workflow import Workflow

ENTITY = "supervision_letter"


def _table(pairs: dict[S, tuple[S, ...]]) -> dict[S, frozenset[S]]:
    return {state: frozenset(targets) for state, targets in pairs.items()}


EMPLOYER_FLOW = Workflow(ENTITY, _table({
    S.DRAFT: (S.SIGNED, S.CLOSED),
    S.SIGNED: (S.DELIVERED,),
    S.DELIVERED: (S.AWAITING_REPLY,),
    S.AWAITING_REPLY: (S.RECTIFIED, S.PARTIAL, S.REFUSED, S.OVERDUE),
    S.OVERDUE: (S.RECTIFIED, S.PARTIAL, S.REFUSED, S.ESCALATED, S.CLOSED),
    S.PARTIAL: (S.ESCALATED, S.CLOSED),
    S.REFUSED: (S.ESCALATED, S.CLOSED),
    S.RECTIFIED: (S.CLOSED,),
    S.ESCALATED: (S.CLOSED,),
}))

DEPARTMENT_FLOW = Workflow(ENTITY, _table({
    S.DRAFT: (S.SIGNED, S.CLOSED),
    S.SIGNED: (S.DELIVERED,),
    S.DELIVERED: (S.AWAITING_DEPARTMENT,),
    S.AWAITING_DEPARTMENT: (S.CASE_OPENED, S.REFUSED_WITH_REASON),
    S.CASE_OPENED: (S.RESULT_RECEIVED,),
    S.REFUSED_WITH_REASON: (S.CLOSED,),
    S.RESULT_RECEIVED: (S.CLOSED,),
}), needs_reason=frozenset({S.REFUSED_WITH_REASON}))

# Closing from these states is the natural end; from any other a reason is required.
CLOSE_WITHOUT_REASON = frozenset({S.RECTIFIED, S.ESCALATED, S.RESULT_RECEIVED})
# States where the employer still owes a reply (the deadline is running).
AWAITING = frozenset({S.AWAITING_REPLY, S.AWAITING_DEPARTMENT})
# States that wait for the officer to escalate or close.
UNRESOLVED = frozenset({S.OVERDUE, S.REFUSED, S.PARTIAL})

NEXT_KIND = {LetterKind.PROMPT: LetterKind.OPINION, LetterKind.OPINION: LetterKind.RECOMMENDATION}

RESULT_STATE = {"FULL": S.RECTIFIED, "PARTIAL": S.PARTIAL, "NONE": S.REFUSED}


def flow_for(kind: LetterKind) -> Workflow:
    return DEPARTMENT_FLOW if kind is LetterKind.RECOMMENDATION else EMPLOYER_FLOW


def awaiting_state(kind: LetterKind) -> S:
    return S.AWAITING_DEPARTMENT if kind is LetterKind.RECOMMENDATION else S.AWAITING_REPLY
