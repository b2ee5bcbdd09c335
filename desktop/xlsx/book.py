"""The one workbook writer: every .xlsx the program writes goes through here.

Registers, the statistics workbook, the bank sheet (银行代发表), the audit export:
each opens a workbook with ``write_workbook`` and writes typed cells::

    with write_workbook(out) as book:
        sheet = book.sheet("银行代发表", widths=[6, 10, 22])
        bold = book.style(bold=True)
        sheet.append(["序号", "姓名", "金额"], bold)
        sheet.append([1, '=HYPERLINK("http://x")', Decimal("3000.00")], [None, None, money])

Built on XlsxWriter's constant-memory mode (rows are streamed to disk in order, so a
30,000-row register needs little memory). What every file gets:

- **No formula from text.** Text is always written as a string cell, never parsed;
  text a spreadsheet could take for a formula (``= + - @``, tab, CR, LF, ``#N/A``)
  also carries Excel's quote prefix, so editing the cell keeps it text.
- **Atomic replace.** The workbook is written next to ``out`` under a temporary
  name and moved into place only when complete; on any failure (or a cancel) the
  previous file is untouched and nothing is left behind.
- **Chinese errors** for what an officer can fix: file open in Excel / no write
  permission, folder missing, disk full.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from desktop.errors import UserError
from .charts import SheetChart, build_chart
from .safety import cell_text, needs_quote_prefix

__all__ = ["Book", "Sheet", "Style", "excel_serial", "file_errors", "sheet_name", "write_workbook"]

EXCEL_EPOCH = dt.date(1899, 12, 30)
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"


def excel_serial(day: dt.date) -> int:
    """A date (without time) as Excel's serial day number (1900 date system)."""
    return (day - EXCEL_EPOCH).days


@contextmanager
def write_workbook(out_path: str | os.PathLike[str]) -> Iterator[Book]:
    """A new workbook that replaces ``out_path`` when the ``with`` block ends without error."""
    out = Path(out_path)
    with file_errors(out):
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".xlsx.part", dir=out.parent)
        os.close(fd)
    tmp = Path(tmp_name)
    try:
        with tempfile.TemporaryDirectory(prefix="uniondesk-xlsx-") as rows_dir:
            book = Book(xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "tmpdir": rows_dir}))
            try:
                yield book
            except BaseException:
                book.abandon()
                raise
            with file_errors(out):
                book.close()
                os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def file_errors(out: Path) -> Iterator[None]:
    """Turn the file-system failures an officer can fix into a message saying how."""
    try:
        yield
    except FileCreateError as error:
        cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
        raise _user_error(cause, out) from None
    except OSError as error:
        raise _user_error(error, out) from None


def _user_error(error: OSError, out: Path) -> Exception:
    if isinstance(error, PermissionError):
        return UserError(f"无法写入「{out.name}」：文件可能正在 Excel 中打开，或没有该文件夹的写入权限。"
                         "请关闭文件或换一个位置后重试。")
    if isinstance(error, FileNotFoundError):
        return UserError(f"无法写入「{out}」：文件夹不存在。")
    if error.errno == errno.ENOSPC:
        return UserError(f"无法写入「{out.name}」：磁盘空间不足，请清理磁盘或换一个位置后重试。")
    return UserError(f"无法写入「{out.name}」：{error.strerror or error}。")


class Style:
    """A cell look registered with the workbook once; its quote-prefixed twin made on demand."""

    def __init__(self, book: Book, props: dict[str, object]) -> None:
        self._book = book
        self.props = props
        self.format: Format = book._xw.add_format(props)
        self._quoted: Format | None = None

    @property
    def quoted(self) -> Format:
        """The same look with Excel's quote prefix (text stays text when edited)."""
        if self._quoted is None:
            self._quoted = self._book._xw.add_format({**self.props, "quote_prefix": True})
        return self._quoted


class Book:
    """An open workbook: styles and sheets."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._xw = workbook
        self._styles: dict[tuple, Style] = {}
        self._closed = False

    def style(self, **props: object) -> Style:
        """The style with XlsxWriter format properties ``props`` (bold=, num_format=, border= ...)."""
        key = tuple(sorted(props.items()))
        if key not in self._styles:
            self._styles[key] = Style(self, dict(props))
        return self._styles[key]

    def sheet(self, name: str, widths: Sequence[float] = ()) -> Sheet:
        sheet = Sheet(self, self._xw.add_worksheet(sheet_name(name)))
        sheet.set_widths(widths)
        return sheet

    def close(self) -> None:
        self._closed = True
        self._xw.close()

    def abandon(self) -> None:
        """Close the streamed row files without writing the workbook."""
        if self._closed:
            return
        self._closed = True
        for ws in self._xw.worksheets():
            if ws.constant_memory and ws.row_data_fh is not None and not ws.row_data_fh_closed:
                ws.row_data_fh.close()
                ws.row_data_fh_closed = True


def sheet_name(title: str) -> str:
    """A legal sheet name: no ``[]:*?/\\``, at most 31 characters."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31] or "Sheet1"


