"""Dates as written in documents: `2024年11月22日` or court-style `二〇二四年十一月二十二日`."""

from __future__ import annotations

from datetime import date, datetime

from desktop.errors import ValidationError

_DIGITS = "〇一二三四五六七八九"


def to_date(value: object, label: str = "日期") -> date:
    """Accept a date, a datetime or an ISO `YYYY-MM-DD` string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(f"无法识别的日期「{value}」，应为 2024-11-22 这样的格式", field=label)


def plain_date(value: object) -> str:
    day = to_date(value)
    return f"{day.year}年{day.month}月{day.day}日"


def cn_number(number: int) -> str:
    """1..99 as 一, 十, 十一, 二十二 (for months, days, list items)."""
    if not 0 < number < 100:
        raise ValueError(number)
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def court_date(value: object) -> str:
    day = to_date(value)
    year = "".join(_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{cn_number(day.month)}月{cn_number(day.day)}日"
