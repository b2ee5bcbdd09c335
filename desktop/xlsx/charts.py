"""Native Excel charts over cells already written to a sheet (through ``Sheet.chart``).

A chart does not copy numbers: its categories and each series reference a block of the
sheet's cells, so the chart redraws when an auditor edits the table::

    sheet.chart(SheetChart("bar", "受理与结案（按月份）", first_row=4, last_row=15, label_column=1,
                           series=(("受理", 2), ("结案", 4)), unit="件"), at=(3, 12))

Kinds: ``bar`` (vertical columns), ``line`` (with markers), ``pie`` (one series, shares
shown on the slices). Rows and columns are numbered from 1, as in ``Sheet``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from xlsxwriter.chart import Chart
from xlsxwriter.utility import quote_sheetname, xl_range_abs
from xlsxwriter.workbook import Workbook

ChartKind = Literal["bar", "line", "pie"]
XLSX_TYPES = {"bar": "column", "line": "line", "pie": "pie"}
SIZE = {"width": 640, "height": 340}


@dataclass(frozen=True)
class SheetChart:
    """Rows ``first_row``..``last_row`` of a sheet as one chart.

    ``label_column`` holds the categories (``category_title`` names that axis); ``series`` is ``(name, column)`` per series;
    ``colours`` (``#rrggbb``) are used in turn for the series, or for a pie's slices.
    """

    kind: ChartKind
    title: str
    first_row: int
    last_row: int
    label_column: int
    series: tuple[tuple[str, int], ...]
    unit: str
    category_title: str = ""
    money: bool = False
    colours: tuple[str, ...] = ()


def build_chart(workbook: Workbook, sheet_name: str, spec: SheetChart) -> Chart:
    """The XlsxWriter chart of ``spec`` over the cells of the sheet ``sheet_name``."""
    chart = workbook.add_chart({"type": XLSX_TYPES[spec.kind]})
    assert chart is not None
    for index, (name, column) in enumerate(spec.series):
        chart.add_series({"name": name, "categories": _cells(sheet_name, spec, spec.label_column),
                          "values": _cells(sheet_name, spec, column), **_series_look(spec, index)})
    chart.set_title({"name": spec.title, "name_font": {"size": 12, "bold": True}})
    chart.set_size(SIZE)
    if spec.kind == "pie":
        chart.set_legend({"position": "right"})
    else:
        _axes(chart, spec)
    return chart


def _cells(sheet_name: str, spec: SheetChart, column: int) -> str:
    block = xl_range_abs(spec.first_row - 1, column - 1, spec.last_row - 1, column - 1)
    return f"={quote_sheetname(sheet_name)}!{block}"


def _series_look(spec: SheetChart, index: int) -> dict[str, object]:
    colours = spec.colours or ("#1f4e79",)
    if spec.kind == "pie":
        count = spec.last_row - spec.first_row + 1
        return {"points": [{"fill": {"color": colours[i % len(colours)]}} for i in range(count)],
                "data_labels": {"percentage": True, "category": True, "separator": "\n",
                                "position": "best_fit"}}
    colour = colours[index % len(colours)]
    if spec.kind == "line":
        return {"line": {"color": colour, "width": 2.25},
                "marker": {"type": "circle", "size": 5, "fill": {"color": colour}, "border": {"color": colour}}}
    return {"fill": {"color": colour}, "border": {"none": True}}


def _axes(chart: Chart, spec: SheetChart) -> None:
    chart.set_x_axis({"name": spec.category_title, "num_font": {"size": 9}})
    chart.set_y_axis({"name": spec.unit, "min": 0, "num_format": "#,##0" if spec.money else "0",
                      "major_gridlines": {"visible": True, "line": {"color": "#d9d9d9"}}})
    chart.set_legend({"position": "top"} if len(spec.series) > 1 else {"none": True})
