"""Shared clean-up and messages for the identifier validators.

Officers paste numbers from Word, Excel and chat windows, so the input may carry
spaces (also the full-width U+3000), full-width digits and letters (``１１０``,
``Ｘ``) or lower case. :func:`clean_code` reduces all of that to plain upper-case
ASCII before any rule is checked.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container

from desktop.errors import ValidationError


def clean_code(value: object, field: str) -> str:
    """Return ``value`` as upper-case ASCII with every kind of whitespace removed.

    Raises ``ValidationError`` for ``None``, an empty string or a non-text value.
    An ``int`` is accepted (an ID typed into a numeric Excel cell may arrive so).
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValidationError(f"应为文本，实际为 {type(value).__name__}", field=field)
    text = unicodedata.normalize("NFKC", str(value))
    text = "".join(ch for ch in text if not ch.isspace()).upper()
    if not text:
        raise ValidationError("不能为空", field=field)
    return text


def check_length(text: str, allowed: tuple[int, ...], field: str) -> None:
    """Raise unless ``len(text)`` is one of ``allowed``."""
    if len(text) in allowed:
        return
    expected = " 或 ".join(str(n) for n in allowed)
    raise ValidationError(f"长度应为 {expected} 位，实际 {len(text)} 位", field=field)


def check_characters(text: str, allowed: Container[str], field: str) -> None:
    """Raise naming the first character of ``text`` that is not in ``allowed``."""
    for position, char in enumerate(text, start=1):
        if char not in allowed:
            raise ValidationError(illegal_character(char, position), field=field)


def illegal_character(char: str, position: int) -> str:
    """Message for an unexpected character, e.g. ``含非法字符「I」（第 5 位）``."""
    return f"含非法字符「{char}」（第 {position} 位）"
