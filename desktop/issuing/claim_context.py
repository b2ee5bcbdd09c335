"""Context of the payout notice: the claim, its member, plan and payment."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ClaimStatus, PaymentStatus
from db.models import AidClaim, Employer, Enrolment, Payment
from desktop.documents.textdates import plain_date
from desktop.errors import UserError

PAYOUT_STATES = frozenset({ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.ARCHIVED})
CARD = "京卡（互助服务卡）"
DEFAULT_METHOD = "银行转账"


def build(session: Session, request) -> dict:
    claim: AidClaim = request.record
    if claim.status not in PAYOUT_STATES or claim.approved_amount is None:
        raise UserError(f"理赔申请尚未核准（当前状态：{claim.status.label}），不能出具理赔/支付通知。")
    payment = _payment(session, claim)
    return {"claim": {**_claim(session, claim), **_paid(claim, payment)}}


def _claim(session: Session, claim: AidClaim) -> dict:
    worker = claim.worker
    return {
        "number": claim.number, "name": claim.beneficiary_name or worker.name, "id_number": worker.id_number,
        "unit": _unit(session, claim), "plan": plan_stem(claim.plan.name),
        "event": _event(claim), "applied_on": claim.applied_on, "amount_applied": claim.claimed_amount,
        "amount_approved": claim.approved_amount, "basis": claim.calculation_text,
    }


def _unit(session: Session, claim: AidClaim) -> str | None:
    enrolment = session.get(Enrolment, claim.enrolment_id) if claim.enrolment_id else None
    if enrolment is not None and enrolment.unit_name:
        return enrolment.unit_name
    if claim.worker.unit_name:
        return claim.worker.unit_name
    company = session.get(Employer, claim.worker.employer_id) if claim.worker.employer_id else None
    return company.name if company else None


def _event(claim: AidClaim) -> str:
    """``2024年9月2日在密云区医院住院治疗`` (the template puts it in brackets)."""
    where = f"在{claim.hospital}" if claim.hospital else ""
    return f"{plain_date(claim.event_on)}{where}{claim.event_type}"


def plan_stem(name: str) -> str:
    """The plan's name without a trailing 互助保障/互助, which the notice adds itself."""
    for suffix in ("互助保障", "互助"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _payment(session: Session, claim: AidClaim) -> Payment | None:
    query = (select(Payment).where(Payment.claim_id == claim.id, Payment.status == PaymentStatus.PAID)
             .order_by(Payment.paid_on.desc(), Payment.id.desc()).limit(1))
    return session.scalar(query)


def _paid(claim: AidClaim, payment: Payment | None) -> dict:
    account = (payment.account_no if payment else None) or claim.account_no
    return {
        "paid_on": payment.paid_on if payment else claim.paid_on,
        "method": _method((payment.method if payment else None) or claim.payment_method),
        "bank": CARD, "account": masked(account),
    }


def _method(method: str | None) -> str:
    """How it is paid, without the card (the notice names the card once, as the account)."""
    plain = (method or "").replace(CARD, "").replace("京卡", "").strip()
    return plain or DEFAULT_METHOD


def masked(account: str | None) -> str:
    """Only the last four digits of a card or account number: ``****6789``."""
    digits = (account or "").replace(" ", "")
    return f"****{digits[-4:]}" if digits else "（以登记的银行卡为准）"
