"""Streaming the rows of a write-only sheet as ready XML text.

openpyxl's write-only sheet builds an element tree for every cell and
serialises it in pure Python, which makes a styled 30,000-row register take
three times as long as XlsxWriter. ``StreamingSheetWriter`` is openpyxl's own
worksheet writer (sheet properties, panes, columns, filter, merges and print
setup still come from openpyxl's objects) with one change: rows arrive as
``<row>`` text, built here with the same markup openpyxl uses — inline
strings, numbers, dates as serials — and the style ids openpyxl registered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Sequence
from decimal import Decimal

from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


class StreamingSheetWriter(WorksheetWriter):
    """openpyxl's worksheet writer, taking rows as XML text between ``begin_rows`` and close."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._write: Callable[[str], object] = _not_open
        super().__init__(ws)  # starts get_stream, which opens the file

    @classmethod
    def attach(cls, ws: WriteOnlyWorksheet) -> StreamingSheetWriter:
        """Install on ``ws`` (set up columns, panes and print options first)."""
        writer = cls(ws)
        ws._writer = writer
        writer.write_top()
        return writer

    def get_stream(self) -> Generator[None, object, None]:
        """openpyxl's protocol: elements sent in are written; closing ends the document."""
        with open(self.out, "w", encoding="utf-8") as out:
            self._write = out.write
            out.write(f'<worksheet xmlns="{SHEET_MAIN_NS}">')
            try:
                while True:
                    element = yield
                    if element is not None and element is not True:
                        out.write(tostring(element, encoding="unicode"))
            except GeneratorExit:
                out.write("</worksheet>")

    def begin_rows(self) -> None:
        self._write("<sheetData>")

    def add_row(self, xml: str) -> None:
        self._write(xml)

    def write_rows(self) -> None:
        """Called by the sheet's ``close``: the rows are already written."""
        self._write("</sheetData>")


def _not_open(text: str) -> object:
    raise RuntimeError("sheet stream is not open")


class RowSink:
    """Numbers the rows of a streamed sheet and hands their markup to the writer."""

    def __init__(self, ws: WriteOnlyWorksheet, width: int) -> None:
        self._ws = ws
        self._writer = StreamingSheetWriter.attach(ws)
        self._writer.begin_rows()
        self.letters = [get_column_letter(i) for i in range(1, width + 1)]
        self.next_row = 1

    def add(self, cells_markup: str) -> None:
        """Append a row whose cells are ready markup (refs must use ``next_row``)."""
        row = self.next_row
        dims = self._ws.row_dimensions.get(row)
        extra = "".join(f' {k}="{v}"' for k, v in dict(dims).items()) if dims else ""
        self._writer.add_row(f'<row r="{row}"{extra}>{cells_markup}</row>')
        self.next_row += 1

    def add_cells(self, cells: Sequence[Cell | None]) -> None:
        """Append a row of styled openpyxl cells (title, header, totals rows)."""
        self.add(cells_xml(cells, self.next_row, self.letters))

    def skip(self) -> None:
        """Leave a blank row."""
        self.next_row += 1


def text_xml(ref: str, style: int, text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() and text.strip() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text.translate(_ESCAPES)}</t></is></c>'


def number_xml(ref: str, style: int, number: int | Decimal | float) -> str:
    return f'<c r="{ref}" s="{style}" t="n"><v>{number}</v></c>'


def date_xml(ref: str, style: int, day: dt.date) -> str:
    """A date (without time) as its Excel serial number."""
    return f'<c r="{ref}" s="{style}" t="n"><v>{int(to_excel(day))}</v></c>'


def empty_xml(ref: str, style: int) -> str:
    return f'<c r="{ref}" s="{style}"/>'


def cells_xml(cells: Sequence[Cell | None], row: int, letters: Sequence[str]) -> str:
    """Markup for a row of styled openpyxl cells (title, header, totals rows)."""
    parts = []
    for cell, letter in zip(cells, letters):
        if cell is None:
            continue
        ref, style, value = f"{letter}{row}", cell.style_id, cell.value
        if value is None:
            parts.append(empty_xml(ref, style))
        elif isinstance(value, str):
            parts.append(text_xml(ref, style, value))
        elif isinstance(value, dt.date):
            parts.append(date_xml(ref, style, value))
        else:
            parts.append(number_xml(ref, style, value))
    return "".join(parts)


