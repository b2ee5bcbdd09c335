"""Turning caller values into what the writer puts in a cell, column kind by kind.

Money goes in as ``Decimal`` rounded to the cent (openpyxl writes a Decimal's
exact digits into the XML, so no float ever holds a sum); dates as ``date``;
IDs and card numbers as text, masked unless asked otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from .masking import mask_card, mask_id, mask_phone
from desktop.xlsx.safety import cell_text
from .spec import Column, RegisterSpec

CENT = Decimal("0.01")
CellValue = str | int | Decimal | dt.date | None
Convert = Callable[[object], CellValue]


def to_cents(value: object) -> Decimal:
    """A money amount as Decimal with two places."""
    return to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_decimal(value: object) -> Decimal:
    """A finite Decimal (floats go through their shortest text)."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


def to_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"expected a date, got {value!r}")


def _text_converter(mask: Callable[[str], str] | None) -> Convert:
    if mask is None:
        return cell_text
    return lambda v: mask(cell_text(v))


def converter(column: Column, mask_ids: bool) -> Convert:
    """The function that turns a caller value of ``column`` into a cell value."""
    kind = column.kind
    if kind in ("id", "card", "phone"):
        masks = {"id": mask_id, "card": mask_card, "phone": mask_phone}
        return _text_converter(masks[kind] if mask_ids else None)
    simple: dict[str, Convert] = {
        "text": cell_text,
        "money": to_cents,
        "int": int,
        "date": to_date,
        "bool": lambda v: "是" if v else "否",
        "percent": to_decimal,
    }
    return simple[kind]


def row_converter(spec: RegisterSpec, mask_ids: bool) -> Callable[[Sequence[object]], list[CellValue]]:
    """Converts one caller row (values in column order) into cell values."""
    converts = [converter(c, mask_ids) for c in spec.columns]
    width = len(converts)

    def convert(row: Sequence[object]) -> list[CellValue]:
        if len(row) != width:
            raise ValueError(f"{spec.key}: row has {len(row)} values, spec has {width} columns")
        return [None if v is None or v == "" else f(v) for f, v in zip(converts, row)]

    return convert


def display_text(column: Column, value: CellValue) -> str:
    """Roughly what Excel shows for ``value``; used to size columns."""
    if value is None:
        return ""
    if column.kind == "money":
        return f"{value:,.2f}"
    if column.kind == "percent":
        return f"{value:.2%}"
    return value.isoformat() if isinstance(value, dt.date) else str(value)
