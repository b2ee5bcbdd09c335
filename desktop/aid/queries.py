"""Reading aid: the programmes, the applications (filtered), one application's detail, the standards
and the 劳模 roll — plain rows, no live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from db.enums import AidKind, AidStatus, SchoolStage
from db.engine import Database
from db.models import AidApplication, AidProgramme, AidRule, Employer, ModelWorker, Officer, Worker
from desktop.aid.eligibility import grade_label


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    kind: AidKind
    name: str
    year: int
    held_on: date | None
    fixed_amount: Decimal | None
    note: str
    version: int


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    number: str
    programme_id: int
    programme: str
    kind: AidKind
    worker_id: int
    worker_name: str
    unit: str
    grounds: str
    child_name: str
    school_stage: SchoolStage | None
    admission_year: int | None
    school: str
    amount: Decimal
    status: AidStatus
    applied_on: date
    version: int


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    reason: str
    reviewed_by: str
    reviewed_on: date | None
    review_note: str
    approved_by: str
    approved_on: date | None
    decision_note: str


@dataclass(frozen=True)
class StandardRow:
    id: int
    kind: AidKind
    grade: str
    grade_label: str
    amount: Decimal
    effective_from: date


@dataclass(frozen=True)
class ModelWorkerRow:
    id: int
    worker_id: int
    name: str
    unit: str
    title: str
    awarded_year: int | None


def _application_query():
    unit = func.coalesce(Worker.unit_name, Employer.name, "")
    return (select(AidApplication.id, AidApplication.number, AidProgramme.id, AidProgramme.name, AidProgramme.kind,
                   Worker.id, Worker.name, unit, AidApplication.grounds,
                   func.coalesce(AidApplication.child_name, ""), AidApplication.school_stage,
                   AidApplication.admission_year, func.coalesce(AidApplication.school, ""), AidApplication.amount,
                   AidApplication.status, AidApplication.applied_on, AidApplication.version)
            .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
            .join(Worker, Worker.id == AidApplication.worker_id)
            .outerjoin(Employer, Employer.id == Worker.employer_id))


class AidQueries:
    def __init__(self, database: Database) -> None:
        self._db = database

    def programmes(self) -> list[ProgrammeRow]:
        """Newest year first, then by name."""
        with self._db.read() as session:
            rows = session.execute(select(AidProgramme.id, AidProgramme.kind, AidProgramme.name, AidProgramme.year,
                                          AidProgramme.held_on, AidProgramme.fixed_amount,
                                          func.coalesce(AidProgramme.note, ""), AidProgramme.version)
                                   .order_by(AidProgramme.year.desc(), AidProgramme.name))
            return [ProgrammeRow(*row) for row in rows]

    def applications(self, *, programme_id: int | None = None, status: AidStatus | None = None,
                     text: str = "") -> list[ApplicationRow]:
        query = _application_query().order_by(AidApplication.number)
        if programme_id is not None:
            query = query.where(AidApplication.programme_id == programme_id)
        if status is not None:
            query = query.where(AidApplication.status == status)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(or_(AidApplication.number.like(like), Worker.name.like(like),
                                    AidApplication.child_name.like(like), Worker.id_number.like(like.upper())))
        with self._db.read() as session:
            return [ApplicationRow(*row) for row in session.execute(query)]

    def detail(self, application_id: int) -> ApplicationDetail | None:
        reviewer, approver = aliased(Officer), aliased(Officer)
        query = (_application_query()
                 .add_columns(func.coalesce(AidApplication.reason, ""), func.coalesce(reviewer.display_name, ""),
                              AidApplication.reviewed_on, func.coalesce(AidApplication.review_note, ""),
                              func.coalesce(approver.display_name, ""), AidApplication.approved_on,
                              func.coalesce(AidApplication.decision_note, ""))
                 .outerjoin(reviewer, reviewer.id == AidApplication.reviewed_by)
                 .outerjoin(approver, approver.id == AidApplication.approved_by)
                 .where(AidApplication.id == application_id))
        with self._db.read() as session:
            found = session.execute(query).one_or_none()
        if found is None:
            return None
        return ApplicationDetail(ApplicationRow(*found[:17]), *found[17:])

    def standards(self, kind: AidKind | None = None) -> list[StandardRow]:
        query = select(AidRule.id, AidRule.kind, AidRule.grade, AidRule.amount, AidRule.effective_from)
        if kind is not None:
            query = query.where(AidRule.kind == kind)
        with self._db.read() as session:
            rows = session.execute(query.order_by(AidRule.kind, AidRule.grade, AidRule.effective_from.desc()))
            return [StandardRow(i, k, g, grade_label(g), a, on) for i, k, g, a, on in rows]

    def model_workers(self) -> list[ModelWorkerRow]:
        unit = func.coalesce(Worker.unit_name, Employer.name, "")
        with self._db.read() as session:
            rows = session.execute(select(ModelWorker.id, Worker.id, Worker.name, unit, ModelWorker.title,
                                          ModelWorker.awarded_year)
                                   .join(Worker, Worker.id == ModelWorker.worker_id)
                                   .outerjoin(Employer, Employer.id == Worker.employer_id)
                                   .order_by(Worker.name))
            return [ModelWorkerRow(*row) for row in rows]
