"""Importing the bank's return file (回盘) of a payment batch: preview first, then all or nothing.

The director (批次核准) reads the bank's result workbook for an approved batch.
``preview`` matches every line to the batch's line by 序号, checks the name, account and
amount against what the bank sheet sent, and lists what will change; any mismatch refuses
the whole file naming each bad row. ``apply`` writes the preview in one unit of work:

- 成功 → the payment is 已支付 on the bank's date and its claim is paid;
- 失败 → the payment is 支付失败 with the bank's reason; the claim leaves the batch and is
  again 已核准 awaiting a new batch (its failed payment stays on this batch's sheet);
- the batch counts the lines paid and failed with their amounts and becomes 部分支付, or
  已支付 when every line has been paid.

A line already reported by an earlier return file with the same result is left as it is, so
the bank's complete file can be imported again after a partial one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.engine import Database
from db.enums import BatchStatus, ClaimStatus, PaymentStatus
from db.models import AidClaim, Payment, PaymentBatch
from desktop.auth import Actor, Permission, require
from desktop.claims.bank_return_file import ReturnedLine, compact, read_return, same_account
from desktop.claims.batches import BatchSummary, batch_lines, summary_of
from desktop.claims.states import BATCH_FLOW, CLAIM_FLOW, PAYMENT_FLOW
from desktop.concurrency import ensure_version
from desktop.errors import ConflictError, NotFound, TransitionError, ValidationError
from desktop.money import format_amount
from desktop.registers import Problem

ZERO = Decimal("0.00")
OPEN_STATES = (BatchStatus.APPROVED, BatchStatus.PARTIAL)
UNCHANGED = "已登记，无变化"


@dataclass(frozen=True)
class ReturnChange:
    """One line of the preview: what the bank said and what importing it will do."""

    row: int
    seq: int
    payment_id: int
    claim_number: str
    name: str
    account: str
    amount: Decimal
    result: PaymentStatus
    paid_on: date | None
    reason: str
    change: str  # 「登记为已支付」 / 「登记为支付失败，理赔退回已核准」 / 「已登记，无变化」

    @property
    def changes(self) -> bool:
        return self.change != UNCHANGED


@dataclass(frozen=True)
class BankReturnPreview:
    batch_id: int
    batch_number: str
    batch_version: int
    file_name: str
    lines: tuple[ReturnChange, ...]
    new_status: BatchStatus
    paid_count: int  # over the whole batch once imported
    paid_total: Decimal
    failed_count: int
    failed_total: Decimal
    pending_count: int  # lines the bank has still not reported on
    notes: tuple[str, ...] = ()

    @property
    def changes(self) -> tuple[ReturnChange, ...]:
        return tuple(line for line in self.lines if line.changes)

    def summary(self) -> str:
        paid = [c for c in self.changes if c.result == PaymentStatus.PAID]
        failed = [c for c in self.changes if c.result == PaymentStatus.FAILED]
        text = (f"批次 {self.batch_number}：本次登记支付成功 {len(paid)} 笔 ¥{_sum(paid)}，"
                f"支付失败 {len(failed)} 笔 ¥{_sum(failed)}")
        unchanged = len(self.lines) - len(self.changes)
        text += f"，已登记无变化 {unchanged} 笔" if unchanged else ""
        pending = f"，尚有 {self.pending_count} 笔待回盘" if self.pending_count else ""
        return f"{text}。导入后批次为「{self.new_status.label}」{pending}。"


class BankReturnImport:
    def __init__(self, database: Database) -> None:
        self._db = database

    def find_batch(self, number: str) -> BatchSummary:
        with self._db.read() as session:
            batch = session.scalar(select(PaymentBatch).where(PaymentBatch.number == number.strip()))
            if batch is None:
                raise NotFound(f"找不到支付批次「{number}」。")
            return summary_of(batch)

    def preview(self, actor: Actor, batch_id: int, path: str | os.PathLike[str], paid_on: date,
                today: date | None = None) -> BankReturnPreview:
        """Read and check the whole file against the batch; nothing is written."""
        require(actor, Permission.BATCH_APPROVE)
        today = today or date.today()
        if paid_on > today:
            raise ValidationError(f"银行支付日期「{paid_on:%Y-%m-%d}」晚于今天", field="支付日期")
        returned, problems = read_return(path)
        with self._db.read() as session:
            batch = _batch(session, batch_id)
            _ensure_open(batch)
            lines = _match(session, batch, returned, problems, paid_on, today)
            return _preview(session, batch, Path(path).name, lines, problems)

    def apply(self, actor: Actor, preview: BankReturnPreview) -> BatchSummary:
        """Write the preview's changes, all or none; refused if the batch changed since the preview."""
        require(actor, Permission.BATCH_APPROVE)
        if not preview.changes:
            raise ValidationError("回盘中的各笔结果均已登记，没有需要导入的内容", field="银行回盘")
        with self._db.write(actor) as session:
            batch = _batch(session, preview.batch_id)
            ensure_version(session, batch, preview.batch_version)
            _ensure_open(batch)
            for line in preview.changes:
                _settle(session, actor, batch, line)
            session.flush()
            _recount(session, actor, batch)
            audit.record_event(session, "bank_return", entity_type="payment_batch", entity_id=batch.id,
                               detail=f"导入银行回盘 {preview.file_name}：{preview.summary()}")
            session.flush()
            return summary_of(batch)


