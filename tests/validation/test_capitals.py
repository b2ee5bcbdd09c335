"""Amounts in Chinese capitals (人民币大写): FORMATS.md examples, edge cases, properties."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.money import MAX_AMOUNT, amount_in_capitals

FORMATS_EXAMPLES = [
    ("0", "零元整"),
    ("0.50", "伍角"),
    ("10", "壹拾元整"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("100700", "壹拾万零柒佰元整"),
    ("123456789.01", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"),
]

EDGE_CASES = [
    ("100000000", "壹亿元整"),
    ("100010000", "壹亿零壹万元整"),
    ("1000000.01", "壹佰万元零壹分"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    ("10.00", "壹拾元整"),
    ("10.50", "壹拾元伍角"),
    ("10.05", "壹拾元零伍分"),
    ("110", "壹佰壹拾元整"),
    ("15", "壹拾伍元整"),
    ("100100", "壹拾万零壹佰元整"),
    ("101000", "壹拾万零壹仟元整"),
    ("110000", "壹拾壹万元整"),
    ("1000000001", "壹拾亿零壹元整"),
    ("100000010", "壹亿零壹拾元整"),
    ("200000000000", "贰仟亿元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("amount", "capitals"), FORMATS_EXAMPLES + EDGE_CASES)
def test_examples(amount: str, capitals: str) -> None:
    assert amount_in_capitals(amount) == capitals
    assert amount_in_capitals(Decimal(amount)) == capitals


def test_int_input() -> None:
    assert amount_in_capitals(100700) == "壹拾万零柒佰元整"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-1", "不能为负数：-1"),
        ("1.001", "1.001 超过两位小数（最多精确到分）"),
        ("一百", "「一百」不是有效的金额"),
        (1.5, "金额大写只接受文本、Decimal 或整数形式的精确金额，不接受 float"),
        (True, "金额大写只接受文本、Decimal 或整数形式的精确金额，不接受 bool"),
        ("1000000000000", "1000000000000 超出上限 999,999,999,999.99"),
    ],
)
def test_rejected(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        amount_in_capitals(value)
    assert caught.value.reason == message


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def reference_capitals(amount: Decimal) -> str:
    """Independent textbook method: spell every digit with its unit, then tidy with regexes."""
    cents = int(amount * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    units = "元拾佰仟万拾佰仟亿拾佰仟"
    spelled = "".join(DIGITS[int(d)] + units[i] for i, d in reversed(list(enumerate(reversed(str(yuan))))))
    # Drop units after 零, merge runs of 零, move 零 past 亿/万/元 (never before them),
    # drop a 万 group that is all zeros; repeat until nothing changes.
    tidy = [("零[拾佰仟]", "零"), ("零{2,}", "零"), ("零([亿万元])", r"\1零"), ("亿万", "亿")]
    previous = ""
    while spelled != previous:
        previous = spelled
        for pattern, replacement in tidy:
            spelled = re.sub(pattern, replacement, spelled)
    spelled = spelled.removesuffix("零")
    if yuan == 0:
        spelled = "零元" if cents == 0 else ""
    if jiao == 0 and fen == 0:
        return spelled + "整"
    if jiao == 0:
        return spelled + ("零" if yuan else "") + DIGITS[fen] + "分"
    return spelled + DIGITS[jiao] + "角" + (DIGITS[fen] + "分" if fen else "")


def test_reference_agrees_on_the_worked_examples() -> None:
    for amount, capitals in FORMATS_EXAMPLES + EDGE_CASES:
        assert reference_capitals(Decimal(amount)) == capitals


amounts = st.integers(0, int(MAX_AMOUNT * 100)).map(lambda c: Decimal(c) / 100)
# Amounts with many zeros exercise the 零 rules far better than uniform ones.
sparse_amounts = st.lists(st.sampled_from("0000000123456789"), min_size=14, max_size=14).map(
    lambda digits: Decimal("".join(digits)) / 100
)


@given(amounts | sparse_amounts)
def test_matches_reference(amount: Decimal) -> None:
    assert amount_in_capitals(amount) == reference_capitals(amount)


@given(amounts | sparse_amounts)
def test_well_formed(amount: Decimal) -> None:
    text = amount_in_capitals(amount)
    has_fraction = amount != amount.to_integral_value()
    assert set(text) <= set("壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整")
    assert "零零" not in text
    assert not text.endswith("零")
    assert text.endswith("整") != has_fraction
    assert text.count("元") == (1 if amount >= 1 or amount == 0 else 0)
    assert text == "零元整" or not re.search("零[元万亿角]", text)
    assert not text.startswith("零") or text == "零元整"
    assert not re.search("[拾佰仟]{2}|万亿|亿万|^[拾佰仟万亿]", text)
