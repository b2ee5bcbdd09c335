"""Cell converters: what officers type, and what Excel stores, to clean values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.registers.cells import (
    clean_text,
    parse_bool_cell,
    parse_date_cell,
    parse_int_cell,
    parse_money_cell,
    parse_number_text_cell,
    parse_percent_cell,
)

MARCH_5 = dt.date(2024, 3, 5)


@pytest.mark.parametrize("raw", [
    "2024.3.5", "2024年3月5日", "2024-03-05", "2024/3/5", "20240305", " 2024-3-5 ",
    "２０２４－０３－０５", "2024年03月05日", "2024-03-05 00:00:00", 45356, 45356.0,
    20240305, dt.datetime(2024, 3, 5, 9, 30), MARCH_5,
])
def test_dates(raw: object) -> None:
    assert parse_date_cell(raw) == MARCH_5


@pytest.mark.parametrize("raw, message", [
    ("2024-02-30", "日期「2024-02-30」不存在"),
    ("2023年2月29日", "不存在"),
    ("三月五日", "无法识别的日期"),
    ("2024-13-01", "不存在"),
    (-5, "不是有效的日期"),
])
def test_bad_dates(raw: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_date_cell(raw)


@pytest.mark.parametrize("raw, amount", [
    ("1,234.50", "1234.50"), ("1234.5元", "1234.50"), ("¥1,234", "1234.00"),
    ("￥ 1 234.5", "1234.50"), ("１２３４．５", "1234.50"), (1234.5, "1234.50"),
    (0.1 + 0.2, "0.30"), (1234, "1234.00"), (Decimal("7.1"), "7.10"), ("0", "0.00"),
    ("12345678901.99", "12345678901.99"),
])
def test_money(raw: object, amount: str) -> None:
    value = parse_money_cell(raw)
    assert value == Decimal(amount) and value.as_tuple().exponent == -2


@pytest.mark.parametrize("raw, message", [
    ("-5", "不能为负数"), (-0.01, "不能为负数"), ("abc", "不是有效的金额"),
    ("12.345", "超过两位小数"), ("1.2.3", "不是有效的金额"), (True, "不是有效的金额"),
])
def test_bad_money(raw: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_money_cell(raw)


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2),
       st.sampled_from(["{:,.2f}", "{:.2f}", "{:,.2f}元", "¥{:,.2f}", " {:.2f} ", "{}"]))
def test_money_round_trips_through_formatting(amount: Decimal, pattern: str) -> None:
    assert parse_money_cell(pattern.format(amount)) == amount


@given(st.decimals(min_value=0, max_value=Decimal("9999999999.99"), places=2))
def test_money_round_trips_through_excel_floats(amount: Decimal) -> None:
    assert parse_money_cell(float(amount)) == amount


@pytest.mark.parametrize("raw, number", [
    (12, 12), (12.0, 12), ("12", 12), ("１２", 12), ("12人", 12), ("1,200", 1200),
])
def test_int(raw: object, number: int) -> None:
    assert parse_int_cell(raw) == number


@pytest.mark.parametrize("raw", [12.5, "十二", "-3", "1.5"])
def test_bad_int(raw: object) -> None:
    with pytest.raises(ValidationError):
        parse_int_cell(raw)


@pytest.mark.parametrize("raw, flag", [
    ("是", True), ("否", False), ("Y", True), ("n", False), ("√", True), ("×", False),
    (True, True), (1, True), (0, False), (" 是 ", True),
])
def test_bool(raw: object, flag: bool) -> None:
    assert parse_bool_cell(raw) is flag


def test_bad_bool() -> None:
    with pytest.raises(ValidationError, match="是”或“否"):
        parse_bool_cell("也许")


def test_percent() -> None:
    assert parse_percent_cell("25%") == Decimal("0.25")
    assert parse_percent_cell(0.25) == Decimal("0.25")
    assert parse_percent_cell("１２.５％") == Decimal("0.125")


def test_ids_keep_every_digit() -> None:
    assert parse_number_text_cell(" 110105 1949 1231 002x", "身份证号") == "11010519491231002X"
    assert parse_number_text_cell("'110105194912310029", "身份证号") == "110105194912310029"
    assert parse_number_text_cell(110105491231002, "身份证号") == "110105491231002"


@pytest.mark.parametrize("raw", [110105194912310000, 1.1010519491231e17])
def test_ids_stored_as_numbers_are_refused(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_number_text_cell(raw, "身份证号")
    assert caught.value.reason == "身份证号被 Excel 存成了数字，末位已丢失，请将该列设为文本后重新录入"


def test_clean_text() -> None:
    assert clean_text("\u3000 北京某某（集团）有限公司 ") == "北京某某（集团）有限公司"
    assert clean_text("   ") is None
    assert clean_text(13800138000) == "13800138000"
    assert clean_text(None) is None
