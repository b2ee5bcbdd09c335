"""Writing a register (台账) as an .xlsx workbook laid out like a hand-made one.

Rows stream through the one workbook writer (``desktop.xlsx``, XlsxWriter's
constant-memory mode), so a 30,000-row register needs little memory; the file
appears at ``out_path`` only when it is complete, and text never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, islice

from desktop.xlsx import Book, Sheet, cell_text, write_workbook

from . import layout
from .body import BodyWriter
from .progress import Cancelled, Ticker
from .spec import RegisterSpec
from .values import CellValue, display_text, row_converter

__all__ = ["Cancelled", "write_register"]

HEADER_ROW = 3
WIDTH_SAMPLE = 200


def write_register(
    spec: RegisterSpec,
    rows: Iterable[Sequence[object]],
    out_path: str | os.PathLike[str],
    *,
    title_context: dict[str, object] | None = None,
    organisation: str,
    exported_on: dt.date,
    mask_ids: bool = True,
    notes: Sequence[str] = (),
    progress: Callable[[int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` (values in ``spec.columns`` order) to ``out_path``; return the row count.

    ``notes`` are lines under the sign-off row (e.g. the audit trail's anchor).
    Raises ``Cancelled`` if ``should_cancel`` returns True; ``out_path`` is then untouched.
    """
    convert = row_converter(spec, mask_ids)
    values = (convert(row) for row in rows)
    ticker = Ticker(progress, should_cancel)
    with write_workbook(out_path) as book:
        sample = list(islice(values, WIDTH_SAMPLE))
        sheet = _set_up_sheet(book, spec, sample)
        _write_heading(book, sheet, spec, spec.title(title_context), organisation, exported_on)
        body = BodyWriter(book, sheet, spec)
        for cells in chain(sample, values):
            body.append(cells)
            ticker.tick()
        ticker.check()
        body.finish([cell_text(n) for n in notes])
    return body.count


def _set_up_sheet(book: Book, spec: RegisterSpec, sample: list[list[CellValue]]) -> Sheet:
    """Widths, panes and print setup: everything decided before the first row."""
    texts = ([display_text(c, v) for c, v in zip(spec.columns, row)] for row in sample)
    sheet = book.sheet(spec.sheet_name, layout.column_widths(spec.columns, texts))
    sheet.freeze(HEADER_ROW + 1)
    sheet.print_setup(title_rows=HEADER_ROW, margins=0.4, centred=True)
    return sheet


def _write_heading(book: Book, sheet: Sheet, spec: RegisterSpec, title: str,
                   organisation: str, exported_on: dt.date) -> None:
    """Title row, organisation and export date row, header row."""
    last = len(spec.columns)
    sheet.merged(last, title, layout.title_style(book), height=36)
    left = f"填报单位：{organisation}"
    right = f"导出日期：{exported_on.isoformat()}"
    if last < 2:
        sheet.merged(last, f"{left}　{right}", layout.caption_style(book, "left"), height=20)
    else:
        split = (last + 1) // 2
        sheet.merged(split, left, layout.caption_style(book, "left"), height=20, advance=False)
        sheet.merged(last, right, layout.caption_style(book, "right"), first_column=split + 1)
    sheet.append(list(spec.headers), layout.header_style(book), height=30)
