"""Any bracket pair around a number's year is read as 〔〕; other brackets stay as typed."""

import pytest
from hypothesis import given, strategies as st

from desktop.number_text import CLOSING, OPENING, normalise_number


@pytest.mark.parametrize("typed", ["密工调【2024】12号", "密工调[2024]12号", "密工调(2024)12号", "密工调（2024）12号",
                                   "密工调〔2024〕12号", " 密工调［2024］12号 ", "密工调( 2024 )12号"])
def test_every_bracket_pair_becomes_the_official_one(typed):
    assert normalise_number(typed) == "密工调〔2024〕12号"


def test_partial_numbers_while_typing_and_names_untouched():
    assert normalise_number("密工调(20") == "密工调〔20"
    assert normalise_number("密工调【") == "密工调〔"
    assert normalise_number("2024]12") == "2024〕12"
    assert normalise_number("北京某某（集团）有限公司") == "北京某某（集团）有限公司"
    assert normalise_number("王芳") == "王芳"


@given(st.integers(1, 9999), st.integers(1, 999), st.sampled_from(list(zip(OPENING, CLOSING))))
def test_any_pair_any_year(year, seq, pair):
    assert normalise_number(f"密工法监提{pair[0]}{year}{pair[1]}{seq}号") == f"密工法监提〔{year}〕{seq}号"
