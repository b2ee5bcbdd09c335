"""导出所选: the rows an officer selected in a list, as a workbook through the one register writer
(formula guard, atomic replace, Chinese errors), each cell as the list shows it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from desktop.registers.spec import Column, RegisterSpec
from desktop.registers.writer import write_register


def export_selection(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                     out_path: str | os.PathLike[str], *, organisation: str,
                     today: dt.date | None = None) -> int:
    """Write ``rows`` (display text, in ``headers`` order) under ``title``; return the row count."""
    spec = RegisterSpec(key="selection", title_template=title.replace("{", "{{").replace("}", "}}"),
                        columns=tuple(Column(_unique(headers, i)) for i in range(len(headers))),
                        sheet_name=_sheet_name(title))
    return write_register(spec, rows, out_path, organisation=organisation,
                          exported_on=today or dt.date.today(), mask_ids=False)


def _unique(headers: Sequence[str], index: int) -> str:
    header = headers[index] or f"第{index + 1}列"
    return header if list(headers).count(headers[index]) == 1 else f"{header}（{index + 1}）"


def _sheet_name(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return (cleaned or "所选记录")[:31]
