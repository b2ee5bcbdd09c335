"""Reading one cell of a register: officers' habits in, clean Python values out.

Each ``parse_*`` takes what openpyxl found in the cell (text, number, datetime
or None) and returns the value, ``None`` for a blank cell, or raises
``ValidationError`` with a Chinese message that names the problem (the reader
adds the row and column).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from openpyxl.utils.datetime import from_excel

from desktop.errors import ValidationError

CENT = Decimal("0.01")
EXCEL_DIGITS = 15  # Excel keeps 15 significant digits of a number
_TRUE = frozenset(("是", "y", "yes", "true", "1", "√", "✓", "✔", "有"))
_FALSE = frozenset(("否", "n", "no", "false", "0", "×", "✗", "✘", "无"))
_DATE_RE = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"  # spaces are gone before matching
)
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")
_UNITS = ("元", "人", "名", "个", "户")
HINT = "请写成 2024-03-05 的形式"


def clean_text(value: Any) -> str | None:
    """Text as the officer meant it: trimmed (full-width spaces too); None if blank."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = text.replace("\u3000", " ").strip()
    return text or None


def _compact(value: Any) -> str | None:
    """Text for number-like parsing: full-width folded to ASCII, no spaces at all."""
    text = clean_text(value)
    if text is None:
        return None
    return "".join(unicodedata.normalize("NFKC", text).split()) or None


def parse_money_cell(value: Any) -> Decimal | None:
    """An amount in yuan, Decimal with 2 places: 1,234.5 / ¥1234.50 / 1234.5元 / 1234.5."""
    if isinstance(value, bool):
        raise ValidationError(f"「{value}」不是有效的金额")
    if isinstance(value, (int, float, Decimal)):
        amount = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    else:
        amount = _money_from_text(_compact(value))
    if amount is not None and amount < 0:
        raise ValidationError("金额不能为负数")
    return amount


def _money_from_text(text: str | None) -> Decimal | None:
    if text is None:
        return None
    digits = text.lstrip("¥").removesuffix("元").replace(",", "")
    if not _NUMBER_RE.fullmatch(digits):
        raise ValidationError(f"「{text}」不是有效的金额")
    amount = Decimal(digits)
    if amount.as_tuple().exponent < -2:
        raise ValidationError(f"金额「{text}」超过两位小数")
    return amount.quantize(CENT)


def parse_int_cell(value: Any) -> int | None:
    """A whole, non-negative count: 12 / 12.0 / "１２" / "12人"."""
    if isinstance(value, bool):
        raise ValidationError(f"「{value}」不是整数")
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    else:
        text = _compact(value)
        if text is None:
            return None
        for unit in _UNITS:
            text = text.removesuffix(unit)
        if not _NUMBER_RE.fullmatch(text.replace(",", "")):
            raise ValidationError(f"「{text}」不是整数")
        number = Decimal(text.replace(",", ""))
    if number != number.to_integral_value():
        raise ValidationError(f"「{value}」不是整数")
    if number < 0:
        raise ValidationError("不能为负数")
    return int(number)


def parse_bool_cell(value: Any) -> bool | None:
    """是/否, Y/N, √/×, 1/0, TRUE/FALSE."""
    if isinstance(value, bool):
        return value
    text = _compact(value)
    if text is None:
        return None
    if text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE:
        return False
    raise ValidationError(f"「{text}」应填写“是”或“否”")


def parse_percent_cell(value: Any) -> Decimal | None:
    """A ratio as a fraction: "25%" and 0.25 both give Decimal("0.25")."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return Decimal(str(value))
    text = _compact(value)
    if text is None:
        return None
    body = text.removesuffix("%")
    try:
        number = Decimal(body)
    except InvalidOperation:
        raise ValidationError(f"「{text}」不是有效的百分比") from None
    return number / 100 if body != text else number


def parse_number_text_cell(value: Any, header: str) -> str | None:
    """An ID or card number, which must be text: digits kept exactly, x upper-cased."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        if isinstance(value, float) or len(digits) > EXCEL_DIGITS:
            raise ValidationError(
                f"{header}被 Excel 存成了数字，末位已丢失，请将该列设为文本后重新录入"
            )
        return digits
    text = _compact(value)
    if text is not None and "*" in text:
        raise ValidationError(f"{header}已打码（含 *），请改用导出时选择“完整证件号”的台账")
    return None if text is None else text.lstrip("'").upper() or None


EXCEL_MAX_SERIAL = 2958465  # 9999-12-31


def parse_date_cell(value: Any) -> dt.date | None:
    """2024-03-05 / 2024/3/5 / 2024.3.5 / 2024年3月5日 / 20240305 / Excel date or serial."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_number(value)
    text = _compact(value)
    return None if text is None else _from_text(text)


def _from_number(value: int | float) -> dt.date:
    if isinstance(value, int) and 10_000_000 <= value <= 99_991_231:
        return _from_text(str(value))  # 20240305 typed into a General cell
    if not 1 <= value <= EXCEL_MAX_SERIAL:
        raise ValidationError(f"「{value}」不是有效的日期，{HINT}")
    result = from_excel(value)
    return result.date() if isinstance(result, dt.datetime) else result


def _from_text(text: str) -> dt.date:
    match = _DATE_RE.fullmatch(text) or _COMPACT_DATE_RE.fullmatch(text)
    if match is None:
        raise ValidationError(f"无法识别的日期「{text}」，{HINT}")
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(f"日期「{text}」不存在") from None
