"""What every letters service shares: the database, today's date, the permission check and one unit of work.

The letters area is several small services (matters, drafts, signing, delivery, replies,
department, escalation, queries) built once in ``LetterServices`` (desktop/letters/service.py),
in the same way as the case services; a service that needs another is handed it when built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.orm import Session, object_session

from db.engine import Database
from db.enums import DayUnit
from db.models import SupervisionLetter, SupervisionMatter
from desktop.auth import Actor, Permission, require
from desktop.calendar import HolidayCalendar, calendar_of, compute_deadline
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError


class LetterServiceBase:
    def __init__(self, database: Database, *, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today

    @contextmanager
    def _write(self, actor: Actor, *permissions: Permission) -> Iterator[Session]:
        """Check the permissions first, then one unit of work."""
        for permission in permissions or (Permission.LETTER_EDIT,):
            require(actor, permission)
        with self.database.write(actor) as session:
            yield session



def set_deadline(letter: SupervisionLetter, start: date, counted_from: str) -> None:
    """The letter's deadline counted from ``start`` by its own rule (days and unit)."""
    session = object_session(letter)
    assert session is not None, "the letter must belong to the unit of work"
    letter.deadline_on, letter.deadline_explanation = letter_deadline(
        calendar_of(session), start, letter.deadline_days, letter.deadline_unit, counted_from)


def letter_deadline(calendar: HolidayCalendar, start: date, days: int, unit: DayUnit,
                    counted_from: str) -> tuple[date, str]:
    """A letter's deadline and its explanation: working days, or calendar days whose last day
    is moved off a 法定休假日 (民法典 第二百零三条)."""
    working = unit is DayUnit.WORKING
    deadline = compute_deadline(start, days, "working" if working else "calendar", calendar,
                                roll_to_working_day=not working)
    return deadline.due, f"{counted_from}：{deadline.text}"


def get_letter(session: Session, letter_id: int, version: int) -> SupervisionLetter:
    letter = session.get(SupervisionLetter, letter_id)
    if letter is None:
        raise NotFound(f"文书（编号 {letter_id}）不存在，可能已被删除。")
    ensure_version(session, letter, version, labels={"status": "状态"})
    return letter


def get_matter(session: Session, matter_id: int) -> SupervisionMatter:
    matter = session.get(SupervisionMatter, matter_id)
    if matter is None:
        raise NotFound(f"监督事项（编号 {matter_id}）不存在。")
    return matter


def required_text(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("不能为空", field=field)
    return text


def not_before(later: date, earlier: date | None, field: str, earlier_name: str) -> None:
    if earlier is not None and later < earlier:
        raise ValidationError(f"不能早于{earlier_name}（{earlier:%Y-%m-%d}）", field=field)


def not_after_today(day: date, today: date, field: str) -> None:
    if day > today:
        raise ValidationError(f"不能晚于今天（{today:%Y-%m-%d}）", field=field)


def non_negative(value, field: str) -> None:
    if value < 0:
        raise ValidationError("不能为负数", field=field)
