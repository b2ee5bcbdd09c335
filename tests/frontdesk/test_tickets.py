"""热线工单 on SQLite and PostgreSQL: deadlines from 设置 on the calendar, the steps, the due list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from db.enums import ConsultCategory, Role, Satisfaction, TicketChannel, TicketStatus
from db.models import HotlineTicket
from desktop.calendar import HolidayCalendar
from desktop.due import DueList
from desktop.errors import TransitionError, ValidationError
from desktop.frontdesk.consultations import ConsultationService
from desktop.frontdesk.deadlines import add_working_hours
from desktop.frontdesk.tickets import TicketInput, TicketService
from desktop.settings import SettingsService
from tests.frontdesk.helpers import consultation

NOW = datetime(2026, 6, 15, 10, 0)  # a Monday


def ticket(**changes) -> TicketInput:
    values = dict(platform_number="12345-2026-0001", channel=TicketChannel.HOTLINE_12345,
                  received_at=datetime(2026, 6, 12, 16, 30), category=ConsultCategory.WAGES,
                  content="反映某公司拖欠工资", caller_name="张先生", caller_phone="13900139000")
    values.update(changes)
    return TicketInput(**values)


@pytest.fixture
def service(database):
    return TicketService(database, clock=lambda: NOW)


def test_hours_count_on_working_days_only():
    calendar = HolidayCalendar()
    assert add_working_hours(datetime(2026, 6, 12, 23, 0), 2, calendar) == datetime(2026, 6, 15, 1, 0)
    assert add_working_hours(datetime(2026, 6, 13, 9, 0), 2, calendar) == datetime(2026, 6, 15, 2, 0)
    assert add_working_hours(datetime(2026, 6, 15, 9, 0), 2, calendar) == datetime(2026, 6, 15, 11, 0)


def test_deadlines_follow_the_settings_in_the_database(database, actors, service):
    admin = actors[Role.ADMIN]
    settings = SettingsService(database)
    limits = dict(settings.load().ticket_deadlines)
    limits["HOTLINE_12345"] = {"reply": 1, "reply_unit": "WORKING", "finish": 3, "finish_unit": "WORKING"}
    settings.save(admin, replace(settings.load(), ticket_deadlines=limits))
    ticket_id = service.register(actors[Role.CLERK], ticket())
    record = service.get(ticket_id)
    assert (record.reply_by, record.finish_by) == (datetime(2026, 6, 15, 23, 59, 59), datetime(2026, 6, 17, 23, 59, 59))
    assert "1个工作日" in record.deadline_explanation


def test_a_ticket_walks_to_closed_and_refuses_steps_out_of_order(actors, service):
    clerk = actors[Role.CLERK]
    ticket_id = service.register(clerk, ticket())
    version = service.get(ticket_id).version
    with pytest.raises(TransitionError):
        service.finish(clerk, ticket_id, version, NOW, "已协调")
    service.add_contact(clerk, ticket_id, version, datetime(2026, 6, 13, 9, 0), "电话", "已联系来电人")
    record = service.get(ticket_id)
    assert (record.status, record.responded_at) == (TicketStatus.RESPONDED, datetime(2026, 6, 13, 9, 0))
    with pytest.raises(ValidationError, match="办结时间"):
        service.finish(clerk, ticket_id, record.version, datetime(2026, 6, 13, 8, 0), "已协调")
    service.finish(clerk, ticket_id, record.version, NOW, "公司已补发工资")
    service.visit(clerk, ticket_id, service.get(ticket_id).version, NOW, Satisfaction.SATISFIED, "表示满意")
    record = service.get(ticket_id)
    assert (record.status, record.satisfaction, len(record.contacts)) == (TicketStatus.CLOSED, Satisfaction.SATISFIED, 1)


def test_a_platform_number_on_file_is_refused(database, actors, service):
    service.register(actors[Role.CLERK], ticket())
    with pytest.raises(ValidationError, match="12345-2026-0001"):
        service.register(actors[Role.CLERK], ticket(content="另一诉求"))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(HotlineTicket)) == 1


def test_a_ticket_becomes_a_consultation_linked_both_ways(database, actors, service):
    clerk = actors[Role.CLERK]
    ticket_id = service.register(clerk, ticket())
    consultations = ConsultationService(database, today=lambda: date(2026, 6, 15))
    consultation_id = consultations.register(clerk, consultation(ticket_id=ticket_id))
    assert consultations.get(consultation_id).ticket_id == ticket_id
    assert service.consultation_number(ticket_id) == consultations.get(consultation_id).number
    with pytest.raises(ValidationError, match="来源工单"):
        consultations.register(clerk, consultation(ticket_id=ticket_id))


def test_open_tickets_feed_the_due_list_by_officer(database, actors, service):
    clerk, mediator = actors[Role.CLERK], actors[Role.MEDIATOR]
    mine = service.register(clerk, ticket(officer_id=mediator.officer_id))
    service.register(clerk, ticket(platform_number="12351-0002", channel=TicketChannel.HOTLINE_12351))
    due = DueList(database, today=lambda: NOW.date())
    everyone = due.summary(horizon=date(2026, 6, 30))
    assert sorted(item.what for item in everyone.items) == ["工单响应期限", "工单响应期限"]
    own = due.summary(mediator.officer_id, horizon=date(2026, 6, 30)).items
    assert [(i.ref.area, i.ref.record_id, i.ref.tab, i.whose) for i in own] == [
        ("tickets", mine, "contacts", "王调解")]
    assert own[0].due_on == date(2026, 6, 12)  # received Friday 16:30: 2 hours, same evening (overdue)