def _batch(session: Session, batch_id: int) -> PaymentBatch:
    batch = session.get(PaymentBatch, batch_id)
    if batch is None:
        raise NotFound("支付批次不存在或已被删除。")
    return batch


def _ensure_open(batch: PaymentBatch) -> None:
    if batch.status not in OPEN_STATES:
        raise TransitionError(f"批次 {batch.number} 当前为「{batch.status.label}」，只有「已审批」或「部分支付」"
                              f"的批次才能导入银行回盘。")


def _match(session: Session, batch: PaymentBatch, returned: list[ReturnedLine], problems: list[Problem],
           paid_on: date, today: date) -> list[ReturnChange]:
    sheet = dict(enumerate(batch_lines(session, batch.id), start=1))
    first_row: dict[int, int] = {}
    changes = []
    for line in returned:
        if line.seq in first_row:
            problems.append(Problem(line.row, "序号", f"序号 {line.seq} 与第 {first_row[line.seq]} 行重复"))
            continue
        first_row[line.seq] = line.row
        found = sheet.get(line.seq)
        if found is None:
            problems.append(Problem(line.row, "序号", f"批次 {batch.number} 中没有序号 {line.seq}（共 {len(sheet)} 笔）"))
            continue
        change = _checked(line, *found, batch, problems, paid_on, today)
        if change is not None:
            changes.append(change)
    return changes


def _checked(line: ReturnedLine, payment: Payment, claim: AidClaim, batch: PaymentBatch, problems: list[Problem],
             paid_on: date, today: date) -> ReturnChange | None:
    """The line's change, or None after noting each way it differs from the sheet's line."""
    before = len(problems)
    where = f"序号 {line.seq}（理赔 {claim.number}）"
    if compact(line.name) != compact(payment.payee_name):
        problems.append(Problem(line.row, "姓名", f"{where}代发表中为「{payment.payee_name}」，回盘为「{line.name}」"))
    if not same_account(payment.account_no or "", line.account):
        problems.append(Problem(line.row, "账号", f"{where}的账号与代发表不一致"))
    if line.amount != payment.amount:
        problems.append(Problem(line.row, "金额", f"{where}代发表中为 ¥{format_amount(payment.amount)}，"
                                                 f"回盘为 ¥{format_amount(line.amount)}"))
    day = line.paid_on or paid_on
    if line.result == PaymentStatus.PAID and not batch.made_on <= day <= today:
        problems.append(Problem(line.row, "支付日期", f"{day:%Y-%m-%d} 早于批次生成日期或晚于今天"))
    change = _change(line, payment)
    if change is None:
        problems.append(Problem(line.row, "结果", f"{where}已登记为「{payment.status.label}」，"
                                                 f"回盘为「{line.result.label}」"))
    if len(problems) > before or change is None:
        return None
    return ReturnChange(line.row, line.seq, payment.id, claim.number, payment.payee_name, line.account,
                        payment.amount, line.result, day if line.result == PaymentStatus.PAID else None,
                        line.reason, change)


