"""The case's states, the allowed moves between them, and the steps the window offers."""

from __future__ import annotations

from dataclasses import dataclass

from db.enums import CaseStatus as S
from desktop.auth import Permission
from desktop.workflow import Workflow

ENTITY = "mediation_case"

CASE_WORKFLOW = Workflow(
    entity_type=ENTITY,
    allowed={
        S.DRAFT: frozenset({S.UNDER_REVIEW}),
        S.UNDER_REVIEW: frozenset({S.ACCEPTED, S.REJECTED, S.RESPONDENT_DECLINED}),
        # Back to review: the acceptance revoked and its number voided (a mistaken acceptance).
        S.ACCEPTED: frozenset({S.IN_MEDIATION, S.RESPONDENT_DECLINED, S.WITHDRAWN, S.UNDER_REVIEW}),
        S.IN_MEDIATION: frozenset({S.AGREED, S.TERMINATED, S.WITHDRAWN, S.UNDER_REVIEW}),
        S.AGREED: frozenset({S.PERFORMING, S.PERFORMED, S.DEFAULTED}),
        S.PERFORMING: frozenset({S.PERFORMED, S.DEFAULTED}),
        S.PERFORMED: frozenset({S.CLOSED}),
        S.DEFAULTED: frozenset({S.CLOSED}),
        S.TERMINATED: frozenset({S.CLOSED}),
        S.WITHDRAWN: frozenset({S.CLOSED}),
        S.REJECTED: frozenset({S.CLOSED}),
        S.RESPONDENT_DECLINED: frozenset({S.CLOSED}),
        # Reopening returns a closed file to the state it was closed from.
        S.CLOSED: frozenset({S.ARCHIVED, S.PERFORMED, S.DEFAULTED, S.TERMINATED, S.WITHDRAWN,
                             S.REJECTED, S.RESPONDENT_DECLINED}),
        S.ARCHIVED: frozenset({S.CLOSED}),
    },
    needs_reason=frozenset({S.REJECTED, S.RESPONDENT_DECLINED, S.TERMINATED, S.WITHDRAWN, S.DEFAULTED}),
)

ACTIVE = frozenset({S.DRAFT, S.UNDER_REVIEW, S.ACCEPTED, S.IN_MEDIATION})
"""States in which the statutory clock runs."""

READ_ONLY = frozenset({S.CLOSED, S.ARCHIVED})
ENDED = frozenset({S.REJECTED, S.RESPONDENT_DECLINED, S.TERMINATED, S.WITHDRAWN, S.PERFORMED, S.DEFAULTED})


@dataclass(frozen=True)
class Step:
    """One thing the officer can do next: a button in the case window."""

    key: str
    label: str
    target: S | None
    permission: Permission
    sources: frozenset[S] | None = None
    """The states the step is offered from (None: any state that allows ``target``)."""


STEPS = (
    Step("submit", "提交审查", S.UNDER_REVIEW, Permission.CASE_INTAKE, frozenset({S.DRAFT})),
    Step("accept", "受理", S.ACCEPTED, Permission.CASE_MEDIATE),
    Step("reject", "不予受理", S.REJECTED, Permission.CASE_MEDIATE),
    Step("decline", "对方不同意调解", S.RESPONDENT_DECLINED, Permission.CASE_MEDIATE),
    Step("start", "开始调解", S.IN_MEDIATION, Permission.CASE_MEDIATE),
    Step("agree", "达成协议", S.AGREED, Permission.CASE_MEDIATE),
    Step("terminate", "终止调解", S.TERMINATED, Permission.CASE_MEDIATE),
    Step("withdraw", "申请人撤回", S.WITHDRAWN, Permission.CASE_MEDIATE),
    Step("performed", "确认已履行", S.PERFORMED, Permission.CASE_MEDIATE),
    Step("defaulted", "未履行", S.DEFAULTED, Permission.CASE_MEDIATE),
    Step("close", "结案", S.CLOSED, Permission.CASE_MEDIATE),
    Step("archive", "归档", S.ARCHIVED, Permission.CASE_MEDIATE),
    Step("revoke", "撤销受理", S.UNDER_REVIEW, Permission.VOID_NUMBER, frozenset({S.ACCEPTED, S.IN_MEDIATION})),
)


def next_steps(status: S, can) -> list[Step]:
    """The steps allowed from ``status`` that the officer (``can(permission)``) may take."""
    if status in READ_ONLY:
        steps = [s for s in STEPS if s.key == "archive" and status == S.CLOSED]
        if can(Permission.CASE_REOPEN):
            steps.append(Step("reopen", "重新打开", None, Permission.CASE_REOPEN))
        return [s for s in steps if can(s.permission)]
    allowed = CASE_WORKFLOW.next_states(status)
    return [s for s in STEPS if s.target in allowed and can(s.permission) and (s.sources is None or status in s.sources)]


MEDIATING = frozenset({S.ACCEPTED, S.IN_MEDIATION})
PAYING = frozenset({S.AGREED, S.PERFORMING})
AFTER_AGREEMENT = frozenset({S.AGREED, S.PERFORMING, S.PERFORMED, S.DEFAULTED})
FOLLOW_UP = AFTER_AGREEMENT | {S.TERMINATED, S.WITHDRAWN} | READ_ONLY
"""States in which a 回访 is recorded."""

RECORD_ACTIONS = {
    "assign": MEDIATING | {S.UNDER_REVIEW},
    "session": MEDIATING,
    "edit_session": MEDIATING,  # until that session's 调解笔录 is issued (MediationService.edit_session refuses after)
    "extend": ACTIVE,
    "pause": ACTIVE,
    "resume": ACTIVE,
    "payment": PAYING,
    "amend_terms": PAYING,  # until the 调解协议书 is issued (OutcomeService.amend_agreement refuses after)
    "follow_up": FOLLOW_UP,  # also on a closed or archived file, without reopening it
    "volume": frozenset({S.ARCHIVED}),  # 盒号/卷号/保管期限 (ArchiveService)
    "lend": frozenset({S.ARCHIVED}),
    "give_back": frozenset({S.ARCHIVED}),
    "attach": frozenset(S) - READ_ONLY,
    "amend": frozenset(S) - READ_ONLY,
    "edit_worker": frozenset(S) - READ_ONLY,
    "edit_employer": frozenset(S) - READ_ONLY,
}
"""What an officer does to a case besides moving it (records added, corrections), and
the states that allow each."""
RECORD_PERMISSIONS = {key: Permission.CASE_INTAKE for key in ("amend", "edit_worker", "edit_employer")}
"""Who may add each record (``Permission.CASE_MEDIATE`` unless named here)."""


def available_records(status: S, can) -> set[str]:
    return {key for key, states in RECORD_ACTIONS.items()
            if status in states and can(RECORD_PERMISSIONS.get(key, Permission.CASE_MEDIATE))}
