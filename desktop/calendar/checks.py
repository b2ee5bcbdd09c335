"""What any arrangement must satisfy before it is saved, wherever it came from."""

from __future__ import annotations

from datetime import date

from db.enums import HolidayKind
from desktop.calendar.entries import DayEntry, YearArrangement
from desktop.errors import ValidationError

_WEEKDAYS = "一二三四五六日"
FIRST_YEAR, LAST_YEAR = 2000, 2100


def check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(f"应为 {FIRST_YEAR} 至 {LAST_YEAR} 之间的四位年份，实际为「{year}」", field="年份")
    return year


def check_entry(year: int, entry: DayEntry) -> DayEntry:
    """One day: in its year (or the last days of December before, as 2022-12-31 was 2023's
    元旦), named, and a make-up workday only on a weekend."""
    where = f"{entry.day:%Y-%m-%d}"
    if not isinstance(entry.day, date):
        raise ValidationError("日期无效", field="日期")
    if entry.day.year != year and not (entry.day.year == year - 1 and entry.day >= date(year - 1, 12, 25)):
        raise ValidationError(f"{where} 不属于 {year} 年的节假日安排，请核对年份", field="日期")
    if not entry.name.strip():
        raise ValidationError(f"{where} 没有写节日名称", field="节日")
    if entry.kind is HolidayKind.WORK and entry.day.weekday() < 5:
        raise ValidationError(f"{where} 是星期{_WEEKDAYS[entry.day.weekday()]}，调休上班日只会是周六或周日",
                              field="类型")
    return DayEntry(entry.day, entry.kind, entry.name.strip()[:40], entry.reason.strip())


def check_arrangement(arrangement: YearArrangement) -> YearArrangement:
    check_year(arrangement.year)
    if not arrangement.days:
        raise ValidationError(f"{arrangement.year} 年没有任何放假或调休上班日", field="节假日安排")
    seen: set[date] = set()
    for entry in arrangement.days:
        if entry.day in seen:
            raise ValidationError(f"{entry.day:%Y-%m-%d} 出现了两次", field="日期")
        seen.add(entry.day)
        check_entry(arrangement.year, entry)
    return arrangement
