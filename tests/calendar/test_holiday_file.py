"""Reading officers' holiday files: merging and error messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.calendar import BUNDLED_FILE, HolidayCalendar
from desktop.errors import ValidationError

YEAR_2027 = {
    "source": "测试用",
    "holidays": [{"name": "元旦", "date": "2027-01-01"}, {"name": "春节", "from": "2027-02-06", "to": "2027-02-12"}],
    "workdays": [{"name": "春节", "date": "2027-02-20"}],
}


def write(tmp_path: Path, data: object, name: str = "我的节假日.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(ValidationError) as caught:
        HolidayCalendar.load(path, bundled=False)
    return str(caught.value)


def test_bundled_file_is_found_relative_to_the_repository() -> None:
    assert BUNDLED_FILE.is_file()
    assert BUNDLED_FILE.parent.name == "holidays"
    assert (BUNDLED_FILE.parent / "README.md").is_file()


def test_officer_file_adds_a_year(tmp_path: Path) -> None:
    calendar = HolidayCalendar.load(write(tmp_path, {"2027": YEAR_2027}))
    assert calendar.years == (2023, 2024, 2025, 2026, 2027)
    assert calendar.holiday_name(date(2027, 2, 8)) == "春节"
    assert calendar.is_working_day(date(2027, 2, 20))
    assert calendar.is_working_day(date(2024, 10, 12))  # bundled years still there


def test_officer_file_replaces_a_whole_year(tmp_path: Path) -> None:
    replacement = {"source": "更正", "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-08"}]}
    calendar = HolidayCalendar.load(write(tmp_path, {"2026": replacement}))
    assert calendar.holiday_name(date(2026, 10, 8)) == "国庆节"
    assert calendar.holiday_name(date(2026, 2, 16)) is None  # 春节 not repeated in the replacement
    assert calendar.source(2026) == "更正"


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_text(json.dumps({"2027": YEAR_2027}, ensure_ascii=False), encoding="utf-8-sig")
    assert HolidayCalendar.load(path, bundled=False).covers(2027)


def test_missing_file(tmp_path: Path) -> None:
    assert load_error(tmp_path / "无.json") == f"找不到节假日文件 {tmp_path / '无.json'}"


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "坏.json"
    path.write_text('{\n  "2027": {"holidays": [}\n}', encoding="utf-8")
    message = load_error(path)
    assert message.startswith("节假日文件 坏.json 第 2 行第 ")
    assert message.endswith("请检查逗号、引号和括号")


def entry_error(tmp_path: Path, holidays: list[object], workdays: list[object] | None = None) -> str:
    return load_error(write(tmp_path, {"2027": {"holidays": holidays, "workdays": workdays or []}}, "x.json"))


@pytest.mark.parametrize(
    ("holidays", "workdays", "message"),
    [
        (
            [{"name": "春节", "date": "2027-02-30"}],
            [],
            "节假日文件 x.json 2027 年「春节」：日期「2027-02-30」无效，应写成 年-月-日，如 2027-01-01",
        ),
        (
            [{"name": "春节", "from": "2027-02-12", "to": "2027-02-06"}],
            [],
            "节假日文件 x.json 2027 年「春节」：开始日期 2027-02-12 晚于结束日期 2027-02-06",
        ),
        (
            [{"name": "春节", "date": "2072-02-06"}],
            [],
            "节假日文件 x.json 2027 年「春节」：日期 2072-02-06 与年份 2027 相差一年以上，请核对",
        ),
        (
            [{"name": "春节", "from": "2027-02-06", "to": "2027-02-08"}, {"name": "元宵", "date": "2027-02-08"}],
            [],
            "节假日文件 x.json 2027 年「元宵」：2027-02-08 重复出现",
        ),
        (
            [{"name": "春节", "date": "2027-02-06"}],
            [{"name": "春节", "date": "2027-02-06"}],
            "节假日文件 x.json 2027 年「春节」：2027-02-06 既是放假日又是调休上班日",
        ),
        (
            [],
            [{"name": "春节", "date": "2027-02-15"}],
            "节假日文件 x.json 2027 年「春节」：调休上班日 2027-02-15 是星期一，调休上班日只会是周六或周日，请核对",
        ),
        (
            [{"name": "春节"}],
            [],
            "节假日文件 x.json 2027 年「春节」：应写 date（一天），或 from 和 to（连续几天）",
        ),
        (
            [{"date": "2027-02-06"}],
            [],
            "节假日文件 x.json 2027 年：每一项都应写明 name（节日名称），出错的一项为 {'date': '2027-02-06'}",
        ),
    ],
)
def test_entry_mistakes(tmp_path: Path, holidays: list[object], workdays: list[object], message: str) -> None:
    assert entry_error(tmp_path, holidays, workdays) == message


def test_year_key_must_be_four_digits(tmp_path: Path) -> None:
    assert load_error(write(tmp_path, {"27": YEAR_2027}, "x.json")) == "节假日文件 x.json：「27」不是四位数字的年份"


def test_list_expected(tmp_path: Path) -> None:
    message = load_error(write(tmp_path, {"2027": {"holidays": {"name": "春节"}}}, "x.json"))
    assert message == "节假日文件 x.json 2027 年：holidays 应为方括号 [...] 括起的列表"
