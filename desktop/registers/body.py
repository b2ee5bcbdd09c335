"""The data rows of a written register, its totals row (合计) and sign-off block.

Each column's look is registered once; a data cell is then written straight into
the sheet with that look. Text that a spreadsheet could take for a formula gets
the column's quote-prefixed look (``desktop.xlsx`` guards every other cell).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from desktop.xlsx import Book, Sheet, excel_serial, needs_quote_prefix

from . import layout
from .spec import Column, RegisterSpec
from .values import CellValue

TEXT_KINDS = frozenset(("text", "id", "card", "phone", "bool"))
TOTAL_LABEL = "合计"
SIGN_OFF = "制表人：　　　　　　　　审核人：　　　　　　　　日期：　　　　年　　月　　日"
CellWrite = Callable[[int, int, CellValue], object]


class BodyWriter:
    """Appends data rows below the header row, then the closing rows."""

    def __init__(self, book: Book, sheet: Sheet, spec: RegisterSpec) -> None:
        self._book = book
        self._sheet = sheet
        self._spec = spec
        self.header_row = sheet.next_row - 1
        self._writes = [_cell_writer(book, sheet, c) for c in spec.columns]
        self._totals: dict[int, Decimal | int] = {
            i: 0 for i, c in enumerate(spec.columns) if c.total
        }
        self.count = 0

    def append(self, values: list[CellValue]) -> None:
        """Append one row of converted cell values."""
        r = self._sheet.next_row - 1
        for c, (write, value) in enumerate(zip(self._writes, values)):
            write(r, c, value)
        self._sheet.next_row += 1
        for i in self._totals:
            if values[i] is not None:
                self._totals[i] += values[i]
        self.count += 1

    def finish(self, notes: Sequence[str] = ()) -> None:
        """Totals row if any column is totalled, sign-off row and ``notes``, autofilter over the data."""
        last = len(self._spec.columns)
        self._sheet.autofilter(self.header_row, self.header_row + self.count, last)
        if self._totals:
            self._sheet.append(*self._totals_row())
        self._sheet.skip()
        caption = layout.caption_style(self._book)
        for line in (SIGN_OFF, *notes):
            self._sheet.merged(last, line, caption)

    def _totals_row(self) -> tuple[list[object], list[object]]:
        columns = self._spec.columns
        label_at = next((i for i, c in enumerate(columns) if not c.total), 0)
        values = [self._totals.get(i, TOTAL_LABEL if i == label_at else None) for i in range(len(columns))]
        return values, [layout.data_style(self._book, c, total=True) for c in columns]


def _cell_writer(book: Book, sheet: Sheet, column: Column) -> CellWrite:
    """How a value of ``column`` is written at zero-based row and column, with the column's look."""
    style = layout.data_style(book, column)
    ws, plain = sheet.ws, style.format
    if column.kind in TEXT_KINDS:
        quoted = style.quoted

        def text(r: int, c: int, value: CellValue) -> object:
            if value is None:
                return ws.write_blank(r, c, None, plain)
            return ws.write_string(r, c, value, quoted if needs_quote_prefix(value) else plain)

        return text
    if column.kind == "date":
        return lambda r, c, v: (ws.write_blank(r, c, None, plain) if v is None
                                else ws.write_number(r, c, excel_serial(v), plain))
    return lambda r, c, v: (ws.write_blank(r, c, None, plain) if v is None
                            else ws.write_number(r, c, float(v), plain))
