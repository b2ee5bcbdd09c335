"""The front desk: legal consultations (法律咨询登记) and hotline tickets (12351 / 12345 工单).

A consultation and a ticket point at the worker's one identity (``worker``) and the
employer's (``employer``); either may become a mediation case, and a ticket may become
a consultation (``HotlineTicket.consultation_id``; the consultation finds its ticket by
that column, so the link is one fact read both ways). ``Consultation.legal_aid_id`` is the hook for the legal-aid application the
consultation was referred to (the legal-aid area's record; no foreign key here so the two
areas migrate independently).

Ticket times are the centre's wall-clock time (naive ``DateTime``): the platform's
workbook and the officers both speak local time, and deadlines are counted on the
centre's working-day calendar.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, Satisfaction, TicketChannel, TicketStatus
from db.models.people import Employer, Worker


class Consultation(Versioned, Timestamped, Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    consulted_on: Mapped[date] = mapped_column(index=True)
    channel: Mapped[ConsultChannel] = enum_column(ConsultChannel)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    category: Mapped[ConsultCategory] = enum_column(ConsultCategory, index=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), index=True)
    lawyer_name: Mapped[str | None] = mapped_column(String(50))
    outcome: Mapped[ConsultOutcome] = enum_column(ConsultOutcome, index=True)
    outcome_note: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    legal_aid_id: Mapped[int | None] = mapped_column(index=True)

    worker: Mapped[Worker] = relationship(lazy="joined")
    employer: Mapped[Employer | None] = relationship(lazy="joined")


class HotlineTicket(Versioned, Timestamped, Base):
    __tablename__ = "hotline_ticket"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_number: Mapped[str] = mapped_column(String(60), unique=True)
    channel: Mapped[TicketChannel] = enum_column(TicketChannel, index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(), index=True)
    reply_by: Mapped[datetime] = mapped_column(DateTime(), index=True)
    finish_by: Mapped[datetime] = mapped_column(DateTime(), index=True)
    deadline_explanation: Mapped[str | None] = mapped_column(Text)
    category: Mapped[ConsultCategory] = enum_column(ConsultCategory, index=True)
    caller_name: Mapped[str | None] = mapped_column(String(50))
    caller_phone: Mapped[str | None] = mapped_column(String(30))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    content: Mapped[str] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), index=True)
    status: Mapped[TicketStatus] = enum_column(TicketStatus, default=TicketStatus.RECEIVED, index=True)
    responded_at: Mapped[datetime | None] = mapped_column(DateTime())
    result: Mapped[str | None] = mapped_column(Text)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime())
    satisfaction: Mapped[Satisfaction | None] = enum_column(Satisfaction)
    visit_note: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime())
    case_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id"), index=True)

    contacts: Mapped[list[TicketContact]] = relationship(
        back_populates="ticket", order_by="TicketContact.contacted_at", cascade="all, delete-orphan")


class TicketContact(Base):
    """One contact with the caller or the employer while a ticket is handled (联系记录)."""

    __tablename__ = "ticket_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("hotline_ticket.id", ondelete="CASCADE"), index=True)
    contacted_at: Mapped[datetime] = mapped_column(DateTime())
    method: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))

    ticket: Mapped[HotlineTicket] = relationship(back_populates="contacts")
