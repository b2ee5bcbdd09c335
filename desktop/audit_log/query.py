"""Filtered, paged reads of the audit trail and one record's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db import audit
from db.engine import Database
from db.models import AuditEntry, Officer, StateTransition
from desktop.audit_log.labels import action_label, describe, entity_label
from desktop.auth import Actor, Permission, require
from desktop.paging import ListColumn, RowSource, SelectSource, TableRow


@dataclass(frozen=True)
class AuditFilter:
    officer: str | None = None  # display name (or part of it)
    entity_type: str | None = None
    entity_id: int | None = None
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    officer_name: str
    action: str
    entity_type: str | None
    entity_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None
    detail: str | None

    @property
    def description(self) -> str:
        return describe(self)


@dataclass(frozen=True)
class Transition:
    at: datetime
    officer_name: str
    from_state: str | None
    to_state: str
    reason: str | None


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def filtered(flt: AuditFilter) -> Select:
    query = select(AuditEntry)
    if flt.officer:
        query = query.where(AuditEntry.officer_name.contains(flt.officer.strip()))
    if flt.entity_type:
        query = query.where(AuditEntry.entity_type == flt.entity_type)
    if flt.entity_id is not None:
        query = query.where(AuditEntry.entity_id == flt.entity_id)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.date_from:
        query = query.where(AuditEntry.at >= _local_start(flt.date_from))
    if flt.date_to:
        query = query.where(AuditEntry.at < _local_start(flt.date_to + timedelta(days=1)))
    return query


def _rows(entries) -> list[AuditRow]:
    return [AuditRow(e.seq, e.at, e.officer_name or "（系统）", e.action, e.entity_type, e.entity_id,
                     e.field, e.old_value, e.new_value, e.detail) for e in entries]


class AuditService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, actor: Actor, flt: AuditFilter) -> int:
        require(actor, Permission.AUDIT_VIEW)
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(filtered(flt).subquery())) or 0

    def page(self, actor: Actor, flt: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
        """Newest first."""
        require(actor, Permission.AUDIT_VIEW)
        with self._db.read() as session:
            query = filtered(flt).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
            return _rows(session.scalars(query))

    def all(self, actor: Actor, flt: AuditFilter) -> list[AuditRow]:
        require(actor, Permission.AUDIT_VIEW)
        with self._db.read() as session:
            return _rows(session.scalars(filtered(flt).order_by(AuditEntry.seq)))

    def entity_types(self) -> list[str]:
        with self._db.read() as session:
            query = select(AuditEntry.entity_type).where(AuditEntry.entity_type.is_not(None)).distinct()
            return sorted(session.scalars(query))

    def officer_names(self) -> list[str]:
        with self._db.read() as session:
            return [n for n in session.scalars(select(Officer.display_name).order_by(Officer.id))]

    def history(self, actor: Actor, entity_type: str, entity_id: int) -> list[AuditRow]:
        """Every entry about one record, oldest first (any signed-in officer may see it)."""
        require(actor, Permission.VIEW)
        with self._db.read() as session:
            query = select(AuditEntry).where(AuditEntry.entity_type == entity_type,
                                             AuditEntry.entity_id == entity_id).order_by(AuditEntry.seq)
            return _rows(session.scalars(query))

    def transitions(self, actor: Actor, entity_type: str, entity_id: int) -> list[Transition]:
        require(actor, Permission.VIEW)
        with self._db.read() as session:
            return _transitions(session, entity_type, entity_id)

    def verify(self, actor: Actor) -> audit.VerifyResult:
        require(actor, Permission.AUDIT_VIEW)
        with self._db.engine.connect() as conn:
            return audit.verify(conn)

    def last_seq(self) -> int:
        return last_seq(self._db)

    def entity_of(self, seq: int) -> tuple[str, int] | None:
        """The record an entry is about, if any."""
        with self._db.read() as session:
            entry = session.get(AuditEntry, seq)
            if entry is None or entry.entity_type is None or entry.entity_id is None:
                return None
            return entry.entity_type, entry.entity_id

    def summary(self, seq: int) -> str:
        with self._db.engine.connect() as conn:
            return entry_summary(conn, seq)

    def changed_by_others(self, since_seq: int, officer_id: int | None) -> bool:
        """Whether any entry after ``since_seq`` was made by someone other than ``officer_id``."""
        with self._db.read() as session:
            query = select(AuditEntry.seq).where(AuditEntry.seq > since_seq)
            if officer_id is not None:
                query = query.where((AuditEntry.officer_id != officer_id) | AuditEntry.officer_id.is_(None))
            return session.scalar(query.limit(1)) is not None


def last_seq(database: Database) -> int:
    from db.models import AuditHead

    with database.read() as session:
        return session.scalar(select(AuditHead.last_seq).where(AuditHead.id == 1)) or 0


def _transitions(session: Session, entity_type: str, entity_id: int) -> list[Transition]:
    query = (select(StateTransition, Officer.display_name)
             .outerjoin(Officer, Officer.id == StateTransition.officer_id)
             .where(StateTransition.entity_type == entity_type, StateTransition.entity_id == entity_id)
             .order_by(StateTransition.at, StateTransition.id))
    return [Transition(t.at, name or "（系统）", t.from_state, t.to_state, t.reason)
            for t, name in session.execute(query)]


def entry_summary(session_or_conn, seq: int) -> str:
    """One line naming an entry: number, time, who, what."""
    row = session_or_conn.execute(select(AuditEntry).where(AuditEntry.seq == seq)).first()
    if row is None:
        return f"第 {seq} 条（已不存在）"
    entry = row[0] if isinstance(row[0], AuditEntry) else row
    target = f"{entry.entity_type}#{entry.entity_id}" if entry.entity_type else "—"
    return (f"第 {entry.seq} 条：{_local_text(entry.at)}，{entry.officer_name or '（系统）'}，"
            f"{entry.action}，对象 {target}" + (f"，字段 {entry.field}" if entry.field else ""))


def _local_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")



AUDIT_COLUMNS = (
    ListColumn("seq", "序号", numeric=True), ListColumn("at", "时间"), ListColumn("officer", "操作人"),
    ListColumn("action", "操作"), ListColumn("entity", "对象类型"), ListColumn("entity_id", "对象", sortable=False),
    ListColumn("what", "内容", sortable=False),
)


def audit_source(database: Database, actor: Actor, flt: AuditFilter) -> RowSource:
    """A paged list of the entries matching ``flt``, newest first, for the audit view."""
    require(actor, Permission.AUDIT_VIEW)
    sort = {"seq": AuditEntry.seq, "at": AuditEntry.seq, "officer": AuditEntry.officer_name,
            "action": AuditEntry.action, "entity": AuditEntry.entity_type, "entity_id": AuditEntry.entity_id}
    from desktop.audit_log.names import NamedSource

    return NamedSource(SelectSource(database, AUDIT_COLUMNS, filtered(flt).order_by(AuditEntry.seq.desc()), sort,
                                    _table_row, id_column=AuditEntry.seq), database)


def _table_row(result) -> TableRow:
    entry = _rows([result[0]])[0]
    return TableRow(entry.seq, (entry.seq, entry.at, entry.officer_name, action_label(entry.action),
                                entity_label(entry.entity_type), (entry.entity_type, entry.entity_id),
                                entry.description))
