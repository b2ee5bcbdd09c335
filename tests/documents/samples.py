"""Sample contexts for every document kind (from desktop.documents.samples), and a
stand-in for amounts in capitals.

The real ``capitals`` filter comes from the money module; tests, the benchmark and
the sample pictures register ``stub_capitals`` instead.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.documents.filters import register_filter
from desktop.documents.samples import CASE, LETTER, ORG, sample_context  # noqa: F401

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿")


def _group(number: int) -> str:
    out, zero = "", False
    for position in range(3, -1, -1):
        digit = number // 10 ** position % 10
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + _SMALL[position]
            zero = False
        else:
            zero = True
    return out


def stub_capitals(value: object) -> str:
    """人民币大写 for tests: 1409.50 -> 壹仟肆佰零玖元伍角."""
    cents = int(Decimal(str(value)) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    words, index, pending_zero = "", 0, False
    while yuan:
        yuan, part = divmod(yuan, 10000)
        if part:
            words = _group(part) + _GROUPS[index] + ("零" if pending_zero and words else "") + words
        pending_zero = part < 1000
        index += 1
    text = words + "元" if words else ""
    if not jiao and not fen:
        return (text or "零元") + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif text:
        text += "零"
    return text + (_DIGITS[fen] + "分" if fen else "")


def install_capitals() -> None:
    register_filter("capitals", stub_capitals)

