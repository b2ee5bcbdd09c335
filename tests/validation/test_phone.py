"""Mobile and landline numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.validation import parse_landline, parse_mobile, parse_phone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13800138000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("１９９１２３４５６７８", "19912345678"),
    ],
)
def test_mobiles(text: str, expected: str) -> None:
    assert parse_mobile(text) == expected
    assert parse_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("021 6234 5678", "021-62345678"),
        ("(021)62345678", "021-62345678"),
        ("0755-2345678", "0755-2345678"),
        ("075522345678", "0755-22345678"),
        ("05912345678", "0591-2345678"),
    ],
)
def test_landlines(text: str, expected: str) -> None:
    assert parse_landline(text) == expected
    assert parse_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12800138000", "手机号码应以 13-19 开头，实际以「12」开头"),
        ("1380013800", "长度应为 11 位，实际 10 位"),
        ("138a0013800", "含非法字符「A」（第 4 位）"),
        ("010-0234567", "区号后的号码不能以 0 开头"),
        ("010-623456", "区号后的号码应为 7 或 8 位，实际 6 位"),
        ("01-62345678", "区号「01」应为 3 或 4 位，实际 2 位"),
        ("010-6234-5678", "固定电话只能有一个连字符（区号-号码）"),
        ("62345678", "无法识别「62345678」：固定电话须带区号（如 010-62345678），手机号码应以 1 开头"),
    ],
)
def test_error_messages(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(text)
    assert caught.value.reason == message
    assert caught.value.field == "联系电话"


def test_landline_without_area_code() -> None:
    with pytest.raises(ValidationError, match="须带区号"):
        parse_landline("62345678")


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "86", "+86", "+86 "]))
def test_any_mobile_with_prefix_normalises(number: str, prefix: str) -> None:
    assert parse_phone(prefix + number) == number
