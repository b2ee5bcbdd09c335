"""parse_amount and format_amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.money import MAX_AMOUNT, format_amount, parse_amount


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1409.5", "1409.50"),
        ("1,409.50", "1409.50"),
        (" ¥1,409.5 元", "1409.50"),
        ("￥１４０９．５", "1409.50"),
        (".5", "0.50"),
        ("7.", "7.00"),
        ("1.230", "1.23"),
        ("-0", "0.00"),
        (Decimal("16409.02"), "16409.02"),
        (Decimal("1E+2"), "100.00"),
        (1409, "1409.00"),
        (1409.5, "1409.50"),
        (0.1 + 0.2, "0.30"),
        (999999999999.99, "999999999999.99"),
        ("999,999,999,999.99", "999999999999.99"),
    ],
)
def test_accepted(value: object, expected: str) -> None:
    result = parse_amount(value)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1.234", "1.234 超过两位小数（最多精确到分）"),
        (Decimal("0.001"), "0.001 超过两位小数（最多精确到分）"),
        (1409.555, "1409.555 超过两位小数（最多精确到分）"),
        ("-5", "不能为负数：-5"),
        (-1, "不能为负数：-1"),
        ("abc", "「abc」不是有效的金额"),
        ("1,40", "「1,40」不是有效的金额"),
        ("1e3", "「1e3」不是有效的金额"),
        ("NaN", "「NaN」不是有效的金额"),
        (".", "「.」不是有效的金额"),
        ("", "不能为空"),
        (Decimal("NaN"), "不能是 NaN（非数值或无穷大）"),
        (Decimal("-Infinity"), "不能是 -Infinity（非数值或无穷大）"),
        (float("inf"), "不能是 inf（非数值或无穷大）"),
        (float("nan"), "不能是 nan（非数值或无穷大）"),
        ("1000000000000", "1000000000000 超出上限 999,999,999,999.99"),
        (True, "应为金额，实际为是/否值"),
        (None, "应为金额，实际为 NoneType"),
    ],
)
def test_rejected(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(value)
    assert caught.value.reason == message
    assert caught.value.field == "金额"


def test_negative_allowed_on_request() -> None:
    assert parse_amount("-12.5", allow_negative=True) == Decimal("-12.50")


def test_field_label_is_passed_through() -> None:
    with pytest.raises(ValidationError, match="^「协议金额」: 不能为负数"):
        parse_amount("-1", field="协议金额")


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("1409.5"), "1,409.50"), (0, "0.00"), ("-1234567.8", "-1,234,567.80"), (Decimal("999"), "999.00")],
)
def test_format_amount(value: object, text: str) -> None:
    assert format_amount(value) == text


def test_format_amount_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(ValidationError):
        format_amount(Decimal("1.005"))


cents = st.integers(0, int(MAX_AMOUNT * 100))


@given(st.decimals(allow_nan=True, allow_infinity=True) | st.floats() | st.text() | st.integers())
def test_result_always_has_two_places_or_raises(value: object) -> None:
    try:
        result = parse_amount(value, allow_negative=True)
    except ValidationError:
        return
    assert result.as_tuple().exponent == -2
    assert abs(result) <= MAX_AMOUNT


@given(cents)
def test_every_cent_amount_survives_excel_float(amount_cents: int) -> None:
    amount = Decimal(amount_cents) / 100
    assert parse_amount(float(amount)) == amount


@given(cents)
def test_formatted_amount_parses_back(amount_cents: int) -> None:
    amount = Decimal(amount_cents) / 100
    assert parse_amount(format_amount(amount)) == amount
