"""Lists that stay fast at 100,000 rows: a source that counts and fetches pages.

A service builds a ``RowSource`` for the current filters; the window's table model
asks it for the row count once and for pages of rows as the officer scrolls. Rows
are plain values, never live ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from sqlalchemy import Select, func, select

from db.engine import Database


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str
    sortable: bool = True
    numeric: bool = False


@dataclass(frozen=True)
class TableRow:
    """One list row: the record's id, the cells in column order, and an optional tone.

    ``tone`` marks rows the officer must notice: "warning" (near a deadline),
    "overdue", or "muted" (closed).
    """

    id: int
    cells: tuple[Any, ...]
    tone: str | None = None


class ConvertedOnRead(Sequence):
    """A page of raw rows, each converted the first time it is read: a page holds 200
    rows and a screen shows about 25, so rows scrolled past are never built."""

    __slots__ = ("_raw", "_convert", "_done")

    def __init__(self, raw: Sequence, convert: Callable[[Any], Any]) -> None:
        self._raw, self._convert = raw, convert
        self._done: dict[int, Any] = {}

    def __len__(self) -> int:
        return len(self._raw)

    def head(self, count: int) -> ConvertedOnRead:
        """The first ``count`` rows, still converted on read."""
        return ConvertedOnRead(self._raw[:count], self._convert)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._raw)))]
        if index < 0:
            index += len(self._raw)
        if index not in self._done:
            self._done[index] = self._convert(self._raw[index])
        return self._done[index]


class RowSource(Protocol):
    @property
    def columns(self) -> Sequence[ListColumn]: ...

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> Sequence[TableRow]: ...

    def sorted_by(self, key: str, descending: bool) -> RowSource: ...

    def refreshed(self) -> RowSource: ...


@dataclass(frozen=True)
class SelectSource:
    """A RowSource over one SELECT whose first column is the id.

    ``sort_columns`` maps a column key to the SQL expression to order by; ``to_row``
    turns a result row into a ``TableRow``. Paging uses LIMIT/OFFSET with the id as
    tie-breaker so pages never overlap.
    """

    database: Database
    columns: Sequence[ListColumn]
    statement: Select
    sort_columns: dict[str, Any]
    to_row: Callable[[Any], TableRow]
    order: tuple[str, bool] | None = None
    id_column: Any = None
    _count_cache: list[int] = field(default_factory=list, compare=False)

    def count(self) -> int:
        if not self._count_cache:
            counter = select(func.count()).select_from(self.statement.order_by(None).subquery())
            with self.database.read() as session:
                self._count_cache.append(session.scalar(counter) or 0)
        return self._count_cache[0]

    def fetch(self, offset: int, limit: int) -> list[TableRow]:
        with self.database.read() as session:
            return [self.to_row(row) for row in session.execute(self._ordered().offset(offset).limit(limit))]

    def _ordered(self) -> Select:
        statement = self.statement
        tie = self.id_column if self.id_column is not None else list(statement.selected_columns)[0]
        if self.order is not None:
            key, descending = self.order
            expression = self.sort_columns[key]
            ordered = expression.desc() if descending else expression.asc()
            statement = statement.order_by(None).order_by(ordered.nulls_last())
            return statement.order_by(tie.desc() if descending else tie.asc())
        return statement

    def sorted_by(self, key: str, descending: bool) -> SelectSource:
        if key not in self.sort_columns:
            return self
        return replace(self, order=(key, descending), _count_cache=[])

    def refreshed(self) -> SelectSource:
        return replace(self, _count_cache=[])



def label_order(column, enum_type) -> Any:
    """An ORDER BY key that sorts an enum column as the list shows it: by each member's
    Chinese label in pinyin order, not by the stored code."""
    from sqlalchemy import case

    from db.sortkeys import pinyin_key

    members = sorted(enum_type, key=lambda member: pinyin_key(member.label) or "")
    return case({member: rank for rank, member in enumerate(members)}, value=column, else_=len(members))
