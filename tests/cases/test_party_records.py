"""Correcting a worker's or employer's own details: one identity, shown everywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from db.enums import Gender, Role
from db.models import AuditEntry, Employer, Worker
from desktop.errors import ConflictError, PermissionDenied, ValidationError
from tests.cases.helpers import credit_code, employer, id_number, intake_form

pytestmark = pytest.mark.db


@pytest.fixture
def case_id(services, mediator):
    return services.intake.register(mediator, intake_form())


def _worker_id(services, case_id) -> int:
    return services.queries.detail(case_id).applicants[0].worker_id


def _events(database, entity_type) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "correct_party", AuditEntry.entity_type == entity_type)))


def test_mistyped_id_number_is_corrected_with_birth_date_and_shows_in_the_case(services, mediator, database,
                                                                                 case_id):
    worker_id = _worker_id(services, case_id)
    current = services.parties.worker(worker_id)
    assert current.data.name == "王芳" and current.data.id_number == id_number(101)
    right = id_number(9, birth=date(1988, 2, 29))
    services.parties.correct_worker(mediator, worker_id, replace(current.data, id_number=right, phone="13900139000"),
                                    current.version, "身份证号录入错误")
    with database.read() as session:
        worker = session.get(Worker, worker_id)
        assert (worker.id_number, worker.birth_date, worker.phone) == (right, date(1988, 2, 29), "13900139000")
    assert services.queries.detail(case_id).applicants[0].id_number == right
    assert _events(database, "worker") == ["身份证号录入错误"]


def test_id_number_of_another_worker_is_refused_naming_them(services, mediator, database, case_id):
    from tests.cases.helpers import applicant

    services.intake.register(mediator, intake_form(applicants=(applicant(55, "李强"),)))
    current = services.parties.worker(_worker_id(services, case_id))
    with pytest.raises(ValidationError, match="李强") as refused:
        services.parties.correct_worker(mediator, current.id, replace(current.data, id_number=id_number(55)),
                                        current.version, "更正")
    assert refused.value.field == "身份证号"
    with pytest.raises(ValidationError, match="身份证号"):
        services.parties.correct_worker(mediator, current.id, replace(current.data, id_number="110105194912310021"),
                                        current.version, "更正")
    with pytest.raises(ValidationError, match="更正原因"):
        services.parties.correct_worker(mediator, current.id, replace(current.data, phone="13900139000"),
                                        current.version, " ")
    with database.read() as session:
        assert session.get(Worker, current.id).id_number == id_number(101)


def test_employer_correction_with_version_and_permission(services, mediator, actors, database, case_id):
    employer_id = services.queries.detail(case_id).employer.id
    current = services.parties.employer(employer_id)
    moved = replace(current.data, address="北京市密云区果园街道1号", street="果园街道")
    services.parties.correct_employer(mediator, employer_id, moved, current.version, "单位搬迁")
    with pytest.raises(ConflictError):
        services.parties.correct_employer(mediator, employer_id, current.data, current.version, "旧版本")
    with pytest.raises(PermissionDenied):
        services.parties.correct_employer(actors[Role.AUDITOR], employer_id, current.data,
                                          services.parties.employer(employer_id).version, "无权")
    with database.read() as session:
        record = session.get(Employer, employer_id)
        assert (record.address, record.street) == ("北京市密云区果园街道1号", "果园街道")
    assert services.queries.detail(case_id).employer.street == "果园街道"
    assert _events(database, "employer") == ["单位搬迁"]


def test_credit_code_of_another_employer_is_refused(services, mediator, database, case_id):
    services.intake.register(mediator, intake_form(employer=employer(2, "北京密云百货商场有限公司")))
    current = services.parties.employer(services.queries.detail(case_id).employer.id)
    with pytest.raises(ValidationError, match="北京密云百货商场有限公司"):
        services.parties.correct_employer(mediator, current.id, replace(current.data, credit_code=credit_code(2)),
                                          current.version, "更正")
    with database.read() as session:
        assert session.get(Employer, current.id).credit_code == credit_code(1)


def test_gender_follows_the_id_number_unless_given(services, mediator, database, case_id):
    current = services.parties.worker(_worker_id(services, case_id))
    services.parties.correct_worker(mediator, current.id, replace(current.data, gender=Gender.MALE),
                                    current.version, "性别录入错误")
    with database.read() as session:
        assert session.get(Worker, current.id).gender == Gender.MALE
