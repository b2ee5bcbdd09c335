"""The tamper-evident audit trail: every change and event, hash-chained.

Each entry's ``hash`` is SHA-256 over its own fields and the previous entry's
hash; ``audit_head`` holds the chain's end and is row-locked by each writer, so
two workstations never fork the chain. Editing, deleting or reordering any entry
breaks the chain at that entry, which ``verify`` reports.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from db.changes import ChangeCollector, collector
from db.models.system import AuditEntry, AuditHead
from db.types import utcnow

GENESIS = "0" * 64
UNAUDITED_TABLES = frozenset({"audit_entry", "audit_head"})
SECRET_COLUMNS = frozenset({"password_hash"})


@dataclass(frozen=True)
class Entry:
    action: str
    entity_type: str | None = None
    entity_id: int | None = None
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    detail: str | None = None


DERIVED_COLUMNS = frozenset({"version", "updated_at", "name_sort"})
"""Kept by the program itself, not changed by anyone: no update entry of their own."""


def install(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _after_flush)


def record_event(session: Session, action: str, *, entity_type=None, entity_id=None, detail=None) -> None:
    """Append an event that is not a row change (sign-in, export, issue of a document...)."""
    collector(session).note("audit_entry")
    _append(session.connection(), session.info.get("actor"), [Entry(action, entity_type, entity_id, detail=detail)])


def _after_flush(session: Session, _context) -> None:
    changed = collector(session)
    entries: list[Entry] = []
    for obj in session.new:
        entries.extend(_created(obj, changed))
    for obj in session.dirty:
        entries.extend(_updated(obj, changed))
    for obj in session.deleted:
        entries.extend(_deleted(obj, changed))
    if entries and session.info.get("audited", True):
        _append(session.connection(), session.info.get("actor"), entries)


def _table(obj) -> str:
    return obj.__table__.name


def _entity_id(obj) -> int | None:
    state = inspect(obj)  # a new row has no identity yet in after_flush: read its primary key
    identity = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    first = identity[0] if identity else None
    return first if isinstance(first, int) else None


def _created(obj, changed: ChangeCollector) -> Iterator[Entry]:
    table = _table(obj)
    if table in UNAUDITED_TABLES:
        return
    changed.note(table, _entity_id(obj))
    values = {c.key: _text(getattr(obj, c.key)) for c in inspect(obj).mapper.column_attrs}
    yield Entry("create", table, _entity_id(obj), new_value=_json(_redacted(values)))


def _updated(obj, changed: ChangeCollector) -> Iterator[Entry]:
    table = _table(obj)
    if table in UNAUDITED_TABLES:
        return
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if not history.has_changes() or attr.key in DERIVED_COLUMNS:
            continue
        changed.note(table, _entity_id(obj))
        old = _text(history.deleted[0]) if history.deleted else None
        new = _text(history.added[0]) if history.added else None
        if old == new:
            continue
        if attr.key in SECRET_COLUMNS:
            old, new = "***", "***(已更改)"
        yield Entry("update", table, _entity_id(obj), attr.key, old, new)


def _deleted(obj, changed: ChangeCollector) -> Iterator[Entry]:
    table = _table(obj)
    if table in UNAUDITED_TABLES:
        return
    changed.note(table, _entity_id(obj))
    values = {c.key: _text(getattr(obj, c.key)) for c in inspect(obj).mapper.column_attrs}
    yield Entry("delete", table, _entity_id(obj), old_value=_json(_redacted(values)))


def _redacted(values: dict) -> dict:
    return {k: ("***" if k in SECRET_COLUMNS and v else v) for k, v in values.items()}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def _json(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _append(conn: Connection, actor, entries: Iterable[Entry]) -> None:
    head = conn.execute(select(AuditHead.last_seq, AuditHead.last_hash).where(AuditHead.id == 1).with_for_update()).one()
    seq, prev = head.last_seq, head.last_hash
    at = utcnow()
    rows = []
    for entry in entries:
        seq += 1
        row = _row(seq, at, actor, entry, prev)
        prev = row["hash"]
        rows.append(row)
    conn.execute(insert(AuditEntry), rows)
    conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_seq=seq, last_hash=prev))


def _row(seq: int, at: datetime, actor, entry: Entry, prev: str) -> dict:
    row = {
        "seq": seq,
        "at": at,
        "officer_id": getattr(actor, "officer_id", None),
        "officer_name": getattr(actor, "name", None),
        **entry.__dict__,
        "prev_hash": prev,
    }
    row["hash"] = entry_hash(row)
    return row


HASHED_FIELDS = ("seq", "at", "officer_id", "officer_name", "action", "entity_type", "entity_id",
                 "field", "old_value", "new_value", "detail", "prev_hash")


def entry_hash(row) -> str:
    """SHA-256 over the entry's fields in a fixed order (``row`` is a dict or a row)."""
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    parts = [_hash_text(get(name)) for name in HASHED_FIELDS]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _hash_text(value) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    return str(value)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    bad_seq: int | None = None
    problem: str | None = None


def verify(conn: Connection) -> VerifyResult:
    """Walk the chain in order; report the first entry that does not fit."""
    expected_prev, expected_seq, checked = GENESIS, 1, 0
    rows = conn.execution_options(yield_per=2000).execute(select(AuditEntry).order_by(AuditEntry.seq))
    for row in rows:
        problem = _check(row, expected_seq, expected_prev)
        if problem:
            return VerifyResult(False, checked, row.seq, problem)
        expected_prev, expected_seq, checked = row.hash, row.seq + 1, checked + 1
    head = conn.execute(select(AuditHead.last_seq, AuditHead.last_hash).where(AuditHead.id == 1)).one()
    if head.last_seq != checked or head.last_hash != expected_prev:
        return VerifyResult(False, checked, checked + 1, f"审计记录末尾缺失：应有 {head.last_seq} 条，实有 {checked} 条")
    return VerifyResult(True, checked)


def _check(row, expected_seq: int, expected_prev: str) -> str | None:
    if row.seq != expected_seq:
        return f"审计记录序号不连续：应为第 {expected_seq} 条，实为第 {row.seq} 条（有记录被删除或调换）"
    if row.prev_hash != expected_prev:
        return f"第 {row.seq} 条审计记录与前一条不衔接（前一条被修改、删除或调换）"
    if entry_hash(row) != row.hash:
        return f"第 {row.seq} 条审计记录内容被改动（校验值不符）"
    return None
