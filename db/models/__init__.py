"""All models, imported together so the metadata is complete."""

from db.models.aid import AidApplication, AidProgramme, AidRule, ModelWorker
from db.models.calendar import HolidayDay
from db.models.cases import (
    AgreementTerm,
    CaseAgent,
    CasePause,
    CaseApplicant,
    CaseCategory,
    CaseMediator,
    ClaimItem,
    FollowUp,
    MediationCase,
    MediationSession,
    PerformancePayment,
)
from db.models.casefile import ArchiveLoan, CaseRecusal, Court, CourtApplication
from db.models.claims import AidClaim, AidPlan, ClaimDocument, Enrolment, Payment, PaymentBatch, PlanRuleVersion
from db.models.frontdesk import Consultation, HotlineTicket, TicketContact
from db.models.hardship import HardshipFile, HardshipReview
from db.models.legal_aid import LegalAidCase, LegalAidLawyer, LegalAidProgress
from db.models.letters import LetterCategory, LetterProblem, SupervisionLetter, SupervisionMatter
from db.models.people import Employer, Worker
from db.models.search import SearchGram
from db.models.system import (
    Attachment,
    AuditEntry,
    AuditHead,
    IssuedDocument,
    IssuedNumber,
    NumberSequence,
    Officer,
    Setting,
    StateTransition,
)

__all__ = [name for name in dir() if name[0].isupper()]
