"""Finding issued documents: by owner, not yet served, issued on a day, the latest of a kind."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from db.models import IssuedDocument, Officer
from desktop.issuing.registry import unserved_kinds
from desktop.issuing.views import IssuedDocumentView, to_view

NOT_SERVED_KINDS = unserved_kinds()  # the receipt is the proof itself, never served


def _superseding():
    return aliased(IssuedDocument)


def current_only(query: Select) -> Select:
    """Documents no later issue has corrected."""
    later = _superseding()
    return query.where(~select(later.id).where(later.supersedes_id == IssuedDocument.id).exists())


def as_views(session: Session, rows: list[IssuedDocument]) -> list[IssuedDocumentView]:
    ids = [row.id for row in rows]
    officer_ids = {row.issued_by for row in rows if row.issued_by}
    names = dict(session.execute(select(Officer.id, Officer.display_name).where(Officer.id.in_(officer_ids))).all())
    later = dict(session.execute(select(IssuedDocument.supersedes_id, IssuedDocument.id)
                                 .where(IssuedDocument.supersedes_id.in_(ids))).all()) if ids else {}
    return [to_view(row, names.get(row.issued_by), later.get(row.id)) for row in rows]


def for_owner(session: Session, owner_type: str, owner_id: int) -> list[IssuedDocumentView]:
    query = (select(IssuedDocument).where(IssuedDocument.owner_type == owner_type, IssuedDocument.owner_id == owner_id)
             .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc()))
    return as_views(session, list(session.scalars(query)))


def unserved(session: Session, owner_type: str | None = None, owner_id: int | None = None) -> list[IssuedDocumentView]:
    query = current_only(select(IssuedDocument).where(IssuedDocument.served_on.is_(None),
                                                      IssuedDocument.kind.not_in(NOT_SERVED_KINDS)))
    if owner_type:
        query = query.where(IssuedDocument.owner_type == owner_type)
    if owner_id is not None:
        query = query.where(IssuedDocument.owner_id == owner_id)
    return as_views(session, list(session.scalars(query.order_by(IssuedDocument.issued_at, IssuedDocument.id))))


def issued_on(session: Session, day: date) -> list[IssuedDocumentView]:
    """Documents issued on ``day`` of the workstation's local calendar."""
    start = datetime.combine(day, time.min).astimezone()
    query = (select(IssuedDocument).where(IssuedDocument.issued_at >= start,
                                          IssuedDocument.issued_at < start + timedelta(days=1))
             .order_by(IssuedDocument.issued_at, IssuedDocument.id))
    return as_views(session, list(session.scalars(query)))


def latest(session: Session, kind: str, owner_type: str, owner_id: int, *,
           session_id: int | None = None) -> IssuedDocument | None:
    """The current (not corrected) issue of ``kind`` for the owner, newest first (of that session's
    调解笔录 when ``session_id`` is given)."""
    query = current_only(select(IssuedDocument).where(
        IssuedDocument.kind == str(kind), IssuedDocument.owner_type == owner_type, IssuedDocument.owner_id == owner_id))
    if session_id is not None:
        query = query.where(IssuedDocument.session_id == session_id)
    return session.scalar(query.order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc()).limit(1))


def latest_served_kind(session: Session, owner_type: str, owner_id: int) -> IssuedDocument | None:
    """The newest current document of the owner that a service receipt can accompany."""
    query = current_only(select(IssuedDocument).where(
        IssuedDocument.owner_type == owner_type, IssuedDocument.owner_id == owner_id,
        IssuedDocument.kind.not_in(NOT_SERVED_KINDS)))
    return session.scalar(query.order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc()).limit(1))
