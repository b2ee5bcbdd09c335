"""Plain values the statistics hand out: rates, breakdown tables, money text."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

CENT = Decimal("0.01")
TOTAL_LABEL = "合计"


class Rate(float):
    """A share between 0 and 1, rounded to 4 places; shown as a percentage."""


def rate(part: int, whole: int) -> Rate:
    """``part / whole`` rounded to 4 places; 0.0 when ``whole`` is 0."""
    return Rate(round(part / whole, 4)) if whole else Rate(0.0)


def average(amount: Decimal, count: int) -> Decimal:
    """Amount per item, to the cent; 0.00 when there are none."""
    return (amount / count).quantize(CENT) if count else Decimal("0.00")


def money_text(amount: Decimal) -> str:
    """Money as the JSON contract writes it: ``"1234.50"``."""
    return f"{Decimal(amount).quantize(CENT):.2f}"


@dataclass(frozen=True)
class Breakdown:
    """One table of the year's figures: a title, column headers, rows, and what the numbers mean.

    Cells are ``str`` labels, ``int`` counts, ``Decimal`` money or ``Rate`` shares.
    """

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]
    footer_note: str = ""
