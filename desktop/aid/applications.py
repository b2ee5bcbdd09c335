"""An aid application from 申请 to 核准: eligibility checked on entry (see ``eligibility``), 审核 by one
officer and 核准 by another (职责分离), 不予核准 with a reason, 撤销 with a reason. Each step is one
version-checked, audited unit of work that records its transition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from db.enums import AidKind, AidStatus, SchoolStage
from db.engine import Database
from db.models import AidApplication, AidProgramme, Worker
from desktop.aid import eligibility
from desktop.auth import Actor, Permission, require
from desktop.claims import duties
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError
from desktop.numbering import take_number
from desktop.validation.idcard import parse_id_number
from desktop.workflow import Workflow

S = AidStatus
ENTITY = "aid_application"
WORKFLOW = Workflow(ENTITY, {
    S.SUBMITTED: frozenset({S.REVIEWED, S.REJECTED, S.WITHDRAWN}),
    S.REVIEWED: frozenset({S.APPROVED, S.REJECTED, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.WITHDRAWN}),
}, needs_reason=frozenset({S.REJECTED, S.WITHDRAWN}))


@dataclass(frozen=True)
class ApplicationDraft:
    programme_id: int
    worker_id: int
    applied_on: date
    reason: str = ""
    child_name: str = ""
    child_id_number: str = ""
    school_stage: SchoolStage | None = None
    admission_year: int | None = None
    school: str = ""


@dataclass(frozen=True)
class StepResult:
    id: int
    number: str
    status: AidStatus
    version: int


class AidApplicationService:
    def __init__(self, database: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db, self._today = database, today

    def apply(self, actor: Actor, draft: ApplicationDraft) -> StepResult:
        """申请: eligible or refused (naming why), the amount fixed from the standard, a number taken."""
        require(actor, Permission.CLAIM_INTAKE)
        _not_future(draft.applied_on, self._today(), "申请日期")
        with self._db.write(actor) as session:
            programme, worker = _programme(session, draft.programme_id), _worker(session, draft.worker_id)
            record = AidApplication(programme_id=programme.id, worker_id=worker.id, applied_on=draft.applied_on,
                                    reason=draft.reason.strip() or None, officer_id=actor.officer_id, number="")
            _fill_child(session, programme, record, draft)
            if programme.kind is not AidKind.SCHOOL:
                eligibility.refuse_second_application(session, programme, worker)
            grounds = eligibility.grounds_for(session, programme, worker, record.school_stage)
            record.grounds, record.hardship_file_id = grounds.text, grounds.hardship_file_id
            record.amount = eligibility.amount_for(session, programme, grounds.grade, draft.applied_on)
            session.add(record)
            session.flush()
            record.number = take_number(session, "aid", programme.year, entity_type=ENTITY,
                                        entity_id=record.id).number
            return _result(session, record)

    def review(self, actor: Actor, application_id: int, version: int, note: str = "",
               on: date | None = None) -> StepResult:
        """审核: grounds and documents checked; ready for 核准."""
        require(actor, Permission.CLAIM_REVIEW)
        with self._db.write(actor) as session:
            record = _open(session, application_id, version)
            record.reviewed_on = _step_date(on or self._today(), self._today(), record.applied_on, "审核日期")
            WORKFLOW.move(session, record, S.REVIEWED, actor, note)
            record.reviewed_by, record.review_note = actor.officer_id, note.strip() or None
            return _result(session, record)

    def approve(self, actor: Actor, application_id: int, version: int, note: str = "",
                on: date | None = None) -> StepResult:
        """核准 by someone other than the reviewer (when the centre separates the duties)."""
        require(actor, Permission.CLAIM_APPROVE)
        with self._db.write(actor) as session:
            record = _open(session, application_id, version)
            duties.ensure_different(session, actor, record.reviewed_by, "审核人", "核准人")
            WORKFLOW.move(session, record, S.APPROVED, actor, note)
            record.approved_on = _step_date(on or self._today(), self._today(), record.reviewed_on, "核准日期")
            record.approved_by, record.decision_note = actor.officer_id, note.strip() or None
            return _result(session, record)

    def reject(self, actor: Actor, application_id: int, version: int, reason: str,
               on: date | None = None) -> StepResult:
        require(actor, Permission.CLAIM_REVIEW)
        with self._db.write(actor) as session:
            record = _open(session, application_id, version)
            WORKFLOW.move(session, record, S.REJECTED, actor, reason)
            record.decision_note = reason.strip()
            record.approved_on = _step_date(on or self._today(), self._today(), record.applied_on, "决定日期")
            return _result(session, record)

    def withdraw(self, actor: Actor, application_id: int, version: int, reason: str) -> StepResult:
        """撤销 (the worker withdraws, or the grant is found wrong); kept in every list with the reason."""
        require(actor, Permission.CLAIM_REVIEW)
        with self._db.write(actor) as session:
            record = _open(session, application_id, version)
            withdraw_in(session, record, actor, reason)
            return _result(session, record)


def withdraw_in(session: Session, record: AidApplication, actor: Actor, reason: str) -> None:
    WORKFLOW.move(session, record, S.WITHDRAWN, actor, reason)
    record.decision_note = reason.strip()


def _fill_child(session: Session, programme: AidProgramme, record: AidApplication, draft: ApplicationDraft) -> None:
    if programme.kind is not AidKind.SCHOOL:
        return
    name = draft.child_name.strip()
    if not name:
        raise ValidationError("请填写子女姓名", field="子女姓名")
    child_id = parse_id_number(draft.child_id_number, field="子女身份证号").number
    eligibility.check_school(programme, draft.school_stage, draft.admission_year)
    assert draft.school_stage is not None
    eligibility.refuse_second_grant(session, child_id, draft.school_stage, exclude=None)
    if not draft.school.strip():
        raise ValidationError("请填写就读学校", field="就读学校")
    record.child_name, record.child_id_number, record.school = name, child_id, draft.school.strip()
    record.school_stage, record.admission_year = draft.school_stage, draft.admission_year


def _programme(session: Session, programme_id: int) -> AidProgramme:
    programme = session.get(AidProgramme, programme_id)
    if programme is None:
        raise NotFound("帮扶项目不存在或已被删除。")
    return programme


def _worker(session: Session, worker_id: int) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound("职工不存在或已被删除。")
    return worker


def _open(session: Session, application_id: int, version: int) -> AidApplication:
    record = session.get(AidApplication, application_id)
    if record is None:
        raise NotFound("帮扶申请不存在或已被删除。")
    ensure_version(session, record, version)
    return record


def _not_future(on: date, today: date, field: str) -> None:
    if on > today:
        raise ValidationError(f"{field} {on:%Y-%m-%d} 晚于今天", field=field)


def _step_date(on: date, today: date, earlier: date | None, field: str) -> date:
    _not_future(on, today, field)
    if earlier is not None and on < earlier:
        raise ValidationError(f"{field}不能早于 {earlier:%Y-%m-%d}", field=field)
    return on


def _result(session: Session, record: AidApplication) -> StepResult:
    session.flush()
    return StepResult(record.id, record.number, record.status, record.version)
