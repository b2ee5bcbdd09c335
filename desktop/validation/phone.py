"""Mainland phone numbers: mobiles and landlines with an area code.

Normalised forms: a mobile is its 11 digits (``13800138000``, any ``+86`` /
``86`` prefix dropped); a landline is ``区号-号码`` (``010-12345678``).

Without a dash the area code's length is not written down; mainland codes are
``010`` and ``020``-``029`` (3 digits) and four digits for everywhere else, which
settles how to split ``01012345678`` (Beijing) or ``075512345678`` (Shenzhen).
"""

from __future__ import annotations

import re
import string

from desktop.errors import ValidationError
from desktop.validation._text import check_characters, check_length, clean_code

MOBILE_PATTERN = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
_THREE_DIGIT_AREAS = ("010", "02")


def parse_phone(text: object, *, field: str = "联系电话") -> str:
    """Accept a mobile or a landline; a leading 0 or ``(`` means a landline."""
    value = clean_code(text, field)
    if value.startswith(("0", "(")):
        return parse_landline(value, field=field)
    if value.startswith(("1", "+", "86")):
        return parse_mobile(value, field=field)
    raise ValidationError(
        f"无法识别「{value}」：固定电话须带区号（如 010-62345678），手机号码应以 1 开头", field=field
    )


def parse_mobile(text: object, *, field: str = "手机号码") -> str:
    """Validate a mobile number (spaces and dashes allowed) and return its 11 digits."""
    value = clean_code(text, field).replace("-", "")
    digits = _drop_country_code(value)
    check_characters(digits, string.digits, field)
    check_length(digits, (11,), field)
    if not MOBILE_PATTERN.match(digits):
        raise ValidationError(f"手机号码应以 13-19 开头，实际以「{digits[:2]}」开头", field=field)
    return digits


def parse_landline(text: object, *, field: str = "固定电话") -> str:
    """Validate a landline with area code; return it as ``区号-号码``."""
    value = clean_code(text, field).replace("(", "").replace(")", "-")
    check_characters(value, string.digits + "-", field)
    if not value.startswith("0"):
        raise ValidationError("固定电话须带区号（以 0 开头，如 010-12345678）", field=field)
    area, local = _split_area_code(value)
    _check_area_and_local(area, local, field)
    return f"{area}-{local}"


def _drop_country_code(value: str) -> str:
    if value.startswith("+86"):
        return value[3:]
    if value.startswith("86") and len(value) == 13:
        return value[2:]
    return value


def _split_area_code(value: str) -> tuple[str, str]:
    if "-" in value:
        area, _, local = value.partition("-")
        return area, local
    length = 3 if value.startswith(_THREE_DIGIT_AREAS) else 4
    return value[:length], value[length:]


def _check_area_and_local(area: str, local: str, field: str) -> None:
    if len(area) not in (3, 4):
        raise ValidationError(f"区号「{area}」应为 3 或 4 位，实际 {len(area)} 位", field=field)
    if "-" in local:
        raise ValidationError("固定电话只能有一个连字符（区号-号码）", field=field)
    if len(local) not in (7, 8):
        raise ValidationError(f"区号后的号码应为 7 或 8 位，实际 {len(local)} 位", field=field)
    if local[0] in "01":
        raise ValidationError(f"区号后的号码不能以 {local[0]} 开头", field=field)
