"""Entering a year later moves the open deadlines that reach into it, and says so (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db.enums import DeliveryMethod, LetterKind, Role
from db.models import AuditEntry, MediationCase
from desktop.calendar import missing_year_warning
from desktop.calendar.service import CalendarService
from desktop.cases.services import CaseServices
from desktop.letters import Delivery
from tests.calendar.test_service import NOTICE_2027
from tests.cases.helpers import TODAY, drive, intake_form
from tests.letters.helpers import add_employer, matter_input, service, version

pytestmark = pytest.mark.db
DELIVERED = date(2026, 12, 18)


def delivered_opinion(database, officer):
    svc, _ = service(database, today=DELIVERED)
    letter_id = svc.matters.create_matter(officer, matter_input(add_employer(database), found_on=DELIVERED),
                                  LetterKind.OPINION).letters[0].id
    svc.signing.sign(officer, letter_id, version(svc, officer, letter_id), DELIVERED)
    svc.delivery.deliver(officer, letter_id, version(svc, officer, letter_id), Delivery(DeliveryMethod.IN_PERSON, DELIVERED))
    return svc, letter_id


def letter_of(svc, officer, letter_id):
    return svc.queries.chain(officer, svc.queries.matter_of_letter(letter_id)).letter(letter_id)


def test_a_letter_reaching_2027_warns_then_moves_when_2027_is_entered(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, letter_id = delivered_opinion(database, officer)
    before = letter_of(svc, officer, letter_id)
    assert before.deadline_on == date(2027, 1, 8)  # 1 January counted as a plain Friday
    assert missing_year_warning(2027) in before.deadline_explanation

    svc.queries.today = lambda: date(2027, 1, 6)
    assert "2027年节假日安排未录入" in svc.queries.needs_action()[0].note
    calendar = CalendarService(database, today=lambda: DELIVERED)
    moved = calendar.save_year(actors[Role.ADMIN], calendar.preview_text(NOTICE_2027, 2027).arrangement)

    after = letter_of(svc, officer, letter_id)
    svc.queries.today = lambda: date(2027, 1, 10)
    assert "未录入" not in svc.queries.needs_action()[0].note
    assert after.deadline_on == date(2027, 1, 11)
    assert "尚未录入" not in after.deadline_explanation
    assert "因录入2027年节假日安排重新计算，原期限 2027年1月8日" in after.deadline_explanation
    assert ("文书", before.number, date(2027, 1, 8), date(2027, 1, 11)) in [tuple(vars(m).values()) for m in moved]
    with database.read() as session:
        details = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "recompute_deadline",
                                                                  AuditEntry.entity_id == letter_id)).all()
    assert details == ["整改期限由 2027-01-08 改为 2027-01-11：录入2027年节假日安排"]


def test_a_running_case_clock_follows_the_new_year_and_is_audited(database, actors):
    cases = CaseServices(database)
    case_id = drive(cases, actors[Role.MEDIATOR], "IN_MEDIATION", intake_form(received_on=TODAY - timedelta(days=1)))
    with database.write(None, audited=False) as session:
        session.get(MediationCase, case_id).received_on = date(2026, 12, 17)  # 15 days later: 1 January 2027
    clock = cases.queries.detail(case_id, today=DELIVERED).clock
    assert clock.due == date(2027, 1, 1) and clock.warnings == (missing_year_warning(2027),)

    calendar = CalendarService(database, today=lambda: DELIVERED)
    calendar.save_year(actors[Role.ADMIN], calendar.preview_text(NOTICE_2027, 2027).arrangement)

    clock = cases.queries.detail(case_id, today=DELIVERED).clock
    assert clock.due == date(2027, 1, 4) and not clock.warnings
    assert "届满日 2027年1月1日 为法定休假日，顺延至 2027年1月4日" in clock.explanation
    with database.read() as session:
        details = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "recompute_deadline",
                                                                  AuditEntry.entity_id == case_id)).all()
    assert details == ["调解期限届满日由 2027-01-01 改为 2027-01-04：录入2027年节假日安排"]


def test_a_15_day_clock_ending_on_national_day_2027_moves_to_8_october(database, actors):
    calendar = CalendarService(database)
    calendar.save_year(actors[Role.ADMIN], calendar.preview_text(NOTICE_2027, 2027).arrangement)
    cases = CaseServices(database)
    case_id = drive(cases, actors[Role.MEDIATOR], "IN_MEDIATION", intake_form(received_on=TODAY - timedelta(days=1)))
    with database.write(None, audited=False) as session:
        session.get(MediationCase, case_id).received_on = date(2027, 9, 16)
    clock = cases.queries.detail(case_id, today=date(2027, 9, 20)).clock
    assert clock.due == date(2027, 10, 8)
    assert "届满日 2027年10月1日 为法定休假日，顺延至 2027年10月8日" in clock.explanation
