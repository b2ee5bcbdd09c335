from desktop.registers.masking import mask_card, mask_id


def test_id_keeps_area_code_and_last_four() -> None:
    assert mask_id("11010519491231002X") == "110105********002X"
    assert mask_id("110105491231002") == "110105*****1002"


def test_short_numbers_keep_only_the_last_four() -> None:
    assert mask_id("12345678") == "****5678"
    assert mask_id("123") == "***"


def test_card_keeps_last_four() -> None:
    assert mask_card("6217 0000 1000 1234 567") == "***************4567"
    assert mask_card("1234") == "****"
