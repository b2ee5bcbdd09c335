"""Finding the header row of a register an officer has edited, and mapping its columns.

Officers put a title (or several lines) above the header, reorder columns,
add their own, write 身份证号码 for 身份证号 or 请求金额（元） for 请求金额, and wrap
long headers onto two lines. The header row is the one among the first few that
names the most known columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .spec import Column, RegisterSpec

SCAN_ROWS = 10
_DECORATION_RE = re.compile(r"^[*＊]+|[*＊]+$|\([^()]*\)$")


def normalise_header(value: Any) -> str:
    """Header text for matching: full-width folded, no spaces, no ``*`` or trailing ``(元)``."""
    if value is None:
        return ""
    text = "".join(unicodedata.normalize("NFKC", str(value)).split())
    return _DECORATION_RE.sub("", text)


@dataclass
class HeaderMatch:
    """Where the header row is and which sheet column holds which spec column."""

    row: int
    columns: dict[int, Column] = field(default_factory=dict)  # 0-based sheet index -> column
    unknown: dict[int, str] = field(default_factory=dict)  # 0-based index -> header text
    duplicates: list[tuple[int, Column]] = field(default_factory=list)

    @property
    def found(self) -> set[str]:
        return {c.header for c in self.columns.values()}

    def missing(self, spec: RegisterSpec) -> list[Column]:
        return [c for c in spec.columns if c.header not in self.found]


def _lookup(spec: RegisterSpec) -> dict[str, Column]:
    return {normalise_header(name): col for col in spec.columns for name in col.names}


def match_row(spec: RegisterSpec, row_number: int, values: Sequence[Any]) -> HeaderMatch:
    """Map the cells of one candidate header row to the spec's columns."""
    lookup = _lookup(spec)
    match = HeaderMatch(row_number)
    for index, value in enumerate(values):
        name = normalise_header(value)
        column = lookup.get(name)
        if column is None:
            if name:
                match.unknown[index] = str(value).strip()
        elif column.header in match.found:
            match.duplicates.append((index, column))
        else:
            match.columns[index] = column
    return match


def find_header(spec: RegisterSpec, first_rows: Iterable[tuple[int, Sequence[Any]]]) -> HeaderMatch | None:
    """The best header among ``(row_number, values)`` pairs, or None if no row names a column.

    A row must name at least two known columns (one, if the spec has one).
    """
    needed = min(2, len(spec.columns))
    best: HeaderMatch | None = None
    for row_number, values in first_rows:
        match = match_row(spec, row_number, values)
        if len(match.columns) >= needed and (best is None or len(match.columns) > len(best.columns)):
            best = match
    return best
