"""The demo's year of front-desk work: every channel, category, 处理结果 and ticket state, linked records."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, Satisfaction, TicketChannel, TicketStatus
from db.models import Consultation, HotlineTicket, MediationCase, TicketContact, Worker
from desktop.frontdesk.listing import consultation_source
from desktop.stats import to_json_dict, year_figures
from tests.demo.conftest import TODAY

pytestmark = pytest.mark.db
NOW = datetime.combine(TODAY, datetime.min.time())


def test_a_year_of_consultations_in_every_channel_category_and_outcome(demo_db):
    with demo_db.read() as s:
        rows = s.execute(select(Consultation.consulted_on, Consultation.channel, Consultation.category,
                                Consultation.outcome, Consultation.case_id, Consultation.legal_aid_id,
                                Consultation.worker_id)).all()
        numbers = s.scalars(select(Consultation.number).order_by(Consultation.consulted_on, Consultation.id)).all()
        referred = s.execute(select(Consultation.consulted_on, MediationCase.received_on, Consultation.worker_id)
                             .join(MediationCase, MediationCase.id == Consultation.case_id)).all()
        without_id = s.scalar(select(func.count()).select_from(Consultation).join(Worker, Worker.id == Consultation.worker_id)
                              .where(Worker.id_number.is_(None)))
    assert 420 <= len(rows) <= 480
    assert {r.channel for r in rows} == set(ConsultChannel)
    assert {r.category for r in rows} == set(ConsultCategory)
    assert {r.outcome for r in rows} == set(ConsultOutcome)
    assert all(TODAY - timedelta(days=366) <= r.consulted_on <= TODAY for r in rows)
    months = {(r.consulted_on.year, r.consulted_on.month) for r in rows}
    assert len(months) >= 12
    to_mediation = [r for r in rows if r.outcome is ConsultOutcome.TO_MEDIATION]
    assert sum(r.case_id is not None for r in to_mediation) >= 10 and any(r.case_id is None for r in to_mediation)
    assert all(c_day <= received for c_day, received, _ in referred)
    legal_aid = [r for r in rows if r.outcome is ConsultOutcome.TO_LEGAL_AID]
    assert legal_aid and all(r.legal_aid_id is None for r in legal_aid)  # 转法律援助（待转）
    assert 0 < without_id < len(rows)
    assert len(set(numbers)) == len(numbers) and numbers[0].endswith("〕1号")
    pending = consultation_source(demo_db, pending_only=True).count()
    assert pending == len(legal_aid) + sum(r.case_id is None for r in to_mediation)


def test_tickets_in_every_state_with_contacts_overdue_and_visits(demo_db):
    with demo_db.read() as s:
        tickets = s.scalars(select(HotlineTicket)).all()
        contacts = dict(s.execute(select(TicketContact.ticket_id, func.min(TicketContact.contacted_at))
                                  .group_by(TicketContact.ticket_id)).all())
        linked = s.execute(select(HotlineTicket.received_at, Consultation.consulted_on, Consultation.channel)
                           .join(Consultation, Consultation.id == HotlineTicket.consultation_id)).all()
    assert 180 <= len(tickets) <= 220
    assert {t.channel for t in tickets} == set(TicketChannel)
    assert {t.status for t in tickets} == set(TicketStatus)
    assert {t.satisfaction for t in tickets if t.status is TicketStatus.CLOSED} == set(Satisfaction)
    assert any(t.status is TicketStatus.RECEIVED and t.reply_by < NOW for t in tickets)  # 待响应（超期）
    assert any(t.status is TicketStatus.RESPONDED and t.finish_by < NOW for t in tickets)
    for t in tickets:
        assert t.received_at < t.reply_by <= t.finish_by and t.received_at < NOW
        if t.status is not TicketStatus.RECEIVED:
            assert contacts[t.id] == t.responded_at
        if t.status in (TicketStatus.FINISHED, TicketStatus.CLOSED):
            assert t.responded_at <= t.finished_at and t.result
        if t.status is TicketStatus.CLOSED:
            assert t.finished_at <= t.closed_at < NOW and t.satisfaction is not None
    assert linked and all(received.date() == day and channel is ConsultChannel.PHONE for received, day, channel in linked)


def test_the_years_figures_look_real(demo_db):
    figures = to_json_dict(year_figures(demo_db, TODAY.year))
    consultations, tickets = figures["consultations"], figures["tickets"]
    assert consultations["total"] > 300
    assert all(consultations["by_month"][f"{m:02d}"] > 10 for m in range(1, TODAY.month + 1))
    assert tickets["received"] > 120
    assert 0.85 <= tickets["on_time_response_rate"] < 1.0 and 0.8 <= tickets["closed_rate"] < 1.0
    assert 0.9 <= tickets["satisfaction_rate"] < 1.0
    assert all(v["received"] > 0 for v in tickets["by_platform"].values())
