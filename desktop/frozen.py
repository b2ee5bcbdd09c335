"""What an issued document freezes, and what needs a document issued first.

A record's wording (agreement terms, a letter's matter) may be corrected until the
document that prints it is issued; after that the issued PDF is the record, and a
change is refused naming the document. A step that hands a document to someone
(送达 of a letter) is refused until that document has been issued.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import IssuedDocument
from db.enums import DocumentKind
from desktop.documents.kinds import document_kind
from desktop.errors import TransitionError


def issued(session: Session, kind: DocumentKind | str, owner_type: str, owner_id: int) -> IssuedDocument | None:
    """The first document of ``kind`` issued for the record, if any."""
    return session.scalar(select(IssuedDocument).where(
        IssuedDocument.kind == document_kind(kind).value, IssuedDocument.owner_type == owner_type,
        IssuedDocument.owner_id == owner_id).order_by(IssuedDocument.id).limit(1))


def ensure_not_issued(session: Session, kind: DocumentKind | str, owner_type: str, owner_id: int, what: str) -> None:
    row = issued(session, kind, owner_type, owner_id)
    if row is not None:
        raise TransitionError(f"{row.title}（{row.number or '无编号'}）已于 {row.issued_at:%Y-%m-%d} 出具，"
                              f"{what}以出具的文书为准，不能再修改。")


def ensure_issued(session: Session, kind: DocumentKind | str, owner_type: str, owner_id: int, step: str) -> None:
    if issued(session, kind, owner_type, owner_id) is None:
        raise TransitionError(f"尚未出具{document_kind(kind).label}，不能{step}。请先出具并打印该文书。")
