"""Fast bulk inserts: Core ``insert()`` with lists of dicts, ids assigned up front.

Rows are buffered per table and written in the metadata's dependency order, so a
child row never reaches the database before its parent. Primary keys come from
``max(id) + 1`` so children can refer to parents without a round trip. Rows of a
searchable kind add their search-index grams as they are written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import count

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Connection

from db import search_index
from db.base import Base
from db.types import Money

CHUNK = 5_000
FLUSH_AT = 25_000
SQLITE_BULK_CACHE = -1_000_000  # KiB: keep the growing indexes in memory during the bulk insert
SQLITE_DEFAULT_CACHE = -2_000

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
        self._next_ids: dict[str, count] = {}
        self._pending = 0
        self._statements: dict[str, tuple] = {}
        self.counts: Counter[str] = Counter()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA cache_size={SQLITE_BULK_CACHE}")
        for name, table in self._tables.items():
            if "id" in table.c and table.c.id.primary_key:
                self._next_ids[name] = count((connection.scalar(select(func.max(table.c.id))) or 0) + 1)

    @property
    def connection(self) -> Connection:
        return self._conn

    def next_id(self, table: str) -> int:
        return next(self._next_ids[table])

    def finish(self) -> None:
        """Write everything still queued; give the connection back its usual page cache."""
        self.flush()
        if self._conn.dialect.name == "sqlite":
            self._conn.exec_driver_sql(f"PRAGMA cache_size={SQLITE_DEFAULT_CACHE}")

    def add(self, table: str, row: dict) -> None:
        """Queue ``row``; columns it leaves out take their declared default (or NULL)."""
        self._buffers[table].append(row)
        self._pending += 1

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
                self._index(name, rows)
        self._pending = 0

    def _index(self, name: str, rows: list[dict]) -> None:
        """Rows of a searchable kind go into the search index too (``db.search_index``)."""
        kind = search_index.kind_for_table(name)
        if kind is not None:
            self._insert(self._tables["search_gram"], search_index.grams_for_rows(kind, rows))

    def _insert(self, table: Table, rows: list[dict]) -> None:
        if self._conn.dialect.name == "sqlite":
            sql, to_tuple = self._positional(table)
            values = list(map(to_tuple, rows))
            for start in range(0, len(values), CHUNK):
                self._conn.exec_driver_sql(sql, values[start:start + CHUNK])
        else:
            template, statement = self._templates[table.name], insert(table)
            for start in range(0, len(rows), CHUNK):
                self._conn.execute(statement, [{**template, **row} for row in rows[start:start + CHUNK]])
        self.counts[table.name] += len(rows)

    def _positional(self, table: Table) -> tuple[str, Callable[[dict], tuple]]:
        """The table's INSERT in SQLite's qmark style, and a function turning a row into its
        parameters through the same column types (Money to cents, dates to text...)."""
        if table.name not in self._statements:
            template = self._templates[table.name]
            compiled = insert(table).compile(dialect=self._conn.dialect, column_keys=list(template))
            self._statements[table.name] = (str(compiled), _row_function(compiled, template))
        return self._statements[table.name]

    def sync_sequences(self) -> None:
        """On PostgreSQL, move each id sequence past the ids we assigned ourselves."""
        conn = self._conn
        if conn.dialect.name != "postgresql":
            return
        for name in self._next_ids:
            conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT MAX(id) FROM \"{name}\"))")
            )


def _row_function(compiled, template: dict) -> Callable[[dict], tuple]:
    """``lambda row: (P0(row.get("id", D0)), row.get("name", D1), ...)`` built once per table."""
    processors = compiled._bind_processors
    money = {c.key for c in compiled.statement.table.columns if isinstance(c.type, Money)}
    namespace, parts = {}, []
    for index, key in enumerate(compiled.positiontup):
        namespace[f"D{index}"] = template[key]
        part = f"row.get({key!r}, D{index})"
        if key in processors:
            process = processors[key]
            namespace[f"P{index}"] = process if key in money else _memo(process)
            part = f"P{index}({part})"
        parts.append(part)
    return eval(f"lambda row: ({', '.join(parts)},)", namespace)  # noqa: S307 - code built from column names


def _memo(process: Callable) -> Callable:
    """Remember a column type's conversions: dates, timestamps and enum codes repeat a lot."""
    cache: dict = {}

    def remembered(value):
        try:
            return cache[value]
        except KeyError:
            result = cache[value] = process(value)
            return result

    return remembered


def _template(table: Table) -> dict:
    """Every column of ``table`` with its scalar default (or None)."""
    template = {}
    for column in table.columns:
        default = column.default
        is_scalar = default is not None and getattr(default, "is_scalar", False)
        template[column.key] = default.arg if is_scalar else None
    return template
