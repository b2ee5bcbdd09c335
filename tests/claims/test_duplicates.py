"""Duplicate claims are refused at approval and batching, naming the other; a director may override."""

from datetime import date

import pytest
from sqlalchemy import select

from db.enums import ClaimStatus, PlanKind, Role
from db.models import AidClaim, AuditEntry
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.review import ClaimReviewService
from desktop.errors import PermissionDenied, ValidationError
from tests.claims.helpers import FIXED_RULE, draft, enrol, make_plan, one_officer_centre, worker_id

pytestmark = pytest.mark.db


@pytest.fixture
def setup(database, actors):
    boss = actors[Role.DIRECTOR]
    one_officer_centre(database)
    plan = make_plan(database, boss)
    enrol(database, boss, plan.id)
    return database, boss, plan, worker_id(database)


def _claim(database, actor, plan_id, worker, **kw) -> int:
    return ClaimIntakeService(database).submit(actor, draft(worker, plan_id, **kw)).id


def _version(database, claim_id) -> int:
    with database.read() as session:
        return session.get(AidClaim, claim_id).version


def _approve(database, actor, claim_id):
    review = ClaimReviewService(database)
    result = review.review(actor, claim_id, _version(database, claim_id))
    return review.approve(actor, claim_id, result.version)


def test_same_event_date_refused_naming_the_other(setup):
    database, boss, plan, worker = setup
    first = _claim(database, boss, plan.id, worker)
    approved = _approve(database, boss, first)
    second = _claim(database, boss, plan.id, worker)
    with pytest.raises(ValidationError) as refused:
        _approve(database, boss, second)
    assert f"与理赔 {approved.number}（已核准，¥1,200.25）重复" in str(refused.value)
    with database.read() as session:
        assert session.get(AidClaim, second).status == ClaimStatus.REVIEWED


def test_overlapping_hospital_stay_refused(setup):
    database, boss, plan, worker = setup
    first = _claim(database, boss, plan.id, worker)
    _approve(database, boss, first)
    review = ClaimReviewService(database)
    other = _claim(database, boss, plan.id, worker, event_on=date(2026, 6, 5), admission_on=date(2026, 6, 5),
                   discharge_on=date(2026, 6, 15))
    result = review.review(boss, other, _version(database, other))
    with pytest.raises(ValidationError, match="重复"):
        review.approve(boss, other, result.version)
    apart = _claim(database, boss, plan.id, worker, event_on=date(2026, 8, 1), admission_on=date(2026, 8, 1),
                   discharge_on=date(2026, 8, 3), applied_on=date(2026, 8, 10))
    assert _approve(database, boss, apart).status == ClaimStatus.APPROVED


def test_a_pending_duplicate_blocks_too(setup):
    database, boss, plan, worker = setup
    first = _claim(database, boss, plan.id, worker)
    second = _claim(database, boss, plan.id, worker)
    with pytest.raises(ValidationError, match="已受理"):
        _approve(database, boss, first)
    ClaimReviewService(database).reject(boss, second, _version(database, second), "重复申请")
    review = ClaimReviewService(database)
    assert review.approve(boss, first, _version(database, first)).status == ClaimStatus.APPROVED


def test_rejected_claim_does_not_count(setup):
    database, boss, plan, worker = setup
    first = _claim(database, boss, plan.id, worker)
    ClaimReviewService(database).reject(boss, first, _version(database, first), "材料不实")
    second = _claim(database, boss, plan.id, worker)
    assert _approve(database, boss, second).status == ClaimStatus.APPROVED


def test_director_override_with_reason_is_audited_and_unblocks(setup, actors):
    database, boss, plan, worker = setup
    first = _claim(database, boss, plan.id, worker)
    _approve(database, boss, first)
    second = _claim(database, boss, plan.id, worker)
    review = ClaimReviewService(database)
    with pytest.raises(PermissionDenied):
        review.confirm_not_duplicate(actors[Role.MEDIATOR], second, _version(database, second), "两次住院")
    with pytest.raises(ValidationError, match="理由"):
        review.confirm_not_duplicate(boss, second, _version(database, second), " ")
    review.confirm_not_duplicate(boss, second, _version(database, second), "同日两次住院，已核实发票")
    assert _approve(database, boss, second).status == ClaimStatus.APPROVED
    batch = BatchService(database).make_batch(boss, [first, second], date(2026, 7, 1))
    assert batch.count == 2
    with database.read() as session:
        assert session.get(AidClaim, second).duplicate_override == "同日两次住院，已核实发票"
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "duplicate_override"))
    assert "同日两次住院" in detail and "重复" in detail


def test_batching_refuses_a_duplicate_approved_before_the_rule(setup):
    database, boss, plan, worker = setup
    first = _claim(database, boss, plan.id, worker)
    _approve(database, boss, first)
    second = _claim(database, boss, plan.id, worker)
    with database.write(boss) as session:  # approved by an older version, before duplicates were refused
        claim = session.get(AidClaim, second)
        claim.status, claim.approved_amount = ClaimStatus.APPROVED, claim.calculated_amount
    with pytest.raises(ValidationError, match="不能编入批次"):
        BatchService(database).make_batch(boss, [first, second], date(2026, 7, 1))


def test_school_aid_same_child_and_stage(database, actors):
    boss = actors[Role.DIRECTOR]
    one_officer_centre(database)
    plan = make_plan(database, boss, code="JQ2026", name="2026年金秋助学", rule=FIXED_RULE,
                     kind=PlanKind.SCHOOL_AID, docs=("申请表",))
    enrol(database, boss, plan.id)
    worker = worker_id(database)
    school = dict(event_type="子女入学", admission_on=None, discharge_on=None, hospital=None, grade="本科",
                  beneficiary_name="王小明", documents={"申请表": True}, applied_on=date(2026, 9, 10))
    first = _claim(database, boss, plan.id, worker, event_on=date(2026, 9, 1), **school)
    _approve(database, boss, first)
    second = _claim(database, boss, plan.id, worker, event_on=date(2026, 9, 3), **school)
    with pytest.raises(ValidationError, match="重复"):
        _approve(database, boss, second)
