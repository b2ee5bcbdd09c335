"""Resident ID numbers (居民身份证号码, GB 11643-1999).

Layout of the 18 characters: 6-digit area code, birth date ``YYYYMMDD``, a
3-digit sequence (odd = male, even = female) and a check character computed
from the first 17 digits. Legacy 15-digit numbers (``YYMMDD``, no check) are
upgraded by inserting ``19`` before the year and appending the check.

Only the province part of the area code is checked: county codes change over
time and an old number stays valid for life.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from typing import Literal

from desktop.errors import ValidationError
from desktop.validation._text import check_characters, check_length, clean_code, illegal_character

FIELD = "身份证号"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"  # indexed by (weighted sum mod 11)
EARLIEST_BIRTH_YEAR = 1900

_PROVINCE_RANGES = ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65), (81, 83), (90, 99))
PROVINCE_CODES = frozenset(f"{n:02d}" for low, high in _PROVINCE_RANGES for n in range(low, high + 1))
"""Valid first two digits: mainland provinces, 81-83 for Hong Kong / Macau /
Taiwan residence permits, 9x for foreigners' permanent-residence IDs."""

Gender = Literal["男", "女"]


@dataclass(frozen=True)
class IdNumber:
    """A validated ID number, always in its 18-character form."""

    number: str
    birth_date: date
    gender: Gender
    upgraded_from_15: bool

    def __str__(self) -> str:
        return self.number


def parse_id_number(text: object, *, today: date | None = None, field: str = FIELD) -> IdNumber:
    """Validate an 18- or 15-digit ID number and return it normalised.

    Spaces are removed, full-width characters narrowed and a lowercase ``x``
    accepted. ``today`` (default: ``date.today()``) bounds the birth date.
    Raises ``ValidationError`` naming the first problem found.
    """
    number = clean_code(text, field)
    check_length(number, (18, 15), field)
    upgraded = len(number) == 15
    if upgraded:
        check_characters(number, string.digits, field)
        number = _upgrade(number)
    else:
        _check_18_characters(number, field)
    _check_province(number, field)
    birth = _birth_date(number[6:14], today or date.today(), field)
    if not upgraded:
        _check_check_character(number, field)
    return IdNumber(number, birth, _gender(number), upgraded)


def make_id_number(area: str, birth: date, sequence: int) -> str:
    """Build a valid 18-character number (for demo data and tests).

    ``area`` is the 6-digit area code, ``sequence`` 0-999 (odd = male).
    """
    if len(area) != 6 or not area.isdigit():
        raise ValueError(f"area code must be 6 digits, got {area!r}")
    if not 0 <= sequence <= 999:
        raise ValueError(f"sequence must be 0-999, got {sequence}")
    body = f"{area}{birth.year:04d}{birth.month:02d}{birth.day:02d}{sequence:03d}"
    return body + check_character(body)


def check_character(first17: str) -> str:
    """The GB 11643 check character for 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def gender_mismatch(id_number: IdNumber, entered: str | None) -> str | None:
    """Warn (in Chinese) when the entered gender disagrees with the ID number.

    Returns ``None`` when they agree or nothing was entered; a warning also
    when the entered value is neither 男 nor 女.
    """
    value = (entered or "").strip()
    if not value:
        return None
    said = {"男": "男", "男性": "男", "女": "女", "女性": "女"}.get(value)
    if said is None:
        return f"性别「{value}」无法识别，应填写“男”或“女”"
    if said == id_number.gender:
        return None
    digit = id_number.number[16]
    parity = "奇" if int(digit) % 2 else "偶"
    return (
        f"身份证号显示为{id_number.gender}性（第 17 位 {digit} 为{parity}数），"
        f"但性别填写为「{value}」，请核对"
    )


def mask_id_number(text: str | None) -> str:
    """Hide the middle of an ID number: ``110105********002X``.

    Keeps the first 6 and last 4 characters of anything longer than 10; shorter
    strings keep proportionally less (a third in front, a quarter at the end) so
    that something is always hidden. ``None`` gives an empty string.
    """
    value = (text or "").strip()
    length = len(value)
    head, tail = (6, 4) if length > 10 else (length // 3, length // 4)
    return value[:head] + "*" * (length - head - tail) + value[length - tail :]


def _upgrade(number15: str) -> str:
    body = number15[:6] + "19" + number15[6:]
    return body + check_character(body)


def _check_18_characters(number: str, field: str) -> None:
    check_characters(number[:17], string.digits, field)
    last = number[17]
    if last not in string.digits + "X":
        raise ValidationError(illegal_character(last, 18) + "，末位只能是数字或 X", field=field)


def _check_province(number: str, field: str) -> None:
    if number[:2] not in PROVINCE_CODES:
        raise ValidationError(f"前两位「{number[:2]}」不是有效的省级行政区代码", field=field)


def _birth_date(digits: str, today: date, field: str) -> date:
    shown = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise ValidationError(f"出生日期 {shown} 不存在", field=field) from None
    if born > today:
        raise ValidationError(f"出生日期 {shown} 晚于今天（{today.isoformat()}）", field=field)
    if born.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(f"出生日期 {shown} 早于 {EARLIEST_BIRTH_YEAR} 年，不合理", field=field)
    return born


def _check_check_character(number: str, field: str) -> None:
    expected = check_character(number[:17])
    if number[17] != expected:
        raise ValidationError(f"校验位错误，应为 {expected}，实际为 {number[17]}", field=field)


def _gender(number: str) -> Gender:
    return "男" if int(number[16]) % 2 else "女"
