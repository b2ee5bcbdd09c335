"""Taking a claim in: documents checklist, the payout by the plan's rule, refusals and duplicates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import ClaimStatus
from db.models import AidClaim, ClaimDocument, StateTransition
from db.types import utcnow
from desktop.auth import Actor, Permission, require
from desktop.claims import rules
from desktop.claims.context import ClaimContext, load_context
from desktop.claims.states import CLAIM_FLOW
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, UserError, ValidationError
from desktop.numbering import take_number

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ClaimDraft:
    worker_id: int | None
    plan_id: int | None
    event_type: str
    event_on: date
    applied_on: date
    admission_on: date | None = None
    discharge_on: date | None = None
    relationship: str = "本人"
    beneficiary_name: str = ""
    hospital: str = ""
    hospital_level: str = ""
    diagnosis: str = ""
    grade: str = ""
    total_cost: Decimal = ZERO
    fund_paid: Decimal = ZERO
    copay: Decimal = ZERO
    self_pay: Decimal = ZERO
    documents: dict[str, bool] = field(default_factory=dict)
    account_no: str = ""


@dataclass(frozen=True)
class Preview:
    calculation: rules.Calculation
    rule_version_no: int | None
    missing_documents: tuple[str, ...]
    duplicate_number: str | None
    ytd_paid: Decimal


@dataclass(frozen=True)
class SavedClaim:
    id: int
    number: str
    status: ClaimStatus
    amount: Decimal
    missing_documents: tuple[str, ...]
    duplicate_number: str | None


class ClaimRefused(UserError):
    """The plan's rule refuses the claim; ``reasons`` say why."""

    def __init__(self, reasons: tuple[str, ...]) -> None:
        super().__init__("按保障项目规则不予赔付：\n" + "\n".join(reasons))
        self.reasons = reasons


def check_draft(draft: ClaimDraft) -> None:
    if draft.worker_id is None:
        raise ValidationError("请先选择会员", field="会员")
    if draft.plan_id is None:
        raise ValidationError("请选择保障项目", field="保障项目")
    if not draft.event_type.strip():
        raise ValidationError("不能为空", field="事故/疾病类别")
    if draft.applied_on < draft.event_on:
        raise ValidationError("申请日期不能早于事故/发病日期", field="申请日期")
    if draft.admission_on and draft.discharge_on and draft.discharge_on < draft.admission_on:
        raise ValidationError("出院日期不能早于入院日期", field="出院日期")
    _check_costs(draft)


def _check_costs(draft: ClaimDraft) -> None:
    for value, label in ((draft.total_cost, "总费用"), (draft.fund_paid, "统筹支付"),
                         (draft.copay, "自负费用"), (draft.self_pay, "自费费用")):
        if value < 0:
            raise ValidationError("不能为负数", field=label)
    if draft.fund_paid + draft.copay + draft.self_pay > draft.total_cost and draft.total_cost > 0:
        raise ValidationError("统筹支付、自负与自费之和不能超过总费用", field="总费用")


class ClaimIntakeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def preview(self, draft: ClaimDraft) -> Preview:
        """The live calculation for the intake form (reads only)."""
        with self._db.read() as session:
            return _preview(load_context(session, draft))

    def submit(self, actor: Actor, draft: ClaimDraft, *, record_refusal: bool = False) -> SavedClaim:
        """Register the claim. A refused claim raises ``ClaimRefused`` unless ``record_refusal``,
        in which case it is registered as 不予赔付 with the reasons."""
        require(actor, Permission.CLAIM_INTAKE)
        check_draft(draft)
        with self._db.write(actor) as session:
            context = load_context(session, draft)
            if context.calculation.refused and not record_refusal:
                raise ClaimRefused(context.calculation.refusals)
            claim = _new_claim(session, draft, context, actor)
            return _saved(claim, context)

    def complete_documents(self, actor: Actor, claim_id: int, expected_version: int,
                           received: set[str]) -> SavedClaim:
        """Record documents handed in later (补正); with none missing the claim goes back to review."""
        require(actor, Permission.CLAIM_INTAKE)
        with self._db.write(actor) as session:
            claim = _get(session, claim_id)
            ensure_version(session, claim, expected_version)
            missing = _mark_received(claim, received)
            claim.missing_documents = "\n".join(missing) or None
            if not missing and claim.status == ClaimStatus.DOCS_INCOMPLETE:
                CLAIM_FLOW.move(session, claim, ClaimStatus.SUBMITTED, actor, "材料已补齐")
            session.flush()
            return SavedClaim(claim.id, claim.number, claim.status, claim.calculated_amount or ZERO,
                              tuple(missing), None)


