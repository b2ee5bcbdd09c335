"""Document numbers as officers type them: any bracket pair around the year becomes 〔〕.

Officers type 密工调【2024】12号, 密工调[2024]12号, 密工调(2024)12号 or 密工调（2024）12号
for 密工调〔2024〕12号 (the GB/T 9704 form every number is stored in). Only brackets
around digits change, so a unit's name such as 某某（集团）有限公司 in the same search
box stays as typed; a bracket still open at the end (``密工调(20``) changes too, so
search as you type finds the number while it is being typed.
"""

from __future__ import annotations

import re

OPENING = "【[(（〔［〖﹝〘"
CLOSING = "】])）〕］〗﹞〙"
_PAIRED = re.compile(rf"[{re.escape(OPENING)}]\s*(\d{{1,4}})\s*[{re.escape(CLOSING)}]")
_OPEN_AT_END = re.compile(rf"[{re.escape(OPENING)}]\s*(\d{{0,4}})$")
_CLOSED_AT_START = re.compile(rf"^(\d{{1,4}})\s*[{re.escape(CLOSING)}]")


def normalise_number(text: str) -> str:
    """``text`` stripped, with brackets around a year (or part of one) written 〔〕."""
    text = (text or "").strip()
    text = _PAIRED.sub(r"〔\1〕", text)
    text = _OPEN_AT_END.sub(r"〔\1", text)
    return _CLOSED_AT_START.sub(r"\1〕", text)
