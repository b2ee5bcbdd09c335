"""What can be done next with a claim is a rule of desktop/claims, not of the widget."""

from __future__ import annotations

from db.enums import ClaimStatus as S
from db.enums import Role
from desktop.auth import Actor
from desktop.claims.next_steps import next_steps


def test_next_steps_follow_state_and_role():
    director, clerk, auditor = (Actor(1, "李主任", Role.DIRECTOR), Actor(2, "赵文员", Role.CLERK),
                                Actor(3, "孙审计", Role.AUDITOR))
    assert next_steps(S.REVIEWED, director) == {"approve", "request", "reject"}
    assert next_steps(S.DOCS_INCOMPLETE, clerk) == {"complete"}
    assert next_steps(S.PAID, director) == {"archive"}
    assert next_steps(S.SUBMITTED, auditor) == frozenset()
    assert next_steps(None, director) == frozenset()
