"""The fields each document kind offers to its template.

A name ending in ``[]`` is a list; its items' fields follow as ``list[].field``.
Templates may only use what their kind declares here.
"""

from __future__ import annotations

KINDS = {
    "acceptance": "受理通知书",
    "rejection": "不予受理通知书",
    "agreement": "调解协议书",
    "termination": "终止调解通知书",
    "service-receipt": "送达回证",
    "prompt-letter": "提示函",
    "opinion-letter": "意见书",
    "recommendation-letter": "建议书",
    "payout-notice": "理赔/支付通知",
}

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
    "acceptance": "session.date session.place notice.documents[] notice.documents[].name",
    "rejection": "rejection.reasons[] rejection.reasons[].text rejection.basis",
    "agreement": """agreement.facts agreement.total agreement.copies agreement.signed_on
        agreement.terms[] agreement.terms[].text agreement.terms[].amount
        agreement.terms[].due_date agreement.terms[].method agreement.terms[].payer
        agreement.account agreement.account.name agreement.account.bank agreement.account.number""",
    "termination": "termination.reason termination.date termination.detail",
    "service-receipt": """service.document service.document_number service.copies
        service.recipient service.address service.method service.signed_on
        service.proxy service.proxy_reason service.witness service.server service.remarks""",
    "payout-notice": """claim.number claim.name claim.id_number claim.unit claim.plan
        claim.event claim.applied_on claim.amount_applied claim.amount_approved
        claim.paid_on claim.method claim.account claim.bank claim.basis
        claim.items[] claim.items[].name claim.items[].amount""",
}

_KIND_GROUPS = {
    "acceptance": (_CASE,), "rejection": (_CASE,), "agreement": (_CASE,),
    "termination": (_CASE,), "service-receipt": (_CASE,),
    "prompt-letter": (_LETTER,), "opinion-letter": (_LETTER,),
    "recommendation-letter": (_LETTER,), "payout-notice": (),
}


def _expand(names: str) -> set[str]:
    """Declared names plus their parents (``case.applicant.name`` -> ``case.applicant``)."""
    found: set[str] = set()
    for name in names.split():
        parts = name.split(".")
        found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return found


def allowed_fields(kind: str) -> frozenset[str]:
    groups = (_COMMON, *_KIND_GROUPS[kind], _EXTRA.get(kind, ""))
    return frozenset(_expand(" ".join(groups)))
