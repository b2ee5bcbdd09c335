"""The working-day calendar: each dated exception to Monday-Friday with its source."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import HolidayKind


class HolidayDay(Versioned, Timestamped, Base):
    """A 放假 day or a 调休上班 day; ``plan_year`` is the arrangement it belongs to
    (2022-12-31 is part of 2023's 元旦)."""

    __tablename__ = "holiday_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    plan_year: Mapped[int] = mapped_column(index=True)
    kind: Mapped[HolidayKind] = enum_column(HolidayKind)
    name: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200), default="")
    notice_date: Mapped[date | None]
    notice_text: Mapped[str | None] = mapped_column(Text)
