"""Payment batches: approved claims gathered under a batch number, a bank-payment sheet, paid.

Before approval a claim can be taken out again (``remove_claim``; see ``batch_removal``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.engine import Database
from db.enums import BatchStatus, ClaimStatus, PaymentKind, PaymentStatus
from db.models import AidClaim, Payment, PaymentBatch
from desktop.auth import Actor, Permission, require
from desktop.claims import batch_removal as removal, duties
from desktop.claims.duplicates import ensure_not_duplicate
from desktop.claims.states import BATCH_FLOW, CLAIM_FLOW
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, TransitionError, ValidationError
from desktop.money import format_amount
from desktop.numbering import take_number
from desktop.validation import mask_id_number

SHEET_HEADERS = ("序号", "姓名", "身份证号", "开户行/卡号", "金额", "用途")


@dataclass(frozen=True)
class BatchSummary:
    id: int
    number: str
    status: BatchStatus
    made_on: date
    count: int
    total: Decimal
    paid_on: date | None
    version: int
    paid_count: int = 0
    paid_total: Decimal = Decimal("0.00")
    failed_count: int = 0
    failed_total: Decimal = Decimal("0.00")

    @property
    def pending_count(self) -> int:
        """Lines the bank has not yet reported on (none once the batch is 已支付)."""
        return self.count - self.paid_count - self.failed_count

    @property
    def outcome(self) -> str:
        """「成功 3 笔 ¥…；失败 1 笔 ¥…」 once the bank has reported; empty before."""
        if not (self.paid_count or self.failed_count):
            return ""
        parts = [f"成功 {self.paid_count} 笔 ¥{format_amount(self.paid_total)}"]
        if self.failed_count:
            parts.append(f"失败 {self.failed_count} 笔 ¥{format_amount(self.failed_total)}")
        if self.pending_count:
            parts.append(f"待回盘 {self.pending_count} 笔")
        return "；".join(parts)


@dataclass(frozen=True)
class BankRow:
    seq: int
    name: str
    id_number: str
    account: str
    amount: Decimal
    purpose: str
    claim_id: int
    claim_number: str
    payment_id: int = 0
    status: PaymentStatus = PaymentStatus.PENDING
    paid_on: date | None = None
    failure_reason: str = ""


class BatchService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def make_batch(self, actor: Actor, claim_ids: list[int], made_on: date | None = None) -> BatchSummary:
        """Gather approved, unbatched claims into a new batch with its number and total."""
        require(actor, Permission.CLAIM_APPROVE)
        if not claim_ids:
            raise ValidationError("请至少选择一笔已核准的理赔", field="理赔申请")
        made_on = made_on or date.today()
        with self._db.write(actor) as session:
            claims = _approved_unbatched(session, claim_ids)
            batch = PaymentBatch(number="", made_on=made_on, created_by=actor.officer_id,
                                 total=sum((c.approved_amount for c in claims), Decimal("0.00")), count=len(claims))
            session.add(batch)
            session.flush()
            batch.number = take_number(session, "batch", made_on.year, entity_type="payment_batch",
                                       entity_id=batch.id).number
            for claim in claims:
                claim.batch_id = batch.id
                session.add(_payment(batch, claim))
            session.flush()
            return summary_of(batch)

    def approve(self, actor: Actor, batch_id: int, expected_version: int) -> BatchSummary:
        require(actor, Permission.BATCH_APPROVE)
        with self._db.write(actor) as session:
            batch = _open(session, batch_id, expected_version)
            duties.ensure_different(session, actor, batch.created_by, "制表人", "批次核准人")
            BATCH_FLOW.move(session, batch, BatchStatus.APPROVED, actor)
            batch.approved_by = actor.officer_id
            session.flush()
            return summary_of(batch)

    def mark_paid(self, actor: Actor, batch_id: int, expected_version: int, paid_on: date) -> BatchSummary:
        """全部支付成功: the bank paid every line of the sheet; the batch and each of its claims are paid.

        Only for an approved batch the bank's return file has not yet reported on: once a
        return is imported (部分支付) the remaining lines are settled by the next return file.
        """
        require(actor, Permission.BATCH_APPROVE)
        with self._db.write(actor) as session:
            batch = _open(session, batch_id, expected_version)
            if batch.status == BatchStatus.PARTIAL:
                raise TransitionError(f"批次 {batch.number} 已导入银行回盘（部分支付），其余各笔请再导入回盘登记。")
            BATCH_FLOW.move(session, batch, BatchStatus.PAID, actor)
            batch.paid_on = paid_on
            for claim in _batch_claims(session, batch.id):
                _pay_claim(session, claim, paid_on, actor)
            pending = (Payment.batch_id == batch.id, Payment.status == PaymentStatus.PENDING)
            for payment in session.scalars(select(Payment).where(*pending)):
                payment.status, payment.paid_on = PaymentStatus.PAID, paid_on
            batch.paid_count, batch.paid_total = batch.count, batch.total
            session.flush()
            return summary_of(batch)

    def remove_claim(self, actor: Actor, batch_id: int, claim_id: int, expected_version: int,
                     reason: str) -> BatchSummary:
        """Take one claim out of a batch awaiting approval; it goes back to approved-unbatched.

        Refused on an approved, paid or voided batch, on a stale ``expected_version`` and
        without a reason. Its pending payment is cancelled (kept, not deleted) and the
        batch's count and total change. Taking out the last claim voids the batch and its
        number (never reused) instead of leaving an empty batch to approve; that also
        needs the 作废编号 permission. All of it in one unit of work.
        """
        require(actor, Permission.CLAIM_APPROVE)
        reason = removal.check_reason(reason)
        with self._db.write(actor) as session:
            batch = _open(session, batch_id, expected_version)
            removal.ensure_draft(batch)
            removal.take_out(session, actor, batch, removal.claim_in(session, batch, claim_id), reason)
            session.flush()
            return summary_of(batch)

    def list(self) -> list[BatchSummary]:
        with self._db.read() as session:
            query = select(PaymentBatch).order_by(PaymentBatch.made_on.desc(), PaymentBatch.id.desc())
            return [summary_of(b) for b in session.scalars(query)]

    def bank_rows(self, actor: Actor, batch_id: int, full_ids: bool = False) -> list[BankRow]:
        """The bank-payment sheet as plain rows; ID numbers masked unless allowed and asked for."""
        if full_ids:
            require(actor, Permission.EXPORT_FULL_IDS)
        with self._db.read() as session:
            lines = enumerate(batch_lines(session, batch_id), start=1)
            return [_bank_row(i, payment, claim, full_ids) for i, (payment, claim) in lines]

    def write_bank_sheet(self, actor: Actor, batch_id: int, path: Path, full_ids: bool = False) -> Path:
        require(actor, Permission.EXPORT)
        rows = self.bank_rows(actor, batch_id, full_ids)
        with self._db.read() as session:
            batch = session.get(PaymentBatch, batch_id)
            number = batch.number if batch else ""
        from desktop.claims.sheet import write_sheet

        write_sheet(path, number, rows)
        with self._db.write(actor) as session:
            audit.record_event(session, "export", entity_type="payment_batch", entity_id=batch_id,
                               detail=f"银行代发表 {path.name}（{'完整' if full_ids else '脱敏'}证件号）")
        return path


def _approved_unbatched(session: Session, claim_ids: list[int]) -> list[AidClaim]:
    claims = list(session.scalars(select(AidClaim).where(AidClaim.id.in_(claim_ids)).order_by(AidClaim.number)))
    if len(claims) != len(set(claim_ids)):
        raise NotFound("部分理赔申请不存在，请刷新后重试。")
    bad = [c.number for c in claims if c.status != ClaimStatus.APPROVED or c.batch_id is not None]
    if bad:
        raise ValidationError(f"只有已核准且未编入批次的理赔才能编入批次：{'、'.join(bad)}", field="理赔申请")
    for claim in claims:
        ensure_not_duplicate(session, claim, "编入批次")
    return claims


def _payment(batch: PaymentBatch, claim: AidClaim) -> Payment:
    return Payment(kind=PaymentKind.CLAIM_PAYOUT, status=PaymentStatus.PENDING, batch_id=batch.id,
                   claim_id=claim.id, worker_id=claim.worker_id, payee_name=claim.worker.name,
                   amount=claim.approved_amount, method=claim.payment_method, account_no=claim.account_no,
                   note=f"{claim.number} {claim.plan.name}")


def _pay_claim(session: Session, claim: AidClaim, paid_on: date, actor) -> None:
    CLAIM_FLOW.move(session, claim, ClaimStatus.PAID, actor)
    claim.paid_amount, claim.paid_on = claim.approved_amount, paid_on


def _batch_claims(session: Session, batch_id: int) -> list[AidClaim]:
    return list(session.scalars(select(AidClaim).where(AidClaim.batch_id == batch_id).order_by(AidClaim.number)))


def _open(session: Session, batch_id: int, expected_version: int) -> PaymentBatch:
    batch = session.get(PaymentBatch, batch_id)
    if batch is None:
        raise NotFound("支付批次不存在或已被删除。")
    ensure_version(session, batch, expected_version)
    return batch


def batch_lines(session: Session, batch_id: int) -> list[tuple[Payment, AidClaim]]:
    """The lines of the batch's bank sheet in sheet order (序号 1, 2, …): each payment with its claim.

    A line stays on its batch whatever the bank answered (a failed claim leaves the batch to
    await a new one, its failed payment does not); a claim taken out before approval does not.
    """
    query = (select(Payment, AidClaim).join(AidClaim, AidClaim.id == Payment.claim_id)
             .where(Payment.batch_id == batch_id, Payment.status != PaymentStatus.CANCELLED)
             .order_by(AidClaim.number, Payment.id))
    return [(payment, claim) for payment, claim in session.execute(query)]


def _bank_row(seq: int, payment: Payment, claim: AidClaim, full_ids: bool) -> BankRow:
    number = claim.worker.id_number or ""
    return BankRow(seq, payment.payee_name, number if full_ids else mask_id_number(number),
                   payment.account_no or "", payment.amount, f"{claim.plan.name}互助金 {claim.number}",
                   claim.id, claim.number, payment.id, payment.status, payment.paid_on, payment.failure_reason or "")


def summary_of(batch: PaymentBatch) -> BatchSummary:
    return BatchSummary(batch.id, batch.number, batch.status, batch.made_on, batch.count, batch.total,
                        batch.paid_on, batch.version, batch.paid_count, batch.paid_total, batch.failed_count,
                        batch.failed_total)


