"""What one due thing is, and the interface every area implements to report its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.calendar import HolidayCalendar


@dataclass(frozen=True)
class RecordRef:
    """Where the window opens the record: the area's key, the row's id, and a tab key the
    area's record window understands (``None``: its first tab)."""

    area: str
    record_id: int
    tab: str | None = None


@dataclass(frozen=True)
class DueScope:
    """Whose items: one officer's (``officer_id``) or the whole centre's (``None``)."""

    today: date
    horizon: date
    officer_id: int | None = None

    @property
    def mine_only(self) -> bool:
        return self.officer_id is not None


@dataclass(frozen=True)
class DueItem:
    """One thing with a last day.

    ``what`` names the duty (「调解期限届满」, 「整改回复期限」), ``title`` the record
    (number and parties), ``whose`` the officer responsible (empty when nobody is),
    ``explanation`` how ``due_on`` was computed (the calendar's words).
    """

    area: str
    what: str
    title: str
    due_on: date
    explanation: str
    ref: RecordRef
    officer_id: int | None = None
    whose: str = ""

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days


class DueSource(Protocol):
    """One area's due items. ``area`` is the key used in ``RecordRef``; ``label`` its Chinese
    name for the counts; ``kinds`` the tables whose changes may change its items."""

    area: str
    label: str
    kinds: frozenset[str]

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        """Every open item due on or before ``scope.horizon`` (overdue ones included), of
        ``scope.officer_id`` when given. One or a few set-based queries: no query per row."""
        ...
