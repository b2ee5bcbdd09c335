"""What one document is built from: the kind, the owner record, the day, and the issuing options."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db.enums import DeliveryMethod, DocumentKind
from db.models import IssuedDocument
from desktop.documents.kinds import document_kind
from desktop.settings import OrganisationSettings


@dataclass(frozen=True)
class IssueOptions:
    """Choices an officer makes when issuing (a service receipt, a notice's party, a record's session).

    ``served_document_id``: the document the receipt accompanies (default: the
    owner's latest other document); ``recipient``: who receives it (default: that
    document's first party); ``method``: how it is served (default: in person);
    ``server``: who serves it when the case has no mediator. A 调解通知书 goes
    to ``recipient`` (one party each); a 调解笔录 records ``session_id``.
    """

    served_document_id: int | None = None
    recipient: str | None = None
    method: DeliveryMethod | None = None
    server: str | None = None
    session_id: int | None = None  # the session a 调解笔录 records (default: the latest)


@dataclass
class Request:
    """What to build: the kind, the owner record and the day of issue."""

    kind: DocumentKind
    owner_type: str
    record: object
    on: date
    settings: OrganisationSettings
    number: str | None = None
    options: IssueOptions = field(default_factory=IssueOptions)
    served_document: IssuedDocument | None = None  # what a service receipt accompanies

    def __post_init__(self) -> None:
        self.kind = document_kind(self.kind)
