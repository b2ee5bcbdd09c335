"""Deadlines in working and calendar days, with their explanations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.calendar import Deadline, HolidayCalendar, compute_deadline, missing_year_warning
from desktop.errors import ValidationError


def test_working_days_across_national_day_2024(calendar: HolidayCalendar) -> None:
    # Counted: 9/29 (Sun, make-up), 9/30, 10/8-11, 10/12 (Sat, make-up), 10/14-18, 10/21-23.
    deadline = compute_deadline(date(2024, 9, 27), 15, "working", calendar)
    assert deadline == Deadline(
        date(2024, 10, 23),
        "自 2024年9月27日 起 15 个工作日（跳过 国庆节 10月1日-7日，9月29日、10月12日 调休上班），至 2024年10月23日",
        (),
    )


def test_working_days_across_spring_festival_2025(calendar: HolidayCalendar) -> None:
    # Counted: 1/21-24, 1/26 (Sun, make-up), 1/27, 2/5-7, 2/8 (Sat, make-up).
    deadline = compute_deadline(date(2025, 1, 20), 10, "working", calendar)
    assert deadline.due == date(2025, 2, 8)
    assert deadline.explanation == (
        "自 2025年1月20日 起 10 个工作日（跳过 春节 1月28日-2月4日，1月26日、2月8日 调休上班），至 2025年2月8日"
    )
    assert deadline.warnings == ()


def test_five_working_days_from_new_years_eve_2025(calendar: HolidayCalendar) -> None:
    # 建议书: the department answers within 5 working days; letter received on 除夕 (a day off).
    # Counted: 2/5, 2/6, 2/7, 2/8 (Sat, make-up), 2/10.
    deadline = compute_deadline(date(2025, 1, 28), 5, "working", calendar)
    assert deadline.due == date(2025, 2, 10)
    assert deadline.explanation == (
        "自 2025年1月28日 起 5 个工作日（跳过 春节 1月29日-2月4日，2月8日 调休上班），至 2025年2月10日"
    )


def test_start_day_is_never_counted(calendar: HolidayCalendar) -> None:
    assert calendar.add_working_days(date(2024, 10, 8), 1) == date(2024, 10, 9)
    assert calendar.add_working_days(date(2024, 10, 5), 1) == date(2024, 10, 8)
    assert calendar.add_working_days(date(2024, 10, 8), 0) == date(2024, 10, 8)


def test_explanation_across_the_new_year_shows_years(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2024, 12, 20), 10, "working", calendar)
    assert deadline.due == date(2025, 1, 6)
    assert deadline.explanation == "自 2024年12月20日 起 10 个工作日（跳过 元旦 2025年1月1日），至 2025年1月6日"


def test_working_days_into_a_year_not_entered_warn(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2026, 12, 20), 10, "working", calendar)
    assert deadline.due == date(2027, 1, 1)
    assert deadline.warnings == (missing_year_warning(2027),)


def test_calendar_days_ignore_holidays_without_rolling(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2024, 9, 20), 15, "calendar", calendar)
    assert deadline == Deadline(date(2024, 10, 5), "自 2024年9月20日 起 15 日，至 2024年10月5日", ())


def test_calendar_deadline_rolls_past_national_day(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2024, 9, 20), 15, "calendar", calendar, roll_to_working_day=True)
    assert deadline.due == date(2024, 10, 8)
    assert deadline.explanation == (
        "自 2024年9月20日 起 15 日，届满日 2024年10月5日 为法定休假日，顺延至 2024年10月8日"
    )


def test_calendar_deadline_rolls_past_spring_festival_2025(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2025, 1, 15), 15, "calendar", calendar, roll_to_working_day=True)
    assert deadline.due == date(2025, 2, 5)
    assert "届满日 2025年1月30日 为法定休假日，顺延至 2025年2月5日" in deadline.explanation


def test_calendar_deadline_rolls_past_a_plain_weekend(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2024, 11, 1), 15, "calendar", calendar, roll_to_working_day=True)
    assert deadline.due == date(2024, 11, 18)
    assert "届满日 2024年11月16日 为法定休假日，顺延至 2024年11月18日" in deadline.explanation


def test_no_roll_onto_a_make_up_workday(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2024, 9, 27), 15, "calendar", calendar, roll_to_working_day=True)
    assert deadline == Deadline(date(2024, 10, 12), "自 2024年9月27日 起 15 日，至 2024年10月12日", ())


def test_rolling_into_a_year_not_entered_warns(calendar: HolidayCalendar) -> None:
    deadline = compute_deadline(date(2026, 12, 20), 15, "calendar", calendar, roll_to_working_day=True)
    assert deadline.due == date(2027, 1, 4)
    assert deadline.warnings == (missing_year_warning(2027),)


@pytest.mark.parametrize("days", [-1, 1.5, True])
def test_bad_day_counts(calendar: HolidayCalendar, days: object) -> None:
    with pytest.raises(ValidationError, match="「期限天数」: 应为不小于 0 的整数"):
        compute_deadline(date(2024, 1, 1), days, "working", calendar)  # type: ignore[arg-type]


def test_unknown_unit(calendar: HolidayCalendar) -> None:
    with pytest.raises(ValueError):
        compute_deadline(date(2024, 1, 1), 5, "weeks", calendar)  # type: ignore[arg-type]


starts = st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 10, 31))


@given(starts, st.integers(1, 40))
def test_working_deadline_counts_exactly_n_working_days(calendar: HolidayCalendar, start: date, n: int) -> None:
    due = calendar.add_working_days(start, n)
    counted = [start + timedelta(k) for k in range(1, (due - start).days + 1)]
    assert calendar.is_working_day(due)
    assert sum(calendar.is_working_day(day) for day in counted) == n


@given(starts, st.integers(0, 60))
def test_rolled_calendar_deadline_is_the_first_working_day_on_or_after(
    calendar: HolidayCalendar, start: date, n: int
) -> None:
    deadline = compute_deadline(start, n, "calendar", calendar, roll_to_working_day=True)
    last = start + timedelta(n)
    assert calendar.is_working_day(deadline.due)
    assert all(not calendar.is_working_day(last + timedelta(k)) for k in range((deadline.due - last).days))
    assert ("顺延" in deadline.explanation) == (deadline.due != last)


def test_missing_year_warning_reads_as_the_officer_is_told() -> None:
    assert missing_year_warning(2027) == (
        "2027年节假日安排尚未录入，期限按周六、周日休息计算，请在 设置 → 节假日安排 中补录")
