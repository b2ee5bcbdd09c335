"""Every allowed step, every refused one, and the trail each leaves."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import CaseStatus as S
from db.enums import FollowUpRoute, MediatorRole, Role, Satisfaction, TerminationReason
from db.models import IssuedNumber, MediationCase, StateTransition
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
from desktop.cases.workflow import CASE_WORKFLOW, next_steps
from desktop.errors import PermissionDenied, TransitionError, ValidationError
from tests.cases.helpers import TODAY, drive, intake_form, version_of

pytestmark = pytest.mark.db


def _case(database, case_id) -> MediationCase:
    with database.read() as session:
        return session.get(MediationCase, case_id)


def _trail(database, case_id) -> list[tuple[str | None, str, str | None]]:
    with database.read() as session:
        rows = session.scalars(select(StateTransition).where(StateTransition.entity_id == case_id)
                               .order_by(StateTransition.id))
        return [(t.from_state, t.to_state, t.reason) for t in rows]


def test_whole_ordinary_path(services, database, mediator):
    case_id = drive(services, mediator, "ARCHIVED")
    case = _case(database, case_id)
    year = TODAY.year
    assert case.number == f"密工调〔{year}〕1号"
    assert case.archive_no == f"密工调档〔{year}〕1号"
    assert case.agreed_amount == Decimal("10000.25")
    assert case.amount_performed == case.amount_recovered == Decimal("10000.25")
    assert case.closed_on == case.archived_on == case.accepted_on == TODAY
    states = [t[1] for t in _trail(database, case_id)]
    assert states == ["UNDER_REVIEW", "ACCEPTED", "IN_MEDIATION", "AGREED", "PERFORMING", "PERFORMED", "CLOSED",
                      "ARCHIVED"]
    with database.read() as session:
        transition = session.scalars(select(StateTransition).where(StateTransition.to_state == "ACCEPTED")).one()
        assert transition.officer_id == mediator.officer_id and transition.at is not None


def test_numbers_are_sequential(services, database, mediator):
    first = drive(services, mediator, "ACCEPTED")
    second = drive(services, mediator, "ACCEPTED", intake_form(facts="另一起"))
    assert [_case(database, c).number for c in (first, second)] == [
        f"密工调〔{TODAY.year}〕1号", f"密工调〔{TODAY.year}〕2号"]


def test_reject_with_reason(services, database, mediator):
    case_id = drive(services, mediator, "UNDER_REVIEW")
    with pytest.raises(ValidationError, match="不予受理理由"):
        services.review.reject(mediator, case_id, TODAY, "  ", version=version_of(services, case_id))
    services.review.reject(mediator, case_id, TODAY, "不属于劳动争议", version=version_of(services, case_id))
    case = _case(database, case_id)
    assert (case.status, case.decision_reason, case.number) == (S.REJECTED, "不属于劳动争议", None)
    assert _trail(database, case_id)[-1] == ("UNDER_REVIEW", "REJECTED", "不属于劳动争议")


def test_respondent_declines_after_acceptance(services, database, mediator):
    case_id = drive(services, mediator, "ACCEPTED")
    services.review.decline(mediator, case_id, TODAY, "被申请人书面表示不同意调解", version=version_of(services, case_id))
    services.closing.close(mediator, case_id, TODAY, version=version_of(services, case_id))
    assert _case(database, case_id).status == S.CLOSED


def test_terminate_at_time_limit_only_when_overdue(services, database, mediator):
    fresh = drive(services, mediator, "IN_MEDIATION")
    with pytest.raises(ValidationError, match="尚未超期"):
        services.outcome.terminate(mediator, fresh, TerminationInput(TODAY, TerminationReason.TIME_LIMIT), version=version_of(services, fresh))
    late = drive(services, mediator, "IN_MEDIATION", intake_form(received_on=TODAY - timedelta(days=16)))
    services.outcome.terminate(mediator, late, TerminationInput(TODAY, TerminationReason.TIME_LIMIT), version=version_of(services, late))
    case = _case(database, late)
    assert (case.status, case.termination_reason, case.ended_on) == (S.TERMINATED, TerminationReason.TIME_LIMIT, TODAY)
    assert _trail(database, late)[-1] == ("IN_MEDIATION", "TERMINATED", "调解期限届满未达成协议")


def test_withdraw(services, database, mediator):
    case_id = drive(services, mediator, "IN_MEDIATION")
    services.outcome.withdraw(mediator, case_id, TODAY, "双方已自行和解", version=version_of(services, case_id))
    assert _case(database, case_id).status == S.WITHDRAWN


def test_payments_update_amounts_and_refuse_overpayment(services, database, mediator):
    case_id = drive(services, mediator, "AGREED")
    assert services.outcome.record_payment(mediator, case_id, PaymentInput(TODAY, "3,000.00", term_seq=1), version=version_of(services, case_id)) == Decimal("3000.00")
    assert _case(database, case_id).status == S.PERFORMING
    with pytest.raises(ValidationError, match="尚有 7,000.25 元"):
        services.outcome.mark_performed(mediator, case_id, version=version_of(services, case_id))
    with pytest.raises(ValidationError, match="超过协议金额"):
        services.outcome.record_payment(mediator, case_id, PaymentInput(TODAY, "7000.26"), version=version_of(services, case_id))
    assert services.outcome.record_payment(mediator, case_id, PaymentInput(TODAY, "7000.25"), version=version_of(services, case_id)) == Decimal("10000.25")
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert case.amount_performed == case.amount_recovered == Decimal("10000.25")
        assert case.performances[0].term_id == case.terms[0].id


def test_default_records_route_and_follow_up(services, database, mediator):
    case_id = drive(services, mediator, "PERFORMING")
    services.outcome.mark_defaulted(mediator, case_id, DefaultInput(FollowUpRoute.PAYMENT_ORDER, "逾期未付第二期"), version=version_of(services, case_id))
    services.outcome.add_follow_up(mediator, case_id, FollowUpInput(TODAY, "电话", "已告知申请支付令途径", Satisfaction.BASIC), version=version_of(services, case_id))
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert (case.status, case.follow_up_route) == (S.DEFAULTED, FollowUpRoute.PAYMENT_ORDER)
        assert case.follow_ups[0].result == "已告知申请支付令途径"


def test_sessions_and_team(services, database, actors, mediator):
    case_id = drive(services, mediator, "ACCEPTED")
    with pytest.raises(ValidationError, match="先指派调解员"):
        services.mediation.start(mediator, case_id, version=version_of(services, case_id))
    with pytest.raises(ValidationError, match="三人组成"):
        services.mediation.assign(mediator, case_id, [MediatorInput(actors[Role.MEDIATOR].officer_id, MediatorRole.LEAD),
                                                      MediatorInput(actors[Role.DIRECTOR].officer_id, MediatorRole.MEMBER)], version=version_of(services, case_id))
    team = [MediatorInput(actors[r].officer_id, role) for r, role in (
        (Role.MEDIATOR, MediatorRole.MEMBER), (Role.DIRECTOR, MediatorRole.LEAD), (Role.ADMIN, MediatorRole.MEMBER),
        (Role.CLERK, MediatorRole.RECORDER))]
    services.mediation.assign(mediator, case_id, team, version=version_of(services, case_id))
    services.mediation.start(mediator, case_id, version=version_of(services, case_id))
    services.mediation.add_session(mediator, case_id, SessionInput(TODAY, place="调解室", narrative="双方陈述"), version=version_of(services, case_id))
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert sorted(m.role.value for m in case.mediators) == ["LEAD", "MEMBER", "MEMBER", "RECORDER"]
        assert [s.place for s in case.sessions] == ["调解室"]


def test_closed_case_is_read_only_until_reopened(services, database, actors, mediator):
    case_id = drive(services, mediator, "CLOSED")
    with pytest.raises(TransitionError, match="只读"):
        services.outcome.record_payment(mediator, case_id, PaymentInput(TODAY, "1.00"), version=version_of(services, case_id))
    with pytest.raises(PermissionDenied):
        services.closing.reopen(mediator, case_id, "补充材料", version=version_of(services, case_id))
    assert services.closing.reopen(actors[Role.DIRECTOR], case_id, "补充回访记录", version=version_of(services, case_id)) == S.PERFORMED
    case = _case(database, case_id)
    assert case.status == S.PERFORMED and case.closed_on is None
    assert _trail(database, case_id)[-1] == ("CLOSED", "PERFORMED", "重新打开：补充回访记录")


def test_archived_case_reopens_to_its_ending(services, database, actors, mediator):
    case_id = drive(services, mediator, "ARCHIVED")
    services.closing.reopen(actors[Role.DIRECTOR], case_id, "更正卷宗", version=version_of(services, case_id))
    assert [t[1] for t in _trail(database, case_id)][-2:] == ["CLOSED", "PERFORMED"]


def test_extension_moves_the_deadline(services, database, mediator):
    case_id = drive(services, mediator, "IN_MEDIATION")
    before = services.queries.detail(case_id).clock
    services.mediation.extend(mediator, case_id, 10, "双方同意延长", version=version_of(services, case_id))
    detail = services.queries.detail(case_id)
    # 15 + 10 days from the same start; the last day may then move off a day off (today's date varies)
    assert detail.clock.start == before.start and detail.clock.days == before.days + 10
    assert detail.clock.due >= before.start + timedelta(days=before.days + 10) > before.due
    assert "延长 10 日" in detail.clock.explanation


REFUSED = [
    ("DRAFT", lambda s, a, c: s.review.accept(a, c, TODAY, version=version_of(s, c))),
    ("DRAFT", lambda s, a, c: s.mediation.start(a, c, version=version_of(s, c))),
    ("UNDER_REVIEW", lambda s, a, c: s.outcome.agree(a, c, AgreementInput(TODAY, (TermInput("x", "1"),)), version=version_of(s, c))),
    ("ACCEPTED", lambda s, a, c: s.review.reject(a, c, TODAY, "理由", version=version_of(s, c))),
    ("ACCEPTED", lambda s, a, c: s.closing.close(a, c, TODAY, version=version_of(s, c))),
    ("IN_MEDIATION", lambda s, a, c: s.review.accept(a, c, TODAY, version=version_of(s, c))),
    ("IN_MEDIATION", lambda s, a, c: s.outcome.mark_performed(a, c, version=version_of(s, c))),
    ("AGREED", lambda s, a, c: s.outcome.withdraw(a, c, TODAY, "撤回", version=version_of(s, c))),
    ("AGREED", lambda s, a, c: s.closing.close(a, c, TODAY, version=version_of(s, c))),
    ("PERFORMING", lambda s, a, c: s.outcome.terminate(a, c, TerminationInput(TODAY, TerminationReason.GAP_TOO_WIDE), version=version_of(s, c))),
    ("PERFORMED", lambda s, a, c: s.outcome.record_payment(a, c, PaymentInput(TODAY, "1"), version=version_of(s, c))),
    ("PERFORMED", lambda s, a, c: s.closing.archive(a, c, TODAY, version=version_of(s, c))),
    ("CLOSED", lambda s, a, c: s.review.submit(a, c, version=version_of(s, c))),
    ("ARCHIVED", lambda s, a, c: s.closing.archive(a, c, TODAY, version=version_of(s, c))),
]


@pytest.mark.parametrize("state, attempt", REFUSED)
def test_refused_steps_change_nothing(services, database, mediator, state, attempt):
    case_id = drive(services, mediator, state)
    before = (_case(database, case_id).status, len(_trail(database, case_id)))
    with pytest.raises((TransitionError, ValidationError)) as info:
        attempt(services, mediator, case_id)
    assert "不能" in str(info.value) or "只读" in str(info.value)
    assert (_case(database, case_id).status, len(_trail(database, case_id))) == before


def test_offered_steps_follow_workflow_and_permissions(actors):
    clerk = actors[Role.CLERK]
    assert [s.key for s in next_steps(S.UNDER_REVIEW, actors[Role.MEDIATOR].can)] == ["accept", "reject", "decline"]
    assert [s.key for s in next_steps(S.UNDER_REVIEW, clerk.can)] == []
    assert [s.key for s in next_steps(S.DRAFT, clerk.can)] == ["submit"]
    assert [s.key for s in next_steps(S.CLOSED, actors[Role.MEDIATOR].can)] == ["archive"]
    assert [s.key for s in next_steps(S.CLOSED, actors[Role.DIRECTOR].can)] == ["archive", "reopen"]
    assert [s.key for s in next_steps(S.IN_MEDIATION, actors[Role.MEDIATOR].can)] == ["agree", "terminate", "withdraw"]
    director = actors[Role.DIRECTOR].can
    assert [s.key for s in next_steps(S.ACCEPTED, director)] == ["decline", "start", "withdraw", "revoke"]
    assert [s.key for s in next_steps(S.DRAFT, actors[Role.ADMIN].can)] == ["submit"]
    for state in S:
        for step in next_steps(state, actors[Role.ADMIN].can):
            assert step.target is None or step.target in CASE_WORKFLOW.next_states(state)


def test_clerk_cannot_accept(services, actors):
    case_id = drive(services, actors[Role.CLERK], "UNDER_REVIEW")
    with pytest.raises(PermissionDenied):
        services.review.accept(actors[Role.CLERK], case_id, TODAY, version=version_of(services, case_id))


def test_rolled_back_acceptance_gives_its_number_back(services, database, mediator):
    case_id = drive(services, mediator, "UNDER_REVIEW")
    with pytest.raises(ValidationError):
        services.review.accept(mediator, case_id, TODAY - timedelta(days=30), version=version_of(services, case_id))
    services.review.accept(mediator, case_id, TODAY, version=version_of(services, case_id))
    with database.read() as session:
        assert session.scalars(select(IssuedNumber.number)).all() == [f"密工调〔{TODAY.year}〕1号"]


def test_mistaken_acceptance_is_revoked_and_its_number_voided(services, database, actors, mediator):
    from db.enums import NumberStatus

    case_id = drive(services, mediator, "IN_MEDIATION")
    number = services.queries.detail(case_id).number
    with pytest.raises(PermissionDenied):
        services.review.revoke(mediator, case_id, "重复登记", version=version_of(services, case_id))
    director = actors[Role.DIRECTOR]
    with pytest.raises(ValidationError, match="撤销原因"):
        services.review.revoke(director, case_id, "  ", version=version_of(services, case_id))
    services.review.revoke(director, case_id, "与本中心另一案件重复登记", version=version_of(services, case_id))
    case = _case(database, case_id)
    assert (case.status, case.number, case.accepted_on) == (S.UNDER_REVIEW, None, None)
    with database.read() as session:
        row = session.scalars(select(IssuedNumber).where(IssuedNumber.number == number)).one()
    assert (row.status, row.void_reason, row.entity_id) == (
        NumberStatus.VOIDED, "撤销受理：与本中心另一案件重复登记", case_id)
    assert _trail(database, case_id)[-1] == ("IN_MEDIATION", "UNDER_REVIEW",
                                             f"撤销受理（编号 {number} 作废）：与本中心另一案件重复登记")
    services.review.reject(director, case_id, TODAY, "重复登记", version=version_of(services, case_id))
    again = drive(services, mediator, "ACCEPTED")
    assert services.queries.detail(again).number != number  # a voided number is never reused


def test_revoking_is_refused_once_mediation_is_on_record_or_the_case_has_ended(services, actors, mediator, database):
    from desktop.cases.forms import SessionInput

    director = actors[Role.DIRECTOR]
    mediating = drive(services, mediator, "IN_MEDIATION")
    services.mediation.add_session(mediator, mediating, SessionInput(TODAY, place="调解室", narrative="双方陈述意见。"), version=version_of(services, mediating))
    with pytest.raises(TransitionError, match="已有调解/调查笔录"):
        services.review.revoke(director, mediating, "误受理", version=version_of(services, mediating))
    agreed = drive(services, mediator, "AGREED")
    with pytest.raises(TransitionError, match="不能转为「审查」"):
        services.review.revoke(director, agreed, "误受理", version=version_of(services, agreed))
    assert _case(database, mediating).number and _case(database, agreed).status == S.AGREED
