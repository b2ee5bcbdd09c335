"""What the window hands to the services: plain input dataclasses, text as typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    DisputeCategory,
    FollowUpRoute,
    MediatorRole,
    PartySide,
    Satisfaction,
    SessionKind,
    SessionMode,
    TerminationReason,
)
from desktop.parties import EmployerInput, WorkerInput  # the one worker/employer input of every area


@dataclass(frozen=True)
class ApplicantInput(WorkerInput):
    """An applicant: the worker (one input type for every area, ``desktop.parties``)
    plus the role in this case. ``worker_id`` reuses a known worker; otherwise one is
    created (or found by ID number, so one person keeps one identity)."""

    job_title: str = ""
    representative: bool = False


@dataclass(frozen=True)
class AgentInput:
    side: PartySide
    kind: AgentKind
    name: str
    phone: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class ClaimInput:
    item: str
    amount: str
    basis: str = ""


@dataclass(frozen=True)
class IntakeForm:
    source: CaseSource
    received_on: date
    applicants: tuple[ApplicantInput, ...]
    employer: EmployerInput
    application_form: ApplicationForm = ApplicationForm.WRITTEN
    oral_record: str = ""
    referral_doc_no: str = ""
    referring_body: str = ""
    papers_received_on: date | None = None
    court_simple_procedure: bool = False
    workers_involved: int = 0
    categories: tuple[DisputeCategory, ...] = ()
    claims: tuple[ClaimInput, ...] = ()
    agents: tuple[AgentInput, ...] = ()
    facts: str = ""
    requests: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class MediatorInput:
    officer_id: int
    role: MediatorRole


@dataclass(frozen=True)
class SessionInput:
    held_on: date
    kind: SessionKind = SessionKind.MEDIATION
    place: str = ""
    mode: SessionMode = SessionMode.IN_PERSON
    attendees: str = ""
    applicant_position: str = ""
    respondent_position: str = ""
    proposal: str = ""
    narrative: str = ""


@dataclass(frozen=True)
class TermInput:
    description: str
    amount: str
    payer: str = ""
    due_on: date | None = None
    method: str = ""


@dataclass(frozen=True)
class AgreementInput:
    agreed_on: date
    terms: tuple[TermInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PaymentInput:
    paid_on: date
    amount: str
    method: str = ""
    note: str = ""
    term_seq: int | None = None


@dataclass(frozen=True)
class TerminationInput:
    ended_on: date
    reason: TerminationReason
    note: str = ""


@dataclass(frozen=True)
class DefaultInput:
    route: FollowUpRoute
    note: str


@dataclass(frozen=True)
class FollowUpInput:
    visited_on: date
    method: str = ""
    result: str = ""
    satisfaction: Satisfaction | None = None
