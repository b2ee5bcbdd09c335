"""ID numbers (GB 11643-1999): FORMATS.md vectors, error messages, properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.validation import (
    IdNumber,
    gender_mismatch,
    make_id_number,
    mask_id_number,
    parse_id_number,
)
from desktop.validation.idcard import PROVINCE_CODES

TODAY = date(2026, 11, 23)
EXAMPLE = "11010519491231002X"


def parse(text: object) -> IdNumber:
    return parse_id_number(text, today=TODAY)


def reason(text: object) -> str:
    with pytest.raises(ValidationError) as caught:
        parse(text)
    assert caught.value.field == "身份证号"
    return caught.value.reason


def test_formats_example() -> None:
    parsed = parse(EXAMPLE)
    assert parsed == IdNumber(EXAMPLE, date(1949, 12, 31), "女", upgraded_from_15=False)
    assert str(parsed) == EXAMPLE


def test_lowercase_x_spaces_and_full_width_are_normalised() -> None:
    assert parse("110105 19491231 002x").number == EXAMPLE
    assert parse("　１１０１０５１９４９１２３１００２ｘ ").number == EXAMPLE


def test_legacy_15_digit_upgrade_from_formats() -> None:
    parsed = parse("110105491231002")
    assert parsed.number == EXAMPLE
    assert parsed.upgraded_from_15 is True
    assert parsed.birth_date == date(1949, 12, 31)


def test_male_from_odd_sequence() -> None:
    number = make_id_number("320102", date(1985, 6, 15), 123)
    assert parse(number).gender == "男"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("11010519491231002", "长度应为 18 或 15 位，实际 17 位"),
        ("1101051949123I002X", "含非法字符「I」（第 14 位）"),
        ("11010519491231002Y", "含非法字符「Y」（第 18 位），末位只能是数字或 X"),
        ("110105194912310021", "校验位错误，应为 X，实际为 1"),
        ("00010519491231002X", "前两位「00」不是有效的省级行政区代码"),
        ("", "不能为空"),
    ],
)
def test_error_messages(text: str, message: str) -> None:
    assert reason(text) == message


def test_impossible_birth_date_is_named() -> None:
    assert reason("110105202302300021") == "出生日期 2023-02-30 不存在"
    assert reason("110105230230002") == "出生日期 1923-02-30 不存在"


def test_future_birth_date_is_rejected() -> None:
    number = make_id_number("110105", date(2026, 11, 24), 2)
    assert reason(number) == "出生日期 2026-11-24 晚于今天（2026-11-23）"
    assert parse_id_number(number, today=date(2026, 11, 24)).birth_date == date(2026, 11, 24)


def test_birth_before_1900_is_rejected() -> None:
    assert "早于 1900 年" in reason(make_id_number("110105", date(1899, 12, 31), 1))


@pytest.mark.parametrize("prefix", ["81", "82", "83", "91", "93", "65", "11"])
def test_accepted_prefixes(prefix: str) -> None:
    assert parse(make_id_number(prefix + "0000", date(1990, 1, 1), 5)).number.startswith(prefix)


@pytest.mark.parametrize("prefix", ["10", "16", "20", "24", "38", "47", "55", "60", "66", "71", "80", "84"])
def test_rejected_prefixes(prefix: str) -> None:
    assert "不是有效的省级行政区代码" in reason(make_id_number(prefix + "0000", date(1990, 1, 1), 5))


def test_non_text_values() -> None:
    assert reason(None) == "应为文本，实际为 NoneType"
    assert parse(110105491231002).number == EXAMPLE  # a numeric Excel cell


def test_gender_mismatch() -> None:
    parsed = parse(EXAMPLE)
    assert gender_mismatch(parsed, "女") is None
    assert gender_mismatch(parsed, " 女性 ") is None
    assert gender_mismatch(parsed, "") is None
    assert gender_mismatch(parsed, None) is None
    assert gender_mismatch(parsed, "男") == "身份证号显示为女性（第 17 位 2 为偶数），但性别填写为「男」，请核对"
    assert gender_mismatch(parsed, "未知") == "性别「未知」无法识别，应填写“男”或“女”"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (EXAMPLE, "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("12345678901", "123456*8901"),
        ("1234567890", "123*****90"),
        ("1234", "1**4"),
        ("12", "**"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask(text: str | None, masked: str) -> None:
    assert mask_id_number(text) == masked


def test_make_id_number_rejects_bad_parts() -> None:
    with pytest.raises(ValueError):
        make_id_number("11010", date(1990, 1, 1), 1)
    with pytest.raises(ValueError):
        make_id_number("110105", date(1990, 1, 1), 1000)


areas = st.builds(
    lambda province, rest: province + rest,
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.text("0123456789", min_size=4, max_size=4),
)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(0, 999)


@given(areas, births, sequences)
def test_made_numbers_round_trip(area: str, birth: date, sequence: int) -> None:
    number = make_id_number(area, birth, sequence)
    parsed = parse(number)
    assert parsed.number == number
    assert parsed.birth_date == birth
    assert parsed.gender == ("男" if sequence % 2 else "女")
    assert mask_id_number(number) == number[:6] + "*" * 8 + number[-4:]


@given(areas, st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), sequences)
def test_15_digit_numbers_upgrade_to_the_made_number(area: str, birth: date, sequence: int) -> None:
    legacy = f"{area}{birth:%y%m%d}{sequence:03d}"
    assert parse(legacy).number == make_id_number(area, birth, sequence)


@given(areas, births, sequences, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_changed_character_is_rejected(
    area: str, birth: date, sequence: int, position: int, replacement: str
) -> None:
    number = make_id_number(area, birth, sequence)
    assume(number[position] != replacement)
    with pytest.raises(ValidationError):
        parse(number[:position] + replacement + number[position + 1 :])
