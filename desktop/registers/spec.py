"""Declarative description of a register (台账): its title, sheet and columns.

A spec says what a register looks like; ``writer`` lays it out and ``reader``
reads it back. Neither knows about the database: callers hand in plain rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

ColumnKind = Literal["text", "money", "int", "date", "id", "card", "phone", "bool", "percent"]

KINDS: frozenset[str] = frozenset(
    ("text", "money", "int", "date", "id", "card", "phone", "bool", "percent")
)
TOTALLABLE: frozenset[str] = frozenset(("money", "int"))


@dataclass(frozen=True)
class Column:
    """One register column.

    ``aliases`` are other header spellings accepted on import. ``validator``
    receives the cleaned text of an ``id``/``card``/``text`` cell and returns the
    normalised value or raises ``desktop.errors.ValidationError``.
    """

    header: str
    kind: ColumnKind = "text"
    width: float | None = None
    total: bool = False
    required: bool = False
    aliases: tuple[str, ...] = ()
    validator: Callable[[str], str] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.total and self.kind not in TOTALLABLE:
            raise ValueError(f"column {self.header!r}: only money/int columns can be totalled")

    @property
    def names(self) -> tuple[str, ...]:
        """The header and every alias, as written in the spec."""
        return (self.header, *self.aliases)

    @property
    def masked(self) -> bool:
        return self.kind in ("id", "card", "phone")


@dataclass(frozen=True)
class RegisterSpec:
    """A register: ``title_template`` is formatted with the writer's ``title_context``,
    e.g. ``"{year}年度劳动争议调解案件登记台账"``."""

    key: str
    title_template: str
    columns: tuple[Column, ...]
    sheet_name: str

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError(f"register {self.key!r} has no columns")
        seen: set[str] = set()
        for name in (n for c in self.columns for n in c.names):
            if name in seen:
                raise ValueError(f"register {self.key!r}: header {name!r} used twice")
            seen.add(name)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def title(self, context: dict[str, object] | None = None) -> str:
        return self.title_template.format(**(context or {}))

    def column(self, header: str) -> Column:
        for col in self.columns:
            if col.header == header:
                return col
        raise KeyError(header)
