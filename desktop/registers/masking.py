"""Masking of ID and bank-card numbers in exported registers.

``110105********002X``: an ID keeps its area code (first 6) and last 4;
a card keeps its last 4. The mask has the same length as the number, so a
reader can still see that the number was complete.
"""

from __future__ import annotations

from desktop.validation import mask_id_number

MASK = "*"


LIST_SEPARATOR = "、"


def mask_id(value: str) -> str:
    """Mask a 身份证号 (or any ID-like number): first 6 and last 4 stay.

    A list of numbers separated by 、 (several applicants in one case) is masked
    number by number."""
    if LIST_SEPARATOR in value:
        return LIST_SEPARATOR.join(mask_id(part) for part in value.split(LIST_SEPARATOR))
    text = value.strip()
    return mask_id_number(text) if len(text) > 10 else _keep_last(text, 4)


def mask_card(value: str) -> str:
    """Mask a card or account number: only the last 4 stay."""
    return _keep_last("".join(value.split()), 4)


def mask_phone(value: str) -> str:
    """Mask a phone number: a mobile keeps its first 3 and last 4 (``138****8000``), a landline its last 4."""
    text = "".join(value.split())
    if len(text) == 11 and text.isdigit():
        return text[:3] + MASK * 4 + text[-4:]
    return "".join(MASK if ch.isdigit() else ch for ch in text[:-4]) + text[-4:] if len(text) > 4 else MASK * len(text)


def _keep_last(text: str, keep: int) -> str:
    if len(text) <= keep:
        return MASK * len(text)
    return MASK * (len(text) - keep) + text[-keep:]
