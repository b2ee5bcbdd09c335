"""All legal-supervision letters services (一函两书) for one database, built once and handed round as one object.

Every public method takes the acting officer, checks the permission, runs one unit of work
(validated first, nothing half-saved) and returns plain data. Like ``CaseServices``, each
area of the work is its own small service; the window and the command line reach them as
``services.letters.<area>`` and never build one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from db.engine import Database
from desktop.letters.delivery import DeliveryService
from desktop.letters.department import DepartmentService
from desktop.letters.drafting import DraftService
from desktop.letters.escalation import EscalationService
from desktop.letters.matters import MatterService
from desktop.letters.queries import LetterQueries
from desktop.letters.replies import ReplyService
from desktop.letters.signing import SigningService

if TYPE_CHECKING:
    from desktop.issuing.service import DocumentService


@dataclass
class LetterServices:
    """Matters, drafts, 签发, 送达, replies, the department's handling, escalation and the lists."""

    database: Database
    today: Callable[[], date] = date.today
    documents: DocumentService | None = None  # with it, 签发 issues the letter's PDF in the same unit of work
    queries: LetterQueries = field(init=False)
    matters: MatterService = field(init=False)
    drafts: DraftService = field(init=False)
    signing: SigningService = field(init=False)
    delivery: DeliveryService = field(init=False)
    replies: ReplyService = field(init=False)
    department: DepartmentService = field(init=False)
    escalation: EscalationService = field(init=False)

    def __post_init__(self) -> None:
        db, today = self.database, self.today
        self.queries = LetterQueries(db, today=today)
        self.matters = MatterService(db, self.queries, today=today)
        self.drafts = DraftService(db, today=today)
        self.signing = SigningService(db, today=today, documents=self.documents)
        self.delivery, self.replies = DeliveryService(db, today=today), ReplyService(db, today=today)
        self.department = DepartmentService(db, today=today)
        self.escalation = EscalationService(db, self.queries, today=today)
