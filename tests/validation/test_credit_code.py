"""Unified social credit codes (GB 32100-2015)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.validation import make_credit_code, parse_credit_code
from desktop.validation.credit_code import ALPHABET

EXAMPLE = "91350100M000100Y43"


def reason(text: object) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_credit_code(text)
    assert caught.value.field == "统一社会信用代码"
    return caught.value.reason


def test_formats_example_is_valid() -> None:
    assert parse_credit_code(EXAMPLE) == EXAMPLE


def test_lower_case_and_spaces_are_normalised() -> None:
    assert parse_credit_code(" 91350100m000100y43 ") == EXAMPLE
    assert parse_credit_code("9135 0100 M000 100Y 43") == EXAMPLE


def test_letters_use_alphabet_index_not_ord_minus_55() -> None:
    # With ord(c) - 55, M would be 22 and Y 34; the check would then be another character.
    assert make_credit_code(EXAMPLE[:17]) == EXAMPLE


def test_letters_allowed_in_first_eight_positions() -> None:
    code = make_credit_code("Y1AB0100M000100Y4")
    assert parse_credit_code(code) == code


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("91350100M000100Y44", "校验位错误，应为 3，实际为 4"),
        ("91350100M000100Y4", "长度应为 18 位，实际 17 位"),
        ("91350100I000100Y43", "含非法字符「I」（第 9 位）（统一社会信用代码不使用字母 I、O、Z、S、V）"),
        ("91350100M0001O0Y43", "含非法字符「O」（第 14 位）（统一社会信用代码不使用字母 I、O、Z、S、V）"),
        ("91350100M000-00Y43", "含非法字符「-」（第 13 位）"),
        ("   ", "不能为空"),
    ],
)
def test_error_messages(text: str, message: str) -> None:
    assert reason(text) == message


def test_make_credit_code_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        make_credit_code("91350100M000100Y")
    with pytest.raises(ValueError):
        make_credit_code("91350100M000100S4")


bodies = st.text(ALPHABET, min_size=17, max_size=17)


@given(bodies)
def test_made_codes_parse(body: str) -> None:
    code = make_credit_code(body)
    assert parse_credit_code(code.lower()) == code


@given(bodies, st.integers(0, 17), st.sampled_from(ALPHABET))
def test_any_single_changed_character_is_rejected(body: str, position: int, replacement: str) -> None:
    code = make_credit_code(body)
    assume(code[position] != replacement)
    with pytest.raises(ValidationError, match="校验位错误"):
        parse_credit_code(code[:position] + replacement + code[position + 1 :])
