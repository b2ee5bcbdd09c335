"""Every case action requires the version the window loaded; a stale one is refused, nothing saved."""

from __future__ import annotations

import inspect

import pytest

from db.enums import FollowUpRoute, MediatorRole, Satisfaction, TerminationReason
from db.models import MediationCase, MediationSession
from desktop.cases.forms import (
    AgreementInput,
    DefaultInput,
    FollowUpInput,
    MediatorInput,
    PaymentInput,
    SessionInput,
    TermInput,
    TerminationInput,
)
from desktop.errors import ConflictError
from tests.cases.helpers import TODAY, drive, version_of

pytestmark = pytest.mark.db

TERMS = AgreementInput(TODAY, (TermInput("支付工资", "6000", "被申请人", TODAY, "银行转账"),))

ACTIONS = {
    "submit": ("DRAFT", lambda s, a, c, v: s.review.submit(a, c, version=v)),
    "accept": ("UNDER_REVIEW", lambda s, a, c, v: s.review.accept(a, c, TODAY, version=v)),
    "revoke": ("ACCEPTED", lambda s, a, c, v: s.review.revoke(a, c, "重复登记", version=v)),
    "reject": ("UNDER_REVIEW", lambda s, a, c, v: s.review.reject(a, c, TODAY, "不属于受理范围", version=v)),
    "decline": ("UNDER_REVIEW", lambda s, a, c, v: s.review.decline(a, c, TODAY, "不同意调解", version=v)),
    "assign": ("ACCEPTED", lambda s, a, c, v: s.mediation.assign(
        a, c, [MediatorInput(a.officer_id, MediatorRole.LEAD)], version=v)),
    "add_session": ("IN_MEDIATION", lambda s, a, c, v: s.mediation.add_session(
        a, c, SessionInput(TODAY, narrative="双方陈述"), version=v)),
    "extend": ("IN_MEDIATION", lambda s, a, c, v: s.mediation.extend(a, c, 10, "双方同意", version=v)),
    "agree": ("IN_MEDIATION", lambda s, a, c, v: s.outcome.agree(a, c, TERMS, version=v)),
    "terminate": ("IN_MEDIATION", lambda s, a, c, v: s.outcome.terminate(
        a, c, TerminationInput(TODAY, TerminationReason.GAP_TOO_WIDE), version=v)),
    "withdraw": ("IN_MEDIATION", lambda s, a, c, v: s.outcome.withdraw(a, c, TODAY, "撤回", version=v)),
    "record_payment": ("AGREED", lambda s, a, c, v: s.outcome.record_payment(
        a, c, PaymentInput(TODAY, "100", "银行转账"), version=v)),
    "mark_defaulted": ("AGREED", lambda s, a, c, v: s.outcome.mark_defaulted(
        a, c, DefaultInput(FollowUpRoute.COURT, "拒付"), version=v)),
    "add_follow_up": ("AGREED", lambda s, a, c, v: s.outcome.add_follow_up(
        a, c, FollowUpInput(TODAY, "电话", "回访", Satisfaction.SATISFIED), version=v)),
    "close": ("PERFORMED", lambda s, a, c, v: s.closing.close(a, c, TODAY, version=v)),
    "archive": ("CLOSED", lambda s, a, c, v: s.closing.archive(a, c, TODAY, version=v)),
    "reopen": ("CLOSED", lambda s, a, c, v: s.closing.reopen(a, c, "补充材料", version=v)),
}
ACTIONS["start"] = ("ACCEPTED", lambda s, a, c, v: s.mediation.start(a, c, version=v))
ACTIONS["mark_performed"] = ("PERFORMING", lambda s, a, c, v: s.outcome.mark_performed(a, c, version=v))
PREPARE = {  # the step before, when no driven state allows the action by itself
    "start": lambda s, a, c: s.mediation.assign(a, c, [MediatorInput(a.officer_id, MediatorRole.LEAD)],
                                                version=version_of(s, c)),
    "mark_performed": lambda s, a, c: s.outcome.record_payment(a, c, PaymentInput(TODAY, "4000.25", "银行转账"),
                                                               version=version_of(s, c)),
}
DIRECTOR_ONLY = {"reopen", "revoke"}


def _prepared(services, mediator, state: str, name: str) -> int:
    case_id = drive(services, mediator, state)
    if name in PREPARE:
        PREPARE[name](services, mediator, case_id)
    return case_id


def _someone_else_saves(database, director, case_id: int) -> None:
    """Another officer's save in between (any column bumps the row's version)."""
    with database.write(director) as session:
        record = session.get(MediationCase, case_id)
        record.remarks = f"{record.remarks or ''}（另一位工作人员补记）"


def _state(database, case_id: int) -> tuple:
    with database.read() as session:
        record = session.get(MediationCase, case_id)
        sessions = len(session.query(MediationSession).filter_by(case_id=case_id).all())
        return (record.status, record.version, record.extension_days, len(record.mediators), sessions,
                len(record.follow_ups), len(record.performances), record.closed_on, record.archive_no)


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_stale_version_is_refused_and_nothing_is_saved(services, database, mediator, director, name):
    state, act = ACTIONS[name]
    case_id = _prepared(services, mediator, state, name)
    loaded = version_of(services, case_id)
    _someone_else_saves(database, director, case_id)
    before = _state(database, case_id)
    with pytest.raises(ConflictError, match="保存被拒绝") as refused:
        act(services, director if name in DIRECTOR_ONLY else mediator, case_id, loaded)
    assert "请关闭后重新打开" in str(refused.value)
    assert _state(database, case_id) == before


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_current_version_is_accepted(services, database, mediator, director, name):
    state, act = ACTIONS[name]
    case_id = _prepared(services, mediator, state, name)
    act(services, director if name in DIRECTOR_ONLY else mediator, case_id, version_of(services, case_id))


def test_every_case_action_requires_the_version():
    from desktop.cases import closing, mediation, outcome, review

    missing = []
    for cls in (review.ReviewService, mediation.MediationService, outcome.OutcomeService, closing.ClosingService):
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or name == "officers":
                continue
            parameter = inspect.signature(method).parameters.get("version")
            if parameter is None or parameter.default is not inspect.Parameter.empty:
                missing.append(f"{cls.__name__}.{name}")
    assert missing == []
