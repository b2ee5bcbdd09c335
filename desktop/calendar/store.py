"""The calendar as the database holds it, cached per process.

Every workstation reads the same table. A process keeps the calendar it built
and checks a cheap stamp on each use: the number of rows and the newest audit
entry about the table. Any change made here or on another seat is audited, so
the stamp moves and the calendar is read again. Inside a write (where the
session may hold unsaved changes) the calendar is always read afresh and never
cached.
"""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import HolidayKind
from db.models import AuditEntry, HolidayDay
from desktop.calendar.holidays import HolidayCalendar, YearPlan

TABLE = HolidayDay.__tablename__

_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def calendar_of(session: Session) -> HolidayCalendar:
    """The calendar as ``session`` sees it."""
    if _is_write(session):
        return read_calendar(session)
    engine = session.get_bind()
    stamp = _stamp(session)
    with _lock:
        cached = _cache.get(engine)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    calendar = read_calendar(session)
    with _lock:
        _cache[engine] = (stamp, calendar)
    return calendar


def read_calendar(session: Session) -> HolidayCalendar:
    """Every year's plan from the table (no cache)."""
    rows = session.execute(select(HolidayDay.plan_year, HolidayDay.day, HolidayDay.kind, HolidayDay.name,
                                  HolidayDay.source).order_by(HolidayDay.day)).all()
    return HolidayCalendar(plans_from_rows(rows))


def plans_from_rows(rows) -> list[YearPlan]:
    """``(plan_year, day, kind, name, source)`` rows grouped into one plan per year."""
    off: dict[int, dict] = defaultdict(dict)
    work: dict[int, dict] = defaultdict(dict)
    sources: dict[int, str] = {}
    for year, day, kind, name, source in rows:
        (off if kind is HolidayKind.OFF else work)[year][day] = name
        sources.setdefault(year, source or "")
    return [YearPlan(year, sources[year], MappingProxyType(dict(off[year])), MappingProxyType(dict(work[year])))
            for year in sorted(sources)]


def _stamp(session: Session) -> tuple:
    count = session.scalar(select(func.count()).select_from(HolidayDay))
    head = session.scalar(select(func.max(AuditEntry.seq)).where(AuditEntry.entity_type == TABLE))
    return count, head


def _is_write(session: Session) -> bool:
    return "audited" in session.info
