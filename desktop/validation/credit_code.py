"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

18 characters from a 31-character alphabet (digits and upper-case letters
without I, O, Z, S, V), each worth its index 0-30. Position 1 is the
registering department, 2 the entity type, 3-8 the area code, 9-17 the
organisation code, 18 the check character. Letters may appear anywhere in
positions 1-17, so only the alphabet and the check are enforced.
"""

from __future__ import annotations

from desktop.errors import ValidationError
from desktop.validation._text import check_length, clean_code, illegal_character

FIELD = "统一社会信用代码"
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18
_VALUES = {char: value for value, char in enumerate(ALPHABET)}
_EXCLUDED_HINT = "（统一社会信用代码不使用字母 I、O、Z、S、V）"


def parse_credit_code(text: object, *, field: str = FIELD) -> str:
    """Validate a credit code and return it in upper case without spaces.

    Raises ``ValidationError`` for a wrong length, a character outside the
    alphabet (with its position) or a wrong check character.
    """
    code = clean_code(text, field)
    check_length(code, (LENGTH,), field)
    _check_alphabet(code, field)
    expected = check_character(code[:17])
    if code[17] != expected:
        raise ValidationError(f"校验位错误，应为 {expected}，实际为 {code[17]}", field=field)
    return code


def check_character(first17: str) -> str:
    """The GB 32100 check character for 17 characters of the alphabet."""
    total = sum(_VALUES[char] * weight for char, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def make_credit_code(first17: str) -> str:
    """Append the check character to 17 characters (for demo data and tests)."""
    body = first17.upper()
    if len(body) != 17 or any(char not in _VALUES for char in body):
        raise ValueError(f"need 17 characters from {ALPHABET}, got {first17!r}")
    return body + check_character(body)


def _check_alphabet(code: str, field: str) -> None:
    for position, char in enumerate(code, start=1):
        if char not in _VALUES:
            hint = _EXCLUDED_HINT if char in "IOZSV" else ""
            raise ValidationError(illegal_character(char, position) + hint, field=field)
