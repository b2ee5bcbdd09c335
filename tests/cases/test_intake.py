"""登记: what a saved intake holds, one identity per person, and refusals that write nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.enums import (
    ApplicantRole, ApplicationForm, CaseSource, CaseStatus, LetterKind, LetterStatus, MatterSource, Role,
)
from db.models import Employer, MediationCase, SupervisionLetter, SupervisionMatter, Worker
from desktop.cases.forms import ApplicantInput, ClaimInput, EmployerInput
from desktop.cases.intake import claims_total
from desktop.errors import PermissionDenied, ValidationError
from tests.cases.helpers import TODAY, applicant, collective_form, credit_code, drive, employer, id_number, intake_form

pytestmark = pytest.mark.db


def _count(database, model) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_register_saves_draft_with_totals(services, database, actors):
    case_id = services.intake.register(actors[Role.CLERK], intake_form())
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert case.status == CaseStatus.DRAFT and case.number is None
        assert case.amount_claimed == Decimal("20000.50")
        assert [c.amount for c in case.claim_items] == [Decimal("12000.50"), Decimal("8000.00")]
        assert case.workers_involved == 1 and not case.collective
        assert case.respondent.credit_code == credit_code(1)
        assert case.applicants[0].worker.id_number == id_number(101)
        assert case.applicants[0].worker.gender.label == "男"


def test_claims_total_is_exact():
    form = intake_form(claims=(ClaimInput("a", "0.10"), ClaimInput("b", "0.20"), ClaimInput("c", "1,000.05")))
    assert claims_total(form) == Decimal("1000.35")


def test_collective_case_with_representatives(services, database, mediator):
    case_id = services.intake.register(mediator, collective_form(workers=12))
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert case.workers_involved == 12 and case.collective
        assert [a.role for a in case.applicants] == [ApplicantRole.REPRESENTATIVE] * 3


def test_collective_case_needs_three_to_five_representatives(services, database, mediator):
    form = collective_form(applicants=(applicant(1, representative=True), applicant(2, "李娜")))
    with pytest.raises(ValidationError, match="代表人"):
        services.intake.register(mediator, form)
    assert _count(database, MediationCase) == 0


def test_identity_reused_by_id_number_and_credit_code(services, database, mediator):
    services.intake.register(mediator, intake_form())
    services.intake.register(mediator, intake_form(applicants=(applicant(101, "王芳"),), employer=employer(1, "另一个名字")))
    assert _count(database, Worker) == 1
    assert _count(database, Employer) == 1


def test_chosen_identities_are_used(services, database, mediator):
    first = services.intake.register(mediator, intake_form())
    with database.read() as session:
        case = session.get(MediationCase, first)
        worker_id, employer_id = case.applicants[0].worker_id, case.respondent_id
    second = services.intake.register(mediator, intake_form(
        applicants=(ApplicantInput(worker_id=worker_id),), employer=EmployerInput(employer_id=employer_id)))
    with database.read() as session:
        assert session.get(MediationCase, second).respondent_id == employer_id
    assert _count(database, Worker) == 1


@pytest.mark.parametrize("overrides, field", [
    (dict(applicants=()), "申请人"),
    (dict(applicants=(ApplicantInput(name="王芳", id_number="110228199005171230"),)), "申请人1身份证号"),
    (dict(employer=EmployerInput(name="")), "被申请人单位名称"),
    (dict(employer=EmployerInput(name="某公司", credit_code="91110228MA0000001X")), "统一社会信用代码"),
    (dict(categories=()), "争议类型"),
    (dict(claims=(ClaimInput("工资", "12.345"),)), "请求事项1金额"),
    (dict(facts=""), "事实与理由"),
    (dict(received_on=TODAY + timedelta(days=1)), "收到申请日期"),
    (dict(application_form=ApplicationForm.ORAL, oral_record=""), "口头申请记录"),
    (dict(source=CaseSource.COURT_DELEGATED), "委派/委托文号"),
    (dict(source=CaseSource.COURT_ENTRUSTED, referral_doc_no="(2024)京0118民诉前调1号"), "收到法院材料日期"),
])
def test_bad_intake_is_refused_naming_the_field(services, database, mediator, overrides, field):
    with pytest.raises(ValidationError) as info:
        services.intake.register(mediator, intake_form(**overrides))
    assert info.value.field == field
    assert _count(database, MediationCase) == 0 and _count(database, Employer) == 0


def test_same_person_twice_is_refused(services, database, mediator):
    form = intake_form(applicants=(applicant(5), applicant(5, "王芳")))
    with pytest.raises(ValidationError, match="同一人"):
        services.intake.register(mediator, form)
    assert _count(database, Worker) == 0


def test_auditor_may_not_register(services, actors):
    with pytest.raises(PermissionDenied):
        services.intake.register(actors[Role.AUDITOR], intake_form())


def test_employer_history_counts_cases_and_letters(services, database, mediator):
    drive(services, mediator, "ARCHIVED")
    services.intake.register(mediator, intake_form())
    hits = services.intake.search_employers("云岭")
    assert [h.name for h in hits] == ["北京云岭建筑工程有限公司"]
    with database.write(mediator) as session:
        matter = SupervisionMatter(employer_id=hits[0].id, source=MatterSource.MEDIATION_CASE, found_on=TODAY,
                                   facts="拖欠工资")
        session.add(matter)
        session.flush()
        session.add(SupervisionLetter(matter_id=matter.id, kind=LetterKind.PROMPT, employer_id=hits[0].id,
                                      number="密工法监提〔2026〕1号", status=LetterStatus.DELIVERED))
    history = services.intake.employer_history(hits[0].id)
    assert (len(history.open_cases), history.total_cases, len(history.letters)) == (1, 2, 1)
    assert "其中未结 1 件" in history.summary and "提示函密工法监提〔2026〕1号" in history.summary


def test_worker_search_by_name_and_id_number(services, mediator):
    services.intake.register(mediator, intake_form())
    assert [h.name for h in services.intake.search_workers("王芳")] == ["王芳"]
    assert [h.id_number for h in services.intake.search_workers(id_number(101)[:10])] == [id_number(101)]
    assert services.intake.search_workers("李") == []
