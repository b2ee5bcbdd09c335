"""The due list's grouping and counting, with a source standing in for an area (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.calendar import calendar_of
from desktop.due import DueGroup, DueItem, DueList, RecordRef, group_of
from desktop.due.grouping import default_horizon

# 2026-09-28 is a Monday; 10-01..10-07 is the National Day holiday, 10-10 (Sat) a make-up working day.
MONDAY = date(2026, 9, 28)


class ListedSource:
    """A source that reports fixed items, filtered the way every real source must filter."""

    area, label, kinds = "cases", "调解案件", frozenset({"mediation_case"})

    def __init__(self, items):
        self.listed = items
        self.scopes = []

    def items(self, session, scope, calendar):
        self.scopes.append(scope)
        return [i for i in self.listed if i.due_on <= scope.horizon
                and (scope.officer_id is None or i.officer_id == scope.officer_id)]


def item(due_on: date, officer_id: int | None = 1, title: str = "案") -> DueItem:
    return DueItem("cases", "调解期限届满", title, due_on, "受理之日起15日", RecordRef("cases", 7, "clock"), officer_id)


@pytest.mark.db
def test_groups_follow_the_calendar_across_a_holiday(database):
    with database.read() as session:
        calendar = calendar_of(session)
    # three working days after Monday 9-28: 9-29, 9-30, then the holiday until 10-08.
    assert group_of(date(2026, 9, 27), MONDAY, calendar) is DueGroup.OVERDUE
    assert group_of(MONDAY, MONDAY, calendar) is DueGroup.TODAY
    assert group_of(date(2026, 10, 8), MONDAY, calendar) is DueGroup.NEAR
    assert group_of(date(2026, 10, 9), MONDAY, calendar) is DueGroup.LATER
    # on a Tuesday of an ordinary week, Friday is 三个工作日内 and Sunday is 本周.
    assert group_of(date(2026, 11, 13), date(2026, 11, 10), calendar) is DueGroup.NEAR
    assert group_of(date(2026, 11, 15), date(2026, 11, 10), calendar) is DueGroup.THIS_WEEK
    assert default_horizon(MONDAY, calendar) == date(2026, 10, 8)


@pytest.mark.db
def test_summary_groups_sorts_counts_and_scopes(database):
    source = ListedSource([item(date(2026, 10, 8), title="TJ2026-0002"), item(MONDAY, 2), item(date(2026, 9, 20)),
                           item(date(2026, 10, 8), title="TJ2026-0001"), item(date(2026, 12, 1))])
    due = DueList(database, today=lambda: MONDAY, sources=lambda: [source])
    centre = due.summary()
    assert [i.title for i in centre.groups[DueGroup.NEAR]] == ["TJ2026-0001", "TJ2026-0002"]
    assert (centre.count(DueGroup.OVERDUE), centre.count(DueGroup.TODAY), centre.count(DueGroup.LATER)) == (1, 1, 0)
    assert centre.per_area == {"cases": 4}
    mine = due.summary(officer_id=1)
    assert mine.count(DueGroup.TODAY) == 0 and mine.per_area == {"cases": 3}
    assert source.scopes[-1].officer_id == 1 and source.scopes[-1].horizon == date(2026, 10, 8)
    assert due.summary(horizon=date(2026, 12, 31)).count(DueGroup.LATER) == 1
    assert due.labels() == {"cases": "调解案件"} and due.kinds() == {"mediation_case"}