def _change(line: ReturnedLine, payment: Payment) -> str | None:
    if payment.status == line.result:
        return UNCHANGED
    if payment.status != PaymentStatus.PENDING:
        return None
    if line.result == PaymentStatus.PAID:
        return "登记为已支付"
    return "登记为支付失败，理赔退回「已核准」待重新编入批次"


def _preview(session: Session, batch: PaymentBatch, file_name: str, lines: list[ReturnChange],
             problems: list[Problem]) -> BankReturnPreview:
    errors = sorted((p for p in problems if p.level == "error"), key=lambda p: p.row or 0)
    if errors:
        listed = "\n".join(str(p) for p in errors[:30]) + (f"\n……共 {len(errors)} 处" if len(errors) > 30 else "")
        raise ValidationError(f"银行回盘与批次 {batch.number} 的代发表不符，未导入任何结果：\n{listed}")
    sheet = [payment for payment, _claim in batch_lines(session, batch.id)]
    results = {payment.id: payment.status for payment in sheet}
    amounts = {payment.id: payment.amount for payment in sheet}
    results.update((line.payment_id, line.result) for line in lines)
    paid = [amounts[k] for k, v in results.items() if v == PaymentStatus.PAID]
    failed = [amounts[k] for k, v in results.items() if v == PaymentStatus.FAILED]
    pending = len(results) - len(paid) - len(failed)
    status = BatchStatus.PAID if not failed and not pending else BatchStatus.PARTIAL
    notes = tuple(str(p) for p in problems if p.level == "info")
    return BankReturnPreview(batch.id, batch.number, batch.version, file_name, tuple(lines), status, len(paid),
                             sum(paid, ZERO), len(failed), sum(failed, ZERO), pending, notes)


def _settle(session: Session, actor: Actor, batch: PaymentBatch, line: ReturnChange) -> None:
    payment = session.get(Payment, line.payment_id)
    claim = session.get(AidClaim, payment.claim_id) if payment else None
    if payment is None or claim is None or payment.batch_id != batch.id or payment.status != PaymentStatus.PENDING:
        raise ConflictError(f"序号 {line.seq} 已被他人登记或移出，请重新预览回盘。")
    if line.result == PaymentStatus.PAID:
        PAYMENT_FLOW.move(session, payment, PaymentStatus.PAID, actor, "银行回盘：支付成功")
        payment.paid_on = line.paid_on
        CLAIM_FLOW.move(session, claim, ClaimStatus.PAID, actor)
        claim.paid_amount, claim.paid_on = payment.amount, line.paid_on
        return
    PAYMENT_FLOW.move(session, payment, PaymentStatus.FAILED, actor, line.reason)
    payment.failure_reason = line.reason
    claim.batch_id = None
    audit.record_event(session, "bank_return", entity_type="aid_claim", entity_id=claim.id,
                       detail=f"批次 {batch.number} 银行支付失败：{line.reason}；退回已核准，待编入新批次")


def _recount(session: Session, actor: Actor, batch: PaymentBatch) -> None:
    """The batch's counts and amounts of lines paid and failed, its state and its paid date."""
    lines = [payment for payment, _claim in batch_lines(session, batch.id)]
    paid = [p for p in lines if p.status == PaymentStatus.PAID]
    failed = [p for p in lines if p.status == PaymentStatus.FAILED]
    batch.paid_count, batch.paid_total = len(paid), sum((p.amount for p in paid), ZERO)
    batch.failed_count, batch.failed_total = len(failed), sum((p.amount for p in failed), ZERO)
    batch.paid_on = max((p.paid_on for p in paid if p.paid_on), default=None)
    settled = len(paid) == len(lines)
    target = BatchStatus.PAID if settled else BatchStatus.PARTIAL
    if target != batch.status:
        BATCH_FLOW.move(session, batch, target, actor, "银行回盘")


def _sum(changes: list[ReturnChange]) -> str:
    return format_amount(sum((c.amount for c in changes), ZERO))
