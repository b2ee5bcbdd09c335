"""The bundled holiday calendar, loaded once per test session."""

from __future__ import annotations

import pytest

from desktop.calendar import HolidayCalendar


@pytest.fixture(scope="session")
def calendar() -> HolidayCalendar:
    return HolidayCalendar.load()
