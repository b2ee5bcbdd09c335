"""The fields each document kind offers to its template.

A name ending in ``[]`` is a list; its items' fields follow as ``list[].field``.
Templates may only use what their kind declares here.
"""

from __future__ import annotations

from db.enums import DocumentKind as K
from desktop.documents.kinds import KINDS, document_kind

__all__ = ["KINDS", "allowed_fields"]


_COMMON = """
org.name org.centre org.header org.address org.postcode org.contact org.phone
org.supervision org.arbitration org.arbitration_address org.court
doc.number doc.date doc.copies doc.court_style
"""

_PERSON = "name gender id_number phone address position member_card"
_EMPLOYER = "name credit_code address legal_rep contact phone"

_CASE = f"""
case.number case.received_on case.accepted_on case.source case.categories
case.facts case.amount_claimed case.workers case.mediator case.recorder
case.claims[] case.claims[].item case.claims[].amount case.claims[].basis
case.applicant {' '.join('case.applicant.' + f for f in _PERSON.split())}
case.applicants[] case.applicants[].title {' '.join('case.applicants[].' + f for f in _PERSON.split())}
case.represented
case.respondent {' '.join('case.respondent.' + f for f in _EMPLOYER.split())}
case.agent case.agent.name case.agent.relation case.agent.phone
"""

_LETTER = """
letter.number letter.date letter.kind_name letter.source letter.checked_on
letter.check_method letter.facts letter.workers letter.amount
letter.recipient letter.recipient_credit_code letter.recipient_address
letter.employer letter.employer_credit_code
letter.problems[] letter.problems[].issue letter.problems[].basis
letter.requests[] letter.requests[].text
letter.deadline letter.deadline_days letter.reply_days letter.deadline_span
letter.history[] letter.history[].text letter.previous_number
letter.contact letter.phone letter.copy_to
letter.evidence[] letter.evidence[].name
"""

_EXTRA = {
    K.ACCEPTANCE: "session.date session.place notice.documents[] notice.documents[].name",
    K.REJECTION: "rejection.reasons[] rejection.reasons[].text rejection.basis",
    K.AGREEMENT: """agreement.facts agreement.total agreement.copies agreement.signed_on
        agreement.terms[] agreement.terms[].text agreement.terms[].amount
        agreement.terms[].due_date agreement.terms[].method agreement.terms[].payer
        agreement.terms[].worded
        agreement.account agreement.account.name agreement.account.bank agreement.account.number""",
    K.TERMINATION: "termination.reason termination.date termination.detail",
    K.SERVICE_RECEIPT: """service.document service.document_number service.copies
        service.recipient service.address service.method service.signed_on
        service.proxy service.proxy_reason service.witness service.server service.remarks""",
    K.PAYOUT_NOTICE: """claim.number claim.name claim.id_number claim.unit claim.plan
        claim.event claim.applied_on claim.amount_applied claim.amount_approved
        claim.paid_on claim.method claim.account claim.bank claim.basis
        claim.items[] claim.items[].name claim.items[].amount""",
    K.APPLICATION: """application.title application.oral application.received_on
        application.facts[] application.facts[].text""",
    K.MEDIATION_NOTICE: "notice.recipient notice.date notice.mode notice.place notice.to_respondent",
    K.SESSION_RECORD: """record.title record.date record.place record.mode record.attendees
        record.mediator record.recorder record.applicant[] record.applicant[].text
        record.respondent[] record.respondent[].text record.proposal[] record.proposal[].text
        record.narrative[] record.narrative[].text""",
    K.FOLLOW_UP_RECORD: """visits.closed_on visits.rows[] visits.rows[].date visits.rows[].method
        visits.rows[].satisfaction visits.rows[].result visits.rows[].officer""",
}

_AID = """
aid.number aid.applied_on aid.category aid.matter aid.amount_claimed aid.workers aid.employer
aid.applicant aid.applicant.name aid.applicant.id_number aid.applicant.phone
aid.decided_on aid.reason aid.assigned_on aid.procedure
aid.lawyer aid.lawyer.name aid.lawyer.kind aid.lawyer.firm aid.lawyer.phone
"""

_CASE_KINDS = (K.ACCEPTANCE, K.REJECTION, K.AGREEMENT, K.TERMINATION, K.SERVICE_RECEIPT,
               K.APPLICATION, K.MEDIATION_NOTICE, K.RIGHTS_NOTICE, K.SESSION_RECORD,
               K.FOLLOW_UP_RECORD)
_LETTER_KINDS = (K.PROMPT_LETTER, K.OPINION_LETTER, K.RECOMMENDATION_LETTER)
_AID_KINDS = (K.LEGAL_AID_ACCEPTANCE, K.LEGAL_AID_REFUSAL, K.LEGAL_AID_ASSIGNMENT)
_KIND_GROUPS = {**{kind: (_CASE,) for kind in _CASE_KINDS}, **{kind: (_LETTER,) for kind in _LETTER_KINDS},
                **{kind: (_AID,) for kind in _AID_KINDS}}


def _expand(names: str) -> set[str]:
    """Declared names plus their parents (``case.applicant.name`` -> ``case.applicant``)."""
    found: set[str] = set()
    for name in names.split():
        parts = name.split(".")
        found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return found


def allowed_fields(kind: K | str) -> frozenset[str]:
    kind = document_kind(kind)
    groups = (_COMMON, *_KIND_GROUPS.get(kind, ()), _EXTRA.get(kind, ""))
    return frozenset(_expand(" ".join(groups)))
