"""The bundled State Council arrangements for 2023-2026, checked against the notices."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.calendar import HolidayCalendar


def days(first: str, last: str) -> list[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [start + timedelta(n) for n in range((end - start).days + 1)]


# (holiday, days off as in the notice, make-up workdays as in the notice)
ARRANGEMENTS = {
    2023: [
        ("元旦", days("2022-12-31", "2023-01-02"), []),
        ("春节", days("2023-01-21", "2023-01-27"), ["2023-01-28", "2023-01-29"]),
        ("清明节", days("2023-04-05", "2023-04-05"), []),
        ("劳动节", days("2023-04-29", "2023-05-03"), ["2023-04-23", "2023-05-06"]),
        ("端午节", days("2023-06-22", "2023-06-24"), ["2023-06-25"]),
        ("中秋节、国庆节", days("2023-09-29", "2023-10-06"), ["2023-10-07", "2023-10-08"]),
    ],
    2024: [
        ("元旦", days("2024-01-01", "2024-01-01"), []),
        ("春节", days("2024-02-10", "2024-02-17"), ["2024-02-04", "2024-02-18"]),
        ("清明节", days("2024-04-04", "2024-04-06"), ["2024-04-07"]),
        ("劳动节", days("2024-05-01", "2024-05-05"), ["2024-04-28", "2024-05-11"]),
        ("端午节", days("2024-06-10", "2024-06-10"), []),
        ("中秋节", days("2024-09-15", "2024-09-17"), ["2024-09-14"]),
        ("国庆节", days("2024-10-01", "2024-10-07"), ["2024-09-29", "2024-10-12"]),
    ],
    2025: [
        ("元旦", days("2025-01-01", "2025-01-01"), []),
        ("春节", days("2025-01-28", "2025-02-04"), ["2025-01-26", "2025-02-08"]),
        ("清明节", days("2025-04-04", "2025-04-06"), []),
        ("劳动节", days("2025-05-01", "2025-05-05"), ["2025-04-27"]),
        ("端午节", days("2025-05-31", "2025-06-02"), []),
        ("国庆节、中秋节", days("2025-10-01", "2025-10-08"), ["2025-09-28", "2025-10-11"]),
    ],
    2026: [
        ("元旦", days("2026-01-01", "2026-01-03"), ["2026-01-04"]),
        ("春节", days("2026-02-15", "2026-02-23"), ["2026-02-14", "2026-02-28"]),
        ("清明节", days("2026-04-04", "2026-04-06"), []),
        ("劳动节", days("2026-05-01", "2026-05-05"), ["2026-05-09"]),
        ("端午节", days("2026-06-19", "2026-06-21"), []),
        ("中秋节", days("2026-09-25", "2026-09-27"), []),
        ("国庆节", days("2026-10-01", "2026-10-07"), ["2026-09-20", "2026-10-10"]),
    ],
}


def test_years_covered(calendar: HolidayCalendar) -> None:
    assert calendar.years == (2023, 2024, 2025, 2026)
    assert not calendar.covers(2022)
    assert not calendar.covers(2027)


@pytest.mark.parametrize("year", sorted(ARRANGEMENTS))
def test_arrangement_matches_the_notice_exactly(calendar: HolidayCalendar, year: int) -> None:
    expected_off = {day: name for name, off, _ in ARRANGEMENTS[year] for day in off}
    expected_work = {date.fromisoformat(d): name for name, _, work in ARRANGEMENTS[year] for d in work}
    first, last = date(year - 1, 12, 1), date(year, 12, 31)
    assert dict(calendar.holidays_between(first, last)) == expected_off
    assert dict(calendar.workdays_between(first, last)) == expected_work
    assert "通知" in calendar.source(year)


@pytest.mark.parametrize("year", sorted(ARRANGEMENTS))
def test_every_statutory_holiday_is_present(calendar: HolidayCalendar, year: int) -> None:
    names = "".join(name for _, name in calendar.holidays_between(date(year - 1, 12, 1), date(year, 12, 31)))
    for holiday in ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"):
        assert holiday in names


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2024-02-04", True),  # Sunday, make-up workday for 春节
        ("2024-02-09", True),  # 除夕 2024 was an ordinary Friday
        ("2024-02-12", False),  # Monday in 春节
        ("2024-02-18", True),  # Sunday, make-up workday
        ("2024-09-29", True),
        ("2024-10-07", False),
        ("2024-10-08", True),
        ("2024-10-12", True),  # Saturday, make-up workday
        ("2024-10-13", False),  # plain Sunday
        ("2025-01-28", False),  # 除夕 2025 is a day off
        ("2025-02-08", True),
        ("2025-10-08", False),
        ("2026-01-04", True),
        ("2026-02-23", False),
        ("2027-01-01", True),  # not entered yet: an ordinary Friday
    ],
)
def test_is_working_day(calendar: HolidayCalendar, day: str, working: bool) -> None:
    assert calendar.is_working_day(date.fromisoformat(day)) is working
