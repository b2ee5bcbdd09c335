"""Permissions, validation naming the field, nothing half-saved, stale saves refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.enums import DeliveryMethod, LetterStatus as S, RectificationResult as R, Role
from db.models import IssuedNumber, StateTransition, SupervisionMatter
from desktop.errors import ConflictError, PermissionDenied, ValidationError
from desktop.letters import Delivery, Figures, LetterContent, ProblemInput, Reply
from tests.letters.helpers import add_employer, matter_input, service, version

pytestmark = pytest.mark.db


def count(database, model):
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("role", [Role.CLERK, Role.AUDITOR])
def test_roles_without_letter_rights_are_refused(database, actors, role):
    svc, _ = service(database)
    with pytest.raises(PermissionDenied, match="办理一函两书"):
        svc.matters.create_matter(actors[role], matter_input(add_employer(database)))
    assert count(database, SupervisionMatter) == 0


def test_signing_needs_problems_with_basis_and_takes_no_number_when_refused(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, _ = service(database)
    letter = svc.matters.create_matter(officer, matter_input(add_employer(database))).letters[0]
    svc.drafts.update_draft(officer, letter.id, letter.version,
                     LetterContent(facts="核查发现", categories=letter.categories, problems=(ProblemInput("未签合同"),)))
    with pytest.raises(ValidationError, match="「第 1 个问题的“法律依据”」"):
        svc.signing.sign(officer, letter.id, version(svc, officer, letter.id), date(2024, 9, 20))
    assert count(database, IssuedNumber) == 0
    assert count(database, StateTransition) == 0


def test_dates_and_amounts_are_checked_before_anything_is_saved(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database)
    letter_id = svc.matters.create_matter(officer, matter_input(add_employer(database))).letters[0].id
    svc.signing.sign(officer, letter_id, version(svc, officer, letter_id), date(2024, 9, 20))
    with pytest.raises(ValidationError, match="「送达日期」: 不能早于签发日期（2024-09-20）"):
        svc.delivery.deliver(officer, letter_id, version(svc, officer, letter_id), Delivery(DeliveryMethod.POST, date(2024, 9, 19)))
    svc.delivery.deliver(officer, letter_id, version(svc, officer, letter_id), Delivery(DeliveryMethod.POST, date(2024, 9, 20)))
    clock.day = date(2024, 10, 1)
    bad = Reply(date(2024, 10, 1), "已整改", R.FULL, Figures(wages_recovered=Decimal("-1.00")))
    with pytest.raises(ValidationError, match="「追回工资」: 不能为负数"):
        svc.replies.record_reply(officer, letter_id, version(svc, officer, letter_id), bad)
    with pytest.raises(ValidationError, match="「回复内容摘要」: 不能为空"):
        svc.replies.record_reply(officer, letter_id, version(svc, officer, letter_id), Reply(date(2024, 10, 1), " ", R.FULL))
    with pytest.raises(ValidationError, match="「回复日期」: 不能晚于今天（2024-10-01）"):
        svc.replies.record_reply(officer, letter_id, version(svc, officer, letter_id), Reply(date(2024, 10, 2), "好", R.FULL))
    chain = svc.queries.chain(officer, svc.queries.matter_of_letter(letter_id))
    assert (chain.letters[0].status, chain.letters[0].reply_on) == (S.AWAITING_REPLY, None)


def test_closing_partial_needs_a_reason(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database)
    letter_id = svc.matters.create_matter(officer, matter_input(add_employer(database))).letters[0].id
    svc.signing.sign(officer, letter_id, version(svc, officer, letter_id), date(2024, 9, 20))
    svc.delivery.deliver(officer, letter_id, version(svc, officer, letter_id), Delivery(DeliveryMethod.POST, date(2024, 9, 20)))
    svc.replies.record_reply(officer, letter_id, version(svc, officer, letter_id), Reply(date(2024, 9, 20), "部分", R.PARTIAL))
    with pytest.raises(ValidationError, match="办结原因"):
        svc.replies.close(officer, letter_id, version(svc, officer, letter_id), date(2024, 9, 20))
    svc.replies.close(officer, letter_id, version(svc, officer, letter_id), date(2024, 9, 20), "剩余问题已移交仲裁处理")
    with database.read() as session:
        reasons = session.scalars(select(StateTransition.reason).where(StateTransition.to_state == "CLOSED")).all()
    assert reasons == ["剩余问题已移交仲裁处理"]


def test_mark_overdue_only_after_the_deadline(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database)
    letter_id = svc.matters.create_matter(officer, matter_input(add_employer(database))).letters[0].id
    svc.signing.sign(officer, letter_id, version(svc, officer, letter_id), date(2024, 9, 20))
    svc.delivery.deliver(officer, letter_id, version(svc, officer, letter_id), Delivery(DeliveryMethod.POST, date(2024, 9, 20)))
    # 15 days from 2024-09-20 end on 2024-10-05, a National Day holiday: the deadline moves to 2024-10-08.
    for day in (date(2024, 10, 5), date(2024, 10, 8)):
        clock.day = day
        letter = svc.queries.chain(officer, svc.queries.matter_of_letter(letter_id)).letters[0]
        assert "MARK_OVERDUE" not in {a.name for a in letter.actions}
        with pytest.raises(Exception, match=r"期限（2024-10-08）尚未届满"):
            svc.replies.mark_overdue(officer, letter_id, letter.version)
    clock.day = date(2024, 10, 9)
    letter = svc.queries.chain(officer, letter.matter_id).letters[0]
    assert [a.name for a in letter.actions] == ["RECORD_REPLY", "MARK_OVERDUE"]
    svc.replies.mark_overdue(officer, letter_id, letter.version)
    with database.read() as session:
        reason = session.scalar(select(StateTransition.reason).where(StateTransition.to_state == "OVERDUE"))
    assert reason == "期限 2024-10-08 已过，至 2024-10-09 未收到回复"


def test_stale_version_is_refused(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, _ = service(database)
    letter = svc.matters.create_matter(officer, matter_input(add_employer(database))).letters[0]
    svc.drafts.update_draft(actors[Role.DIRECTOR], letter.id, letter.version,
                     LetterContent(facts="主任修改了事实", problems=(ProblemInput("问题"),)))
    with pytest.raises(ConflictError, match="「李主任」"):
        svc.signing.sign(officer, letter.id, letter.version, date(2024, 9, 20))


def test_new_employer_is_registered_once_with_the_matter(database, actors):
    from desktop.parties import EmployerInput
    from db.models import Employer

    svc, _ = service(database)
    new = EmployerInput("北京快达配送有限公司", "91110228MA01ABCD1X", street="果园街道")
    with pytest.raises(ValidationError, match="统一社会信用代码"):
        svc.matters.create_matter(actors[Role.MEDIATOR], matter_input(None, new_employer=new))
    assert count(database, Employer) == 0
    new = EmployerInput("北京快达配送有限公司", street="果园街道")
    first = svc.matters.create_matter(actors[Role.MEDIATOR], matter_input(None, new_employer=new))
    second = svc.matters.create_matter(actors[Role.MEDIATOR], matter_input(None, new_employer=new))
    assert first.matter.employer_name == "北京快达配送有限公司" and first.matter.street == "果园街道"
    assert second.matter.employer_id == first.matter.employer_id
    assert count(database, Employer) == 1
    with pytest.raises(ValidationError, match="「用人单位」"):
        svc.matters.create_matter(actors[Role.MEDIATOR], matter_input(None))


def test_how_the_matter_was_found_is_editable_until_a_letter_is_signed(database, actors):
    from db.enums import MatterSource
    from desktop.errors import TransitionError
    from desktop.letters import MatterOrigin

    officer = actors[Role.MEDIATOR]
    svc, _ = service(database)
    chain = svc.matters.create_matter(officer, matter_input(add_employer(database), check_method=""))
    letter = chain.letters[0]
    content = LetterContent(facts=letter.facts, categories=letter.categories, problems=letter.problems)
    later = MatterOrigin(MatterSource.INSPECTION, date(2024, 9, 12), "  查阅考勤记录 ")
    svc.drafts.update_draft(officer, letter.id, letter.version, content, later)
    matter = svc.queries.chain(officer, chain.matter.id).matter
    assert (matter.source, matter.found_on, matter.check_method) == (MatterSource.INSPECTION, date(2024, 9, 12),
                                                                     "查阅考勤记录")
    with pytest.raises(ValidationError, match="「发现日期」: 不能晚于今天"):
        svc.drafts.update_draft(officer, letter.id, version(svc, officer, letter.id), content,
                         MatterOrigin(MatterSource.INSPECTION, date(2024, 9, 21), "x"))
    with pytest.raises(ValidationError, match="「线索来源」"):
        svc.drafts.update_draft(officer, letter.id, version(svc, officer, letter.id), content,
                         MatterOrigin(MatterSource.MEDIATION_CASE, date(2024, 9, 12), "x"))
    svc, clock = service(database)
    number = svc.signing.sign(officer, letter.id, version(svc, officer, letter.id), date(2024, 9, 20))
    svc.delivery.deliver(officer, letter.id, version(svc, officer, letter.id), Delivery(DeliveryMethod.IN_PERSON, date(2024, 9, 20)))
    clock.day = date(2024, 10, 9)
    svc.replies.mark_overdue(officer, letter.id, version(svc, officer, letter.id))
    opinion = svc.escalation.escalate(officer, letter.id, version(svc, officer, letter.id)).letters[1]
    same = MatterOrigin(MatterSource.INSPECTION, date(2024, 9, 12), "查阅考勤记录")
    svc.drafts.update_draft(officer, opinion.id, opinion.version, content, same)  # unchanged: the draft saves
    with pytest.raises(TransitionError, match=f"提示函{number}已签发"):
        svc.drafts.update_draft(officer, opinion.id, version(svc, officer, opinion.id), content,
                         MatterOrigin(MatterSource.INSPECTION, date(2024, 9, 12), "职工座谈"))
    with database.read() as session:
        assert session.get(SupervisionMatter, chain.matter.id).check_method == "查阅考勤记录"
