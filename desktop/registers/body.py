"""The data rows of a written register, its totals row (合计) and sign-off row.

Each column's look (font, border, number format) is registered with openpyxl
once; a data cell is then written as markup carrying that style id. Text that
a spreadsheet could take for a formula gets the column's quote-prefixed style.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from . import layout
from .safety import needs_quote_prefix
from .sheetxml import RowSink, date_xml, empty_xml, number_xml, text_xml
from .spec import Column, RegisterSpec
from .values import CellValue

TEXT_KINDS = frozenset(("text", "id", "card", "bool"))
TOTAL_LABEL = "合计"
SIGN_OFF = "制表人：　　　　　　　　审核人：　　　　　　　　日期：　　　　年　　月　　日"
CellMarkup = Callable[[str, CellValue], str]


class BodyWriter:
    """Appends data rows below the header row, then the closing rows."""

    def __init__(self, ws: WriteOnlyWorksheet, spec: RegisterSpec, sink: RowSink) -> None:
        self._ws = ws
        self._spec = spec
        self._sink = sink
        self.header_row = sink.next_row - 1
        self._markup = [_cell_markup(ws, c) for c in spec.columns]
        self._totals: dict[int, Decimal | int] = {
            i: 0 for i, c in enumerate(spec.columns) if c.total
        }
        self.count = 0

    def append(self, values: list[CellValue]) -> None:
        """Append one row of converted cell values."""
        row = str(self._sink.next_row)
        self._sink.add("".join(
            markup(letter + row, value)
            for markup, letter, value in zip(self._markup, self._sink.letters, values)
        ))
        for i in self._totals:
            if values[i] is not None:
                self._totals[i] += values[i]
        self.count += 1

    def finish(self) -> None:
        """Totals row if any column is totalled, sign-off row, autofilter over the data."""
        letters = self._sink.letters
        last_data_row = self.header_row + self.count
        self._ws.auto_filter.ref = f"A{self.header_row}:{letters[-1]}{last_data_row}"
        if self._totals:
            self._sink.add_cells(self._totals_row())
        self._sink.skip()
        sign_row = self._sink.next_row
        self._ws.merged_cells.add(f"A{sign_row}:{letters[-1]}{sign_row}")
        self._sink.add_cells([layout.caption_cell(self._ws, SIGN_OFF, "left")])

    def _totals_row(self) -> list[WriteOnlyCell]:
        columns = self._spec.columns
        label_at = next((i for i, c in enumerate(columns) if not c.total), 0)
        row = []
        for i, column in enumerate(columns):
            cell = layout.data_cell(self._ws, column, total=True)
            cell.value = self._totals.get(i, TOTAL_LABEL if i == label_at else None)
            row.append(cell)
        return row


def _cell_markup(ws: WriteOnlyWorksheet, column: Column) -> CellMarkup:
    """How a value of ``column`` becomes cell markup, with the column's style ids."""
    style = layout.data_cell(ws, column).style_id
    if column.kind in TEXT_KINDS:
        guarded = layout.data_cell(ws, column)
        guarded.quotePrefix = True
        return _text_markup(style, guarded.style_id)
    write = date_xml if column.kind == "date" else number_xml
    return lambda ref, value: empty_xml(ref, style) if value is None else write(ref, style, value)


def _text_markup(style: int, guarded: int) -> CellMarkup:
    def markup(ref: str, value: CellValue) -> str:
        if value is None:
            return empty_xml(ref, style)
        return text_xml(ref, guarded if needs_quote_prefix(value) else style, value)

    return markup
