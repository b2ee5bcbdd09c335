"""Money: ``Decimal`` yuan with exactly 2 places, never float.

``parse_amount`` turns what officers type or what a workbook holds into a
``Decimal`` quantised to 0.01; ``format_amount`` writes ``1,409.50``;
``amount_in_capitals`` writes 人民币大写 for documents and receipts.

Amounts are stored as ``Numeric(14, 2)``, so the largest is 999,999,999,999.99.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal

from desktop.errors import ValidationError

FIELD = "金额"
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")
_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?")
_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")


def parse_amount(
    value: str | Decimal | int | float, *, allow_negative: bool = False, field: str = FIELD
) -> Decimal:
    """Read an amount in yuan and return it quantised to 0.01.

    Accepts ``str`` (spaces, a leading ¥/￥, a trailing 元 and correct thousands
    separators allowed: ``"¥1,409.5 元"``), ``Decimal`` and ``int``. Trailing
    zeros do not count as places: ``"1.230"`` is 1.23.

    A ``float`` (what openpyxl returns for a numeric cell) is read at Excel's own
    precision of 15 significant digits, the number the officer sees in the cell,
    and must then have at most 2 places: ``1409.5`` gives 1409.50 and the formula
    result ``0.1 + 0.2`` (0.30000000000000004) gives 0.30, while ``1409.555`` is
    refused. In the storable range every float nearest to a whole number of cents
    is accepted with exactly that value; no float is ever rounded to cents.

    Raises ``ValidationError`` for garbage, NaN or infinity, more than 2 places,
    more than ``MAX_AMOUNT`` and negatives (unless ``allow_negative``).
    """
    amount, shown = _to_decimal(value, field)
    _check_amount(amount, shown, allow_negative, field)
    amount = amount.quantize(CENT)
    return amount if amount else Decimal("0.00")  # no "-0.00"


def format_amount(value: str | Decimal | int) -> str:
    """Write an amount with thousands separators and 2 places: ``1,409.50``."""
    return f"{parse_amount(value, allow_negative=True):,.2f}"


def amount_in_capitals(value: str | Decimal | int, *, field: str = FIELD) -> str:
    """Write an amount in Chinese capitals (人民币大写), e.g. ``壹仟肆佰零玖元伍角``.

    Rules of 《支付结算办法》附件一 as FORMATS.md fixes them: 整 after 元 when
    there are no 角/分 and none after 角 or 分; one 零 for each run of zeros
    between non-zero digits of the yuan part (also across 万 and 亿:
    ``壹拾万零柒佰元整``, ``壹亿零壹万元整``); 零 after 元 when 角 is 0 and 分 is
    not (``元零贰分``). Where the rules leave 零 optional (元 digit 0 before a
    non-zero 角) it is left out: ``壹拾元伍角``. 10-19 keep 壹拾. Below one yuan
    the yuan part is omitted: ``伍角``, ``伍分``; zero is ``零元整``.

    Only exact values are accepted (``str``, ``Decimal``, ``int``), never float.
    """
    if isinstance(value, (float, bool)) or not isinstance(value, (str, Decimal, int)):
        raise ValidationError(
            f"金额大写只接受文本、Decimal 或整数形式的精确金额，不接受 {type(value).__name__}", field=field
        )
    cents = int(parse_amount(value, field=field) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if cents == 0:
        return "零元整"
    yuan_part = _yuan_capitals(yuan) + "元" if yuan else ""
    return yuan_part + _fraction_capitals(yuan > 0, jiao, fen)


def _to_decimal(value: object, field: str) -> tuple[Decimal, str]:
    if isinstance(value, bool):
        raise ValidationError("应为金额，实际为是/否值", field=field)
    if isinstance(value, (Decimal, int)):
        return Decimal(value), str(value)
    if isinstance(value, float):
        return _from_float(value, field), repr(value)
    if isinstance(value, str):
        return _from_text(value, field), value.strip()
    raise ValidationError(f"应为金额，实际为 {type(value).__name__}", field=field)


def _from_float(value: float, field: str) -> Decimal:
    if not math.isfinite(value):
        raise ValidationError(f"不能是 {value}（非数值或无穷大）", field=field)
    return Decimal(format(value, ".15g"))


def _from_text(text: str, field: str) -> Decimal:
    cleaned = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())
    cleaned = cleaned.removeprefix("¥").removesuffix("元")
    if not cleaned:
        raise ValidationError("不能为空", field=field)
    match = _NUMBER.fullmatch(cleaned)
    if match is None or not (match[2] or match[3]):
        raise ValidationError(f"「{text.strip()}」不是有效的金额", field=field)
    sign, whole, places = match.groups()
    return Decimal(f"{sign}{whole.replace(',', '') or '0'}.{places or '0'}")


def _check_amount(amount: Decimal, shown: str, allow_negative: bool, field: str) -> None:
    if not amount.is_finite():
        raise ValidationError(f"不能是 {shown}（非数值或无穷大）", field=field)
    if amount < 0 and not allow_negative:
        raise ValidationError(f"不能为负数：{shown}", field=field)
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(f"{shown} 超出上限 {MAX_AMOUNT:,}", field=field)
    if amount != amount.quantize(CENT):
        raise ValidationError(f"{shown} 超过两位小数（最多精确到分）", field=field)


def _yuan_capitals(yuan: int) -> str:
    """Capitals of a positive whole number below 10**12, without 元."""
    digits = str(yuan)
    parts: list[str] = []
    zero_pending = False
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index
        if char == "0":
            zero_pending = True
        else:
            parts.append(("零" if zero_pending else "") + _CAPITAL_DIGITS[int(char)] + _SMALL_UNITS[position % 4])
            zero_pending = False
        if position % 4 == 0 and position and int(digits[max(0, index - 3) : index + 1]):
            parts.append(_GROUP_UNITS[position // 4])
    return "".join(parts)


def _fraction_capitals(has_yuan: bool, jiao: int, fen: int) -> str:
    if not jiao and not fen:
        return "整"
    if not jiao:
        return ("零" if has_yuan else "") + _CAPITAL_DIGITS[fen] + "分"
    return _CAPITAL_DIGITS[jiao] + "角" + (_CAPITAL_DIGITS[fen] + "分" if fen else "")
