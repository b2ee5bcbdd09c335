"""Taking a claim out of a batch awaiting approval, on SQLite and PostgreSQL, read back to the cent."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import BatchStatus, ClaimStatus, NumberStatus, PaymentStatus, Role
from db.models import AidClaim, AuditEntry, IssuedNumber, Payment, PaymentBatch, StateTransition
from desktop.auth import permissions
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.queries import ClaimFilter, ClaimQueries
from desktop.claims.review import ClaimReviewService
from desktop.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from tests.claims.helpers import draft, enrol, make_plan, worker_id, one_officer_centre

D = Decimal
REASON = "会员申请暂缓领取"
# self-pay -> approved amount under the ratio rule: (self_pay - 1000.00) x 50%
CLAIMS = ((date(2026, 6, 1), "3400.50", D("1200.25")), (date(2026, 6, 5), "2000.02", D("500.01")),
          (date(2026, 6, 9), "3000.00", D("1000.00")))


@pytest.fixture
def world(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    one_officer_centre(database)
    enrol(database, boss, plan.id)
    ids = [_approved(database, boss, plan.id, event_on, self_pay) for event_on, self_pay, _ in CLAIMS]
    return database, boss, ids


def _approved(database, actor, plan_id, event_on, self_pay) -> int:
    claim = draft(worker_id(database), plan_id, event_on=event_on, admission_on=None, discharge_on=None,
                  self_pay=D(self_pay))
    saved = ClaimIntakeService(database).submit(actor, claim)
    review = ClaimReviewService(database)
    reviewed = review.review(actor, saved.id, _read(database, AidClaim, saved.id).version)
    return review.approve(actor, saved.id, reviewed.version).id


def _batch(database, actor, claim_ids):
    return BatchService(database).make_batch(actor, claim_ids, date(2026, 7, 1))


def _read(database, model, key):
    with database.read() as session:
        return session.get(model, key)


def _payments(database, claim_id) -> list[Payment]:
    with database.read() as session:
        return list(session.scalars(select(Payment).where(Payment.claim_id == claim_id).order_by(Payment.id)))


def _snapshot(database, batch_id) -> tuple:
    """Everything a removal changes, to show that a refused one changed nothing."""
    with database.read() as session:
        batch = session.get(PaymentBatch, batch_id)
        claims = session.scalars(select(AidClaim.id).where(AidClaim.batch_id == batch_id).order_by(AidClaim.id))
        payments = session.scalars(select(Payment.status).where(Payment.batch_id == batch_id).order_by(Payment.id))
        numbers = session.scalars(select(IssuedNumber.status).order_by(IssuedNumber.id))
        moves = session.scalar(select(StateTransition.id).order_by(StateTransition.id.desc()).limit(1))
        return (batch.status, batch.count, batch.total, batch.version, list(claims), list(payments), list(numbers),
                moves)


def test_removed_claim_is_approved_unbatched_and_batch_recounted(world):
    database, boss, (first, second, third) = world
    batches = BatchService(database)
    batch = _batch(database, boss, [first, second, third])
    assert (batch.count, batch.total) == (3, D("2700.26"))
    after = batches.remove_claim(boss, batch.id, second, batch.version, f"  {REASON}  ")
    assert (after.status, after.count, after.total) == (BatchStatus.DRAFT, 2, D("2200.25"))
    assert after.version > batch.version
    stored = _read(database, PaymentBatch, batch.id)
    assert (stored.count, stored.total) == (2, D("2200.25"))
    claim = _read(database, AidClaim, second)
    assert (claim.status, claim.batch_id, claim.approved_amount) == (ClaimStatus.APPROVED, None, D("500.01"))
    assert [r.claim_id for r in batches.bank_rows(boss, batch.id)] == [first, third]
    unbatched = ClaimQueries(database).page(ClaimFilter(unbatched_approved=True), 0, 10)
    assert [r.id for r in unbatched] == [second]


def test_removed_payment_is_cancelled_with_its_trail(world):
    database, boss, (first, second, _) = world
    batch = _batch(database, boss, [first, second])
    BatchService(database).remove_claim(boss, batch.id, second, batch.version, REASON)
    (payment,) = _payments(database, second)
    assert (payment.status, payment.batch_id, payment.amount) == (PaymentStatus.CANCELLED, batch.id, D("500.01"))
    assert [p.status for p in _payments(database, first)] == [PaymentStatus.PENDING]
    with database.read() as session:
        move = session.scalar(select(StateTransition).where(StateTransition.entity_type == "payment",
                                                            StateTransition.entity_id == payment.id))
        events = session.scalars(select(AuditEntry).where(AuditEntry.action == "batch_remove")
                                 .order_by(AuditEntry.seq)).all()
    assert (move.from_state, move.to_state, move.officer_id) == ("PENDING", "CANCELLED", boss.officer_id)
    assert move.reason == f"移出批次：{REASON}" and move.at is not None
    assert [(e.entity_type, e.entity_id, e.officer_name) for e in events] == [
        ("aid_claim", second, boss.name), ("payment_batch", batch.id, boss.name)]
    assert events[0].detail == f"移出支付批次 {batch.number}：{REASON}"
    assert events[1].detail == f"移出理赔 {_read(database, AidClaim, second).number}（王芳，¥500.01）：{REASON}"


def test_paying_the_batch_leaves_the_removed_claim_alone_and_it_can_be_batched_again(world):
    database, boss, (first, second, _) = world
    batches = BatchService(database)
    batch = _batch(database, boss, [first, second])
    batch = batches.remove_claim(boss, batch.id, second, batch.version, REASON)
    batch = batches.approve(boss, batch.id, batch.version)
    batches.mark_paid(boss, batch.id, batch.version, date(2026, 7, 3))
    assert _read(database, AidClaim, second).status == ClaimStatus.APPROVED
    assert [p.status for p in _payments(database, second)] == [PaymentStatus.CANCELLED]
    again = batches.make_batch(boss, [second], date(2026, 8, 1))
    assert (again.number, again.count, again.total) == ("ZF2026-002", 1, D("500.01"))
    assert [(p.status, p.batch_id) for p in _payments(database, second)] == [
        (PaymentStatus.CANCELLED, batch.id), (PaymentStatus.PENDING, again.id)]


def test_last_claim_voids_the_batch_and_its_number(world):
    database, boss, (first, second, _) = world
    batches = BatchService(database)
    batch = _batch(database, boss, [first])
    after = batches.remove_claim(boss, batch.id, first, batch.version, REASON)
    assert (after.status, after.count, after.total) == (BatchStatus.VOIDED, 0, D("0.00"))
    with database.read() as session:
        number = session.scalar(select(IssuedNumber).where(IssuedNumber.number == batch.number))
        move = session.scalar(select(StateTransition).where(StateTransition.entity_type == "payment_batch"))
    why = f"批次最后一笔理赔 {_read(database, AidClaim, first).number} 已移出：{REASON}"
    assert (number.status, number.void_reason) == (NumberStatus.VOIDED, why)
    assert (move.from_state, move.to_state, move.reason) == ("DRAFT", "VOIDED", why)
    with pytest.raises(TransitionError, match="已作废"):
        batches.approve(boss, batch.id, after.version)
    assert batches.make_batch(boss, [first, second], date(2026, 7, 2)).number == "ZF2026-002"


def test_last_claim_needs_the_void_permission_and_nothing_is_half_saved(world, monkeypatch):
    database, boss, (first, _, _) = world
    batch = _batch(database, boss, [first])
    before = _snapshot(database, batch.id)
    without = permissions.ROLE_PERMISSIONS[Role.DIRECTOR] - {permissions.Permission.VOID_NUMBER}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.DIRECTOR, without)
    with pytest.raises(PermissionDenied, match="作废编号"):
        BatchService(database).remove_claim(boss, batch.id, first, batch.version, REASON)
    assert _snapshot(database, batch.id) == before
    assert _read(database, AidClaim, first).batch_id == batch.id


@pytest.mark.parametrize("status", [BatchStatus.APPROVED, BatchStatus.PAID])
def test_refused_once_the_batch_is_approved(world, status):
    database, boss, (first, second, _) = world
    batches = BatchService(database)
    made = _batch(database, boss, [first, second])
    batch = batches.approve(boss, made.id, made.version)
    if status == BatchStatus.PAID:
        batch = batches.mark_paid(boss, batch.id, batch.version, date(2026, 7, 3))
    before = _snapshot(database, batch.id)
    with pytest.raises(TransitionError, match=f"当前为「{status.label}」"):
        batches.remove_claim(boss, batch.id, second, batch.version, REASON)
    assert _snapshot(database, batch.id) == before


def test_stale_batch_version_is_refused(world):
    database, boss, (first, second, third) = world
    batches = BatchService(database)
    batch = _batch(database, boss, [first, second, third])
    batches.remove_claim(boss, batch.id, first, batch.version, REASON)
    before = _snapshot(database, batch.id)
    with pytest.raises(ConflictError):
        batches.remove_claim(boss, batch.id, second, batch.version, REASON)
    assert _snapshot(database, batch.id) == before


@pytest.mark.parametrize("reason", ["", "   ", None, "理" * 201])
def test_reason_required_and_bounded(world, reason):
    database, boss, (first, second, _) = world
    batch = _batch(database, boss, [first, second])
    before = _snapshot(database, batch.id)
    with pytest.raises(ValidationError, match="「移出原因」"):
        BatchService(database).remove_claim(boss, batch.id, second, batch.version, reason)
    assert _snapshot(database, batch.id) == before


@pytest.mark.parametrize("role", [Role.MEDIATOR, Role.CLERK, Role.AUDITOR])
def test_only_officers_who_make_batches_may_remove(world, actors, role):
    database, boss, (first, second, _) = world
    batch = _batch(database, boss, [first, second])
    before = _snapshot(database, batch.id)
    with pytest.raises(PermissionDenied, match="核准理赔"):
        BatchService(database).remove_claim(actors[role], batch.id, second, batch.version, REASON)
    assert _snapshot(database, batch.id) == before


def test_claim_of_another_batch_or_of_none_is_refused(world):
    database, boss, (first, second, third) = world
    batches = BatchService(database)
    batch = _batch(database, boss, [first])
    other = _batch(database, boss, [second])
    before = _snapshot(database, batch.id), _snapshot(database, other.id)
    for claim_id in (second, third):
        number = _read(database, AidClaim, claim_id).number
        with pytest.raises(ValidationError, match=f"理赔 {number} 不在批次 {batch.number} 中"):
            batches.remove_claim(boss, batch.id, claim_id, batch.version, REASON)
    assert (_snapshot(database, batch.id), _snapshot(database, other.id)) == before
