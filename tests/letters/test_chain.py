"""One employer through the whole chain, and a prompt letter that is enough on its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import DeliveryMethod, LetterKind, LetterStatus as S, RectificationResult, Role
from db.models import StateTransition, SupervisionLetter, SupervisionMatter
from desktop.letters import DEFAULT_DEPARTMENT, Delivery, DepartmentResult, Figures, Reply
from tests.letters.helpers import add_employer, matter_input, service, version

pytestmark = pytest.mark.db


def sign_and_deliver(svc, actor, letter_id, day):
    number = svc.signing.sign(actor, letter_id, version(svc, actor, letter_id), day)
    svc.delivery.deliver(actor, letter_id, version(svc, actor, letter_id), Delivery(DeliveryMethod.IN_PERSON, day))
    return number


def test_prompt_overdue_opinion_partial_recommendation_result_closed(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database)
    chain = svc.matters.create_matter(officer, matter_input(add_employer(database)))
    prompt_id = chain.letters[0].id
    assert sign_and_deliver(svc, officer, prompt_id, date(2024, 9, 20)) == "密工法监提〔2024〕1号"

    clock.day = date(2024, 10, 9)
    svc.replies.mark_overdue(officer, prompt_id, version(svc, officer, prompt_id))
    chain = svc.escalation.escalate(officer, prompt_id, version(svc, officer, prompt_id))
    opinion = chain.letters[1]
    assert (opinion.kind, opinion.status, opinion.previous_letter_id) == (LetterKind.OPINION, S.DRAFT, prompt_id)
    assert opinion.history == ("2024年9月20日，本会向该单位发出《工会劳动法律监督提示函》（密工法监提〔2024〕1号），"
                               "要求于2024年10月8日前整改并书面回复。该单位逾期未作书面回复，亦未整改。")
    assert [p.problem for p in opinion.problems] == [p.problem for p in chain.letters[0].problems]
    assert opinion.copy_to == "密云区人民检察院"
    clock.day = date(2024, 10, 9)
    assert sign_and_deliver(svc, officer, opinion.id, date(2024, 10, 9)) == "密工法监意〔2024〕1号"

    clock.day = date(2024, 10, 25)
    partial = Figures(Decimal("120000.00"), Decimal("0.00"), 0, 20)
    svc.replies.record_reply(officer, opinion.id, version(svc, officer, opinion.id),
                     Reply(date(2024, 10, 25), "已补发部分工资，工伤保险正在办理", RectificationResult.PARTIAL, partial))
    chain = svc.escalation.escalate(officer, opinion.id, version(svc, officer, opinion.id))
    recommendation = chain.letters[2]
    assert recommendation.recipient_body == DEFAULT_DEPARTMENT
    assert recommendation.history.splitlines()[1] == (
        "2024年10月9日，本会向该单位发出《工会劳动法律监督意见书》（密工法监意〔2024〕1号），要求于2024年10月29日前"
        "整改并书面回复。该单位于2024年10月25日回复：已补发部分工资，工伤保险正在办理。经核查，仅部分整改"
        "（补发工资 120,000.00 元，惠及职工 20 人）。")

    clock.day = date(2024, 12, 12)
    assert sign_and_deliver(svc, officer, recommendation.id, date(2024, 10, 30)) == "密工法监建〔2024〕1号"
    rec = recommendation.id
    svc.department.department_case_opened(officer, rec, version(svc, officer, rec), date(2024, 11, 5))
    result = Figures(Decimal("66000.00"), Decimal("48000.00"), 12, 32)
    svc.department.department_result(officer, rec, version(svc, officer, rec),
                          DepartmentResult(date(2024, 12, 10), "责令补发工资并补缴工伤保险，已执行完毕", result))
    svc.replies.close(officer, rec, version(svc, officer, rec), date(2024, 12, 12))

    chain = svc.queries.chain(officer, chain.matter.id)
    assert [(x.kind, x.status) for x in chain.letters] == [
        (LetterKind.PROMPT, S.CLOSED), (LetterKind.OPINION, S.CLOSED), (LetterKind.RECOMMENDATION, S.CLOSED)]
    assert chain.matter.closed_on == date(2024, 12, 12)
    assert chain.letters[2].deadline_on == date(2024, 11, 6)
    assert chain.letters[1].deadline_on == date(2024, 10, 29)
    assert chain.totals == Figures(Decimal("186000.00"), Decimal("48000.00"), 12, 52)
    assert all(letter.actions == () for letter in chain.letters)
    assert [e.text for e in chain.timeline][:4] == [
        "发现问题（职工投诉）：经职工投诉并现场核查，该单位未为快递员缴纳工伤保险，并拖欠两个月工资。",
        "签发《工会劳动法律监督提示函》密工法监提〔2024〕1号，主送北京顺达速递有限公司",
        "直接送达提示函，期限至 2024-10-08",
        "提示函期限届满，单位未回复",
    ]
    assert chain.timeline[-1].text == "监督事项办结"

    with database.read() as session:
        moves = session.execute(select(StateTransition.entity_id, StateTransition.to_state)
                                .order_by(StateTransition.id)).all()
    assert [to for letter_id, to in moves if letter_id == prompt_id] == [
        "SIGNED", "DELIVERED", "AWAITING_REPLY", "OVERDUE", "ESCALATED", "CLOSED"]
    assert [to for letter_id, to in moves if letter_id == rec] == [
        "SIGNED", "DELIVERED", "AWAITING_DEPARTMENT", "CASE_OPENED", "RESULT_RECEIVED", "CLOSED"]


def test_prompt_letter_alone_gets_full_rectification(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database)
    chain = svc.matters.create_matter(officer, matter_input(add_employer(database)))
    letter_id = chain.letters[0].id
    sign_and_deliver(svc, officer, letter_id, date(2024, 9, 20))
    clock.day = date(2024, 10, 3)
    figures = Figures(Decimal("186000.00"), Decimal("52340.50"), 32, 32)
    svc.replies.record_reply(officer, letter_id, version(svc, officer, letter_id),
                     Reply(date(2024, 10, 2), "已全部补发工资并为 32 名快递员参保", RectificationResult.FULL, figures))
    letter = svc.queries.chain(officer, chain.matter.id).letters[0]
    assert letter.status is S.RECTIFIED
    assert letter.actions == (svc_action("CLOSE"),)
    svc.replies.close(officer, letter_id, letter.version, date(2024, 10, 3))

    with database.read() as session:
        row = session.get(SupervisionLetter, letter_id)
        matter = session.scalar(select(SupervisionMatter))
        assert (row.status, row.result, row.reply_on, row.closed_on) == (
            S.CLOSED, RectificationResult.FULL, date(2024, 10, 2), date(2024, 10, 3))
        assert (row.wages_recovered, row.insurance_backpaid, row.contracts_signed, row.workers_covered) == (
            Decimal("186000.00"), Decimal("52340.50"), 32, 32)
        assert matter.closed_on == date(2024, 10, 3)
    assert svc.queries.chain(officer, chain.matter.id).totals == figures


def svc_action(name):
    from desktop.letters import LetterAction

    return LetterAction[name]
