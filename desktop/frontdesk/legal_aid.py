"""法律援助案件: apply, review eligibility, accept or refuse, assign a lawyer, record progress, close.

Each step is one unit of work behind a permission (``FRONT_DESK`` to register and handle,
``LEGAL_AID_DECIDE`` — 主任 / 管理员 — to accept or refuse), version-checked, audited, and
moves the case along ``WORKFLOW`` (who, when, from, to, why recorded). The number comes from
the number register (kind ``legal_aid``: ``密工援〔YYYY〕N号``) when the application is made.
An application made from a consultation links it in the same unit of work
(``Consultation.legal_aid_id``, what ``ConsultationService.link_legal_aid`` sets).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from db.audit import record_event
from db.types import utcnow
from db.enums import ConsultOutcome, HardshipStatus, LegalAidProcedure, LegalAidStatus
from db.models import Consultation, HardshipFile, LegalAidCase, LegalAidLawyer, LegalAidProgress
from desktop import parties
from desktop.auth import Actor, Permission
from desktop.errors import TransitionError, ValidationError
from desktop.frontdesk.common import FrontDeskService, load, optional_text, required_text
from desktop.frontdesk.consultations import link_number
from desktop.frontdesk.legal_aid_inputs import (
    ApplicationInput, CloseInput, ProgressInput, ReviewInput, check_application, check_close, check_progress,
    not_future,
)
from desktop.frontdesk.legal_aid_view import LegalAidView, view_of
from desktop.numbering import take_number
from desktop.workflow import Workflow

S = LegalAidStatus
WORKFLOW = Workflow("legal_aid_case", {
    S.PENDING: frozenset({S.ACCEPTED, S.REFUSED}),
    S.ACCEPTED: frozenset({S.ASSIGNED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.CLOSED}),
    S.IN_PROGRESS: frozenset({S.CLOSED}),
}, needs_reason=frozenset({S.REFUSED}))
HANDLING = (S.ASSIGNED, S.IN_PROGRESS)

__all__ = ["ApplicationInput", "CloseInput", "LegalAidService", "ProgressInput", "ReviewInput", "WORKFLOW"]


class LegalAidService(FrontDeskService):
    # ------------------------------------------------------------ 申请
    def apply(self, actor: Actor, data: ApplicationInput) -> int:
        """The worker (and employer) identity, the number, the case, the consultation link: all or nothing."""
        clean = check_application(data, self.today())
        with self._write(actor) as session:
            number = take_number(session, "legal_aid", clean.applied_on.year, entity_type="legal_aid_case",
                                 entity_id=None)
            record = LegalAidCase(number=number.number, status=S.PENDING, officer_id=actor.officer_id)
            _fill(session, record, clean)
            session.add(record)
            session.flush()
            link_number(session, number.number, record.id)
            if clean.consultation_id is not None:
                _link_consultation(session, clean.consultation_id, record.id)
            return record.id

    def correct(self, actor: Actor, case_id: int, data: ApplicationInput, version: int) -> None:
        """Correct the application while it awaits review (the decision is made on what it says)."""
        clean = check_application(data, self.today())
        with self._write(actor) as session:
            record = self._open(session, case_id, version, (S.PENDING,), "更正申请")
            _fill(session, record, clean)

    # ------------------------------------------------------------ 审查 / 受理 / 不予援助
    def review(self, actor: Actor, case_id: int, data: ReviewInput, version: int) -> None:
        """资格审查: member status, the worker's hardship file (looked up), the note, the reviewer."""
        with self._write(actor) as session:
            record = self._open(session, case_id, version, (S.PENDING,), "资格审查")
            on = not_future(data.reviewed_on, self.today(), "审查日期", record.applied_on, "申请日期")
            hardship = hardship_file(session, record.worker_id)
            record.is_member, record.review_note = data.is_member, required_text(data.note, "审查意见", 2000)
            record.hardship_level = hardship.level if hardship else None
            record.hardship_number = hardship.number if hardship else None
            record.reviewer_id, record.reviewed_on = actor.officer_id, on
            record_event(session, "legal_aid_review", entity_type="legal_aid_case", entity_id=record.id,
                         detail=f"资格审查：{'会员' if data.is_member else '非会员'}")

    def accept(self, actor: Actor, case_id: int, on: date, reason: str, version: int) -> None:
        self._decide(actor, case_id, S.ACCEPTED, on, optional_text(reason, "受理意见", 2000), version)

    def refuse(self, actor: Actor, case_id: int, on: date, reason: str, version: int) -> None:
        self._decide(actor, case_id, S.REFUSED, on, required_text(reason, "不予援助理由", 2000), version)

    def _decide(self, actor: Actor, case_id: int, target: LegalAidStatus, on: date, reason: str | None,
                version: int) -> None:
        with self._write(actor, Permission.LEGAL_AID_DECIDE) as session:
            record = self._open(session, case_id, version, (S.PENDING,), target.label)
            if record.reviewed_on is None:
                raise ValidationError("请先完成资格审查，再决定是否受理", field="审查意见")
            record.decided_on = not_future(on, self.today(), "决定日期", record.reviewed_on, "审查日期")
            record.decided_by, record.decision_reason = actor.officer_id, reason
            WORKFLOW.move(session, record, target, actor, reason)

    # ------------------------------------------------------------ 指派 / 办理 / 结案
    def assign(self, actor: Actor, case_id: int, lawyer_id: int, procedure: LegalAidProcedure, on: date,
               version: int) -> None:
        """指派 a lawyer (again while handled: a change of lawyer keeps the state)."""
        with self._write(actor) as session:
            record = self._open(session, case_id, version, (S.ACCEPTED, *HANDLING), "指派律师")
            lawyer = session.get(LegalAidLawyer, lawyer_id) if lawyer_id else None
            if lawyer is None or not lawyer.active:
                raise ValidationError("请选择在册的律师", field="承办律师")
            record.assigned_on = not_future(on, self.today(), "指派日期", record.decided_on, "受理日期")
            record.lawyer_id, record.procedure = lawyer.id, procedure
            if record.status is S.ACCEPTED:
                WORKFLOW.move(session, record, S.ASSIGNED, actor)
            record_event(session, "legal_aid_assign", entity_type="legal_aid_case", entity_id=record.id,
                         detail=f"指派{lawyer.kind.label}{lawyer.name}，{procedure.label}")

    def record_progress(self, actor: Actor, case_id: int, data: ProgressInput, version: int) -> int:
        """A hearing (开庭, also a future one: it goes on the due list) or another step."""
        with self._write(actor) as session:
            record = self._open(session, case_id, version, HANDLING, "记录办理进展")
            clean = check_progress(data, self.today(), record.assigned_on)
            step = LegalAidProgress(happened_on=clean.happened_on, procedure=clean.procedure,
                                    is_hearing=clean.is_hearing, place=clean.place or None, note=clean.note,
                                    officer_id=actor.officer_id)
            record.progress.append(step)
            record.procedure = clean.procedure
            if record.status is S.ASSIGNED:
                WORKFLOW.move(session, record, S.IN_PROGRESS, actor)
            record.updated_at = utcnow()  # the case row changes too: its version moves on
            session.flush()
            return step.id

    def close(self, actor: Actor, case_id: int, data: CloseInput, version: int) -> None:
        with self._write(actor) as session:
            record = self._open(session, case_id, version, HANDLING, "结案")
            clean = check_close(data, self.today(), record.assigned_on)
            record.closed_on, record.outcome, record.amount_recovered = clean.closed_on, clean.outcome, clean.amount
            WORKFLOW.move(session, record, S.CLOSED, actor)

    # ------------------------------------------------------------ reading
    def get(self, case_id: int) -> LegalAidView:
        with self.database.read() as session:
            record = load(session, LegalAidCase, case_id, None, "法律援助案件")
            consultation = session.scalar(select(Consultation.id).where(Consultation.legal_aid_id == record.id))
            hardship = hardship_file(session, record.worker_id)
            return view_of(session, record, consultation, hardship)

    def _open(self, session, case_id: int, version: int, states, what: str) -> LegalAidCase:
        record = load(session, LegalAidCase, case_id, version, "法律援助案件")
        if record.status not in states:
            raise TransitionError(f"该案件当前为「{record.status.label}」，不能{what}。")
        return record


