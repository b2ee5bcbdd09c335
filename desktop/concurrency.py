"""Optimistic locking for edit forms: refuse a save made on a stale copy, saying what changed.

A form remembers the record's ``version`` and the values it showed; on save the
service calls ``ensure_version``. If someone saved in between, the officer is
told which fields the other person changed, to what, and who it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.errors import ConflictError


def ensure_version(
    session: Session,
    record,
    expected_version: int,
    shown: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    if record.version == expected_version:
        return
    lines = _changed_lines(record, shown or {}, labels or {})
    who = _last_editor(session, record)
    detail = "\n".join(lines) if lines else "（具体字段请重新打开后查看）"
    raise ConflictError(
        f"保存被拒绝：在您编辑期间，{who}已修改并保存了这条记录。\n"
        f"对方的修改：\n{detail}\n请关闭后重新打开，核对后再修改。"
    )


def _changed_lines(record, shown: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    lines = []
    for key, old in shown.items():
        new = getattr(record, key, None)
        if _norm(old) != _norm(new):
            lines.append(f"  {labels.get(key, key)}：{_norm(old) or '（空）'} → {_norm(new) or '（空）'}")
    return lines


def _norm(value) -> str:
    if value is None:
        return ""
    return str(getattr(value, "label", value))


def _last_editor(session: Session, record) -> str:
    name = session.scalar(
        select(AuditEntry.officer_name)
        .where(AuditEntry.entity_type == record.__table__.name, AuditEntry.entity_id == record.id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    return f"「{name}」" if name else "其他人"
