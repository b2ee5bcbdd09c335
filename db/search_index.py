"""The search index: every 2-character piece (and the last character) of each searchable field.

Why n-grams of one and two characters: officers type a surname (王), a two-character
name (王芳), a piece of a case number (2024〕12), of an ID number (0105) or of a unit's
name. SQLite's FTS5 trigram tokenizer finds nothing under three characters and has no
PostgreSQL twin; ``LIKE '%x%'`` reads every row. So each record of a registered *kind*
(``register``) keeps, in ``search_gram``, the distinct 2-character pieces of its fields
plus each field's last character:

- a 2-character query is one key of the primary key ``(kind, gram, entity_id)``;
- a 1-character query is the range of grams starting with it (the last character of a
  field is stored alone so that it is found too);
- a longer query is driven by one of its 2-character pieces and checked with ``LIKE`` on
  the few records that hold it (``desktop.search``).

Storing unigrams for every character as well would double the table for nothing. Text
is compared after ``normalize`` (ASCII letters lower-cased: 身份证 x/X, credit codes).

Kept up to date by the ORM in the same flush, so in the same transaction as the record
(``install``: old values read from the database before the flush, new ones after, only
the difference written; a rollback takes the grams with it). Core inserts of many rows
(the demo writer) add ``grams_for_rows``; Core updates or deletes of a registered table
must call ``reindex``. Migration 0006 fills the table for existing data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, event, insert, inspect, select, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from db.models.search import SearchGram

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_OLD = "search_index_old"
BATCH = 5000


def normalize(text: str | None) -> str:
    """What the index compares: the text with ASCII letters lower-cased (as SQL ``lower``)."""
    return (text or "").translate(_ASCII_LOWER)


DIGIT_GRAM = 4
"""Runs of ASCII digits (ID numbers, phone numbers, a case number's year and sequence) are
also indexed by their 4-digit pieces: a 2-digit piece such as ``37`` is held by most ID
numbers, a 4-digit one by about one in a thousand, so an ID fragment or a case number
typed in full is one rare key instead of a scan of half the workers (migration 0019).
They are stored under the kind ``<kind>:d`` (``stored_kind``)."""

_DIGIT_RUN = re.compile(rf"[0-9]{{{DIGIT_GRAM},}}")


def field_grams(value: str | None) -> Iterator[str]:
    text = normalize(value)
    for i in range(len(text) - 1):
        yield text[i:i + 2]
    if text:
        yield text[-1]
    yield from digit_grams(text)


def digit_grams(text: str) -> Iterator[str]:
    """The 4-digit pieces of each run of at least four ASCII digits in ``text``."""
    for run in _DIGIT_RUN.findall(text):
        for i in range(len(run) - DIGIT_GRAM + 1):
            yield run[i:i + DIGIT_GRAM]


def stored_kind(kind: str, gram: str) -> str:
    """The ``kind`` a gram is stored under: 4-digit pieces under ``<kind>:d``, so the range a
    one-character search reads (every gram of the kind starting with it) holds only the
    1- and 2-character grams, as before the digit pieces were added."""
    return f"{kind}:d" if len(gram) == DIGIT_GRAM else kind


def digit_kind(kind: str) -> str:
    return f"{kind}:d"


def digit_key(query: str) -> str | None:
    """The 4-digit piece that drives a search for ``query``: the last four digits of its last
    run of at least four digits (``None`` when it has none)."""
    runs = _DIGIT_RUN.findall(query)
    return runs[-1][-DIGIT_GRAM:] if runs else None


def grams(values: Iterable[str | None]) -> set[str]:
    """The distinct grams of a record's searchable field values (never across two fields)."""
    return {gram for value in values for gram in field_grams(value)}


@dataclass(frozen=True)
class SearchKind:
    """A kind of record the search service finds: its model and its searchable columns."""

    name: str
    model: type[Any]
    fields: tuple[str, ...]

    @property
    def table(self):
        return self.model.__table__

    @property
    def columns(self):
        return [getattr(self.model, field) for field in self.fields]

    def values(self, obj) -> list:
        return [getattr(obj, field) for field in self.fields]


_KINDS: dict[str, SearchKind] = {}
_BY_MODEL: dict[type, SearchKind] = {}
_BY_TABLE: dict[str, SearchKind] = {}


def register(name: str, model: type, fields: Iterable[str]) -> SearchKind:
    """Make records of ``model`` findable by ``fields`` under ``name`` (at most 14 letters:
    its digit pieces are stored under ``name:d``).
    A new area calls this beside its model and adds its rows in its migration."""
    kind = SearchKind(name, model, tuple(fields))
    if len(name) > 14 or (name in _KINDS and _KINDS[name] != kind):
        raise ValueError(f"search kind {name!r} is too long or registered twice")
    _KINDS[name] = _BY_MODEL[model] = _BY_TABLE[kind.table.name] = kind
    return kind


def kind_named(name: str) -> SearchKind:
    return _KINDS[name]


def kinds() -> tuple[SearchKind, ...]:
    return tuple(_KINDS.values())


def kind_for_table(table_name: str) -> SearchKind | None:
    return _BY_TABLE.get(table_name)


def install(factory: sessionmaker) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


def _registered(objects) -> Iterator[tuple[Any, SearchKind]]:
    for obj in objects:
        kind = _BY_MODEL.get(type(obj))
        if kind is not None:
            yield obj, kind


def _before_flush(session: Session, _context, _instances) -> None:
    """The grams changed and deleted records hold now, read from the database itself."""
    old = session.info.setdefault(_OLD, {})
    by_kind: dict[SearchKind, list] = {}
    for obj, kind in _registered(list(session.dirty) + list(session.deleted)):
        identity = inspect(obj).identity
        if identity is not None:
            by_kind.setdefault(kind, []).append((obj, identity[0]))
    for kind, pairs in by_kind.items():
        rows = dict(_stored_values(session.connection(), kind, [pk for _obj, pk in pairs]))
        for obj, pk in pairs:
            old[id(obj)] = grams(rows.get(pk, ()))


def _stored_values(connection: Connection, kind: SearchKind, ids: list[int]):
    table = kind.table
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        statement = select(table.c.id, *(table.c[f] for f in kind.fields)).where(table.c.id.in_(chunk))
        for row in connection.execute(statement):
            yield row[0], row[1:]


def _after_flush(session: Session, _context) -> None:
    old = session.info.pop(_OLD, {})
    deleted = set(map(id, session.deleted))
    removals, additions = [], []
    for obj, kind in _registered(list(session.new) + list(session.dirty) + list(session.deleted)):
        state = inspect(obj)
        before = old.get(id(obj))
        if before is None:  # new, or deleted by a cascade during the flush: what it holds loaded
            before = set() if obj in session.new else grams(state.dict.get(f) for f in kind.fields)
        after = set() if id(obj) in deleted else grams(kind.values(obj))
        entity_id = state.identity[0] if state.identity else obj.id
        removals += [(stored_kind(kind.name, gram), gram, entity_id) for gram in before - after]
        additions += [{"kind": stored_kind(kind.name, gram), "gram": gram, "entity_id": entity_id}
                      for gram in after - before]
    if removals or additions:
        write_changes(session.connection(), removals, additions)


def _grams_table() -> Table:
    table = SearchGram.__table__
    assert isinstance(table, Table)
    return table


def write_changes(connection: Connection, removals: list[tuple], additions: list[dict]) -> None:
    table = _grams_table()
    key = tuple_(table.c.kind, table.c.gram, table.c.entity_id)
    for start in range(0, len(removals), BATCH):
        connection.execute(delete(table).where(key.in_(removals[start:start + BATCH])))
    for start in range(0, len(additions), BATCH):
        connection.execute(insert(table), additions[start:start + BATCH])


def grams_for_rows(kind: SearchKind, rows: Iterable[dict]) -> list[dict]:
    """The index rows of freshly inserted table rows (dicts with ``id`` and the fields)."""
    return [{"kind": stored_kind(kind.name, gram), "gram": gram, "entity_id": row["id"]}
            for row in rows for gram in grams(row.get(f) for f in kind.fields)]


def reindex(connection: Connection, kind: SearchKind, ids: Iterable[int] | None = None) -> None:
    """Rebuild the grams of ``ids`` (every record of the kind when None) from the table:
    for rows written by Core statements, which the ORM listener does not see."""
    table, grams_table = kind.table, _grams_table()
    stored_kinds = (kind.name, digit_kind(kind.name))
    statement = select(table.c.id, *(table.c[f] for f in kind.fields))
    if ids is None:
        connection.execute(delete(grams_table).where(grams_table.c.kind.in_(stored_kinds)))
        rows = connection.execute(statement).all()
    else:  # the kind's grams are scanned (no index by record): for occasional Core writes
        ids = list(ids)
        current = grams_table.c.entity_id.in_(ids)
        connection.execute(delete(grams_table).where(grams_table.c.kind.in_(stored_kinds), current))
        rows = connection.execute(statement.where(table.c.id.in_(ids))).all()
    batch = []
    for row in rows:
        batch += [{"kind": stored_kind(kind.name, gram), "gram": gram, "entity_id": row[0]}
                  for gram in grams(row[1:])]
        if len(batch) >= BATCH:
            connection.execute(insert(grams_table), batch)
            batch = []
    if batch:
        connection.execute(insert(grams_table), batch)