class Sheet:
    """One worksheet, written top to bottom. Rows and columns are numbered from 1."""

    def __init__(self, book: Book, ws: Worksheet) -> None:
        self._book = book
        self.ws = ws
        self.next_row = 1
        self._date = book.style(num_format=DATE_FORMAT)
        self._datetime = book.style(num_format=DATETIME_FORMAT)

    # -- layout -----------------------------------------------------------

    def set_widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths):
            self.ws.set_column(index, index, width)

    def freeze(self, row: int, column: int = 1) -> None:
        """Freeze the rows above ``row`` and the columns left of ``column``."""
        self.ws.freeze_panes(row - 1, column - 1)

    def autofilter(self, first_row: int, last_row: int, last_column: int) -> None:
        self.ws.autofilter(first_row - 1, 0, max(last_row, first_row) - 1, last_column - 1)

    def print_setup(self, *, title_rows: int, footer: str | None = "第 &P 页，共 &N 页",
                    paper_a4: bool = True, margins: float | None = None, centred: bool = False) -> None:
        """Landscape, fit to one page wide, ``title_rows`` repeated on every page."""
        ws = self.ws
        ws.set_landscape()
        if paper_a4:
            ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0, title_rows - 1)
        if centred:
            ws.center_horizontally()
        if margins is not None:
            ws.set_margins(left=margins, right=margins)
        if footer:
            ws.set_footer(f"&C{footer}")

    # -- rows -------------------------------------------------------------

    def append(self, values: Sequence[object], styles: Style | Sequence[Style | None] | None = None,
               *, height: float | None = None) -> int:
        """Write a row of typed values after the last one; return its row number."""
        row = self.next_row
        if height is not None:
            self.ws.set_row(row - 1, height)
        per_cell = styles if isinstance(styles, Sequence) else [styles] * len(values)
        for column, (value, style) in enumerate(zip(values, per_cell), 1):
            self.write(row, column, value, style)
        self.next_row = row + 1
        return row

    def merged(self, last_column: int, value: object, style: Style | None = None,
               *, first_column: int = 1, height: float | None = None, advance: bool = True) -> int:
        """Write ``value`` across columns ``first_column``..``last_column`` of the current row."""
        row = self.next_row
        if height is not None:
            self.ws.set_row(row - 1, height)
        if last_column > first_column:
            fmt = self._format(value, style)
            self.ws.merge_range(row - 1, first_column - 1, row - 1, last_column - 1, "", fmt)
        self.write(row, first_column, value, style)
        if advance:
            self.next_row = row + 1
        return row

    def skip(self, rows: int = 1) -> None:
        self.next_row += rows

    def chart(self, spec: SheetChart, at: tuple[int, int]) -> None:
        """A native chart over cells of this sheet, its top-left corner at cell ``at`` (row, column)."""
        chart = build_chart(self._book._xw, self.ws.name, spec)
        self.ws.insert_chart(at[0] - 1, at[1] - 1, chart, {"object_position": 3})

    # -- cells ------------------------------------------------------------

    def write(self, row: int, column: int, value: object, style: Style | None = None) -> None:
        """One cell. Text is never a formula; money (Decimal) and counts are numbers; dates are dates."""
        r, c = row - 1, column - 1
        if value is None:
            if style is not None:
                self.ws.write_blank(r, c, None, style.format)
        elif isinstance(value, str):
            self.text(r, c, value, style)
        elif isinstance(value, bool):
            self.text(r, c, "是" if value else "否", style)
        elif isinstance(value, dt.datetime):
            self.ws.write_datetime(r, c, value, (style or self._datetime).format)
        elif isinstance(value, dt.date):
            self.ws.write_number(r, c, excel_serial(value), (style or self._date).format)
        elif isinstance(value, (int, float, Decimal)):
            self.ws.write_number(r, c, float(value), style.format if style else None)
        else:
            self.text(r, c, str(value), style)

    def text(self, r: int, c: int, value: str, style: Style | None) -> None:
        """A string cell at zero-based ``r``, ``c``: cleaned, quote-prefixed when risky."""
        text = cell_text(value)
        if needs_quote_prefix(text):
            fmt: Format | None = (style or self._book.style()).quoted
        else:
            fmt = style.format if style else None
        self.ws.write_string(r, c, text, fmt)

    def _format(self, value: object, style: Style | None) -> Format | None:
        if isinstance(value, str) and needs_quote_prefix(cell_text(value)):
            return (style or self._book.style()).quoted
        return style.format if style else None
