"""Column types shared by every model: money as exact Decimal, UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import DateTime, Integer, Numeric
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


class Money(TypeDecorator):
    """Yuan with two places, always ``Decimal`` in Python.

    PostgreSQL stores ``NUMERIC(14, 2)``. SQLite has no exact decimal type, so it
    stores whole cents as an INTEGER: sums stay exact and no float is involved.
    """

    impl = Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Integer())
        return dialect.type_descriptor(Numeric(14, 2, asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        amount = Decimal(value).quantize(CENT)
        if dialect.name == "sqlite":
            return int(amount * 100)
        return amount

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "sqlite":
            return _from_cents(value)
        return Decimal(value).quantize(CENT)

    def result_processor(self, dialect, coltype):
        """A direct function (a list reads thousands of amounts): cents to yuan on SQLite,
        the driver's Decimal to two places elsewhere."""
        return _from_cents if dialect.name == "sqlite" else _two_places

    @property
    def python_type(self):
        return Decimal


def _from_cents(value):
    """Whole cents to yuan with exactly two places: 123456 -> Decimal('1234.56')."""
    return None if value is None else Decimal(int(value)).scaleb(-2)


def _two_places(value):
    return None if value is None else Decimal(value).quantize(CENT)


class UtcDateTime(TypeDecorator):
    """A timestamp stored as naive UTC and returned timezone-aware (UTC)."""

    impl = DateTime()
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to UtcDateTime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
