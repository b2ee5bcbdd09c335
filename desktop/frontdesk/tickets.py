"""热线工单 (12351 / 12345 接诉即办): receive, contact, finish, visit back, close; link a case.

States: 待响应 → (first contact record) 办理中 → (办理结果) 已办理待回访 → (回访) 已办结.
Reply-by and finish-by are computed when the ticket is received, from the platform's
limits in 设置 on the working-day calendar (``deadlines``). A ticket becomes a
consultation through ``ConsultationService.register(ticket_id=...)``; a case through
``link_case``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import record_event
from db.enums import ConsultCategory, Satisfaction, TicketChannel, TicketStatus
from db.models import Consultation, HotlineTicket, MediationCase, TicketContact
from desktop import settings as org_settings
from desktop.auth import Actor
from desktop.calendar import calendar_of
from desktop.errors import TransitionError, ValidationError
from desktop.frontdesk.common import FrontDeskService, load, optional_text, required_text
from desktop.frontdesk.deadlines import ticket_deadlines
from desktop.validation import parse_phone


@dataclass(frozen=True)
class TicketInput:
    platform_number: str
    channel: TicketChannel
    received_at: datetime
    category: ConsultCategory
    content: str
    caller_name: str = ""
    caller_phone: str = ""
    officer_id: int | None = None


def check_ticket(data: TicketInput, now: datetime, row: int | None = None) -> TicketInput:
    number = required_text(data.platform_number, "工单编号", 60)
    if data.received_at > now:
        raise ValidationError(f"不能晚于现在（{now:%Y-%m-%d %H:%M}）", field="接收时间", row=row)
    content = required_text(data.content, "诉求内容", 4000)
    phone = data.caller_phone.strip()
    phone = parse_phone(phone, field="来电号码") if phone else ""
    return TicketInput(number, data.channel, data.received_at.replace(second=0, microsecond=0), data.category,
                       content, optional_text(data.caller_name, "来电人", 50) or "", phone, data.officer_id)


def add_ticket(session: Session, data: TicketInput, settings=None, calendar=None,
               checked_unique: bool = False) -> HotlineTicket:
    """Inside the caller's unit of work: refuse a platform number on file (unless the caller
    checked all at once), compute the deadlines (an import passes settings and calendar once)."""
    if not checked_unique and session.scalar(
            select(HotlineTicket.id).where(HotlineTicket.platform_number == data.platform_number)):
        raise ValidationError(f"工单编号「{data.platform_number}」已登记，不能重复", field="工单编号")
    settings = settings or org_settings.load(session)
    limits = ticket_deadlines(settings, data.channel, data.received_at, calendar or calendar_of(session))
    ticket = HotlineTicket(
        platform_number=data.platform_number, channel=data.channel, received_at=data.received_at,
        reply_by=limits.reply_by, finish_by=limits.finish_by, deadline_explanation=limits.explanation,
        category=data.category, content=data.content, caller_name=data.caller_name or None,
        caller_phone=data.caller_phone or None, officer_id=data.officer_id, status=TicketStatus.RECEIVED)
    session.add(ticket)
    return ticket


class TicketService(FrontDeskService):
    def __init__(self, database, *, today=None, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(database, today=today or (lambda: clock().date()))
        self.now = clock

    def register(self, actor: Actor, data: TicketInput) -> int:
        clean = check_ticket(data, self.now())
        with self._write(actor) as session:
            ticket = add_ticket(session, clean)
            session.flush()
            return ticket.id

    def add_contact(self, actor: Actor, ticket_id: int, version: int, at: datetime, method: str, note: str) -> None:
        """A contact record; the first one is the response (待响应 → 办理中)."""
        method = required_text(method, "联系方式", 30)
        note = required_text(note, "联系情况", 2000)
        with self._write(actor) as session:
            ticket = load(session, HotlineTicket, ticket_id, version, "工单")
            _not_before(at, ticket.received_at, "联系时间", "接收时间")
            if ticket.status is TicketStatus.CLOSED:
                raise TransitionError("工单已办结，不能再添加联系记录。")
            ticket.contacts.append(TicketContact(contacted_at=at, method=method, note=note,
                                                 officer_id=actor.officer_id))
            if ticket.responded_at is None or at < ticket.responded_at:
                ticket.responded_at = at
            if ticket.status is TicketStatus.RECEIVED:
                ticket.status = TicketStatus.RESPONDED

    def finish(self, actor: Actor, ticket_id: int, version: int, at: datetime, result: str) -> None:
        """办理结果: only after the caller was contacted."""
        result = required_text(result, "办理结果", 4000)
        with self._write(actor) as session:
            ticket = load(session, HotlineTicket, ticket_id, version, "工单")
            if ticket.status is not TicketStatus.RESPONDED:
                raise TransitionError(f"工单「{ticket.status.label}」，须先登记联系记录后才能登记办理结果。")
            _not_before(at, ticket.responded_at, "办结时间", "响应时间")
            ticket.result, ticket.finished_at, ticket.status = result, at, TicketStatus.FINISHED

    def visit(self, actor: Actor, ticket_id: int, version: int, at: datetime, satisfaction: Satisfaction,
              note: str = "") -> None:
        """回访 and closing."""
        with self._write(actor) as session:
            ticket = load(session, HotlineTicket, ticket_id, version, "工单")
            if ticket.status is not TicketStatus.FINISHED:
                raise TransitionError(f"工单「{ticket.status.label}」，办理结果登记后才能回访。")
            _not_before(at, ticket.finished_at, "回访时间", "办结时间")
            ticket.satisfaction, ticket.visit_note = satisfaction, optional_text(note, "回访情况", 2000)
            ticket.closed_at, ticket.status = at, TicketStatus.CLOSED

    def link_case(self, actor: Actor, ticket_id: int, case_id: int) -> None:
        with self._write(actor) as session:
            ticket = load(session, HotlineTicket, ticket_id, None, "工单")
            load(session, MediationCase, case_id, None, "案件")
            ticket.case_id = case_id
            record_event(session, "ticket_to_case", entity_type="hotline_ticket", entity_id=ticket_id,
                         detail=f"转调解，案件 #{case_id}")

    def get(self, ticket_id: int) -> HotlineTicket:
        """The ticket with its contact records loaded (detached: read only)."""
        with self.database.read() as session:
            ticket = load(session, HotlineTicket, ticket_id, None, "工单")
            list(ticket.contacts)
            return ticket

    def consultation_number(self, ticket_id: int) -> str | None:
        with self.database.read() as session:
            return session.scalar(select(Consultation.number).join(
                HotlineTicket, HotlineTicket.consultation_id == Consultation.id).where(HotlineTicket.id == ticket_id))


def _not_before(at: datetime, earlier: datetime | None, field: str, earlier_name: str) -> None:
    if earlier is not None and at < earlier:
        raise ValidationError(f"不能早于{earlier_name}（{earlier:%Y-%m-%d %H:%M}）", field=field)
