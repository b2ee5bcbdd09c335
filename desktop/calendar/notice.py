"""Reading the State Council's notice (国务院办公厅关于××年部分节假日安排的通知) as pasted text.

Each holiday is one item in the usual form::

    二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。
    1月26日（周日）、2月8日（周六）上班。

A day without a month takes the month before it (``4月4日至6日``); a day without
a year is in the notice's year unless written (``2022年12月31日至2023年1月2日``).
``共N天`` is checked against the days counted. Anything not understood is
refused naming the item, never skipped.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from db.enums import HolidayKind
from desktop.calendar.entries import DayEntry, YearArrangement
from desktop.errors import ValidationError

HOLIDAYS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
_NAME = "(?:" + "|".join(HOLIDAYS) + ")"
_ITEM = re.compile(rf"(?:[一二三四五六七八九十]+、)?\s*({_NAME}(?:\s*[、和与]\s*{_NAME})*)\s*[：:]")
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日")
_OFF = re.compile(rf"({_DATE.pattern})(?:\s*[至到—-]\s*({_DATE.pattern}))?\s*放假")
_TOTAL = re.compile(r"共\s*(\d+)\s*天")
_YEAR = re.compile(r"关于\s*(\d{4})\s*年部分节假日安排|现将\s*(\d{4})\s*年")
_NUMBER = re.compile(r"国办发明电\s*〔\s*\d{4}\s*〕\s*\d+\s*号")
_SIGNED = re.compile(r"国务院办公厅\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def parse_notice(text: str, year: int | None = None) -> YearArrangement:
    """The arrangement the notice sets out; ``year`` when the text does not say it."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("通知内容为空，请粘贴通知正文", field="通知内容")
    year = _notice_year(text, year)
    items = list(_ITEM.finditer(text))
    if not items:
        raise ValidationError("找不到「元旦：…」「春节：…」这样的放假安排条目", field="通知内容")
    days: dict[date, DayEntry] = {}
    for index, item in enumerate(items):
        end = items[index + 1].start() if index + 1 < len(items) else len(text)
        name = _compact(item.group(1)).replace("和", "、").replace("与", "、")
        for entry in _item_days(name, text[item.end():end], year):
            if entry.day in days:
                raise ValidationError(f"「{name}」：{entry.day:%Y-%m-%d} 已在「{days[entry.day].name}」中出现",
                                      field="通知内容")
            days[entry.day] = entry
    return YearArrangement(year, tuple(sorted(days.values(), key=lambda d: d.day)), _title(text, year),
                           _signed_on(text), text)


def _notice_year(text: str, year: int | None) -> int:
    found = _YEAR.search(text)
    if found:
        return int(found.group(1) or found.group(2))
    if year is None:
        raise ValidationError("通知中没有写明年份（如「关于2025年部分节假日安排的通知」），请选择年份",
                              field="年份")
    return year


def _title(text: str, year: int) -> str:
    number = _NUMBER.search(text)
    title = f"国务院办公厅关于{year}年部分节假日安排的通知"
    return f"{title}（{_compact(number.group(0))}）" if number else title


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _signed_on(text: str) -> date | None:
    found = _SIGNED.search(text.replace("\n", ""))
    return date(int(found.group(1)), int(found.group(2)), int(found.group(3))) if found else None


def _item_days(name: str, body: str, year: int) -> list[DayEntry]:
    plain = _BRACKETS.sub("", body)
    off = _OFF.search(plain)
    if off is None:
        raise ValidationError(f"「{name}」：找不到放假日期（应如「10月1日至8日放假」）", field="通知内容")
    first = _date(name, off.group(2), off.group(3), off.group(4), year, None)
    last = first
    if off.group(5):
        last = _date(name, off.group(6), off.group(7), off.group(8), year, first)
    if last < first:
        raise ValidationError(f"「{name}」：放假结束日 {last:%Y-%m-%d} 早于开始日 {first:%Y-%m-%d}", field="通知内容")
    count = (last - first).days + 1
    total = _TOTAL.search(plain)
    if total and int(total.group(1)) != count:
        raise ValidationError(f"「{name}」：写明共{total.group(1)}天，但 {first:%m月%d日} 至 {last:%m月%d日} 为 {count} 天",
                              field="通知内容")
    entries = [DayEntry(first + timedelta(days=n), HolidayKind.OFF, name) for n in range(count)]
    return entries + [DayEntry(day, HolidayKind.WORK, name) for day in _workdays(name, plain[off.end():], year, last)]


def _workdays(name: str, rest: str, year: int, after: date) -> list[date]:
    days: list[date] = []
    for sentence in rest.split("。"):
        if "上班" not in sentence:
            continue
        previous = None
        for found in _DATE.finditer(sentence.split("上班")[0]):
            previous = _date(name, found.group(1), found.group(2), found.group(3), year, previous or after)
            days.append(previous)
    return days


def _date(name: str, year_text: str | None, month_text: str | None, day_text: str, year: int,
          previous: date | None) -> date:
    the_year = int(year_text) if year_text else previous.year if previous else year
    month = int(month_text) if month_text else previous.month if previous else None
    if month is None:
        raise ValidationError(f"「{name}」：「{day_text}日」没有写月份", field="通知内容")
    try:
        return date(the_year, month, int(day_text))
    except ValueError:
        raise ValidationError(f"「{name}」：{the_year}年{month}月{day_text}日 不是有效日期", field="通知内容") from None
