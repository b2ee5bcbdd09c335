"""Officers, settings, numbering, the audit trail, attachments, issued documents, transitions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped, Versioned, enum_column
from db.enums import DeliveryMethod, NumberStatus, Role
from db.types import utcnow


class Officer(Versioned, Timestamped, Base):
    __tablename__ = "officer"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[Role] = enum_column(Role)
    password_hash: Mapped[str | None] = mapped_column(String(300))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Setting(Versioned, Base):
    """Organisation-wide settings, one JSON value per key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberSequence(Base):
    """The last number handed out per document kind and year (row-locked when taken)."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("kind", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    year: Mapped[int]
    last_value: Mapped[int] = mapped_column(default=0)


class IssuedNumber(Base):
    """Every number ever handed out; a voided one stays, marked voided."""

    __tablename__ = "issued_number"
    __table_args__ = (UniqueConstraint("kind", "year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(60), unique=True)
    status: Mapped[NumberStatus] = enum_column(NumberStatus, default=NumberStatus.USED)
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    void_reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditHead(Base):
    """Single row holding the end of the audit hash chain; locked by each writer."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    """One change or event; ``hash`` covers the entry and the previous entry's hash."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity_type", "entity_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    officer_id: Mapped[int | None] = mapped_column(index=True)
    officer_name: Mapped[str | None] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(30), index=True)
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class StateTransition(Base):
    """Who moved which record from which state to which, when and why."""

    __tablename__ = "state_transition"
    __table_args__ = (Index("ix_state_transition_entity", "entity_type", "entity_id"),
                      Index("ix_state_transition_reached", "entity_type", "to_state", "entity_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class Attachment(Base):
    """A file kept by the program under its content hash (evidence, scans, receipts)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int]
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str | None] = mapped_column(String(300))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)


class IssuedDocument(Base):
    """A formal document as issued: frozen PDF (by hash), template version, service record."""

    __tablename__ = "issued_document"
    __table_args__ = (Index("ix_issued_document_owner", "owner_type", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(60))
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    template_version: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"))
    copies: Mapped[int] = mapped_column(default=1)
    recipient: Mapped[str | None] = mapped_column(String(200))
    printed_at: Mapped[datetime | None]
    sealed_at: Mapped[datetime | None]
    served_on: Mapped[date | None]
    service_method: Mapped[DeliveryMethod | None] = enum_column(DeliveryMethod)
    served_to: Mapped[str | None] = mapped_column(String(100))
    receipt_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_session.id"))  # the session a 调解笔录 records
