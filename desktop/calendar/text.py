"""Dates written the way official documents write them (GB/T 9704-2012).

``2024年11月22日``: Arabic numerals, no zero padding. Inside one explanation the
year may be left out (``10月1日``), and a run of days is written
``10月1日-7日`` or ``1月28日-2月4日``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

_WEEKDAY_NAMES = "一二三四五六日"


def format_date(day: date) -> str:
    """``2024年11月22日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def format_month_day(day: date, *, with_year: bool = False) -> str:
    """``10月1日``, or the full date when ``with_year``."""
    return format_date(day) if with_year else f"{day.month}月{day.day}日"


def weekday_name(day: date) -> str:
    """``星期六``."""
    return "星期" + _WEEKDAY_NAMES[day.weekday()]


def format_span(first: date, last: date, *, with_year: bool = False) -> str:
    """``10月1日``, ``10月1日-7日`` or ``1月28日-2月4日`` (years added when asked)."""
    start = format_month_day(first, with_year=with_year)
    if first == last:
        return start
    if (first.year, first.month) == (last.year, last.month):
        return f"{start}-{last.day}日"
    return f"{start}-{format_month_day(last, with_year=with_year and first.year != last.year)}"


def named_runs(days: Iterable[tuple[date, str]]) -> list[tuple[str, date, date]]:
    """Group sorted ``(date, name)`` pairs into runs of consecutive days with one name."""
    runs: list[tuple[str, date, date]] = []
    for day, name in days:
        if runs and runs[-1][0] == name and runs[-1][2] + timedelta(days=1) == day:
            runs[-1] = (name, runs[-1][1], day)
        else:
            runs.append((name, day, day))
    return runs
