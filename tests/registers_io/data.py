"""Hand-built records covering the registers' cases: several states, letter chains, payments.

Used until the demo generator lands on main. ``populate`` makes the same data every time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from db.engine import Database
from db.enums import (
    CaseSource, CaseStatus, ClaimStatus, DisputeCategory, IssueCategory, LetterKind, LetterStatus,
    MatterSource, MediatorRole, PaymentKind, PaymentStatus, PlanKind, RectificationResult, Role,
)
from db.models import (
    AidClaim, AidPlan, CaseApplicant, CaseCategory, CaseMediator, Employer, Enrolment, LetterCategory,
    MediationCase, Officer, Payment, PaymentBatch, StateTransition, SupervisionLetter, SupervisionMatter, Worker,
)
from desktop.validation import make_credit_code, make_id_number

D = dt.date
MEDIATORS = ("王调解", "孙调解", "周调解")
PLAN_NAME = "在职职工住院医疗互助"


def id_no(n: int) -> str:
    return make_id_number("110228", D(1970 + n % 30, 1 + n % 12, 1 + n % 28), n % 1000)


def code_no(n: int) -> str:
    return make_credit_code(f"91110228MA{n:07d}")


def add_officers(database: Database) -> dict[str, int]:
    with database.write(None) as session:
        officers = [Officer(username=f"m{i}", display_name=name, role=Role.MEDIATOR)
                    for i, name in enumerate(MEDIATORS)]
        session.add_all(officers)
        session.flush()
        return {o.display_name: o.id for o in officers}


def populate(database: Database) -> None:
    officers = add_officers(database)
    with database.write(None) as session:
        employers = [Employer(name=f"北京密云第{i}建筑有限公司", credit_code=code_no(i)) for i in range(1, 4)]
        employers.append(Employer(name="=HYPERLINK(\"http://x\",\"点我\")", credit_code=None))
        workers = [Worker(name=name, id_number=id_no(i), unit_name=f"单位{i % 2}")
                   for i, name in enumerate(("张三", "李四", "王芳", "赵六", "+钱七", "孙八"), 1)]
        session.add_all(employers + workers)
        session.flush()
        _cases(session, employers, workers, officers)
        _letters(session, employers)
        _claims(session, workers)


def _case(session, number, status, accepted, employer, applicants, **values) -> MediationCase:
    case = MediationCase(number=number, status=status, source=values.pop("source", CaseSource.WALK_IN),
                         received_on=accepted, accepted_on=accepted, respondent_id=employer.id, **values)
    case.applicants = [CaseApplicant(worker_id=w.id, position=i) for i, w in enumerate(applicants)]
    session.add(case)
    session.flush()
    return case


def _cases(session, employers, workers, officers) -> None:
    e1, e2, e3, bad = employers
    agreed = _case(session, "密工调〔2024〕1号", CaseStatus.CLOSED, D(2024, 3, 5), e1, workers[:2],
                   workers_involved=2, amount_claimed=Decimal("23456.78"), agreed_amount=Decimal("20000.00"),
                   agreed_on=D(2024, 3, 15), amount_performed=Decimal("20000.00"),
                   amount_recovered=Decimal("20000.00"), closed_on=D(2024, 4, 1),
                   facts="=cmd|' /C calc'!A0")
    agreed.categories = [CaseCategory(category=DisputeCategory.SEVERANCE),
                         CaseCategory(category=DisputeCategory.UNPAID_WAGES)]
    agreed.mediators = [CaseMediator(officer_id=officers["孙调解"], role=MediatorRole.MEMBER),
                        CaseMediator(officer_id=officers["王调解"], role=MediatorRole.LEAD)]
    withdrawn = _case(session, "密工调〔2024〕2号", CaseStatus.CLOSED, D(2024, 6, 30), e2, workers[2:3],
                      source=CaseSource.HOTLINE_12351, amount_claimed=Decimal("5000.00"), closed_on=D(2024, 7, 3))
    session.add(StateTransition(entity_type="mediation_case", entity_id=withdrawn.id,
                                from_state=CaseStatus.WITHDRAWN.value, to_state=CaseStatus.CLOSED.value))
    collective = _case(session, "密工调〔2024〕3号", CaseStatus.IN_MEDIATION, D(2024, 12, 31), bad, workers[3:5],
                       source=CaseSource.COURT_DELEGATED, workers_involved=12, amount_claimed=Decimal("0.10"))
    collective.categories = [CaseCategory(category=DisputeCategory.OVERTIME)]
    collective.mediators = [CaseMediator(officer_id=officers["周调解"], role=MediatorRole.LEAD)]
    _case(session, "密工调〔2024〕4号", CaseStatus.TERMINATED, D(2024, 8, 1), e1, workers[5:6],
          amount_claimed=Decimal("1000000.05"))
    _case(session, "密工调〔2023〕9号", CaseStatus.PERFORMING, D(2023, 11, 20), e3, workers[:1],
          amount_claimed=Decimal("800.00"), agreed_amount=Decimal("700.00"), agreed_on=D(2023, 11, 30),
          amount_performed=Decimal("300.00"), amount_recovered=Decimal("300.00"))


def _letters(session, employers) -> None:
    e1, e2, *_ = employers
    matter = SupervisionMatter(employer_id=e1.id, source=MatterSource.COMPLAINT, found_on=D(2024, 2, 1),
                               facts="未签劳动合同")
    prompt = SupervisionLetter(matter=matter, kind=LetterKind.PROMPT, number="密工法监提〔2024〕1号",
                               status=LetterStatus.ESCALATED, employer_id=e1.id, workers_affected=30,
                               deadline_on=D(2024, 2, 20), issued_on=D(2024, 2, 5), result=RectificationResult.NONE,
                               categories=[LetterCategory(category=IssueCategory.CONTRACTS)])
    session.add(prompt)
    session.flush()
    session.add(SupervisionLetter(
        matter=matter, kind=LetterKind.OPINION, number="密工法监意〔2024〕1号", status=LetterStatus.RECTIFIED,
        previous_letter_id=prompt.id, employer_id=e1.id, workers_affected=30, deadline_on=D(2024, 3, 30),
        issued_on=D(2024, 3, 1), reply_on=D(2024, 3, 20), result=RectificationResult.FULL,
        categories=[LetterCategory(category=IssueCategory.CONTRACTS), LetterCategory(category=IssueCategory.PAY)]))
    other = SupervisionMatter(employer_id=e2.id, source=MatterSource.INSPECTION, found_on=D(2024, 5, 1), facts="")
    session.add(SupervisionLetter(matter=other, kind=LetterKind.PROMPT, number="密工法监提〔2024〕2号",
                                  status=LetterStatus.AWAITING_REPLY, employer_id=e2.id, workers_affected=5,
                                  issued_on=D(2024, 5, 6), deadline_on=D(2024, 5, 21)))
    session.flush()


def _claims(session, workers) -> None:
    plan = AidPlan(code="ZY2024", name=PLAN_NAME, kind=PlanKind.INSERVICE_MEDICAL,
                   term_start=D(2024, 1, 1), term_end=D(2024, 12, 31))
    session.add(plan)
    session.flush()
    enrolment = Enrolment(plan_id=plan.id, worker_id=workers[0].id, unit_name="北京密云第1建筑有限公司",
                          card_no="6217000010001234567", start_on=D(2024, 1, 1), end_on=D(2024, 12, 31),
                          enrolled_on=D(2024, 1, 2))
    batch = PaymentBatch(number="ZF2024-001", made_on=D(2024, 4, 1), total=Decimal("10000.00"), count=1)
    session.add_all([enrolment, batch])
    session.flush()
    rows = [("HZ202400001", workers[0], ClaimStatus.PAID, D(2024, 3, 5), "12345.67", "10000.00", "10000.00",
             D(2024, 4, 1), enrolment.id),
            ("HZ202400002", workers[1], ClaimStatus.REVIEWED, D(2024, 6, 30), "0.10", None, "0.00", None, None),
            ("HZ202400003", workers[4], ClaimStatus.REJECTED, D(2024, 12, 31), "500.00", None, "0.00", None, None)]
    for number, worker, status, applied, claimed, approved, paid, paid_on, enrolment_id in rows:
        claim = AidClaim(number=number, plan_id=plan.id, worker_id=worker.id, enrolment_id=enrolment_id,
                         status=status, event_type="住院", event_on=applied, applied_on=applied,
                         claimed_amount=Decimal(claimed), approved_amount=approved and Decimal(approved),
                         paid_amount=Decimal(paid), paid_on=paid_on)
        session.add(claim)
        session.flush()
        if paid_on:
            session.add(Payment(kind=PaymentKind.CLAIM_PAYOUT, status=PaymentStatus.PAID, batch_id=batch.id,
                                claim_id=claim.id, worker_id=worker.id, payee_name=worker.name,
                                amount=Decimal(paid), paid_on=paid_on, account_no="6217000010001234567",
                                method="银行转账"))
