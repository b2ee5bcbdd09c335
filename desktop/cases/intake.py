"""登记: taking in a new dispute, with one identity per worker and employer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from db.audit import record_event
from db.engine import Database
from db.enums import ApplicantRole, ApplicationForm, CaseStatus
from db.models import CaseAgent, CaseApplicant, CaseCategory, ClaimItem, MediationCase
from db.types import utcnow
from desktop.number_text import normalise_number
from desktop import parties
from desktop.auth import Actor, Permission, require
from desktop.cases import people
from desktop.cases.common import amount, load_case, not_future, required, text
from desktop.cases.deadlines import COURT_SOURCES
from desktop.cases.forms import AgentInput, ApplicantInput, ClaimInput, EmployerInput, IntakeForm
from desktop.errors import ValidationError

COLLECTIVE_SIZE = 10
REPRESENTATIVES = (3, 5)


def claims_total(form: IntakeForm) -> Decimal:
    """The amount claimed: the sum of the claim items."""
    return sum((amount(c.amount, f"请求事项{i}金额") for i, c in enumerate(form.claims, 1)), Decimal("0.00"))


def workers_involved(form: IntakeForm) -> int:
    return max(form.workers_involved, len(form.applicants))


def validate(form: IntakeForm, today: date | None = None) -> None:
    """Every check before anything is written; raises ``ValidationError`` naming the field."""
    not_future(form.received_on, "收到申请日期", today)
    _check_source(form, today)
    if form.application_form == ApplicationForm.ORAL:
        required(form.oral_record, "口头申请记录")
    people.assert_valid(list(form.applicants))
    people.check_employer(form.employer)
    _check_collective(form)
    if not form.categories:
        raise ValidationError("至少选择一种争议类型", field="争议类型")
    for i, claim in enumerate(form.claims, start=1):
        required(claim.item, f"请求事项{i}")
    claims_total(form)
    if not (text(form.facts) or text(form.oral_record)):
        raise ValidationError("不能为空", field="事实与理由")


def _check_source(form: IntakeForm, today: date | None) -> None:
    if form.source not in COURT_SOURCES:
        return
    required(form.referral_doc_no, "委派/委托文号")
    not_future(form.papers_received_on, "收到法院材料日期", today)


def _check_collective(form: IntakeForm) -> None:
    count = workers_involved(form)
    if count < COLLECTIVE_SIZE:
        return
    low, high = REPRESENTATIVES
    chosen = sum(1 for a in form.applicants if a.representative)
    if not low <= chosen <= high:
        raise ValidationError(
            f"集体争议（{count} 人）应推举 {low}-{high} 名代表人，当前勾选 {chosen} 名", field="代表人")


class IntakeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def register(self, actor: Actor, form: IntakeForm) -> int:
        """Save a new case in 登记 state; returns its id."""
        require(actor, Permission.CASE_INTAKE)
        validate(form)
        with self._db.write(actor) as session:
            employer = people.resolve_employer(session, form.employer)
            record = _new_case(form, employer, actor)
            session.add(record)
            _add_applicants(session, record, form)
            session.flush()
            return record.id

    def current(self, case_id: int) -> RegisteredIntake:
        """What was registered, as the form shows it, for correcting."""
        with self._db.read() as session:
            record = load_case(session, case_id, writable=False)
            return RegisteredIntake(intake_form(record), record.version, record.number, record.status,
                                    _employer_hit(record.respondent))

    def amend(self, actor: Actor, case_id: int, form: IntakeForm, version: int, reason: str = "") -> None:
        """Correct what was registered (更正登记信息): every intake check again, the version
        the officer opened, a reason once the case has left 登记; audited with that reason."""
        require(actor, Permission.CASE_INTAKE)
        validate(form)
        with self._db.write(actor) as session:
            record = load_case(session, case_id, version)
            why = _amendment_reason(record, reason)
            if record.accepted_on is not None and form.received_on > record.accepted_on:
                raise ValidationError(f"不能晚于受理日期（{record.accepted_on:%Y-%m-%d}）", field="收到申请日期")
            employer = people.resolve_employer(session, form.employer)
            _replace_lists(session, record)
            _fill(record, form, employer)
            _add_applicants(session, record, form)
            record.updated_at = utcnow()  # a change of parties alone still moves the version
            record_event(session, "amend_intake", entity_type="mediation_case", entity_id=record.id, detail=why)

    def search_workers(self, query: str, limit: int = 20) -> list[parties.WorkerHit]:
        return parties.search_workers(self._db, query, limit)

    def search_employers(self, query: str, limit: int = 20) -> list[parties.EmployerHit]:
        return parties.search_employers(self._db, query, limit)

    def employer_history(self, employer_id: int) -> parties.EmployerHistory:
        """The conflict and history check: the employer's cases and supervision letters."""
        return parties.employer_history(self._db, employer_id)


