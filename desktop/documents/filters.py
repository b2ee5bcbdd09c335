"""Filters a template applies to a field: `{claim.amount|money}`, `{doc.date|cn_date}`.

Built-in filters format dates, numbers and money figures. ``capitals`` (amounts in
Chinese capitals) is supplied by the money module through ``register_filter``;
templates may name it before it is registered, but rendering then fails clearly.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from desktop.documents.textdates import cn_number, court_date, plain_date
from desktop.errors import UserError, ValidationError

Filter = Callable[..., object]

# filters other modules must provide, with what they do (for the message)
INJECTED = {"capitals": "人民币金额大写"}

_FILTERS: dict[str, Filter] = {}


def register_filter(name: str, function: Filter) -> None:
    """Make ``{value|name}`` call ``function(value, *args)``."""
    _FILTERS[name] = function


def unregister_filter(name: str) -> None:
    _FILTERS.pop(name, None)


def known(name: str) -> bool:
    return name in _FILTERS or name in INJECTED


def apply(name: str, value: object, args: tuple[str, ...]) -> object:
    function = _FILTERS.get(name)
    if function is None:
        raise UserError(f"未配置「{INJECTED.get(name, name)}」功能（过滤器「{name}」），无法生成文书。")
    return function(value, *args)


def to_decimal(value: object) -> Decimal:
    if isinstance(value, float):
        raise ValidationError(f"金额「{value}」不能用浮点数表示，请用精确小数")
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(f"无法识别的金额「{value}」") from None


def money(value: object) -> str:
    """Figures with thousands separators and two places: 16,409.02."""
    return f"{to_decimal(value).quantize(Decimal('0.01')):,}"


def cn_index(value: object) -> str:
    """1 -> 一 (for headings 一、 and （一）)."""
    return cn_number(int(value))


def default(value: object, fallback: str = "") -> object:
    return fallback if value in (None, "", []) else value


def join(value: object, separator: str = "、") -> str:
    return separator.join(str(item) for item in value) if isinstance(value, (list, tuple)) else str(value)


for _name, _function in {
    "cn_date": plain_date,
    "court_date": court_date,
    "money": money,
    "cn_num": cn_index,
    "default": default,
    "join": join,
}.items():
    register_filter(_name, _function)
