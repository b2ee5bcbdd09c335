"""热线工单 for the window on SQLite and PostgreSQL: the list (待办, 超期, sorted by the labels
shown), a ticket as plain data, the 转调解 prefill, and the limits saved version-checked."""

from __future__ import annotations

from datetime import datetime

import pytest

from db.enums import CaseSource, DisputeCategory, Role, Satisfaction, TicketChannel, TicketStatus
from desktop.errors import ConflictError, PermissionDenied, ValidationError
from desktop.frontdesk.ticket_listing import ticket_case_prefill, ticket_source, ticket_view
from desktop.frontdesk.tickets import TicketService
from desktop.settings import SettingsService
from tests.frontdesk.test_tickets import NOW, ticket


@pytest.fixture
def service(database):
    return TicketService(database, clock=lambda: NOW)


def _walk(service, actor, ticket_id: int) -> None:
    service.add_contact(actor, ticket_id, service.get(ticket_id).version, datetime(2026, 6, 12, 17, 0), "电话", "已联系")
    service.finish(actor, ticket_id, service.get(ticket_id).version, datetime(2026, 6, 13, 9, 0), "已支付")
    service.visit(actor, ticket_id, service.get(ticket_id).version, datetime(2026, 6, 13, 10, 0), Satisfaction.SATISFIED)


def test_the_list_marks_late_tickets_and_filters_the_open_ones(database, actors, service):
    clerk = actors[Role.CLERK]
    late = service.register(clerk, ticket(platform_number="A-1"))  # 12345: 2 hours, long gone on Monday 10:00
    done = service.register(clerk, ticket(platform_number="A-2", channel=TicketChannel.HOTLINE_12351))
    _walk(service, clerk, done)
    rows = {r.id: r for r in ticket_source(database, now=NOW).fetch(0, 10)}
    assert rows[late].tone == "overdue" and rows[late].cells[5] == "待响应（超期）"
    assert rows[done].tone == "muted" and rows[done].cells[8] == "满意"
    assert [r.id for r in ticket_source(database, pending_only=True, now=NOW).fetch(0, 10)] == [late]
    by_channel = ticket_source(database, now=NOW).sorted_by("channel", False).fetch(0, 10)
    assert [r.cells[1] for r in by_channel] == ["12345接诉即办", "12351职工热线"]
    assert [r.id for r in ticket_source(database, "A-2", now=NOW).fetch(0, 10)] == [done]


def test_a_ticket_as_plain_data_with_its_contacts(actors, service, database):
    clerk = actors[Role.CLERK]
    ticket_id = service.register(clerk, ticket(officer_id=clerk.officer_id))
    _walk(service, clerk, ticket_id)
    view = ticket_view(database, ticket_id)
    assert (view.status, view.result, view.satisfaction, view.officer) == (
        TicketStatus.CLOSED, "已支付", Satisfaction.SATISFIED, clerk.name)
    assert [(c.method, c.note, c.officer) for c in view.contacts] == [("电话", "已联系", clerk.name)]
    assert view.title == "12345接诉即办 12345-2026-0001"


def test_the_case_prefill_types_the_caller_in(actors, service, database):
    ticket_id = service.register(actors[Role.CLERK], ticket(channel=TicketChannel.HOTLINE_12351))
    prefill = ticket_case_prefill(database, ticket_id)
    assert prefill.worker is None and (prefill.caller_name, prefill.caller_phone) == ("张先生", "13900139000")
    assert prefill.source is CaseSource.HOTLINE_12351 and prefill.categories == (DisputeCategory.UNPAID_WAGES,)
    assert "12345-2026-0001" in prefill.facts and "拖欠工资" in prefill.facts


def test_the_limits_are_saved_version_checked_and_validated(database, actors):
    settings = SettingsService(database)
    admin = actors[Role.ADMIN]
    limits = {**settings.load().ticket_deadlines,
              "HOTLINE_12351": {"reply": 4, "reply_unit": "HOURS", "finish": 3, "finish_unit": "WORKING"}}
    with pytest.raises(PermissionDenied):
        settings.save_ticket_deadlines(actors[Role.CLERK], limits, settings.version())
    version = settings.version()
    settings.save_ticket_deadlines(admin, limits, version)
    assert settings.load().ticket_deadlines["HOTLINE_12351"]["reply_unit"] == "HOURS"
    assert settings.version() > version
    with pytest.raises(ConflictError):
        settings.save_ticket_deadlines(admin, limits, version)
    bad = {**limits, "HOTLINE_12345": {"reply": 0, "reply_unit": "HOURS", "finish": 3, "finish_unit": "WORKING"}}
    with pytest.raises(ValidationError, match="12345接诉即办响应时限"):
        settings.save_ticket_deadlines(admin, bad, settings.version())
    assert settings.load().ticket_deadlines["HOTLINE_12345"]["reply"] == 2
