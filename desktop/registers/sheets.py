"""Opening the workbook an officer hands in, and reading its rows with merges undone."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from desktop.errors import UserError

Fills = dict[int, dict[int, Any]]  # row number -> {0-based column index: value}


def open_sheet(path: str | os.PathLike[str], sheet_name: str) -> Worksheet:
    """The sheet called ``sheet_name``, else the workbook's first sheet.

    Loaded in normal (not read-only) mode: merged cells are only known there.
    """
    name = os.path.basename(path)
    try:
        wb = load_workbook(path, data_only=True)
    except PermissionError:
        raise UserError(f"无法读取「{name}」：文件被占用或没有权限，请先在 Excel 中关闭它。") from None
    except FileNotFoundError:
        raise UserError(f"找不到文件「{name}」。") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise UserError(f"无法读取「{name}」：不是有效的 Excel 工作簿（.xlsx），"
                        "如是 .xls 或 WPS 格式，请先另存为 .xlsx。") from None
    return wb[sheet_name] if sheet_name in wb.sheetnames else wb.worksheets[0]


def merged_fill(ws: Worksheet) -> Fills:
    """Values that vertically merged cells lend to every row they cover.

    A merge over several rows (e.g. one 被申请人 for a block of applicants) gives
    its value to each row, in the merge's first column.
    """
    fills: Fills = {}
    for cells in ws.merged_cells.ranges:
        if cells.max_row == cells.min_row:
            continue
        value = ws.cell(cells.min_row, cells.min_col).value
        for row in range(cells.min_row + 1, cells.max_row + 1):
            fills.setdefault(row, {})[cells.min_col - 1] = value
    return fills


def sheet_rows(ws: Worksheet, fills: Fills, first: int, last: int) -> Iterator[tuple[int, list[Any]]]:
    """``(row number, values)`` from ``first`` to ``last``, merged values filled in."""
    rows = ws.iter_rows(min_row=first, max_row=max(first, last), values_only=True)
    for number, values in enumerate(rows, first):
        values = list(values)
        for index, value in fills.get(number, {}).items():
            if index < len(values):
                values[index] = value
        yield number, values
