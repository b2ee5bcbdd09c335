"""Every action tried from every state: only the moves in the tables are allowed."""

from __future__ import annotations

from datetime import date

import pytest

from db.enums import DeliveryMethod, LetterKind, LetterStatus as S, RectificationResult as R, Role
from desktop.errors import TransitionError
from desktop.letters import Delivery, DepartmentResult, Reply
from tests.letters.helpers import add_employer, matter_input, service, version

pytestmark = pytest.mark.db

ISSUED, LATER = date(2024, 9, 20), date(2024, 10, 10)


def _reply(result):
    return lambda svc, a, i, v: svc.replies.record_reply(a, i, v, Reply(LATER, "单位书面回复", result))


ACTIONS = {
    "sign": lambda svc, a, i, v: svc.signing.sign(a, i, v, ISSUED),
    "deliver": lambda svc, a, i, v: svc.delivery.deliver(a, i, v, Delivery(DeliveryMethod.POST, ISSUED)),
    "reply_full": _reply(R.FULL),
    "reply_partial": _reply(R.PARTIAL),
    "reply_none": _reply(R.NONE),
    "mark_overdue": lambda svc, a, i, v: svc.replies.mark_overdue(a, i, v),
    "escalate": lambda svc, a, i, v: svc.escalation.escalate(a, i, v),
    "close": lambda svc, a, i, v: svc.replies.close(a, i, v, LATER, "经研究办结"),
    "case_opened": lambda svc, a, i, v: svc.department.department_case_opened(a, i, v, LATER),
    "dept_refused": lambda svc, a, i, v: svc.department.department_refused(a, i, v, LATER, "不属于本部门职责"),
    "dept_result": lambda svc, a, i, v: svc.department.department_result(a, i, v, DepartmentResult(LATER, "已责令整改")),
}

# How to reach each state, as a list of actions from DRAFT.
EMPLOYER_PATHS = {
    S.DRAFT: [], S.SIGNED: ["sign"], S.AWAITING_REPLY: ["sign", "deliver"],
    S.OVERDUE: ["sign", "deliver", "mark_overdue"], S.RECTIFIED: ["sign", "deliver", "reply_full"],
    S.PARTIAL: ["sign", "deliver", "reply_partial"], S.REFUSED: ["sign", "deliver", "reply_none"],
    S.ESCALATED: ["sign", "deliver", "reply_none", "escalate"], S.CLOSED: ["close"],
}
EMPLOYER_ALLOWED = {
    S.DRAFT: {"sign", "close"}, S.SIGNED: {"deliver"},
    S.AWAITING_REPLY: {"reply_full", "reply_partial", "reply_none", "mark_overdue"},
    S.OVERDUE: {"reply_full", "reply_partial", "reply_none", "escalate", "close"},
    S.RECTIFIED: {"close"}, S.PARTIAL: {"escalate", "close"}, S.REFUSED: {"escalate", "close"},
    S.ESCALATED: {"close"}, S.CLOSED: set(),
}
DEPARTMENT_PATHS = {
    S.DRAFT: [], S.SIGNED: ["sign"], S.AWAITING_DEPARTMENT: ["sign", "deliver"],
    S.CASE_OPENED: ["sign", "deliver", "case_opened"], S.REFUSED_WITH_REASON: ["sign", "deliver", "dept_refused"],
    S.RESULT_RECEIVED: ["sign", "deliver", "case_opened", "dept_result"], S.CLOSED: ["close"],
}
DEPARTMENT_ALLOWED = {
    S.DRAFT: {"sign", "close"}, S.SIGNED: {"deliver"}, S.AWAITING_DEPARTMENT: {"case_opened", "dept_refused"},
    S.CASE_OPENED: {"dept_result"}, S.REFUSED_WITH_REASON: {"close"}, S.RESULT_RECEIVED: {"close"}, S.CLOSED: set(),
}


def letter_in(database, officer, svc, kind: LetterKind, path: list[str]) -> int:
    employer_id = add_employer(database, name=f"单位{len(path)}-{id(path)}")
    letter_id = svc.matters.create_matter(officer, matter_input(employer_id), kind).letters[0].id
    for step in path:
        ACTIONS[step](svc, officer, letter_id, version(svc, officer, letter_id))
    return letter_id


def check_table(database, officer, kind, state, path, allowed):
    svc, _clock = service(database, today=date(2024, 10, 12))
    for name, action in ACTIONS.items():
        letter_id = letter_in(database, officer, svc, kind, path)
        letter = svc.queries.chain(officer, svc.queries.matter_of_letter(letter_id)).letter(letter_id)
        assert letter.status is state
        if name in allowed:
            action(svc, officer, letter_id, letter.version)
        else:
            with pytest.raises(TransitionError):
                action(svc, officer, letter_id, letter.version)
            after = svc.queries.chain(officer, letter.matter_id).letter(letter_id)
            assert (after.status, after.version) == (state, letter.version), name


@pytest.mark.parametrize("state", list(EMPLOYER_PATHS), ids=lambda s: s.value)
def test_employer_letter_moves(database, actors, state):
    check_table(database, actors[Role.MEDIATOR], LetterKind.PROMPT, state, EMPLOYER_PATHS[state],
                EMPLOYER_ALLOWED[state])


@pytest.mark.parametrize("state", list(DEPARTMENT_PATHS), ids=lambda s: s.value)
def test_recommendation_letter_moves(database, actors, state):
    check_table(database, actors[Role.MEDIATOR], LetterKind.RECOMMENDATION, state, DEPARTMENT_PATHS[state],
                DEPARTMENT_ALLOWED[state])
