"""Writing the audit trail to a workbook for the auditor (the export itself is audited)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop.audit_log.labels import action_label, entity_label, field_label
from desktop.audit_log.query import AuditFilter, AuditService
from desktop.auth import Actor, Permission, require
from desktop.xlsx import write_workbook

HEADERS = ["序号", "时间", "操作人", "操作", "对象类型", "对象编号", "字段", "原值", "新值", "说明"]
WIDTHS = [8, 20, 14, 12, 14, 10, 16, 36, 36, 40]


def export_audit(database: Database, actor: Actor, flt: AuditFilter, out: Path) -> int:
    """Write the entries matching ``flt`` (oldest first) to ``out``; returns how many."""
    require(actor, Permission.AUDIT_VIEW)
    require(actor, Permission.EXPORT)
    rows = AuditService(database).all(actor, flt)
    out.parent.mkdir(parents=True, exist_ok=True)
    with write_workbook(out) as book:
        sheet = book.sheet("审计记录", WIDTHS)
        sheet.freeze(2)
        sheet.append(HEADERS, book.style(bold=True))
        for row in rows:
            sheet.append(_cells(row))
    _record(database, actor, flt, len(rows), out)
    return len(rows)


def _cells(row) -> list:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
    return [row.seq, at.astimezone().replace(tzinfo=None), row.officer_name, action_label(row.action),
            entity_label(row.entity_type), row.entity_id, field_label(row.field), row.old_value,
            row.new_value, row.detail]


def _record(database: Database, actor: Actor, flt: AuditFilter, count: int, out: Path) -> None:
    with database.write(actor) as session:
        record_event(session, "audit_export", detail=f"导出审计记录 {count} 条到 {out.name}；条件：{_describe(flt)}")


def _describe(flt: AuditFilter) -> str:
    parts = [f"{name}={value}" for name, value in flt.__dict__.items() if value not in (None, "")]
    return "，".join(parts) or "全部"
