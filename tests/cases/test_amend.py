"""更正登记信息: correcting a registered case's intake, with every intake check, the version
the officer opened and a reason once the case has left 登记."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import AgentKind, CaseSource, CaseStatus, DisputeCategory, PartySide
from db.models import AuditEntry, CaseApplicant, MediationCase, Worker
from desktop.cases.forms import AgentInput, ClaimInput
from desktop.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from tests.cases.helpers import TODAY, applicant, collective_form, drive, employer, intake_form, version_of

pytestmark = pytest.mark.db


def _case(database, case_id) -> MediationCase:
    with database.read() as session:
        record = session.get(MediationCase, case_id)
        _ = record.applicants, record.claim_items, record.categories, record.agents, record.respondent
        return record


def _amend_events(database, case_id) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "amend_intake", AuditEntry.entity_id == case_id).order_by(AuditEntry.seq)))


def test_registered_form_reads_back_as_registered(services, mediator):
    form = intake_form(agents=(AgentInput(PartySide.APPLICANT, AgentKind.LAWYER, "赵律师", "13900000000", "某律所"),))
    case_id = services.intake.register(mediator, form)
    current = services.intake.current(case_id)
    assert current.status == CaseStatus.DRAFT and not current.needs_reason and current.number is None
    again = current.form
    assert again.source == form.source and again.received_on == form.received_on
    assert [a.name for a in again.applicants] == ["王芳"] and again.applicants[0].worker_id is not None
    assert again.employer.employer_id == current.employer.id and current.employer.name == form.employer.name
    assert again.claims == (ClaimInput("拖欠工资", "12000.50"), ClaimInput("经济补偿金", "8000.00"))
    assert again.categories == (DisputeCategory.UNPAID_WAGES,) and again.facts == form.facts
    assert again.agents == form.agents


def test_amending_an_accepted_case_keeps_number_and_needs_a_reason(services, mediator, database):
    case_id = drive(services, mediator, "IN_MEDIATION")
    current = services.intake.current(case_id)
    assert current.needs_reason and current.number
    corrected = replace(current.form, claims=(ClaimInput("拖欠工资", "15000"), ClaimInput("加班费", "2000.10")),
                        categories=(DisputeCategory.UNPAID_WAGES, DisputeCategory.OVERTIME),
                        received_on=TODAY - timedelta(days=5))
    with pytest.raises(ValidationError, match="更正原因"):
        services.intake.amend(mediator, case_id, corrected, current.version, "  ")
    services.intake.amend(mediator, case_id, corrected, current.version, "请求金额录入错误")
    record = _case(database, case_id)
    assert record.number == current.number and record.status == CaseStatus.IN_MEDIATION
    assert record.amount_claimed == Decimal("17000.10") and record.received_on == TODAY - timedelta(days=5)
    assert [(c.seq, c.item, c.amount) for c in record.claim_items] == [
        (1, "拖欠工资", Decimal("15000.00")), (2, "加班费", Decimal("2000.10"))]
    assert {c.category for c in record.categories} == {DisputeCategory.UNPAID_WAGES, DisputeCategory.OVERTIME}
    assert record.version > current.version
    assert _amend_events(database, case_id) == ["请求金额录入错误"]


def test_parties_are_replaced_with_one_identity_each(services, mediator, database):
    case_id = services.intake.register(mediator, intake_form())
    current = services.intake.current(case_id)
    kept = current.form.applicants[0]
    corrected = replace(current.form, applicants=(kept, applicant(102, "李强")),
                        employer=employer(7, "北京密云新城物业有限公司"))
    services.intake.amend(mediator, case_id, corrected, current.version)
    record = _case(database, case_id)
    assert [a.worker.name for a in record.applicants] == ["王芳", "李强"]
    assert [a.position for a in record.applicants] == [1, 2]
    assert record.applicants[0].worker_id == kept.worker_id and record.respondent.name == "北京密云新城物业有限公司"
    assert record.workers_involved == 2
    with database.read() as session:
        assert session.scalar(select(Worker.id).where(Worker.name == "王芳")) == kept.worker_id
        assert len(session.scalars(select(CaseApplicant).where(CaseApplicant.case_id == case_id)).all()) == 2
    assert _amend_events(database, case_id) == ["登记时更正"]


def test_bad_correction_names_the_field_and_changes_nothing(services, mediator, database):
    case_id = drive(services, mediator, "ACCEPTED", collective_form())
    current = services.intake.current(case_id)
    one_rep = replace(current.form, applicants=current.form.applicants[:1])
    with pytest.raises(ValidationError, match="代表人"):
        services.intake.amend(mediator, case_id, one_rep, current.version, "减少代表人")
    late = replace(current.form, received_on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="收到申请日期"):
        services.intake.amend(mediator, case_id, late, current.version, "更正日期")
    record = _case(database, case_id)
    assert len(record.applicants) == 3 and record.version == current.version
    assert _amend_events(database, case_id) == []


def test_received_date_cannot_pass_acceptance(services, mediator, database):
    case_id = services.intake.register(mediator, intake_form(received_on=TODAY - timedelta(days=6)))
    services.review.submit(mediator, case_id, version=version_of(services, case_id))
    services.review.accept(mediator, case_id, TODAY - timedelta(days=4), version=version_of(services, case_id))
    current = services.intake.current(case_id)
    with pytest.raises(ValidationError, match="不能晚于受理日期"):
        services.intake.amend(mediator, case_id, replace(current.form, received_on=TODAY - timedelta(days=2)),
                              current.version, "更正日期")


def test_stale_closed_and_unauthorised_corrections_are_refused(services, mediator, actors, database):
    from db.enums import Role

    case_id = services.intake.register(mediator, intake_form())
    current = services.intake.current(case_id)
    services.intake.amend(mediator, case_id, replace(current.form, facts="补充事实。"), current.version)
    with pytest.raises(ConflictError):
        services.intake.amend(mediator, case_id, replace(current.form, facts="另一人的修改。"), current.version)
    with pytest.raises(PermissionDenied):
        services.intake.amend(actors[Role.AUDITOR], case_id, current.form, services.intake.current(case_id).version)
    closed = drive(services, mediator, "CLOSED")
    with pytest.raises(TransitionError, match="只读"):
        services.intake.amend(mediator, closed, services.intake.current(closed).form,
                              services.intake.current(closed).version, "更正")
    assert _case(database, case_id).facts == "补充事实。"


def test_court_fields_follow_the_corrected_source(services, mediator, database):
    case_id = services.intake.register(mediator, intake_form())
    current = services.intake.current(case_id)
    court = replace(current.form, source=CaseSource.COURT_ENTRUSTED, referral_doc_no="（2024）京0118民初1号",
                    papers_received_on=TODAY - timedelta(days=1), court_simple_procedure=True)
    services.intake.amend(mediator, case_id, court, current.version)
    record = _case(database, case_id)
    assert record.source == CaseSource.COURT_ENTRUSTED and record.court_simple_procedure
    assert services.queries.detail(case_id).clock.due == TODAY - timedelta(days=1) + timedelta(days=7)


def test_correcting_is_offered_to_whoever_registers_cases_while_the_case_is_open():
    from db.enums import Role
    from desktop.auth.permissions import ROLE_PERMISSIONS
    from desktop.cases.workflow import available_records

    def can(role):
        return lambda permission: permission in ROLE_PERMISSIONS[role]

    assert available_records(CaseStatus.ACCEPTED, can(Role.CLERK)) == {"amend", "edit_worker", "edit_employer"}
    assert "amend" in available_records(CaseStatus.PERFORMING, can(Role.MEDIATOR))
    assert "amend" not in available_records(CaseStatus.CLOSED, can(Role.ADMIN))
    assert available_records(CaseStatus.ACCEPTED, can(Role.AUDITOR)) == set()


def test_the_case_history_shows_the_correction_and_its_reason(services, mediator, actors, database):
    from db.enums import Role
    from desktop.audit_log.labels import action_label
    from desktop.audit_log.query import AuditService

    case_id = drive(services, mediator, "ACCEPTED")
    current = services.intake.current(case_id)
    services.intake.amend(mediator, case_id, replace(current.form, facts="更正后的事实。"), current.version, "事实录入有误")
    rows = AuditService(database).history(actors[Role.DIRECTOR], "mediation_case", case_id)
    amended = [r for r in rows if r.action == "amend_intake"]
    assert [(action_label(r.action), r.description) for r in amended] == [("更正登记信息", "事实录入有误")]
    assert any(r.field == "facts" and r.new_value == "更正后的事实。" for r in rows)