def _preview(context: ClaimContext) -> Preview:
    return Preview(context.calculation, context.version.version_no if context.version else None,
                   context.missing, context.duplicate.number if context.duplicate else None, context.ytd_paid)


def _new_claim(session: Session, draft: ClaimDraft, context: ClaimContext, actor) -> AidClaim:
    calc = context.calculation
    status = _initial_status(calc, context.missing)
    number = take_number(session, "claim", draft.applied_on.year, entity_type="aid_claim", entity_id=None)
    claim = AidClaim(number=number.number, status=status, **_claim_fields(draft, context))
    claim.documents = [ClaimDocument(name=n, received=r) for n, r in context.documents.items()]
    if status == ClaimStatus.REJECTED:
        claim.reject_reason = "；".join(calc.refusals)
        claim.rejected_on = draft.applied_on
    session.add(claim)
    session.flush()
    reason = claim.reject_reason or (("缺少材料：" + "、".join(context.missing)) if context.missing else None)
    session.add(StateTransition(entity_type="aid_claim", entity_id=claim.id, from_state=None,
                                to_state=status.value, at=utcnow(), officer_id=actor.officer_id, reason=reason))
    return claim


def _initial_status(calc: rules.Calculation, missing: tuple[str, ...]) -> ClaimStatus:
    if calc.refused:
        return ClaimStatus.REJECTED
    return ClaimStatus.DOCS_INCOMPLETE if missing else ClaimStatus.SUBMITTED


def _claim_fields(draft: ClaimDraft, context: ClaimContext) -> dict:
    calc = context.calculation
    return dict(
        plan_id=draft.plan_id, worker_id=draft.worker_id,
        enrolment_id=context.enrolment.id if context.enrolment else None,
        relationship_to_member=draft.relationship or "本人", beneficiary_name=draft.beneficiary_name or None,
        event_type=draft.event_type.strip(), event_on=draft.event_on, admission_on=draft.admission_on,
        discharge_on=draft.discharge_on, hospital=draft.hospital or None, hospital_level=draft.hospital_level or None,
        diagnosis=draft.diagnosis or None, grade=draft.grade or None, total_cost=draft.total_cost,
        fund_paid=draft.fund_paid, copay=draft.copay, self_pay=draft.self_pay, eligible_base=calc.base,
        claimed_amount=calc.amount, calculated_amount=calc.amount, calculation_text=calc.text(),
        rule_version_id=context.version.id if context.version else None, ytd_paid_before=context.ytd_paid,
        missing_documents="\n".join(context.missing) or None,
        duplicate_of_id=context.duplicate.id if context.duplicate else None,
        applied_on=draft.applied_on, account_no=draft.account_no.strip() or _card(context),
        payment_method="银行卡",
    )


def _card(context: ClaimContext) -> str | None:
    if context.enrolment is not None and context.enrolment.card_no:
        return context.enrolment.card_no
    return context.worker.member_card_no


def _saved(claim: AidClaim, context: ClaimContext) -> SavedClaim:
    return SavedClaim(claim.id, claim.number, claim.status, context.calculation.amount, context.missing,
                      context.duplicate.number if context.duplicate else None)


def _mark_received(claim: AidClaim, received: set[str]) -> list[str]:
    for document in claim.documents:
        document.received = document.received or document.name in received
    return [d.name for d in claim.documents if not d.received]


def _get(session: Session, claim_id: int) -> AidClaim:
    claim = session.get(AidClaim, claim_id)
    if claim is None:
        raise NotFound("理赔申请不存在或已被删除。")
    return claim

