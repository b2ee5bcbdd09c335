"""Mediation case files: the case, its parties, claims, mediators, sessions and outcome."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import (
    AgentKind,
    ApplicantRole,
    ApplicationForm,
    CaseSource,
    CaseStatus,
    DisputeCategory,
    FollowUpRoute,
    MediatorRole,
    PauseReason,
    PartySide,
    Retention,
    Satisfaction,
    SessionKind,
    SessionMode,
    TerminationReason,
)
from db.models.people import Employer, Worker

ZERO = Decimal("0.00")


class MediationCase(Versioned, Timestamped, Base):
    __tablename__ = "mediation_case"
    __table_args__ = (Index("ix_mediation_case_status_received", "status", "received_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    status: Mapped[CaseStatus] = enum_column(CaseStatus, default=CaseStatus.DRAFT, index=True)
    source: Mapped[CaseSource] = enum_column(CaseSource)
    application_form: Mapped[ApplicationForm] = enum_column(ApplicationForm, default=ApplicationForm.WRITTEN)
    oral_record: Mapped[str | None] = mapped_column(Text)
    referral_doc_no: Mapped[str | None] = mapped_column(String(100))
    referring_body: Mapped[str | None] = mapped_column(String(200))
    papers_received_on: Mapped[date | None]
    court_simple_procedure: Mapped[bool] = mapped_column(default=False)
    received_on: Mapped[date] = mapped_column(index=True)
    accepted_on: Mapped[date | None] = mapped_column(index=True)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    facts: Mapped[str | None] = mapped_column(Text)
    requests: Mapped[str | None] = mapped_column(Text)
    workers_involved: Mapped[int] = mapped_column(default=1)
    amount_claimed: Mapped[Decimal] = mapped_column(default=ZERO)
    extension_days: Mapped[int] = mapped_column(default=0)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    paused_days: Mapped[int] = mapped_column(default=0)
    paused_since: Mapped[date | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)
    agreed_on: Mapped[date | None]
    agreed_amount: Mapped[Decimal | None]
    amount_performed: Mapped[Decimal] = mapped_column(default=ZERO)
    amount_recovered: Mapped[Decimal] = mapped_column(default=ZERO)
    termination_reason: Mapped[TerminationReason | None] = enum_column(TerminationReason)
    termination_note: Mapped[str | None] = mapped_column(Text)
    follow_up_route: Mapped[FollowUpRoute | None] = enum_column(FollowUpRoute)
    ended_on: Mapped[date | None]
    closed_on: Mapped[date | None] = mapped_column(index=True)
    archive_no: Mapped[str | None] = mapped_column(String(60))
    archived_on: Mapped[date | None]
    box_no: Mapped[str | None] = mapped_column(String(30))  # 盒号
    volume_no: Mapped[str | None] = mapped_column(String(30))  # 卷号
    retention: Mapped[Retention | None] = enum_column(Retention)  # 保管期限
    court_id: Mapped[int | None] = mapped_column(ForeignKey("court.id"))  # 诉调对接: the referring court
    court_case_no: Mapped[str | None] = mapped_column(String(60))  # （2026）京0118民诉前调1234号
    referred_on: Mapped[date | None]  # the court's referral date
    court_due_on: Mapped[date | None]  # the court's own deadline
    follow_up_due_on: Mapped[date | None]  # the 回访 planned at closing, until it is recorded
    close_approved_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))  # 结案审批
    close_approved_on: Mapped[date | None]
    close_approval_note: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))

    respondent: Mapped[Employer] = relationship(lazy="joined")
    applicants: Mapped[list[CaseApplicant]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseApplicant.position"
    )
    categories: Mapped[list[CaseCategory]] = relationship(cascade="all, delete-orphan")
    claim_items: Mapped[list[ClaimItem]] = relationship(cascade="all, delete-orphan", order_by="ClaimItem.seq")
    agents: Mapped[list[CaseAgent]] = relationship(cascade="all, delete-orphan")
    mediators: Mapped[list[CaseMediator]] = relationship(cascade="all, delete-orphan")
    sessions: Mapped[list[MediationSession]] = relationship(
        cascade="all, delete-orphan", order_by="MediationSession.held_on"
    )
    terms: Mapped[list[AgreementTerm]] = relationship(cascade="all, delete-orphan", order_by="AgreementTerm.seq")
    performances: Mapped[list[PerformancePayment]] = relationship(
        cascade="all, delete-orphan", order_by="PerformancePayment.paid_on"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(cascade="all, delete-orphan", order_by="FollowUp.visited_on")
    pauses: Mapped[list[CasePause]] = relationship(cascade="all, delete-orphan", order_by="CasePause.started_on")

    @property
    def collective(self) -> bool:
        return self.workers_involved >= 10


class CaseApplicant(Base):
    __tablename__ = "case_applicant"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    role: Mapped[ApplicantRole] = enum_column(ApplicantRole, default=ApplicantRole.APPLICANT)
    job_title: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)

    case: Mapped[MediationCase] = relationship(back_populates="applicants")
    worker: Mapped[Worker] = relationship(lazy="joined")


class CaseCategory(Base):
    __tablename__ = "case_category"

    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[DisputeCategory] = enum_column(DisputeCategory, primary_key=True)


class ClaimItem(Base):
    """One thing the applicant asks for (诉求): item, amount, basis."""

    __tablename__ = "claim_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=1)
    item: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(default=ZERO)
    basis: Mapped[str | None] = mapped_column(Text)


class CaseAgent(Base):
    __tablename__ = "case_agent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    side: Mapped[PartySide] = enum_column(PartySide)
    kind: Mapped[AgentKind] = enum_column(AgentKind)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    organisation: Mapped[str | None] = mapped_column(String(200))


class CaseMediator(Base):
    __tablename__ = "case_mediator"

    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"), primary_key=True, index=True)
    role: Mapped[MediatorRole] = enum_column(MediatorRole)


class MediationSession(Base):
    """A mediation or investigation record (调解笔录 / 调查笔录)."""

    __tablename__ = "mediation_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SessionKind] = enum_column(SessionKind, default=SessionKind.MEDIATION)
    held_on: Mapped[date]
    place: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[SessionMode] = enum_column(SessionMode, default=SessionMode.IN_PERSON)
    attendees: Mapped[str | None] = mapped_column(Text)
    applicant_position: Mapped[str | None] = mapped_column(Text)
    respondent_position: Mapped[str | None] = mapped_column(Text)
    proposal: Mapped[str | None] = mapped_column(Text)
    narrative: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))


class AgreementTerm(Base):
    __tablename__ = "agreement_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=1)
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(default=ZERO)
    payer: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date | None]
    method: Mapped[str | None] = mapped_column(String(50))


class PerformancePayment(Base):
    """An instalment received under the agreement."""

    __tablename__ = "performance_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    term_id: Mapped[int | None] = mapped_column(ForeignKey("agreement_term.id"), index=True)
    paid_on: Mapped[date]
    amount: Mapped[Decimal]
    method: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None]


class FollowUp(Base):
    """A follow-up visit (回访)."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[date]
    method: Mapped[str | None] = mapped_column(String(50))
    result: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[Satisfaction | None] = enum_column(Satisfaction)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))


class CasePause(Versioned, Base):
    """A suspension (中止) of the case's clock: from ``started_on`` until ``resumed_on``."""

    __tablename__ = "case_pause"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    reason: Mapped[PauseReason] = enum_column(PauseReason)
    reason_text: Mapped[str | None] = mapped_column(Text)
    started_on: Mapped[date]
    resumed_on: Mapped[date | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
