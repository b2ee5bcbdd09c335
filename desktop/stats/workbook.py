"""The statistics workbook: a 总体 sheet with the headline figures and one sheet per breakdown.

Each sheet: a title row, the organisation and export date, a bold header row,
the figures as numbers (money ``#,##0.00``, shares as percentages, counts as
whole numbers), and the definitions below the table. The look follows the
registers (``desktop.registers.layout``). The file appears at ``out_path`` only
when it is complete.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.errors import UserError
from desktop.registers.layout import FONT_NAME, GRID, HEADER_FILL, MONEY_FORMAT, TOTAL_FILL, display_width
from desktop.registers.safety import cell_text, needs_quote_prefix
from desktop.stats.figures import YearFigures
from desktop.stats.labels import ON_TIME_RULE, SECTIONS, SUCCESS_RULE, value_of
from desktop.stats.values import TOTAL_LABEL, Breakdown, Rate

OVERVIEW = "总体"
OVERVIEW_HEADERS = ("类别", "项目", "数值", "口径说明")
HEADER_ROW = 3
FORMATS = {Rate: "0.00%", Decimal: MONEY_FORMAT, int: "0"}
WRAP = Alignment(vertical="center", wrap_text=True)


def write_stats_workbook(
    figures: YearFigures,
    breakdowns: Sequence[Breakdown],
    out_path: str | os.PathLike[str],
    organisation: str,
    exported_on: dt.date,
) -> Path:
    """Write the year's statistics to ``out_path`` (.xlsx) and return the path."""
    workbook = Workbook()
    heading = (organisation, exported_on)
    _fill(workbook.active, f"{figures.year}年度统计数字", OVERVIEW_HEADERS, _overview_rows(figures),
          f"调解成功率 = {SUCCESS_RULE}。按期办结率：{ON_TIME_RULE}。", heading)
    workbook.active.title = OVERVIEW
    for breakdown in breakdowns:
        sheet = workbook.create_sheet(_sheet_name(breakdown.title))
        _fill(sheet, f"{figures.year}年度{breakdown.title}", breakdown.headers, breakdown.rows,
              breakdown.footer_note, heading)
    return _save(workbook, Path(out_path))


def _overview_rows(figures: YearFigures) -> list[tuple]:
    return [(section.title, figure.label, value_of(figures, section, figure), figure.definition)
            for section in SECTIONS for figure in section.figures]


def _fill(sheet: Worksheet, title: str, headers, rows, note: str, heading: tuple[str, dt.date]) -> None:
    organisation, exported_on = heading
    last = len(headers)
    _merged_text(sheet, 1, last, title, Font(name=FONT_NAME, size=16, bold=True), height=32)
    _merged_text(sheet, 2, last, f"填报单位：{organisation}　　导出日期：{exported_on.isoformat()}",
                 Font(name=FONT_NAME, size=11))
    for column, header in enumerate(headers, 1):
        _header(sheet.cell(HEADER_ROW, column), header)
    for offset, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            _data(sheet.cell(HEADER_ROW + offset, column), value, total=row[0] == TOTAL_LABEL)
    note_row = HEADER_ROW + len(rows) + 2
    _merged_text(sheet, note_row, last, f"注：{note}", Font(name=FONT_NAME, size=10), height=_note_height(note, last))
    _layout(sheet, headers, rows)


def _merged_text(sheet: Worksheet, row: int, last: int, text: str, font: Font, height: float | None = None) -> None:
    cell = sheet.cell(row, 1, cell_text(text))
    cell.font, cell.alignment = font, WRAP
    if last > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    if height:
        sheet.row_dimensions[row].height = height


def _header(cell, text: str) -> None:
    cell.value = text
    cell.font = Font(name=FONT_NAME, size=11, bold=True)
    cell.fill, cell.border = HEADER_FILL, GRID
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _data(cell, value, total: bool) -> None:
    if isinstance(value, str):
        _text(cell, value)
    else:
        cell.value = float(value) if isinstance(value, Rate) else value
        cell.number_format = next(f for kind, f in FORMATS.items() if isinstance(value, kind))
    cell.font = Font(name=FONT_NAME, size=11, bold=total)
    cell.border = GRID
    if total:
        cell.fill = TOTAL_FILL


def _text(cell, value: str) -> None:
    cell.value = cell_text(value)
    cell.alignment = WRAP
    if needs_quote_prefix(value):
        cell.data_type, cell.quotePrefix = "s", True


def _layout(sheet: Worksheet, headers, rows) -> None:
    for column, header in enumerate(headers, 1):
        texts = [header] + [_shown(row[column - 1]) for row in rows]
        sheet.column_dimensions[get_column_letter(column)].width = min(max(map(display_width, texts)) + 3, 60)
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    sheet.row_dimensions[HEADER_ROW].height = 30
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"1:{HEADER_ROW}"


def _shown(value) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return f"{float(value):.2%}" if isinstance(value, Rate) else str(value)


def _note_height(note: str, columns: int) -> float:
    lines = display_width(note) // max(columns * 12, 40) + 1
    return 15.0 * lines + 6


def _sheet_name(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31]


def _save(workbook: Workbook, out: Path) -> Path:
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".xlsx.part", dir=out.parent)
        os.close(fd)
        try:
            workbook.save(temporary)
            os.replace(temporary, out)
        finally:
            Path(temporary).unlink(missing_ok=True)
    except PermissionError:
        raise UserError(f"无法写入「{out.name}」：文件可能正在 Excel 中打开，或没有该文件夹的写入权限。"
                        "请关闭文件或换一个位置后重试。") from None
    except FileNotFoundError:
        raise UserError(f"无法写入「{out}」：文件夹不存在。") from None
    return out
