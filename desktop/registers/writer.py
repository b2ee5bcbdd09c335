"""Writing a register (台账) as an .xlsx workbook laid out like a hand-made one.

Rows stream through openpyxl's write-only mode, so a 30,000-row register needs
little memory. The file appears at ``out_path`` only when it is complete: the
workbook is written next to it under a temporary name and moved into place.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop.errors import UserError

from . import layout
from .body import BodyWriter
from .progress import Cancelled, Ticker
from .safety import cell_text
from .sheetxml import RowSink
from .spec import RegisterSpec
from .values import display_text, row_converter

__all__ = ["Cancelled", "write_register"]

HEADER_ROW = 3
PAPER_A4 = "9"  # ECMA-376 paper size code
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
    progress: Callable[[int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` (values in ``spec.columns`` order) to ``out_path``; return the row count.

    Raises ``Cancelled`` if ``should_cancel`` returns True; ``out_path`` is then untouched.
    """
    out = Path(out_path)
    with _file_errors(out):
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".xlsx.part", dir=out.parent)
        os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(spec.sheet_name)
        count = _fill(ws, spec, rows, Ticker(progress, should_cancel), mask_ids,
                      spec.title(title_context), organisation, exported_on)
        with _file_errors(out):
            wb.save(tmp)
            os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return count


@contextmanager
def _file_errors(out: Path) -> Iterator[None]:
    """Turn the file-system failures an officer can fix into a message saying how."""
    try:
        yield
    except PermissionError:
        raise UserError(f"无法写入「{out.name}」：文件可能正在 Excel 中打开，或没有该文件夹的写入权限。"
                        "请关闭文件或换一个位置后重试。") from None
    except FileNotFoundError:
        raise UserError(f"无法写入「{out}」：文件夹不存在。") from None
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        raise UserError(f"无法写入「{out.name}」：磁盘空间不足。") from None


def _fill(ws: WriteOnlyWorksheet, spec: RegisterSpec, rows: Iterable[Sequence[object]],
          ticker: Ticker, mask_ids: bool, title: str, organisation: str,
          exported_on: dt.date) -> int:
    convert = row_converter(spec, mask_ids)
    values = (convert(row) for row in rows)
    sample = list(islice(values, WIDTH_SAMPLE))
    _set_up_sheet(ws, spec, sample)
    try:
        sink = RowSink(ws, len(spec.columns))
        _write_heading(ws, sink, spec, title, organisation, exported_on)
        body = BodyWriter(ws, spec, sink)
        for cells in chain(sample, values):
            body.append(cells)
            ticker.tick()
        ticker.check()
        body.finish()
        return body.count
    except BaseException:
        _discard(ws)
        raise


def _set_up_sheet(ws: WriteOnlyWorksheet, spec: RegisterSpec, sample: list[list]) -> None:
    """Everything openpyxl writes before the first row: widths, panes, print setup."""
    texts = ([display_text(c, v) for c, v in zip(spec.columns, row)] for row in sample)
    for i, width in enumerate(layout.column_widths(spec.columns, texts), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.row_dimensions[1].height = 36
    ws.row_dimensions[2].height = 20
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.print_title_rows = f"1:{HEADER_ROW}"
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.HeaderFooter.oddFooter.center.text = "第 &P 页，共 &N 页"


def _write_heading(ws: WriteOnlyWorksheet, sink: RowSink, spec: RegisterSpec, title: str,
                   organisation: str, exported_on: dt.date) -> None:
    """Title row, organisation and export date row, header row."""
    last = len(spec.columns)
    _merge(ws, 1, 1, last)
    sink.add_cells([layout.title_cell(ws, cell_text(title))])
    left = f"填报单位：{cell_text(organisation)}"
    right = f"导出日期：{exported_on.isoformat()}"
    if last < 2:
        sink.add_cells([layout.caption_cell(ws, f"{left}　{right}", "left")])
    else:
        split = (last + 1) // 2
        _merge(ws, 2, 1, split)
        _merge(ws, 2, split + 1, last)
        pad = [None] * (split - 1)
        sink.add_cells([layout.caption_cell(ws, left, "left"), *pad,
                        layout.caption_cell(ws, right, "right")])
    sink.add_cells([layout.header_cell(ws, h) for h in spec.headers])


def _merge(ws: WriteOnlyWorksheet, row: int, first: int, last: int) -> None:
    if last > first:
        ws.merged_cells.add(f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Remove the temporary file openpyxl streams the rows of ``ws`` into."""
    writer = ws._writer
    if writer is not None and not ws.closed:
        ws.close()
        writer.cleanup()

