"""One register cell to one value, by column kind, then the column's own validator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import cells
from .spec import Column

_BY_KIND: dict[str, Callable[[Any], Any]] = {
    "text": cells.clean_text,
    "money": cells.parse_money_cell,
    "int": cells.parse_int_cell,
    "date": cells.parse_date_cell,
    "bool": cells.parse_bool_cell,
    "percent": cells.parse_percent_cell,
}


def parse_cell(column: Column, raw: Any) -> Any:
    """The value of ``raw`` in ``column``; None if blank. Raises ``ValidationError``."""
    if column.kind in ("id", "card", "phone"):
        value = cells.parse_number_text_cell(raw, column.header)
    else:
        value = _BY_KIND[column.kind](raw)
    if value is not None and column.validator is not None:
        value = column.validator(value)
    return value
