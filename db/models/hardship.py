"""困难职工档案: one file per worker (level, household, income per head, causes), its yearly reviews."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import HardshipLevel, HardshipStatus, ReviewResult
from db.models.people import Worker
from db.types import utcnow


class HardshipFile(Versioned, Timestamped, Base):
    """A registered hardship worker. ``next_review_on`` is one year after filing or the last 复核;
    脱困 closes the file (``relieved_on`` and ``relieved_reason``) and ends the reviews."""

    __tablename__ = "hardship_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), unique=True)
    level: Mapped[HardshipLevel] = enum_column(HardshipLevel, index=True)
    status: Mapped[HardshipStatus] = enum_column(HardshipStatus, default=HardshipStatus.ACTIVE, index=True)
    household_size: Mapped[int]
    household_members: Mapped[str | None] = mapped_column(Text)
    income_per_head: Mapped[Decimal]
    """Monthly household income per head, yuan."""
    causes: Mapped[str] = mapped_column(Text)
    filed_on: Mapped[date]
    next_review_on: Mapped[date | None] = mapped_column(index=True)
    relieved_on: Mapped[date | None]
    relieved_reason: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))

    worker: Mapped[Worker] = relationship(lazy="joined")
    reviews: Mapped[list[HardshipReview]] = relationship(order_by="HardshipReview.reviewed_on")


class HardshipReview(Base):
    """One yearly 复核: the result, the level and income found."""

    __tablename__ = "hardship_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    reviewed_on: Mapped[date]
    result: Mapped[ReviewResult] = enum_column(ReviewResult)
    level: Mapped[HardshipLevel] = enum_column(HardshipLevel)
    income_per_head: Mapped[Decimal]
    note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
