"""The demo data: every state present, valid identities, consistent figures, deterministic."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db import audit
from db.engine import Database
from db.enums import CaseStatus, ClaimStatus, Gender, NumberStatus
from db.migrate import upgrade
from db.models import (
    AidClaim, ClaimItem, Consultation, Employer, HotlineTicket, IssuedNumber, MediationCase, NumberSequence, Officer, PerformancePayment,
    StateTransition, SupervisionLetter, Worker,
)
from desktop import numbering
from desktop.demo import generate
from tests.demo.conftest import SMALL, TODAY

pytestmark = pytest.mark.db

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def expected_id_check(number: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(number[:17], ID_WEIGHTS)) % 11]


def expected_code_check(code: str) -> str:
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(code[:17], CODE_WEIGHTS))
    return CODE_CHARS[(31 - total % 31) % 31]


def test_every_case_and_claim_state_present(demo_db):
    with demo_db.read() as s:
        case_states = set(s.scalars(select(MediationCase.status).distinct()))
        claim_states = set(s.scalars(select(AidClaim.status).distinct()))
    assert case_states == set(CaseStatus)
    assert claim_states == set(ClaimStatus)


def test_id_numbers_valid_unique_and_match_gender(demo_db):
    with demo_db.read() as s:
        workers = s.execute(select(Worker.id_number, Worker.gender, Worker.birth_date)
                            .where(Worker.id_number.is_not(None))).all()
        # callers who gave no ID number are front-desk consultations only, each with a phone
        callers = s.execute(select(Worker.id, Worker.phone).where(Worker.id_number.is_(None))).all()
        consulting = set(s.scalars(select(Consultation.worker_id)))
    assert all(phone and worker_id in consulting for worker_id, phone in callers)
    assert len({w.id_number for w in workers}) == len(workers)
    for number, gender, born in workers:
        assert len(number) == 18 and number[:17].isdigit()
        assert number[17] == expected_id_check(number), number
        assert date(int(number[6:10]), int(number[10:12]), int(number[12:14])) == born
        assert date(1960, 1, 1) <= born <= date(2004, 12, 31)
        assert gender == (Gender.MALE if int(number[16]) % 2 else Gender.FEMALE)


def test_credit_codes_valid(demo_db):
    with demo_db.read() as s:
        codes = list(s.scalars(select(Employer.credit_code)))
    assert codes and len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 18 and set(code) <= set(CODE_CHARS)
        assert code[17] == expected_code_check(code), code


def test_case_numbers_gap_free_and_numbering_continues(demo_db):
    with demo_db.read() as s:
        issued = s.execute(select(IssuedNumber.year, IssuedNumber.seq, IssuedNumber.status)
                           .where(IssuedNumber.kind == "case")).all()
        cases = s.execute(select(MediationCase.number, MediationCase.accepted_on, MediationCase.id)
                          .where(MediationCase.number.is_not(None))).all()
        last = dict(s.execute(select(NumberSequence.year, NumberSequence.last_value)
                              .where(NumberSequence.kind == "case")).all())
    by_year = defaultdict(list)
    for year, seq, _ in issued:
        by_year[year].append(seq)
    for year, seqs in by_year.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
        assert last[year] == len(seqs)
    assert any(status is NumberStatus.VOIDED for _, _, status in issued)
    ordered = sorted(cases, key=lambda c: (c.accepted_on, c.id))
    assert [c.number for c in ordered] == sorted((c.number for c in cases), key=_case_key)
    year = max(by_year)
    with demo_db.write(None) as s:
        taken = numbering.take_number(s, "case", year, entity_type="mediation_case", entity_id=None)
    assert taken.seq == last[year] + 1


def _case_key(number: str) -> tuple[int, int]:
    year, seq = number.removeprefix("密工调〔").removesuffix("号").split("〕")
    return int(year), int(seq)


def test_claim_costs_and_case_amounts_add_up(demo_db):
    with demo_db.read() as s:
        claims = s.execute(select(AidClaim.total_cost, AidClaim.fund_paid, AidClaim.copay, AidClaim.self_pay)).all()
        claimed = dict(s.execute(select(MediationCase.id, MediationCase.amount_claimed)).all())
        items = dict(s.execute(select(ClaimItem.case_id, func.sum(ClaimItem.amount)).group_by(ClaimItem.case_id)).all())
        performed = dict(s.execute(select(MediationCase.id, MediationCase.amount_performed)).all())
        paid = dict(s.execute(select(PerformancePayment.case_id, func.sum(PerformancePayment.amount))
                              .group_by(PerformancePayment.case_id)).all())
    for total, fund, copay, self_pay in claims:
        assert isinstance(total, Decimal) and fund + copay + self_pay == total
    for case_id, amount in claimed.items():
        assert Decimal(items[case_id]).quantize(Decimal("0.01")) == amount
        assert performed[case_id] == Decimal(paid.get(case_id) or 0).quantize(Decimal("0.01"))


def test_states_are_consistent(demo_db):
    with demo_db.read() as s:
        cases = s.scalars(select(MediationCase)).unique().all()
        last_step = _last_steps(s, "mediation_case")
    for case in cases:
        assert last_step[case.id] == case.status.value
        assert (case.number is None) == (case.accepted_on is None)
        if case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED):
            assert case.closed_on and case.archive_no
        if case.status is CaseStatus.TERMINATED:
            assert case.termination_reason is not None
        if case.status is CaseStatus.DEFAULTED:
            assert case.follow_up_route is not None
        if case.status in (CaseStatus.REJECTED, CaseStatus.RESPONDENT_DECLINED):
            assert case.decision_reason and case.number is None
        assert case.received_on <= TODAY


def _last_steps(session, entity_type: str) -> dict[int, str]:
    rows = session.execute(select(StateTransition.entity_id, StateTransition.to_state)
                           .where(StateTransition.entity_type == entity_type).order_by(StateTransition.id))
    return {entity_id: state for entity_id, state in rows}


def test_letters_chain_and_audit(demo_db):
    with demo_db.read() as s:
        letters = s.scalars(select(SupervisionLetter)).unique().all()
        officers = s.scalar(select(func.count()).select_from(Officer))
    assert len(letters) == SMALL["letters"] and officers == 7
    by_id = {letter.id: letter for letter in letters}
    for letter in letters:
        if letter.previous_letter_id:
            assert by_id[letter.previous_letter_id].matter_id == letter.matter_id
    with demo_db.engine.connect() as conn:
        result = audit.verify(conn)
    assert result.ok and result.checked == 1


def fingerprint(database: Database) -> list:
    with database.read() as s:
        return [
            s.execute(select(MediationCase.id, MediationCase.number, MediationCase.status, MediationCase.received_on,
                             MediationCase.amount_claimed, MediationCase.agreed_amount).order_by(MediationCase.id)).all(),
            s.execute(select(Worker.id, Worker.name, Worker.id_number).order_by(Worker.id)).all(),
            s.execute(select(Employer.name, Employer.credit_code).order_by(Employer.id)).all(),
            s.execute(select(AidClaim.number, AidClaim.status, AidClaim.approved_amount).order_by(AidClaim.id)).all(),
            s.execute(select(SupervisionLetter.number, SupervisionLetter.status).order_by(SupervisionLetter.id)).all(),
            s.scalar(select(func.count()).select_from(StateTransition)),
            s.execute(select(Consultation.number, Consultation.worker_id, Consultation.outcome, Consultation.case_id)
                      .order_by(Consultation.id)).all(),
            s.execute(select(HotlineTicket.platform_number, HotlineTicket.status, HotlineTicket.received_at,
                             HotlineTicket.responded_at, HotlineTicket.consultation_id).order_by(HotlineTicket.id)).all(),
        ]


def test_same_seed_same_data(demo_db, tmp_path):
    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade(other)
    generate(other, seed=7, today=TODAY, **SMALL)
    try:
        assert fingerprint(other) == fingerprint(demo_db)
    finally:
        other.dispose()
