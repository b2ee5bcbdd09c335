"""Reading a year's arrangement from a small workbook through the register reader.

One row a day: 日期, 类型 (放假 / 调休上班), 节日, and optionally 说明 and 年度 (the
arrangement the day belongs to; by default the year most of the days are in).
"""

from __future__ import annotations

import os
from collections import Counter

from db.enums import HolidayKind
from desktop.calendar.entries import DayEntry, YearArrangement
from desktop.errors import ValidationError
from desktop.registers.reader import read_register
from desktop.registers.spec import Column, RegisterSpec

KINDS = {"放假": HolidayKind.OFF, "休息": HolidayKind.OFF, "调休上班": HolidayKind.WORK, "上班": HolidayKind.WORK}

SPEC = RegisterSpec(
    key="holidays",
    title_template="{year}年节假日安排",
    sheet_name="节假日安排",
    columns=(
        Column("日期", "date", required=True),
        Column("类型", required=True, validator=lambda text: _kind(text).label),
        Column("节日", required=True, aliases=("节日名称", "名称")),
        Column("说明", aliases=("原因", "备注")),
        Column("年度", "int", aliases=("年份",)),
    ),
)


def _kind(text: str) -> HolidayKind:
    kind = KINDS.get(text.strip())
    if kind is None:
        raise ValidationError(f"「{text}」应为「放假」或「调休上班」")
    return kind


def read_workbook(path: str | os.PathLike[str]) -> YearArrangement:
    """The arrangement in the workbook; every bad row is listed in one refusal."""
    result = read_register(SPEC, path)
    if not result.ok:
        raise ValidationError("；".join(str(problem) for problem in result.errors[:20]))
    rows = [row for row in result.rows if row.get("日期")]
    if not rows:
        raise ValidationError("工作簿中没有任何日期行", field="日期")
    years = {row["年度"] for row in rows if row.get("年度")}
    if len(years) > 1:
        raise ValidationError(f"一个工作簿只能录入一年的安排，「年度」列中有 {'、'.join(map(str, sorted(years)))}")
    year = years.pop() if years else Counter(row["日期"].year for row in rows).most_common(1)[0][0]
    days = tuple(DayEntry(row["日期"], _kind(row["类型"]), str(row["节日"]).strip(), str(row.get("说明") or ""))
                 for row in rows)
    source = f"{os.path.basename(path)}（工作簿导入）"
    return YearArrangement(year, tuple(sorted(days, key=lambda d: d.day)), source)
