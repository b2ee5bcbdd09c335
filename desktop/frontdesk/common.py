"""What the front-desk services share: one unit of work behind a permission, text checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.orm import Session

from db.engine import Database
from desktop.auth import Actor, Permission, require
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError


class FrontDeskService:
    def __init__(self, database: Database, *, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today

    @contextmanager
    def _write(self, actor: Actor, permission: Permission = Permission.FRONT_DESK) -> Iterator[Session]:
        require(actor, permission)
        with self.database.write(actor) as session:
            yield session


def load(session: Session, model, record_id: int, version: int | None, what: str):
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"该{what}（编号 {record_id}）不存在，可能已被删除。")
    if version is not None:
        ensure_version(session, record, version)
    return record


def required_text(value: str | None, field: str, limit: int | None = None) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("不能为空", field=field)
    return limited(text, field, limit)


def optional_text(value: str | None, field: str, limit: int | None = None) -> str | None:
    text = (value or "").strip()
    return limited(text, field, limit) if text else None


def limited(text: str, field: str, limit: int | None) -> str:
    if limit is not None and len(text) > limit:
        raise ValidationError(f"不能超过 {limit} 个字（现有 {len(text)} 个）", field=field)
    return text
