"""The plain-data copy of a legal-aid case the record window shows (reloaded after each step)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from db.enums import ConsultCategory, HardshipLevel, LegalAidProcedure, LegalAidStatus
from db.models import HardshipFile, LegalAidCase, Officer


@dataclass(frozen=True)
class ProgressView:
    id: int
    happened_on: date
    procedure: LegalAidProcedure
    is_hearing: bool
    place: str
    note: str


@dataclass(frozen=True)
class LegalAidView:
    id: int
    version: int
    number: str
    status: LegalAidStatus
    applied_on: date
    worker_id: int
    worker_name: str
    worker_id_number: str | None
    worker_phone: str | None
    worker_is_member: bool
    employer_id: int | None
    employer_name: str
    category: ConsultCategory
    matter: str
    amount_claimed: Decimal
    workers_involved: int
    is_member: bool | None
    hardship_level: HardshipLevel | None
    hardship_number: str | None
    hardship_on_file: str
    """The worker's hardship file as it stands now (``KN2026-0003（困难）`` or 「无困难职工档案」)."""
    review_note: str
    reviewer: str
    reviewed_on: date | None
    decided_on: date | None
    decided_by: str
    decision_reason: str
    lawyer_id: int | None
    lawyer: str
    assigned_on: date | None
    procedure: LegalAidProcedure | None
    outcome: str
    amount_recovered: Decimal | None
    closed_on: date | None
    consultation_id: int | None
    progress: tuple[ProgressView, ...]

    @property
    def next_hearing(self) -> ProgressView | None:
        ahead = [p for p in self.progress if p.is_hearing and p.happened_on >= date.today()]
        return min(ahead, key=lambda p: p.happened_on) if ahead else None


def hardship_text(hardship: HardshipFile | None) -> str:
    return f"{hardship.number}（{hardship.level.label}）" if hardship else "无困难职工档案"


def _name(session: Session, officer_id: int | None) -> str:
    officer = session.get(Officer, officer_id) if officer_id else None
    return officer.display_name if officer else ""


def view_of(session: Session, r: LegalAidCase, consultation_id: int | None,
            hardship: HardshipFile | None) -> LegalAidView:
    w, lawyer = r.worker, r.lawyer
    progress = tuple(ProgressView(p.id, p.happened_on, p.procedure, p.is_hearing, p.place or "", p.note)
                     for p in r.progress)
    return LegalAidView(
        r.id, r.version, r.number, r.status, r.applied_on, w.id, w.name, w.id_number, w.phone, w.is_member,
        r.employer_id, r.employer.name if r.employer else "", r.category, r.matter, r.amount_claimed,
        r.workers_involved, r.is_member, r.hardship_level, r.hardship_number, hardship_text(hardship),
        r.review_note or "", _name(session, r.reviewer_id), r.reviewed_on, r.decided_on,
        _name(session, r.decided_by), r.decision_reason or "", r.lawyer_id,
        f"{lawyer.name}（{lawyer.kind.label}，{lawyer.firm or '未填律所'}）" if lawyer else "", r.assigned_on,
        r.procedure, r.outcome or "", r.amount_recovered, r.closed_on, consultation_id, progress)
