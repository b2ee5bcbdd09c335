"""Aid programmes that are not insurance (金秋助学, 困难帮扶·送温暖, 劳模特殊困难补助): the programme, its
versioned amounts, the 劳模 roll, and the applications that go through 审核 → 核准."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import AidKind, AidStatus, SchoolStage
from db.models.people import Worker


class AidProgramme(Versioned, Timestamped, Base):
    """One round of a programme: 2025年金秋助学, 2026年元旦春节送温暖 (``held_on``: the campaign's date).
    ``fixed_amount`` gives every recipient the same sum; otherwise the amount comes from ``AidRule``."""

    __tablename__ = "aid_programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AidKind] = enum_column(AidKind, index=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    year: Mapped[int]
    held_on: Mapped[date | None]
    fixed_amount: Mapped[Decimal | None]
    note: Mapped[str | None] = mapped_column(Text)


class AidRule(Base):
    """An amount for a kind of aid and a grade (a school stage, a hardship level), from ``effective_from``:
    a new standard is a new row, so past grants keep the amount of their day."""

    __tablename__ = "aid_rule"
    __table_args__ = (UniqueConstraint("kind", "grade", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AidKind] = enum_column(AidKind)
    grade: Mapped[str] = mapped_column(String(32))
    amount: Mapped[Decimal]
    effective_from: Mapped[date]


class ModelWorker(Timestamped, Base):
    """The 劳模 roll: a worker holding a 劳动模范 (or 先进工作者) title."""

    __tablename__ = "model_worker"

    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    awarded_year: Mapped[int | None]


class AidApplication(Versioned, Timestamped, Base):
    """One worker's application to a programme; 金秋助学 names the child, the stage and the admission year."""

    __tablename__ = "aid_application"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("aid_programme.id"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    status: Mapped[AidStatus] = enum_column(AidStatus, default=AidStatus.SUBMITTED, index=True)
    grounds: Mapped[str] = mapped_column(String(200))
    """Why the worker is eligible: 困难职工档案 KN2025-0001（困难） or 劳模：北京市劳动模范."""
    hardship_file_id: Mapped[int | None] = mapped_column(ForeignKey("hardship_file.id"))
    child_name: Mapped[str | None] = mapped_column(String(50))
    child_id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    school_stage: Mapped[SchoolStage | None] = enum_column(SchoolStage)
    admission_year: Mapped[int | None]
    school: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[Decimal]
    applied_on: Mapped[date]
    reason: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    reviewed_on: Mapped[date | None]
    review_note: Mapped[str | None] = mapped_column(Text)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    approved_on: Mapped[date | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))

    worker: Mapped[Worker] = relationship(lazy="joined", foreign_keys=[worker_id])
    programme: Mapped[AidProgramme] = relationship(lazy="joined")
