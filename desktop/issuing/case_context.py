"""Contexts of the case documents: acceptance, rejection, agreement, termination, service receipt."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from db.enums import ApplicantRole, DeliveryMethod, MediatorRole, PartySide, SessionKind, TerminationReason
from db.models import MediationCase
from desktop.documents.textdates import cn_number
from desktop.errors import UserError
from desktop.issuing.people import employer, items, officer_names, person, sentence
from desktop.issuing.request import Request

Extra = Callable[[Session, MediationCase, Request], dict]

TERMINATION_COPIES = 3


def build(session: Session, request: Request, extra: Extra, *, own_number: bool = False,
          every_applicant: bool = False) -> dict:
    """The case part of a case document plus the kind's own part (``extra``).

    ``own_number``: the document has a number of its own (a rejection notice; the
    case has none); ``every_applicant``: the document names every applicant, so
    ``case.applicant.name`` stays the first one's (else 「张三等3人」).
    """
    case: MediationCase = request.record
    number = case.number or (request.number if own_number else None)
    if not number:
        raise UserError(f"案件尚未受理，没有案件编号，不能出具{request.kind.label}。")
    context = {"case": _case(session, case, number)}
    context.update(extra(session, case, request))
    if not every_applicant:
        context["case"]["applicant"]["name"] = _applicant_names(case)
    return context


def _case(session: Session, case: MediationCase, number: str) -> dict:
    mediators = _mediators(session, case)
    return {
        "number": number, "received_on": case.received_on, "accepted_on": case.accepted_on,
        "source": case.source.label, "categories": "、".join(c.category.label for c in case.categories),
        "facts": case.facts, "amount_claimed": case.amount_claimed or None,
        "workers": case.workers_involved, "mediator": "、".join(mediators[0]) or None,
        "recorder": "、".join(mediators[1]) or None,
        "claims": [{"item": c.item, "amount": c.amount, "basis": c.basis} for c in case.claim_items],
        "applicant": person(case.applicants[0].worker) if case.applicants else {},
        "applicants": [_applicant(a) for a in case.applicants],
        "represented": case.workers_involved if case.workers_involved > len(case.applicants) else None,
        "respondent": employer(case.respondent), "agent": _agent(case),
    }


def _applicant(applicant) -> dict:
    """Each applicant in full (the agreement names every party); representatives say so."""
    title = "代表人" if applicant.role == ApplicantRole.REPRESENTATIVE else "申请人"
    return {**person(applicant.worker), "title": title}


def _mediators(session: Session, case: MediationCase) -> tuple[list[str], list[str]]:
    order = sorted(case.mediators, key=lambda m: (m.role != MediatorRole.LEAD, m.officer_id))
    mediating = [m.officer_id for m in order if m.role != MediatorRole.RECORDER]
    recording = [m.officer_id for m in order if m.role == MediatorRole.RECORDER]
    return officer_names(session, mediating), officer_names(session, recording)


def _agent(case: MediationCase) -> dict | None:
    for agent in case.agents:
        if agent.side == PartySide.APPLICANT:
            return {"name": agent.name, "relation": agent.kind.label, "phone": agent.phone}
    return None


def _applicant_names(case: MediationCase) -> str | None:
    if not case.applicants:
        return None
    first = case.applicants[0].worker.name
    return first if len(case.applicants) == 1 else f"{first}等{len(case.applicants)}人"


def acceptance(session: Session, case: MediationCase, request: Request) -> dict:
    if not case.mediators:
        raise UserError("案件尚未指定调解员，不能出具受理通知书。")
    if not case.claim_items:
        raise UserError("案件尚未录入申请调解事项（请求项目和金额），不能出具受理通知书。")
    sessions = [s for s in case.sessions if s.kind == SessionKind.MEDIATION]
    first = sessions[0] if sessions else None
    place = (first.place or "").strip() or "本中心" if first else None
    return {"session": {"date": first.held_on, "place": place} if first else {}}


def rejection(session: Session, case: MediationCase, request: Request) -> dict:
    if case.accepted_on is not None:
        raise UserError("案件已受理，不能出具不予受理通知书。")
    reasons = items(case.decision_reason)
    if not reasons:
        raise UserError("案件没有填写不予受理理由，不能出具不予受理通知书。")
    return {"rejection": {"reasons": [{"text": reason} for reason in reasons]}}


def agreement(session: Session, case: MediationCase, request: Request) -> dict:
    if not case.terms:
        raise UserError("案件尚未录入调解协议条款，不能出具调解协议书。")
    if not (case.facts or "").strip():
        raise UserError("案件没有填写争议事实，不能出具调解协议书。")
    total = case.agreed_amount if case.agreed_amount is not None else sum(t.amount for t in case.terms)
    terms = [_term(t) for t in case.terms]
    return {"agreement": {"facts": case.facts, "terms": terms, "total": total,
                          "copies": cn_number(request.settings.agreement_copies),
                          "signed_on": case.agreed_on or request.on}}


def _term(term) -> dict:
    """A term; ``worded`` when its text is already a sentence stating the amount
    (「被申请人于…前向申请人支付1,980.00元」), so the template adds only the capitals."""
    amount = term.amount or None
    text = (term.description or "").strip()
    worded = amount is not None and any(f in text for f in (f"{amount:,.2f}", f"{amount:.2f}", f"{amount:,}"))
    return {"text": text.rstrip("。；;，, ") if worded else text, "amount": amount, "payer": term.payer,
            "due_date": term.due_on, "method": term.method, "worded": worded}


def termination(session: Session, case: MediationCase, request: Request) -> dict:
    if case.termination_reason is None:
        raise UserError("案件没有填写终止调解的原因，不能出具终止调解通知书。")
    if case.accepted_on is None:
        raise UserError("案件尚未受理，不能出具终止调解通知书。")
    note = sentence(case.termination_note)
    other = case.termination_reason == TerminationReason.OTHER
    reason = note.rstrip("。") if other and note else case.termination_reason.label
    return {"termination": {"reason": reason, "date": case.ended_on or request.on,
                            "detail": None if other else note}}


def service_receipt(session: Session, case: MediationCase, request: Request) -> dict:
    served = request.served_document
    if served is None:
        raise UserError("该案件尚未出具需要送达的文书，不能出具送达回证。")
    method = request.options.method or DeliveryMethod.IN_PERSON
    recipient = request.options.recipient or parties_of(served)[0]
    mediators = _mediators(session, case)[0]
    return {"service": {
        "document": served.title, "document_number": served.number, "copies": 1,
        "recipient": recipient, "address": _address_of(case, recipient),
        "method": method.label, "server": "、".join(mediators) or request.options.server,
    }}


def parties_of(served) -> list[str]:
    """Who a served document went to, one name each (an agreement goes to both parties)."""
    return (served.recipient or "").split("、")


def _address_of(case: MediationCase, recipient: str | None) -> str | None:
    if recipient == case.respondent.name:
        return case.respondent.address
    return case.applicants[0].worker.address if case.applicants else None

