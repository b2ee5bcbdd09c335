"""Each allowed move, taken through its service; every other pair refused by the workflow."""

from __future__ import annotations

import pytest

from db.enums import CaseStatus as S
from db.enums import FollowUpRoute, TerminationReason
from db.models import MediationCase
from desktop.cases.forms import AgreementInput, DefaultInput, TermInput, TerminationInput
from desktop.cases.workflow import CASE_WORKFLOW, STEPS
from desktop.errors import TransitionError
from tests.cases.helpers import TODAY, drive, version_of

EDGES = [
    ("UNDER_REVIEW", lambda s, a, c: s.review.decline(a, c, TODAY, "书面表示不同意", version=version_of(s, c)), S.RESPONDENT_DECLINED),
    ("ACCEPTED", lambda s, a, c: s.outcome.withdraw(a, c, TODAY, "撤回申请", version=version_of(s, c)), S.WITHDRAWN),
    ("IN_MEDIATION", lambda s, a, c: s.outcome.terminate(a, c, TerminationInput(TODAY, TerminationReason.GAP_TOO_WIDE), version=version_of(s, c)),
     S.TERMINATED),
    ("AGREED", lambda s, a, c: s.outcome.mark_defaulted(a, c, DefaultInput(FollowUpRoute.JUDICIAL_CONFIRMATION, "拒付"), version=version_of(s, c)),
     S.DEFAULTED),
    ("PERFORMING", lambda s, a, c: s.outcome.mark_defaulted(a, c, DefaultInput(FollowUpRoute.ARBITRATION, "逾期"), version=version_of(s, c)),
     S.DEFAULTED),
]
CLOSABLE = [
    ("IN_MEDIATION", lambda s, a, c: s.outcome.terminate(a, c, TerminationInput(TODAY, TerminationReason.PARTY_REFUSED), version=version_of(s, c))),
    ("IN_MEDIATION", lambda s, a, c: s.outcome.withdraw(a, c, TODAY, "撤回", version=version_of(s, c))),
    ("PERFORMING", lambda s, a, c: s.outcome.mark_defaulted(a, c, DefaultInput(FollowUpRoute.COURT, "起诉"), version=version_of(s, c))),
    ("UNDER_REVIEW", lambda s, a, c: s.review.reject(a, c, TODAY, "不属于受理范围", version=version_of(s, c))),
]


def _status(database, case_id):
    with database.read() as session:
        return session.get(MediationCase, case_id).status


@pytest.mark.db
@pytest.mark.parametrize("state, action, target", EDGES)
def test_allowed_edge(services, database, mediator, state, action, target):
    case_id = drive(services, mediator, state)
    action(services, mediator, case_id)
    assert _status(database, case_id) == target


@pytest.mark.db
@pytest.mark.parametrize("state, ending", CLOSABLE)
def test_every_ending_closes_and_archives(services, database, mediator, state, ending):
    case_id = drive(services, mediator, state)
    ending(services, mediator, case_id)
    services.closing.close(mediator, case_id, TODAY, version=version_of(services, case_id))
    services.closing.archive(mediator, case_id, TODAY, version=version_of(services, case_id))
    assert _status(database, case_id) == S.ARCHIVED


@pytest.mark.db
def test_non_monetary_agreement_is_performed_at_once(services, database, mediator):
    case_id = drive(services, mediator, "IN_MEDIATION")
    services.outcome.agree(mediator, case_id, AgreementInput(TODAY, (TermInput("出具离职证明", "0"),)), version=version_of(services, case_id))
    services.outcome.mark_performed(mediator, case_id, version=version_of(services, case_id))
    assert _status(database, case_id) == S.PERFORMED


@pytest.mark.parametrize("current", list(S))
def test_every_other_pair_is_refused_with_the_allowed_steps_named(current):
    allowed = CASE_WORKFLOW.next_states(current)
    for target in S:
        if target in allowed:
            CASE_WORKFLOW.check(current, target)
            continue
        with pytest.raises(TransitionError) as info:
            CASE_WORKFLOW.check(current, target)
        assert f"当前状态为「{current.label}」，不能转为「{target.label}」" in str(info.value)


def test_every_state_has_a_way_on_except_archived_which_can_only_be_reopened():
    for state in S:
        assert CASE_WORKFLOW.next_states(state), state
    assert {step.target for step in STEPS} == set(S) - {S.DRAFT, S.PERFORMING}
