"""The shipped holiday calendar, as migration 0003 loads it into a fresh database."""

from __future__ import annotations

import pytest

from desktop.calendar import HolidayCalendar


@pytest.fixture(scope="session")
def calendar(shipped_calendar) -> HolidayCalendar:
    return shipped_calendar
