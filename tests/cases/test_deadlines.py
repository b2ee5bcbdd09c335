"""The statutory clock: ordinary, court-delegated and entrusted limits, extensions, warnings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from db.enums import CaseSource, CaseStatus
from desktop.calendar import calendar_of, missing_year_warning
from desktop.cases.deadlines import NEAR, NORMAL, OVERDUE, PAUSED, STOPPED, PauseSpan, case_clock
from desktop.cases.queries import CaseFilter
from tests.cases.helpers import TODAY, drive, intake_form

RECEIVED = date(2024, 3, 4)
SHIPPED = {}


@pytest.fixture(autouse=True)
def _shipped(shipped_calendar):
    SHIPPED["calendar"] = shipped_calendar


def clock(source=CaseSource.WALK_IN, papers=None, simple=False, extension=0, today=date(2024, 3, 5), running=True,
          received=RECEIVED, pauses=()):
    return case_clock(source=source, received_on=received, papers_received_on=papers, simple=simple,
                      extension_days=extension, running=running, today=today, calendar=SHIPPED["calendar"],
                      pauses=pauses)


def test_ordinary_case_fifteen_days_from_receipt():
    c = clock()
    assert c.due == date(2024, 3, 19)
    assert c.explanation == "调解期限 15 日，自收到调解申请之日 2024年3月4日 次日起算，至 2024年3月19日 届满"


def test_a_last_day_in_national_day_moves_to_the_next_working_day():
    c = clock(received=date(2025, 9, 16), today=date(2025, 9, 20))
    assert c.due == date(2025, 10, 9)
    assert c.explanation.endswith("至 2025年10月1日 届满；届满日 2025年10月1日 为法定休假日，顺延至 2025年10月9日")


def test_a_last_day_on_a_weekend_moves_to_monday():
    c = clock(received=date(2024, 3, 1))
    assert c.due == date(2024, 3, 18)
    assert "届满日 2024年3月16日 为法定休假日，顺延至 2024年3月18日" in c.explanation


def test_a_pause_of_ten_days_moves_the_clock_by_ten_days():
    pause = PauseSpan("鉴定/评估", date(2024, 3, 6), date(2024, 3, 16))
    c = clock(pauses=(pause,), today=date(2024, 3, 20))
    assert c.due == date(2024, 3, 29)  # 19 March + 10 days, a Friday
    assert c.paused_days == 10
    assert "中止 10 日（鉴定/评估，2024年3月6日 至 2024年3月16日 恢复，10 日）" in c.explanation


def test_a_clock_suspended_now_is_paused_and_grows_each_day():
    pause = PauseSpan("当事人下落不明", date(2024, 3, 6), None)
    c = clock(pauses=(pause,), today=date(2024, 3, 11))
    assert c.state == PAUSED and c.paused_days == 5
    assert c.due == date(2024, 3, 25)  # 19 March + 5 days is a Sunday
    assert "2024年3月6日 起中止至今，5 日" in c.explanation


def test_a_year_not_entered_is_warned_in_the_explanation():
    c = clock(received=date(2026, 12, 25), today=date(2026, 12, 26))
    assert c.warnings == (missing_year_warning(2027),)
    assert missing_year_warning(2027) in c.explanation


@pytest.mark.parametrize("source, simple, due", [
    (CaseSource.COURT_DELEGATED, False, date(2024, 4, 7)),  # 4 April is 清明节; 7 April a make-up workday
    (CaseSource.COURT_ENTRUSTED, False, date(2024, 3, 20)),
    (CaseSource.COURT_ENTRUSTED, True, date(2024, 3, 12)),
])
def test_court_limits_run_from_the_papers(source, simple, due):
    c = clock(source, papers=date(2024, 3, 5), simple=simple)
    assert c.due == due
    assert "收到法院材料之日 2024年3月5日" in c.explanation


def test_extension_is_added_and_explained():
    c = clock(extension=10)
    assert c.due == date(2024, 3, 29)
    assert "经双方同意延长 10 日" in c.explanation


@pytest.mark.parametrize("today, state, left", [
    (date(2024, 3, 13), NORMAL, 6),
    (date(2024, 3, 14), NEAR, 5),   # day 10 after receipt
    (date(2024, 3, 19), NEAR, 0),   # the last day
    (date(2024, 3, 20), OVERDUE, -1),
])
def test_states_by_day(today, state, left):
    c = clock(today=today)
    assert (c.state, c.days_left) == (state, left)


def test_clock_stops_after_the_outcome():
    assert clock(today=date(2024, 5, 1), running=False).state == STOPPED


@pytest.mark.db
def test_list_filters_agree_with_the_clock(services, mediator):
    overdue = drive(services, mediator, "IN_MEDIATION", intake_form(received_on=TODAY - timedelta(days=16)))
    near = drive(services, mediator, "ACCEPTED", intake_form(received_on=TODAY - timedelta(days=11), facts="b"))
    fresh = drive(services, mediator, "ACCEPTED", intake_form(received_on=TODAY - timedelta(days=2), facts="c"))
    drive(services, mediator, "AGREED", intake_form(received_on=TODAY - timedelta(days=40), facts="d"))
    court = drive(services, mediator, "ACCEPTED", intake_form(
        source=CaseSource.COURT_DELEGATED, referral_doc_no="(2024)京0118民诉前调1号",
        received_on=TODAY - timedelta(days=20), papers_received_on=TODAY - timedelta(days=20), facts="e"))
    q = services.queries
    assert [r.id for r in q.page(CaseFilter(clock=OVERDUE), _sort(), 0, 50)] == [overdue]
    assert [r.id for r in q.page(CaseFilter(clock=NEAR), _sort(), 0, 50)] == [near]
    rows = {r.id: r for r in q.page(CaseFilter(), _sort(), 0, 50)}
    assert rows[fresh].clock == NORMAL and rows[court].clock == NORMAL
    with services.database.read() as session:
        assert rows[court].due == calendar_of(session).next_working_day(TODAY + timedelta(days=10))
    assert rows[overdue].days_left == -1
    assert q.count(CaseFilter(clock=OVERDUE)) == 1
    assert rows[overdue].status == CaseStatus.IN_MEDIATION


def _sort():
    from desktop.cases.queries import Sort

    return Sort("received_on", True)
