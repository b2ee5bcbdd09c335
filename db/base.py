"""The one declarative base: naming convention, type map, common columns."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from db.types import Money, UtcDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Decimal: Money(), datetime: UtcDateTime()}


def enum_column(enum_cls: type[enum.Enum], **kw):
    """A string column holding an enum's value (no native DB enum: easy to extend)."""
    return mapped_column(
        Enum(enum_cls, native_enum=False, length=32, values_callable=_values, validate_strings=True),
        **kw,
    )


def _values(enum_cls):
    return [member.value for member in enum_cls]


class Versioned:
    """Optimistic locking: a save against a stale version raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.version}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
