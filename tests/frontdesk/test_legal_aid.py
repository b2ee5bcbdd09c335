"""法律援助案件 on SQLite and PostgreSQL: apply, review, decide, assign, progress, close; refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.enums import ConsultOutcome, HardshipLevel, LawyerKind, LegalAidProcedure, LegalAidStatus, Role
from db.models import AuditEntry, Consultation, IssuedNumber, LegalAidCase, StateTransition, Worker
from desktop.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from desktop.frontdesk.consultations import ConsultationService
from desktop.frontdesk.lawyers import LawyerInput, LawyerService
from desktop.frontdesk.legal_aid import CloseInput, LegalAidService, ProgressInput, ReviewInput
from desktop.frontdesk.legal_aid_listing import legal_aid_source
from desktop.hardship.files import HardshipDraft, HardshipFileService
from tests.frontdesk.helpers import ID_NUMBER, TODAY, application, consultation

S = LegalAidStatus


@pytest.fixture
def service(database):
    return LegalAidService(database, today=lambda: TODAY)


@pytest.fixture
def lawyer(database, actors):
    return LawyerService(database).add(actors[Role.ADMIN], LawyerInput("赵律师", LawyerKind.UNION, "京密律师事务所",
                                                                        "13900139000"))


def _v(service, case_id):
    return service.get(case_id).version


def test_an_application_takes_a_number_and_reuses_the_worker(database, actors, service):
    clerk = actors[Role.CLERK]
    first = service.apply(clerk, application())
    second = service.apply(clerk, application(matter="工伤待遇"))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Worker).where(Worker.id_number == ID_NUMBER)) == 1
        numbers = session.scalars(select(LegalAidCase.number).order_by(LegalAidCase.id)).all()
        linked = session.scalars(select(IssuedNumber.entity_id).where(IssuedNumber.kind == "legal_aid")).all()
    assert numbers == ["密工援〔2026〕1号", "密工援〔2026〕2号"] and sorted(linked) == [first, second]
    view = service.get(first)
    assert (view.status, view.amount_claimed, view.employer_name) == (S.PENDING, Decimal("18000.00"), "密云建工有限公司")


@pytest.mark.parametrize(("changes", "where"), [
    ({"matter": " "}, "援助事项"), ({"amount_claimed": "12.345"}, "请求金额"), ({"workers_involved": 0}, "涉及人数"),
    ({"applied_on": date(2026, 6, 16)}, "申请日期"),
])
def test_bad_applications_are_refused_and_nothing_is_saved(database, actors, service, changes, where):
    with pytest.raises(ValidationError) as raised:
        service.apply(actors[Role.CLERK], application(**changes))
    assert where in str(raised.value)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(LegalAidCase)) == 0
        assert session.scalar(select(func.count()).select_from(IssuedNumber)) == 0


def test_the_whole_way_from_application_to_close(database, actors, service, lawyer):
    clerk, director = actors[Role.CLERK], actors[Role.DIRECTOR]
    worker_id = None
    case_id = service.apply(clerk, application())
    worker_id = service.get(case_id).worker_id
    HardshipFileService(database).open_file(clerk, HardshipDraft(worker_id, HardshipLevel.HARDSHIP, 3, "800",
                                                                 "患病", date(2026, 1, 5)))
    with pytest.raises(ValidationError, match="资格审查"):
        service.accept(director, case_id, TODAY, "", _v(service, case_id))
    service.review(clerk, case_id, ReviewInput(True, "会员，困难职工，符合援助条件", date(2026, 6, 11)), _v(service, case_id))
    with pytest.raises(PermissionDenied):
        service.accept(clerk, case_id, TODAY, "", _v(service, case_id))
    service.accept(director, case_id, date(2026, 6, 12), "符合条件", _v(service, case_id))
    service.assign(clerk, case_id, lawyer, LegalAidProcedure.ARBITRATION, date(2026, 6, 12), _v(service, case_id))
    service.record_progress(clerk, case_id, ProgressInput(date(2026, 6, 30), LegalAidProcedure.ARBITRATION,
                                                          "仲裁开庭", True, "区仲裁委第二仲裁庭"), _v(service, case_id))
    service.close(clerk, case_id, CloseInput(date(2026, 6, 15), "仲裁调解，单位支付工资", "15000.5"),
                  _v(service, case_id))
    view = service.get(case_id)
    assert view.status is S.CLOSED and view.amount_recovered == Decimal("15000.50")
    assert (view.is_member, view.hardship_level, view.hardship_number[:2]) == (True, HardshipLevel.HARDSHIP, "KN")
    assert view.lawyer.startswith("赵律师") and view.progress[0].place == "区仲裁委第二仲裁庭"
    with database.read() as session:
        moves = session.scalars(select(StateTransition.to_state).where(StateTransition.entity_type == "legal_aid_case")
                                .order_by(StateTransition.id)).all()
        audited = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.entity_type == "legal_aid_case"))
    assert moves == ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "CLOSED"] and audited >= 6


def test_refusal_needs_reasons_and_ends_the_case(actors, service):
    clerk, director = actors[Role.CLERK], actors[Role.DIRECTOR]
    case_id = service.apply(clerk, application())
    service.review(clerk, case_id, ReviewInput(False, "非会员，无困难档案", TODAY), _v(service, case_id))
    with pytest.raises(ValidationError, match="不予援助理由"):
        service.refuse(director, case_id, TODAY, "  ", _v(service, case_id))
    service.refuse(director, case_id, TODAY, "不符合援助条件：非会员且经济状况良好", _v(service, case_id))
    view = service.get(case_id)
    assert view.status is S.REFUSED and "非会员" in view.decision_reason and view.decided_by
    with pytest.raises(TransitionError, match="不予援助"):
        service.assign(clerk, case_id, 1, LegalAidProcedure.ARBITRATION, TODAY, view.version)


def test_a_stale_copy_is_refused(actors, service):
    clerk = actors[Role.CLERK]
    case_id = service.apply(clerk, application())
    stale = _v(service, case_id)
    service.correct(clerk, case_id, application(matter="改过的事项"), stale)
    with pytest.raises(ConflictError):
        service.review(clerk, case_id, ReviewInput(True, "符合", TODAY), stale)
    assert service.get(case_id).matter == "改过的事项"


def test_an_application_from_a_consultation_links_it(database, actors, service):
    clerk = actors[Role.CLERK]
    consultations = ConsultationService(database, today=lambda: TODAY)
    consultation_id = consultations.register(clerk, consultation(outcome=ConsultOutcome.TO_LEGAL_AID))
    case_id = service.apply(clerk, application(consultation_id=consultation_id))
    assert consultations.get(consultation_id).legal_aid_id == case_id
    assert service.get(case_id).consultation_id == consultation_id
    with pytest.raises(ValidationError, match="另一件"):
        service.apply(clerk, application(consultation_id=consultation_id))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(LegalAidCase)) == 1
        assert session.get(Consultation, consultation_id).outcome is ConsultOutcome.TO_LEGAL_AID


def test_lawyers_are_kept_version_checked_and_a_deactivated_one_cannot_be_assigned(database, actors, service,
                                                                                    lawyer):
    lawyers, admin = LawyerService(database), actors[Role.ADMIN]
    with pytest.raises(PermissionDenied):
        lawyers.add(actors[Role.CLERK], LawyerInput("钱律师", LawyerKind.DUTY))
    with pytest.raises(ValidationError, match="律师姓名"):
        lawyers.add(admin, LawyerInput(" ", LawyerKind.DUTY))
    current = lawyers.list()[0]
    lawyers.edit(admin, lawyer, LawyerInput("赵律师", LawyerKind.DUTY, "新律所"), current.version)
    with pytest.raises(ConflictError):
        lawyers.set_active(admin, lawyer, False, current.version)
    lawyers.set_active(admin, lawyer, False, lawyers.list()[0].version)
    assert lawyers.list() == [] and lawyers.list(include_inactive=True)[0].firm == "新律所"
    case_id = service.apply(actors[Role.CLERK], application())
    service.review(admin, case_id, ReviewInput(True, "符合", TODAY), _v(service, case_id))
    service.accept(admin, case_id, TODAY, "", _v(service, case_id))
    with pytest.raises(ValidationError, match="承办律师"):
        service.assign(admin, case_id, lawyer, LegalAidProcedure.FIRST_INSTANCE, TODAY, _v(service, case_id))


def test_the_list_searches_and_shows_only_open_cases_when_asked(database, actors, service):
    clerk, director = actors[Role.CLERK], actors[Role.DIRECTOR]
    open_id = service.apply(clerk, application())
    done = service.apply(clerk, application(worker=application().worker.__class__("李强"), matter="社保"))
    service.review(clerk, done, ReviewInput(False, "不符合", TODAY), _v(service, done))
    service.refuse(director, done, TODAY, "不符合条件", _v(service, done))
    everything = legal_aid_source(database, today=TODAY)
    assert everything.count() == 2
    assert [r.id for r in legal_aid_source(database, pending_only=True, today=TODAY).fetch(0, 10)] == [open_id]
    found = legal_aid_source(database, "李强", today=TODAY).fetch(0, 10)
    assert [r.id for r in found] == [done] and found[0].cells[6] == "不予援助"
