"""设置 → 节假日安排: reading a year, importing one, adding, correcting and removing days.

Only an administrator (``Permission.SETTINGS``) changes the calendar. Each change
is one transaction: the days, then every open deadline counted again
(``recompute``), all or nothing; the audit trail records every row and why.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from db.audit import record_event
from db.engine import Database
from db.enums import HolidayKind
from db.models import HolidayDay
from desktop.auth import Actor, Permission, require
from desktop.calendar.checks import check_arrangement, check_entry, check_year
from desktop.calendar.entries import DayEntry, YearArrangement
from desktop.calendar.notice import parse_notice
from desktop.calendar.recompute import Moved, recompute_open_deadlines
from desktop.calendar.store import read_calendar
from desktop.calendar.workbook import read_workbook
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError


@dataclass(frozen=True)
class SavedDay:
    id: int
    version: int
    day: date
    kind: HolidayKind
    name: str
    reason: str
    source: str


@dataclass(frozen=True)
class YearView:
    year: int
    days: tuple[SavedDay, ...]

    @property
    def entered(self) -> bool:
        return bool(self.days)

    @property
    def source(self) -> str:
        return next((d.source for d in self.days if d.source), "")


@dataclass(frozen=True)
class Preview:
    """What saving ``arrangement`` would do: the days, and how many saved days it replaces."""

    arrangement: YearArrangement
    replaces: int


class CalendarService:
    def __init__(self, database: Database, *, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today

    # ---------------------------------------------------------------- reading
    def years(self) -> tuple[int, ...]:
        with self.database.read() as session:
            return tuple(session.scalars(select(HolidayDay.plan_year).distinct().order_by(HolidayDay.plan_year)))

    def year(self, year: int) -> YearView:
        check_year(year)
        with self.database.read() as session:
            rows = session.scalars(select(HolidayDay).where(HolidayDay.plan_year == year).order_by(HolidayDay.day))
            return YearView(year, tuple(SavedDay(r.id, r.version, r.day, r.kind, r.name, r.reason or "", r.source)
                                        for r in rows))

    def preview_text(self, text: str, year: int | None = None) -> Preview:
        return self._preview(parse_notice(text, year))

    def preview_file(self, path: str | os.PathLike[str], year: int | None = None) -> Preview:
        """A workbook (.xlsx) or a notice's text (.txt)."""
        suffix = Path(path).suffix.lower()
        if suffix == ".xlsx":
            return self._preview(read_workbook(path))
        if suffix == ".txt":
            return self.preview_text(_read_text(Path(path)), year)
        raise ValidationError(f"「{Path(path).name}」应为 .xlsx 工作簿或 .txt 通知文本", field="文件")

    def _preview(self, arrangement: YearArrangement) -> Preview:
        check_arrangement(arrangement)
        with self.database.read() as session:
            count = session.scalar(select(func.count()).select_from(HolidayDay)
                                   .where(HolidayDay.plan_year == arrangement.year))
        return Preview(arrangement, count or 0)

    # ---------------------------------------------------------------- writing
    def save_year(self, actor: Actor, arrangement: YearArrangement) -> list[Moved]:
        """Replace the year's days by ``arrangement`` (as previewed); returns the deadlines moved."""
        require(actor, Permission.SETTINGS)
        check_arrangement(arrangement)
        with self.database.write(actor) as session:
            before = read_calendar(session)
            for old in session.scalars(select(HolidayDay).where(HolidayDay.plan_year == arrangement.year)):
                session.delete(old)  # row by row: each removal is in the audit trail
            record_event(session, "calendar_import", entity_type=HolidayDay.__tablename__,
                         detail=f"录入 {arrangement.year} 年节假日安排（{len(arrangement.days)} 天）：{arrangement.source}")
            session.flush()
            self._clash(session, arrangement)
            for entry in arrangement.days:
                session.add(_row(arrangement, entry))
            return self._recompute(session, before, f"录入{arrangement.year}年节假日安排")

    def add_day(self, actor: Actor, year: int, entry: DayEntry) -> list[Moved]:
        require(actor, Permission.SETTINGS)
        entry = check_entry(check_year(year), entry)
        reason = _reason(entry.reason)
        with self.database.write(actor) as session:
            before = read_calendar(session)
            if session.scalar(select(HolidayDay.id).where(HolidayDay.day == entry.day)) is not None:
                raise ValidationError(f"{entry.day:%Y-%m-%d} 已录入，请修改该日", field="日期")
            session.add(HolidayDay(day=entry.day, plan_year=year, kind=entry.kind, name=entry.name, reason=reason,
                                   source="管理员补录"))
            return self._recompute(session, before, f"补录 {entry.day:%Y-%m-%d}（{reason}）")

    def edit_day(self, actor: Actor, day_id: int, version: int, entry: DayEntry) -> list[Moved]:
        require(actor, Permission.SETTINGS)
        reason = _reason(entry.reason)
        with self.database.write(actor) as session:
            row = _get(session, day_id, version)
            entry = check_entry(row.plan_year, entry)
            before = read_calendar(session)
            clash = session.scalar(select(HolidayDay.id).where(HolidayDay.day == entry.day, HolidayDay.id != row.id))
            if clash is not None:
                raise ValidationError(f"{entry.day:%Y-%m-%d} 已另有记录", field="日期")
            row.day, row.kind, row.name, row.reason = entry.day, entry.kind, entry.name, reason
            return self._recompute(session, before, f"更正 {entry.day:%Y-%m-%d}（{reason}）")

    def remove_day(self, actor: Actor, day_id: int, version: int, reason: str) -> list[Moved]:
        require(actor, Permission.SETTINGS)
        reason = _reason(reason)
        with self.database.write(actor) as session:
            row = _get(session, day_id, version)
            before = read_calendar(session)
            record_event(session, "calendar_remove", entity_type=HolidayDay.__tablename__, entity_id=row.id,
                         detail=f"删除 {row.day:%Y-%m-%d}（{row.kind.label}，{row.name}）：{reason}")
            session.delete(row)
            return self._recompute(session, before, f"删除 {row.day:%Y-%m-%d}（{reason}）")

    def _recompute(self, session, before, why: str) -> list[Moved]:
        session.flush()
        return recompute_open_deadlines(session, before, read_calendar(session), why, self.today())

    @staticmethod
    def _clash(session, arrangement: YearArrangement) -> None:
        days = [entry.day for entry in arrangement.days]
        taken = session.execute(select(HolidayDay.day, HolidayDay.plan_year).where(HolidayDay.day.in_(days))).first()
        if taken is not None:
            raise ValidationError(f"{taken.day:%Y-%m-%d} 已属于 {taken.plan_year} 年的安排", field="日期")


def _row(arrangement: YearArrangement, entry: DayEntry) -> HolidayDay:
    return HolidayDay(day=entry.day, plan_year=arrangement.year, kind=entry.kind, name=entry.name,
                      reason=entry.reason or f"按{arrangement.source or '导入文件'}录入", source=arrangement.source[:200],
                      notice_date=arrangement.notice_date, notice_text=arrangement.notice_text)


def _get(session, day_id: int, version: int) -> HolidayDay:
    row = session.get(HolidayDay, day_id)
    if row is None:
        raise NotFound("该日期记录已不存在，可能已被他人删除，请刷新。")
    ensure_version(session, row, version)
    return row


def _reason(text: str) -> str:
    reason = (text or "").strip()
    if not reason:
        raise ValidationError("请写明修改原因（如依据的通知）", field="原因")
    return reason


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(f"找不到文件「{path.name}」", field="文件") from None
    except UnicodeDecodeError:
        try:
            return path.read_text(encoding="gb18030")
        except UnicodeDecodeError:
            raise ValidationError(f"「{path.name}」不是 UTF-8 或 GBK 编码的文本", field="文件") from None
    except OSError as error:
        raise ValidationError(f"无法读取「{path.name}」：{error}", field="文件") from None
