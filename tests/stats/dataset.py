"""A small hand-built year of work whose 2024 figures are worked out by hand below.

Cases (A = 王调解, B = 李调解 as lead mediators):
  C1  accepted 2023-12-20, closed 2024-01-10, agreed 8000 / recovered 8000, ended 18 days after receipt (late)
  C2  accepted 2024-02, closed 2024-02, agreed 5000 / recovered 4500, 12 workers (collective), on time
  C3  accepted 2024-03, withdrawn, closed 2024-03 (on time)
  C4  never accepted, rejected, closed 2024-04
  C5  never accepted, respondent declined, closed 2024-05
  C6  法院委派, terminated, ended exactly 30 days after the papers arrived (on time), closed 2024-07
  C7  法院委托, accepted 2024-11, 15 workers, still in mediation
  C8  accepted 2024-12, closed 2025-01 agreed
  C9  法院委托 simple procedure, agreed, ended 8 days after the papers (late), closed 2024-08
  C10 withdrawn, reopened, terminated; 10 days' extension; no ended_on, closed 19 days after receipt (on time)
  C11 accepted 2022, closed 2023
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from db.enums import (
    CaseSource,
    CaseStatus,
    ClaimStatus,
    DisputeCategory,
    IssueCategory,
    LetterKind,
    LetterStatus,
    MatterSource,
    MediatorRole,
    PaymentKind,
    PaymentStatus,
    PlanKind,
    RectificationResult,
    Role,
)
from db.models import (
    AidClaim,
    AidPlan,
    CaseCategory,
    CaseMediator,
    Employer,
    Enrolment,
    LetterCategory,
    MediationCase,
    Officer,
    Payment,
    StateTransition,
    SupervisionLetter,
    SupervisionMatter,
    Worker,
)
from tests.stats import frontdesk_dataset

EXPECTED_2024 = {
    "year": 2024,
    "cases": {"accepted": 7, "closed": 8, "agreed": 3, "success_rate": 0.6,
              "amount_claimed": "39000.75", "amount_agreed": "16000.00",
              "amount_recovered": "15500.00", "workers_involved": 35, "collective": 2},
    "letters": {"prompt": 2, "opinion": 1, "recommendation": 1, "rectified": 2, "workers_covered": 36},
    "claims": {"received": 4, "paid": 2, "rejected": 1, "amount_paid": "3000.50"},
    "consultations": frontdesk_dataset.EXPECTED_CONSULTATIONS_2024,
    "tickets": frontdesk_dataset.EXPECTED_TICKETS_2024,
    "legal_aid": {"received": 0, "accepted": 0, "refused": 0, "closed": 0, "workers_involved": 0,
                  "amount_claimed": "0.00", "amount_recovered": "0.00"},  # counted in tests/frontdesk
    "aid": {"received": 0, "approved": 0, "rejected": 0, "amount_approved": "0.00", "school": 0,
            "school_amount": "0.00", "winter": 0, "winter_amount": "0.00", "model_worker": 0,
            "model_worker_amount": "0.00"},  # counted in tests/aid
}
EXPECTED_2024_ON_TIME = 0.6667  # C2, C3, C6, C10 of C1, C2, C3, C6, C9, C10


def build(database) -> None:
    with database.write(None) as session:
        people = _people(session)
        _cases(session, people)
        _letters(session, people)
        _claims(session, people)
    frontdesk_dataset.build(database)


def _people(session) -> dict:
    people = {
        "A": Officer(username="wang", display_name="王调解", role=Role.MEDIATOR),
        "B": Officer(username="li", display_name="李调解", role=Role.MEDIATOR),
        "E1": Employer(name="北京甲科技有限公司", street="鼓楼街道"),
        "E2": Employer(name="北京乙物流有限公司", street="果园街道"),
        "E3": Employer(name="北京丙餐饮有限公司"),
        "W1": Worker(name="张伟", is_member=True),
        "W2": Worker(name="李娜", is_member=True),
        "W3": Worker(name="王芳", is_member=True),
    }
    session.add_all(people.values())
    session.flush()
    return people


CASES = [
    # name, source, received, accepted, ended, closed, claimed, workers, lead, employer, categories, extra
    ("C1", CaseSource.WALK_IN, date(2023, 12, 18), date(2023, 12, 20), date(2024, 1, 5), date(2024, 1, 10),
     "10000", 1, "A", "E1", [DisputeCategory.UNPAID_WAGES],
     dict(agreed_on=date(2024, 1, 5), agreed_amount=D("8000"), amount_recovered=D("8000"),
          amount_performed=D("7000")), ["AGREED", "PERFORMING", "PERFORMED", "CLOSED"]),
    ("C2", CaseSource.HOTLINE_12351, date(2024, 1, 30), date(2024, 2, 1), date(2024, 2, 8), date(2024, 2, 10),
     "6000", 12, "A", "E2", [DisputeCategory.UNPAID_WAGES, DisputeCategory.OVERTIME],
     dict(agreed_on=date(2024, 2, 8), agreed_amount=D("5000"), amount_recovered=D("4500"),
          amount_performed=D("4500")), ["AGREED", "PERFORMING", "PERFORMED", "CLOSED"]),
    ("C3", CaseSource.PHONE, date(2024, 2, 28), date(2024, 3, 1), date(2024, 3, 5), date(2024, 3, 20),
     "3000", 1, "B", "E1", [DisputeCategory.SEVERANCE], {}, ["WITHDRAWN", "CLOSED"]),
    ("C4", CaseSource.WALK_IN, date(2024, 4, 1), None, None, date(2024, 4, 5),
     "2000", 1, None, "E3", [DisputeCategory.OTHER], {}, ["REJECTED", "CLOSED"]),
    ("C5", CaseSource.PHONE, date(2024, 5, 1), None, None, date(2024, 5, 10),
     "2500", 4, None, "E3", [DisputeCategory.OTHER], {}, ["RESPONDENT_DECLINED", "CLOSED"]),
    ("C6", CaseSource.COURT_DELEGATED, date(2024, 5, 30), date(2024, 6, 1), date(2024, 7, 1), date(2024, 7, 20),
     "4000", 3, "B", "E2", [DisputeCategory.DOUBLE_PAY], dict(papers_received_on=date(2024, 6, 1)),
     ["TERMINATED", "CLOSED"]),
    ("C7", CaseSource.COURT_ENTRUSTED, date(2024, 11, 18), date(2024, 11, 20), None, None,
     "20000.50", 15, "A", "E1", [DisputeCategory.WORK_INJURY], {}, []),
    ("C8", CaseSource.WALK_IN, date(2024, 11, 28), date(2024, 12, 1), date(2024, 12, 10), date(2025, 1, 5),
     "1000.25", 1, "A", "E1", [DisputeCategory.UNPAID_WAGES],
     dict(agreed_on=date(2024, 12, 10), agreed_amount=D("900")), ["AGREED", "PERFORMED", "CLOSED"]),
    ("C9", CaseSource.COURT_ENTRUSTED, date(2024, 7, 30), date(2024, 8, 1), date(2024, 8, 9), date(2024, 8, 20),
     "3500", 2, "A", "E3", [DisputeCategory.UNPAID_WAGES],
     dict(papers_received_on=date(2024, 8, 1), court_simple_procedure=True, agreed_on=date(2024, 8, 9),
          agreed_amount=D("3000"), amount_recovered=D("3000"), amount_performed=D("3000")),
     ["AGREED", "PERFORMING", "PERFORMED", "CLOSED"]),
    ("C10", CaseSource.WALK_IN, date(2024, 9, 1), date(2024, 9, 2), None, date(2024, 9, 20),
     "1500", 1, "B", "E2", [], dict(extension_days=10),
     ["WITHDRAWN", "CLOSED", "IN_MEDIATION", "TERMINATED", "CLOSED"]),
    ("C11", CaseSource.WALK_IN, date(2022, 12, 1), date(2022, 12, 2), date(2022, 12, 9), date(2023, 1, 4),
     "700", 30, "B", "E1", [DisputeCategory.OTHER], dict(agreed_on=date(2022, 12, 9), agreed_amount=D("700")),
     ["AGREED", "PERFORMED", "CLOSED"]),
]


def _cases(session, people) -> None:
    for (name, source, received, accepted, ended, closed, claimed, workers, lead, employer,
         categories, extra, path) in CASES:
        case = MediationCase(
            number=f"测〔{received.year}〕{name}号", source=source, received_on=received, accepted_on=accepted,
            ended_on=ended, closed_on=closed, amount_claimed=D(claimed), workers_involved=workers,
            respondent=people[employer], status=CaseStatus(path[-1]) if path else CaseStatus.IN_MEDIATION,
            categories=[CaseCategory(category=c) for c in categories], **extra,
        )
        if lead:
            case.mediators = [CaseMediator(officer_id=people[lead].id, role=MediatorRole.LEAD)]
        session.add(case)
        session.flush()
        _transitions(session, case.id, path)


def _transitions(session, case_id: int, path: list[str]) -> None:
    before = "IN_MEDIATION"
    for state in path:
        session.add(StateTransition(entity_type="mediation_case", entity_id=case_id, from_state=before,
                                    to_state=state))
        session.flush()
        before = state


LETTERS = [
    # kind, issued_on, workers_affected, result, reply_on, extra
    (LetterKind.PROMPT, date(2024, 3, 1), 20, RectificationResult.FULL, date(2024, 3, 10),
     dict(wages_recovered=D("10000"), contracts_signed=5, workers_covered=20)),
    (LetterKind.PROMPT, date(2023, 12, 28), 7, RectificationResult.FULL, date(2024, 1, 5), {}),
    (LetterKind.OPINION, date(2024, 6, 1), 8, RectificationResult.PARTIAL, date(2024, 6, 10),
     dict(insurance_backpaid=D("2000"))),
    (LetterKind.RECOMMENDATION, date(2024, 12, 31), 5, None, None, {}),
    (LetterKind.PROMPT, None, 100, None, None, {}),
    (LetterKind.OPINION, date(2025, 1, 1), 9, RectificationResult.FULL, date(2025, 1, 9), {}),
    (LetterKind.PROMPT, date(2024, 1, 1), 3, RectificationResult.FULL, date(2024, 2, 1), {}),
]


def _letters(session, people) -> None:
    employer = people["E1"]
    matter = SupervisionMatter(employer=employer, source=MatterSource.INSPECTION, found_on=date(2023, 12, 1),
                               facts="未依法签订劳动合同")
    session.add(matter)
    for kind, issued, workers, result, reply, extra in LETTERS:
        status = LetterStatus.DRAFT if issued is None else LetterStatus.CLOSED
        matter.letters.append(SupervisionLetter(
            kind=kind, employer=employer, issued_on=issued, workers_affected=workers, result=result,
            reply_on=reply, status=status, categories=[LetterCategory(category=IssueCategory.CONTRACTS)], **extra,
        ))
    session.flush()


def _claims(session, people) -> None:
    medical = AidPlan(code="A1", name="在职职工住院医疗互助", kind=PlanKind.INSERVICE_MEDICAL,
                      term_start=date(2024, 1, 1), term_end=date(2024, 12, 31))
    illness = AidPlan(code="A2", name="重大疾病互助", kind=PlanKind.SERIOUS_ILLNESS,
                      term_start=date(2024, 1, 1), term_end=date(2024, 12, 31))
    session.add_all([medical, illness])
    session.flush()
    w1, w2, w3 = people["W1"], people["W2"], people["W3"]
    for plan, worker, start, end in [(medical, w1, date(2024, 1, 1), date(2024, 12, 31)),
                                     (medical, w2, date(2023, 7, 1), date(2024, 6, 30)),
                                     (illness, w2, date(2024, 1, 1), date(2024, 12, 31)),
                                     (medical, w3, date(2023, 1, 1), date(2023, 12, 31))]:
        session.add(Enrolment(plan_id=plan.id, worker_id=worker.id, start_on=start, end_on=end,
                              enrolled_on=start))
    _claim(session, "K1", medical, w1, date(2024, 3, 1), ClaimStatus.PAID, paid=("1200.00", date(2024, 3, 20)))
    _claim(session, "K2", medical, w2, date(2023, 12, 15), ClaimStatus.PAID, paid=("800.50", date(2024, 1, 10)))
    _claim(session, "K3", illness, w2, date(2024, 11, 20), ClaimStatus.REJECTED, rejected_on=date(2025, 1, 5))
    _claim(session, "K4", medical, w1, date(2023, 11, 1), ClaimStatus.REJECTED, rejected_on=date(2024, 2, 1))
    _claim(session, "K5", medical, w1, date(2024, 12, 1), ClaimStatus.PAID, paid=("500.00", date(2025, 1, 3)))
    _claim(session, "K6", illness, w2, date(2024, 5, 5), ClaimStatus.SUBMITTED)
    _payment(session, PaymentKind.HARDSHIP, "1000.00", date(2024, 6, 1), worker=w3)
    _payment(session, PaymentKind.SETTLEMENT, "9999.00", date(2024, 6, 1), worker=w3)
    _payment(session, PaymentKind.CLAIM_PAYOUT, "300.00", date(2024, 7, 1), worker=w3, status=PaymentStatus.FAILED)
    _payment(session, PaymentKind.SCHOOL_AID, "2000.00", None, worker=w3, status=PaymentStatus.PENDING)


def _claim(session, number, plan, worker, applied, status, paid=None, rejected_on=None) -> None:
    amount, paid_on = paid or ("0.00", None)
    claim = AidClaim(number=number, plan_id=plan.id, worker_id=worker.id, status=status, event_type="住院",
                     event_on=applied, applied_on=applied, rejected_on=rejected_on, paid_amount=D(amount),
                     paid_on=paid_on)
    session.add(claim)
    session.flush()
    if paid:
        _payment(session, PaymentKind.CLAIM_PAYOUT, amount, paid_on, worker=worker, claim_id=claim.id)


def _payment(session, kind, amount, paid_on, *, worker, claim_id=None, status=PaymentStatus.PAID) -> None:
    session.add(Payment(kind=kind, status=status, claim_id=claim_id, worker_id=worker.id, payee_name=worker.name,
                        amount=D(amount), paid_on=paid_on))
