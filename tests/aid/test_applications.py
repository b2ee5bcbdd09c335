"""Aid applications headless (SQLite + PostgreSQL): eligibility without enrolment, amounts from the
versioned standard, once per child per stage, 审核 → 核准 with separation of duties, version checks, audit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import AidKind, AidStatus, Role, SchoolStage
from db.models import AidApplication, AuditEntry, StateTransition
from desktop.aid.applications import ApplicationDraft
from desktop.aid.programmes import ProgrammeDraft
from desktop.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from tests.aid.helpers import aid, approved, child_id, hardship_worker, school_draft, school_round
from tests.hardship.helpers import make_worker

pytestmark = pytest.mark.db


def test_a_hardship_family_applies_and_gets_the_standard_of_the_day(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    worker = hardship_worker(database, actors)
    result = services.applications.apply(actors[Role.CLERK], school_draft(programme, worker))
    assert result.number == "BF2025-0001" and result.status is AidStatus.SUBMITTED
    row = services.queries.detail(result.id).row
    assert row.amount == Decimal("5000.00") and row.grounds == "困难职工档案 KN2025-0001（困难）"
    assert row.child_name == "王晓明" and row.school_stage is SchoolStage.UNDERGRADUATE
    earlier = services.applications.apply(actors[Role.CLERK], school_draft(
        programme, hardship_worker(database, actors, "李强", 245), child_id_number=child_id(47),
        applied_on=date(2024, 12, 30), admission_year=2024))
    assert services.queries.detail(earlier.id).row.amount == Decimal("4000.00")  # the standard before 2025


def test_no_file_and_no_model_title_is_refused_without_any_enrolment_talk(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    plain = make_worker(database, name="张伟", seq=300)
    with pytest.raises(ValidationError, match="没有在档的困难职工档案.*劳模名册"):
        services.applications.apply(actors[Role.CLERK], school_draft(programme, plain))
    services.programmes.add_model_worker(actors[Role.ADMIN], plain, "北京市劳动模范", 2019)
    result = services.applications.apply(actors[Role.CLERK], school_draft(programme, plain))
    assert services.queries.detail(result.id).row.grounds == "劳模：北京市劳动模范"


def test_once_per_child_per_stage_names_the_earlier_grant(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    worker = hardship_worker(database, actors)
    first = services.applications.apply(actors[Role.CLERK], school_draft(programme, worker))
    later = services.programmes.create(actors[Role.ADMIN], ProgrammeDraft(AidKind.SCHOOL, "2026年金秋助学", 2026))
    again = school_draft(later, worker, applied_on=date(2025, 9, 20))
    with pytest.raises(ValidationError, match=f"本科阶段已受助：2025年金秋助学 {first.number}"):
        services.applications.apply(actors[Role.CLERK], again)
    high = school_draft(programme, worker, school_stage=SchoolStage.HIGH_SCHOOL, child_id_number=child_id(55),
                        child_name="王晓红", school="密云二中")
    assert services.queries.detail(services.applications.apply(actors[Role.CLERK], high).id).row.amount == 2000
    services.applications.reject(actors[Role.DIRECTOR], first.id, first.version, "已获其他资助")
    assert services.applications.apply(actors[Role.CLERK], again).status is AidStatus.SUBMITTED  # refused: no grant


@pytest.mark.parametrize(("change", "field"), [
    (dict(child_id_number="110105200705061234"), "子女身份证号"),
    (dict(admission_year=2019), "入学年份"),
    (dict(admission_year=2026), "入学年份"),
    (dict(school_stage=None), "就读阶段"),
    (dict(child_name=" "), "子女姓名"),
    (dict(applied_on=date(2025, 10, 1)), "申请日期"),
])
def test_bad_school_input_is_refused_naming_the_field(database, actors, change, field):
    services = aid(database)
    programme = school_round(database, actors, services)
    worker = hardship_worker(database, actors)
    with pytest.raises(ValidationError) as refused:
        services.applications.apply(actors[Role.CLERK], school_draft(programme, worker, **change))
    assert refused.value.field == field
    with database.read() as session:
        assert session.scalar(select(AidApplication.id)) is None


def test_winter_campaign_grades_by_hardship_level_and_a_fixed_sum_wins(database, actors):
    services = aid(database)
    admin = actors[Role.ADMIN]
    services.programmes.set_standard(admin, AidKind.WINTER, "HARDSHIP", "800", date(2024, 1, 1))
    graded = services.programmes.create(admin, ProgrammeDraft(AidKind.WINTER, "2025年元旦春节送温暖", 2025,
                                                               held_on=date(2025, 1, 20)))
    fixed = services.programmes.create(admin, ProgrammeDraft(AidKind.WINTER, "2025年夏季送清凉", 2025,
                                                              fixed_amount="300"))
    worker = hardship_worker(database, actors)
    first = services.applications.apply(actors[Role.CLERK], ApplicationDraft(graded, worker, date(2025, 9, 1)))
    assert services.queries.detail(first.id).row.amount == Decimal("800.00")
    with pytest.raises(ValidationError, match="已申请「2025年元旦春节送温暖」"):
        services.applications.apply(actors[Role.CLERK], ApplicationDraft(graded, worker, date(2025, 9, 2)))
    second = services.applications.apply(actors[Role.CLERK], ApplicationDraft(fixed, worker, date(2025, 9, 1)))
    assert services.queries.detail(second.id).row.amount == Decimal("300.00")
    other = hardship_worker(database, actors, "赵敏", 333)
    services.programmes.set_standard(admin, AidKind.WINTER, "EXTREME", "1200", date(2024, 1, 1))
    with pytest.raises(ValidationError, match="劳模特殊困难补助|金额标准"):
        model = services.programmes.create(admin, ProgrammeDraft(AidKind.MODEL_WORKER, "2025年劳模补助", 2025))
        services.applications.apply(actors[Role.CLERK], ApplicationDraft(model, other, date(2025, 9, 1)))


def test_model_worker_grant_needs_the_roll(database, actors):
    services = aid(database)
    admin = actors[Role.ADMIN]
    services.programmes.set_standard(admin, AidKind.MODEL_WORKER, "MODEL", "3000", date(2024, 1, 1))
    programme = services.programmes.create(admin, ProgrammeDraft(AidKind.MODEL_WORKER, "2025年劳模特殊困难补助", 2025))
    worker = hardship_worker(database, actors)
    with pytest.raises(ValidationError, match="不在劳模名册中"):
        services.applications.apply(actors[Role.CLERK], ApplicationDraft(programme, worker, date(2025, 9, 1)))
    services.programmes.add_model_worker(admin, worker, "全国劳动模范", 2015)
    result = services.applications.apply(actors[Role.CLERK], ApplicationDraft(programme, worker, date(2025, 9, 1)))
    assert services.queries.detail(result.id).row.amount == Decimal("3000.00")


def test_review_then_approve_by_another_officer_recorded_and_audited(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    result = services.applications.apply(actors[Role.CLERK], school_draft(programme, hardship_worker(database, actors)))
    with pytest.raises(PermissionDenied):
        services.applications.review(actors[Role.CLERK], result.id, result.version)
    with pytest.raises(TransitionError):
        services.applications.approve(actors[Role.ADMIN], result.id, result.version)
    reviewed = services.applications.review(actors[Role.DIRECTOR], result.id, result.version, "材料齐全")
    with pytest.raises(PermissionDenied, match="审核人与核准人不能为同一人（李主任）"):
        services.applications.approve(actors[Role.DIRECTOR], result.id, reviewed.version)
    with pytest.raises(ConflictError):
        services.applications.approve(actors[Role.ADMIN], result.id, result.version)
    services.applications.approve(actors[Role.ADMIN], result.id, reviewed.version, "同意资助")
    detail = services.queries.detail(result.id)
    assert detail.row.status is AidStatus.APPROVED and detail.reviewed_by == "李主任"
    assert detail.approved_by == "管理员甲" and detail.approved_on == date(2025, 9, 30)
    with database.read() as session:
        moves = session.scalars(select(StateTransition.to_state).where(StateTransition.entity_type == "aid_application")
                                .order_by(StateTransition.id)).all()
        assert moves == ["REVIEWED", "APPROVED"]
        assert session.scalar(select(AuditEntry).where(AuditEntry.entity_type == "aid_application")) is not None


def test_reject_and_withdraw_need_a_reason(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    result = services.applications.apply(actors[Role.CLERK], school_draft(programme, hardship_worker(database, actors)))
    with pytest.raises(ValidationError, match="原因"):
        services.applications.reject(actors[Role.DIRECTOR], result.id, result.version, " ")
    approved(services, actors, result.id)
    version = services.queries.detail(result.id).row.version
    with pytest.raises(ValidationError, match="原因"):
        services.applications.withdraw(actors[Role.DIRECTOR], result.id, version, "")
    services.applications.withdraw(actors[Role.DIRECTOR], result.id, version, "职工主动放弃")
    detail = services.queries.detail(result.id)
    assert detail.row.status is AidStatus.WITHDRAWN and detail.decision_note == "职工主动放弃"
