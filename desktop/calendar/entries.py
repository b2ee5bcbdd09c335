"""A year's arrangement as read from a notice or a workbook, before it is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db.enums import HolidayKind


@dataclass(frozen=True)
class DayEntry:
    """One 放假 or 调休上班 day."""

    day: date
    kind: HolidayKind
    name: str
    reason: str = ""


@dataclass(frozen=True)
class YearArrangement:
    """What an import would save for ``year``: its days and where they come from."""

    year: int
    days: tuple[DayEntry, ...]
    source: str = ""
    notice_date: date | None = None
    notice_text: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def days_off(self) -> tuple[DayEntry, ...]:
        return tuple(d for d in self.days if d.kind is HolidayKind.OFF)

    @property
    def workdays(self) -> tuple[DayEntry, ...]:
        return tuple(d for d in self.days if d.kind is HolidayKind.WORK)
