"""The stretch of time a register covers: a calendar year, a date range, or everything."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, DateTime

from desktop.errors import ValidationError


@dataclass(frozen=True)
class Period:
    """``start`` and ``end`` are inclusive; None leaves that side open."""

    start: dt.date | None = None
    end: dt.date | None = None
    year: int | None = None

    @classmethod
    def of_year(cls, year: int) -> Period:
        if not 1900 <= year <= 9999:
            raise ValidationError(f"年份「{year}」无效", field="年度")
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), year)

    @classmethod
    def between(cls, start: dt.date | None, end: dt.date | None) -> Period:
        if start and end and end < start:
            raise ValidationError("结束日期早于开始日期", field="日期范围")
        return cls(start, end)

    def conditions(self, column) -> list[ColumnElement[bool]]:
        """SQL conditions keeping ``column`` inside the period (a date-and-time column: the whole last day)."""
        found = []
        if isinstance(getattr(column, "type", None), DateTime):
            if self.start is not None:
                found.append(column >= dt.datetime.combine(self.start, dt.time()))
            if self.end is not None:
                found.append(column < dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))
            return found
        if self.start is not None:
            found.append(column >= self.start)
        if self.end is not None:
            found.append(column <= self.end)
        return found

    @property
    def title_text(self) -> str:
        """What goes where the title says ``{year}年度``."""
        if self.year is not None:
            return f"{self.year}年度"
        if self.start is None and self.end is None:
            return "历年"
        return f"{_chinese(self.start) or '最早'}至{_chinese(self.end) or '今'}"


def _chinese(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""
