"""法律援助案件: an application, its eligibility review, the decision, the lawyer, its progress, the close.

The worker and the employer are their one identities (``worker`` / ``employer``). The
consultation an application came from points at it (``Consultation.legal_aid_id``: one
column read both ways). Lawyers are a list the centre maintains (``LegalAidLawyer``:
工会法律服务律师 and 值班律师); a deactivated lawyer stays on the cases they handled.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import ConsultCategory, HardshipLevel, LawyerKind, LegalAidProcedure, LegalAidStatus
from db.models.people import Employer, Worker


class LegalAidLawyer(Versioned, Timestamped, Base):
    __tablename__ = "legal_aid_lawyer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    kind: Mapped[LawyerKind] = enum_column(LawyerKind)
    firm: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LegalAidCase(Versioned, Timestamped, Base):
    __tablename__ = "legal_aid_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    applied_on: Mapped[date] = mapped_column(index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    category: Mapped[ConsultCategory] = enum_column(ConsultCategory, index=True)
    matter: Mapped[str] = mapped_column(Text)
    amount_claimed: Mapped[Decimal]
    workers_involved: Mapped[int] = mapped_column(default=1)
    status: Mapped[LegalAidStatus] = enum_column(LegalAidStatus, default=LegalAidStatus.PENDING, index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), index=True)
    # 审查
    is_member: Mapped[bool | None] = mapped_column(Boolean)
    hardship_level: Mapped[HardshipLevel | None] = enum_column(HardshipLevel)
    hardship_number: Mapped[str | None] = mapped_column(String(40))
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    reviewed_on: Mapped[date | None]
    # 受理 / 不予援助
    decided_on: Mapped[date | None] = mapped_column(index=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    # 指派
    lawyer_id: Mapped[int | None] = mapped_column(ForeignKey("legal_aid_lawyer.id"), index=True)
    assigned_on: Mapped[date | None]
    procedure: Mapped[LegalAidProcedure | None] = enum_column(LegalAidProcedure)
    # 结案
    outcome: Mapped[str | None] = mapped_column(Text)
    amount_recovered: Mapped[Decimal | None]
    closed_on: Mapped[date | None] = mapped_column(index=True)

    worker: Mapped[Worker] = relationship(lazy="joined")
    employer: Mapped[Employer | None] = relationship(lazy="joined")
    lawyer: Mapped[LegalAidLawyer | None] = relationship(lazy="joined")
    progress: Mapped[list[LegalAidProgress]] = relationship(
        back_populates="case", order_by="LegalAidProgress.happened_on", cascade="all, delete-orphan")


class LegalAidProgress(Base):
    """One step while the lawyer handles the case: a hearing (开庭, on the due list) or a note."""

    __tablename__ = "legal_aid_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("legal_aid_case.id", ondelete="CASCADE"), index=True)
    happened_on: Mapped[date] = mapped_column(index=True)
    procedure: Mapped[LegalAidProcedure] = enum_column(LegalAidProcedure)
    is_hearing: Mapped[bool] = mapped_column(Boolean, default=False)
    place: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))

    case: Mapped[LegalAidCase] = relationship(back_populates="progress")
