"""The calendar kept in the database: imports, day edits, recomputed deadlines, audit (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db.enums import HolidayKind, Role
from db.models import AuditEntry, HolidayDay
from desktop.calendar import calendar_of
from desktop.calendar.entries import DayEntry
from desktop.calendar.service import CalendarService
from desktop.errors import PermissionDenied, ValidationError

FIXTURES = Path(__file__).parent / "fixtures"
NOTICE_2027 = ("元旦：1月1日至3日放假，共3天。\n"
               "国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。")


def shipped_rows(database, year: int) -> list[tuple]:
    with database.read() as session:
        return [tuple(r) for r in session.execute(
            select(HolidayDay.day, HolidayDay.kind, HolidayDay.name).where(HolidayDay.plan_year == year)
            .order_by(HolidayDay.day))]


@pytest.mark.db
def test_the_2025_notice_text_gives_the_shipped_rows_day_for_day(database):
    preview = CalendarService(database).preview_file(FIXTURES / "notice_2025.txt")
    arrangement = preview.arrangement
    assert arrangement.year == 2025 and preview.replaces == 33
    assert [(d.day, d.kind, d.name) for d in arrangement.days] == shipped_rows(database, 2025)
    assert arrangement.source == "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）"
    assert arrangement.notice_date == date(2024, 11, 12)


@pytest.mark.db
def test_a_year_is_imported_audited_and_shown(database, actors):
    service = CalendarService(database)
    assert not service.year(2027).entered
    service.save_year(actors[Role.ADMIN], service.preview_text(NOTICE_2027, 2027).arrangement)
    view = service.year(2027)
    assert len(view.days) == 12 and view.source == "国务院办公厅关于2027年部分节假日安排的通知"
    assert {d.day for d in view.days if d.kind is HolidayKind.WORK} == {date(2027, 9, 26), date(2027, 10, 9)}
    with database.read() as session:
        assert calendar_of(session).covers(2027)
        created = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "holiday_day",
                                                           AuditEntry.action == "create")).all()
    assert len({e.entity_id for e in created}) == 12


@pytest.mark.db
def test_reimporting_a_year_replaces_it_all_or_nothing(database, actors):
    service = CalendarService(database)
    bad = service.preview_text(NOTICE_2027, 2027).arrangement
    clash = DayEntry(date(2026, 10, 1), HolidayKind.OFF, "国庆节")  # a day of 2026's arrangement
    with pytest.raises(ValidationError, match="不属于 2027 年"):
        service.save_year(actors[Role.ADMIN], type(bad)(2027, bad.days + (clash,), bad.source))
    assert not service.year(2027).entered


@pytest.mark.db
def test_days_are_added_corrected_and_removed_with_a_reason(database, actors):
    admin, service = actors[Role.ADMIN], CalendarService(database)
    with pytest.raises(ValidationError, match="原因"):
        service.add_day(admin, 2027, DayEntry(date(2027, 1, 1), HolidayKind.OFF, "元旦"))
    service.add_day(admin, 2027, DayEntry(date(2027, 1, 1), HolidayKind.OFF, "元旦", "依据国办通知"))
    saved = service.year(2027).days[0]
    service.edit_day(admin, saved.id, saved.version, DayEntry(date(2027, 1, 2), HolidayKind.WORK, "元旦", "更正"))
    saved = service.year(2027).days[0]
    assert (saved.day, saved.kind, saved.reason) == (date(2027, 1, 2), HolidayKind.WORK, "更正")
    service.remove_day(admin, saved.id, saved.version, "录错")
    assert not service.year(2027).entered
    with database.read() as session:
        events = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "calendar_remove")).all()
    assert events == ["删除 2027-01-02（调休上班，元旦）：录错"]


@pytest.mark.db
def test_only_an_administrator_changes_the_calendar(database, actors):
    service = CalendarService(database)
    with pytest.raises(PermissionDenied):
        service.add_day(actors[Role.DIRECTOR], 2027, DayEntry(date(2027, 1, 1), HolidayKind.OFF, "元旦", "x"))


@pytest.mark.parametrize("text, message", [
    ("春节：2月31日放假，共1天。", "不是有效日期"),
    ("劳动节：5月1日至5日放假，共3天。", "写明共3天"),
    ("端午节：端午放假。", "找不到放假日期"),
    ("随便写的", "找不到"),
])
def test_notice_mistakes_are_refused_naming_the_item(sqlite_database, text, message):
    with pytest.raises(ValidationError, match=message):
        CalendarService(sqlite_database).preview_text(text, 2027)


def test_a_day_of_another_year_is_refused(sqlite_database):
    with pytest.raises(ValidationError, match="不属于 2026 年"):
        CalendarService(sqlite_database).preview_text("元旦：2027年1月1日至3日放假，共3天。", 2026)


def test_a_make_up_day_on_a_weekday_is_refused(sqlite_database):
    with pytest.raises(ValidationError, match="调休上班日只会是周六或周日"):
        CalendarService(sqlite_database).preview_text("元旦：1月1日放假，共1天。1月5日上班。", 2027)
