"""All case services for one database, handed to the window as one object."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.engine import Database
from desktop.cases.archive import ArchiveService
from desktop.cases.attachments import AttachmentService
from desktop.cases.closing import ClosingService
from desktop.cases.intake import IntakeService
from desktop.cases.mediation import MediationService
from desktop.cases.outcome import OutcomeService
from desktop.cases.pauses import PauseService
from desktop.cases.queries import CaseQueries
from desktop.cases.review import ReviewService
from desktop.party_records import PartyRecords


@dataclass
class CaseServices:
    database: Database
    intake: IntakeService = field(init=False)
    review: ReviewService = field(init=False)
    mediation: MediationService = field(init=False)
    outcome: OutcomeService = field(init=False)
    closing: ClosingService = field(init=False)
    pauses: PauseService = field(init=False)
    attachments: AttachmentService = field(init=False)
    queries: CaseQueries = field(init=False)
    parties: PartyRecords = field(init=False)
    archive: ArchiveService = field(init=False)

    def __post_init__(self) -> None:
        db = self.database
        self.intake, self.review, self.mediation = IntakeService(db), ReviewService(db), MediationService(db)
        self.outcome, self.closing, self.pauses = OutcomeService(db), ClosingService(db), PauseService(db)
        self.attachments, self.queries, self.parties = AttachmentService(db), CaseQueries(db), PartyRecords(db)
        self.archive = ArchiveService(db)