@dataclass(frozen=True)
class RegisteredIntake:
    """A case's intake as registered: the form to correct and the version it was read at."""

    form: IntakeForm
    version: int
    number: str | None
    status: CaseStatus
    employer: parties.EmployerHit

    @property
    def needs_reason(self) -> bool:
        return self.status != CaseStatus.DRAFT


def _new_case(form: IntakeForm, employer, actor: Actor) -> MediationCase:
    record = MediationCase(status=CaseStatus.DRAFT, created_by=actor.officer_id)
    _fill(record, form, employer)
    return record


def _fill(record: MediationCase, form: IntakeForm, employer) -> None:
    """Everything the intake form sets, except the applicants (``_add_applicants``)."""
    court = form.source in COURT_SOURCES
    record.source, record.application_form = form.source, form.application_form
    record.oral_record = text(form.oral_record)
    record.referral_doc_no = text(normalise_number(form.referral_doc_no))
    record.referring_body = text(form.referring_body)
    record.papers_received_on = form.papers_received_on if court else None
    record.court_simple_procedure = court and form.court_simple_procedure
    record.received_on, record.respondent = form.received_on, employer
    record.facts, record.requests, record.remarks = text(form.facts), text(form.requests), text(form.remarks)
    record.workers_involved, record.amount_claimed = workers_involved(form), claims_total(form)
    record.categories = [CaseCategory(category=c) for c in dict.fromkeys(form.categories)]
    record.claim_items = [ClaimItem(seq=i, item=c.item.strip(), amount=amount(c.amount, f"请求事项{i}金额"),
                                    basis=text(c.basis)) for i, c in enumerate(form.claims, 1)]
    record.agents = [CaseAgent(side=a.side, kind=a.kind, name=required(a.name, "代理人姓名"), phone=text(a.phone),
                               organisation=text(a.organisation)) for a in form.agents]


def _replace_lists(session, record: MediationCase) -> None:
    """Drop the registered lists first, so rows registered again never meet their old selves."""
    record.applicants.clear()
    record.categories.clear()
    record.claim_items.clear()
    record.agents.clear()
    session.flush()


def _amendment_reason(record: MediationCase, reason: str) -> str:
    if record.status == CaseStatus.DRAFT:
        return text(reason) or "登记时更正"
    return required(reason, "更正原因")


def intake_form(record: MediationCase) -> IntakeForm:
    """The intake form as it was registered (parties by their ids: one identity each)."""
    return IntakeForm(
        source=record.source, received_on=record.received_on,
        applicants=tuple(_applicant_input(a) for a in record.applicants),
        employer=EmployerInput(employer_id=record.respondent_id, name=record.respondent.name),
        application_form=record.application_form, oral_record=record.oral_record or "",
        referral_doc_no=record.referral_doc_no or "", referring_body=record.referring_body or "",
        papers_received_on=record.papers_received_on, court_simple_procedure=record.court_simple_procedure,
        workers_involved=record.workers_involved, categories=tuple(c.category for c in record.categories),
        claims=tuple(ClaimInput(c.item, f"{c.amount:.2f}", c.basis or "") for c in record.claim_items),
        agents=tuple(AgentInput(a.side, a.kind, a.name, a.phone or "", a.organisation or "") for a in record.agents),
        facts=record.facts or "", requests=record.requests or "", remarks=record.remarks or "")


def _applicant_input(applicant: CaseApplicant) -> ApplicantInput:
    w = applicant.worker
    return ApplicantInput(name=w.name, id_number=w.id_number, gender=w.gender,
                          phone=w.phone, job_title=applicant.job_title or "",
                          representative=applicant.role == ApplicantRole.REPRESENTATIVE, worker_id=w.id)


def _employer_hit(employer) -> parties.EmployerHit:
    return parties.EmployerHit(employer.id, employer.name, employer.credit_code, employer.street)


def _add_applicants(session, record: MediationCase, form: IntakeForm) -> None:
    seen: set[int] = set()
    for position, entry in enumerate(form.applicants, start=1):
        worker = people.resolve_worker(session, entry)
        session.flush()
        if worker.id in seen:
            raise ValidationError(f"与前面的申请人是同一人（{worker.name}）", field=f"申请人{position}")
        seen.add(worker.id)
        if worker.employer_id is None and record.respondent.id is not None:
            worker.employer_id = record.respondent.id
        role = ApplicantRole.REPRESENTATIVE if entry.representative else ApplicantRole.APPLICANT
        record.applicants.append(CaseApplicant(worker=worker, role=role, job_title=text(entry.job_title),
                                               position=position))