def hardship_file(session, worker_id: int) -> HardshipFile | None:
    """The worker's hardship file while it is in the register (在档), else None."""
    return session.scalar(select(HardshipFile).where(HardshipFile.worker_id == worker_id,
                                                     HardshipFile.status == HardshipStatus.ACTIVE))


def _link_consultation(session, consultation_id: int, case_id: int) -> None:
    consultation = load(session, Consultation, consultation_id, None, "咨询记录")
    if consultation.legal_aid_id is not None:
        raise ValidationError("该咨询已转为另一件法律援助申请", field="来源咨询")
    consultation.legal_aid_id, consultation.outcome = case_id, ConsultOutcome.TO_LEGAL_AID
    record_event(session, "refer_to_legal_aid", entity_type="consultation", entity_id=consultation.id,
                 detail=f"转法律援助，申请 #{case_id}")


def _fill(session, record: LegalAidCase, data: ApplicationInput) -> None:
    worker = data.worker if data.worker_id is None else parties.WorkerInput(worker_id=data.worker_id)
    record.worker_id = parties.find_or_create_worker(session, worker).id
    employer = None
    if data.employer_id is not None:
        employer = parties.find_or_create_employer(session, parties.EmployerInput(employer_id=data.employer_id))
    elif data.employer is not None:
        employer = parties.find_or_create_employer(session, data.employer)
    record.employer_id = employer.id if employer else None
    record.applied_on, record.category, record.matter = data.applied_on, data.category, data.matter
    record.amount_claimed = Decimal(data.amount_claimed)
    record.workers_involved = data.workers_involved
