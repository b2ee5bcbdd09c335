"""Reading claims for lists and forms: filters, search, count and pages, as plain rows.

Lists run on indexed columns (status, plan, applied_on, worker) with LIMIT/OFFSET
pages, so a page of 100,000 claims costs one short query plus one count.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import ClaimStatus, PaymentStatus
from db.models import AidClaim, AidPlan, Payment, PaymentBatch, Worker
from desktop import search
from desktop.claims.duplicates import describe, duplicates_of
from desktop.claims.plans import split_documents
from desktop.errors import NotFound
from desktop.paging import ListColumn, SelectSource, TableRow, label_order
from desktop.validation import mask_id_number


@dataclass(frozen=True)
class ClaimFilter:
    plan_id: int | None = None
    status: ClaimStatus | None = None
    unit: str = ""
    month: str = ""  # "YYYY-MM" of the application date
    text: str = ""  # name, ID number, card number or claim number
    batch_id: int | None = None
    unbatched_approved: bool = False


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    applied_on: date
    name: str
    id_masked: str
    unit: str
    plan_name: str
    event_type: str
    event_on: date
    status: ClaimStatus
    calculated: Decimal | None
    approved: Decimal | None
    paid_on: date | None
    duplicate: bool


@dataclass(frozen=True)
class ClaimDetail:
    row: ClaimRow
    version: int
    worker_id: int
    plan_id: int
    calculation_text: str
    documents: tuple[tuple[str, bool], ...]
    missing: tuple[str, ...]
    duplicate_number: str | None
    reject_reason: str | None
    approval_note: str | None
    batch_number: str | None
    total_cost: Decimal
    self_pay: Decimal
    failed_payments: tuple[str, ...] = ()  # 「批次 ZF2026-003 支付失败：账户已销户」, oldest first
    duplicate_override: str | None = None  # the director's reason why this is no duplicate (确认非重复)
    duplicates: tuple[str, ...] = ()  # 「与理赔 HZ202600166（已核准，¥3,000.00）重复」 while they block it


SORTS = {"applied_on": AidClaim.applied_on, "number": AidClaim.number, "name": Worker.name,
         "status": AidClaim.status, "approved": AidClaim.approved_amount}


COLUMNS = (
    ListColumn("number", "申请编号"), ListColumn("applied_on", "申请日期"), ListColumn("name", "姓名"),
    ListColumn("status", "状态"), ListColumn("calculated", "计算金额", numeric=True),
    ListColumn("approved", "核准金额", numeric=True), ListColumn("plan", "保障项目", sortable=False),
    ListColumn("event_type", "事故/疾病", sortable=False), ListColumn("event_on", "发生日期"),
    ListColumn("id", "身份证号", sortable=False), ListColumn("unit", "所属单位", sortable=False),
    ListColumn("paid_on", "支付日期"), ListColumn("duplicate", "疑似重复", sortable=False),
)
WIDTHS = (108, 84, 64, 64, 84, 84, 160, 76, 84, 150, 170, 84, 64)
SORT_KEYS = {"number": AidClaim.number, "applied_on": AidClaim.applied_on, "name": Worker.name,
             "event_on": AidClaim.event_on, "status": label_order(AidClaim.status, ClaimStatus), "calculated": AidClaim.calculated_amount,
             "approved": AidClaim.approved_amount, "paid_on": AidClaim.paid_on}
MUTED = (ClaimStatus.REJECTED, ClaimStatus.PAID, ClaimStatus.ARCHIVED)


def _table_row(r) -> TableRow:
    row = _row(r)
    tone = "muted" if row.status in MUTED else ("warning" if row.duplicate or
                                               row.status == ClaimStatus.DOCS_INCOMPLETE else None)
    cells = (row.number, row.applied_on, row.name, row.status, row.calculated, row.approved, row.plan_name,
             row.event_type, row.event_on, row.id_masked, row.unit, row.paid_on, "疑似重复" if row.duplicate else "")
    return TableRow(row.id, cells, tone)


class ClaimQueries:
    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, flt: ClaimFilter) -> int:
        with self._db.read() as session:
            query = _filtered(_plain(func.count(AidClaim.id), flt), flt)
            return session.scalar(query) or 0

    def page(self, flt: ClaimFilter, offset: int, limit: int, sort: str = "applied_on",
             descending: bool = True) -> list[ClaimRow]:
        column = SORTS.get(sort, AidClaim.applied_on)
        order = (column.desc().nulls_last(), AidClaim.id.desc()) if descending else (column.asc().nulls_last(), AidClaim.id.asc())
        with self._db.read() as session:
            query = _filtered(_row_select(), flt).order_by(*order).offset(offset).limit(limit)
            return [_row(r) for r in session.execute(query)]

    def source(self, flt: ClaimFilter) -> SelectSource:
        """Rows for the lazy paged table of the claims list."""
        return SelectSource(self._db, COLUMNS, _filtered(_row_select(), flt), SORT_KEYS, _table_row,
                            order=("applied_on", True), id_column=AidClaim.id)

    def ids(self, flt: ClaimFilter) -> list[int]:
        with self._db.read() as session:
            return list(session.scalars(_filtered(_plain(AidClaim.id, flt), flt).order_by(AidClaim.id)))

    def detail(self, claim_id: int) -> ClaimDetail:
        with self._db.read() as session:
            found = session.execute(_row_select().where(AidClaim.id == claim_id)).first()
            if found is None:
                raise NotFound("理赔申请不存在或已被删除。")
            return _detail(session, session.get(AidClaim, claim_id), _row(found))


def _row_select() -> Select:
    return (select(AidClaim.id, AidClaim.number, AidClaim.applied_on, Worker.name, Worker.id_number,
                   Worker.unit_name, AidPlan.name.label("plan_name"), AidClaim.event_type, AidClaim.event_on,
                   AidClaim.status, AidClaim.calculated_amount, AidClaim.approved_amount, AidClaim.paid_on,
                   AidClaim.duplicate_of_id)
            .select_from(AidClaim).join(Worker, Worker.id == AidClaim.worker_id)
            .join(AidPlan, AidPlan.id == AidClaim.plan_id))


def _filtered(query: Select, flt: ClaimFilter) -> Select:
    if flt.plan_id is not None:
        query = query.where(AidClaim.plan_id == flt.plan_id)
    if flt.status is not None:
        query = query.where(AidClaim.status == flt.status)
    if flt.batch_id is not None:
        query = query.where(AidClaim.batch_id == flt.batch_id)
    if flt.unbatched_approved:
        query = query.where(AidClaim.status == ClaimStatus.APPROVED, AidClaim.batch_id.is_(None))
    query = _month(query, flt.month)
    if flt.unit.strip():
        query = query.where(Worker.unit_name.contains(flt.unit.strip(), autoescape=True))
    return _search(query, flt.text.strip())


def _plain(column, flt: ClaimFilter) -> Select:
    """A select of ``column`` over claims, joining workers only when the filter needs them."""
    query = select(column).select_from(AidClaim)
    if flt.text.strip() or flt.unit.strip():
        query = query.join(Worker, Worker.id == AidClaim.worker_id)
    return query


def _month(query: Select, month: str) -> Select:
    if not month:
        return query
    year, number = (int(part) for part in month.split("-"))
    last = calendar.monthrange(year, number)[1]
    return query.where(AidClaim.applied_on >= date(year, number, 1), AidClaim.applied_on <= date(year, number, last))


def _search(query: Select, text: str) -> Select:
    """Any part of the name, ID number or claim number (``desktop.search``); the whole
    membership card or account number."""
    if not text:
        return query
    return query.where(or_(AidClaim.worker_id.in_(search.matching("worker", text)),
                           AidClaim.id.in_(search.matching("claim", text)),
                           Worker.member_card_no == text, AidClaim.account_no == text))


def _row(r) -> ClaimRow:
    return ClaimRow(r.id, r.number, r.applied_on, r.name, mask_id_number(r.id_number), r.unit_name or "",
                    r.plan_name, r.event_type, r.event_on, r.status, r.calculated_amount, r.approved_amount,
                    r.paid_on, r.duplicate_of_id is not None)


def _detail(session: Session, claim: AidClaim, row: ClaimRow) -> ClaimDetail:
    duplicate = session.get(AidClaim, claim.duplicate_of_id) if claim.duplicate_of_id else None
    batch = session.get(PaymentBatch, claim.batch_id) if claim.batch_id else None
    return ClaimDetail(row, claim.version, claim.worker_id, claim.plan_id, claim.calculation_text or "",
                       tuple((d.name, d.received) for d in claim.documents),
                       split_documents(claim.missing_documents), duplicate.number if duplicate else None,
                       claim.reject_reason, claim.approval_note, batch.number if batch else None,
                       claim.total_cost, claim.self_pay, _failed_payments(session, claim.id),
                       claim.duplicate_override, _blocking_duplicates(session, claim))


def _blocking_duplicates(session: Session, claim: AidClaim) -> tuple[str, ...]:
    """The claims that keep this one from being approved or batched (none once a director overrode)."""
    if claim.duplicate_override or claim.status in (ClaimStatus.REJECTED, ClaimStatus.PAID, ClaimStatus.ARCHIVED):
        return ()
    return tuple(describe(other) for other in duplicates_of(session, claim))


def _failed_payments(session: Session, claim_id: int) -> tuple[str, ...]:
    """What the bank's return files said of this claim's failed payments."""
    query = (select(PaymentBatch.number, Payment.failure_reason).join(PaymentBatch, PaymentBatch.id == Payment.batch_id)
             .where(Payment.claim_id == claim_id, Payment.status == PaymentStatus.FAILED).order_by(Payment.id))
    return tuple(f"批次 {number} 支付失败：{reason or '银行未注明原因'}" for number, reason in session.execute(query))
