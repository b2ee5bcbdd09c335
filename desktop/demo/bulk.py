"""Fast bulk inserts: Core ``insert()`` with lists of dicts, ids assigned up front.

Rows are buffered per table and written in the metadata's dependency order, so a
child row never reaches the database before its parent. Primary keys come from
``max(id) + 1`` so children can refer to parents without a round trip.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Connection

from db.base import Base

CHUNK = 5_000
FLUSH_AT = 25_000

Progress = Callable[[int, int, str], None]


@lru_cache(maxsize=400_000)
def moment(day: date, minutes: int = 0) -> datetime:
    """A timezone-aware timestamp on ``day``: 09:00 Beijing time (01:00 UTC) plus ``minutes``."""
    return datetime.combine(day, time(1, 0), UTC) + timedelta(minutes=minutes)


class BulkWriter:
    """Buffers rows per table and inserts them in chunks within the caller's transaction."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection
        self._tables: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
        self._order = list(self._tables)
        self._buffers: dict[str, list[dict]] = {name: [] for name in self._order}
        self._templates = {name: _template(table) for name, table in self._tables.items()}
        self._next_ids: dict[str, int] = {}
        self._pending = 0
        self._statements: dict[str, tuple] = {}
        self.counts: Counter[str] = Counter()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA cache_size=-1000000")

    @property
    def connection(self) -> Connection:
        return self._conn

    def next_id(self, table: str) -> int:
        if table not in self._next_ids:
            column = self._tables[table].c.id
            self._next_ids[table] = (self._conn.scalar(select(func.max(column))) or 0) + 1
        value = self._next_ids[table]
        self._next_ids[table] = value + 1
        return value

    def add(self, table: str, row: dict) -> dict:
        """Queue ``row`` (missing columns take their declared default); returns the full row."""
        full = self._templates[table].copy()
        full.update(row)
        self._buffers[table].append(full)
        self._pending += 1
        return full

    def maybe_flush(self) -> None:
        """Write the buffers if they are big; call only when every queued child has its parent queued."""
        if self._pending >= FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        for name in self._order:
            rows = self._buffers[name]
            if rows:
                self._insert(self._tables[name], rows)
                self._buffers[name] = []
        self._pending = 0

    def _insert(self, table: Table, rows: list[dict]) -> None:
        if self._conn.dialect.name == "sqlite":
            self._insert_positional(table, rows)
        else:
            statement = insert(table)
            for start in range(0, len(rows), CHUNK):
                self._conn.execute(statement, rows[start:start + CHUNK])
        self.counts[table.name] += len(rows)

    def _insert_positional(self, table: Table, rows: list[dict]) -> None:
        """The same INSERT and the same column types, converted column by column (SQLite's qmark style)."""
        sql, keys, processors = self._compiled(table)
        columns = list(zip(*map(itemgetter(*keys), rows), strict=True)) if len(keys) > 1 else [[r[keys[0]] for r in rows]]
        for index, process in processors:
            columns[index] = list(map(process, columns[index]))
        values = list(zip(*columns, strict=True))
        for start in range(0, len(values), CHUNK):
            self._conn.exec_driver_sql(sql, values[start:start + CHUNK])

    def _compiled(self, table: Table) -> tuple[str, list[str], list[tuple[int, Callable]]]:
        if table.name not in self._statements:
            keys = list(self._templates[table.name])
            compiled = insert(table).compile(dialect=self._conn.dialect, column_keys=keys)
            order = list(compiled.positiontup)
            processors = compiled._bind_processors
            steps = [(i, processors[name]) for i, name in enumerate(order) if name in processors]
            self._statements[table.name] = (str(compiled), order, steps)
        return self._statements[table.name]

    def sync_sequences(self) -> None:
        """On PostgreSQL, move each id sequence past the ids we assigned ourselves."""
        if self._conn.dialect.name != "postgresql":
            return
        for name in self._next_ids:
            self._conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT MAX(id) FROM \"{name}\"))")
            )


def _template(table: Table) -> dict:
    """Every column of ``table`` with its scalar default (or None)."""
    template = {}
    for column in table.columns:
        default = column.default
        is_scalar = default is not None and getattr(default, "is_scalar", False)
        template[column.key] = default.arg if is_scalar else None
    return template
