"""Mutual-aid plans with versioned payout rules, enrolments, claims, batches and payments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import BatchStatus, ClaimStatus, PaymentKind, PaymentStatus, PlanKind
from db.models.people import Worker
from db.types import utcnow

ZERO = Decimal("0.00")


class AidPlan(Versioned, Timestamped, Base):
    __tablename__ = "aid_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[PlanKind] = enum_column(PlanKind)
    term_start: Mapped[date]
    term_end: Mapped[date]
    enrolment_rule: Mapped[str | None] = mapped_column(Text)
    required_documents: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)

    rules: Mapped[list[PlanRuleVersion]] = relationship(order_by="PlanRuleVersion.version_no")


class PlanRuleVersion(Base):
    """A payout rule as data (JSON); a change makes a new version, never an edit."""

    __tablename__ = "plan_rule_version"
    __table_args__ = (UniqueConstraint("plan_id", "version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("aid_plan.id"), index=True)
    version_no: Mapped[int]
    rule_json: Mapped[str] = mapped_column(Text)
    effective_from: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))


class Enrolment(Base):
    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("plan_id", "worker_id", "start_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("aid_plan.id"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    unit_name: Mapped[str | None] = mapped_column(String(200))
    card_no: Mapped[str | None] = mapped_column(String(32))
    start_on: Mapped[date]
    end_on: Mapped[date]
    enrolled_on: Mapped[date]


class AidClaim(Versioned, Timestamped, Base):
    __tablename__ = "aid_claim"
    __table_args__ = (Index("ix_aid_claim_status_applied", "status", "applied_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("aid_plan.id"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    enrolment_id: Mapped[int | None] = mapped_column(ForeignKey("enrolment.id"))
    status: Mapped[ClaimStatus] = enum_column(ClaimStatus, default=ClaimStatus.SUBMITTED, index=True)
    relationship_to_member: Mapped[str] = mapped_column(String(20), default="本人")
    beneficiary_name: Mapped[str | None] = mapped_column(String(50))
    event_type: Mapped[str] = mapped_column(String(50))
    event_on: Mapped[date]
    admission_on: Mapped[date | None]
    discharge_on: Mapped[date | None]
    hospital: Mapped[str | None] = mapped_column(String(200))
    hospital_level: Mapped[str | None] = mapped_column(String(20))
    diagnosis: Mapped[str | None] = mapped_column(String(300))
    grade: Mapped[str | None] = mapped_column(String(30))
    total_cost: Mapped[Decimal] = mapped_column(default=ZERO)
    fund_paid: Mapped[Decimal] = mapped_column(default=ZERO)
    copay: Mapped[Decimal] = mapped_column(default=ZERO)
    self_pay: Mapped[Decimal] = mapped_column(default=ZERO)
    eligible_base: Mapped[Decimal] = mapped_column(default=ZERO)
    claimed_amount: Mapped[Decimal] = mapped_column(default=ZERO)
    calculated_amount: Mapped[Decimal | None]
    calculation_text: Mapped[str | None] = mapped_column(Text)
    rule_version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_rule_version.id"))
    ytd_paid_before: Mapped[Decimal] = mapped_column(default=ZERO)
    approved_amount: Mapped[Decimal | None]
    approval_note: Mapped[str | None] = mapped_column(Text)
    reject_reason: Mapped[str | None] = mapped_column(Text)
    missing_documents: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("aid_claim.id"))
    duplicate_override: Mapped[str | None] = mapped_column(Text)  # a director's written reason to pay it anyway
    applied_on: Mapped[date] = mapped_column(index=True)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    approved_on: Mapped[date | None]
    rejected_on: Mapped[date | None]
    paid_amount: Mapped[Decimal] = mapped_column(default=ZERO)
    paid_on: Mapped[date | None] = mapped_column(index=True)
    payment_method: Mapped[str | None] = mapped_column(String(50))
    account_no: Mapped[str | None] = mapped_column(String(40))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("payment_batch.id"), index=True)

    worker: Mapped[Worker] = relationship(lazy="joined")
    plan: Mapped[AidPlan] = relationship(lazy="joined")
    documents: Mapped[list[ClaimDocument]] = relationship(cascade="all, delete-orphan")


class ClaimDocument(Base):
    """One entry of a claim's documents checklist."""

    __tablename__ = "claim_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("aid_claim.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    received: Mapped[bool] = mapped_column(default=False)


class PaymentBatch(Versioned, Timestamped, Base):
    __tablename__ = "payment_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    status: Mapped[BatchStatus] = enum_column(BatchStatus, default=BatchStatus.DRAFT)
    made_on: Mapped[date]
    total: Mapped[Decimal] = mapped_column(default=ZERO)
    count: Mapped[int] = mapped_column(default=0)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    paid_on: Mapped[date | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    # what the bank's return file (回盘) reported: lines paid and failed, with their amounts
    paid_count: Mapped[int] = mapped_column(default=0)
    paid_total: Mapped[Decimal] = mapped_column(default=ZERO)
    failed_count: Mapped[int] = mapped_column(default=0)
    failed_total: Mapped[Decimal] = mapped_column(default=ZERO)


class Payment(Base):
    """Money paid out (claims, aid) or, for settlements, tracked as paid by the employer."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PaymentKind] = enum_column(PaymentKind, index=True)
    status: Mapped[PaymentStatus] = enum_column(PaymentStatus, default=PaymentStatus.PENDING)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("payment_batch.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("aid_claim.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    payee_name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal]
    due_on: Mapped[date | None]
    paid_on: Mapped[date | None] = mapped_column(index=True)
    method: Mapped[str | None] = mapped_column(String(50))
    account_no: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    failure_reason: Mapped[str | None] = mapped_column(Text)  # the bank's reason when 支付失败
