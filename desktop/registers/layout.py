"""The look of a written register: fonts, fills, borders, number formats, widths.

Each look is a ``desktop.xlsx`` style, registered with the workbook once; the
writer puts it on every cell of the column, so thirty thousand rows cost no more
style look-ups than one. The statistics workbook borrows the same looks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from desktop.xlsx import Book, Style

from .spec import Column

FONT_NAME = "宋体"
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMATS = {"money": MONEY_FORMAT, "int": "0", "date": DATE_FORMAT, "percent": "0.00%"}
KIND_WIDTHS = {"date": 12.0, "id": 21.0, "card": 23.0, "bool": 6.0}
MIN_WIDTH, MAX_WIDTH = 6.0, 50.0
TOTAL_ROOM = 5  # a column total may be 10,000 times its widest sampled value: "#,###" more

FONT = {"font_name": FONT_NAME, "font_size": 11, "valign": "vcenter"}
GRID = {"border": 1, "border_color": "#000000"}
HEADER_FILL = {"pattern": 1, "bg_color": "#DDEBF7"}
TOTAL_FILL = {"pattern": 1, "bg_color": "#F2F2F2"}
CENTRED = {"align": "center", "valign": "vcenter", "text_wrap": True}


def title_style(book: Book, size: int = 18) -> Style:
    return book.style(**{**FONT, "font_size": size, "bold": True, **CENTRED})


def caption_style(book: Book, horizontal: str = "left", size: int = 11) -> Style:
    return book.style(**{**FONT, "font_size": size, "align": horizontal})


def header_style(book: Book) -> Style:
    return book.style(**{**FONT, "bold": True, **HEADER_FILL, **GRID, **CENTRED})


def data_style(book: Book, column: Column, *, total: bool = False) -> Style:
    """The look of a data (or totals-row) cell of ``column``."""
    props: dict[str, object] = {**FONT, **GRID, "bold": total, "text_wrap": column.kind == "text"}
    if column.kind in ("date", "bool"):
        props["align"] = "center"
    if column.kind in NUMBER_FORMATS:
        props["num_format"] = NUMBER_FORMATS[column.kind]
    if total:
        props.update(TOTAL_FILL)
    return book.style(**props)


def display_width(text: str) -> int:
    """Columns that ``text`` takes on screen: CJK and full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(columns: Sequence[Column], sample: Iterable[Sequence[str]]) -> list[float]:
    """Widths from the spec, else from the kind, else estimated from header and sample texts."""
    widest = [display_width(c.header) for c in columns]
    for texts in sample:
        for i, text in enumerate(texts):
            widest[i] = max(widest[i], display_width(text))
    return [_width(c, w) for c, w in zip(columns, widest)]


def _width(column: Column, widest: int) -> float:
    if column.width is not None:
        return column.width
    if column.total:
        widest += TOTAL_ROOM
    guess = max(KIND_WIDTHS.get(column.kind, 0.0), widest + 2.0)
    return min(max(guess, MIN_WIDTH), MAX_WIDTH)
