"""Duplicate claims are refused, not flagged.

A claim duplicates another that is not rejected when both are for the same member and
plan and the same event: the same event date; for 金秋助学 the same child and school
stage; for a hospital stay (住院) an overlapping stay. Such a claim cannot be approved or
batched: the refusal names the other claim (「与理赔 HZ202600166（已核准，¥3,000.00）重复」).
A director may override with a written reason, kept on the claim (and audited).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.enums import ClaimStatus, PlanKind
from db.models import AidClaim
from desktop.errors import ValidationError


def duplicates_of(session: Session, claim: AidClaim) -> list[AidClaim]:
    """Claims (not rejected, not ``claim``, not confirmed distinct by a director) for the same
    member, plan and event."""
    query = select(AidClaim).where(
        AidClaim.worker_id == claim.worker_id, AidClaim.plan_id == claim.plan_id,
        AidClaim.status != ClaimStatus.REJECTED, AidClaim.id != claim.id,
        AidClaim.duplicate_override.is_(None), _same_event(claim))
    return list(session.scalars(query.order_by(AidClaim.number)))


def _same_event(claim: AidClaim):
    same = [AidClaim.event_on == claim.event_on]
    if claim.plan.kind == PlanKind.SCHOOL_AID and claim.grade:
        same.append(and_(AidClaim.grade == claim.grade,
                         AidClaim.beneficiary_name.is_not_distinct_from(claim.beneficiary_name)))
    if claim.admission_on is not None:
        end = claim.discharge_on or claim.admission_on
        same.append(and_(AidClaim.admission_on.is_not(None), AidClaim.admission_on <= end,
                         or_(AidClaim.discharge_on.is_(None), AidClaim.discharge_on >= claim.admission_on)))
    return or_(*same)


def describe(other: AidClaim) -> str:
    return describe_values(other.number, other.status, other.approved_amount, other.calculated_amount,
                           other.claimed_amount)


def describe_values(number: str, status: ClaimStatus, *amounts: Decimal | None) -> str:
    """「与理赔 HZ202600166（已核准，¥3,000.00）重复」: the first amount known of approved, calculated, claimed."""
    amount = next((a for a in amounts if a is not None), Decimal(0))
    return f"与理赔 {number}（{status.label}，¥{Decimal(amount):,.2f}）重复"


def ensure_not_duplicate(session: Session, claim: AidClaim, doing: str) -> None:
    """Refuse ``doing`` (核准 / 编入批次) for a duplicate claim unless a director overrode it."""
    if claim.duplicate_override:
        return
    others = duplicates_of(session, claim)
    if others:
        named = "；".join(describe(o) for o in others)
        raise ValidationError(f"理赔 {claim.number} {named}，不能{doing}。如确需支付，请由主任填写理由后"
                              "「确认非重复」。", field="重复理赔")


def check_override_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if len(reason) < 4:
        raise ValidationError("请写明为何不是重复理赔（至少 4 个字）", field="理由")
    return reason

