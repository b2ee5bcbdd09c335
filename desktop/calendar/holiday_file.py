"""Reading holiday-arrangement files (``resources/holidays/*.json``).

The format is described for officers in ``resources/holidays/README.md``:
years as keys, each with ``source``, ``holidays`` (days off) and ``workdays``
(make-up working Saturdays and Sundays); every entry has a ``name`` and either a
``date`` or an inclusive ``from``/``to`` range. Mistakes are reported in Chinese
with the file, year and entry, never silently skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

from desktop.errors import ValidationError

BUNDLED_FILE = Path(__file__).resolve().parents[2] / "resources" / "holidays" / "cn.json"
"""The State Council arrangements shipped with the program."""

_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class YearPlan:
    """One year's arrangement: dates off and make-up workdays, each with its holiday's name."""

    year: int
    source: str
    holidays: Mapping[date, str]
    workdays: Mapping[date, str]


def read_holiday_file(path: Path) -> list[YearPlan]:
    """Parse one file; raise ``ValidationError`` naming the first mistake."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ValidationError(f"找不到节假日文件 {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(f"无法读取节假日文件 {path}：{error}") from None
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"节假日文件 {path.name} 第 {error.lineno} 行第 {error.colno} 列格式错误（{error.msg}），"
            "请检查逗号、引号和括号"
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(f"节假日文件 {path.name} 应以 {{ \"年份\": {{...}} }} 的形式书写")
    return [_year_plan(path.name, key, value) for key, value in data.items()]


def _year_plan(file: str, key: str, value: object) -> YearPlan:
    if not (len(key) == 4 and key.isdigit()):
        raise ValidationError(f"节假日文件 {file}：「{key}」不是四位数字的年份")
    where = f"节假日文件 {file} {key} 年"
    if not isinstance(value, dict):
        raise ValidationError(f"{where}：应包含 source、holidays、workdays 三项")
    year = int(key)
    holidays = _dates_by_name(where, year, value.get("holidays", []), "holidays")
    workdays = _dates_by_name(where, year, value.get("workdays", []), "workdays")
    _check_plan(where, holidays, workdays)
    source = str(value.get("source", ""))
    return YearPlan(year, source, MappingProxyType(holidays), MappingProxyType(workdays))


def _dates_by_name(where: str, year: int, entries: object, kind: str) -> dict[date, str]:
    if not isinstance(entries, list):
        raise ValidationError(f"{where}：{kind} 应为方括号 [...] 括起的列表")
    result: dict[date, str] = {}
    for entry in entries:
        name = _entry_name(where, entry)
        for day in _entry_dates(f"{where}「{name}」", year, entry):
            if day in result:
                raise ValidationError(f"{where}「{name}」：{day.isoformat()} 重复出现")
            result[day] = name
    return result


def _entry_name(where: str, entry: object) -> str:
    if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
        raise ValidationError(f"{where}：每一项都应写明 name（节日名称），出错的一项为 {entry}")
    return str(entry["name"]).strip()


def _entry_dates(where: str, year: int, entry: dict[str, object]) -> Iterator[date]:
    if "date" in entry:
        first = last = _parse_date(where, year, entry["date"])
    elif "from" in entry and "to" in entry:
        first = _parse_date(where, year, entry["from"])
        last = _parse_date(where, year, entry["to"])
    else:
        raise ValidationError(f"{where}：应写 date（一天），或 from 和 to（连续几天）")
    if first > last:
        raise ValidationError(f"{where}：开始日期 {first.isoformat()} 晚于结束日期 {last.isoformat()}")
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def _parse_date(where: str, year: int, value: object) -> date:
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{where}：日期「{value}」无效，应写成 年-月-日，如 {year}-01-01") from None
    if abs(day.year - year) > 1:
        raise ValidationError(f"{where}：日期 {day.isoformat()} 与年份 {year} 相差一年以上，请核对")
    return day


def _check_plan(where: str, holidays: Mapping[date, str], workdays: Mapping[date, str]) -> None:
    for day, name in workdays.items():
        if day in holidays:
            raise ValidationError(f"{where}「{name}」：{day.isoformat()} 既是放假日又是调休上班日")
        if day.weekday() < 5:
            raise ValidationError(
                f"{where}「{name}」：调休上班日 {day.isoformat()} 是星期{_WEEKDAYS[day.weekday()]}，"
                "调休上班日只会是周六或周日，请核对"
            )
