"""法律咨询登记 on SQLite and PostgreSQL: one action, one identity, numbers, refusals, links."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.enums import ConsultOutcome, Role
from db.models import AuditEntry, Consultation, IssuedNumber, Worker
from desktop.errors import ConflictError, PermissionDenied, ValidationError
from desktop.frontdesk.consultations import ConsultationService
from desktop.parties import WorkerInput
from tests.frontdesk.helpers import ID_NUMBER, TODAY, consultation


@pytest.fixture
def service(database):
    return ConsultationService(database, today=lambda: TODAY)


def test_registering_takes_a_number_and_reuses_the_worker_by_id_number(database, actors, service):
    clerk = actors[Role.CLERK]
    first = service.register(clerk, consultation())
    second = service.register(clerk, consultation(worker=WorkerInput("王芳", ID_NUMBER), question="加班费怎么算"))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Worker).where(Worker.id_number == ID_NUMBER)) == 1
        numbers = session.scalars(select(Consultation.number).order_by(Consultation.id)).all()
        linked = session.scalars(select(IssuedNumber.entity_id).where(IssuedNumber.kind == "consultation")).all()
        audited = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.entity_type == "consultation"))
    assert numbers == ["密工咨〔2026〕1号", "密工咨〔2026〕2号"]
    assert sorted(linked) == [first, second] and audited == 2
    view = service.get(first)
    assert (view.worker_name, view.employer_name, view.data.category.label) == ("王芳", "密云建工有限公司", "工资")


@pytest.mark.parametrize(("changes", "where"), [
    ({"question": "  "}, "咨询问题"),
    ({"answer": ""}, "解答内容"),
    ({"lawyer_name": "", "officer_id": None}, "接待人员"),
    ({"consulted_on": date(2026, 6, 16)}, "咨询日期"),
    ({"worker": WorkerInput("王芳", "110228199001011237")}, "身份证号"),
    ({"outcome": ConsultOutcome.OTHER, "outcome_note": ""}, "处理说明"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(database, actors, service, changes, where):
    with pytest.raises(ValidationError) as raised:
        service.register(actors[Role.CLERK], consultation(**changes))
    assert where in str(raised.value)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Consultation)) == 0
        assert session.scalar(select(func.count()).select_from(IssuedNumber)) == 0


def test_an_auditor_may_not_register(actors, service):
    with pytest.raises(PermissionDenied):
        service.register(actors[Role.AUDITOR], consultation())


def test_a_correction_on_a_stale_copy_is_refused(actors, service):
    clerk = actors[Role.CLERK]
    record_id = service.register(clerk, consultation())
    view = service.get(record_id)
    service.correct(clerk, record_id, consultation(question="改过的问题"), view.version)
    with pytest.raises(ConflictError):
        service.correct(clerk, record_id, consultation(question="又一次"), view.version)
    assert service.get(record_id).data.question == "改过的问题"


def test_referral_to_legal_aid_is_pending_until_linked(actors, service):
    clerk = actors[Role.CLERK]
    record_id = service.register(clerk, consultation(outcome=ConsultOutcome.TO_LEGAL_AID))
    assert service.get(record_id).awaiting_referral
    service.link_legal_aid(clerk, record_id, 7)
    view = service.get(record_id)
    assert (view.legal_aid_id, view.awaiting_referral) == (7, False)


def test_the_list_searches_by_worker_and_filters_pending_referrals(database, actors, service):
    from desktop.frontdesk.listing import consultation_source

    clerk = actors[Role.CLERK]
    service.register(clerk, consultation())
    pending = service.register(clerk, consultation(worker=WorkerInput("李明"), outcome=ConsultOutcome.TO_MEDIATION))
    assert consultation_source(database).count() == 2
    assert [row.cells[3] for row in consultation_source(database, "李明").fetch(0, 10)] == ["李明"]
    rows = consultation_source(database, pending_only=True).sorted_by("date", True).fetch(0, 10)
    assert [(row.id, row.cells[7], row.tone) for row in rows] == [(pending, "转调解（待转）", "warning")]
