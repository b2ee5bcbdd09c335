"""The statistics workbook: a 总体 sheet with the headline figures and one sheet per breakdown.

Each sheet: a title row, the organisation and export date, a bold header row,
the figures as numbers (money ``#,##0.00``, shares as percentages, counts as
whole numbers), and the definitions below the table. Beside a breakdown's table
stands the chart the statistics page shows for it (``breakdown_chart``), as a
native Excel chart over the table's cells. The look follows the registers
(``desktop.registers.layout``). The file appears at ``out_path`` only when it
is complete.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from desktop.registers import layout
from desktop.registers.layout import MONEY_FORMAT, display_width
from desktop.stats.charts import PALETTE, ChartSpec, breakdown_chart
from desktop.stats.figures import YearFigures
from desktop.stats.labels import ON_TIME_RULE, SECTIONS, SUCCESS_RULE, value_of
from desktop.stats.values import TOTAL_LABEL, Breakdown, Rate
from desktop.xlsx import Book, Sheet, SheetChart, write_workbook

OVERVIEW = "总体"
OVERVIEW_HEADERS = ("类别", "项目", "数值", "口径说明")
HEADER_ROW = 3
FORMATS = {Rate: "0.00%", Decimal: MONEY_FORMAT, int: "0"}
WRAP = {"valign": "vcenter", "text_wrap": True}


def write_stats_workbook(
    figures: YearFigures,
    breakdowns: Sequence[Breakdown],
    out_path: str | os.PathLike[str],
    organisation: str,
    exported_on: dt.date,
) -> Path:
    """Write the year's statistics to ``out_path`` (.xlsx) and return the path."""
    heading = (organisation, exported_on)
    with write_workbook(out_path) as book:
        _fill(book, OVERVIEW, f"{figures.year}年度统计数字", OVERVIEW_HEADERS, _overview_rows(figures),
              f"调解成功率 = {SUCCESS_RULE}。按期办结率：{ON_TIME_RULE}。", heading)
        for breakdown in breakdowns:
            sheet = _fill(book, breakdown.title, f"{figures.year}年度{breakdown.title}", breakdown.headers,
                          breakdown.rows, breakdown.footer_note, heading)
            chart = breakdown_chart(breakdown)
            if chart is not None and chart.rows:
                sheet.chart(sheet_chart(chart, breakdown.headers[0]), at=(HEADER_ROW, len(breakdown.headers) + 2))
    return Path(out_path)


def sheet_chart(chart: ChartSpec, category_title: str) -> SheetChart:
    """``chart`` over the cells of its breakdown's table (data from the row below the header)."""
    first, last = chart.rows[0], chart.rows[-1]
    if chart.rows != tuple(range(first, last + 1)):
        raise ValueError(f"{chart.source}: a chart's rows must be one block of the table")
    money = any(isinstance(v, Decimal) for _, values in chart.series for v in values)
    return SheetChart(chart.kind, chart.title, HEADER_ROW + 1 + first, HEADER_ROW + 1 + last, 1,
                      tuple((name, column + 1) for name, column in zip(chart.names, chart.columns)),
                      chart.unit, category_title, money, PALETTE)


def _overview_rows(figures: YearFigures) -> list[tuple]:
    return [(section.title, figure.label, value_of(figures, section, figure), figure.definition)
            for section in SECTIONS for figure in section.figures]


def _fill(book: Book, name: str, title: str, headers, rows, note: str, heading: tuple[str, dt.date]) -> Sheet:
    organisation, exported_on = heading
    last = len(headers)
    sheet = book.sheet(name, _widths(headers, rows))
    sheet.freeze(HEADER_ROW + 1, 2)
    sheet.print_setup(title_rows=HEADER_ROW, footer=None, paper_a4=False)
    font = {"font_name": layout.FONT_NAME, **WRAP}
    sheet.merged(last, title, book.style(**font, font_size=16, bold=True), height=32)
    sheet.merged(last, f"填报单位：{organisation}　　导出日期：{exported_on.isoformat()}",
                 book.style(**font, font_size=11))
    sheet.append(list(headers), layout.header_style(book), height=30)
    for row in rows:
        _data_row(book, sheet, row, total=row[0] == TOTAL_LABEL)
    sheet.skip()
    sheet.merged(last, f"注：{note}", book.style(**font, font_size=10), height=_note_height(note, last))
    return sheet


def _data_row(book: Book, sheet: Sheet, row: Sequence[object], total: bool) -> None:
    base = {"font_name": layout.FONT_NAME, "font_size": 11, "bold": total, **layout.GRID}
    if total:
        base.update(layout.TOTAL_FILL)
    styles = [book.style(**base, **WRAP) if isinstance(value, str) else
              book.style(**base, num_format=_number_format(value)) for value in row]
    sheet.append([float(v) if isinstance(v, Rate) else v for v in row], styles)


def _number_format(value: object) -> str:
    return next(f for kind, f in FORMATS.items() if isinstance(value, kind))


def _widths(headers, rows) -> list[float]:
    return [min(max(map(display_width, [header] + [_shown(row[i]) for row in rows])) + 3, 60)
            for i, header in enumerate(headers)]


def _shown(value) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return f"{float(value):.2%}" if isinstance(value, Rate) else str(value)


def _note_height(note: str, columns: int) -> float:
    lines = display_width(note) // max(columns * 12, 40) + 1
    return 15.0 * lines + 6
