"""Reading a register (台账) back from an .xlsx workbook an officer may have edited.

Every row is read; a cell that cannot be understood becomes a ``Problem`` naming
its row and column, and the rest of the row is still returned, so the officer
gets the whole list of mistakes at once. The importer decides what to refuse.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from openpyxl.utils import get_column_letter

from desktop.errors import ValidationError

from .headers import SCAN_ROWS, HeaderMatch, find_header, normalise_header
from .parsing import parse_cell
from .progress import Ticker
from .sheets import merged_fill, open_sheet, sheet_rows
from .spec import Column, RegisterSpec

CLOSING_LABELS = ("合计", "总计", "小计", "制表人", "审核人", "审计链")


@dataclass(frozen=True)
class Problem:
    """Something wrong (``error``) or worth knowing (``info``) at a row and column."""

    row: int | None
    column_header: str | None
    message: str
    level: Literal["error", "info"] = "error"

    def __str__(self) -> str:
        return str(ValidationError(self.message, field=self.column_header, row=self.row))


@dataclass
class ReadResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    header_row: int | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def read_register(
    spec: RegisterSpec,
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ReadResult:
    """Read the register at ``path``: one dict per data row (headers as keys, plus ``_row``)."""
    ws = open_sheet(path, spec.sheet_name)
    fills = merged_fill(ws)
    result = ReadResult()
    header = find_header(spec, sheet_rows(ws, fills, 1, SCAN_ROWS))
    if header is None:
        names = "「" + "」「".join(spec.headers[:4]) + "」"
        result.problems.append(Problem(None, None, f"前 {SCAN_ROWS} 行中找不到表头（应有{names}等列）"))
        return result
    result.header_row = header.row
    result.problems.extend(_header_problems(spec, header))
    ticker = Ticker(progress, should_cancel)
    for number, values in sheet_rows(ws, fills, header.row + 1, ws.max_row):
        _read_row(spec, header, number, values, result)
        ticker.tick()
    ticker.check()
    return result


def _header_problems(spec: RegisterSpec, header: HeaderMatch) -> Iterable[Problem]:
    row = header.row
    for column in header.missing(spec):
        if column.required:
            yield Problem(row, column.header, "表头中缺少此列（必填）")
        else:
            yield Problem(row, column.header, "表头中没有此列，按空白读取", "info")
    for index, column in header.duplicates:
        letter = get_column_letter(index + 1)
        yield Problem(row, column.header, f"{letter} 列与前面的同名列重复，已忽略", "info")
    for text in header.unknown.values():
        yield Problem(row, text, "不是本台账的列，已忽略", "info")


def _read_row(spec: RegisterSpec, header: HeaderMatch, number: int, values: list[Any],
              result: ReadResult) -> None:
    """Parse one sheet row into ``result``; blank, closing and repeated header rows are skipped."""
    raw = {col: values[i] if i < len(values) else None for i, col in header.columns.items()}
    if _skip(values, raw):
        return
    record: dict[str, Any] = {"_row": number, **dict.fromkeys(spec.headers)}
    for column, cell in raw.items():
        try:
            record[column.header] = parse_cell(column, cell)
        except ValidationError as error:
            record[column.header] = None
            result.problems.append(Problem(number, column.header, error.reason))
            continue
        if column.required and record[column.header] is None:
            result.problems.append(Problem(number, column.header, "必填项为空"))
    result.rows.append(record)


def _skip(values: list[Any], raw: dict[Column, Any]) -> bool:
    """Blank rows, the 合计 / 制表人 rows under the data, and a header repeated mid-sheet."""
    if all(v is None or not normalise_header(v) for v in raw.values()):
        return True
    first = next(t for t in map(normalise_header, values) if t)
    return first.startswith(CLOSING_LABELS) or _repeats_header(raw)


def _repeats_header(raw: dict[Column, Any]) -> bool:
    named = [(c, normalise_header(v)) for c, v in raw.items() if v is not None]
    return len(named) > 1 and all(
        text in {normalise_header(n) for n in column.names} for column, text in named
    )
