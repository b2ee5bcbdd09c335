"""The look of a written register: fonts, fills, borders, number formats, widths.

Each look is registered with the workbook once, on a prototype cell; the
writer then puts that style id on every cell of the column, so thirty
thousand rows cost no more style look-ups than one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .spec import Column

FONT_NAME = "宋体"
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMATS = {"money": MONEY_FORMAT, "int": "0", "date": DATE_FORMAT, "percent": "0.00%"}
KIND_WIDTHS = {"date": 12.0, "id": 21.0, "card": 23.0, "bool": 6.0}
MIN_WIDTH, MAX_WIDTH = 6.0, 50.0
TOTAL_ROOM = 5  # a column total may be 10,000 times its widest sampled value: "#,###" more

_thin = Side(style="thin", color="000000")
GRID = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def styled_cell(ws: WriteOnlyWorksheet, value: object = None, **style: object) -> WriteOnlyCell:
    """A write-only cell carrying ``style`` (font=, fill=, border=, alignment=, number_format=)."""
    cell = WriteOnlyCell(ws, value)
    for name, attr in style.items():
        setattr(cell, name, attr)
    return cell


def title_cell(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    return styled_cell(ws, text, font=Font(name=FONT_NAME, size=18, bold=True), alignment=CENTER)


def caption_cell(ws: WriteOnlyWorksheet, text: str, horizontal: str) -> WriteOnlyCell:
    return styled_cell(
        ws, text, font=Font(name=FONT_NAME, size=11),
        alignment=Alignment(horizontal=horizontal, vertical="center"),
    )


def header_cell(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    return styled_cell(
        ws, text, font=Font(name=FONT_NAME, size=11, bold=True),
        fill=HEADER_FILL, border=GRID, alignment=CENTER,
    )


def data_cell(ws: WriteOnlyWorksheet, column: Column, *, total: bool = False) -> WriteOnlyCell:
    """The prototype data (or totals-row) cell of ``column``."""
    horizontal = "center" if column.kind in ("date", "bool") else None
    alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=column.kind == "text")
    cell = styled_cell(
        ws, font=Font(name=FONT_NAME, size=11, bold=total), border=GRID, alignment=alignment,
    )
    if column.kind in NUMBER_FORMATS:
        cell.number_format = NUMBER_FORMATS[column.kind]
    if total:
        cell.fill = TOTAL_FILL
    return cell


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
