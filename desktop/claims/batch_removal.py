"""Taking a claim back out of a payment batch that is not yet approved (移出批次).

Being in a batch is not a claim state: a batched claim is still 已核准 with a
``batch_id``. Taking it out clears ``batch_id``, so it is approved-unbatched again
and can go into a later batch. What keeps the record honest:

- its pending ``Payment`` row is cancelled (已取消) through ``PAYMENT_FLOW``, not
  deleted: the payments register keeps the row under the batch number, and the
  state trail says who cancelled it, when and why;
- the batch's count and total are worked out again from the claims left in it;
- one audit event on the claim and one on the batch name the other and the reason.

The last claim: a batch never stays empty and waiting for approval. Taking out
its last claim voids the batch (待审批 → 已作废, the reason recorded) and voids its
number in the number register, where it stays and is never reused, so numbering
stays gap-free. Voiding a number needs the 作废编号 permission as well.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.enums import BatchStatus, PaymentStatus
from db.models import AidClaim, Payment, PaymentBatch
from desktop.auth import Actor, Permission, require
from desktop.claims.states import BATCH_FLOW, PAYMENT_FLOW
from desktop.errors import NotFound, TransitionError, ValidationError
from desktop.money import format_amount
from desktop.numbering import void_number

REASON_FIELD = "移出原因"
REASON_LIMIT = 200
"""The reason also goes into the voided number's ``void_reason`` (300 characters) with a prefix."""


def check_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("移出批次必须填写原因", field=REASON_FIELD)
    if len(text) > REASON_LIMIT:
        raise ValidationError(f"原因不能超过 {REASON_LIMIT} 字（现有 {len(text)} 字）", field=REASON_FIELD)
    return text


def ensure_draft(batch: PaymentBatch) -> None:
    if batch.status != BatchStatus.DRAFT:
        raise TransitionError(f"批次 {batch.number} 当前为「{batch.status.label}」，"
                              f"只有「{BatchStatus.DRAFT.label}」的批次才能移出理赔。")


def claim_in(session: Session, batch: PaymentBatch, claim_id: int) -> AidClaim:
    claim = session.get(AidClaim, claim_id)
    if claim is None:
        raise NotFound("理赔申请不存在或已被删除。")
    if claim.batch_id != batch.id:
        raise ValidationError(f"理赔 {claim.number} 不在批次 {batch.number} 中，请刷新后重试。", field="理赔申请")
    return claim


def take_out(session: Session, actor: Actor, batch: PaymentBatch, claim: AidClaim, reason: str) -> None:
    """Cancel the claim's payment, unbatch it, recount the batch; void the batch if it is now empty."""
    _cancel_payments(session, actor, batch.id, claim.id, reason)
    claim.batch_id = None
    session.flush()
    amounts = list(session.scalars(select(AidClaim.approved_amount).where(AidClaim.batch_id == batch.id)))
    batch.count, batch.total = len(amounts), sum(amounts, Decimal("0.00"))
    _record(session, batch, claim, reason)
    if not amounts:
        _void(session, actor, batch, claim, reason)


def _cancel_payments(session: Session, actor: Actor, batch_id: int, claim_id: int, reason: str) -> None:
    pending = select(Payment).where(Payment.batch_id == batch_id, Payment.claim_id == claim_id,
                                    Payment.status == PaymentStatus.PENDING)
    for payment in session.scalars(pending):
        PAYMENT_FLOW.move(session, payment, PaymentStatus.CANCELLED, actor, f"移出批次：{reason}")


def _record(session: Session, batch: PaymentBatch, claim: AidClaim, reason: str) -> None:
    amount = format_amount(claim.approved_amount)
    audit.record_event(session, "batch_remove", entity_type="aid_claim", entity_id=claim.id,
                       detail=f"移出支付批次 {batch.number}：{reason}")
    audit.record_event(session, "batch_remove", entity_type="payment_batch", entity_id=batch.id,
                       detail=f"移出理赔 {claim.number}（{claim.worker.name}，¥{amount}）：{reason}")


def _void(session: Session, actor: Actor, batch: PaymentBatch, claim: AidClaim, reason: str) -> None:
    require(actor, Permission.VOID_NUMBER)
    why = f"批次最后一笔理赔 {claim.number} 已移出：{reason}"
    BATCH_FLOW.move(session, batch, BatchStatus.VOIDED, actor, why)
    void_number(session, batch.number, why)
