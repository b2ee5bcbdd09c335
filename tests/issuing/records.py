"""Records to issue documents from: a case in each state, a letter chain, an approved claim."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.enums import (
    CaseSource, CaseStatus, ClaimStatus, DisputeCategory, Gender, LetterKind, LetterStatus, MatterSource,
    MediatorRole, PaymentKind, PaymentStatus, PlanKind, RectificationResult, SessionKind, TerminationReason,
)
from db.models import (
    AgreementTerm, AidClaim, AidPlan, CaseApplicant, CaseCategory, CaseMediator, ClaimItem, Employer,
    LetterProblem, MediationCase, MediationSession, Payment, SupervisionLetter, SupervisionMatter, Worker,
)


def employer(session, name="北京密云宏达建筑工程有限公司", code="91110228MA01ABCD3X") -> Employer:
    row = Employer(name=name, credit_code=code, address="北京市密云区经济开发区兴盛南路8号",
                   legal_representative="赵志强", contact_name="孙丽", contact_phone="010-69087766")
    session.add(row)
    return row


def worker(session, name="张建华", id_number="110228199003154316") -> Worker:
    row = Worker(name=name, id_number=id_number, gender=Gender.MALE, phone="13901234567",
                 address="北京市密云区果园街道康居小区5号楼2单元301室", unit_name="北京密云宏达建筑工程有限公司")
    session.add(row)
    return row


def accepted_case(session, mediator_id: int, number="密工调〔2024〕12号", index: int = 0) -> MediationCase:
    company = employer(session, f"北京密云宏达建筑工程有限公司{'第' + str(index) + '分公司' if index else ''}",
                       f"91110228MA01AB{index:02d}3X")
    case = MediationCase(
        number=number, status=CaseStatus.IN_MEDIATION, source=CaseSource.WALK_IN, received_on=date(2024, 11, 1),
        accepted_on=date(2024, 11, 4), respondent=company, amount_claimed=Decimal("16409.02"),
        facts="申请人于2021年3月入职被申请人处任施工员，2024年10月31日双方解除劳动合同。")
    case.applicants.append(CaseApplicant(worker=worker(session, id_number=f"1102281990031543{index:02d}"), position=0))
    case.categories.extend([CaseCategory(category=DisputeCategory.UNPAID_WAGES),
                            CaseCategory(category=DisputeCategory.SEVERANCE)])
    case.claim_items.extend([ClaimItem(seq=1, item="支付2024年8月至10月拖欠工资", amount=Decimal("10409.02")),
                             ClaimItem(seq=2, item="支付解除劳动合同经济补偿金", amount=Decimal("6000.00"))])
    case.mediators.append(CaseMediator(officer_id=mediator_id, role=MediatorRole.LEAD))
    case.sessions.append(MediationSession(kind=SessionKind.MEDIATION, held_on=date(2024, 11, 12),
                                          place="本中心第一调解室"))
    session.add(case)
    session.flush()
    return case


def agree(case: MediationCase) -> None:
    case.status = CaseStatus.AGREED
    case.agreed_on, case.agreed_amount = date(2024, 11, 22), Decimal("16409.02")
    case.terms.extend([
        AgreementTerm(seq=1, description="被申请人向申请人支付2024年8月至10月工资", amount=Decimal("10409.02"),
                      payer="被申请人", due_on=date(2024, 11, 30), method="银行转账"),
        AgreementTerm(seq=2, description="被申请人向申请人支付解除劳动合同经济补偿金", amount=Decimal("6000.00"),
                      payer="被申请人", due_on=date(2024, 12, 15), method="银行转账"),
        AgreementTerm(seq=3, description="被申请人为申请人出具解除劳动合同证明。"),
    ])


def terminate(case: MediationCase) -> None:
    case.status = CaseStatus.TERMINATED
    case.termination_reason = TerminationReason.TIME_LIMIT
    case.ended_on = date(2024, 11, 18)


def rejected_case(session) -> MediationCase:
    case = MediationCase(status=CaseStatus.REJECTED, source=CaseSource.PHONE, received_on=date(2024, 11, 2),
                         respondent=employer(session, "北京密云某物流有限公司", "91110228MA05QWER7B"),
                         decision_reason="该争议已由仲裁委员会立案受理；\n请求事项不属于劳动争议调解的范围。")
    case.applicants.append(CaseApplicant(worker=worker(session, "李红梅", "110228198805204327"), position=0))
    session.add(case)
    session.flush()
    return case


def letter_chain(session) -> tuple[SupervisionLetter, SupervisionLetter, SupervisionLetter]:
    company = employer(session, "北京密云速达同城配送有限公司", "91110228MA04XYZ12K")
    matter = SupervisionMatter(employer=company, source=MatterSource.COMPLAINT, found_on=date(2024, 11, 8),
                               check_method="实地走访、查阅用工台账和询问职工", workers_affected=90,
                               facts="你单位现有配送员90人，其中未签订书面劳动合同的48人。")
    session.add(matter)
    prompt = _letter(matter, company, LetterKind.PROMPT, "密工法监提〔2024〕5号", date(2024, 11, 22), None)
    prompt.status, prompt.reply_on = LetterStatus.ESCALATED, None
    session.flush()
    opinion = _letter(matter, company, LetterKind.OPINION, "密工法监意〔2024〕2号", date(2024, 12, 16), prompt)
    opinion.result = RectificationResult.NONE
    session.flush()
    advice = _letter(matter, company, LetterKind.RECOMMENDATION, "密工法监建〔2025〕1号", date(2025, 1, 10), opinion)
    advice.recipient_body = "北京市密云区人力资源和社会保障局"
    advice.copied_to_procuratorate = True
    session.flush()
    return prompt, opinion, advice


def _letter(matter, company, kind, number, issued_on, previous) -> SupervisionLetter:
    letter = SupervisionLetter(matter=matter, employer=company, kind=kind, number=number, status=LetterStatus.SIGNED,
                               issued_on=issued_on, deadline_on=date(2024, 12, 7), deadline_days=15,
                               previous_letter_id=previous.id if previous else None)
    letter.problems.append(LetterProblem(seq=1, problem="未依法签订书面劳动合同",
                                         legal_basis="《中华人民共和国劳动合同法》第十条规定，建立劳动关系，应当订立书面劳动合同。",
                                         request="与全部在岗配送员依法订立书面劳动合同；"))
    matter.letters.append(letter)
    return letter


def approved_claim(session, number="HZ202400903") -> AidClaim:
    member = worker(session, "陈淑芬", "110228197504126521")
    member.gender, member.unit_name = Gender.FEMALE, "北京密云云湖度假村有限公司"
    plan = AidPlan(code="ZY2024", name="在职职工住院医疗互助保障", kind=PlanKind.INSERVICE_MEDICAL,
                   term_start=date(2024, 1, 1), term_end=date(2024, 12, 31))
    claim = AidClaim(number=number, plan=plan, worker=member, status=ClaimStatus.APPROVED, event_type="住院治疗",
                     event_on=date(2024, 9, 2), hospital="密云区医院", applied_on=date(2024, 10, 15),
                     claimed_amount=Decimal("6007.14"), approved_amount=Decimal("1409.50"),
                     calculation_text="自付部分扣除起付线后按50%给付", account_no="6214880123456789")
    session.add(claim)
    session.flush()
    return claim


def pay(session, claim: AidClaim) -> None:
    claim.status, claim.paid_on, claim.paid_amount = ClaimStatus.PAID, date(2024, 11, 20), claim.approved_amount
    session.add(Payment(kind=PaymentKind.CLAIM_PAYOUT, status=PaymentStatus.PAID, claim_id=claim.id,
                        payee_name=claim.worker.name, amount=claim.approved_amount, paid_on=date(2024, 11, 20),
                        method="银行转账", account_no="6214880123456789"))
