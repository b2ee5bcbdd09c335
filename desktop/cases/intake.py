"""登记: taking in a new dispute, with one identity per worker and employer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.engine import Database
from db.enums import ApplicantRole, ApplicationForm, CaseStatus
from db.models import CaseAgent, CaseApplicant, CaseCategory, ClaimItem, MediationCase
from desktop import parties
from desktop.auth import Actor, Permission, require
from desktop.cases import people
from desktop.cases.common import amount, not_future, required, text
from desktop.cases.deadlines import COURT_SOURCES
from desktop.cases.forms import IntakeForm
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

    def search_workers(self, query: str, limit: int = 20) -> list[parties.WorkerHit]:
        return parties.search_workers(self._db, query, limit)

    def search_employers(self, query: str, limit: int = 20) -> list[parties.EmployerHit]:
        return parties.search_employers(self._db, query, limit)

    def employer_history(self, employer_id: int) -> parties.EmployerHistory:
        """The conflict and history check: the employer's cases and supervision letters."""
        return parties.employer_history(self._db, employer_id)


def _new_case(form: IntakeForm, employer, actor: Actor) -> MediationCase:
    court = form.source in COURT_SOURCES
    return MediationCase(
        status=CaseStatus.DRAFT, source=form.source, application_form=form.application_form,
        oral_record=text(form.oral_record), referral_doc_no=text(form.referral_doc_no),
        referring_body=text(form.referring_body), papers_received_on=form.papers_received_on if court else None,
        court_simple_procedure=court and form.court_simple_procedure, received_on=form.received_on,
        respondent=employer, facts=text(form.facts), requests=text(form.requests),
        workers_involved=workers_involved(form), amount_claimed=claims_total(form), remarks=text(form.remarks),
        created_by=actor.officer_id,
        categories=[CaseCategory(category=c) for c in dict.fromkeys(form.categories)],
        claim_items=[ClaimItem(seq=i, item=c.item.strip(), amount=amount(c.amount, f"请求事项{i}金额"),
                               basis=text(c.basis)) for i, c in enumerate(form.claims, 1)],
        agents=[CaseAgent(side=a.side, kind=a.kind, name=required(a.name, "代理人姓名"), phone=text(a.phone),
                          organisation=text(a.organisation)) for a in form.agents],
    )


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
