"""The data rows of a written register, its totals row (合计) and sign-off row.

Each column has one prototype cell per look (plain, or text guarded against
formula injection); a row reuses them, because openpyxl's write-only sheet
serialises a row as soon as it is appended.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from . import layout
from .safety import is_risky_text
from .spec import RegisterSpec
from .values import CellValue

TEXT_KINDS = frozenset(("text", "id", "card", "bool"))
TOTAL_LABEL = "合计"
SIGN_OFF = "制表人：　　　　　　　　审核人：　　　　　　　　日期：　　　　年　　月　　日"


class BodyWriter:
    """Appends data rows to ``ws`` below the header row, then the closing rows."""

    def __init__(self, ws: WriteOnlyWorksheet, spec: RegisterSpec, header_row: int) -> None:
        self._ws = ws
        self._spec = spec
        self._header_row = header_row
        self._cells = [layout.data_cell(ws, c) for c in spec.columns]
        self._guarded = [self._guard(cell) for cell in self._cells]
        self._is_text = [c.kind in TEXT_KINDS for c in spec.columns]
        self._totals: dict[int, Decimal | int] = {
            i: 0 for i, c in enumerate(spec.columns) if c.total
        }
        self.count = 0
        _stream_prepared_cells(ws)

    def _guard(self, cell: WriteOnlyCell) -> WriteOnlyCell:
        guarded = layout.restyle(WriteOnlyCell(self._ws), cell)
        guarded.quotePrefix = True
        return guarded

    def append(self, values: list[CellValue]) -> None:
        """Append one row of converted cell values."""
        self._ws.append([self._cell(i, v) for i, v in enumerate(values)])
        for i in self._totals:
            if values[i] is not None:
                self._totals[i] += values[i]
        self.count += 1

    def _cell(self, i: int, value: CellValue) -> WriteOnlyCell:
        cell = self._cells[i]
        cell.value = value
        if self._is_text[i] and value is not None and (
            cell.data_type != "s" or is_risky_text(value)
        ):
            cell = self._guarded[i]
            cell.value = value
            cell.data_type = "s"
        return cell

    def finish(self) -> None:
        """Totals row if any column is totalled, sign-off row, autofilter over the data."""
        last_col = get_column_letter(len(self._spec.columns))
        last_data_row = self._header_row + self.count
        self._ws.auto_filter.ref = f"A{self._header_row}:{last_col}{last_data_row}"
        if self._totals:
            self._ws.append(self._totals_row())
        self._ws.append([])
        sign_row = last_data_row + (3 if self._totals else 2)
        self._ws.merged_cells.add(f"A{sign_row}:{last_col}{sign_row}")
        self._ws.append([layout.caption_cell(self._ws, SIGN_OFF, "left")])

    def _totals_row(self) -> list[WriteOnlyCell]:
        columns = self._spec.columns
        label_at = next((i for i, c in enumerate(columns) if not c.total), 0)
        row = []
        for i, column in enumerate(columns):
            cell = layout.data_cell(self._ws, column, total=True)
            cell.value = self._totals.get(i, TOTAL_LABEL if i == label_at else None)
            row.append(cell)
        return row


def _stream_prepared_cells(ws: WriteOnlyWorksheet) -> None:
    """Make ``ws.append`` take rows of ready cells (or None) as they are.

    openpyxl first tries to store each appended item as a value, which for a
    cell raises and formats an error message: a third of the writing time.
    Every row appended from here on holds only cells, so skip that step.
    """
    def prepared(cells: list[WriteOnlyCell | None], row_idx: int):
        for col_idx, cell in enumerate(cells, 1):
            if cell is not None:
                cell.row = row_idx
                cell.column = col_idx
                yield cell

    ws._values_to_row = prepared
