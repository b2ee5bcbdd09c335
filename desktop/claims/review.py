"""Reviewing a claim: pass review, ask for documents (补正), approve (maybe another amount) or reject."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from db import audit
from db.enums import ClaimStatus
from db.engine import Database
from db.models import AidClaim, PlanRuleVersion
from desktop.auth import Actor, Permission, require
from desktop.claims import duties, rules
from desktop.claims.context import year_to_date
from desktop.claims.duplicates import check_override_reason, describe, duplicates_of, ensure_not_duplicate
from desktop.claims.states import CLAIM_FLOW
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError
from desktop.money import format_amount

S = ClaimStatus
LABELS = {"status": "状态", "approved_amount": "核准金额", "total_cost": "总费用", "self_pay": "自费费用"}


@dataclass(frozen=True)
class ReviewResult:
    id: int
    number: str
    status: ClaimStatus
    approved_amount: Decimal | None
    version: int


class ClaimReviewService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def review(self, actor: Actor, claim_id: int, expected_version: int, note: str = "") -> ReviewResult:
        """Documents and facts checked: the claim is ready for approval."""
        require(actor, Permission.CLAIM_REVIEW)
        with self._db.write(actor) as session:
            claim = _open(session, claim_id, expected_version)
            CLAIM_FLOW.move(session, claim, S.REVIEWED, actor, note)
            claim.reviewed_by = actor.officer_id
            return _result(session, claim)

    def request_documents(self, actor: Actor, claim_id: int, expected_version: int,
                          missing: list[str]) -> ReviewResult:
        require(actor, Permission.CLAIM_REVIEW)
        names = [m.strip() for m in missing if m.strip()]
        if not names:
            raise ValidationError("请列出需要补正的材料", field="缺少材料")
        with self._db.write(actor) as session:
            claim = _open(session, claim_id, expected_version)
            CLAIM_FLOW.move(session, claim, S.DOCS_INCOMPLETE, actor, "缺少材料：" + "、".join(names))
            _mark_missing(claim, names)
            return _result(session, claim)

    def approve(self, actor: Actor, claim_id: int, expected_version: int, amount: Decimal | None = None,
                reason: str = "", on: date | None = None) -> ReviewResult:
        """Approve the calculated amount, or another one with a reason; never past the yearly cap."""
        require(actor, Permission.CLAIM_APPROVE)
        with self._db.write(actor) as session:
            claim = _open(session, claim_id, expected_version)
            duties.ensure_different(session, actor, claim.reviewed_by, "审核人", "核准人")
            amount = _approved_amount(claim, amount, reason)
            ensure_not_duplicate(session, claim, "核准")
            _check_year_cap(session, claim, amount)
            CLAIM_FLOW.move(session, claim, S.APPROVED, actor, reason or None)
            claim.approved_amount, claim.approval_note = amount, reason.strip() or None
            claim.approved_by, claim.approved_on = actor.officer_id, on or date.today()
            return _result(session, claim)

    def reject(self, actor: Actor, claim_id: int, expected_version: int, reason: str,
               on: date | None = None) -> ReviewResult:
        require(actor, Permission.CLAIM_REVIEW)
        if not reason.strip():
            raise ValidationError("不予赔付必须填写原因", field="不予赔付原因")
        with self._db.write(actor) as session:
            claim = _open(session, claim_id, expected_version)
            CLAIM_FLOW.move(session, claim, S.REJECTED, actor, reason)
            claim.reject_reason, claim.rejected_on = reason.strip(), on or date.today()
            return _result(session, claim)

    def confirm_not_duplicate(self, actor: Actor, claim_id: int, expected_version: int,
                              reason: str) -> ReviewResult:
        """A director's written reason why a claim that looks like a duplicate may be approved and paid."""
        require(actor, Permission.BATCH_APPROVE)
        reason = check_override_reason(reason)
        with self._db.write(actor) as session:
            claim = _open(session, claim_id, expected_version)
            if claim.status in (S.REJECTED, S.PAID, S.ARCHIVED):
                raise ValidationError(f"理赔已「{claim.status.label}」，无需确认非重复", field="重复理赔")
            others = "；".join(describe(o) for o in duplicates_of(session, claim)) or "未发现重复"
            claim.duplicate_override = reason
            audit.record_event(session, "duplicate_override", entity_type="aid_claim", entity_id=claim.id,
                               detail=f"确认非重复（{others}）：{reason}")
            return _result(session, claim)

    def archive(self, actor: Actor, claim_id: int, expected_version: int) -> ReviewResult:
        """File a paid claim away (归档); it stays in every list and register."""
        require(actor, Permission.CLAIM_APPROVE)
        with self._db.write(actor) as session:
            claim = _open(session, claim_id, expected_version)
            CLAIM_FLOW.move(session, claim, S.ARCHIVED, actor)
            return _result(session, claim)


def _open(session: Session, claim_id: int, expected_version: int) -> AidClaim:
    claim = session.get(AidClaim, claim_id)
    if claim is None:
        raise NotFound("理赔申请不存在或已被删除。")
    ensure_version(session, claim, expected_version, {}, LABELS)
    return claim


def _approved_amount(claim: AidClaim, amount: Decimal | None, reason: str) -> Decimal:
    calculated = claim.calculated_amount or Decimal("0.00")
    amount = calculated if amount is None else amount.quantize(rules.CENT)
    if amount <= 0:
        raise ValidationError("核准金额必须大于 0；不予赔付请使用「不予赔付」", field="核准金额")
    if amount != calculated and not reason.strip():
        raise ValidationError(f"核准金额与计算金额 ¥{format_amount(calculated)} 不同，必须填写原因",
                              field="调整原因")
    return amount


def _check_year_cap(session: Session, claim: AidClaim, amount: Decimal) -> None:
    version = session.get(PlanRuleVersion, claim.rule_version_id) if claim.rule_version_id else None
    if version is None:
        return
    cap = rules.parse_rule(version.rule_json).limits.per_year_cap
    if cap is None:
        return
    ytd = year_to_date(session, claim.worker_id, claim.plan_id, claim.event_on.year, exclude=claim.id)
    if ytd + amount > cap:
        raise ValidationError(
            f"超过年度封顶：本年度已核准/已支付 ¥{format_amount(ytd)}，年度封顶 ¥{format_amount(cap)}，"
            f"最多还可核准 ¥{format_amount(max(cap - ytd, Decimal('0')))}", field="核准金额")


def _mark_missing(claim: AidClaim, names: list[str]) -> None:
    from db.models import ClaimDocument

    known = {d.name: d for d in claim.documents}
    for name in names:
        if name in known:
            known[name].received = False
        else:
            claim.documents.append(ClaimDocument(name=name, received=False))
    claim.missing_documents = "\n".join(d.name for d in claim.documents if not d.received) or None


def _result(session: Session, claim: AidClaim) -> ReviewResult:
    session.flush()
    return ReviewResult(claim.id, claim.number, claim.status, claim.approved_amount, claim.version)
