"""Mediation cases: the case row, its applicants, categories, claims, mediators and agents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from db.enums import AgentKind, ApplicantRole, ApplicationForm, CaseSource, MediatorRole, PartySide
from db.enums import CaseStatus as S
from desktop.demo import case_outcome, case_texts, identity, vocab
from desktop.demo.bulk import Progress, moment
from desktop.demo.case_plan import CasePlan
from desktop.demo.context import Ctx
from desktop.demo.people import Firm, Person
from desktop.demo.weighted import Weighted, between, pick

ORAL_SOURCES = (CaseSource.WALK_IN, CaseSource.PHONE)
COURT_SOURCES = (CaseSource.COURT_DELEGATED, CaseSource.COURT_ENTRUSTED)
SOURCES = Weighted(case_texts.SOURCE_WEIGHTS)
LAW_FIRMS = ("北京市京密律师事务所", "北京云湖律师事务所", "北京市潮白律师事务所", "北京燕山律师事务所")


@dataclass(frozen=True)
class CaseRef:
    """What letters need to know about a case."""

    id: int
    employer_id: int
    received: date


def write_cases(ctx: Ctx, plans: list[CasePlan], progress: Progress | None) -> list[CaseRef]:
    for plan in plans:
        plan.case_id = ctx.new_id("mediation_case")
    numbers = _take_numbers(ctx, plans, S.ACCEPTED, "case")
    archives = _take_numbers(ctx, plans, S.CLOSED, "archive")
    refs = []
    for done, plan in enumerate(plans, 1):
        refs.append(write_case(ctx, plan, numbers.get(plan.case_id), archives.get(plan.case_id)))
        ctx.writer.maybe_flush()
        if progress and done % 2000 == 0:
            progress(done, len(plans), "调解案件")
    return refs


def _take_numbers(ctx: Ctx, plans: list[CasePlan], status: S, kind: str) -> dict[int, str]:
    """Numbers per year, gap-free, in the order the step happened."""
    dated = sorted((p.on(status), p.case_id) for p in plans if p.on(status))
    return {case_id: ctx.book.take(kind, day.year, "mediation_case", case_id, day) for day, case_id in dated}


def write_case(ctx: Ctx, plan: CasePlan, number: str | None, archive_no: str | None) -> CaseRef:
    rng = ctx.rng
    firm = ctx.people.pick_firm()
    workers = _applicants(ctx, plan, firm)
    job = pick(rng, vocab.BUSINESSES[firm.business][2])
    wage = Decimal(2540 + 10 * between(rng, 0, 946))
    categories = case_texts.pick_categories(rng)
    items = case_texts.claim_items(rng, categories, wage, len(workers))
    claimed = sum((amount for _, amount, _ in items), Decimal("0.00"))
    row = _case_row(ctx, plan, firm, workers, number, archive_no)
    row.update(facts=case_texts.facts(rng, workers[0].name, firm.name, job, wage, categories[0], _hired(ctx, plan)),
               requests="；".join(f"{k}. {item}" for k, (item, _, _) in enumerate(items, 1)),
               amount_claimed=claimed)
    _children(ctx, plan, categories, items)
    lead = _mediators(ctx, plan) if plan.on(S.ACCEPTED) else None
    case_outcome.write_outcome(ctx, plan, row, firm, workers, lead)
    case_outcome.write_transitions(ctx, plan, row, lead)
    ctx.add("mediation_case", row)
    _agents(ctx, plan, firm)
    return CaseRef(plan.case_id, firm.id, plan.received)


def _hired(ctx: Ctx, plan: CasePlan) -> date:
    year = plan.received.year - between(ctx.rng, 0, 6)
    return date(year, between(ctx.rng, 1, 12), 1)


def _case_row(ctx: Ctx, plan: CasePlan, firm: Firm, workers: list[Person], number, archive_no) -> dict:
    rng = ctx.rng
    source = SOURCES.pick(rng)
    doc_no, body = case_texts.referral(rng, source, plan.received, firm.street)
    oral = source in ORAL_SOURCES and rng.random() < 0.4
    return {
        "id": plan.case_id, "number": number, "status": plan.status, "source": source,
        "application_form": ApplicationForm.ORAL if oral else ApplicationForm.WRITTEN,
        "oral_record": case_texts.ORAL_RECORD if oral else None,
        "referral_doc_no": doc_no, "referring_body": body,
        "papers_received_on": plan.received if source in COURT_SOURCES else None,
        "court_simple_procedure": source is CaseSource.COURT_ENTRUSTED and rng.random() < 0.5,
        "received_on": plan.received, "accepted_on": plan.on(S.ACCEPTED), "respondent_id": firm.id,
        "workers_involved": len(workers), "closed_on": plan.on(S.CLOSED), "archive_no": archive_no,
        "archived_on": plan.on(S.ARCHIVED), "created_by": ctx.staff.clerk, "version": 1,
        "created_at": moment(plan.received, 10), "updated_at": moment(plan.last_day, 60),
    }


def _applicants(ctx: Ctx, plan: CasePlan, firm: Firm) -> list[Person]:
    rng = ctx.rng
    count = 10 + int(rng.random() ** 2 * 31) if rng.random() < 0.05 else 1
    workers = [ctx.people.new_worker(firm, plan.received, member=rng.random() < 0.6) for _ in range(count)]
    representatives = between(rng, 3, 5) if count >= 10 else 0
    for position, person in enumerate(workers):
        role = ApplicantRole.REPRESENTATIVE if position < representatives else ApplicantRole.APPLICANT
        ctx.add("case_applicant", {"id": ctx.new_id("case_applicant"), "case_id": plan.case_id,
                                   "worker_id": person.id, "role": role, "position": position,
                                   "job_title": pick(rng, vocab.BUSINESSES[firm.business][2])})
    return workers


def _children(ctx: Ctx, plan: CasePlan, categories, items) -> None:
    for category in categories:
        ctx.add("case_category", {"case_id": plan.case_id, "category": category})
    for seq, (item, amount, basis) in enumerate(items, 1):
        ctx.add("claim_item", {"id": ctx.new_id("claim_item"), "case_id": plan.case_id, "seq": seq,
                               "item": item, "amount": amount, "basis": basis})


def _mediators(ctx: Ctx, plan: CasePlan) -> int:
    rng, staff = ctx.rng, ctx.staff
    lead = pick(rng, staff.mediators)
    ctx.add("case_mediator", {"case_id": plan.case_id, "officer_id": lead, "role": MediatorRole.LEAD})
    others = [m for m in staff.mediators if m != lead]
    if others and rng.random() < 0.3:
        ctx.add("case_mediator", {"case_id": plan.case_id, "officer_id": pick(rng, others),
                                  "role": MediatorRole.MEMBER})
        if staff.clerk not in staff.mediators:
            ctx.add("case_mediator", {"case_id": plan.case_id, "officer_id": staff.clerk,
                                      "role": MediatorRole.RECORDER})
    return lead


def _agents(ctx: Ctx, plan: CasePlan, firm: Firm) -> None:
    rng = ctx.rng
    if rng.random() < 0.15:
        kind = pick(rng, (AgentKind.RELATIVE, AgentKind.UNION, AgentKind.LAWYER))
        org = {AgentKind.UNION: "密云区总工会职工服务中心", AgentKind.LAWYER: pick(rng, LAW_FIRMS)}.get(kind)
        _agent(ctx, plan, PartySide.APPLICANT, kind, org)
    if rng.random() < 0.3:
        kind = AgentKind.LAWYER if rng.random() < 0.3 else AgentKind.EMPLOYEE
        _agent(ctx, plan, PartySide.RESPONDENT, kind, pick(rng, LAW_FIRMS) if kind is AgentKind.LAWYER else firm.name)


def _agent(ctx: Ctx, plan: CasePlan, side, kind, organisation) -> None:
    rng = ctx.rng
    ctx.add("case_agent", {"id": ctx.new_id("case_agent"), "case_id": plan.case_id, "side": side, "kind": kind,
                           "name": vocab.person_name(rng, male=rng.random() < 0.5),
                           "phone": identity.mobile(rng), "organisation": organisation})
