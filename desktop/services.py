"""Every service of one database, built once when the program starts and handed to whoever needs one.

The window builds it in ``AppContext`` and the command line in ``desktop.cli.context``;
pages and dialogs take the service they need from here and never construct one.
Services are cheap (each holds the ``Database`` and maybe the files folder), so
they are built eagerly in one place; see docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from db.engine import Database
from desktop.aid.services import AidServices
from desktop.audit_log.query import AuditService
from desktop.auth.officers import OfficerService
from desktop.backup.service import BackupService
from desktop.calendar.service import CalendarService
from desktop.cases.services import CaseServices
from desktop.claims.bank_return import BankReturnImport
from desktop.claims.batches import BatchService
from desktop.claims.enrolment import EnrolmentService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.plans import PlanService
from desktop.claims.queries import ClaimQueries
from desktop.claims.review import ClaimReviewService
from desktop.claims.settlements import SettlementQueries
from desktop.due import DueList
from desktop.frontdesk.consultations import ConsultationService
from desktop.frontdesk.lawyers import LawyerService
from desktop.frontdesk.legal_aid import LegalAidService
from desktop.frontdesk.ticket_import import TicketImport
from desktop.frontdesk.tickets import TicketService
from desktop.hardship.files import HardshipFileService
from desktop.hardship.queries import HardshipQueries
from desktop.issuing.service import DocumentService
from desktop.issuing.templates_store import TemplateStore
from desktop.letters.service import LetterServices
from desktop.numbering_register import NumberRegister
from desktop.settings import SettingsService
from desktop.registers_io.selection import SelectionExport


@dataclass
class ClaimServices:
    """Mutual-aid claims: intake, review, plans, batches, enrolment and the lists."""

    database: Database
    intake: ClaimIntakeService = field(init=False)
    review: ClaimReviewService = field(init=False)
    plans: PlanService = field(init=False)
    batches: BatchService = field(init=False)
    enrolment: EnrolmentService = field(init=False)
    queries: ClaimQueries = field(init=False)
    settlements: SettlementQueries = field(init=False)
    bank_return: BankReturnImport = field(init=False)

    def __post_init__(self) -> None:
        db = self.database
        self.intake, self.review, self.plans = ClaimIntakeService(db), ClaimReviewService(db), PlanService(db)
        self.batches, self.enrolment = BatchService(db), EnrolmentService(db)
        self.queries, self.settlements = ClaimQueries(db), SettlementQueries(db)
        self.bank_return = BankReturnImport(db)


@dataclass
class HardshipServices:
    """困难职工档案: the files (建档, 复核, 脱困, attachments) and their list and figures."""

    database: Database
    files: HardshipFileService = field(init=False)
    queries: HardshipQueries = field(init=False)

    def __post_init__(self) -> None:
        self.files, self.queries = HardshipFileService(self.database), HardshipQueries(self.database)


@dataclass
class Services:
    """One of each service for ``database``; ``files_dir`` holds attachments and issued PDFs."""

    database: Database
    files_dir: Path
    today: Callable[[], date] = date.today
    cases: CaseServices = field(init=False)
    letters: LetterServices = field(init=False)
    claims: ClaimServices = field(init=False)
    documents: DocumentService = field(init=False)
    templates: TemplateStore = field(init=False)
    backup: BackupService = field(init=False)
    audit: AuditService = field(init=False)
    officers: OfficerService = field(init=False)
    settings: SettingsService = field(init=False)
    calendar: CalendarService = field(init=False)
    numbers: NumberRegister = field(init=False)
    due: DueList = field(init=False)
    consultations: ConsultationService = field(init=False)
    tickets: TicketService = field(init=False)
    ticket_import: TicketImport = field(init=False)
    hardship: HardshipServices = field(init=False)
    aid: AidServices = field(init=False)
    legal_aid: LegalAidService = field(init=False)
    lawyers: LawyerService = field(init=False)
    selection_export: SelectionExport = field(init=False)

    def __post_init__(self) -> None:
        db, files = self.database, Path(self.files_dir)
        self.cases, self.claims = CaseServices(db), ClaimServices(db)
        self.documents, self.templates = DocumentService(db, files, today=self.today), TemplateStore(db)
        self.letters = LetterServices(db, today=self.today, documents=self.documents)  # 签发 issues the letter
        self.backup, self.audit, self.officers = BackupService(db, files), AuditService(db), OfficerService(db)
        self.settings, self.numbers = SettingsService(db), NumberRegister(db)
        self.calendar = CalendarService(db, today=self.today)
        self.due = DueList(db, today=self.today)
        self.consultations = ConsultationService(db, today=self.today)
        self.tickets = TicketService(db, today=self.today)
        self.ticket_import = TicketImport(db)
        self.hardship, self.aid = HardshipServices(db), AidServices(db, today=self.today)
        self.legal_aid, self.lawyers = LegalAidService(db, today=self.today), LawyerService(db)
        self.selection_export = SelectionExport(db)
