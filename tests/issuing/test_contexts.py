"""Render contexts built from database rows, for every kind."""

from decimal import Decimal

import pytest

from db.models import IssuedDocument, LetterProblem
from desktop.documents import render
from desktop.errors import UserError
from desktop.issuing import contexts
from desktop.issuing.owners import CASE, CLAIM, LETTER
from desktop.issuing.service import OwnerRef
from desktop.settings import OrganisationSettings
from tests.documents.pdfread import all_text
from tests.issuing import records

pytestmark = pytest.mark.db


def build(session, kind, owner_type, record, served_document=None):
    from datetime import date

    request = contexts.Request(kind, owner_type, record, date(2024, 11, 22), OrganisationSettings(), None,
                               served_document=served_document)
    return contexts.build(session, request)


def test_acceptance_from_case(database, mediator):
    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        context = build(session, "acceptance", CASE, case)
    assert context["case"]["number"] == "密工调〔2024〕12号"
    assert context["case"]["mediator"] == "王调解"
    assert context["case"]["categories"] == "拖欠劳动报酬、经济补偿金"
    assert context["case"]["claims"][0]["amount"] == Decimal("10409.02")
    assert context["session"]["place"] == "本中心第一调解室"
    assert context["org"]["centre"] == "北京市密云区总工会劳动争议调解中心"
    text = all_text(render("acceptance", context))
    assert "壹万零肆佰零玖元零贰分" in text and "张建华" in text


def test_agreement_and_termination_from_case(database, mediator):
    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        records.agree(case)
        agreement = build(session, "agreement", CASE, case)
        case.termination_reason = records.TerminationReason.PARTY_REFUSED
        case.termination_note = "被申请人明确表示不再参加调解。"
        termination = build(session, "termination", CASE, case)
    assert agreement["agreement"]["total"] == Decimal("16409.02")
    assert agreement["agreement"]["copies"] == "三"
    assert agreement["case"]["applicant"]["id_number"] == "110228199003154300"
    assert len(agreement["agreement"]["terms"]) == 3
    assert termination["termination"]["reason"] == "一方拒绝继续调解"
    assert termination["termination"]["detail"] == "被申请人明确表示不再参加调解。"
    assert "人民币壹万陆仟肆佰零玖元零贰分" in all_text(render("agreement", agreement)).replace("（大写：", "人民币")


def test_rejection_reasons_are_lines(database):
    with database.write(None) as session:
        case = records.rejected_case(session)
        with pytest.raises(UserError, match="没有案件编号"):
            build(session, "acceptance", CASE, case)
        request = contexts.Request("rejection", CASE, case, records.date(2024, 11, 22), OrganisationSettings(),
                                   "密工调不〔2024〕1号")
        context = contexts.build(session, request)
    assert [r["text"] for r in context["rejection"]["reasons"]] == [
        "该争议已由仲裁委员会立案受理。", "请求事项不属于劳动争议调解的范围。"]
    assert context["case"]["number"] == "密工调不〔2024〕1号"


def test_case_missing_parts_are_named(database, mediator):
    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        with pytest.raises(UserError, match="协议条款"):
            build(session, "agreement", CASE, case)
        with pytest.raises(UserError, match="终止调解的原因"):
            build(session, "termination", CASE, case)
        with pytest.raises(UserError, match="尚未出具需要送达的文书"):
            build(session, "service-receipt", CASE, case)
        with pytest.raises(UserError, match="已受理"):
            build(session, "rejection", CASE, case)


def test_service_receipt_names_the_served_document(database, mediator):
    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        served = IssuedDocument(kind="acceptance", number=case.number, owner_type=CASE, owner_id=case.id,
                                title="受理通知书", template_version="1", sha256="0" * 64, size=1,
                                recipient="张建华")
        context = build(session, "service-receipt", CASE, case, served_document=served)
    assert context["service"]["document"] == "受理通知书"
    assert context["service"]["address"].startswith("北京市密云区果园街道")
    assert context["service"]["method"] == "直接送达"
    assert context["service"]["server"] == "王调解"
    assert "送达回证" in all_text(render("service-receipt", context))


def test_letters_carry_their_chain(database):
    with database.write(None) as session:
        prompt, opinion, advice = records.letter_chain(session)
        first = build(session, "prompt-letter", LETTER, prompt)
        second = build(session, "opinion-letter", LETTER, opinion)
        third = build(session, "recommendation-letter", LETTER, advice)
    assert first["letter"]["source"] == "接到职工投诉后"
    assert first["letter"]["requests"] == [{"text": "与全部在岗配送员依法订立书面劳动合同。"}]
    assert second["letter"]["previous_number"] == "密工法监提〔2024〕5号"
    assert third["letter"]["recipient"] == "北京市密云区人力资源和社会保障局"
    assert third["letter"]["employer"] == "北京密云速达同城配送有限公司"
    history = [h["text"] for h in third["letter"]["history"]]
    assert history[0].startswith("2024年11月22日，本会向该单位发出《工会劳动法律监督提示函》（密工法监提〔2024〕5号）")
    assert "未整改" in history[1]
    assert third["letter"]["copy_to"] == "人民检察院。"
    for kind, context in (("prompt-letter", first), ("opinion-letter", second), ("recommendation-letter", third)):
        assert "密工法监" in all_text(render(kind, context))


