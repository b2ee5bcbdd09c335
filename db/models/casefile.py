"""The rest of a case file: the courts it deals with, applications to them, 回避, archive loans."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import CourtApplicationKind, CourtApplicationOutcome


class Court(Versioned, Timestamped, Base):
    """A court the centre takes referrals from (诉调对接), kept in 设置."""

    __tablename__ = "court"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str] = mapped_column(String(20))  # the court's code in case numbers: 京0118
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class CourtApplication(Versioned, Timestamped, Base):
    """司法确认 or 支付令 sought after an agreement, and what the court ruled."""

    __tablename__ = "court_application"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CourtApplicationKind] = enum_column(CourtApplicationKind)
    court_id: Mapped[int | None] = mapped_column(ForeignKey("court.id"))
    applied_on: Mapped[date | None]
    outcome: Mapped[CourtApplicationOutcome | None] = enum_column(CourtApplicationOutcome)
    ruling_no: Mapped[str | None] = mapped_column(String(80))
    ruled_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))


class CaseRecusal(Versioned, Base):
    """A mediator's 回避 in one case: declared (or asked for), then decided by the director."""

    __tablename__ = "case_recusal"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"), index=True)
    declared_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    approved: Mapped[bool | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    decided_on: Mapped[date | None]


class ArchiveLoan(Versioned, Base):
    """One borrowing of an archived file (借阅) until it comes back (归还)."""

    __tablename__ = "archive_loan"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    borrower: Mapped[str] = mapped_column(String(50))
    organisation: Mapped[str | None] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(Text)
    lent_on: Mapped[date]
    due_back_on: Mapped[date]
    returned_on: Mapped[date | None]
    lent_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
