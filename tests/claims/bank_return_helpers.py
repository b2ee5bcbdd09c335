"""Builders for the bank's return file tests: an approved batch of three claims and a bank workbook."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from sqlalchemy import select

from db.models import AidClaim, Payment, PaymentBatch
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.review import ClaimReviewService
from tests.claims.helpers import draft, worker_id

D = Decimal
ACCOUNT = "6217000010001234"
HEADERS = ("序号", "姓名", "账号", "金额", "结果", "失败原因")
# self-pay -> approved amount under the ratio rule: (self_pay - 1000.00) x 50%; in claim-number order
CLAIMS = ((date(2026, 6, 1), "3400.50", D("1200.25")), (date(2026, 6, 5), "2000.02", D("500.01")),
          (date(2026, 6, 9), "3000.00", D("1000.00")))


def approved_claims(database, actor, plan_id) -> list[int]:
    return [_approved(database, actor, plan_id, day, self_pay) for day, self_pay, _ in CLAIMS]


def _approved(database, actor, plan_id, event_on, self_pay) -> int:
    claim = draft(worker_id(database), plan_id, event_on=event_on, admission_on=None, discharge_on=None,
                  self_pay=D(self_pay))
    saved = ClaimIntakeService(database).submit(actor, claim)
    review = ClaimReviewService(database)
    reviewed = review.review(actor, saved.id, read(database, AidClaim, saved.id).version)
    return review.approve(actor, saved.id, reviewed.version).id


def approved_batch(database, actor, claim_ids, made_on=date(2026, 7, 1)):
    batches = BatchService(database)
    batch = batches.make_batch(actor, claim_ids, made_on)
    return batches.approve(actor, batch.id, batch.version)


def read(database, model, key):
    with database.read() as session:
        return session.get(model, key)


def write_return(path, lines, headers=HEADERS, title="银行代发结果回盘文件"):
    """A bank's result workbook: a title row, the header, the lines, a 合计 row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "代发结果"
    sheet.append([title])
    sheet.append(list(headers))
    for line in lines:
        sheet.append(list(line))
    sheet.append(["合计", f"{len(lines)} 笔"])
    book.save(path)
    return path


def line(seq, result="成功", reason=None, *, name="王芳", account=ACCOUNT, amount=None):
    return (seq, name, account, float(amount if amount is not None else CLAIMS[seq - 1][2]), result, reason)


def snapshot(database, batch_id) -> tuple:
    """Everything an import changes, to show that a refused one changed nothing."""
    with database.read() as session:
        batch = session.get(PaymentBatch, batch_id)
        claims = session.execute(select(AidClaim.id, AidClaim.status, AidClaim.batch_id, AidClaim.paid_amount)
                                 .order_by(AidClaim.id)).all()
        payments = session.execute(select(Payment.id, Payment.status, Payment.paid_on, Payment.failure_reason)
                                   .order_by(Payment.id)).all()
        return (batch.status, batch.version, batch.paid_count, batch.failed_count, batch.paid_on,
                [tuple(c) for c in claims], [tuple(p) for p in payments])
