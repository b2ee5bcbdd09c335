"""Sorting a list by what the officer sees: numbers and amounts by value, dates in order,
Chinese names by pinyin (as 北京 before 上海), not by code point or internal code."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from db.sortkeys import pinyin_key

NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")


def display_sort_key(text: str | None) -> tuple:
    """Empty cells last; numbers before text; text by pinyin."""
    text = (text or "").strip()
    if not text:
        return (2, Decimal(0), "")
    if NUMBER.match(text):
        try:
            return (0, Decimal(text.replace(",", "")), "")
        except InvalidOperation:
            pass
    return (1, Decimal(0), pinyin_key(text) or "")
