"""Plain, session-free views of issued documents for the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from db.enums import DeliveryMethod
from db.models import IssuedDocument
from desktop.documents.kinds import document_kind


@dataclass(frozen=True)
class IssuedDocumentView:
    id: int
    kind: str
    number: str | None
    owner_type: str
    owner_id: int
    title: str
    template_version: str
    sha256: str
    size: int
    issued_by: str | None
    issued_at: datetime
    supersedes_id: int | None
    superseded_by_id: int | None
    copies: int
    recipient: str | None
    printed_at: datetime | None
    sealed_at: datetime | None
    served_on: date | None
    service_method: DeliveryMethod | None
    served_to: str | None
    receipt_attachment_id: int | None

    @property
    def kind_label(self) -> str:
        return document_kind(self.kind).label

    @property
    def served(self) -> bool:
        return self.served_on is not None

    @property
    def status_text(self) -> str:
        """Where the document is in printed → sealed → served → receipt."""
        if self.superseded_by_id:
            return "已被更正"
        if self.served:
            return "已送达，回证已附" if self.receipt_attachment_id else "已送达，待附回证"
        if self.sealed_at:
            return "已盖章，待送达"
        return "已打印，待盖章" if self.printed_at else "待打印"


def to_view(row: IssuedDocument, issued_by: str | None, superseded_by_id: int | None) -> IssuedDocumentView:
    return IssuedDocumentView(
        id=row.id, kind=row.kind, number=row.number, owner_type=row.owner_type, owner_id=row.owner_id,
        title=row.title, template_version=row.template_version, sha256=row.sha256, size=row.size,
        issued_by=issued_by, issued_at=row.issued_at, supersedes_id=row.supersedes_id,
        superseded_by_id=superseded_by_id, copies=row.copies, recipient=row.recipient,
        printed_at=row.printed_at, sealed_at=row.sealed_at, served_on=row.served_on,
        service_method=row.service_method, served_to=row.served_to,
        receipt_attachment_id=row.receipt_attachment_id,
    )
