"""Legal-supervision letters (一函两书): a matter and its chain of letters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import (
    DayUnit,
    DeliveryMethod,
    IssueCategory,
    LetterKind,
    LetterStatus,
    MatterSource,
    RectificationResult,
)
from db.models.people import Employer

ZERO = Decimal("0.00")


class SupervisionMatter(Versioned, Timestamped, Base):
    """One employer's problem as found; its letters form the escalation chain."""

    __tablename__ = "supervision_matter"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    source: Mapped[MatterSource] = enum_column(MatterSource)
    found_on: Mapped[date]
    check_method: Mapped[str | None] = mapped_column(String(100))
    facts: Mapped[str] = mapped_column(Text)
    workers_affected: Mapped[int] = mapped_column(default=0)
    amount_involved: Mapped[Decimal] = mapped_column(default=ZERO)
    closed_on: Mapped[date | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))

    employer: Mapped[Employer] = relationship(lazy="joined")
    letters: Mapped[list[SupervisionLetter]] = relationship(
        back_populates="matter", order_by="SupervisionLetter.id", cascade="all, delete-orphan"
    )


class SupervisionLetter(Versioned, Timestamped, Base):
    __tablename__ = "supervision_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("supervision_matter.id"), index=True)
    kind: Mapped[LetterKind] = enum_column(LetterKind, index=True)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    status: Mapped[LetterStatus] = enum_column(LetterStatus, default=LetterStatus.DRAFT, index=True)
    previous_letter_id: Mapped[int | None] = mapped_column(ForeignKey("supervision_letter.id"))
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    recipient_body: Mapped[str | None] = mapped_column(String(200))
    facts: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    requests: Mapped[str | None] = mapped_column(Text)
    history: Mapped[str | None] = mapped_column(Text)
    workers_affected: Mapped[int] = mapped_column(default=0)
    amount_involved: Mapped[Decimal] = mapped_column(default=ZERO)
    deadline_days: Mapped[int] = mapped_column(default=15)
    deadline_unit: Mapped[DayUnit] = enum_column(DayUnit, default=DayUnit.CALENDAR)
    deadline_on: Mapped[date | None] = mapped_column(index=True)
    deadline_explanation: Mapped[str | None] = mapped_column(Text)
    issued_on: Mapped[date | None] = mapped_column(index=True)
    delivery_method: Mapped[DeliveryMethod | None] = enum_column(DeliveryMethod)
    delivered_on: Mapped[date | None]
    copy_to: Mapped[str | None] = mapped_column(String(300))
    copied_to_procuratorate: Mapped[bool] = mapped_column(default=False)
    reply_on: Mapped[date | None]
    reply_summary: Mapped[str | None] = mapped_column(Text)
    result: Mapped[RectificationResult | None] = enum_column(RectificationResult)
    wages_recovered: Mapped[Decimal] = mapped_column(default=ZERO)
    insurance_backpaid: Mapped[Decimal] = mapped_column(default=ZERO)
    contracts_signed: Mapped[int] = mapped_column(default=0)
    workers_covered: Mapped[int] = mapped_column(default=0)
    department_case_on: Mapped[date | None]
    department_refusal: Mapped[str | None] = mapped_column(Text)
    department_result_on: Mapped[date | None]
    department_result: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None]
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    remarks: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[SupervisionMatter] = relationship(back_populates="letters")
    employer: Mapped[Employer] = relationship(lazy="joined")
    categories: Mapped[list[LetterCategory]] = relationship(cascade="all, delete-orphan")
    problems: Mapped[list[LetterProblem]] = relationship(cascade="all, delete-orphan", order_by="LetterProblem.seq")


class LetterCategory(Base):
    __tablename__ = "letter_category"

    letter_id: Mapped[int] = mapped_column(ForeignKey("supervision_letter.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[IssueCategory] = enum_column(IssueCategory, primary_key=True)


class LetterProblem(Base):
    """A problem found, its legal basis and the rectification asked for."""

    __tablename__ = "letter_problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("supervision_letter.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=1)
    problem: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    request: Mapped[str | None] = mapped_column(Text)
