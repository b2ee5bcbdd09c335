"""One identity per worker and per employer, shared by cases, letters and claims."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import Gender
from db.sortkeys import SORT_KEY_LENGTH, pinyin_key


class Employer(Versioned, Timestamped, Base):
    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    address: Mapped[str | None] = mapped_column(String(300))
    legal_representative: Mapped[str | None] = mapped_column(String(50))
    contact_name: Mapped[str | None] = mapped_column(String(50))
    contact_phone: Mapped[str | None] = mapped_column(String(30))
    industry: Mapped[str | None] = mapped_column(String(50))
    street: Mapped[str | None] = mapped_column(String(50), index=True)
    name_sort: Mapped[str | None] = mapped_column(String(SORT_KEY_LENGTH), index=True)
    """The name by pinyin (``db.sortkeys``), kept by the listener below: lists sort on it."""


@event.listens_for(Employer, "before_insert")
@event.listens_for(Employer, "before_update")
def _employer_sort_key(_mapper, _connection, employer: Employer) -> None:
    employer.name_sort = pinyin_key(employer.name)


class Worker(Versioned, Timestamped, Base):
    __tablename__ = "worker"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    gender: Mapped[Gender | None] = enum_column(Gender)
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(300))
    is_member: Mapped[bool] = mapped_column(default=False)
    member_card_no: Mapped[str | None] = mapped_column(String(32), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    unit_name: Mapped[str | None] = mapped_column(String(200))
