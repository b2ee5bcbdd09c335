"""The demo's private generators agree with the standards' worked examples."""

from random import Random

from desktop.demo import identity


def test_check_characters_match_worked_examples():
    assert identity.id_check_char("11010519491231002") == "X"
    assert identity.credit_check_char("91350100M000100Y4") == "3"


def test_generated_numbers_carry_gender_and_card_check():
    rng = Random(5)
    for male in (True, False) * 50:
        number, born = identity.id_number(rng, male=male)
        assert int(number[16]) % 2 == (1 if male else 0)
        assert number[6:14] == f"{born:%Y%m%d}"
    card = identity.member_card(rng)
    digits = [int(d) for d in card]
    total = sum(digits[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in digits[-2::-2])
    assert len(card) == 19 and total % 10 == 0
