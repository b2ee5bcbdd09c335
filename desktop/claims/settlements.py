"""Settlement payments owed under mediation agreements: tracked here, read-only, never paid.

Rows come from the mediation module's agreement terms (with the instalments
recorded against them) and from ``Payment`` rows of kind SETTLEMENT.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import PaymentKind, PaymentStatus
from db.models import AgreementTerm, CaseApplicant, Employer, MediationCase, Payment, PerformancePayment, Worker

ZERO = Decimal("0.00")
STATES = ("已履行", "部分履行", "已逾期", "未到期")


@dataclass(frozen=True)
class SettlementFilter:
    text: str = ""  # case number, payer or worker name
    state: str = ""  # one of STATES, or "" for all
    due_month: str = ""  # "YYYY-MM"


@dataclass(frozen=True)
class SettlementRow:
    source: str
    case_number: str
    case_status: str
    payer: str
    payees: str
    description: str
    amount: Decimal
    due_on: date | None
    paid: Decimal
    outstanding: Decimal
    state: str


class SettlementQueries:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self, flt: SettlementFilter, today: date | None = None) -> list[SettlementRow]:
        today = today or date.today()
        with self._db.read() as session:
            rows = _term_rows(session, today) + _payment_rows(session, today)
        return sorted((r for r in rows if _matches(r, flt)), key=lambda r: (r.due_on or date.max, r.case_number))


def _term_rows(session: Session, today: date) -> list[SettlementRow]:
    paid = dict(session.execute(select(PerformancePayment.term_id, func.sum(PerformancePayment.amount))
                                .where(PerformancePayment.term_id.is_not(None))
                                .group_by(PerformancePayment.term_id)).all())
    query = (select(AgreementTerm, MediationCase.number, MediationCase.status, Employer.name)
             .join(MediationCase, MediationCase.id == AgreementTerm.case_id)
             .join(Employer, Employer.id == MediationCase.respondent_id))
    found = session.execute(query).all()
    payees = _payees(session, {term.case_id for term, *_ in found})
    return [_term_row(term, number, status, employer, payees.get(term.case_id, ""),
                      Decimal(paid.get(term.id) or 0).quantize(Decimal("0.01")), today)
            for term, number, status, employer in found]


def _term_row(term, number, status, employer, payees, paid: Decimal, today: date) -> SettlementRow:
    outstanding = max(term.amount - paid, ZERO)
    return SettlementRow("协议条款", number or "（未编号）", status.label, term.payer or employer, payees,
                         term.description, term.amount, term.due_on, paid, outstanding,
                         _state(outstanding, paid, term.due_on, today))


def _payment_rows(session: Session, today: date) -> list[SettlementRow]:
    query = (select(Payment, MediationCase.number, MediationCase.status, Employer.name)
             .outerjoin(MediationCase, MediationCase.id == Payment.case_id)
             .outerjoin(Employer, Employer.id == MediationCase.respondent_id)
             .where(Payment.kind == PaymentKind.SETTLEMENT))
    return [_payment_row(p, number, status, employer, today) for p, number, status, employer in session.execute(query)]


def _payment_row(payment: Payment, number, status, employer, today: date) -> SettlementRow:
    paid = payment.amount if payment.status == PaymentStatus.PAID else ZERO
    outstanding = payment.amount - paid
    return SettlementRow("支付记录", number or "", status.label if status else "", employer or "",
                         payment.payee_name, payment.note or "", payment.amount, payment.due_on, paid, outstanding,
                         _state(outstanding, paid, payment.due_on, today))


def _payees(session: Session, case_ids: set[int]) -> dict[int, str]:
    names: dict[int, list[str]] = defaultdict(list)
    if case_ids:
        query = (select(CaseApplicant.case_id, Worker.name).join(Worker, Worker.id == CaseApplicant.worker_id)
                 .where(CaseApplicant.case_id.in_(case_ids)).order_by(CaseApplicant.position))
        for case_id, name in session.execute(query):
            names[case_id].append(name)
    return {k: "、".join(v[:3]) + (f"等 {len(v)} 人" if len(v) > 3 else "") for k, v in names.items()}


def _state(outstanding: Decimal, paid: Decimal, due_on: date | None, today: date) -> str:
    if outstanding <= 0:
        return "已履行"
    if due_on is not None and due_on < today:
        return "已逾期"
    return "部分履行" if paid > 0 else "未到期"


def _matches(row: SettlementRow, flt: SettlementFilter) -> bool:
    text = flt.text.strip()
    if text and not any(text in value for value in (row.case_number, row.payer, row.payees)):
        return False
    if flt.state and row.state != flt.state:
        return False
    if flt.due_month and (row.due_on is None or row.due_on.strftime("%Y-%m") != flt.due_month):
        return False
    return True
