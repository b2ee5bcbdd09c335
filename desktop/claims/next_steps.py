"""What can be done next with a claim: each action, the permission it needs and the states it is offered in.

The window shows a button per action for which ``next_steps`` says yes; the services
still refuse on their own (permission and workflow) whatever a window offers.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.enums import ClaimStatus
from desktop.auth import Actor, Permission

S = ClaimStatus


@dataclass(frozen=True)
class ClaimAction:
    label: str
    permission: Permission
    states: frozenset[ClaimStatus]


CLAIM_ACTIONS = {
    "complete": ClaimAction("补正完成", Permission.CLAIM_INTAKE, frozenset({S.DOCS_INCOMPLETE})),
    "review": ClaimAction("审核通过", Permission.CLAIM_REVIEW, frozenset({S.SUBMITTED})),
    "request": ClaimAction("要求补正", Permission.CLAIM_REVIEW, frozenset({S.SUBMITTED, S.REVIEWED})),
    "approve": ClaimAction("核准…", Permission.CLAIM_APPROVE, frozenset({S.REVIEWED})),
    "reject": ClaimAction("不予赔付…", Permission.CLAIM_REVIEW, frozenset({S.SUBMITTED, S.DOCS_INCOMPLETE, S.REVIEWED})),
    "archive": ClaimAction("归档", Permission.CLAIM_APPROVE, frozenset({S.PAID})),
}


def next_steps(status: ClaimStatus | None, actor: Actor) -> frozenset[str]:
    """The keys of ``CLAIM_ACTIONS`` the officer may take on a claim in ``status`` (none without a claim)."""
    if status is None:
        return frozenset()
    return frozenset(key for key, action in CLAIM_ACTIONS.items()
                     if status in action.states and actor.can(action.permission))