def test_payout_notice_from_claim(database):
    with database.write(None) as session:
        claim = records.approved_claim(session)
        records.pay(session, claim)
        session.flush()
        context = build(session, "payout-notice", CLAIM, claim)
    assert context["claim"]["amount_approved"] == Decimal("1409.50")
    assert context["claim"]["account"] == "****6789"
    assert context["claim"]["unit"] == "北京密云云湖度假村有限公司"
    assert context["claim"]["paid_on"] == records.date(2024, 11, 20)
    assert context["claim"]["plan"] == "在职职工住院医疗"
    assert context["claim"]["event"] == "2024年9月2日在密云区医院住院治疗"
    text = all_text(render("payout-notice", context))
    assert "壹仟肆佰零玖元伍角" in text and "陈淑芬" in text


def test_unapproved_claim_is_refused(database):
    with database.write(None) as session:
        claim = records.approved_claim(session)
        claim.status, claim.approved_amount = records.ClaimStatus.SUBMITTED, None
        with pytest.raises(UserError, match="尚未核准"):
            build(session, "payout-notice", CLAIM, claim)


def test_owner_ref_is_plain_data():
    assert OwnerRef(CASE, 3) == OwnerRef("mediation_case", 3)


@pytest.mark.parametrize("unit, said, not_said", [("WORKING", "15个工作日内", "15日内"), ("CALENDAR", "15日内", "工作日")])
def test_letters_say_the_time_allowed_in_the_unit_it_was_set(database, unit, said, not_said):
    from db.enums import DayUnit

    with database.write(None) as session:
        letters = records.letter_chain(session)
        for letter in letters:
            letter.deadline_unit = DayUnit(unit)
        texts = [all_text(render(kind, build(session, kind, LETTER, letter))).replace("\n", "")
                 for kind, letter in zip(("prompt-letter", "opinion-letter", "recommendation-letter"), letters)]
    for text in texts:
        assert said in text and not_said not in text


def test_agreement_names_every_applicant_and_the_workers_represented(database, mediator):
    from db.enums import ApplicantRole
    from db.models import CaseApplicant

    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        case.applicants[0].role = ApplicantRole.REPRESENTATIVE
        for n, name in ((1, "李娜"), (2, "刘洋")):
            worker = records.worker(session, name=name, id_number=f"11022819900315{4300 + n * 17}")
            case.applicants.append(CaseApplicant(worker=worker, role=ApplicantRole.REPRESENTATIVE, position=n))
        case.workers_involved = 12
        records.agree(case)
        session.flush()
        context = build(session, "agreement", CASE, case)
    text = all_text(render("agreement", context)).replace("\n", "")
    assert [a["title"] for a in context["case"]["applicants"]] == ["代表人"] * 3
    for name in (context["case"]["applicants"][0]["name"], "李娜", "刘洋"):
        assert f"代表人{name}，" in text
    assert "共12人，由上列代表人代表参加调解" in text


def test_items_and_repeats_are_worded_once():
    from desktop.issuing.people import items, without_repeats

    assert items("1. 补签劳动合同；2. 足额支付加班费\n（三）参加工伤保险；") == [
        "补签劳动合同。", "足额支付加班费。", "参加工伤保险。"]
    assert without_repeats(["补签劳动合同。", "1. 补签劳动合同；", "参加工伤保险"]) == ["补签劳动合同。", "参加工伤保险"]


def test_letter_lists_each_request_and_earlier_letter_once(database):
    with database.write(None) as session:
        prompt, opinion, advice = records.letter_chain(session)
        prompt.requests = "1. 与全部在岗配送员依法订立书面劳动合同；2. 为全部职工参加工伤保险"
        advice.history = "2024年11月22日，本会发出提示函，该单位未整改。\n2024年12月20日，本会发出意见书，该单位未回复。"
        first = build(session, "prompt-letter", LETTER, prompt)
        third = build(session, "recommendation-letter", LETTER, advice)
    assert [r["text"] for r in first["letter"]["requests"]] == ["与全部在岗配送员依法订立书面劳动合同。",
                                                                "为全部职工参加工伤保险。"]
    assert [h["text"] for h in third["letter"]["history"]] == advice.history.splitlines()


def test_agreement_term_worded_as_a_sentence_is_not_repeated(database, mediator):
    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        records.agree(case)
        case.terms[0].description = "被申请人于2024年12月31日前以银行转账方式向申请人支付工资10,409.02元。"
        context = build(session, "agreement", CASE, case)
    assert context["agreement"]["terms"][0]["worded"] and not context["agreement"]["terms"][1]["worded"]
    text = all_text(render("agreement", context))
    assert "支付工资10,409.02元（大写：壹万零肆佰零玖元零贰分）。" in text
    assert text.count("10,409.02") == 1


def test_payout_notice_names_the_card_once(database):
    with database.write(None) as session:
        claim = records.approved_claim(session)
        records.pay(session, claim)
        claim.payment_method = "京卡（互助服务卡）转账"
        for payment in claim.payments if hasattr(claim, "payments") else []:
            payment.method = "京卡（互助服务卡）转账"
        session.flush()
        context = build(session, "payout-notice", CLAIM, claim)
    assert "京卡" not in context["claim"]["method"]
    assert all_text(render("payout-notice", context)).count("京卡") == 1


def test_letter_requests_joined_from_its_problems_are_not_listed_again(database):
    with database.write(None) as session:
        _prompt, opinion, _advice = records.letter_chain(session)
        opinion.problems.append(LetterProblem(seq=2, problem="未为配送员参加工伤保险", legal_basis="《工伤保险条例》第二条",
                                              request="为全部配送员参加工伤保险"))
        session.flush()
        asked = [problem.request for problem in opinion.problems]
        opinion.requests = "；".join(asked) + "\n书面回复本会"
        context = build(session, "opinion-letter", LETTER, opinion)
    texts = [r["text"] for r in context["letter"]["requests"]]
    assert texts == [text.rstrip("。；") + "。" for text in asked] + ["书面回复本会。"]
