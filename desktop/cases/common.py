"""Helpers shared by the case services: loading a case for change, cleaning input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from db.models import MediationCase
from desktop.cases.workflow import READ_ONLY
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, TransitionError, ValidationError
from desktop.money import parse_amount


def load_case(session: Session, case_id: int, version: int | None = None, *, writable: bool = True) -> MediationCase:
    """The case, locked against stale saves (``version``) and refused when closed."""
    record = session.get(MediationCase, case_id)
    if record is None:
        raise NotFound(f"案件（编号 {case_id}）不存在。")
    if version is not None:
        ensure_version(session, record, version)
    if writable and record.status in READ_ONLY:
        raise TransitionError(f"案件已{record.status.label}，为只读状态；如需修改，请由有权限的人员重新打开。")
    return record


def text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def required(value: str | None, field: str) -> str:
    cleaned = text(value)
    if cleaned is None:
        raise ValidationError("不能为空", field=field)
    return cleaned


def amount(value, field: str) -> Decimal:
    return parse_amount(value if value not in (None, "") else "0", field=field)


def positive_amount(value, field: str) -> Decimal:
    result = amount(value, field)
    if result <= 0:
        raise ValidationError("金额应大于 0", field=field)
    return result


def not_future(day: date | None, field: str, today: date | None = None) -> date:
    if day is None:
        raise ValidationError("不能为空", field=field)
    if day > (today or date.today()):
        raise ValidationError(f"不能晚于今天（填写的是 {day:%Y-%m-%d}）", field=field)
    return day


def not_before(day: date, earlier: date | None, field: str, earlier_name: str) -> None:
    if earlier is not None and day < earlier:
        raise ValidationError(f"不能早于{earlier_name}（{earlier:%Y-%m-%d}）", field=field)
