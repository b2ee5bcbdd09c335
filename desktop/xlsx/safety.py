"""Text safety for workbook cells: formula injection and illegal characters.

A text that starts with ``= + - @`` (or a tab / carriage return / newline,
which some spreadsheet programs strip before parsing) could be run as a
formula by Excel, WPS or LibreOffice. The writer stores such text as a string
cell with Excel's *quote prefix* — what typing ``'=1+1`` in Excel does: the
officer sees the text exactly as entered, and editing the cell keeps it text.
Control characters that XML cannot carry are dropped instead of corrupting
the file, and a carriage return becomes a line feed (XML readers turn a raw
CR into LF anyway; LF is Excel's line break in a cell).
"""

from __future__ import annotations

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")


def is_risky_text(value: str) -> bool:
    """True if a spreadsheet could read ``value`` as a formula."""
    return value.startswith(FORMULA_TRIGGERS)


def needs_quote_prefix(value: str) -> bool:
    """True if a spreadsheet would turn ``value`` into a formula or an error value
    (``#N/A``) once the cell is edited."""
    return is_risky_text(value) or value in ERROR_CODES


def cell_text(value: object) -> str:
    """``value`` as text that can be stored in a cell (no XML-illegal characters)."""
    text = value if isinstance(value, str) else str(value)
    return ILLEGAL_CHARACTERS_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
